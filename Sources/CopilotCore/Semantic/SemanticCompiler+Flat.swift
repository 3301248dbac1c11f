import Foundation

extension SemanticCompiler {
    /// One SELECT when every metric is a simple aggregate over the same table, filters and time
    /// column and the plan needs no second period or part. Nil when the plan needs the composite form.
    func compileFlat(_ plan: QueryPlan, metrics: [SemanticModel.Metric]) throws(CompileError) -> CompiledQuery? {
        guard plan.comparePeriod == nil, plan.shareFilters.isEmpty else { return nil }
        let aggregates = metrics.compactMap(\.aggregate)
        guard aggregates.count == metrics.count, let first = aggregates.first,
              aggregates.allSatisfy({ $0.table == first.table && $0.filters == first.filters && $0.time == first.time })
        else { return nil }
        if plan.share && !metrics.allSatisfy({ $0.additive == true }) {
            throw CompileError(.unsupported, "Shares only make sense for metrics that add up, such as revenue or orders.")
        }

        let baseGroups = try groupings(for: plan, on: first, required: true).compactMap { $0 }
        let part = Part(aggregate: first, period: plan.period)
        let correlated = try correlatedConditions(plan, from: first.table)
        var pieces = AggregatePieces(table: first.table, groups: baseGroups, measures: aggregates.map(\.expression),
                                     conditions: try conditions(for: part, plan: plan) + baseGroups.filter { !$0.isTime }.map { "\($0.label) IS NOT NULL" })
        // Subqueries name base tables, so a plan with them never reads a rollup.
        if correlated.conditions.isEmpty, let rollup = overRollup(pieces, plan: plan) { pieces = rollup }
        let groups = pieces.groups

        var select: [String] = []
        var columns: [CompiledQuery.Column] = []
        var groupBy: [String] = []
        for group in groups {
            select.append("\(group.label) AS \(group.alias)")
            columns.append(.init(name: group.alias, role: group.isTime ? .time : .dimension, source: group.source, format: nil))
            groupBy.append(group.label)
            if let key = group.key {
                select.append("\(key) AS \(group.alias)_id")
                columns.append(.init(name: "\(group.alias)_id", role: .key, source: group.source, format: nil))
                groupBy.append(key)
            }
            for part in SQLExpression.nameParts(group.label) {
                let alias = Self.columnName(part)
                guard !columns.contains(where: { $0.name == alias }) else { continue }
                select.append("\(part) AS \(alias)")
                columns.append(.init(name: alias, role: .key, source: group.source, format: nil))
                groupBy.append(part)
            }
        }
        for (metric, measure) in zip(metrics, pieces.measures) {
            select.append("\(measure) AS \(metric.columnName)")
            columns.append(.init(name: metric.columnName, role: .metric, source: metric.name, format: metric.format))
        }
        // "revenue per store": the total and the count it divides go next to the ratio, so the
        // figure can be checked (and a small count spotted) at a glance. Not over a rollup, whose
        // measures are rewritten.
        if pieces.rollup == nil {
            for metric in metrics {
                for component in ratioComponents(of: metric) where !columns.contains(where: { $0.name == component.name }) {
                    select.append("\(component.expression) AS \(component.name)")
                    columns.append(.init(name: component.name, role: .attribute, source: metric.name, format: component.format))
                }
            }
        }
        if plan.share, let metric = metrics.first, let measure = pieces.measures.first {
            select.append("\(sql.ratio(measure, "SUM(\(measure)) OVER ()")) AS share")
            columns.append(.init(name: "share", role: .share, source: metric.name, format: .percent))
        }

        let expressions = groups.flatMap { [$0.label] + ($0.key.map { [$0] } ?? []) } + pieces.measures + pieces.conditions + correlated.anchors
        let measureOf = Dictionary(uniqueKeysWithValues: zip(metrics.map(\.name), pieces.measures))
        let having = try plan.having.map { condition throws(CompileError) -> String in
            guard let measure = measureOf[condition.metric] else {
                throw CompileError(.unsupported, "A condition on \(condition.metric) needs that metric in the question.")
            }
            return try havingSQL(condition, value: measure)
        }
        var text = "SELECT " + select.joined(separator: ",\n       ")
        let body = "\n" + (try fromClause(base: pieces.table, expressions: expressions))
            + whereClause(pieces.conditions + correlated.conditions)
            + (groupBy.isEmpty ? "" : "\nGROUP BY " + groupBy.joined(separator: ", "))
            + (having.isEmpty ? "" : "\nHAVING " + having.joined(separator: " AND "))
        if let limit = plan.limit, plan.keepTies, let measure = pieces.measures.first {
            // Every group tied with the last one kept: rank, then keep ranks up to the limit.
            text += ",\n       RANK() OVER (ORDER BY \(measure) \(plan.ascending ? "ASC" : "DESC")) AS rank" + body
            columns.append(.init(name: "rank", role: .key, source: nil, format: nil))
            let labels = groups.map(\.alias)
            text = "SELECT * FROM (\n\(text)\n) AS ranked\nWHERE rank <= \(limit)\nORDER BY " + (["rank"] + labels).joined(separator: ", ")
            return CompiledQuery(sql: text, columns: columns, rollups: pieces.rollup.map { [$0] } ?? [])
        }
        text += body
        text += orderClause(plan: plan, groups: groups, valueExpression: metrics.first!.columnName, aggregated: true)
        if let limit = plan.limit { text += "\nLIMIT \(limit)" }
        return CompiledQuery(sql: text, columns: columns, rollups: pieces.rollup.map { [$0] } ?? [])
    }

    /// Time buckets ascending; otherwise the first metric (descending unless asked otherwise) with
    /// labels as the tie-break.
    func orderClause(plan: QueryPlan, groups: [Grouping], valueExpression: String, aggregated: Bool) -> String {
        guard !groups.isEmpty else { return "" }
        var keys: [String] = []
        // "which month was best", "top 3 weeks": a limit ranks the buckets by value.
        if groups.contains(where: \.isTime), plan.limit == nil {
            for group in groups where group.isTime {
                if let sortKey = group.sortKey {
                    keys.append(aggregated ? "MIN(\(sortKey))" : group.alias + "_sort")
                } else {
                    keys.append(group.alias)
                }
            }
            if groups.count > 1 { keys.append("\(valueExpression) \(plan.ascending ? "ASC" : "DESC")") }
        } else {
            keys.append("\(valueExpression) \(plan.ascending ? "ASC" : "DESC")")
        }
        keys += groups.filter { !$0.isTime }.map(\.alias)
        return "\nORDER BY " + keys.joined(separator: ", ")
    }

    // MARK: Look-ups and listings

    func compileLookup(_ plan: QueryPlan) throws(CompileError) -> CompiledQuery {
        guard let filter = plan.entities.first, let entity = model.entity(named: filter.entity) else {
            throw CompileError(.unknownEntity, "Which record should I look up?")
        }
        let value = Int64(filter.id).map(String.init) ?? SQLExpression.literal(filter.id)
        if plan.details == true, let details = entity.details {
            let condition = "\(details.key) = \(value)"
            let text = "SELECT " + details.columns.joined(separator: ",\n       ") + "\n"
                + (try fromClause(base: details.table, expressions: details.columns + [condition], outer: true))
                + whereClause([condition]) + "\nORDER BY 1"
            let columns = details.columns.map { CompiledQuery.Column(name: Self.columnName($0), role: .attribute, source: entity.name, format: nil) }
            return CompiledQuery(sql: text, columns: columns)
        }
        let condition = "\(entity.key) = \(value)"
        // "which carrier shipped order 88000": the asked-for attributes come first, when reachable.
        let asked = plan.dimensions.compactMap { name -> String? in
            guard let dimension = model.dimension(named: name),
                  let expression = reachableExpression(of: dimension, from: entity.table) else { return nil }
            let alias = SQLExpression.alias(dimension.name)
            return entity.columns.contains(where: { Self.columnName($0) == alias }) ? nil : "\(expression) AS \(alias)"
        }
        let selected = entity.columns.prefix(1) + asked + entity.columns.dropFirst()
        let text = "SELECT " + selected.joined(separator: ",\n       ") + "\n"
            + (try fromClause(base: entity.table, expressions: Array(selected) + [condition], outer: true))
            + whereClause([condition])
        let columns = selected.map { CompiledQuery.Column(name: Self.columnName($0), role: .attribute, source: entity.name, format: nil) }
        return CompiledQuery(sql: text, columns: columns)
    }

    func compileList(_ plan: QueryPlan) throws(CompileError) -> CompiledQuery {
        guard let name = plan.metrics.first, let metric = model.metric(named: name),
              let aggregate = metric.aggregate, let ownColumns = metric.listColumns else {
            throw CompileError(.unsupported, "That cannot be listed row by row.")
        }
        let conditions = try conditions(for: Part(aggregate: aggregate, period: plan.period), plan: plan)
        // "… with on hand and reorder point": the fields asked for, after the metric's own columns.
        let asked = plan.fields.compactMap { name -> String? in
            guard let dimension = model.dimension(named: name),
                  let expression = reachableExpression(of: dimension, from: aggregate.table) else { return nil }
            let alias = SQLExpression.alias(dimension.name)
            return ownColumns.contains(where: { Self.columnName($0) == alias }) ? nil : "\(expression) AS \(alias)"
        }
        let listColumns: [String] = ownColumns + asked
        var text = "SELECT " + listColumns.joined(separator: ",\n       ") + "\n"
            + (try fromClause(base: aggregate.table, expressions: listColumns + conditions))
            + whereClause(conditions)
            + "\nORDER BY " + (1...min(2, listColumns.count)).map(String.init).joined(separator: ", ")
        if let limit = plan.limit { text += "\nLIMIT \(limit)" }
        let columns = listColumns.map { CompiledQuery.Column(name: Self.columnName($0), role: .attribute, source: metric.name, format: nil) }
        return CompiledQuery(sql: text, columns: columns)
    }

    /// The result column name of a select-list item (`expr AS name` or `table.column`).
    /// The total and the record count a `per:metric/entity` ratio divides; empty for other metrics.
    func ratioComponents(of metric: SemanticModel.Metric) -> [(name: String, expression: String, format: SemanticModel.Format?)] {
        guard let (base, entity) = model.ratioParts(of: metric.name), let expression = base.expression,
              base.table == metric.table, (base.filters ?? []) == (metric.filters ?? []) else { return [] }
        return [(base.columnName, expression, base.format),
                (SQLExpression.alias(SemanticModel.pluralNoun(entity.name)), "COUNT(DISTINCT \(entity.key))", .count)]
    }

    static func columnName(_ item: String) -> String {
        if let range = item.range(of: " AS ", options: [.caseInsensitive, .backwards]) {
            return String(item[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        return item.split(separator: ".").last.map(String.init) ?? item
    }
}
