/// A hand-written SQL tokenizer for the guard. It understands exactly the lexical rules that decide
/// where a statement ends — string literals, quoted identifiers, comments, PostgreSQL dollar quoting
/// and nested comments — so a `;` or a keyword inside a literal or comment is never mistaken for code.
struct SQLTokenizer {
    let dialect: SQLDialect

    init(dialect: SQLDialect) {
        self.dialect = dialect
    }

    /// Splits `sql` into tokens, dropping whitespace and comments.
    func tokenize(_ sql: String) throws(SQLGuardError) -> [SQLToken] {
        var bytes = Array(sql.utf8)
        bytes.append(0)  // sentinel so look-ahead never goes out of bounds
        let count = bytes.count - 1
        var tokens: [SQLToken] = []
        tokens.reserveCapacity(count / 4)
        var index = 0

        func fail(_ message: String) -> SQLGuardError {
            SQLGuardError(.syntaxError, message)
        }

        while index < count {
            let byte = bytes[index]
            let start = index
            switch byte {
            case 0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x0b:
                index += 1

            case UInt8(ascii: "-") where bytes[index + 1] == UInt8(ascii: "-"):
                // PostgreSQL also ends a line comment at CR; ending it there for SQLite too only makes
                // the guard see more code than the engine, never less.
                while index < count && bytes[index] != 0x0a && bytes[index] != 0x0d { index += 1 }

            case UInt8(ascii: "/") where bytes[index + 1] == UInt8(ascii: "*"):
                index = try skipBlockComment(bytes, from: index, count: count)

            case UInt8(ascii: "'"):
                let (value, next) = try readQuoted(bytes, from: index, quote: byte, count: count, backslashEscapes: false)
                tokens.append(SQLToken(kind: .string, value: value, start: start, end: next))
                index = next

            case UInt8(ascii: "\""):
                let (value, next) = try readQuoted(bytes, from: index, quote: byte, count: count, backslashEscapes: false)
                tokens.append(SQLToken(kind: .quotedIdentifier, value: value.lowercased(), start: start, end: next))
                index = next

            case UInt8(ascii: "`") where dialect == .sqlite:
                let (value, next) = try readQuoted(bytes, from: index, quote: byte, count: count, backslashEscapes: false)
                tokens.append(SQLToken(kind: .quotedIdentifier, value: value.lowercased(), start: start, end: next))
                index = next

            case UInt8(ascii: "[") where dialect == .sqlite:
                var end = index + 1
                while end < count && bytes[end] != UInt8(ascii: "]") { end += 1 }
                guard end < count else { throw fail("a [bracketed] identifier is not closed") }
                let value = String(decoding: bytes[(index + 1)..<end], as: UTF8.self).lowercased()
                tokens.append(SQLToken(kind: .quotedIdentifier, value: value, start: start, end: end + 1))
                index = end + 1

            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                index = readNumber(bytes, from: index, count: count)
                tokens.append(SQLToken(kind: .number, value: text(bytes, start, index), start: start, end: index))

            case UInt8(ascii: ".") where isDigit(bytes[index + 1]):
                index = readNumber(bytes, from: index, count: count)
                tokens.append(SQLToken(kind: .number, value: text(bytes, start, index), start: start, end: index))

            case UInt8(ascii: "x"), UInt8(ascii: "X"):
                if bytes[index + 1] == UInt8(ascii: "'") {
                    let (value, next) = try readQuoted(bytes, from: index + 1, quote: UInt8(ascii: "'"), count: count, backslashEscapes: false)
                    tokens.append(SQLToken(kind: .blob, value: value, start: start, end: next))
                    index = next
                } else {
                    index = readWord(bytes, from: index, count: count)
                    tokens.append(SQLToken(kind: .word, value: text(bytes, start, index).lowercased(), start: start, end: index))
                }

            case _ where (byte | 0x20) == UInt8(ascii: "e") && dialect == .postgres && bytes[index + 1] == UInt8(ascii: "'"):
                let (value, next) = try readQuoted(bytes, from: index + 1, quote: UInt8(ascii: "'"), count: count, backslashEscapes: true)
                tokens.append(SQLToken(kind: .string, value: value, start: start, end: next))
                index = next

            case UInt8(ascii: "?"):
                index += 1
                while isDigit(bytes[index]) { index += 1 }
                tokens.append(SQLToken(kind: .parameter, value: text(bytes, start, index), start: start, end: index))

            case UInt8(ascii: "$"):
                if dialect == .postgres {
                    if isDigit(bytes[index + 1]) {
                        index += 1
                        while isDigit(bytes[index]) { index += 1 }
                        tokens.append(SQLToken(kind: .parameter, value: text(bytes, start, index), start: start, end: index))
                    } else {
                        let (value, next) = try readDollarQuoted(bytes, from: index, count: count)
                        tokens.append(SQLToken(kind: .string, value: value, start: start, end: next))
                        index = next
                    }
                } else {
                    index = readWord(bytes, from: index + 1, count: count)
                    tokens.append(SQLToken(kind: .parameter, value: text(bytes, start, index), start: start, end: index))
                }

            case UInt8(ascii: ":") where dialect == .sqlite && isWordStart(bytes[index + 1]),
                 UInt8(ascii: "@") where dialect == .sqlite && isWordStart(bytes[index + 1]),
                 UInt8(ascii: "#") where dialect == .sqlite && isWordStart(bytes[index + 1]):
                index = readWord(bytes, from: index + 1, count: count)
                tokens.append(SQLToken(kind: .parameter, value: text(bytes, start, index), start: start, end: index))

            case 0:
                throw fail("the query contains a NUL character")

            default:
                if byte >= 0x80 {
                    // Non-ASCII outside literals: look-alike punctuation (full-width ';') or
                    // identifiers no allowlist contains. Refuse rather than guess how the engine lexes it.
                    throw fail("the query contains a non-ASCII character outside a string literal or quoted name")
                }
                if isWordStart(byte) {
                    index = readWord(bytes, from: index, count: count)
                    tokens.append(SQLToken(kind: .word, value: text(bytes, start, index).lowercased(), start: start, end: index))
                } else {
                    let length = symbolLength(bytes, at: index)
                    index += length
                    tokens.append(SQLToken(kind: .symbol, value: text(bytes, start, index), start: start, end: index))
                }
            }
        }
        return tokens
    }

    // MARK: Pieces

    private func skipBlockComment(_ bytes: [UInt8], from start: Int, count: Int) throws(SQLGuardError) -> Int {
        var depth = 0
        var index = start
        while index < count {
            if bytes[index] == UInt8(ascii: "/") && bytes[index + 1] == UInt8(ascii: "*") {
                // PostgreSQL nests block comments; SQLite does not.
                if depth == 0 || dialect == .postgres { depth += 1 }
                index += 2
            } else if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        throw SQLGuardError(.syntaxError, "a /* comment */ is not closed")
    }

    private func readQuoted(
        _ bytes: [UInt8], from start: Int, quote: UInt8, count: Int, backslashEscapes: Bool
    ) throws(SQLGuardError) -> (String, Int) {
        var index = start + 1
        var content: [UInt8] = []
        while index < count {
            let byte = bytes[index]
            if backslashEscapes && byte == UInt8(ascii: "\\") && index + 1 < count {
                content.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == quote {
                if bytes[index + 1] == quote {  // doubled quote is an escaped quote
                    content.append(quote)
                    index += 2
                    continue
                }
                return (String(decoding: content, as: UTF8.self), index + 1)
            }
            content.append(byte)
            index += 1
        }
        let what = quote == UInt8(ascii: "'") ? "string literal" : "quoted identifier"
        throw SQLGuardError(.syntaxError, "a \(what) is not closed")
    }

    /// `$tag$ … $tag$` (PostgreSQL).
    private func readDollarQuoted(_ bytes: [UInt8], from start: Int, count: Int) throws(SQLGuardError) -> (String, Int) {
        var tagEnd = start + 1
        while tagEnd < count && bytes[tagEnd] != UInt8(ascii: "$") {
            guard isWordPart(bytes[tagEnd]) else {
                throw SQLGuardError(.syntaxError, "unexpected '$' in the query")
            }
            tagEnd += 1
        }
        guard tagEnd < count else { throw SQLGuardError(.syntaxError, "unexpected '$' in the query") }
        let tag = Array(bytes[start...tagEnd])
        var index = tagEnd + 1
        while index + tag.count <= count {
            if bytes[index] == UInt8(ascii: "$") && Array(bytes[index..<(index + tag.count)]) == tag {
                return (String(decoding: bytes[(tagEnd + 1)..<index], as: UTF8.self), index + tag.count)
            }
            index += 1
        }
        throw SQLGuardError(.syntaxError, "a $-quoted string is not closed")
    }

    private func readNumber(_ bytes: [UInt8], from start: Int, count: Int) -> Int {
        var index = start
        if bytes[index] == UInt8(ascii: "0") && (bytes[index + 1] | 0x20) == UInt8(ascii: "x") {
            index += 2
            while isHexDigit(bytes[index]) { index += 1 }
            return index
        }
        while isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_") { index += 1 }
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            while isDigit(bytes[index]) { index += 1 }
        }
        if (bytes[index] | 0x20) == UInt8(ascii: "e") {
            var look = index + 1
            if bytes[look] == UInt8(ascii: "+") || bytes[look] == UInt8(ascii: "-") { look += 1 }
            if isDigit(bytes[look]) {
                index = look
                while isDigit(bytes[index]) { index += 1 }
            }
        }
        return index
    }

    private func readWord(_ bytes: [UInt8], from start: Int, count: Int) -> Int {
        var index = start
        while index < count && isWordPart(bytes[index]) { index += 1 }
        return index
    }

    private func symbolLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index], second = bytes[index + 1]
        switch (first, second) {
        case (UInt8(ascii: "|"), UInt8(ascii: "|")), (UInt8(ascii: "<"), UInt8(ascii: "=")),
             (UInt8(ascii: ">"), UInt8(ascii: "=")), (UInt8(ascii: "<"), UInt8(ascii: ">")),
             (UInt8(ascii: "!"), UInt8(ascii: "=")), (UInt8(ascii: "="), UInt8(ascii: "=")),
             (UInt8(ascii: "<"), UInt8(ascii: "<")), (UInt8(ascii: ">"), UInt8(ascii: ">")),
             (UInt8(ascii: ":"), UInt8(ascii: ":")):
            return 2
        case (UInt8(ascii: "-"), UInt8(ascii: ">")):
            return bytes[index + 2] == UInt8(ascii: ">") ? 3 : 2
        default:
            return 1
        }
    }

    private func text(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

@inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

@inline(__always) private func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
}

@inline(__always) private func isWordStart(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_") || byte >= 0x80
}

@inline(__always) private func isWordPart(_ byte: UInt8) -> Bool {
    isWordStart(byte) || isDigit(byte) || byte == UInt8(ascii: "$")
}
