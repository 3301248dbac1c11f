/// A question that continues the previous one: "and last year?", "only online", "by month
/// instead", "top 3 instead", "what about Europe?". The previous plan is kept and changed by
/// what the new question says; references to the previous answer's rows ("the first one",
/// "their loyalty tier") are resolved by ``ResultReference``.
struct FollowUp {
    var builder: PlanBuilder
    let previous: QueryPlan

    init(model: SemanticModel, navigator: SchemaNavigator, reading: Reading, context: PlanningContext, previous: QueryPlan) {
        builder = PlanBuilder(model: model, navigator: navigator, reading: reading, context: context)
        self.previous = previous
    }

    /// Whether `reading` reads as a follow-up of `previous` rather than a new question: it opens
    /// with a follow-up word ("and", "what about", "only", "instead"), or it names no metric,
    /// entity or field of its own but changes something (a period, a value, a breakdown, a limit).
    static func applies(to reading: Reading, previous: QueryPlan) -> Bool {
        let first = reading.indices.first { !reading.spans[$0].roles.allSatisfy { $0 == .filler } }
        if let first, reading.has(first, .followUp) || reading.has(first, .conjunction(and: true)) { return true }
        if reading.indices.contains(where: { reading.has($0, .followUp) && reading.spans[$0].text.lowercased() == "instead" }) { return true }
        let heads = reading.indices.contains { index in
            (!reading.metrics(index).isEmpty || !reading.entities(index).isEmpty || !reading.fields(index).isEmpty)
                && reading.values(index).isEmpty && reading.record(index) == nil
        }
        if !heads { return true }
        // "what about by month" / "break that down by region": only a breakdown.
        let onlyBreakdown = reading.indices.allSatisfy { index in
            reading.spans[index].isFunction || reading.has(index, .grouping) || reading.has(index, .reference) || reading.has(index, .list)
                || !reading.fields(index).isEmpty || reading.has(index, .followUp)
        }
        return onlyBreakdown
    }

    /// The previous plan changed by this question, or nil when it changes nothing.
    mutating func merge() -> QueryPlan? {
        // A fresh reading of what this question names, then laid over the previous plan.
        var fresh = builder
        fresh.plan = QueryPlan()
        let freshPlan = fresh.build()
        builder.reading = fresh.reading
        builder.notes = fresh.notes
        var plan = previous
        let replacing = builder.reading.tagged.words.contains("instead") || builder.reading.tagged.words.contains("rather")
        let about = zip(builder.reading.tagged.words, builder.reading.tagged.words.dropFirst()).contains { $0 == ("what", "about") || $0 == ("how", "about") }
        guard let freshPlan else {
            return applyTime(to: &plan, from: fresh) ? plan : nil
        }
        if !freshPlan.metrics.isEmpty, freshPlan.kind == .metric {
            plan.metrics = freshPlan.metrics
            if plan.kind != .metric { plan = QueryPlan(kind: .metric, metrics: freshPlan.metrics, filters: plan.filters, entities: plan.entities) }
        }
        if freshPlan.kind != .metric, freshPlan.kind != plan.kind || freshPlan.subject != plan.subject {
            var records = freshPlan
            records.filters = mergeFilters(plan.filters, freshPlan.filters, replacing: replacing || about)
            return records
        }
        plan.filters = mergeFilters(plan.filters, freshPlan.filters, replacing: replacing || about)
        plan.conditions += freshPlan.conditions
        plan.having += freshPlan.having
        plan.related += freshPlan.related
        if !freshPlan.entities.isEmpty { plan.entities = freshPlan.entities }
        if !freshPlan.dimensions.isEmpty, freshPlan.dimensions != plan.metrics {
            if freshPlan.dimensions != plan.dimensions, freshPlan.limit == nil { plan.limit = nil; plan.keepTies = false }
            plan.dimensions = freshPlan.dimensions
            if replacing, freshPlan.grain == nil { plan.grain = nil }
        }
        if let grain = freshPlan.grain {
            plan.grain = grain
            if replacing, freshPlan.dimensions.isEmpty { plan.dimensions = [] }
        }
        if let limit = freshPlan.limit {
            plan.limit = limit
            plan.ascending = freshPlan.ascending
            plan.keepTies = freshPlan.keepTies
        }
        if freshPlan.share { plan.share = true }
        if !freshPlan.shareFilters.isEmpty { plan.shareFilters = freshPlan.shareFilters }
        if freshPlan.period != nil || freshPlan.comparePeriod != nil {
            plan.period = freshPlan.period
            plan.comparePeriod = freshPlan.comparePeriod
            if plan.comparePeriod == nil, builder.reading.indices.contains(where: { builder.reading.has($0, .comparison) }),
               let old = previous.period, let new = freshPlan.period, old != new {
                // "compare with 2023" after "revenue in 2024": side by side.
                if new.start < old.start { plan.period = old; plan.comparePeriod = new } else { plan.comparePeriod = old }
            }
        }
        if builder.reading.tagged.words.contains(where: { ["total", "overall", "altogether", "combined"].contains($0) }),
           freshPlan.dimensions.isEmpty, freshPlan.grain == nil {
            plan.dimensions = []
            plan.grain = nil
            plan.limit = nil
        }
        return plan
    }

    /// Only a time change ("and last year?", "the month before?").
    private func applyTime(to plan: inout QueryPlan, from reading: PlanBuilder) -> Bool {
        var changed = false
        if let period = reading.periods.first?.period {
            plan.period = period
            plan.comparePeriod = nil
            changed = true
        }
        if reading.reading.indices.contains(where: { reading.reading.spans[$0].meanings.contains(.previousPeriod) }), let old = previous.period {
            plan.period = Periods.before(old)
            changed = true
        }
        if let grain = reading.plan.grain {
            plan.grain = grain
            changed = true
        }
        return changed
    }

    /// New filters replace the previous ones on the same field (and, after "instead" or "what
    /// about", on fields of the same group: "what about Europe" after "in France").
    private func mergeFilters(_ old: [QueryPlan.Filter], _ new: [QueryPlan.Filter], replacing: Bool) -> [QueryPlan.Filter] {
        var result = old
        let groups = Set(new.compactMap { builder.model.dimension(named: $0.dimension)?.group })
        for filter in new {
            result.removeAll { existing in
                existing.dimension == filter.dimension
                    || (replacing && builder.model.dimension(named: existing.dimension)?.group.map(groups.contains) == true)
            }
            result.append(filter)
        }
        return result
    }

    /// Content this question named that neither the fresh reading nor the merge placed.
    func unusedContent() -> [Int]? {
        builder.reading.unused
    }
}
