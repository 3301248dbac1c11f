extension Interpreter {
    /// "which of those are books? product and on hand" after how many stock lines at Monterrey are
    /// at or below their reorder point: the lines that count listed — under its conditions and the
    /// previous question's filters — narrowed by what the question adds, with the fields it names.
    func countedRowsListed(_ reading: Reading, previous: QueryPlan, context: PlanningContext) -> PlannerOutcome? {
        let words = reading.tagged.words
        guard previous.kind == .metric, previous.dimensions.isEmpty, previous.grain == nil, previous.metrics.count == 1,
              let metric = model.metric(named: previous.metrics[0]), metric.format == .count, metric.aggregate != nil,
              let entity = navigator.countedEntity(of: previous.metrics[0]),
              zip(words, words.dropFirst()).contains(where: { ["which", "what"].contains($0) && $1 == "of" }),
              words.contains(where: { ["those", "them", "these"].contains($0) }) else { return nil }
        var builder = PlanBuilder(model: model, navigator: navigator, reading: reading, context: context)
        builder.knownFrame = .records(entity: entity)
        guard var plan = builder.build(), builder.reading.unused.isEmpty, plan.kind == .records else { return nil }
        plan.rowsOf = previous.metrics[0]
        plan.filters += previous.filters.filter { old in !plan.filters.contains { $0.dimension == old.dimension } }
        plan.entities += previous.entities.filter { old in !plan.entities.contains { $0.entity == old.entity } }
        if plan.period == nil, metric.time != nil { plan.period = previous.period }
        return .plan(plan, notes: ["continued from the previous question"])
    }
}
