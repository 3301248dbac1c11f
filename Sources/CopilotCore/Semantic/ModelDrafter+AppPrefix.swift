extension ModelDrafter {
    /// The schema with an application's table prefix left out of the names people read
    /// (`mm_ticket`, `mm_member` → "ticket", "member"; `wp_posts` → "posts"): a short token most
    /// tables start with that is no word or abbreviation of its own. The tables keep their real
    /// names; only how they are spelled for reading changes.
    static func withoutAppPrefix(_ declared: DatabaseSchema) -> DatabaseSchema {
        var schema = withoutCompanyPrefix(withoutCamelPrefix(declared))
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
        for index in schema.tables.indices {
            let name = spelled[index]
            guard name.lowercased().hasPrefix(prefix + "_") else { continue }
            schema.tables[index].spelled = String(name.dropFirst(prefix.count + 1))
        }
        return schema
    }

    /// `Blekk & Papir AS$Customer`: an ERP's company before a `$` is no part of the name read. A
    /// second company's copies of the same tables (a demo company left in) are left out, so
    /// "customers" are the shop's own.
    static func withoutCompanyPrefix(_ schema: DatabaseSchema) -> DatabaseSchema {
        let companies = schema.tables.compactMap { table -> String? in
            let name = table.spelled ?? table.name
            guard let dollar = name.firstIndex(of: "$"), dollar != name.startIndex else { return nil }
            return String(name[..<dollar])
        }
        let counts = Dictionary(grouping: companies, by: { $0 }).mapValues(\.count)
        guard let (company, count) = counts.max(by: { $0.value < $1.value }), count * 2 >= schema.tables.count else { return schema }
        var schema = schema
        let own = Set(schema.tables.compactMap { table -> String? in
            let name = table.spelled ?? table.name
            return name.hasPrefix(company + "$") ? String(name.dropFirst(company.count + 1)).lowercased() : nil
        })
        schema.tables.removeAll { table in
            let name = table.spelled ?? table.name
            guard let dollar = name.firstIndex(of: "$"), !name.hasPrefix(company + "$") else { return false }
            return own.contains(String(name[name.index(after: dollar)...]).lowercased())
        }
        for index in schema.tables.indices {
            let name = schema.tables[index].spelled ?? schema.tables[index].name
            guard name.hasPrefix(company + "$") else { continue }
            schema.tables[index].spelled = String(name.dropFirst(company.count + 1))
        }
        return schema
    }

    /// `tabSales Invoice`, `tabItem`: a short lower-case token before a capital that most tables
    /// start with (an ERP's doctype prefix) is no part of the name read.
    static func withoutCamelPrefix(_ schema: DatabaseSchema) -> DatabaseSchema {
        let tokens = schema.tables.compactMap { table -> String? in
            let name = table.spelled ?? table.name
            let lower = name.prefix { $0.isLowercase }
            guard (2...4).contains(lower.count), name.dropFirst(lower.count).first?.isUppercase == true else { return nil }
            return String(lower)
        }
        let counts = Dictionary(grouping: tokens, by: { $0 }).mapValues(\.count)
        guard let (prefix, count) = counts.max(by: { $0.value < $1.value }), count >= 3, count * 5 >= schema.tables.count * 3,
              NameWords.abbreviations[prefix] == nil else { return schema }
        var schema = schema
        for index in schema.tables.indices {
            let name = schema.tables[index].spelled ?? schema.tables[index].name
            guard name.hasPrefix(prefix), name.dropFirst(prefix.count).first?.isUppercase == true else { continue }
            schema.tables[index].spelled = String(name.dropFirst(prefix.count))
        }
        return schema
    }
}
