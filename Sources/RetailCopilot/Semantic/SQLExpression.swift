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
