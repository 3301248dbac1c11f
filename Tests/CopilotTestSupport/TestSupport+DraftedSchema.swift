import CopilotCore
import CopilotSQLite
import Foundation

/// A small shop database a test writes in SQL, then drafts and asks as a new shop would.
extension TestSupport {
    /// A SQLite file `file` in a fresh temporary directory, built by `sql`; the caller removes the
    /// directory.
    package static func sqliteFixture(_ name: String, file: String, sql: String) throws -> (URL, String) {
        let directory = try temporaryDirectory(name)
        let path = directory.appendingPathComponent(file).path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute(sql)
        }
        return (directory, path)
    }

    /// The rows the offline planner's reading of `question` returns on `database`, with `values`
    /// (keyed by column expression, as the value index holds them by each field's drafted name).
    package static func rows(answering question: String, model: SemanticModel, database: SQLiteReportingDatabase, asOf: CalendarDate,
                             values: [String: [String]] = [:]) async throws -> [[String]] {
        func name(_ expression: String) -> String { model.dimensions.first { $0.expressions == [expression] }?.name ?? expression }
        let index: (any ValueIndex)? = values.isEmpty ? nil : MemoryValueIndex(values: Dictionary(values.map { (name($0.key), $0.value) }, uniquingKeysWith: +))
        let plan = try await OfflinePlanner(model: model, values: index).requirePlan(question, context: PlanningContext(asOf: asOf))
        let compiled = try SemanticCompiler(model: model, dialect: .sqlite).compile(plan)
        return try await GuardedSQLRunner(database: database).run(compiled.sql).result.rows.map { $0.map(\.description) }
    }
}
