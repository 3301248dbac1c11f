/// Records that must have or lack related rows: "customers who never placed an order", "stores
/// with zero FREESHIP orders", "suppliers that don't have a single discontinued product" — which
/// related rows count, and in which period.
extension PlanBuilder {
    /// Negated metrics and entities are related-record conditions on `owner`: "customers who never
    /// placed an order", "products with no reviews", "stores with no sales in 2023". A period right
    /// after one limits it, not the plan.
    mutating func applyRelated(owner: String) {
        relatedByQualifiedValue(owner: owner)
        for index in negated.sorted() where !reading.isUsed(index) {
            let entities = reading.entities(index).filter { $0 != owner }
            let metrics = reading.metrics(index)
            // "zero BLACKFRIDAY orders": what the shop counts as orders (not cancelled ones), when a
            // metric counting those records says so; "any sale counts, even refunded ones" asks for
            // every record, whatever the metric leaves out.
            let includesAll = reading.indices.contains { reading.has($0, .including) }
            let counting = includesAll ? nil : metrics.first { name in
                guard let metric = model.metric(named: name) else { return false }
                return metric.counts != nil && metric.counts == entities.first && metric.aggregate?.filters?.isEmpty == false
            }
            guard let through = counting ?? entities.first ?? metrics.first else { continue }
            plan.related.append(RelatedCondition(entity: owner, through: through, exists: false, period: claimPeriod(after: index)))
            reading.use(index)
        }
        // "customers who have never bought anything", "products that have never been ordered": a
        // verb of buying, or of an entity's own dated event, after the negation names the records.
        for index in reading.indices where reading.has(index, .negation) {
            // The verb right after, past "been", "have": linking verbs the lexer may file as function words.
            guard let verb = ((index + 1)..<min(index + 4, reading.spans.count)).first(where: { look in
                      reading.has(look, .linking) || !reading.isUsed(look) && (!reading.fields(look).isEmpty || !reading.spans[look].isFunction)
                  }), reading.entities(verb).isEmpty, reading.metrics(verb).isEmpty,
                  reading.values(verb).isEmpty, let through = eventEntity(verb), through != owner else { continue }
            plan.related.append(RelatedCondition(entity: owner, through: through, exists: false, period: claimPeriod(after: verb)))
            reading.use(index)
            reading.use(verb)
        }
    }

    /// "stores with no orders using the FREESHIP code", "warehouses that never handed a parcel to
    /// DPD": a filter on a field only the related rows reach (not the plan's own rows) says which
    /// related rows count.
    mutating func moveFiltersToRelated() {
        guard !plan.related.isEmpty else { return }
        let own = ([baseTable] + plan.metrics.map { navigator.table(ofMetric: $0) }).compactMap { $0 }
        // "online or in store" read as values of two fields is one list the plan cannot say; it stays
        // where it is, so the question is asked back.
        let listed = Set(plan.filters.map(\.dimension).filter { dimension in
            guard let position = filterPositions[dimension] else { return false }
            return plan.filters.contains { other in
                guard other.dimension != dimension, let otherPosition = filterPositions[other.dimension], abs(otherPosition - position) <= 2
                else { return false }
                return (min(position, otherPosition)..<max(position, otherPosition)).contains { reading.has($0, .conjunction(and: false)) }
            }
        })
        plan.filters.removeAll { filter in
            guard !listed.contains(filter.dimension), !own.contains(where: { navigator.reaches(filter.dimension, from: $0) }),
                  let index = plan.related.firstIndex(where: { related in
                      guard let owner = navigator.table(ofEntity: related.entity), !navigator.reaches(filter.dimension, from: owner),
                            let table = navigator.table(ofMetric: related.through) ?? navigator.table(ofEntity: related.through) else { return false }
                      return navigator.reaches(filter.dimension, from: table)
                  }) else { return false }
            plan.related[index].filters = (plan.related[index].filters ?? []) + [filter]
            // "didn't have a single cancelled order": the records themselves, when what the shop
            // counts as orders leaves those out.
            if navigator.contradicts(filter, metric: plan.related[index].through),
               let counted = model.metric(named: plan.related[index].through)?.counts {
                plan.related[index].through = counted
            }
            return true
        }
    }

    /// "never ordered in 2025": a period said just after the related records limits them, not the
    /// plan; it is taken out of the plan's periods.
    private mutating func claimPeriod(after index: Int) -> QueryPlan.Period? {
        // "didn't sell a single unit in December 2025": words of the same denial may stand between.
        guard let claimed = periods.firstIndex(where: { found in
            found.index > index && (found.index - index <= 4
                || found.index - index <= 8 && ((index + 1)..<found.index).allSatisfy { look in
                    // "no orders with the FREESHIP code in 2025": the values saying which rows count too.
                    reading.isUsed(look) || reading.spans[look].isFunction || !reading.values(look).isEmpty || reading.has(look, .conjunction(and: true))
                        || reading.fields(look).contains { field in plan.filters.contains { $0.dimension == field } }
                })
        }) else { return nil }
        // "no late-delivery returns on 2025 orders": a period that dates other records than the
        // related ones is no condition this can say; the noun is left unread, so it is asked back.
        let after = periods[claimed].index + 1
        if after < reading.spans.count, let other = reading.entities(after).first, !reading.entities(index).contains(other),
           model.entity(named: other)?.time != reading.entities(index).first.flatMap({ model.entity(named: $0)?.time }) {
            reading.require(after)
            unreadable.insert(after)
        }
        return periods.remove(at: claimed).period
    }

    /// Verbs of buying: what a shop's sales or orders record.
    private static let buyingVerbs: Set<String> = ["bought", "buy", "buys", "purchased", "purchase", "shopped", "ordered", "order"]

    /// The entity a verb's event is recorded by: the shop's sales documents for a verb of buying
    /// ("bought", "ordered"), else the records whose own date the verb names ("booked").
    private func eventEntity(_ index: Int) -> String? {
        let words = reading.words(index)
        if words.contains(where: Self.buyingVerbs.contains),
           let documents = model.metrics.first(where: { $0.format == .count && ($0.synonyms.contains("purchases") || $0.synonyms.contains("orders")) }) {
            if let counted = documents.counts { return counted }
            if let entity = model.entities.first(where: { $0.table == documents.table }) { return entity.name }
        }
        guard reading.has(index, .linking) || !reading.fields(index).isEmpty else { return nil }
        for field in reading.fields(index) where model.dimension(named: field)?.fieldType == .date {
            guard let table = model.dimension(named: field)?.expressions.first.flatMap({ navigator.tables(in: $0).first }),
                  let entity = model.entities.first(where: { $0.table == table }) else { continue }
            return entity.name
        }
        return nil
    }

    /// "which online stores took no cash payments at all in 2025": a denied value said with its
    /// own field's noun ("cash payments") names the records holding that field (orders paid in
    /// cash); the stores are those with none of them.
    private mutating func relatedByQualifiedValue(owner: String) {
        guard plan.kind == .records else { return }
        for index in negated.sorted() where !reading.values(index).isEmpty && reading.entities(index).isEmpty && reading.metrics(index).isEmpty {
            guard let next = reading.nextContent(index), reading.entities(next).isEmpty, reading.metrics(next).isEmpty,
                  let field = reading.values(index).map(\.field).first(where: reading.fields(next).contains),
                  let through = navigator.owner(of: field), through != owner,
                  let ownTable = navigator.table(ofEntity: owner), !navigator.reaches(field, from: ownTable),
                  let position = plan.filters.firstIndex(where: { $0.dimension == field && $0.negated }) else { continue }
            plan.filters[position].negated = false
            reading.use(next)
            negated.remove(index)
            negated.remove(next)
            plan.related.append(RelatedCondition(entity: owner, through: through, exists: false, period: claimPeriod(after: next)))
        }
    }
}
