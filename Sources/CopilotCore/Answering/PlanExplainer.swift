/// Explains in words how a question was read (the REPL's `/why`, HTTP clients): which metric, how
/// it is computed, the period and the date it was counted from, filters, breakdown, ranking.
public struct PlanExplainer: Sendable {
    public let model: SemanticModel

    public init(model: SemanticModel) {
        self.model = model
    }

    public func explain(_ plan: QueryPlan, asOf: CalendarDate, asOfSource: String) -> String {
        var lines: [String] = []
        switch plan.kind {
        case .lookup:
            lines.append("Look-up of " + plan.entities.map { "\($0.entity) \($0.id)" }.joined(separator: ", ")
                         + (plan.details == true ? " (its lines)" : "") + ".")
        case .list:
            lines.append("Listing the rows behind “\(plan.metrics.first.flatMap(model.metric(named:))?.displayName ?? "")”.")
        case .records, .distinct:
            lines.append(restate(plan) + ".")
        case .metric:
            for name in plan.metrics {
                guard let metric = model.metric(named: name) else { continue }
                lines.append("Metric: \(metric.displayName) — \(metric.description ?? metric.expression ?? "a ratio").")
            }
        }
        if let period = plan.period {
            var text = "Period: \(period.label) (\(period.start) up to, not including, \(period.end))"
            if period.relative == true { text += ", counted from \(asOf.iso) (\(asOfSource))" }
            if let field = plan.dateField { text += ", by \(model.dimension(named: field)?.displayName ?? field)" }
            lines.append(text + ".")
        } else if plan.kind == .metric {
            lines.append("Period: all data (no period in the question).")
        }
        if let compare = plan.comparePeriod { lines.append("Compared with: \(compare.label).") }
        for filter in plan.filters {
            let name = model.dimension(named: filter.dimension)?.displayName ?? filter.dimension
            let values = filter.values.isEmpty ? "any value" : filter.values.joined(separator: ", ")
            lines.append("Filter: \(name) \(filter.negated && !filter.values.isEmpty ? "is not" : "is") \(values).")
        }
        for filter in plan.shareFilters {
            lines.append("Share of the total coming from \(model.dimension(named: filter.dimension)?.displayName ?? filter.dimension) \(filter.values.joined(separator: ", ")).")
        }
        var groups = plan.dimensions.compactMap { model.dimension(named: $0)?.displayName }
        if let grain = plan.grain { groups.insert(grain.rawValue, at: 0) }
        if !groups.isEmpty { lines.append("Broken down by: \(groups.joined(separator: ", ")).") }
        if let limit = plan.limit { lines.append("Ranking: \(plan.ascending ? "bottom" : "top") \(limit).") }
        return lines.joined(separator: "\n")
    }
}
