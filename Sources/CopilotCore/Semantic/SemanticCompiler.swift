/// Turns a ``QueryPlan`` into SQL for one dialect using only what the ``SemanticModel`` declares:
/// metric expressions, their implied filters and time columns, dimension expressions and join
/// paths. Plans with one kind of aggregate compile to one flat SELECT; ratios across tables,
/// comparisons and shares compile to one CTE per aggregate joined on the group labels.
public struct SemanticCompiler: Sendable {
    public let model: SemanticModel
    public let dialect: SQLDialect
    let graph: JoinGraph
    let sql: DialectSQL
    let tableNames: Set<String>
    /// Rollups present in the database, tried in order before the base tables.
    public let rollups: [SemanticModel.Rollup]

    /// `rollups`: the model's rollups whose tables exist in the database (none by default). `model`
    /// is specialized for `dialect` (its `postgres:` overrides) here, so callers may pass either form.
    public init(model: SemanticModel, dialect: SQLDialect, rollups: [SemanticModel.Rollup] = []) {
        let model = model.specialized(for: dialect)
        self.model = model
        self.dialect = dialect
        self.rollups = rollups
        graph = JoinGraph(model: model, extra: rollups.flatMap(\.joins))
        sql = DialectSQL(dialect: dialect)
        tableNames = Set(model.tables.map(\.name) + rollups.map(\.table))
    }

    /// A group-by column resolved for one aggregate's table.
    struct Grouping {
        var alias: String
        var label: String
        var key: String?
        var sortKey: String?
        var isTime: Bool
        var source: String
    }

    /// One aggregate to compute, over one period, with optional extra filters (a share's part).
    struct Part {
        var aggregate: SemanticModel.Aggregate
        var period: QueryPlan.Period?
        var extraFilters: [QueryPlan.Filter] = []
    }

    public func compile(_ plan: QueryPlan) throws(CompileError) -> CompiledQuery {
        switch plan.kind {
        case .lookup: return try compileLookup(plan)
        case .list: return try compileList(plan)
        case .records: return try compileRecords(plan)
        case .distinct: return try compileDistinct(plan)
        case .metric: break
        }
        guard !plan.metrics.isEmpty else { throw CompileError(.unknownMetric, "The question names no metric.") }
        if let field = plan.dateField {
            var dated = plan
            dated.dateField = nil
            return try redated(by: field, metrics: plan.metrics).compile(dated)
        }
        let metrics = try plan.metrics.map { name throws(CompileError) -> SemanticModel.Metric in
            guard let metric = model.metric(named: name) else { throw CompileError(.unknownMetric, "Unknown metric '\(name)'.") }
            return metric
        }
        if let zero = try compileZeroCountGroups(plan, metrics: metrics) { return zero }
        if let flat = try compileFlat(plan, metrics: metrics) { return flat }
        return try compileComposite(plan, metrics: metrics)
    }

    // MARK: Shared pieces

    /// The groups of `plan` on `aggregate`. `shiftMonths` moves the time buckets forward, so a
    /// compared period's months line up with the current period's ("2024-03" joins "2025-03").
    func groupings(for plan: QueryPlan, on aggregate: SemanticModel.Aggregate, required: Bool,
                   shiftMonths: Int = 0) throws(CompileError) -> [Grouping?] {
        var result: [Grouping?] = []
        if let grain = plan.grain {
            guard let column = aggregate.time else {
                if required { throw CompileError(.noTimeColumn, "That metric has no date to group by \(grain.rawValue).") }
                result.append(nil)
                return result + (try plan.dimensions.map { name throws(CompileError) in try grouping(name, on: aggregate, required: required) })
            }
            let time = shiftMonths == 0 ? column : sql.shifted(column, months: shiftMonths)
            result.append(Grouping(alias: grain.rawValue, label: sql.bucket(grain, time, weekStart: plan.weekStart), key: nil,
                                   sortKey: sql.bucketSortKey(grain, time), isTime: true, source: grain.rawValue))
        }
        for name in plan.dimensions {
            result.append(try grouping(name, on: aggregate, required: required))
        }
        return result
    }

    func grouping(_ name: String, on aggregate: SemanticModel.Aggregate, required: Bool) throws(CompileError) -> Grouping? {
        guard let dimension = model.dimension(named: name) else {
            throw CompileError(.unknownDimension, "Unknown dimension '\(name)'.")
        }
        guard let expression = reachableExpression(of: dimension, from: aggregate.table) else {
            if required {
                throw CompileError(.unreachable, "\(dimension.displayName.capitalizedFirst) cannot be combined with that metric.")
            }
            return nil
        }
        let key = dimension.key.flatMap { isReachable($0, from: aggregate.table) ? $0 : nil }
        return Grouping(alias: SQLExpression.alias(dimension.name), label: expression, key: key, sortKey: nil,
                        isTime: false, source: dimension.name)
    }

    /// Of a field several tables have, the column nearest the measured rows ("parcels out of Getafe":
    /// the warehouse's city, one join from a shipment, not its customer's, two away); the model's
    /// order breaks ties.
    func reachableExpression(of dimension: SemanticModel.Dimension, from table: String) -> String? {
        guard dimension.expressions.count > 1 else { return dimension.expressions.first { isReachable($0, from: table) } }
        let reached = dimension.expressions.compactMap { expression -> (expression: String, joins: Int)? in
            graph.steps(from: table, reaching: SQLExpression.referencedTables(expression, among: tableNames)).map { (expression, $0.count) }
        }
        return reached.min { $0.joins < $1.joins }?.expression
    }

    func isReachable(_ expression: String, from table: String) -> Bool {
        graph.steps(from: table, reaching: SQLExpression.referencedTables(expression, among: tableNames)) != nil
    }

    /// `FROM base JOIN … ` bringing in every table the expressions mention.
    /// `outer` uses LEFT JOINs, for look-ups where a missing related row (no shipment yet) must not
    /// hide the record.
    func fromClause(base: String, expressions: [String], outer: Bool = false) throws(CompileError) -> String {
        var needed: [String] = []
        for expression in expressions {
            for table in SQLExpression.referencedTables(expression, among: tableNames) where !needed.contains(table) {
                needed.append(table)
            }
        }
        guard let steps = graph.steps(from: base, reaching: needed) else {
            throw CompileError(.unreachable, "Those fields cannot be combined in one question.")
        }
        var text = "FROM " + tableReference(base)
        for step in steps {
            text += "\n\(outer ? "LEFT JOIN" : "JOIN") \(tableReference(step.table)) ON \(step.condition)"
        }
        return text
    }

    func tableReference(_ name: String) -> String {
        guard let table = model.table(named: name), table.physicalName != name else { return name }
        return "\(SQLName.quoted(table.physicalName)) AS \(name)"
    }

    /// WHERE conditions for one aggregate: implied filters (unless the user filters the same
    /// column), the period, user filters, entity filters.
    func conditions(for part: Part, plan: QueryPlan) throws(CompileError) -> [String] {
        let filters = plan.filters + part.extraFilters
        // Columns the question itself constrains or groups by replace the metric's own filter on them:
        // "cancelled orders", "orders by status", "share of orders that were cancelled".
        var filteredColumns = Set<String>()
        for filter in plan.shareFilters {
            if let expression = model.dimension(named: filter.dimension).flatMap({ reachableExpression(of: $0, from: part.aggregate.table) }) {
                filteredColumns.formUnion(SQLExpression.referencedColumns(expression))
            }
        }
        for name in plan.dimensions {
            if let expression = model.dimension(named: name).flatMap({ reachableExpression(of: $0, from: part.aggregate.table) }) {
                filteredColumns.formUnion(SQLExpression.referencedColumns(expression))
            }
        }
        var userConditions: [String] = []
        for filter in filters {
            guard let dimension = model.dimension(named: filter.dimension) else {
                throw CompileError(.unknownDimension, "Unknown dimension '\(filter.dimension)'.")
            }
            guard let expression = reachableExpression(of: dimension, from: part.aggregate.table) else {
                throw CompileError(.unreachable, "That metric cannot be filtered by \(dimension.displayName).")
            }
            filteredColumns.formUnion(SQLExpression.referencedColumns(expression))
            userConditions.append(Self.filterSQL(filter, expression: expression))
        }
        for condition in plan.conditions {
            let sql = try conditionSQL(condition, from: part.aggregate.table)
            filteredColumns.formUnion(SQLExpression.referencedColumns(sql))
            userConditions.append(sql)
        }
        var result: [String] = []
        for implied in part.aggregate.filters ?? [] where SQLExpression.referencedColumns(implied).isDisjoint(with: filteredColumns) {
            result.append(implied)
        }
        if let period = part.period {
            guard let time = part.aggregate.time else {
                throw CompileError(.noTimeColumn, "That metric is a current snapshot; it has no date to filter by.")
            }
            result.append("\(time) >= \(SQLExpression.literal(period.start)) AND \(time) < \(SQLExpression.literal(period.end))")
        }
        result += userConditions
        result += try entitySQL(plan.entities, from: part.aggregate.table)
        return result
    }

    /// `expression IN (values)` for a value filter. No values, negated: any value ("including
    /// cancelled", "used a promo code") — lifts the metric's own filter on the column and keeps only
    /// rows that have a value.
    /// A negated filter keeps the rows with no value: "excluding Amazon" leaves in the orders of
    /// stores that sell on no marketplace at all, which `marketplace <> 'Amazon'` alone would drop.
    static func filterSQL(_ filter: QueryPlan.Filter, expression: String) -> String {
        if filter.values.isEmpty { return "\(expression) IS NOT NULL" }
        let values = filter.values.map(SQLExpression.literal)
        let operation = filter.negated ? (values.count == 1 ? "<>" : "NOT IN") : (values.count == 1 ? "=" : "IN")
        let test = values.count == 1 ? "\(expression) \(operation) \(values[0])" : "\(expression) \(operation) (\(values.joined(separator: ", ")))"
        return filter.negated ? "(\(expression) IS NULL OR \(test))" : test
    }

    /// Related-record conditions of a plan over rows of `table`: the `[NOT] EXISTS` conditions, and
    /// the entity keys that bring each entity's table into the outer query (the subqueries refer
    /// to it; their own tables must not be joined outside).
    func correlatedConditions(_ plan: QueryPlan, from table: String) throws(CompileError) -> (conditions: [String], anchors: [String]) {
        var conditions: [String] = []
        var anchors: [String] = []
        for related in plan.related {
            guard let owner = model.entity(named: related.entity) else {
                throw CompileError(.unknownEntity, "Unknown entity '\(related.entity)'.")
            }
            guard isReachable(owner.key, from: table) else {
                throw CompileError(.unreachable, "That cannot be narrowed by \(owner.name)s' related records.")
            }
            conditions.append(try relatedSQL(related))
            anchors.append(owner.key)
        }
        return (conditions, anchors)
    }

    func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "\nWHERE " + conditions.joined(separator: "\n  AND ")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
