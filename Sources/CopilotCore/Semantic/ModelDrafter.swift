import Foundation

/// Drafts a semantic model for a database the copilot was not written for, from its schema and a
/// sample of its data: readable labels and synonyms from table and column names, one display
/// attribute per table, typed fields, metrics on real quantities only, joins from foreign keys
/// (with role names for self-references and second keys), and entities. The draft is a starting
/// point a person can improve (`copilot model init`), and what the copilot uses when given none.
public struct ModelDrafter: Sendable {
    /// Changes whenever a draft would come out differently, so cached drafts are redone.
    public static let version = "69"

    public let database: any ReportingDatabase
    /// Text columns with at most this many distinct values have them listed.
    public var maxDimensionValues = 50

    /// Words of records that undo a sale rather than make one.
    static let reversalWords: Set<String> = ["refund", "return", "credit", "reversal", "void", "chargeback", "cancellation", "adjustment"]

    public init(database: any ReportingDatabase) {
        self.database = database
    }

    public func draft() async throws -> SemanticModel {
        let (ready, physical) = Self.sqlReady(database.schema)
        let schema = Self.withInferredKeys(Self.withoutAppPrefix(ready))
        var sampler = TableSampler(runner: GuardedSQLRunner(database: database), physical: physical)
        sampler.maxListedValues = maxDimensionValues
        var profiles: [TableProfile] = []
        for table in schema.tables {
            let samples = await sampler.sample(table)
            var columns: [ColumnProfile] = []
            let tag = NameWords.columnTag(of: table.columns.map(\.name), table: table.spelled ?? table.name)
            for column in table.columns {
                let sample = samples.values[column.name] ?? []
                let texty = sample.contains { $0.stringValue != nil } || column.type.contains("CHAR") || column.type.contains("TEXT")
                let few = texty ? await sampler.fewValues(of: column.name, in: table.name) : nil
                let declared = samples.spelled[column.name] ?? column.name
                columns.append(ColumnProfile(column: column, table: table, sample: sample, fewValues: few,
                                             spelled: NameWords.withoutTypeHint(NameWords.untagged(declared, tag: tag), declaredType: column.type),
                                             inMinorUnits: NameWords.inMinorUnits(declared, declaredType: column.type)))
            }
            profiles.append(TableProfile(table: table, columns: columns))
        }
        // Tables others point at first: their fields claim the plain words ("price" is the
        // product's price, not the order line's).
        let relationships = RelationshipDrafter(profiles: profiles)
        let incoming = Dictionary(grouping: profiles.flatMap { relationships.links(of: $0).map(\.target) }, by: { $0 }).mapValues(\.count)
        let ordered = profiles.enumerated().sorted { lhs, rhs in
            let (left, right) = (incoming[lhs.element.name] ?? 0, incoming[rhs.element.name] ?? 0)
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        let (joins, roles) = relationships.draft()
        var fields = FieldDrafter(profiles: ordered, depthOrder: Self.depthOrder(profiles, relationships))
        for profile in ordered { fields.add(profile) }
        fields.addShared()
        let codes = relationships.codeTables
        for role in roles {
            guard let target = profiles.first(where: { $0.name == role.target }) else { continue }
            // A key into a shared code table names the codes it uses: the orders' statuses.
            var values: [String]?
            if codes.contains(role.target), let display = target.display(as: role.alias) {
                values = await sampler.valuesPointedAt(display: display, role: role.alias, from: role.from, column: role.column,
                                                       target: role.target, targetColumn: role.targetColumn)
            }
            fields.addRole(role, target: target, values: values)
        }
        // The code table's own fields match a code only when named ("lookup value Completed").
        fields.valuesNeedTheirWord(on: codes)
        var entities = EntityDrafter(profiles: ordered, relationships: relationships).draft()
        // An org chart: the records a manager key points back into are the shop's people ("how
        // many people report to Ana", "how many direct reports does each manager have").
        let taken = Set(entities.flatMap(\.synonyms))
        for role in roles where role.from == role.target && FieldDrafter.isManagerRole(role.phrase) {
            guard let index = entities.firstIndex(where: { $0.table == role.target }) else { continue }
            entities[index].synonyms += FieldDrafter.peopleWords.filter { !taken.contains($0) && !entities[index].synonyms.contains($0) }
        }
        let saleWords: Set<String> = ["sale", "order", "transaction", "purchase", "invoice", "receipt", "booking", "txn"]
        for entity in entities where entity.details != nil {
            // What the lines sell (a product, a treatment): "product sales" are these documents' money.
            let lines = profiles.first { $0.name == entity.details?.table }
            // Lines that carry no amount (a customer's addresses) make no sales of their header.
            let header = profiles.first { $0.name == entity.table }
            // Refunds and returns undo sales; their lines' money is no takings.
            guard header.map({ Set($0.singular.split(separator: " ").map(String.init)).isDisjoint(with: Self.reversalWords) }) ?? true,
                  header.map({ !Set($0.singular.split(separator: " ").map(String.init)).isDisjoint(with: saleWords) }) == true
                    || lines?.columns.contains(where: { $0.role == .measure }) == true else { continue }
            let item = lines.flatMap { relationships.links(of: $0).map(\.target).first { $0 != entity.table } }
                .flatMap { target in profiles.first { $0.name == target } }
            fields.addSalesVocabulary(header: entity.table, lines: entity.details?.table, item: item)
        }
        // Dated records with money and no lines of their own (a café's till sales) are sales too,
        // unless other records hang off them (a store, a customer).
        // Lines of sales with no table of the sales themselves (a star schema's sales fact, keyed
        // by invoice and line number): the lines are the shop's sales.
        for profile in ordered where profile.key == nil && profile.time != nil && !profile.isLink
            && fields.documentCounts[profile.name] != nil
            && !Set(profile.singular.split(separator: " ").map(String.init) + [fields.documentCounts[profile.name]?.noun ?? ""]).isDisjoint(with: saleWords) {
            fields.addSalesVocabulary(header: profile.name, lines: nil)
        }
        for entity in entities where entity.details == nil && entity.time != nil {
            guard let profile = profiles.first(where: { $0.name == entity.table }), !profile.isLink,
                  !Set(profile.singular.split(separator: " ").map(String.init)).isDisjoint(with: saleWords),
                  !profiles.contains(where: { other in other.name != profile.name && relationships.links(of: other).contains { $0.target == profile.name } })
            else { continue }
            fields.addSalesVocabulary(header: entity.table, lines: nil)
        }
        var tables = profiles.map { profile in
            SemanticModel.Table(name: profile.name, source: physical[profile.name].flatMap { $0 == profile.name ? nil : $0 },
                                description: profile.isLink ? "links \(linkedNames(profile, relationships))" : nil)
        }
        tables += roles.map { SemanticModel.Table(name: $0.alias, source: physical[$0.target] ?? $0.target, description: "the \($0.phrase) of a \(NameWords.singular(NameWords.tablePhrase($0.from)))") }
        // "trading", "on pause", "no-shows": the everyday names of common statuses.
        var dimensions = fields.dimensions
        // A value stored somewhere ("Completed" orders) is never another value's everyday name.
        let stored = Set(dimensions.flatMap { $0.values ?? [] }.map { $0.lowercased() })
        for index in dimensions.indices {
            // `wc-completed`, `wc-on-hold`: a code prefix every value carries is no part of its name.
            let prefix = Self.sharedCodePrefix(of: dimensions[index].values ?? [])
            // `wholesale_customer` in the customers' role: "wholesale" says it, the noun is the table's.
            let owner = dimensions[index].expressions.first.flatMap { expression in
                profiles.first { SQLExpression.referencedTables(expression, among: [$0.name]).contains($0.name) }
            }
            for value in dimensions[index].values ?? [] {
                let bare = prefix.map { String(value.dropFirst($0.count)) }
                let spaced = (bare ?? value).replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
                var words = spaced.lowercased().split(separator: " ").map(String.init)
                let ownNoun = owner.map { words.count >= 2 && [NameWords.singular($0.singular), $0.plural].contains(words.last!) } ?? false
                if ownNoun { words.removeLast() }
                // A name another value has, in this column or another ("completed" beside "Closed",
                // "Completed" orders), stays that value's.
                let names = ((bare == nil ? [] : [spaced]) + (ownNoun ? [words.joined(separator: " ")] : [])
                    + FieldVocabulary.valueNames(for: bare ?? value)).filter { name in
                        !stored.contains(name.lowercased()) || name.lowercased() == value.lowercased()
                    }
                guard !names.isEmpty else { continue }
                dimensions[index].valueSynonyms = (dimensions[index].valueSynonyms ?? [:]).merging([value: names]) { $0 + $1 }
            }
        }
        // A shared code table's "applies to" column names the tables its codes are for (`Sale`,
        // `Booking`): "bookings" in a question is the records, not that value, unless the field is named.
        let recordNouns = Set(profiles.flatMap { [$0.singular, $0.plural] + $0.singular.split(separator: " ").suffix(1).map(String.init) })
        for index in dimensions.indices {
            guard let values = dimensions[index].values, values.count >= 2 else { continue }
            let named = values.filter { recordNouns.contains(NameWords.singular($0.lowercased())) || recordNouns.contains($0.lowercased()) }
            if Double(named.count) >= 0.75 * Double(values.count) { dimensions[index].valuesNeedDimensionWord = true }
        }
        // "not counting discontinued lines": an ending said in one word is the end date's, unless a
        // status or flag elsewhere stores a value of that name ("closed" is then the status's). A
        // status value only guessed to mean it (`voided` as "cancelled") gives way to a column that
        // says it (`cancelled_at`).
        for (index, dimension) in dimensions.enumerated() {
            guard let (value, word) = fields.bareEndings[dimension.name] else { continue }
            let stored = dimensions.contains { other in
                other.name != dimension.name && (other.values ?? []).contains { $0.lowercased() == word }
            }
            guard !stored else { continue }
            dimensions[index].valueSynonyms?[value, default: []].append(word)
            let table = dimension.expressions.first.map { SQLExpression.referencedTables($0, among: Set(tables.map(\.name))) }
            for other in dimensions.indices where other != index && dimensions[other].expressions.first.map({
                SQLExpression.referencedTables($0, among: Set(tables.map(\.name))) }) == table {
                for (key, names) in dimensions[other].valueSynonyms ?? [:] where names.contains(where: { $0.lowercased() == word }) {
                    dimensions[other].valueSynonyms?[key] = names.filter { $0.lowercased() != word }
                }
            }
        }
        return SemanticModel(name: "drafted", description: "data in \(database.displayName)", tables: tables, joins: joins,
                             dimensions: dimensions, metrics: fields.metrics,
                             entities: entities)
    }

    private func linkedNames(_ profile: TableProfile, _ relationships: RelationshipDrafter) -> String {
        relationships.links(of: profile).map(\.target).joined(separator: " and ")
    }

    /// Tables by how far they are from the tables nobody's key points out of: a table before the
    /// tables it points at.
    static func depthOrder(_ profiles: [TableProfile], _ relationships: RelationshipDrafter) -> [String] {
        let targets = Dictionary(uniqueKeysWithValues: profiles.map { ($0.name, relationships.links(of: $0).map(\.target).filter { _ in true }) })
        var heights: [String: Int] = [:]
        func height(_ table: String, _ seen: Set<String>) -> Int {
            if let known = heights[table] { return known }
            let next = (targets[table] ?? []).filter { !seen.contains($0) && $0 != table }
            let value = 1 + (next.map { height($0, seen.union([table])) }.max() ?? 0)
            heights[table] = value
            return value
        }
        return profiles.map(\.name).sorted { height($0, []) > height($1, []) }
    }


    /// The schema with every name ready for SQL: a table whose name needs quotes gets a plain alias
    /// (`"sale lines"` read as `sale_lines`), a column such a name keeps it quoted
    /// (`sale_lines."unit price (£)"`). Returns the physical table of each alias.
    static func sqlReady(_ schema: DatabaseSchema) -> (DatabaseSchema, physical: [String: String]) {
        var aliases: [String: String] = [:]
        var taken = Set(schema.tables.map(\.name).filter(SQLName.isPlain))
        for table in schema.tables where !SQLName.isPlain(table.name) {
            var alias = SQLName.plain(table.name)
            var suffix = 2
            while taken.contains(alias) { alias = "\(SQLName.plain(table.name))_\(suffix)"; suffix += 1 }
            taken.insert(alias)
            aliases[table.name] = alias
        }
        var physical: [String: String] = [:]
        let tables = schema.tables.map { table -> DatabaseSchema.Table in
            let name = aliases[table.name] ?? table.name
            physical[name] = table.name
            return DatabaseSchema.Table(
                name: name,
                columns: table.columns.map { .init(name: SQLName.quoted($0.name), type: $0.type, isPrimaryKey: $0.isPrimaryKey) },
                foreignKeys: table.foreignKeys.map { key in
                    .init(column: SQLName.quoted(key.column), table: aliases[key.table] ?? key.table,
                          referencedColumn: key.referencedColumn.isEmpty ? "" : SQLName.quoted(key.referencedColumn))
                },
                spelled: table.spelled ?? (aliases[table.name] == nil ? nil : table.name))
        }
        return (DatabaseSchema(tables: tables), physical)
    }

    /// The code every value of a status starts with (`wc-` in `wc-completed`, `wc-on-hold`), when
    /// there are several values and each has more after it.
    static func sharedCodePrefix(of values: [String]) -> String? {
        guard values.count >= 2, let first = values.first, let cut = first.firstIndex(where: { $0 == "-" || $0 == "_" }) else { return nil }
        let prefix = String(first[...cut])
        guard prefix.count >= 2, prefix.count <= 5, values.allSatisfy({ $0.hasPrefix(prefix) && $0.count > prefix.count }) else { return nil }
        return prefix
    }
}
