/// Plans that use every word yet cannot be what was asked: the answer would be confidently
/// wrong, so the words that went astray are asked about instead.
extension PlanBuilder {
    /// The spans a finished plan misreads, or none when it makes sense.
    func misread(_ plan: QueryPlan) -> [Int] {
        // "top 3 members by total amount spent" read as the count of members, top 3: a ranking
        // of one figure ranks nothing.
        if plan.kind == .metric, plan.limit != nil, plan.dimensions.isEmpty, plan.grain == nil,
           plan.comparePeriod == nil, plan.rankByChange == nil {
            let ranking = reading.all { reading.superlative($0) != nil || reading.has($0, .grouping) }
            if !ranking.isEmpty { return ranking }
        }
        // "who wrote Good Omens", "who works at the Lyon branch": a "who" answered with the very
        // record the question names, which is no person, answers nothing.
        if let who = reading.first(where: { reading.question($0) == .who }), plan.kind == .records || plan.kind == .lookup,
           plan.fields.isEmpty, let subject = plan.subject, model.entity(named: subject)?.person != true {
            let display = navigator.displayField(of: subject)
            // The record named by its name or by a field of its own ("the Trois-Rivières branch").
            let table = navigator.table(ofEntity: subject)
            let namesItself = plan.entities.contains { $0.entity == subject } || plan.filters.contains { filter in
                !filter.negated && (filter.dimension == display || table.map { navigator.distance(filter.dimension, from: $0) == 0 } == true)
            }
            if namesItself { return [who] + reading.all { reading.has($0, .linking) } }
        }
        // "what did gift card payments bring in": the values of a field the question fixes to one
        // value list that value back, which answers nothing.
        if plan.kind == .distinct, let field = plan.fields.first,
           plan.filters.contains(where: { $0.dimension == field && !$0.negated && $0.values.count == 1 }) {
            let named = reading.all { reading.values($0).contains { $0.field == field } }
            return named + reading.all { reading.has($0, .linking) && !reading.spans[$0].isFunction }
        }
        // "customers in Newport, Shropshire (not Newport in Gwent)": one value both kept and left
        // out contradicts itself; the negation's reach was misread.
        for kept in plan.filters where !kept.negated {
            let column = model.dimension(named: kept.dimension)?.expressions
            guard let left = plan.filters.first(where: { filter in
                filter.negated && (filter.dimension == kept.dimension || column != nil && model.dimension(named: filter.dimension)?.expressions == column)
                    && !Set(filter.values).isDisjoint(with: kept.values)
            })
            else { continue }
            let said = Set(left.values).intersection(kept.values)
            return reading.all { index in reading.values(index).contains { said.contains($0.value) } || reading.has(index, .negation) }
        }
        return []
    }
}
