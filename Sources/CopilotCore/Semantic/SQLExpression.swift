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
        return result
    }
}
