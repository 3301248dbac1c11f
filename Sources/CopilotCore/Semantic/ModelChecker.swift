import Foundation

/// What is wrong with an edited semantic model on a given database: tables and columns that do not
/// exist, expressions the database cannot run, names used twice, joins to unknown tables.
/// `copilot model check FILE --db DB` prints these and exits non-zero when there are any.
public struct ModelChecker: Sendable {
    /// One problem, with a stable kind for tools and a sentence for people.
    public struct Problem: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable {
            case unknownTable = "unknown_table"
            case unknownColumn = "unknown_column"
            case badExpression = "bad_expression"
            case duplicateName = "duplicate_name"
            case unknownReference = "unknown_reference"
        }

        public var kind: Kind
        /// Where in the model (`dimension price`, `join orders → customers`).
        public var place: String
        public var message: String

        public init(kind: Kind, place: String, message: String) {
            self.kind = kind
            self.place = place
            self.message = message
        }
    }

    public let model: SemanticModel
    public let database: any ReportingDatabase

    public init(model: SemanticModel, database: any ReportingDatabase) {
        self.model = model
        self.database = database
    }

    public func check() async -> [Problem] {
        var problems: [Problem] = []
        let physical = Dictionary(database.schema.tables.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var logical: [String: DatabaseSchema.Table] = [:]
        for table in model.tables {
            if let found = physical[table.physicalName.lowercased()] {
                logical[table.name.lowercased()] = found
            } else {
                problems.append(Problem(kind: .unknownTable, place: "table \(table.name)", message: "the database has no table \(table.physicalName)"))
            }
        }
        problems += duplicates()
        for join in model.joins {
            for end in [join.from, join.to] where logical[end.lowercased()] == nil && !problems.contains(where: { $0.place == "table \(end)" }) {
                problems.append(Problem(kind: .unknownReference, place: "join \(join.from) → \(join.to)", message: "\(end) is not a table of the model"))
            }
        }
        for (place, table, expression) in expressions() {
            let found = references(in: expression, tables: logical)
            problems += found.problems.map { Problem(kind: $0.kind, place: place, message: $0.message) }
            guard found.problems.isEmpty else { continue }
            let from = table ?? found.tables.first
            guard let from, let source = model.table(named: from) ?? model.tables.first(where: { $0.name.lowercased() == from.lowercased() }) else { continue }
            // Only single-table expressions can be tried alone; the others were checked by name.
            guard Set(found.tables.map { $0.lowercased() }).subtracting([from.lowercased()]).isEmpty else { continue }
            let sql = "SELECT \(expression) FROM \(SQLName.quoted(source.physicalName)) AS \(source.name) LIMIT 0"
            do {
                _ = try await GuardedSQLRunner(database: database).run(sql, origin: "model-check")
            } catch {
                problems.append(Problem(kind: .badExpression, place: place, message: "`\(expression)` does not run: \(userFacing(error).message)"))
            }
        }
        return problems
    }

    /// Names given to two fields, metrics, entities or tables.
    private func duplicates() -> [Problem] {
        var problems: [Problem] = []
        let groups: [(String, [String])] = [("table", model.tables.map(\.name)), ("dimension", model.dimensions.map(\.name)),
                                             ("metric", model.metrics.map(\.name)), ("entity", model.entities.map(\.name))]
        for (kind, names) in groups {
            for (name, count) in Dictionary(grouping: names, by: { $0 }).mapValues(\.count) where count > 1 {
                problems.append(Problem(kind: .duplicateName, place: "\(kind) \(name)", message: "\(count) \(kind)s are called \(name)"))
            }
        }
        let shared = Set(model.dimensions.map(\.name)).intersection(model.metrics.map(\.name))
        for name in shared.sorted() {
            problems.append(Problem(kind: .duplicateName, place: "dimension \(name)", message: "a dimension and a metric are both called \(name)"))
        }
        return problems
    }

    /// Every SQL expression of the model, where it is, and the table it is read from when known.
    private func expressions() -> [(String, String?, String)] {
        var result: [(String, String?, String)] = []
        for dimension in model.dimensions {
            for expression in dimension.expressions { result.append(("dimension \(dimension.name)", nil, expression)) }
            if let key = dimension.key { result.append(("dimension \(dimension.name) key", nil, key)) }
        }
        for metric in model.metrics {
            for part in metric.parts {
                result.append(("metric \(metric.name)", part.table, part.expression))
                for filter in part.filters ?? [] { result.append(("metric \(metric.name) filter", part.table, filter)) }
            }
        }
        for entity in model.entities {
            result.append(("entity \(entity.name) key", entity.table, entity.key))
            if let display = entity.display { result.append(("entity \(entity.name) display", entity.table, display)) }
        }
        for join in model.joins { result.append(("join \(join.from) → \(join.to)", nil, join.on)) }
        return result
    }

    /// `table.column` references in an expression, checked against the model's tables.
    private func references(in expression: String, tables: [String: DatabaseSchema.Table])
        -> (tables: [String], problems: [(kind: Problem.Kind, message: String)]) {
        var found: [String] = []
        var problems: [(Problem.Kind, String)] = []
        let stripped = expression.replacingOccurrences(of: #"'[^']*'"#, with: "''", options: .regularExpression)
        let pattern = try! NSRegularExpression(pattern: #"\b([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\b"#)
        let range = NSRange(stripped.startIndex..., in: stripped)
        for match in pattern.matches(in: stripped, range: range) {
            guard let tableRange = Range(match.range(at: 1), in: stripped), let columnRange = Range(match.range(at: 2), in: stripped) else { continue }
            let (table, column) = (String(stripped[tableRange]), String(stripped[columnRange]))
            guard let schema = tables[table.lowercased()] else {
                if model.tables.contains(where: { $0.name.lowercased() == table.lowercased() }) { continue }
                problems.append((.unknownTable, "\(table) is not a table of the model"))
                continue
            }
            found.append(table)
            if !schema.columns.contains(where: { $0.name.lowercased() == column.lowercased() }) {
                problems.append((.unknownColumn, "\(schema.name) has no column \(column)"))
            }
        }
        return (found, problems)
    }
}
