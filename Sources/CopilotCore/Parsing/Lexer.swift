import Foundation

/// Splits a question into ``Lexeme``s. Keeps what carries meaning that a plain word split loses:
/// thousands separators and magnitudes (`1,500`, `10k`, `$1.2m`), codes (`BOK-FIC-01189`),
/// ISO dates, quoted names, possessives, and the symbols `$ % # < > =`.
public enum Lexer {
    public static func lex(_ text: String) -> [Lexeme] {
        // "which customer(s) placed the most": one, or several when tied — the singular, whose
        // ranking keeps ties.
        let text = text.contains("(") ? text.replacingOccurrences(of: #"(\w)\(e?s\)"#, with: "$1", options: .regularExpression) : text
        guard text.contains("(") else { return lexSentences(text) }
        // What is said in parentheses is lexed alike and marked as an aside.
        var lexemes: [Lexeme] = []
        var depth = 0
        var segment = ""
        func flush() {
            lexemes += lexSentences(segment).map { lexeme in
                var marked = lexeme
                marked.aside = depth > 0
                return marked
            }
            segment = ""
        }
        for character in text {
            if character == "(" {
                flush()
                depth += 1
            } else if character == ")", depth > 0 {
                flush()
                depth -= 1
            } else {
                segment.append(character)
            }
        }
        flush()
        return lexemes
    }

    /// Lexes sentence by sentence, marking where each later one opens: after "?" or "!", or after a
    /// full stop that ends a word and is followed by a capital ("… in 2025. Only completed ones").
    private static func lexSentences(_ text: String) -> [Lexeme] {
        let characters = Array(text)
        var lexemes: [Lexeme] = []
        var start = 0
        func flush(to end: Int) {
            var piece = lexPlain(String(characters[start..<end]))
            if !lexemes.isEmpty, !piece.isEmpty { piece[0].opensSentence = true }
            lexemes += piece
            start = end
        }
        for index in characters.indices.dropLast() where characters[index + 1].isWhitespace {
            let next = characters[(index + 1)...].first { !$0.isWhitespace }
            let ends = "?!".contains(characters[index])
                || characters[index] == "." && index > 1 && characters[index - 1].isLetter && characters[index - 2].isLetter
                    && next?.isUppercase == true
            if ends { flush(to: index + 1) }
        }
        flush(to: characters.count)
        return lexemes
    }

    /// Country letters written before a dollar sign.
    private static let dollarPrefixes: Set<String> = ["C", "CA", "CAD", "US", "USD", "A", "AU", "AUD", "NZ", "NZD", "HK", "S", "SG", "R"]

    private static func lexPlain(_ text: String) -> [Lexeme] {
        let characters = Array(text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"")
            .replacingOccurrences(of: "”", with: "\""))
        var lexemes: [Lexeme] = []
        var index = 0
        func peek(_ offset: Int) -> Character? {
            index + offset < characters.count && index + offset >= 0 ? characters[index + offset] : nil
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\"" {
                // A quoted phrase, when it closes within the question; a lone quote is an inch mark.
                if let end = characters[(index + 1)...].firstIndex(of: "\""), end > index + 1 {
                    let inner = String(characters[(index + 1)..<end]).trimmingCharacters(in: .whitespaces)
                    if !inner.isEmpty { lexemes.append(Lexeme(text: inner, folded: fold(inner), kind: .quoted)) }
                    index = end + 1
                } else {
                    index += 1
                }
                continue
            }
            if isWordCharacter(character) {
                var end = index
                // A run of letters, digits and inner joiners (`-`, `_`, `/`, `.`, `,`, `'`).
                while end < characters.count {
                    let current = characters[end]
                    if isWordCharacter(current) {
                        end += 1
                    } else if "-_/.,'".contains(current), end + 1 < characters.count, isWordCharacter(characters[end + 1]) {
                        end += 1
                    } else {
                        break
                    }
                }
                let run = String(characters[index..<end])
                // "C$24.50", "US$60,000", "A$": a dollar named by its country is a dollar.
                if end < characters.count, characters[end] == "$", Self.dollarPrefixes.contains(run.uppercased()) {
                    index = end
                    continue
                }
                lexemes += split(run)
                index = end
                continue
            }
            if "$%#<>=+€£".contains(character) {
                let symbol = character == "€" || character == "£" ? "$" : String(character)
                lexemes.append(Lexeme(text: String(character), folded: symbol, kind: .symbol))
            }
            index += 1
        }
        return lexemes
    }

    /// A run of letters, digits and joiners as one or more lexemes.
    static func split(_ run: String) -> [Lexeme] {
        // Possessives and contractions: "supplier's" → supplier + 's; "what's" → what + 's.
        if let apostrophe = run.lastIndex(of: "'") {
            let head = String(run[..<apostrophe]), tail = String(run[run.index(after: apostrophe)...]).lowercased()
            if tail == "s" { return split(head) + [Lexeme(text: "'s", folded: "'s", kind: .symbol)] }
            if tail == "t" && head.lowercased().hasSuffix("n") {  // don't, haven't, didn't, won't
                let stem = head.lowercased() == "can" || head.lowercased() == "won" ? head : String(head.dropLast())
                return split(stem) + [Lexeme(text: "not", folded: "not", kind: .word)]
            }
            if ["re", "ve", "ll", "d", "m"].contains(tail) { return split(head) }
            return split(run.replacingOccurrences(of: "'", with: ""))
        }
        if let number = number(run) { return [Lexeme(text: run, folded: run.lowercased(), kind: .number(number))] }
        if isDate(run) { return [Lexeme(text: run, folded: run.replacingOccurrences(of: "/", with: "-"), kind: .date)] }
        // A day range ("24-30 Nov") stays whole for the date parser.
        let dayParts = run.split(separator: "-")
        if dayParts.count == 2, dayParts.allSatisfy({ $0.count <= 2 && $0.allSatisfy(isDigit) }) {
            return [Lexeme(text: run, folded: run, kind: .code)]
        }
        // "5-star", "3-day": a number joined to the word it counts is that number and word.
        if dayParts.count == 2, dayParts[0].allSatisfy(isDigit), dayParts[1].count >= 3, dayParts[1].allSatisfy(isLetter) {
            return split(String(dayParts[0])) + split(String(dayParts[1]))
        }
        // "one-star", "two-day": a number word joined to what it counts is a number, even "one".
        if dayParts.count == 2, dayParts[1].count >= 3, dayParts[1].allSatisfy(isLetter), dayParts[0].lowercased() != "a",
           let value = TimeVocabulary.numberWords[dayParts[0].lowercased()] {
            return [Lexeme(text: String(dayParts[0]), folded: String(value), kind: .number(Double(value)))] + split(String(dayParts[1]))
        }
        let hasDigit = run.contains(where: isDigit), hasLetter = run.contains(where: isLetter)
        // Codes keep their joiners; words split at them ("on-time" → on time, "e-mail" → e mail).
        if hasDigit && hasLetter && (run.contains("-") || run.contains("_") || run.contains("/") || run.uppercased() == run) {
            return [Lexeme(text: run, folded: fold(run), kind: .code)]
        }
        let pieces = run.split(whereSeparator: { "-_/,".contains($0) || ($0 == "." && !hasDigit) })
        if pieces.count > 1 { return pieces.flatMap { split(String($0)) } }
        let folded = fold(run)
        if hasDigit && hasLetter { return [Lexeme(text: run, folded: folded, kind: .code)] }
        return [Lexeme(text: run, folded: folded, kind: .word)]
    }

    /// `1,500` → 1500, `10k` → 10000, `1.5m` → 1500000, `27.5` → 27.5; nil for anything else.
    static func number(_ text: String) -> Double? {
        guard let leading = text.first, isDigit(leading) else { return nil }
        var body = text.lowercased()
        var scale = 1.0
        if body.hasSuffix("k"), body.count > 1 {
            scale = 1_000
            body.removeLast()
        } else if body.hasSuffix("m"), body.count > 1, body.dropLast().allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
            scale = 1_000_000
            body.removeLast()
        } else if body.hasSuffix("bn"), body.count > 2 {
            scale = 1_000_000_000
            body.removeLast(2)
        }
        guard let first = body.first, first.isNumber, body.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { return nil }
        // Commas group thousands (1,500 and 1,250,000), never decimals.
        if body.contains(",") {
            let groups = body.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.count == 3 || ($0.contains(".") && $0.split(separator: ".")[0].count == 3) }) else { return nil }
            body = body.replacingOccurrences(of: ",", with: "")
        }
        guard body.filter({ $0 == "." }).count <= 1, let value = Double(body) else { return nil }
        return value * scale
    }

    static func isDate(_ text: String) -> Bool {
        guard let leading = text.first, isDigit(leading) else { return false }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" })
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { $0.allSatisfy(isDigit) }
    }

    /// Lowercase, accents removed: "Gdańsk" → "gdansk", "Privé" → "prive".
    public static func fold(_ text: String) -> String {
        // ASCII has no accents to remove: lowercasing is all folding does to it.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// A digit (any script); ASCII answered without a Unicode property lookup.
    static func isDigit(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii >= 0x30 && ascii <= 0x39 }
        return character.isNumber
    }

    /// A letter (any script); ASCII answered without a Unicode property lookup.
    static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A }
        return character.isLetter
    }

    /// A letter or a digit (any script).
    static func isWordCharacter(_ character: Character) -> Bool { isLetter(character) || isDigit(character) }
}
