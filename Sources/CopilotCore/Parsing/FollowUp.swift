/// A question that continues the previous one: "and last year?", "only online", "by month
/// instead", "top 3 instead", "what about Europe?". The previous plan is kept and changed by
/// what the new question says; references to the previous answer's rows ("the first one",
/// "their loyalty tier") are resolved by ``ResultReference``.
struct FollowUp {
    var builder: PlanBuilder
    let previous: QueryPlan
    /// The periods the question named itself.
    private var namedPeriods: [QueryPlan.Period] = []

    init(model: SemanticModel, navigator: SchemaNavigator, reading: Reading, context: PlanningContext, previous: QueryPlan) {
        builder = PlanBuilder(model: model, navigator: navigator, reading: reading, context: context)
        self.previous = previous
    }

    /// Whether `reading` reads as a follow-up of `previous` rather than a new question: it opens
    /// with a follow-up word ("and", "what about", "only", "instead"), or it names no metric,
    /// entity or field of its own but changes something (a period, a value, a breakdown, a limit).
    static func applies(to reading: Reading, previous: QueryPlan) -> Bool {
        let first = reading.indices.first { !reading.spans[$0].roles.allSatisfy { $0 == .filler } || reading.spans[$0].roles.isEmpty }
        if let first, reading.has(first, .followUp) || reading.has(first, .conjunction(and: true)) { return true }
        // "by month pls — the revenue": a question cannot open on its breakdown unless it continues one.
        if let first, reading.has(first, .grouping) || reading.spans[first].meanings.contains(where: { if case .grain = $0 { true } else { false } }),
           let word = reading.words(first).first, ["by", "per"].contains(word),
           !reading.indices.contains(where: { reading.has($0, .question(.which)) || reading.has($0, .question(.what)) }) { return true }
        // "as a percentage of sales": the previous figures put over another.
        if let first, reading.has(first, .share), reading.spans[first].text.lowercased().hasPrefix("as ") { return true }
        // "split the late ones by carrier", "break those down by month": a regrouping verb opens
        // a change to the figures just shown.
        if previous.kind == .metric, ["split", "break"].contains(reading.tagged.words.first ?? "") { return true }
        // "for each of the two?", "the same two months": what the last questions named.
        let words = reading.tagged.words
        if zip(words, words.dropFirst()).contains(where: { $0 == ("the", "two") }) { return true }
        // "as a margin rate, in %?": the same figures, said another way.
        if reading.tagged.words.first == "as", reading.tagged.words.dropFirst().first.map({ ["a", "an"].contains($0) }) == true { return true }
        if reading.indices.contains(where: { reading.has($0, .followUp) && reading.spans[$0].text.lowercased() == "instead" }) { return true }
        // "how many shipments did each send?", "how much did each make": "each" standing for the
        // rows just shown, with no noun of its own after it.
        if previous.kind != .metric || !previous.dimensions.isEmpty, reading.indices.contains(where: { index in
            guard reading.has(index, .grouping), ["each", "each one", "every one", "each of them"].contains(reading.spans[index].text.lowercased()) else { return false }
            guard let next = reading.nextContent(index) else { return true }
            return reading.metrics(next).isEmpty && reading.entities(next).isEmpty && reading.fields(next).isEmpty && reading.values(next).isEmpty
        }) { return true }
        // A head of its own: a metric, an entity, or a field that is not a breakdown ("by platform").
        let heads = reading.indices.contains { index in
            guard reading.values(index).isEmpty, reading.record(index) == nil, !reading.isUsed(index) || !reading.spans[index].isFunction else {
                return false
            }
            if !reading.metrics(index).isEmpty || !reading.entities(index).isEmpty { return true }
            guard !reading.fields(index).isEmpty else { return false }
            let cue = reading.previousContent(index)
            return !(cue.map { reading.has($0, .grouping) } ?? false)
        }
        if !heads { return true }
        // "what about the carrier": only fields, nothing else to ask about.
        return reading.indices.allSatisfy { index in
            reading.spans[index].isFunction || reading.has(index, .grouping) || reading.has(index, .reference) || reading.has(index, .list)
                || !reading.fields(index).isEmpty || reading.has(index, .followUp) || !reading.values(index).isEmpty
        }
    }

    /// The previous plan changed by this question, or nil when it changes nothing.
    mutating func merge() -> QueryPlan? {
        // What this question says, read in the previous question's frame, then laid over it.
        var changes = builder
        changes.plan = QueryPlan()
        guard let fresh = changes.buildChanges(to: previous) else { return nil }
        namedPeriods = changes.periods.map(\.period)
        builder.reading = changes.reading
        builder.notes = changes.notes
        let words = builder.reading.tagged.words
        let replacing = words.contains("instead") || words.contains("rather") || words.contains("same")
        let about = zip(words, words.dropFirst()).contains { $0 == ("what", "about") || $0 == ("how", "about") }
        var plan = previous
        if fresh.kind == .list {
            plan.kind = .list
            plan.dimensions = []
            plan.limit = nil
        } else if fresh.kind != previous.kind {
            // "how many of those were UPS?" after a list: the same records, counted.
            plan = QueryPlan(kind: fresh.kind, metrics: fresh.kind == .records ? [] : fresh.metrics, filters: previous.filters,
                             entities: previous.entities)
            plan.conditions = previous.conditions
            plan.related = previous.related
            plan.period = previous.period
            plan.subject = fresh.subject ?? previous.subject
        } else if !fresh.metrics.isEmpty, !fresh.having.isEmpty, Set(fresh.metrics).isSubset(of: Set(fresh.having.map(\.metric))) {
            // "only countries with more than one supplier": a condition on the rows, the figures stay.
            plan.metrics += fresh.metrics.filter { !plan.metrics.contains($0) }
        } else if !fresh.metrics.isEmpty, !restrictsRows(fresh, spans: changes.metricSpans) {
            plan.metrics = fresh.metrics
        }
        plan.filters = mergeFilters(plan.filters, sameKind(seenFromNamedRecords(fresh.filters, previous: plan.filters), as: plan.filters),
                                    replacing: replacing || about)
        plan.conditions += fresh.conditions
        plan.having += fresh.having
        plan.related += fresh.related
        if !fresh.entities.isEmpty { plan.entities = mergeEntities(plan.entities, fresh.entities) }
        if !fresh.fields.isEmpty { plan.fields = fresh.fields }
        // "the highest one, by month": one group of a breakdown is no longer a breakdown.
        // "which of those is worst" names every row: still a breakdown, ranked.
        let single = Dictionary(grouping: fresh.entities, by: \.entity).filter { $0.value.count == 1 }.keys
        let narrowed = Set(fresh.filters.filter { $0.values.count == 1 && !$0.negated }.map(\.dimension))
            .union(single.compactMap { builder.navigator.displayField(of: $0) })
        if !narrowed.isEmpty, plan.dimensions.contains(where: narrowed.contains) {
            plan.dimensions.removeAll(where: narrowed.contains)
            plan.limit = nil
            plan.keepTies = false
        }
        if !fresh.dimensions.isEmpty, fresh.dimensions != plan.metrics {
            // "and which carrier?" after the warehouse with the most returns: the same ranking,
            // of another field; "and by carrier?" is a breakdown.
            let asksWhich = words.first.map { ["which", "what", "and"].contains($0) } == true
                && words.contains { $0 == "which" || $0 == "what" }
                && !builder.reading.indices.contains { builder.reading.has($0, .grouping) }
            if fresh.dimensions != plan.dimensions, fresh.limit == nil, !asksWhich { plan.limit = nil; plan.keepTies = false }
            // "split by service level too", "also by month": a second breakdown beside the first.
            let adding = !replacing && (words.contains("too") || words.contains("also") || zip(words, words.dropFirst()).contains { $0 == ("as", "well") })
            plan.dimensions = adding ? plan.dimensions + fresh.dimensions.filter { !plan.dimensions.contains($0) } : fresh.dimensions
            // "what about each promo code?" after WELCOME10's revenue: every code, not that one split up.
            plan.filters.removeAll { filter in
                fresh.dimensions.contains(filter.dimension) && filter.values.count == 1 && !filter.negated && !fresh.filters.contains(filter)
            }
            if replacing || fresh.grain == nil { plan.grain = fresh.grain ?? (replacing ? nil : plan.grain) }
        }
        if let grain = fresh.grain {
            plan.grain = grain
            if replacing, fresh.dimensions.isEmpty { plan.dimensions = [] }
        }
        // "across all stores", "for every store": those records in full, no longer narrowed to
        // one store or to marketplace stores.
        for table in widenedTables(builder.reading) {
            plan.filters.removeAll { filter in
                !fresh.filters.contains(filter) && builder.navigator.distance(filter.dimension, from: table) == 0
            }
            plan.entities.removeAll { builder.navigator.table(ofEntity: $0.entity) == table }
            // "all stores" is no breakdown by store, nor a count of them, unless asked before.
            guard let entity = builder.navigator.entity(onTable: table) else { continue }
            let display = builder.navigator.displayField(of: entity)
            if !previous.dimensions.contains(where: { $0 == display }) { plan.dimensions.removeAll { $0 == display } }
            let counts = plan.metrics.filter { !previous.metrics.contains($0) && builder.navigator.countedEntity(of: $0) == entity }
            if counts.count < plan.metrics.count { plan.metrics.removeAll(where: counts.contains) }
        }
        if let limit = fresh.limit {
            plan.limit = limit
            plan.ascending = fresh.ascending
            plan.keepTies = fresh.keepTies
        }
        if let orderBy = fresh.orderBy { plan.orderBy = orderBy; plan.ascending = fresh.ascending }
        // "worst first", "lowest first": the same rows in the other order.
        if fresh.limit == nil, fresh.orderBy == nil, fresh.ascending { plan.ascending = true }
        if fresh.rankByChange != nil { plan.rankByChange = fresh.rankByChange }
        readTheTwo(&plan)
        if plan.metrics != previous.metrics {
            plan.filters.removeAll { filter in
                previous.filters.contains(filter) && !fresh.filters.contains(filter)
                    && plan.metrics.contains { builder.navigator.contradicts(filter, metric: $0) }
            }
        }
        // "what share of all physical shop revenue that quarter is that?": the figure before is the
        // part; what the question names is the whole it is a share of.
        let partIsThat = Self.sharePartIsPointer(words)
        if partIsThat, fresh.share || !fresh.shareFilters.isEmpty, plan.dimensions.isEmpty, plan.grain == nil,
           Interpreter.sharePinnedFigure(of: previous, in: &plan, whole: fresh.shareFilters + fresh.filters, navigator: builder.navigator) {
            applyTime(fresh, to: &plan)
            applyDateField(fresh, to: &plan)
            return plan
        }
        if fresh.share, previous.metrics.count == 1, let rate = rate(of: previous.metrics[0], over: fresh.metrics) {
            plan.metrics = [rate]  // "as a percentage (of sales)" after gross margin: the margin rate
        } else if fresh.share, plan.dimensions.isEmpty, plan.grain == nil, fresh.filters.isEmpty, !plan.filters.isEmpty {
            // "what share of total revenue is that?": the figure asked before, over everything.
            plan.shareFilters = plan.filters
            plan.filters = []
        } else if fresh.share {
            plan.share = true
        }
        if !fresh.shareFilters.isEmpty {
            // "what share … do those 3 make up?": the rows pointed at are one part together.
            let parts = QueryPlan.Filter.oneForEachField(fresh.shareFilters)
            plan.shareFilters = parts
            // "what share of 2025 revenue came from the corporate ones?" after active customers by
            // segment: one group's share, no longer a breakdown by that field.
            let partFields = Set(parts.filter { !$0.negated }.map(\.dimension))
            if plan.dimensions.contains(where: partFields.contains) {
                plan.dimensions.removeAll(where: partFields.contains)
                plan.share = false
                plan.limit = nil
                plan.keepTies = false
            }
        }
        // "and small business?" after the share of corporate customers: the other part.
        if !plan.shareFilters.isEmpty {
            for filter in fresh.filters where plan.shareFilters.contains(where: { $0.dimension == filter.dimension }) {
                plan.shareFilters = mergeFilters(plan.shareFilters, [filter], replacing: true)
                plan.filters.removeAll { $0 == filter }
            }
        }
        applyTime(fresh, to: &plan)
        applyDateField(fresh, to: &plan)
        // "in total", "overall": one figure; "as a share of the total" keeps the rows it shares out.
        if words.contains(where: { ["total", "overall", "altogether", "combined"].contains($0) }), !fresh.share, fresh.dimensions.isEmpty,
           fresh.grain == nil {
            plan.dimensions = []
            plan.grain = nil
            plan.limit = nil
        }
        // "how many of those were refunded?" after returns by reason, "how many went express?"
        // after shipments by carrier: the narrowed records counted, one figure.
        let startsCounting = words.first == "how" && ["many", "much"].contains(words.dropFirst().first ?? "")
        if startsCounting, fresh.dimensions.isEmpty, fresh.grain == nil, !fresh.share, fresh.limit == nil,
           fresh.filters.contains(where: { !$0.negated && !$0.values.isEmpty }) {
            plan.dimensions = []
            plan.grain = nil
            plan.limit = nil
            plan.keepTies = false
        }
        return plan == previous ? nil : plan
    }

    /// The rate that puts `amount` over `base` ("gross margin as a percentage of sales": the
    /// margin rate, whose divisor is the sales sum); with no base named, the amount's own rate.
    /// The tables of records a question names in full: "all stores", "every warehouse".
    private func widenedTables(_ reading: Reading) -> [String] {
        reading.indices.compactMap { index -> String? in
            guard index > 0, let previous = reading.words(index - 1).last, ["all", "every", "each"].contains(previous) || reading.words(index - 1) == ["across", "all"],
                  reading.isPlural(index) || previous == "every",
                  let entity = reading.entities(index).first else { return nil }
            return builder.navigator.table(ofEntity: entity)
        }
    }

    /// "what share of X is that?", "… was it?": the question ends by pointing at the figure before.
    static func sharePartIsPointer(_ words: [String]) -> Bool {
        let content = words.filter { $0.contains(where: \.isLetter) }
        guard content.contains(where: { ["share", "percentage", "proportion", "fraction", "percent"].contains($0) }), content.count >= 2 else { return false }
        let tail = Array(content.suffix(2))
        return ["is", "was", "are", "were"].contains(tail[0]) && ["that", "it", "this", "those", "they", "them"].contains(tail[1])
    }

    private func rate(of amount: String, over base: [String]) -> String? {
        let model = builder.model
        guard let rate = model.rate(of: amount) else { return nil }
        guard let named = base.first else { return rate }
        let compact = { (text: String) in text.lowercased().filter { !$0.isWhitespace } }
        guard base.count == 1, let divisor = model.metric(named: named), let expression = divisor.expression,
              let rateMetric = model.metric(named: rate), divisor.table == rateMetric.table,
              let formula = rateMetric.expression.map(compact),
              let slash = formula.range(of: "/") else { return nil }
        return formula[slash.upperBound...].contains(compact(expression)) ? rate : nil
    }

    /// "only reviews from 2025" after the average rating: the rows the previous metric is computed
    /// over, narrowed — not a count of them. Counting cues ("how many", "number of") count them.
    private func restrictsRows(_ fresh: QueryPlan, spans: [String: Int]) -> Bool {
        let model = builder.model, reading = builder.reading
        guard fresh.metrics.count == 1, let name = fresh.metrics.first, !previous.metrics.contains(name),
              let counted = model.metric(named: name)?.counts, let entity = model.entity(named: counted),
              let index = spans[name], !reading.indices.contains(where: { reading.has($0, .count) }) else { return false }
        guard recordTables(previous.metrics).contains(entity.table) else { return false }
        let words = reading.spans.map { $0.text.lowercased() }
        let restricted = index > 0 && ["only", "just"].contains(words[index - 1])
            || index + 1 < words.count && words[index + 1] == "only"
        let dated = reading.nextContent(index).map { reading.period($0) != nil || !reading.values($0).isEmpty } ?? false
        return restricted || dated
    }

    /// The tables whose rows `metrics` are computed over.
    private func recordTables(_ metrics: [String]) -> Set<String> {
        Set(metrics.compactMap { builder.model.metric(named: $0) }.flatMap { $0.parts.map(\.table) })
    }

    /// "shipped in 2024" dates the rows by another date until a metric over other records takes
    /// over (its own date is meant then).
    private func applyDateField(_ fresh: QueryPlan, to plan: inout QueryPlan) {
        if let field = fresh.dateField {
            plan.dateField = field
            return
        }
        guard let field = plan.dateField else { return }
        let now = recordTables(plan.metrics)
        if plan.kind != .metric || now.isEmpty || !now.isSubset(of: recordTables(previous.metrics))
            || now.contains(where: { !builder.navigator.reaches(field, from: $0) }) {
            plan.dateField = nil
        }
    }

    /// Periods the question names replace the previous ones; "compare that with 2023" puts them
    /// side by side; "the same month last year" moves the previous period into that year.
    private mutating func applyTime(_ fresh: QueryPlan, to plan: inout QueryPlan) {
        let reading = builder.reading
        let earlier = reading.indices.lazy.flatMap { reading.spans[$0].meanings }.compactMap { meaning -> Int?? in
            if case .previousPeriod(let months) = meaning { return .some(months) }
            return nil
        }.first
        if let earlier, let old = previous.period {
            plan.period = Periods.earlier(than: old, months: earlier)
            plan.comparePeriod = nil
            return
        }
        let comparing = reading.indices.contains { reading.has($0, .comparison) }
        for index in reading.indices {
            for case .shift(let months) in reading.spans[index].meanings {
                // "and the same month last year?": the previous period, moved; "compare with the
                // same month last year": both.
                guard let old = previous.period else { continue }
                let moved = Periods.shifted(old, months: months)
                plan.period = comparing ? old : moved
                plan.comparePeriod = comparing ? moved : nil
                return
            }
        }
        guard let new = fresh.period else {
            if comparing, fresh.comparePeriod == nil, compareValues(fresh, plan: &plan) { return }
            if let compare = fresh.comparePeriod {
                // "which grew the most?" after Q4 2025 beside Q4 2024: the periods side by side stay,
                // not the quarter before that growth alone would imply.
                if !namedPeriods.isEmpty || previous.comparePeriod == nil { plan.comparePeriod = compare }
            } else if comparing, plan.comparePeriod == nil, let old = previous.period {
                compareWithEarlier(old, fresh: fresh, plan: &plan)
            }
            return
        }
        let words = reading.tagged.words
        if words.contains("same"), let old = previous.period, let shift = Periods.monthsBetween(old, andYearOf: new) {
            let moved = Periods.shifted(old, months: shift)
            // "put the same months of 2024 next to it": both, side by side.
            if comparing {
                plan.period = moved.start < old.start ? old : moved
                plan.comparePeriod = moved.start < old.start ? moved : old
            } else {
                plan.period = moved
                plan.comparePeriod = nil
            }
            return
        }
        plan.period = new
        plan.comparePeriod = fresh.comparePeriod
        // "break the 2025 number down" after H1 2025 and H1 2024: the figure of that year shown before.
        if let shown = figureOfYear(new, reading: reading) {
            plan.period = shown
            return
        }
        if namedPeriods.count == 1, comparing, let old = previous.period, let named = namedPeriods.first, old != named {
            // "compare that with November 2024" after November 2025: the two side by side.
            plan.period = named.start < old.start ? old : named
            plan.comparePeriod = named.start < old.start ? named : old
        } else if plan.comparePeriod == nil, comparing, let old = previous.period, old != new {
            // "compare with 2023" after "revenue in 2024": side by side.
            if new.start < old.start { plan.period = old; plan.comparePeriod = new } else { plan.comparePeriod = old }
        }
    }

    /// The conversation's period inside the year `year` when the question calls it by that year and a
    /// word for a figure ("the 2025 number", "the 2024 one").
    private func figureOfYear(_ year: QueryPlan.Period, reading: Reading) -> QueryPlan.Period? {
        guard Periods.isWholeYear(year), let index = reading.indices.first(where: { reading.period($0) == year }),
              index + 1 < reading.spans.count,
              ["number", "numbers", "figure", "figures", "one", "total", "result"].contains(reading.words(index + 1).first ?? "") else { return nil }
        return builder.context.periods.last { $0.start >= year.start && $0.end <= year.end && ($0.start != year.start || $0.end != year.end) }
    }

    /// "compare with eBay US" after Amazon US's return rate: the two values side by side, in the
    /// same period. False when the question names no other value of a field the previous one fixed.
    private mutating func compareValues(_ fresh: QueryPlan, plan: inout QueryPlan) -> Bool {
        for filter in fresh.filters where filter.values.count == 1 && !filter.negated {
            guard let old = previous.filters.first(where: { $0.dimension == filter.dimension && $0.values.count == 1 && !$0.negated }),
                  old.values != filter.values, let position = plan.filters.firstIndex(where: { $0.dimension == filter.dimension }) else { continue }
            plan.filters[position].values = old.values + filter.values
            if !plan.dimensions.contains(filter.dimension) { plan.dimensions.append(filter.dimension) }
            plan.comparePeriod = previous.comparePeriod
            let reading = builder.reading
            for index in reading.indices where reading.has(index, .comparison) { builder.reading.use(index) }
            return true
        }
        return false
    }

    /// "put both years side by side", "what's the % change?" with no period named: the period asked
    /// before the previous one when the conversation only moved the same figures in time ("orders in
    /// November 2025" → "and the same month last year?"), else the period before the previous one.
    private mutating func compareWithEarlier(_ old: QueryPlan.Period, fresh: QueryPlan, plan: inout QueryPlan) {
        let reading = builder.reading
        var other = Periods.before(old)
        if let earlier = builder.context.earlierPlan, earlier.metrics == previous.metrics {
            // "put the two side by side" after Paris Rivoli, then Lyon: the two stores, not two years.
            guard let before = earlier.period, before != old else {
                if bothValues(&plan) { for index in reading.indices where reading.has(index, .comparison) { builder.reading.use(index) } }
                return
            }
            other = before
        }
        plan.period = other.start < old.start ? old : other
        plan.comparePeriod = other.start < old.start ? other : old
        // The comparison shows its own change in percent: "% change" asks for that, not for shares.
        plan.share = previous.share
        if fresh.grain != nil, fresh.dimensions.isEmpty { plan.grain = previous.grain }
        // "the two years": the two periods now compared.
        for index in reading.indices where reading.has(index, .comparison) || reading.has(index, .share) || reading.number(index)?.value == 2 {
            builder.reading.use(index)
        }
    }

    /// "the two years", "the same two months", "each of the two": the two periods or the two values
    /// the conversation just asked about, one after the other.
    private mutating func readTheTwo(_ plan: inout QueryPlan) {
        let reading = builder.reading
        guard let two = reading.indices.first(where: { !reading.isUsed($0) && reading.number($0)?.value == 2 && reading.number($0)?.unit == .plain })
        else { return }
        let earlier = builder.context.earlierPlan
        if plan.comparePeriod != nil {
            builder.reading.use(two)  // "for the same two months": the periods already compared
            return
        }
        // "average cost for each of the two?" after Chronopost, then DPD: both carriers.
        guard let earlier, earlier.metrics == previous.metrics, bothValues(&plan) else { return }
        builder.reading.use(two)
    }

    /// The filter the last two questions set to one value each, widened to both values — side
    /// by side, or added up when the question says so ("the two combined"). False when there is none.
    private mutating func bothValues(_ plan: inout QueryPlan) -> Bool {
        guard let earlier = builder.context.earlierPlan else { return false }
        let words = builder.reading.tagged.words
        let combined = words.contains { ["combined", "together", "altogether", "total"].contains($0) }
        for (position, filter) in plan.filters.enumerated() where filter.values.count == 1 && !filter.negated {
            guard let other = earlier.filters.first(where: { $0.dimension == filter.dimension && $0.values.count == 1 && !$0.negated }),
                  other.values != filter.values else { continue }
            plan.filters[position].values = other.values + filter.values
            if !combined, !plan.dimensions.contains(filter.dimension) { plan.dimensions.append(filter.dimension) }
            let reading = builder.reading
            for index in reading.indices where reading.number(index)?.value == 2 { builder.reading.use(index) }
            return true
        }
        return false
    }

    /// Records named again replace the previous ones of the same entity.
    private func mergeEntities(_ old: [QueryPlan.EntityFilter], _ new: [QueryPlan.EntityFilter]) -> [QueryPlan.EntityFilter] {
        let replaced = Set(new.map(\.entity))
        return old.filter { !replaced.contains($0.entity) } + new
    }

    /// New filters replace the previous ones on the same field (and, after "instead" or "what
    /// about", on fields of the same group: "what about Europe" after "in France").
    /// "and the Korean ones?" after suppliers based in China: a value found in a field that reads
    /// several roles' columns ("country": customers', suppliers', stores') is said of the role the
    /// previous question filtered on, when that role's column is one of them.
    private func sameKind(_ new: [QueryPlan.Filter], as old: [QueryPlan.Filter]) -> [QueryPlan.Filter] {
        let model = builder.model
        return new.map { filter in
            guard !old.contains(where: { $0.dimension == filter.dimension }),
                  let generic = model.dimension(named: filter.dimension)?.expressions, generic.count > 1,
                  let previous = old.first(where: { old in
                      old.dimension != filter.dimension && model.dimension(named: old.dimension)?.expressions.first.map(generic.contains) == true
                  })
            else { return filter }
            var moved = filter
            moved.dimension = previous.dimension
            return moved
        }
    }

    private func mergeFilters(_ old: [QueryPlan.Filter], _ new: [QueryPlan.Filter], replacing: Bool) -> [QueryPlan.Filter] {
        var result = old
        let groups = Set(new.compactMap { builder.model.dimension(named: $0.dimension)?.group })
        for filter in new {
            result.removeAll { existing in
                existing.dimension == filter.dimension
                    || replacing && builder.model.dimension(named: existing.dimension)?.group.map(groups.contains) == true
                    || replacing && describes(filter.dimension, recordsOf: existing.dimension)
            }
            result.append(filter)
        }
        return result
    }

    /// "what about Berlin" after London Oxford Street's revenue: a place said instead of a named
    /// store is that store's place (the stores in Berlin), not the customers' city.
    private func seenFromNamedRecords(_ filters: [QueryPlan.Filter], previous: [QueryPlan.Filter]) -> [QueryPlan.Filter] {
        filters.map { filter in
            var filter = filter
            for old in previous where old.dimension != filter.dimension && !old.negated {
                guard let entity = builder.navigator.entity(identifiedBy: old.dimension),
                      builder.navigator.displayField(of: entity) == old.dimension,
                      let qualified = builder.model.dimension(named: "\(entity).\(filter.dimension)"),
                      qualified.expressions != builder.model.dimension(named: filter.dimension)?.expressions else { continue }
                filter.dimension = qualified.name
            }
            return filter
        }
    }

    /// "same for Berlin" after "Paris Rivoli": the city is a field of the stores the old filter
    /// named, so it replaces it.
    private func describes(_ field: String, recordsOf named: String) -> Bool {
        guard let entity = builder.navigator.entity(identifiedBy: named), let table = builder.navigator.table(ofEntity: entity) else { return false }
        return builder.navigator.distance(field, from: table).map { $0 <= 1 } ?? false
    }

    /// Content this question named that neither the fresh reading nor the merge placed.
    func unusedContent() -> [Int] {
        builder.reading.unused
    }
}
