/// Conditions beyond value filters: comparisons on fields ("priced above 100"), records with or
/// without related rows ("products never ordered"), and comparisons on a metric per group.
extension SemanticCompiler {
    /// `field op value` for a query whose rows come from `table`.
    func conditionSQL(_ condition: Condition, from table: String) throws(CompileError) -> String {
        let left = try fieldExpression(condition.field, from: table)
        func operand(_ value: ConditionValue) throws(CompileError) -> String {
            switch value {
            case .number(let number): Self.number(number)
            case .text(let text): SQLExpression.literal(text)
            case .date(let date): SQLExpression.literal(date)
            case .field(let other): try fieldExpression(other, from: table)
            }
        }
        if condition.op == .present { return "\(left) IS NOT NULL" }
        if condition.op == .absent { return "\(left) IS NULL" }
        guard let first = condition.values.first else { throw CompileError(.unsupported, "A comparison needs a value.") }
        switch condition.op {
        case .between:
            guard condition.values.count == 2 else { throw CompileError(.unsupported, "“Between” needs two values.") }
            return "\(left) BETWEEN \(try operand(first)) AND \(try operand(condition.values[1]))"
        case .contains:
            guard case .text(let text) = first else { throw CompileError(.unsupported, "Only text can contain words.") }
            let escaped = text.lowercased().replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: " ")
            return "LOWER(\(left)) LIKE \(SQLExpression.literal("%" + escaped + "%"))"
        case .equal, .notEqual:
            if case .text = first {
                // Names and codes compare without regard to case: "paris rivoli" is "Paris Rivoli".
                return "LOWER(\(left)) \(condition.op.rawValue) LOWER(\(try operand(first)))"
            }
            return "\(left) \(condition.op.rawValue) \(try operand(first))"
        default:
            return "\(left) \(condition.op.rawValue) \(try operand(first))"
        }
    }

    /// `key = id` per named record, `key IN (…)` for several records of one entity ("their orders"
    /// after a list of customers), for rows that come from `table`.
    func entitySQL(_ filters: [QueryPlan.EntityFilter], from table: String) throws(CompileError) -> [String] {
        var order: [String] = []
        var ids: [String: [String]] = [:]
        for filter in filters {
            if ids[filter.entity] == nil { order.append(filter.entity) }
            if ids[filter.entity]?.contains(filter.id) != true { ids[filter.entity, default: []].append(filter.id) }
        }
        return try order.map { (name: String) throws(CompileError) -> String in
            guard let entity = model.entity(named: name) else { throw CompileError(.unknownEntity, "Unknown entity '\(name)'.") }
            guard isReachable(entity.key, from: table) else {
                throw CompileError(.unreachable, "These rows cannot be narrowed to one \(entity.name.replacingOccurrences(of: "_", with: " ")).")
            }
            let values = (ids[name] ?? []).map { Int64($0).map(String.init) ?? SQLExpression.literal($0) }
            return values.count == 1 ? "\(entity.key) = \(values[0])" : "\(entity.key) IN (\(values.joined(separator: ", ")))"
        }
    }

    /// A field's expression reachable from `table`.
    func fieldExpression(_ name: String, from table: String) throws(CompileError) -> String {
        guard let dimension = model.dimension(named: name) else { throw CompileError(.unknownDimension, "Unknown field '\(name)'.") }
        guard let expression = reachableExpression(of: dimension, from: table) else {
            throw CompileError(.unreachable, "\(dimension.displayName.capitalizedFirst) cannot be combined with that.")
        }
        return expression
    }

    /// `[NOT] EXISTS (…)`: the related rows of `condition.through` that point at the current row of
    /// the entity's table, with the metric's own filters and the period on its date.
    func relatedSQL(_ condition: RelatedCondition) throws(CompileError) -> String {
        guard let owner = model.entity(named: condition.entity) else {
            throw CompileError(.unknownEntity, "Unknown entity '\(condition.entity)'.")
        }
        let table: String
        var filters: [String] = []
        var time: String?
        var measure = "COUNT(*)"
        if let metric = model.metric(named: condition.through), let aggregate = metric.aggregate ?? metric.numerator {
            table = aggregate.table
            filters = aggregate.filters ?? []
            time = aggregate.time
            measure = aggregate.expression
        } else if let related = model.entity(named: condition.through) {
            table = related.table
            time = related.time
        } else {
            throw CompileError(.unknownMetric, "Unknown metric or entity '\(condition.through)'.")
        }
        var conditions = filters
        for filter in condition.filters ?? [] {
            conditions.append(Self.filterSQL(filter, expression: try fieldExpression(filter.dimension, from: table)))
        }
        if let period = condition.period {
            guard let time else { throw CompileError(.noTimeColumn, "That has no date to limit to \(period.label).") }
            conditions.append("\(time) >= \(SQLExpression.literal(period.start)) AND \(time) < \(SQLExpression.literal(period.end))")
        }
        let needed = conditions.flatMap { SQLExpression.referencedTables($0, among: tableNames) }.filter { $0 != owner.table }
        guard let steps = graph.steps(from: table, reaching: needed + [owner.table]), let last = steps.last(where: { $0.table == owner.table })
        else {
            throw CompileError(.unreachable, "\(condition.through.replacingOccurrences(of: "_", with: " ").capitalizedFirst) is not related to \(owner.name)s.")
        }
        // The step into the entity's own table is the correlation with the outer query's row.
        var from = " FROM " + tableReference(table)
        for step in steps where step.table != owner.table {
            from += " JOIN \(tableReference(step.table)) ON \(step.condition)"
        }
        from += " WHERE " + ([last.condition] + conditions).joined(separator: " AND ")
        if let threshold = condition.threshold {
            // "placed 5 or more orders": the related rows' metric for this record, compared.
            let value = "COALESCE((SELECT \(measure)\(from)), 0)"
            return try havingSQL(MetricCondition(metric: condition.through, op: threshold.op, values: threshold.values), value: value)
        }
        return (condition.exists ? "EXISTS (SELECT 1" : "NOT EXISTS (SELECT 1") + from + ")"
    }

    /// `metric op value` on an aggregate expression (HAVING, or a filter over computed columns).
    func havingSQL(_ condition: MetricCondition, value: String) throws(CompileError) -> String {
        if condition.op == .present { return "\(value) IS NOT NULL" }
        if condition.op == .absent { return "\(value) IS NULL" }
        guard let first = condition.values.first else { throw CompileError(.unsupported, "A comparison needs a value.") }
        switch condition.op {
        case .between:
            guard condition.values.count == 2 else { throw CompileError(.unsupported, "“Between” needs two values.") }
            return "\(value) BETWEEN \(Self.number(first)) AND \(Self.number(condition.values[1]))"
        case .contains:
            throw CompileError(.unsupported, "A number cannot contain words.")
        default:
            return "\(value) \(condition.op.rawValue) \(Self.number(first))"
        }
    }

    /// A number as SQL: integers without a fraction, others with enough digits.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
