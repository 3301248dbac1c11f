/// Aggregates: which metrics, for which groups, ranked how, with which conditions.
extension PlanBuilder {
    mutating func buildMetric() -> Bool {
        plan.kind = .metric
        let head = head()
        chooseMetrics(head: head)
        preferMoneyForHowMuch()
        // Comparisons on a metric per group ("customers with more than 65 orders") bring their metric.
        baseTable = plan.metrics.first.flatMap(navigator.table(ofMetric:))
        applyComparisons(grouped: true)
        if plan.metrics.isEmpty { chooseFallbackMetric(head: head) }
        guard let first = plan.metrics.first else { return false }
        baseTable = navigator.table(ofMetric: first)
        subjectEntity = subjectEntity ?? model.metric(named: first)?.counts
        if let head, !reading.isUsed(head) { groupByHead(head) }
        dropContextCounts()
        // "who placed the most orders": the people the model knows, when nothing else is named.
        if plan.dimensions.isEmpty, asksWho,
           let person = model.entities.first(where: { $0.person == true }),
           !plan.metrics.contains(where: { model.metric(named: $0)?.counts == person.name }),
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
        if let owner = relatedOwner() { applyRelated(owner: owner) }
        applyRatios()
        consumeMetricNouns()
        applyGroupings()
        if let field = comparedField, !plan.dimensions.contains(field) { plan.dimensions.append(field) }
        // "what did customer 77 buy": the things bought, not their total.
        if plan.dimensions.isEmpty, plan.grain == nil, asksWhatDid, let listBy = plan.metrics.first.flatMap({ model.metric(named: $0)?.listBy }) {
            plan.dimensions = [listBy]
        }
        consumeContext()
        applyRanking(head: head)
        applyShare()
        applyMovement(head: head)
        listRowsIfAsked()
        return true
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
    }

    /// "products below their reorder point", "low stock items in Duisburg": a metric that counts
    /// rows people act on lists them, unless the question counts, breaks down or ranks.
    private mutating func listRowsIfAsked() {
        guard plan.metrics.count == 1, model.metric(named: plan.metrics[0])?.listColumns != nil, !hasAggregateCue,
              plan.grain == nil, plan.having.isEmpty, plan.comparePeriod == nil, !plan.share, plan.shareFilters.isEmpty,
              plan.limit == nil, plan.rankByChange == nil, !reading.indices.contains(where: { reading.has($0, .grouping) }) else { return }
        plan.kind = .list
        plan.dimensions = []
    }

    /// The metrics asked for: metric words, and aggregates of fields or counts of entities after
    /// "how many", "total", "average", "maximum".
    mutating func chooseMetrics(head: Int?) {
        func aggregateCue(_ index: Int) -> GrammarRole? {
            reading.spans[index].roles.first { role in
                switch role { case .count, .total, .average, .extreme: true; default: false }
            }
        }
        // "the average, minimum and total amount": every cue of a list applies to the field after it.
        var sharedTargets = Set<Int>()
        var listEnds = Set<Int>()
        for index in reading.indices where !reading.isUsed(index) {
            guard let cue = aggregateCue(index) else { continue }
            var next = reading.nextContent(index)
            var skipped = false
            while let candidate = next, !reading.isUsed(candidate),
                  aggregateCue(candidate) != nil || reading.spans[candidate].roles == [.conjunction(and: true)] {
                next = reading.nextContent(candidate)
                skipped = skipped || aggregateCue(candidate) != nil
            }
            guard let target = next, !negated.contains(target),
                  !reading.isUsed(target) || sharedTargets.contains(target) else { continue }
            if skipped { sharedTargets.insert(target) }
            var metric: String?
            switch cue {
            case .count:
                if let entity = reading.entities(target).first, let count = navigator.countMetric(of: entity) {
                    metric = count
                    subjectEntity = entity
                    if !reading.values(target).isEmpty { heads.insert(target) }  // "how many platinum members"
                } else if let name = reading.metrics(target).first {
                    metric = name
                } else if let field = fieldChoice(target) {
                    metric = model.aggregateMetric("distinct", of: field)
                }
            case .total:
                if let name = reading.metrics(target).first {
                    metric = name
                } else if let field = numericField(target) {
                    metric = model.aggregateMetric("sum", of: field)
                }
            case .average:
                if let field = numericField(target) ?? coordinatedField(target, shared: sharedTargets) {
                    metric = model.aggregateMetric("avg", of: field)
                } else {
                    metric = reading.metrics(target).first
                }
            case .extreme(let highest):
                if let field = numericField(target) ?? coordinatedField(target, shared: sharedTargets) {
                    metric = model.aggregateMetric(highest ? "max" : "min", of: field)
                }
            default:
                break
            }
            guard let metric else { continue }
            reading.use(index)
            // "total # of orders": one count.
            if cue == .count, let before = reading.previousContent(index), reading.has(before, .total) { reading.use(before) }
            reading.use(target, as: .metric(metric))
            metricSpans[metric] = target
            if !plan.metrics.contains(metric) { plan.metrics.append(metric) }
            if metric != reading.metrics(target).first, opensWithAggregateWord(target) {
                listEnds.insert(target)
            }
        }
        // "…and total amount": the list's last aggregate is the metric phrase itself.
        for target in listEnds.sorted() {
            if let own = reading.metrics(target).first, !plan.metrics.contains(own) {
                plan.metrics.append(own)
                metricSpans[own] = target
            }
        }
        narrowCounts()
        let others = freeMetricSpans().filter { !isBareEntityNoun($0) }
        consumePopulation(measured: plan.metrics.first ?? others.first { reading.entities($0).isEmpty }.flatMap { reading.metrics($0).first })
        for index in others where !reading.isUsed(index) {
            // "by subcategory", "per store": a breakdown, not a count of subcategories or stores.
            // "top 5 cities by orders": with a ranking, records with no name to group by are the measure.
            if let cue = reading.previousContent(index), reading.has(cue, .grouping), groupable(index) { continue }
            // The question's subject ("customers with more than 5 orders") is grouped by, not counted,
            // when another metric is there.
            if index == head, !reading.entities(index).isEmpty, plan.metrics.count + others.count > 1, !startsList(index), qualifiesHead(index) {
                continue
            }
            // "best customers": ranked records, by the model's main metric, not a count of them.
            if index == head, !reading.entities(index).isEmpty, plan.metrics.isEmpty, others.count == 1, ranksRecords { continue }
            // A number-comparison target is left for the comparison ("more than 65 orders").
            if let previous = reading.previousContent(index), reading.number(previous) != nil,
               let comparator = reading.previousContent(previous), reading.comparator(comparator) != nil { continue }
            // "who spent more than 10k? customers": the people asked about, not a count of them.
            if asksWho, reading.entities(index).contains(where: { model.entity(named: $0)?.person == true }) { continue }
            guard let name = reading.metrics(index).first else { continue }
            // "customers who signed up in 2025": the counted records' own date, not a second metric.
            if let counted = subjectEntity, let table = navigator.table(ofEntity: counted),
               reading.fields(index).contains(where: { field in
                   model.dimension(named: field).map { $0.fieldType == .date && $0.expressions.contains(model.entity(named: counted)?.time ?? "") } == true
                       && navigator.distance(field, from: table) == 0
               }) {
                reading.use(index)
                continue
            }
            // "how many customers bought something this year": the customers who have purchases.
            if let counted = subjectEntity, model.metric(named: name)?.counts != counted, countsSubject || follows(index, entity: counted) {
                var period: QueryPlan.Period?
                if let claimed = periods.firstIndex(where: { $0.index > index }) {
                    period = periods[claimed].period
                    periods.remove(at: claimed)
                }
                plan.related.append(RelatedCondition(entity: counted, through: name, exists: true, period: period))
                reading.use(index)
                continue
            }
            reading.use(index, as: .metric(name))
            metricSpans[name] = index
            if !plan.metrics.contains(name) { plan.metrics.append(name) }
        }
        // "how many units does each warehouse hold": a unit word gives way to the metric that says what is counted.
        if plan.metrics.count > 1 {
            let units = Set(model.dimensions.compactMap(\.unit))
            plan.metrics.removeAll { name in
                guard let index = metricSpans[name] else { return false }
                return reading.words(index).count == 1 && units.contains(reading.words(index).first ?? "")
            }
        }
    }

    /// "how many shipments were delivered late", "customers who signed up last month": a count of
    /// the same records that is narrower replaces the plain count.
    private mutating func narrowCounts() {
        guard let counted = subjectEntity, let count = navigator.countMetric(of: counted), plan.metrics.contains(count) else { return }
        for index in reading.indices where !reading.isUsed(index) && !negated.contains(index) {
            guard let name = reading.metrics(index).first(where: { name in
                guard name != count, let metric = model.metric(named: name) else { return false }
                return metric.format == .count && metric.table == navigator.table(ofEntity: counted) && (metric.counts == nil || metric.counts == counted)
            }) else { continue }
            plan.metrics = plan.metrics.map { $0 == count ? name : $0 }
            metricSpans[name] = index
            reading.use(index, as: .metric(name))
            return
        }
    }

    /// "customers with more than 5 orders", "top 10 products by revenue": the head is what another
    /// metric is measured for, so it is grouped by, not counted — unless a breakdown of it follows
    /// ("shipments by carrier for last month's orders" counts the shipments).
    private func qualifiesHead(_ index: Int) -> Bool {
        guard let next = reading.nextContent(index), reading.has(next, .grouping), let target = reading.nextContent(next) else { return true }
        let breakdown = (!reading.fields(target).isEmpty || !reading.entities(target).isEmpty) && reading.metrics(target).isEmpty
        return !breakdown
    }

    /// "orders, revenue and aov": the head noun starts a list of metrics.
    private func startsList(_ index: Int) -> Bool {
        var look = index
        var joined = false
        while let next = reading.nextContent(look) {
            if reading.has(next, .conjunction(and: true)) {
                joined = true
            } else if reading.metrics(next).isEmpty || !reading.entities(next).isEmpty {
                break
            }
            look = next
        }
        return joined && look != index && !reading.metrics(look).isEmpty
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
    /// rejected"): a value of a text field on the table of an entity that has dates.
    private func eventCount() -> String? {
        for index in reading.indices where !reading.values(index).isEmpty && reading.isPlural(index) {
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

    /// "shipments per warehouse for 2025 orders": a count of another entity whose date is the
    /// measured metric's date only says which rows' dates the period is about.
    private mutating func dropContextCounts() {
        guard plan.metrics.count > 1, let time = model.metric(named: plan.metrics[0])?.timeColumn else { return }
        let measured = plan.metrics[0]
        let compared = Set(plan.having.map(\.metric))
        plan.metrics.removeAll { name in
            guard name != measured, !compared.contains(name), let metric = model.metric(named: name), let counted = metric.counts,
                  model.entity(named: counted)?.time == time, let index = metricSpans[name], index > 0 else { return false }
            // Only a noun after "for", "of" or a period ("for 2025 orders"), not one of a list.
            let before = reading.spans[index - 1]
            return reading.period(index - 1) != nil || before.has(.possessive) || ["for", "of", "from"].contains(before.text.lowercased())
        }
    }

    /// Whether `index` comes right after the counted entity's noun ("customers who bought…",
    /// "members that ordered…"), with only structure words between.
    private func follows(_ index: Int, entity: String) -> Bool {
        var look = index - 1
        while look >= 0 {
            if reading.entities(look).contains(entity) || reading.metrics(look).contains(where: { model.metric(named: $0)?.counts == entity }) { return true }
            let span = reading.spans[look]
            guard span.isFunction || reading.question(look) != nil || reading.has(look, .reference) else { return false }
            look -= 1
        }
        return false
    }

    /// "best customers", "fastest growing products": records ranked by how they did, which is the
    /// model's main metric when none is named.
    var ranksRecords: Bool {
        reading.indices.contains { index in
            reading.superlative(index)?.quality == true
                || !reading.isUsed(index) && reading.spans[index].roles.contains { if case .movement = $0 { return true }; return false }
        }
    }

    /// "what did …", "what has …": the question asks for the things a verb acted on.
    var asksWhatDid: Bool {
        let words = reading.tagged.words
        return zip(words, words.dropFirst()).contains { $0 == "what" && ["did", "do", "does", "has", "have", "had"].contains($1) }
    }

    /// "who placed…", "who spent…": the question asks for people.
    var asksWho: Bool { reading.indices.contains { reading.question($0) == .who } }

    private func numericField(_ index: Int) -> String? {
        reading.fields(index).first { model.dimension(named: $0)?.fieldType == .number }
    }

    /// "the average price of all products", "revenue across all manufacturers": the records an
    /// aggregate runs over (its own table) are neither counted nor broken down by.
    private mutating func consumePopulation(measured: String?) {
        guard let measured, let table = navigator.table(ofMetric: measured) else { return }
        for index in reading.indices where !reading.isUsed(index) && index >= 1 && reading.values(index).isEmpty {
            var look = index - 1
            let quantifier = reading.spans[look].text.lowercased()
            if ["all", "every", "the"].contains(quantifier), look >= 1 { look -= 1 }
            let word = reading.spans[look].text.lowercased()
            // "across all stores", "over all warehouses": every one of the records the metric
            // reaches, summed over — a scope, not a breakdown.
            let everyOne = ["all", "every"].contains(quantifier) && ["across", "over", "in", "for", "at"].contains(word)
                || ["across all", "over all"].contains(word)
            let reached = reading.entities(index).contains { entity in
                navigator.table(ofEntity: entity) == table || everyOne && navigator.displayField(of: entity).map { navigator.reaches($0, from: table) } == true
            }
            guard reached, ["of", "across", "among", "over", "of all", "across all", "of the"].contains(word) || everyOne else { continue }
            reading.use(index)
        }
    }

    /// "average and total amount", "average, min and max amount": the field under the aggregate the
    /// list ends with, when the cue is one of a list (the metric phrase starts with its own cue).
    private func coordinatedField(_ target: Int, shared: Set<Int>) -> String? {
        guard shared.contains(target) || opensWithAggregateWord(target) else { return nil }
        return aggregatedField(target)
    }

    /// "total transaction amount": a metric phrase that names its own aggregate.
    private func opensWithAggregateWord(_ index: Int) -> Bool {
        reading.words(index).first.map(Self.aggregateWords.contains) ?? false
    }

    private static let aggregateWords: Set<String> = ["total", "sum", "average", "avg", "mean", "maximum", "max", "minimum", "min",
                                                      "highest", "lowest", "largest", "smallest"]

    /// The number field a metric aggregates ("total transaction amount" → transaction amount),
    /// for a list of aggregates over one field ("the average and total transaction amount"): the
    /// field whose sum, average, minimum or maximum is that metric.
    private func aggregatedField(_ index: Int) -> String? {
        guard let name = reading.metrics(index).first else { return nil }
        return model.dimensions.first { dimension in
            dimension.fieldType == .number && ["sum", "avg", "min", "max"].contains { model.aggregateMetric($0, of: dimension.name) == name }
        }?.name
    }

    /// The question's head noun, when it is not what is measured, is what the metric is broken
    /// down by: "which customer placed the most orders", "brands with revenue above 300k".
    private mutating func groupByHead(_ head: Int) {
        // "corporate customers revenue": a value with its noun narrows; "which retail store made the
        // most" asks for the store.
        if !reading.values(head).isEmpty, !reading.entities(head).isEmpty,
           !reading.indices.contains(where: { reading.superlative($0) != nil || reading.question($0) == .which || reading.question($0) == .who }) {
            heads.insert(head)
            return
        }
        if let entity = reading.entities(head).first, entity != subjectEntity, let field = navigator.displayField(of: entity),
           plan.metrics.contains(where: { navigator.metric($0, reaches: entity) }) {
            plan.dimensions.append(field)
            subjectEntity = entity
            reading.use(head, as: .field(field))
            if !reading.values(head).isEmpty { heads.insert(head) }  // "which retail store": retail stores
        } else if let field = fieldChoice(head) {
            // "what marketplaces are we selling on": the head is the field, not its value.
            plan.dimensions.append(field)
            reading.use(head, as: .field(field))
            if let owner = navigator.entity(identifiedBy: field) { subjectEntity = owner }
        }
    }

    /// Who related-record conditions are about: the entity counted or grouped by.
    func relatedOwner() -> String? {
        subjectEntity ?? plan.dimensions.first.flatMap { navigator.entity(identifiedBy: $0) }
    }

    /// "by category", "per store", "for each carrier", and field words left over (a breakdown).
    mutating func applyGroupings() {
        for index in reading.indices where !reading.isUsed(index) && reading.has(index, .grouping) {
            guard var target = groupingTarget(index) else { continue }
            // "by the warehouse's country": the qualified field is the breakdown.
            if let field = qualifiedField[target], !reading.isUsed(field) { target = field }
            // "orders has each of our customers placed": the noun was taken for a count of
            // customers, but after "each" it names the groups.
            if reading.isUsed(target), plan.metrics.count > 1, let entity = reading.entities(target).first,
               let counted = plan.metrics.first(where: { metricSpans[$0] == target && model.metric(named: $0)?.counts == entity }),
               let field = navigator.displayField(of: entity) {
                plan.metrics.removeAll { $0 == counted }
                add(dimension: field, from: target)
                reading.use(index)
                continue
            }
            if reading.isUsed(target) {
                // "by month" is a grain the time pass took.
                reading.use(index)
                continue
            }
            if let field = fieldChoice(target) {
                add(dimension: field, from: target)
            } else if let entity = reading.entities(target).first, let field = navigator.displayField(of: entity) {
                add(dimension: field, from: target)
            } else {
                continue
            }
            reading.use(index)
            // "by category and channel"
            var look = target
            while let joiner = reading.nextContent(look), reading.has(joiner, .conjunction(and: true)),
                  let next = reading.nextContent(joiner), !reading.isUsed(next), let field = fieldChoice(next) {
                add(dimension: field, from: next)
                reading.use(joiner)
                look = next
            }
        }
        for index in reading.indices where !reading.isUsed(index) && (reading.values(index).isEmpty || isRankedNoun(index)) && !negated.contains(index) {
            guard let field = fieldChoice(index) else { continue }
            // "retail store orders": a noun between a value and what is counted only names the value's kind.
            if index > 0, !reading.values(index - 1).isEmpty, index + 1 < reading.spans.count,
               !reading.metrics(index + 1).isEmpty || !reading.entities(index + 1).isEmpty {
                reading.use(index)
                continue
            }
            // A word left over is a breakdown only when it names categories ("cost" in "which reason
            // cost us the most" is no breakdown by unit cost; as a verb it says nothing more).
            if let type = model.dimension(named: field)?.fieldType, type == .date || type == .number {
                if reading.has(index, .linking) { reading.use(index) }
                continue
            }
            add(dimension: field, from: index)
        }
    }

    private mutating func add(dimension field: String, from index: Int) {
        reading.use(index, as: .field(field))
        guard !plan.dimensions.contains(field) else { return }
        plan.dimensions.append(field)
    }

    /// "items below their reorder point": a noun of the metric's own name ("low-stock items") says
    /// what is counted, it is no breakdown.
    private mutating func consumeMetricNouns() {
        for name in plan.metrics {
            guard let metric = model.metric(named: name), let index = metricSpans[name], index > 0, !reading.isUsed(index - 1) else { continue }
            let named = Set(QuestionTokens(metric.displayName).words.map(WordStem.light))
            if reading.words(index - 1).allSatisfy({ named.contains(WordStem.light($0)) }) { reading.use(index - 1) }
        }
    }

    /// Words that only say what the metric already is about: "orders" in "parcels for orders placed
    /// in 2025", "the return" in "refunds by when the return was requested".
    private mutating func consumeContext() {
        guard let metric = plan.metrics.first.flatMap(model.metric(named:)), let table = metric.table ?? metric.numerator?.table else { return }

        for index in reading.indices where !reading.isUsed(index) {
            if let entity = reading.entities(index).first, let entityTable = navigator.table(ofEntity: entity),
               entityTable == table || model.entity(named: entity)?.time == metric.timeColumn {
                reading.use(index)
            } else if let field = reading.fields(index).first(where: { model.dimension(named: $0)?.fieldType == .date }),
                      model.dimension(named: field)?.expressions.contains(metric.timeColumn ?? "") == true {
                reading.use(index)
            }
        }
    }
}
