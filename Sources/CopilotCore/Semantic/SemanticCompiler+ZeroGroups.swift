extension SemanticCompiler {
    /// "how many products from each brand": a count of records per record they point at, with the
    /// groups that have none (a brand with no products is 0, not missing). Read from the groups'
    /// table with the counted records joined on, so every group is a row. Nil unless the plan is
    /// exactly that — one plain count, one named grouping one key away, nothing that would need the
    /// counted records in a WHERE clause.
    func compileZeroCountGroups(_ plan: QueryPlan, metrics: [SemanticModel.Metric]) throws(CompileError) -> CompiledQuery? {
        guard plan.kind == .metric, metrics.count == 1, let metric = metrics.first, let counted = metric.counts,
              let entity = model.entity(named: counted), let aggregate = metric.aggregate,
              aggregate.expression.replacingOccurrences(of: " ", with: "") == "COUNT(*)", (aggregate.filters ?? []).isEmpty,
              plan.period == nil, plan.comparePeriod == nil, plan.grain == nil, plan.filters.isEmpty, plan.conditions.isEmpty,
              plan.having.isEmpty, plan.related.isEmpty, plan.entities.isEmpty, plan.shareFilters.isEmpty, !plan.share,
              plan.limit == nil, plan.rankByChange == nil, plan.dimensions.count == 1,
              let group = try grouping(plan.dimensions[0], on: aggregate, required: false), !group.isTime, let key = group.key,
              SQLExpression.nameParts(group.label).isEmpty
        else { return nil }
        let groupTables = Set(SQLExpression.referencedTables(group.label, among: tableNames) + SQLExpression.referencedTables(key, among: tableNames))
        guard groupTables.count == 1, let parent = groupTables.first, parent != aggregate.table,
              let steps = graph.steps(from: aggregate.table, reaching: [parent]), steps.count == 1, steps[0].table == parent
        else { return nil }
        let measure = "COUNT(\(entity.key))"
        let text = "SELECT \(group.label) AS \(group.alias),\n       \(key) AS \(group.alias)_id,\n       \(measure) AS \(metric.columnName)\n"
            + "FROM \(tableReference(parent))\nLEFT JOIN \(tableReference(aggregate.table)) ON \(steps[0].condition)"
            + whereClause(["\(group.label) IS NOT NULL"])
            + "\nGROUP BY \(group.label), \(key)"
            + "\nORDER BY \(metric.columnName) \(plan.ascending ? "ASC" : "DESC"), \(group.alias)"
        let columns: [CompiledQuery.Column] = [
            .init(name: group.alias, role: .dimension, source: group.source, format: nil),
            .init(name: "\(group.alias)_id", role: .key, source: group.source, format: nil),
            .init(name: metric.columnName, role: .metric, source: metric.name, format: metric.format),
        ]
        return CompiledQuery(sql: text, columns: columns)
    }
}
