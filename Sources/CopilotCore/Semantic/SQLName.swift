/// Table and column names as SQL needs them. Most schemas use plain names (letters, digits, `_`);
/// some were made in spreadsheet tools and use spaces, brackets and signs (`"Unit Price (£)"`,
/// `"Archived?"`), which SQL reads only double-quoted.
public enum SQLName {
    /// Whether `name` can be written in SQL without quotes (ASCII letters, digits, `_`).
    public static func isPlain(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
    }

    /// `name` ready for SQL: bare when plain, else double-quoted with inner quotes doubled.
    public static func quoted(_ name: String) -> String {
        if isPlain(name) || isQuoted(name) { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `name` without the quotes ``quoted(_:)`` adds.
    public static func unquoted(_ name: String) -> String {
        guard isQuoted(name) else { return name }
        return String(name.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// A plain name standing for `name` (`Sale Lines` → `sale_lines`, `Archived?` → `archived`),
    /// for aliases and the model's own names.
    public static func plain(_ name: String) -> String {
        var result = ""
        for character in unquoted(name).lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty, result.last != "_" {
                result.append("_")
            }
        }
        while result.hasSuffix("_") { result.removeLast() }
        if let first = result.first, first.isNumber { result = "t_" + result }
        return result.isEmpty ? "t" : result
    }

    private static func isQuoted(_ name: String) -> Bool {
        name.count >= 2 && name.hasPrefix("\"") && name.hasSuffix("\"")
    }
}
