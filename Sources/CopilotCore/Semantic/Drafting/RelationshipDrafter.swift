/// Joins from foreign keys (declared, or by the `customer_id` → `customers` naming convention).
/// A key to the table's own table (`manager_id`, `reports_to`) or a second key to the same table
/// (`billing_address_id` next to `shipping_address_id`) reads that table under a role name — a
/// logical table such as `manager` with `source: employees` — and names the role as a dimension.
struct RelationshipDrafter: Sendable {
    /// A key column and the table and column it points at.
    struct Link: Sendable, Equatable {
        var column: String
        var target: String
        var targetColumn: String
    }

    /// A role under which a table is read again (`manager` for `employees.manager_id`).
    struct Role: Sendable {
        var alias: String
        var phrase: String
        var from: String
        var target: String
        var column: String
        var targetColumn: String
    }

    let profiles: [TableProfile]

    /// The table's links: declared foreign keys first, then naming conventions.
    func links(of profile: TableProfile) -> [Link] {
        let table = profile.table
        var result: [Link] = []
        for key in table.foreignKeys {
            guard let target = profiles.first(where: { $0.name.lowercased() == key.table.lowercased() }) else { continue }
            let column = key.referencedColumn.isEmpty ? (target.key ?? key.column) : key.referencedColumn
            result.append(Link(column: key.column, target: target.name, targetColumn: column))
        }
        let covered = Set(result.map(\.column))
        for column in profile.columns where column.role == .key && !column.column.isPrimaryKey && !covered.contains(column.name) {
            let words = NameWords.split(column.name)
            guard words.count >= 2, words.last == "id" else { continue }
            let stem = words.dropLast().joined(separator: " ")
            let target = profiles.first { other in
                other.name != table.name && (other.singular == stem || NameWords.tablePhrase(other.table.spelled ?? other.name) == stem)
                    && other.table.columns.contains { $0.name.lowercased() == column.name.lowercased() || ($0.isPrimaryKey && other.key != nil) }
            }
            guard let target else { continue }
            let targetColumn = target.table.columns.first { $0.name.lowercased() == column.name.lowercased() }?.name ?? target.key!
            result.append(Link(column: column.name, target: target.name, targetColumn: targetColumn))
        }
        return result
    }

    /// Shared code tables (`lookup_values` with a `lookup_type`, `codes`): many keys of other
    /// tables point at them, each for its own kind of code (a status, a channel, an instrument).
    /// Every key to one reads it under the key's own name, so "completed orders" is the orders'
    /// status, not any code that happens to read "Completed".
    var codeTables: Set<String> {
        let incoming = Dictionary(grouping: profiles.flatMap { profile in links(of: profile).filter { $0.target != profile.name } }, by: \.target)
        let names: Set<String> = ["lookup", "lookups", "code", "codes", "reference", "ref", "enum", "enums", "option", "options", "domain"]
        let kinds: Set<String> = ["type", "kind", "category", "group", "domain", "list"]
        return Set(incoming.compactMap { target, links in
            guard Set(links.map(\.column)).count >= 3, let profile = profiles.first(where: { $0.name == target }) else { return nil }
            let named = !Set(NameWords.split(profile.name)).isDisjoint(with: names)
            let typed = profile.columns.contains { $0.role == .text && !Set($0.phrase.split(separator: " ").map(String.init)).isDisjoint(with: kinds) }
            return named || typed ? target : nil
        })
    }

    /// Whether a key's words (without `id`, `no`) name none of the words of the table it points at:
    /// `driverno` on deliveries points at staff as their driver; `custno` at customers is no role.
    private func namesRole(_ link: Link, of profile: TableProfile) -> Bool {
        guard let target = profiles.first(where: { $0.name == link.target }) else { return false }
        var words = NameWords.expanded(profile.columns.first { $0.name == link.column }?.spelledName ?? link.column)
        while let last = words.last, ["id", "number", "code", "key", "ref", "reference"].contains(last) { words.removeLast() }
        let targetWords = Set((target.singular + " " + NameWords.tablePhrase(target.table.spelled ?? target.name) + " "
                               + target.everydayNames.joined(separator: " ")).split(separator: " ").map { NameWords.singularWord(String($0)) })
        return !words.isEmpty && words.allSatisfy { !targetWords.contains(NameWords.singularWord($0)) }
    }

    /// Whether a key's words without `id` are its table's name (`branch_id` → branch).
    private func namesTargetPlainly(_ link: Link) -> Bool {
        var words = NameWords.split(link.column).map { $0.lowercased() }
        if words.count > 1, ["id", "code", "no", "number"].contains(words.last!) { words.removeLast() }
        let target = NameWords.singular(NameWords.tablePhrase(link.target)).lowercased()
        return words.joined(separator: " ") == target
    }

    /// Every join and role of the schema.
    func draft() -> (joins: [SemanticModel.Join], roles: [Role]) {
        let codes = codeTables
        var joins: [SemanticModel.Join] = []
        var roles: [Role] = []
        var aliases = Set(profiles.map { $0.name.lowercased() })
        for profile in profiles {
            var reached = Set<String>()
            let tag = NameWords.columnTag(of: profile.table.columns.map(\.name), table: profile.table.spelled ?? profile.name)
            // `branch_id` next to `lab_branch_id`: the key named just for its table is the plain
            // relationship; the other reads the table under its role ("lab branch").
            let plainFirst = links(of: profile).enumerated().sorted { first, second in
                let (a, b) = (namesTargetPlainly(first.element), namesTargetPlainly(second.element))
                return a != b ? a : first.offset < second.offset
            }.map(\.element)
            for link in plainFirst {
                let selfReference = link.target == profile.name
                if !selfReference && !codes.contains(link.target) && reached.insert(link.target).inserted {
                    joins.append(.init(from: profile.name, to: link.target, on: "\(profile.name).\(link.column) = \(link.target).\(link.targetColumn)"))
                    // `delv.driverno` → staff: a key named for a part the target plays ("driver",
                    // "sales rep") reads it under that name too.
                    guard namesRole(link, of: profile) else { continue }
                }
                // A role: the key's own words without `id` ("manager", "reports to").
                // The key as the table spells it: `supervisorId` is "supervisor", not "supervisorid".
                let spelled = profile.columns.first { $0.name == link.column }?.spelledName ?? NameWords.untagged(link.column, tag: tag)
                var words = NameWords.split(spelled).flatMap { word in
                    (selfReference ? NameWords.selfReferenceAbbreviations[word] : nil).map { [$0] }
                        ?? NameWords.expanded(word)
                }
                if words.count > 1, ["id", "code", "number"].contains(words.last!) { words.removeLast() }
                let phrase = words.joined(separator: " ")
                var alias = words.joined(separator: "_")
                if aliases.contains(alias.lowercased()) { alias = "\(profile.name)_\(alias)" }
                guard !phrase.isEmpty, aliases.insert(alias.lowercased()).inserted else { continue }
                roles.append(Role(alias: alias, phrase: phrase, from: profile.name, target: link.target, column: link.column,
                                  targetColumn: link.targetColumn))
                joins.append(.init(from: profile.name, to: alias, on: "\(profile.name).\(link.column) = \(alias).\(link.targetColumn)"))
            }
        }
        return (joins, roles)
    }
}
