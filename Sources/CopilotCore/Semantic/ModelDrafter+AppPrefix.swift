extension ModelDrafter {
    /// The schema with an application's table prefix left out of the names people read
    /// (`mm_ticket`, `mm_member` → "ticket", "member"; `wp_posts` → "posts"): a short token most
    /// tables start with that is no word or abbreviation of its own. The tables keep their real
    /// names; only how they are spelled for reading changes.
    static func withoutAppPrefix(_ schema: DatabaseSchema) -> DatabaseSchema {
        let spelled = schema.tables.map { $0.spelled ?? $0.name }
        let tokens = spelled.compactMap { name -> String? in
            guard let underscore = name.firstIndex(of: "_"), underscore != name.startIndex, name.index(after: underscore) != name.endIndex
            else { return nil }
            return name[..<underscore].lowercased()
        }
        let counts = Dictionary(grouping: tokens, by: { $0 }).mapValues(\.count)
        guard let (prefix, count) = counts.max(by: { $0.value < $1.value }), count >= 3, count * 5 >= schema.tables.count * 3,
              (1...4).contains(prefix.count), prefix.allSatisfy(\.isLetter), NameWords.abbreviations[prefix] == nil,
              !NameWords.schemaWords.contains(prefix), NameWords.german[prefix] == nil else { return schema }
        var schema = schema
        for index in schema.tables.indices {
            let name = spelled[index]
            guard name.lowercased().hasPrefix(prefix + "_") else { continue }
            schema.tables[index].spelled = String(name.dropFirst(prefix.count + 1))
        }
        return schema
    }
}
