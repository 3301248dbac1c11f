/// One entity per table with a single-column key (links excepted): how a record is named (its
/// display attribute), dated and looked up, whether it is a person, and its lines — the rows of a
/// table named after it that point at it (`order_items` for `orders`).
struct EntityDrafter: Sendable {
    let profiles: [TableProfile]
    let relationships: RelationshipDrafter
    /// Columns a look-up shows at most.
    var maxColumns = 12

    func draft() -> [SemanticModel.Entity] {
        var used = Set<String>()
        let heads = Dictionary(grouping: profiles.flatMap(\.headNouns), by: { $0 }).mapValues(\.count)
        let tableWords = Set(profiles.map(\.singular))
        var entities: [SemanticModel.Entity] = []
        // An everyday name goes to the first table that has it ("company": manufacturers or suppliers).
        var taken = Set<String>()
        for profile in profiles {
            guard let key = profile.key else { continue }
            let name = profile.singular.replacingOccurrences(of: " ", with: "_")
            guard used.insert(name).inserted else { continue }
            let everyday = profile.everydayNames.filter { !tableWords.contains($0) && !taken.contains($0) }
            taken.formUnion(everyday)
            let table = profile.name
            var columns: [String] = []
            if profile.displayColumns.count > 1, let display = profile.display() { columns.append("\(display) AS name") }
            columns += profile.columns.filter { SQLName.isPlain($0.name) }.prefix(maxColumns).map { "\(table).\($0.name) AS \($0.name)" }
            entities.append(SemanticModel.Entity(name: name, synonyms: [profile.singular, profile.plural]
                + profile.headNouns.filter { heads[$0] == 1 && !tableWords.contains($0) }
                + everyday, table: table, key: "\(table).\(key)",
                                                 columns: columns, details: details(of: profile), display: profile.display(),
                                                 time: profile.time, person: profile.person ? true : nil))
        }
        return entities
    }

    /// Whether a table holds lines: rows with an amount or a quantity, not only keys.
    private static func isLines(_ profile: TableProfile) -> Bool {
        !profile.isLink && profile.columns.contains { $0.role == .measure }
    }

    /// The child table whose name starts with this table's word and that points at it.
    private func details(of profile: TableProfile) -> SemanticModel.Entity.Details? {
        let word = profile.singular.split(separator: " ").last.map(String.init) ?? profile.singular
        // Lines with amounts of their own before a link table (`ticket_item` before `ticket_game`).
        let children = profiles.filter { $0.name != profile.name }.enumerated().sorted { lhs, rhs in
            let (left, right) = (Self.isLines(lhs.element), Self.isLines(rhs.element))
            return left != right ? left : lhs.offset < rhs.offset
        }.map(\.element)
        for child in children {
            let childWords = NameWords.tablePhrase(child.table.spelled ?? child.name).split(separator: " ").map(String.init)
            // `orderlines`, `OrderItems` whose humps the schema lost: the word starts the name.
            let compact = child.name.lowercased().filter(\.isLetter)
            let runTogether = compact.count > word.count + 2 && compact.hasPrefix(word.filter(\.isLetter))
            // The parent's word opens the child's name (`order_items`, `sales_order_line`); a name
            // ending in it (`ticket_item` under items) is another record's lines of it.
            let parentWords = profile.singular.split(separator: " ").map(String.init)
            let opens = childWords.starts(with: parentWords) || [word, NameWords.pluralWord(word)].contains(childWords.first ?? "")
            guard childWords.count > 1 && opens || runTogether else { continue }
            guard let link = relationships.links(of: child).first(where: { $0.target == profile.name }) else { continue }
            let columns = child.columns.filter { $0.name != link.column && SQLName.isPlain($0.name) }.prefix(maxColumns)
                .map { "\(child.name).\($0.name) AS \($0.name)" }
            return .init(table: child.name, key: "\(child.name).\(link.column)", columns: columns)
        }
        // A platform's `line_items` under `orders`: a dated document's child of lines or items with a
        // quantity, whatever its name says of the parent (not a product's, which its lines sell).
        let documentWords: Set<String> = ["order", "sale", "transaction", "invoice", "receipt", "basket", "cart", "ticket", "purchase"]
        guard profile.time != nil, !Set(profile.singular.split(separator: " ").map(String.init)).isDisjoint(with: documentWords) else { return nil }
        for child in profiles where child.name != profile.name && child.time == nil {
            let childWords = Set(NameWords.tablePhrase(child.table.spelled ?? child.name).split(separator: " ").map(String.init))
            guard !childWords.isDisjoint(with: ["line", "lines", "item", "items"]),
                  child.columns.contains(where: { column in
                      column.role == .measure && !Set(column.phrase.split(separator: " ").map(String.init)).isDisjoint(with: ["quantity", "qty", "units"])
                  }),
                  let link = relationships.links(of: child).first(where: { $0.target == profile.name }) else { continue }
            let columns = child.columns.filter { $0.name != link.column && SQLName.isPlain($0.name) }.prefix(maxColumns)
                .map { "\(child.name).\($0.name) AS \($0.name)" }
            return .init(table: child.name, key: "\(child.name).\(link.column)", columns: columns)
        }
        return nil
    }
}
