/// Reads the distinct values of `values: auto` dimensions from the reporting database (through the
/// guard, like every other query) so the planner can recognise "in Paris" or "Nexora".
public struct DimensionValueLoader: Sendable {
    public let model: SemanticModel
    public let runner: GuardedSQLRunner
    /// Dimensions with more distinct values than this are not value-matched (names, ids).
    public var maxValues = 300

    public init(model: SemanticModel, runner: GuardedSQLRunner) {
        self.model = model
        self.runner = runner
    }

    public func load() async -> [String: [String]] {
        var values: [String: [String]] = [:]
        for dimension in model.dimensions where dimension.autoValues == true {
            guard let expression = dimension.expressions.first, let sql = sql(distinct: expression, limit: maxValues + 1),
                  let run = try? await runner.run(sql, origin: "model"), run.result.rowCount <= maxValues else { continue }
            values[dimension.name] = run.result.rows.compactMap { $0.first?.stringValue }
        }
        return values
    }

    /// `SELECT DISTINCT expression` over the table it reads, through the role it plays (a
    /// top-level category's name through a product's subcategory), at most `limit` rows.
    package func sql(distinct expression: String, limit: Int) -> String? {
        let compiler = SemanticCompiler(model: model, dialect: runner.database.dialect)
        guard let table = SQLExpression.referencedTables(expression, among: Set(model.tables.map(\.name))).first,
              let from = try? compiler.fromClause(base: base(reaching: table, compiler: compiler), expressions: [expression]) else { return nil }
        return "SELECT DISTINCT \(expression) AS value \(from) WHERE \(expression) IS NOT NULL ORDER BY 1 LIMIT \(limit)"
    }

    /// The separator between values in ``sql(packed:limit:chunk:)`` rows.
    package static let separator = "|~|"

    /// The same distinct values packed `chunk` to a row (joined by ``separator``), so a few rows
    /// carry tens of thousands of values within the reporting database's row cap.
    package func sql(packed expression: String, limit: Int, chunk: Int = 2_000) -> String? {
        guard let inner = sql(distinct: expression, limit: limit) else { return nil }
        let join = runner.database.dialect == .postgres ? "string_agg(CAST(value AS TEXT), '\(Self.separator)')" : "group_concat(value, '\(Self.separator)')"
        return "SELECT \(join) AS packed FROM (SELECT value, (ROW_NUMBER() OVER (ORDER BY value) - 1) / \(chunk) AS bucket "
            + "FROM (\(inner)) AS distinct_values) AS numbered GROUP BY bucket"
    }

    /// The table to read a dimension's values through: the closest other table that joins to it,
    /// so a role-playing alias gets the values of its role (top-level category names through a
    /// product's subcategory, not every category).
    private func base(reaching table: String, compiler: SemanticCompiler) -> String {
        // A table in its own right holds all its values; only a role (an alias of a shared table)
        // is read through the table that gives it the role.
        // A table named for its physical one (`sale_lines` over "sale lines") is no role.
        guard let source = model.table(named: table)?.source, SQLName.plain(source) != table else { return table }
        var best: (String, Int)?
        for candidate in model.tables.map(\.name) where candidate != table {
            guard let steps = compiler.graph.steps(from: candidate, reaching: [table]), !steps.isEmpty else { continue }
            if steps.count < (best?.1 ?? Int.max) { best = (candidate, steps.count) }
        }
        return best?.0 ?? table
    }
}
