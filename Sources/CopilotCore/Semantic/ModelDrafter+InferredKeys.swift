extension ModelDrafter {
    /// The schema with the foreign keys its names make plain, where the database declares none
    /// for a column: copies of shop systems (PrestaShop, Dynamics NAV exports, ERP doctypes) often
    /// carry no declared keys at all.
    ///
    /// - `id_customer` on orders, named exactly as the customers' own key, points at them;
    /// - `id_customer` or `customer_id` whose words name another table (`customer`) point at that
    ///   table's key;
    /// - `Sell-to Customer No_`, `Salesperson Code`: a number or code whose words end in another
    ///   table's name point at that table's key when it is a number or code too.
    ///
    /// A table's own key never points anywhere, and neither does a column another key already
    /// covers.
    static func withInferredKeys(_ schema: DatabaseSchema) -> DatabaseSchema {
        let keyed = schema.tables.compactMap { table -> (table: DatabaseSchema.Table, key: String, phrase: String)? in
            let keys = table.columns.filter(\.isPrimaryKey)
            guard keys.count == 1 else { return nil }
            return (table, keys[0].name, NameWords.singular(NameWords.tablePhrase(table.spelled ?? table.name)))
        }
        var schema = schema
        for index in schema.tables.indices {
            let table = schema.tables[index]
            let ownKeys = table.columns.filter(\.isPrimaryKey)
            let covered = Set(table.foreignKeys.map { $0.column.lowercased() })
            for column in table.columns where !covered.contains(column.name.lowercased()) && !(column.isPrimaryKey && ownKeys.count == 1) {
                guard let target = Self.inferredTarget(of: column.name, in: table, among: keyed) else { continue }
                schema.tables[index].foreignKeys.append(.init(column: column.name, table: target.table.name, referencedColumn: target.key))
            }
        }
        return schema
    }

    /// Key names too plain to say which table they belong to.
    private static let plainKeyNames: Set<String> = ["id", "no", "no_", "code", "name", "key", "uuid", "number", "nr"]

    private static func inferredTarget(of column: String, in table: DatabaseSchema.Table,
                                       among keyed: [(table: DatabaseSchema.Table, key: String, phrase: String)])
        -> (table: DatabaseSchema.Table, key: String)? {
        let others = keyed.filter { $0.table.name != table.name }
        // Named exactly as another table's own key.
        if !plainKeyNames.contains(column.lowercased()) {
            let same = others.filter { $0.key.lowercased() == column.lowercased() }
            if same.count == 1 { return (same[0].table, same[0].key) }
        }
        var words = NameWords.split(column)
        guard words.count >= 2 else { return nil }
        let marker: String
        if words.first == "id" {
            marker = "id"
            words.removeFirst()
        } else if let last = words.last, ["id", "no", "code", "number", "nr"].contains(last) {
            marker = last
            words.removeLast()
        } else {
            return nil
        }
        // The longest ending of the words that names a table: "sell to customer" → "customer".
        for start in words.indices {
            let phrase = NameWords.singular(words[start...].joined(separator: " "))
            let matches = others.filter { $0.phrase == phrase }
            guard matches.count == 1, let match = matches.first else { continue }
            // A number or code points at a key that is one too ("No_", "Code"), not at a row id.
            if marker != "id" {
                let keyWords = NameWords.split(match.key)
                guard let last = keyWords.last, ["no", "code", "number", "nr"].contains(last) else { return nil }
            }
            return (match.table, match.key)
        }
        return nil
    }
}
