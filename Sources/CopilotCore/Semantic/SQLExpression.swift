import Foundation

/// Small helpers over SQL expression text taken from the semantic model.
enum SQLExpression {
    /// Logical tables an expression refers to as `table.column`.
    static func referencedTables(_ expression: String, among known: Set<String>) -> [String] {
        guard let tokens = try? SQLTokenizer(dialect: .sqlite).tokenize(expression) else { return [] }
        var found: [String] = []
        for index in tokens.indices.dropLast() where tokens[index].isName && tokens[index + 1].isSymbol(".") {
            let name = tokens[index].value
            if known.contains(name) && !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// The columns a name is composed of, when it is one: `a.first_name || ' ' || a.last_name` →
    /// `[a.first_name, a.last_name]`. Empty for any other expression. Answers list the parts next
    /// to the full name, so a list of people can be sorted or mail-merged by first or last name.
    static func nameParts(_ expression: String) -> [String] {
        let pieces = expression.components(separatedBy: "||").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.count >= 3 else { return [] }
        var columns: [String] = []
        for piece in pieces {
            if piece.hasPrefix("'") && piece.hasSuffix("'") { continue }  // a separator literal
            let parts = piece.split(separator: ".")
            guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber } }) else { return [] }
            columns.append(piece)
        }
        return columns.count >= 2 ? columns : []
    }

    /// Columns (`table.column`) an expression refers to.
    static func referencedColumns(_ expression: String) -> Set<String> {
        guard let tokens = try? SQLTokenizer(dialect: .sqlite).tokenize(expression) else { return [] }
        var found = Set<String>()
        var index = 0
        while index + 2 < tokens.count {
            if tokens[index].isName && tokens[index + 1].isSymbol(".") && tokens[index + 2].isName {
                found.insert("\(tokens[index].value).\(tokens[index + 2].value)")
                index += 3
            } else {
                index += 1
            }
        }
        return found
    }

    /// `expression` with every `table.column` reference found in `map` replaced by its value;
    /// quoted text (string literals, quoted identifiers) is left alone.
    static func replacingColumns(in expression: String, _ map: [String: String]) -> String {
        var result = ""
        var index = expression.startIndex
        func isIdentifier(_ character: Character) -> Bool { character == "_" || character.isLetter || character.isNumber }
        while index < expression.endIndex {
            let character = expression[index]
            if character == "'" || character == "\"" {
                // Copy the quoted run; a doubled quote is an escaped quote inside it.
                var end = expression.index(after: index)
                while end < expression.endIndex {
                    if expression[end] == character {
                        let next = expression.index(after: end)
                        if next < expression.endIndex && expression[next] == character { end = expression.index(after: next); continue }
                        end = next
                        break
                    }
                    end = expression.index(after: end)
                }
                result += expression[index..<min(end, expression.endIndex)]
                index = min(end, expression.endIndex)
                continue
            }
            guard isIdentifier(character) else {
                result.append(character)
                index = expression.index(after: index)
                continue
            }
            // An identifier, possibly `table.column`.
            var end = index
            while end < expression.endIndex, isIdentifier(expression[end]) || expression[end] == "." { end = expression.index(after: end) }
            let word = String(expression[index..<end])
            result += map[word] ?? word
            index = end
        }
        return result
    }

    /// A SQL string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A safe column alias made of lowercase letters, digits and underscores.
    static func alias(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter && character.isASCII || character.isNumber && character.isASCII {
                result.append(character)
            } else if !result.hasSuffix("_") {
                result.append("_")
            }
        }
        while result.hasSuffix("_") { result.removeLast() }
        if result.isEmpty || result.first!.isNumber { result = "c_" + result }
        // A record called an "order" or a "group": a bare keyword is no column name.
        if reservedAliases.contains(result) { result += "_name" }
        return result
    }

    /// SQL keywords a drafted field or metric could be named after (`order`, `group`, `case`).
    private static let reservedAliases: Set<String> = [
        "order", "group", "select", "from", "where", "by", "limit", "table", "case", "when", "then", "else", "end", "as", "and",
        "or", "not", "null", "on", "join", "union", "having", "offset", "values", "index", "default", "check", "column", "desc",
        "asc", "distinct", "all", "in", "is", "like", "between", "exists", "primary", "references", "key", "to", "with", "into",
        "set", "update", "delete", "insert", "create", "drop", "alter", "user", "current_date", "current_time", "current_timestamp",
    ]
}
