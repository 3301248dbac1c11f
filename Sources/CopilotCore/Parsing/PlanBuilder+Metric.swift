/// Aggregates: which metrics, for which groups, ranked how, with which conditions.
extension PlanBuilder {
    mutating func buildMetric() -> Bool {
        plan.kind = .metric
        let head = head()
        chooseMetrics(head: head)
        countCommonestValue()
        preferMoneyForHowMuch()
        preferMoneyForSpending()
        preferNamedMeasure()
        answerHowLong()
        // Comparisons on a metric per group ("customers with more than 65 orders") bring their metric.
        baseTable = plan.metrics.first.flatMap(navigator.table(ofMetric:))
        applyComparisons(grouped: true)
        if plan.metrics.isEmpty { chooseMetricSaidLikeAValue() }
        if plan.metrics.isEmpty { chooseFallbackMetric(head: head) }
        guard let first = plan.metrics.first else { return false }
        baseTable = navigator.table(ofMetric: first)
        subjectEntity = subjectEntity ?? navigator.countedEntity(of: first)
        if let head, !reading.isUsed(head) { groupByHead(head) }
        dropDatingNoun()
        dropContextCounts()
        keepNarrowerCount()
        // "who placed the most orders": the people the model knows, when nothing else is named.
        if plan.dimensions.isEmpty, asksWho,
           let person = model.entities.first(where: { $0.person == true }),
           !plan.metrics.contains(where: { navigator.countedEntity(of: $0) == person.name }),
           let field = navigator.displayField(of: person.name),
           plan.metrics.contains(where: { navigator.metric($0, reaches: person.name) }) {
            plan.dimensions = [field]
            subjectEntity = subjectEntity ?? person.name
            for index in reading.indices where !reading.isUsed(index) && reading.entities(index) == [person.name] { reading.use(index) }
        }
        applyValues()
        applyPresence()
        applyRecordIDs()
        applyComparisons(grouped: true)
        countRelatedRowsWhereOnlyTheyReach()
        if let owner = relatedOwner() { applyRelated(owner: owner) }
        applyRatios()
        consumeMetricNouns()
        applyGroupings()
        splitRepeatedQuestion()
        if let field = comparedField, !plan.dimensions.contains(field) { plan.dimensions.append(field) }
        // "what did customer 77 buy": the things bought, not their total.
        if plan.dimensions.isEmpty, plan.grain == nil, asksWhatDid, let listBy = plan.metrics.first.flatMap({ model.metric(named: $0)?.listBy }) {
            plan.dimensions = [listBy]
        }
        consumeContext()
        reachAlternativeMetrics()
        // A metric switched to other records ("came back as defective": returns) may leave the
        // noun that dated them a second figure.
        dropContextCounts()
        applyRanking(head: head)
        applyMovement(head: head)
        applyShare()
        listRowsIfAsked()
        return true
    }

    /// "what did the stores sell in 2025, in revenue terms": a measure named by its noun beats the
    /// one a verb implies ("sell" is units), which was never asked for on its own.
    mutating func preferNamedMeasure() {
        guard plan.metrics.count > 1 else { return }
        // Only a verb names it: "how many units did we sell" names units by their noun too.
        let verbal = plan.metrics.filter { name in
            metricSpans[name].map { reading.has($0, .linking) } == true
                && !reading.indices.contains { reading.metrics($0).contains(name) && !reading.has($0, .linking) }
        }
        let named = plan.metrics.filter { name in metricSpans[name].map { !reading.has($0, .linking) && reading.entities($0).isEmpty } == true }
        guard !verbal.isEmpty, !named.isEmpty else { return }
        let tables = Set(named.compactMap(navigator.table(ofMetric:)))
        for metric in verbal where navigator.table(ofMetric: metric).map(tables.contains) == true && !plan.having.contains(where: { $0.metric == metric }) {
            plan.metrics.removeAll { $0 == metric }
            metricSpans[metric] = nil
        }
    }

    /// "how many items are below their reorder point at the Duisburg hub": the products counted
    /// have low stock only at a warehouse, which the stock rows name and the products do not. The
    /// rows themselves are counted there (one per product and warehouse), not products with some.
    mutating func countRelatedRowsWhereOnlyTheyReach() {
        guard plan.metrics.count == 1, plan.dimensions.isEmpty, plan.related.count == 1, let related = plan.related.first,
              related.exists, related.threshold == nil, let through = model.metric(named: related.through), through.format == .count,
              let subjectTable = navigator.table(ofEntity: related.entity), let rowsTable = navigator.table(ofMetric: related.through),
              model.metric(named: plan.metrics[0])?.counts == related.entity, !plan.filters.isEmpty,
              plan.filters.contains(where: { !navigator.reaches($0.dimension, from: subjectTable) }),
              plan.filters.allSatisfy({ navigator.reaches($0.dimension, from: rowsTable) }) else { return }
        plan.metrics = [related.through]
        if plan.period == nil { plan.period = related.period }
        plan.related = []
    }

    /// "average units per order", "orders per customer by loyalty tier": a metric divided by the
    /// number of records it covers — when an average is asked for or the question breaks down by
    /// something else; "revenue per store" on its own is a breakdown by store.
    mutating func applyRatios() {
        for index in reading.indices where !reading.isUsed(index) && reading.has(index, .grouping) {
            guard reading.spans[index].text.lowercased() == "per", let target = reading.nextContent(index),
                  let measured = reading.previousContent(index), plan.metrics.contains(where: { metricSpans[$0] == measured }),
                  let entity = reading.entities(target).first ?? reading.metrics(target).compactMap({ navigator.countedEntity(of: $0) }).first
            else { continue }
            // "revenue per active customer": the customers are the divisor, not a second metric.
            if reading.isUsed(target) {
                guard let counted = plan.metrics.first(where: { metricSpans[$0] == target }) else { continue }
                plan.metrics.removeAll { $0 == counted }
            }
            guard let position = plan.metrics.firstIndex(where: { metricSpans[$0] == measured }) else { continue }
            let metric = plan.metrics[position]
            let averaged = reading.previousContent(measured).map { reading.has($0, .average) } ?? false
            let brokenDown = reading.indices.contains { other in
                other != index && reading.has(other, .grouping) && reading.nextContent(other) != target
            }
            guard averaged || brokenDown else { continue }
            // "average shipping cost per parcel": already an average over the parcels.
            if metric.hasPrefix("avg:"), navigator.table(ofMetric: metric) == navigator.table(ofEntity: entity) {
                reading.use(index)
                reading.use(target)
                continue
            }
            let ratio = "per:\(metric)/\(entity)"
            guard model.metric(named: ratio) != nil else { continue }
            plan.metrics[position] = ratio
            metricSpans[ratio] = measured
            reading.use(index)
            reading.use(target)
        }
        averageAmountsOverTheirRecords()
    }

    /// "late deliveries by carrier": a count's own words that are also a value elsewhere (a
    /// return reason "late delivery") name the count when the question names no other metric and
    /// no field word says the value is meant.
    private mutating func chooseMetricSaidLikeAValue() {
        let candidates = reading.indices.filter { index in
            !reading.isUsed(index) && !negated.contains(index) && !reading.metrics(index).isEmpty && !reading.values(index).isEmpty
        }
        // Only a count names things that happened ("late deliveries"); "cancellations" said of
        // orders are the cancelled ones counted, not the cancellation rate.
        guard candidates.count == 1, let index = candidates.first,
              let metric = reading.metrics(index).first(where: { model.metric(named: $0)?.format == .count }) else { return }
        let valueFields = Set(reading.values(index).map(\.field))
        let qualified = [index - 1, index + 1].contains { look in
            reading.spans.indices.contains(look) && !reading.fields(look).filter(valueFields.contains).isEmpty
        }
        guard !qualified else { return }
        reading.use(index, as: .metric(metric))
        metricSpans[metric] = index
        plan.metrics = [metric]
    }

    /// "revenue by category" where "revenue" is also each sale's own total, which reaches no
    /// category: the same word's other metric (the lines' amount) that reaches every field the
    /// plan breaks down or narrows by.
    mutating func reachAlternativeMetrics() {
        let fields = plan.dimensions + plan.filters.map(\.dimension) + plan.conditions.map(\.field)
        let keys = plan.entities.compactMap { model.entity(named: $0.entity)?.key }
        func reachesAll(_ metric: String) -> Bool {
            guard let table = navigator.table(ofMetric: metric) else { return false }
            return fields.allSatisfy { navigator.reaches($0, from: table) } && keys.allSatisfy { navigator.reaches(key: $0, from: table) }
        }
        for (position, metric) in plan.metrics.enumerated() where !reachesAll(metric) {
            // The metrics the words could mean, then the metric's twins: the same words declared
            // over other rows (an order total and the order lines' revenue).
            let synonyms = Set(model.metric(named: metric)?.synonyms ?? [])
            let twins = synonyms.isEmpty ? [] : model.metrics.filter { !synonyms.isDisjoint(with: $0.synonyms) }.map(\.name)
            let span = metricSpans[metric]
            guard let alternative = ((span.map(reading.metrics) ?? []) + twins + countsOfRecordsHolding(for: metric))
                .first(where: { $0 != metric && !plan.metrics.contains($0) && reachesAll($0) })
            else { continue }
            plan.metrics[position] = alternative
            // A condition on the metric ("brought in more than $60,000") holds for its twin.
            for index in plan.having.indices where plan.having[index].metric == metric { plan.having[index].metric = alternative }
            if let span {
                metricSpans[alternative] = span
                reading.use(span, as: .metric(alternative))
            }
            if position == 0 { baseTable = navigator.table(ofMetric: alternative) }
        }
    }

    /// "how many audio items came back as defective": a count asked with a value only other records
    /// have (a return's reason) counts those records — when they point straight at the counted
    /// ones (a return at its product, not a product's characteristics through a link table), the
    /// value narrows rather than breaks down, and nothing is denied ("customers who never bought…"
    /// is about related rows, not a count of them).
    private func countsOfRecordsHolding(for metric: String) -> [String] {
        guard model.metric(named: metric)?.format == .count, negations.isEmpty, negated.isEmpty,
              reading.indices.contains(where: { reading.has($0, .count) }), let table = navigator.table(ofMetric: metric),
              let counted = navigator.countedEntity(of: metric).flatMap(navigator.displayField(of:)) else { return [] }
        let unreachable = plan.filters.map(\.dimension).filter { !navigator.reaches($0, from: table) }
        return model.metrics.filter { candidate in
            guard candidate.counts != nil, candidate.format == .count, let other = navigator.table(ofMetric: candidate.name) else { return false }
            return unreachable.contains { navigator.distance($0, from: other) == 0 } && navigator.distance(counted, from: other) == 1
        }.map(\.name)
    }

    /// "avg shipping cost": an amount averaged over the records it adds up (per shipment), not
    /// its total — when the model counts those records. A line table nobody counts ("average
    /// revenue" over order lines) is left alone: which records are meant is not said.
    mutating func averageAmountsOverTheirRecords() {
        for (position, metric) in plan.metrics.enumerated() {
            guard let span = metricSpans[metric], reading.previousContent(span).map({ reading.has($0, .average) }) == true,
                  let declared = model.metric(named: metric), declared.additive == true, declared.format != .count, let table = declared.table
            else { continue }
            // "what's their average spend" after some customers: per customer.
            let lines = model.entities.contains(where: { $0.details?.table == table })
            let own = lines ? nil : model.metrics.compactMap(\.counts).first(where: { model.entity(named: $0)?.table == table })
            let subject = subjectEntity.flatMap { subject in
                navigator.table(ofEntity: subject) != table && navigator.metric(metric, reaches: subject) ? subject : nil
            }
            guard let entity = own ?? subject else { continue }
            let ratio = "per:\(metric)/\(entity)"
            guard model.metric(named: ratio) != nil else { continue }
            plan.metrics[position] = ratio
            metricSpans[ratio] = span
        }
    }

    /// "products below their reorder point", "low stock items in Duisburg": a metric that counts
    /// rows people act on lists them, unless the question counts, breaks down or ranks.
    private mutating func listRowsIfAsked() {
        listFieldsNamedLikeMetrics()
        guard plan.metrics.count == 1, model.metric(named: plan.metrics[0])?.listColumns != nil, !hasAggregateCue,
              plan.grain == nil, plan.having.isEmpty, plan.comparePeriod == nil, !plan.share, plan.shareFilters.isEmpty,
              plan.limit == nil, plan.rankByChange == nil, !reading.indices.contains(where: { reading.has($0, .grouping) }) else { return }
        plan.kind = .list
        plan.dimensions = []
    }


    /// "items below their reorder point": a noun of the metric's own name ("low-stock items") says
    /// what is counted, it is no breakdown.
    private mutating func consumeMetricNouns() {
        for name in plan.metrics {
            guard let metric = model.metric(named: name), let index = metricSpans[name], index > 0, !reading.isUsed(index - 1) else { continue }
            let named = Set(QuestionTokens(metric.displayName).words.map(WordStem.light))
            if reading.words(index - 1).allSatisfy({ named.contains(WordStem.light($0)) }) { reading.use(index - 1) }
        }
        // "which warehouses hold more than 10,000 units on hand": the compared metric said twice,
        // as a verb and as its noun, is one figure.
        let said = Set(plan.metrics + plan.having.map(\.metric))
        for index in reading.indices where !reading.isUsed(index) && !negated.contains(index) && !unreadable.contains(index) && reading.values(index).isEmpty {
            let metrics = reading.metrics(index)
            if !metrics.isEmpty, metrics.allSatisfy(said.contains) { reading.use(index) }
        }
    }

    /// Words that only say what the metric already is about: "orders" in "parcels for orders placed
    /// in 2025", "the return" in "refunds by when the return was requested".
    private mutating func consumeContext() {
        guard let metric = plan.metrics.first.flatMap(model.metric(named:)), let table = metric.table ?? metric.numerator?.table else { return }
        // "averaged under 3.75 stars on reviews posted in 2024": the records a compared metric is
        // over are its context too.
        let compared = Set(plan.having.compactMap { model.metric(named: $0.metric) }.compactMap { $0.table ?? $0.numerator?.table })
        for index in reading.indices where !reading.isUsed(index) && !unreadable.contains(index) {
            if let entity = reading.entities(index).first, let entityTable = navigator.table(ofEntity: entity),
               entityTable == table || compared.contains(entityTable) || model.entity(named: entity)?.time == metric.timeColumn {
                reading.use(index)
            } else if let field = reading.fields(index).first(where: { model.dimension(named: $0)?.fieldType == .date }),
                      model.dimension(named: field)?.expressions.contains(metric.timeColumn ?? "") == true {
                reading.use(index)
            }
        }
    }

    /// No metric named: the count of the head's records ("orders last month"), else — for a
    /// ranking ("which store did best") — the model's first metric, said in the answer.
    private mutating func chooseFallbackMetric(head: Int?) {
        if let head, !reading.isUsed(head) || heads.contains(head), let entity = reading.entities(head).first,
           let count = navigator.countMetric(of: entity), !ranksRecords, !asksHowItWent,
           !reading.indices.contains(where: { reading.superlative($0) != nil }) {
            plan.metrics = [count]
            subjectEntity = entity
            if !reading.values(head).isEmpty { heads.insert(head) }
            reading.use(head)
            return
        }
        let ranking = ranksRecords || asksHowItWent || reading.indices.contains { reading.superlative($0) != nil || reading.comparator($0) != nil }
        // "the most common return reason": returns counted by reason, not the main metric.
        if let count = commonestValueCount() {
            plan.metrics = [count]
            return
        }
        // "which store had the most cancellations": the records with that status, counted.
        if ranking, let count = eventCount() {
            plan.metrics = [count]
            return
        }
        // "breakdown of return reasons for fashion": the records whose field is broken down, counted.
        if let count = groupedRecordsCount() {
            plan.metrics = [count]
            return
        }
        // In a conversation, the metric talked about so far ("which category scored lowest?").
        if ranking, let previous = context.previousPlan?.metrics.first, model.metric(named: previous) != nil {
            plan.metrics = [previous]
            continuesMetric = true
            return
        }
        if ranking, let fallback = model.metrics.first {
            plan.metrics = [fallback.name]
            notes.append("ranked by \(fallback.displayName) (no metric named)")
        }
    }

    /// The count of the records a breakdown's field belongs to, when the question names no metric:
    /// "return reasons by month" counts returns. Only for fields of an entity with dates (events).
    private func groupedRecordsCount() -> String? {
        for index in reading.indices where !reading.isUsed(index) && reading.values(index).isEmpty {
            guard let previous = reading.previousContent(index), reading.has(previous, .grouping) || reading.has(index, .grouping)
                    || reading.spans[previous].text.lowercased() == "of" else { continue }
            for field in reading.fields(index) {
                guard let dimension = model.dimension(named: field), dimension.fieldType != .number, dimension.fieldType != .date,
                      let expression = dimension.expressions.first, let table = navigator.tables(in: expression).first,
                      let entity = model.entities.first(where: { $0.table == table && $0.time != nil }),
                      let count = navigator.countMetric(of: entity.name) else { continue }
                return count
            }
        }
        return nil
    }

    /// The count of records whose status a plural value word names ("cancellations", "returns
    /// rejected"), or said as a verb before "the most" ("which warehouse lost the most"): a value of
    /// a text field on the table of an entity that has dates.
    private func eventCount() -> String? {
        func saidAsVerb(_ index: Int) -> Bool {
            reading.nextContent(index).map { reading.superlative($0)?.quality == false } ?? false
        }
        for index in reading.indices where !reading.values(index).isEmpty && (reading.isPlural(index) || saidAsVerb(index)) {
            for value in reading.values(index) {
                guard let dimension = model.dimension(named: value.field), dimension.fieldType != .number, dimension.key == nil,
                      let expression = dimension.expressions.first, let table = navigator.tables(in: expression).first,
                      let entity = model.entities.first(where: { $0.table == table && $0.time != nil }),
                      navigator.displayField(of: entity.name) != dimension.name,
                      let count = navigator.countMetric(of: entity.name) else { continue }
                return count
            }
        }
        return nil
    }

    /// "more than 500 returns on orders placed in 2024": the records after "on" or "for", with a
    /// period after them, only say whose date the period is on; the other figure is measured.
    /// The period right after a noun, or after "from" ("returns on orders from 2023").
    func periodAfter(_ index: Int) -> Int? {
        guard var next = reading.nextContent(index) else { return nil }
        if reading.period(next) == nil, ["from", "in", "during"].contains(reading.spans[next].text.lowercased()),
           let after = reading.nextContent(next) { next = after }
        guard reading.period(next) != nil else { return nil }
        // "shipments on 2025 orders": a period said before a noun dates that noun, not this one.
        if next + 1 < reading.spans.count, !reading.entities(next + 1).isEmpty, reading.values(next + 1).isEmpty { return nil }
        return next
    }

    /// "returns on orders placed in Q4 2024": records after "on", "for" or "of" with a period
    /// right after only say whose date the period is.
    func datesOnly(_ index: Int) -> Bool {
        guard index > 0, ["on", "for", "of", "against"].contains(reading.words(index - 1).last ?? ""), periodAfter(index) != nil else { return false }
        // "on-time rate for shipments sent in 2025": the measured rows themselves, dated by their verb.
        let nounTables = Set(reading.entities(index).compactMap(navigator.table(ofEntity:)) + reading.metrics(index).compactMap(navigator.table(ofMetric:)))
        let measured = Set((plan.metrics.compactMap(navigator.table(ofMetric:)) + [subjectEntity.flatMap(navigator.table(ofEntity:))].compactMap { $0 }))
        return nounTables.isDisjoint(with: measured)
    }

    private mutating func dropDatingNoun() {
        // "suppliers with no defective returns on orders placed in 2025" asks about records that
        // are missing, which a count does not answer.
        guard negated.isEmpty, negations.isEmpty else { return }
        guard let first = plan.metrics.first(where: { name in metricSpans[name].flatMap(periodAfter) != nil }),
              let index = metricSpans[first], index > 0,
              let counted = model.metric(named: first)?.counts, let own = model.entity(named: counted)?.time,
              ["on", "for", "of"].contains(reading.words(index - 1).last ?? ""),
              let measured = (plan.metrics + plan.having.map(\.metric)).first(where: { $0 != first }), let table = navigator.table(ofMetric: measured),
              navigator.table(ofEntity: counted) != table,
              let date = model.dimensions.first(where: { $0.fieldType == .date && $0.expressions.contains(own) }),
              navigator.reaches(date.name, from: table) else { return }
        plan.metrics.removeAll { $0 == first }
        if !plan.metrics.contains(measured) { plan.metrics.insert(measured, at: 0) }
        plan.dateField = model.metric(named: measured)?.timeColumn == own ? nil : date.name
        baseTable = table
    }

    /// "shipments per warehouse for 2025 orders": a count of another entity whose date is the
    /// measured metric's date only says which rows' dates the period is about.
    private mutating func dropContextCounts() {
        // "products with more than 100 returns on 2025 orders": the measured metric is not the
        // noun that only dates the rows, even when said first.
        let measured = plan.metrics.first { name in metricSpans[name].map { !isDatingNoun($0) && !isDatedAfter($0) } ?? true } ?? plan.metrics.first
        guard plan.metrics.count > 1, let measured, let time = model.metric(named: measured)?.timeColumn else { return }
        let compared = Set(plan.having.map(\.metric))
        // "on orders placed in 2025": a noun dated by the period right after it.
        let datedAfter = Set(plan.metrics.filter { name in metricSpans[name].map(isDatedAfter) ?? false })
        plan.metrics.removeAll { name in
            guard name != measured, !compared.contains(name), let metric = model.metric(named: name), let counted = metric.counts,
                  let index = metricSpans[name], index > 0 else { return false }
            // Only a noun after "for", "of" or a period ("for 2025 orders"), not one of a list; values
            // describing the noun may stand between ("came from online orders").
            var look = index - 1
            while look > 0, !reading.values(look).isEmpty && reading.metrics(look).isEmpty || reading.isConjunction(look) { look -= 1 }
            // "on 2025's orders", "on that year's orders": the period owns the noun.
            if look > 0, reading.has(look, .possessive),
               reading.period(look - 1) != nil || look >= 2 && reading.grain(look - 1) != nil && reading.has(look - 2, .reference) {
                look -= 1
            }
            let before = reading.spans[look]
            // "revenue excluding cancelled or returned orders": the orders left out, not counted.
            if reading.has(look, .negation), model.entity(named: counted)?.time == time { return true }
            // "revenue from customers in France", "AOV for customers in France", "among customers
            // in France": the people the money came from, whatever their own date.
            // "how much did we refund to customers": money paid out to people goes to them.
            let giver = ["from", "for", "among"].contains(before.text.lowercased())
                || before.text.lowercased() == "to" && model.metric(named: measured)?.format == .currency
            if giver, navigator.metric(measured, reaches: counted) { return true }
            // "units please, completed orders only": valued records a restriction names.
            if look < index - 1, index + 1 < reading.spans.count, reading.spans[index + 1].text.lowercased() == "only",
               model.entity(named: counted)?.time == time { return true }
            // "returns by reason, 2025 orders": the returns of orders placed in 2025 — the period
            // is on the orders' date.
            // Only other records than the measured ones: "2025 deliveries" of an on-time rate are
            // its own shipments, dated as the model dates them.
            let dated = reading.period(look) != nil || look >= 1 && reading.grain(look) != nil && reading.has(look - 1, .reference)
                || datedAfter.contains(name)
            if dated, let own = model.entity(named: counted)?.time, own != time,
               let table = navigator.table(ofMetric: measured), navigator.table(ofEntity: counted) != table,
               let date = model.dimensions.first(where: { $0.fieldType == .date && $0.expressions.contains(own) }),
               navigator.reaches(date.name, from: table) {
                plan.dateField = date.name
                return true
            }
            // "the cancel rate at marketplace stores": the place the figure is for, described by a value.
            if look < index - 1, ["at", "in", "across"].contains(before.text.lowercased()), navigator.metric(measured, reaches: counted) { return true }
            guard model.entity(named: counted)?.time == time else { return false }
            return dated || before.has(.possessive) || ["for", "of", "from", "on"].contains(before.text.lowercased())
        }
    }
}
