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
        let compiler = SemanticCompiler(model: model, dialect: runner.database.dialect)
        let names = Set(model.tables.map(\.name))
        var values: [String: [String]] = [:]
        for dimension in model.dimensions where dimension.autoValues == true {
            guard let expression = dimension.expressions.first,
                  let table = SQLExpression.referencedTables(expression, among: names).first,
                  let from = try? compiler.fromClause(base: base(reaching: table, compiler: compiler), expressions: [expression])
            else { continue }
            let sql = "SELECT DISTINCT \(expression) AS value \(from) WHERE \(expression) IS NOT NULL ORDER BY 1 LIMIT \(maxValues + 1)"
            guard let run = try? await runner.run(sql, origin: "model"), run.result.rowCount <= maxValues else { continue }
            values[dimension.name] = run.result.rows.compactMap { $0.first?.stringValue }
        }
        return values
    }

    /// The table to read a dimension's values through: the closest other table that joins to it,
    /// so a role-playing alias gets the values of its role (top-level category names through a
    /// product's subcategory, not every category).
    private func base(reaching table: String, compiler: SemanticCompiler) -> String {
        var best: (String, Int)?
        for candidate in model.tables.map(\.name) where candidate != table {
            guard let steps = compiler.graph.steps(from: candidate, reaching: [table]), !steps.isEmpty else { continue }
            if steps.count < (best?.1 ?? Int.max) { best = (candidate, steps.count) }
        }
        return best?.0 ?? table
    }
}
