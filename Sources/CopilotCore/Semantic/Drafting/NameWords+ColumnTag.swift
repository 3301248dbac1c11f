extension NameWords {
    /// The tag a legacy schema puts in front of every column of a table (`brn_suburb`, `brn_state`
    /// on `BRANCH`): a short token most columns start with that is neither a word of the table's
    /// name nor an abbreviation we read. Questions never say it, so it is left out of the
    /// column's words; nil when the columns share no such tag.
    static func columnTag(of columns: [String], table: String) -> String? {
        guard columns.count >= 3 else { return nil }
        let firsts = columns.compactMap { name -> String? in
            guard let underscore = name.firstIndex(of: "_"), underscore != name.startIndex else { return nil }
            return name[..<underscore].lowercased()
        }
        let counts = Dictionary(grouping: firsts, by: { $0 }).mapValues(\.count)
        guard let (token, count) = counts.max(by: { $0.value < $1.value }), count * 4 >= columns.count * 3,
              (2...4).contains(token.count), token.allSatisfy(\.isLetter) else { return nil }
        let tableWords = Set(expanded(table))
        guard !tableWords.contains(token), abbreviations[token] == nil, !["is", "has", "no", "num", "id"].contains(token),
              !tableWords.contains(expanded(token).joined(separator: " ")) else { return nil }
        return token
    }

    /// `column` without its table's tag (`brn_suburb` → `suburb`); unchanged when it has none.
    static func untagged(_ column: String, tag: String?) -> String {
        guard let tag, column.count > tag.count + 1, column.lowercased().hasPrefix(tag + "_") else { return column }
        return String(column.dropFirst(tag.count + 1))
    }

    /// Prefixes that mark a table's kind, not its records (`tbl_Shop`, `dim_customer`, `fact_sales`).
    private static let tablePrefixes: Set<String> = ["tbl", "tb", "t", "dim", "fact", "vw"]

    /// A table's words without a kind prefix: `tbl_Shop` → "shop".
    static func tablePhrase(_ table: String) -> String {
        let words = expanded(table)
        guard words.count > 1, tablePrefixes.contains(words[0]) else { return words.joined(separator: " ") }
        return words.dropFirst().joined(separator: " ")
    }
}
