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
        if let target = Self.targetByKeyStem(of: column, words: words, in: table, among: keyed) { return target }
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

    /// The words of a key without its marker: `prod_id` → "prod", `CatID` → "cat".
    private static func stem(ofKey key: String) -> [String] {
        var words = NameWords.split(key)
        if let last = words.last, ["id", "no", "code", "number", "nr"].contains(last), words.count > 1 { words.removeLast() }
        if words.first == "id", words.count > 1 { words.removeFirst() }
        return words
    }

    /// Keys hand-made databases name after the table's key or the table itself:
    /// - `ProdID` or `prod` on order lines for products keyed `prod_id`;
    /// - `Shop` on staff for shops keyed `id`, both whole numbers;
    /// - `ParentCat` on categories keyed `CatID`: a parent of the same table.
    private static func targetByKeyStem(of column: String, words: [String], in table: DatabaseSchema.Table,
                                        among keyed: [(table: DatabaseSchema.Table, key: String, phrase: String)])
        -> (table: DatabaseSchema.Table, key: String)? {
        guard let own = table.columns.first(where: { $0.name == column }) else { return nil }
        func compatible(_ target: (table: DatabaseSchema.Table, key: String, phrase: String)) -> Bool {
            guard let key = target.table.columns.first(where: { $0.name == target.key }) else { return false }
            let (left, right) = (own.type.uppercased(), key.type.uppercased())
            return left.isEmpty || left == right || left.contains("INT") && right.contains("INT")
        }
        var bare = words
        if let last = bare.last, ["id", "no", "code", "number", "nr"].contains(last), bare.count > 1 { bare.removeLast() }
        if bare.first == "id", bare.count > 1 { bare.removeFirst() }
        let others = keyed.filter { $0.table.name != table.name && compatible($0) }
        let byStem = others.filter { stem(ofKey: $0.key) == bare && !plainKeyNames.contains(bare.joined(separator: "_")) }
        if byStem.count == 1 { return (byStem[0].table, byStem[0].key) }
        // A column named as a table (`Shop`) holding whole numbers like its key.
        if words == bare, own.type.uppercased().contains("INT") {
            let phrase = NameWords.singular(bare.joined(separator: " "))
            let named = others.filter { $0.phrase == phrase }
            if named.count == 1 { return (named[0].table, named[0].key) }
        }
        // "parent" before the table's own key stem: the record above in the same table.
        if bare.count >= 2, bare[0] == "parent", let same = keyed.first(where: { $0.table.name == table.name }),
           Array(bare.dropFirst()) == stem(ofKey: same.key) || NameWords.singular(bare.dropFirst().joined(separator: " ")) == same.phrase,
           compatible(same) {
            return (same.table, same.key)
        }
        return nil
    }
}
