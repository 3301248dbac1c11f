/// Records of an entity and distinct values of a field: the questions that list things rather
/// than aggregate them ("customers in Lyon", "products priced above 500 with their brand", "which
/// carriers do we use").
extension SemanticCompiler {
    /// `SELECT key, name, fields… FROM entity … WHERE … ORDER BY … LIMIT`: one row per record.
    /// Fields come through many-to-one joins (LEFT JOIN, so a record without a related row stays).
    func compileRecords(_ plan: QueryPlan) throws(CompileError) -> CompiledQuery {
        guard let name = plan.subject, let entity = model.entity(named: name) else {
            throw CompileError(.unknownEntity, "Which records should I list?")
        }
        let table = entity.table
        var select: [String] = []
        var columns: [CompiledQuery.Column] = []
        var aliases = Set<String>()
        func add(_ expression: String, alias: String, role: CompiledQuery.Role, source: String?, format: SemanticModel.Format?) {
            guard aliases.insert(alias).inserted else { return }
            select.append("\(expression) AS \(alias)")
            columns.append(.init(name: alias, role: role, source: source, format: format))
        }
        add(entity.key, alias: SQLExpression.alias(entity.name) + "_id", role: .key, source: entity.name, format: nil)
        // A composed person name also shows its parts, so rows can be matched to first and last names.
        var partsShown = Set<String>()
        func addNameParts(of expression: String, source: String) {
            for part in SQLExpression.nameParts(expression) where partsShown.insert(part).inserted {
                // "who is Ana's manager": the manager's first and last name beside Ana's own.
                let alias = aliases.contains(Self.columnName(part)) ? SQLExpression.alias(source) + "_" + Self.columnName(part) : Self.columnName(part)
                add(part, alias: alias, role: .key, source: source, format: nil)
            }
        }
        if entity.display != nil {
            add(entity.displayExpression, alias: SQLExpression.alias(entity.name), role: .dimension, source: entity.name, format: nil)
            addNameParts(of: entity.displayExpression, source: entity.name)
        }
        // The fields asked for, then the ones the question compares or sorts on (so the answer shows
        // why each record is there), then the entity's usual columns when nothing was asked.
        var shown = plan.fields
        for field in plan.conditions.map(\.field) + [plan.orderBy].compactMap({ $0 }) where !shown.contains(field) { shown.append(field) }
        for field in shown {
            guard let dimension = model.dimension(named: field) else { throw CompileError(.unknownDimension, "Unknown field '\(field)'.") }
            let expression = try fieldExpression(field, from: table)
            add(expression, alias: SQLExpression.alias(field), role: .attribute, source: field, format: dimension.format)
            addNameParts(of: expression, source: field)
        }
        // The entity's usual columns come after the ones asked for: a list of orders shows each
        // order's date, status and total whatever the question singled out.
        for column in entity.columns where !aliases.contains(Self.columnName(column)) {
            select.append(column)
            aliases.insert(Self.columnName(column))
            columns.append(.init(name: Self.columnName(column), role: .attribute, source: entity.name, format: nil))
            addNameParts(of: column.components(separatedBy: " AS ").first ?? column, source: entity.name)
        }

        var conditions = try recordConditions(plan, entity: entity) + (entity.filters ?? [])
        if let name = plan.rowsOf {
            // The metric's own conditions: refunds are the returns that were refunded.
            guard let metric = model.metric(named: name), let aggregate = metric.aggregate,
                  aggregate.table == table || (aggregate.filters ?? []).allSatisfy({ isReachable($0, from: table) }) else {
                throw CompileError(.unreachable, "Those records are not what \(name.replacingOccurrences(of: "_", with: " ")) adds up.")
            }
            conditions += aggregate.filters ?? []
        }
        let correlated = try correlatedConditions(plan, from: table)
        conditions += correlated.conditions
        let expressions = select + conditions.filter { !correlated.conditions.contains($0) } + correlated.anchors
        let from = try fromClause(base: table, expressions: expressions, outer: true)
        let orderField = try plan.orderBy.map { field throws(CompileError) in try fieldExpression(field, from: table) }
        let direction = plan.ascending ? "ASC" : "DESC"
        if let limit = plan.limit, plan.keepTies, let orderField {
            select.append("RANK() OVER (ORDER BY \(orderField) \(direction)) AS rank")
            columns.append(.init(name: "rank", role: .key, source: nil, format: nil))
            let inner = "SELECT " + select.joined(separator: ",\n       ") + "\n" + from + whereClause(conditions)
            let text = "SELECT * FROM (\n\(inner)\n) AS ranked\nWHERE rank <= \(limit)\nORDER BY rank, \(columns[min(1, columns.count - 1)].name)"
            return CompiledQuery(sql: text, columns: columns)
        }
        var text = "SELECT " + select.joined(separator: ",\n       ") + "\n" + from + whereClause(conditions)
        // Sorted by what was asked; else by date for dated records, else by name.
        var order: [String] = []
        if let orderField { order.append("\(orderField) \(direction)") }
        if let time = entity.time, plan.orderBy == nil { order.append(time) }
        order.append(entity.displayExpression)
        text += "\nORDER BY " + order.joined(separator: ", ")
        if let limit = plan.limit { text += "\nLIMIT \(limit)" }
        return CompiledQuery(sql: text, columns: columns)
    }

    /// The distinct values of a field, over the rows of `subject` when given ("countries we have
    /// warehouses in"), else over the field's own table.
    func compileDistinct(_ plan: QueryPlan) throws(CompileError) -> CompiledQuery {
        guard let name = plan.fields.first, let dimension = model.dimension(named: name) else {
            throw CompileError(.unknownDimension, "Which values should I list?")
        }
        let candidates = (plan.subject.flatMap { model.entity(named: $0)?.table }.map { [$0] } ?? [])
            + dimension.expressions.flatMap { SQLExpression.referencedTables($0, among: tableNames) }
            + model.entities.map(\.table)
        var chosen: (table: String, expression: String, conditions: [String])?
        for table in candidates {
            // "which payment methods did shoppers use at one store in 2025": the period on the
            // date of the records the values are read from.
            let dated = plan.period == nil || plan.dateField != nil ? nil : model.entities.first { $0.table == table && $0.time != nil }
            guard let expression = reachableExpression(of: dimension, from: table),
                  let conditions = try? recordConditions(plan, entity: dated, table: table) else { continue }
            chosen = (table, expression, conditions)
            break
        }
        guard let chosen else { throw CompileError(.unreachable, "Those fields cannot be combined in one question.") }
        let alias = SQLExpression.alias(dimension.name)
        let conditions = ["\(chosen.expression) IS NOT NULL"] + chosen.conditions
        let text = "SELECT DISTINCT \(chosen.expression) AS \(alias)\n"
            + (try fromClause(base: chosen.table, expressions: [chosen.expression] + conditions))
            + whereClause(conditions) + "\nORDER BY 1"
        return CompiledQuery(sql: text, columns: [.init(name: alias, role: .dimension, source: dimension.name, format: dimension.format)])
    }

    /// Value filters, field comparisons, record ids and the period on the records' own date.
    func recordConditions(_ plan: QueryPlan, entity: SemanticModel.Entity?, table: String? = nil) throws(CompileError) -> [String] {
        let base = table ?? entity?.table ?? ""
        var result: [String] = []
        for filter in plan.filters {
            result.append(Self.filterSQL(filter, expression: try fieldExpression(filter.dimension, from: base)))
        }
        for condition in plan.conditions { result.append(try conditionSQL(condition, from: base)) }
        result += try entitySQL(plan.entities, from: base)
        if let period = plan.period {
            // "products we discontinued in 2024": the period on the date the question names.
            let named = plan.dateField.flatMap { try? fieldExpression($0, from: base) }
            guard let time = named ?? entity?.time ?? plan.subject.flatMap({ model.entity(named: $0)?.time }) else {
                throw CompileError(.noTimeColumn, "These records have no date to limit to \(period.label).")
            }
            result.append("\(time) >= \(SQLExpression.literal(period.start)) AND \(time) < \(SQLExpression.literal(period.end))")
        }
        return result
    }
}
