/// Turns a ``Reading`` into a ``QueryPlan``: first what the question is about (its frame — an
/// aggregate, records, one record's fields, the distinct values of a field), then every modifier
/// in its place, marking each span it uses. What no rule used is left for the coverage check.
struct PlanBuilder {
    let model: SemanticModel
    let navigator: SchemaNavigator
    let context: PlanningContext
    var reading: Reading
    var plan = QueryPlan()
    var notes: [String] = []
    /// Periods with the span they came from (a period after "never ordered" limits that, not the plan).
    var periods: [(index: Int, period: QueryPlan.Period)] = []
    /// Spans in the scope of a negation.
    var negated = Set<Int>()
    /// The negation words themselves ("not", "no", "never"), for the coverage check.
    var negations: [Int] = []
    /// The table the plan's rows come from, once the frame is known (for choosing between fields).
    var baseTable: String?
    /// The entity whose records the question is about ("customers with…", "how many products…").
    var subjectEntity: String?
    /// Where each filtered field's value was found, for share questions.
    var filterPositions: [String: Int] = [:]
    /// +1 for "grew", -1 for "fell": the plan compares periods and ranks by the change.
    var movementSign: Int?
    /// Value spans already turned into filters.
    var appliedValues = Set<Int>()
    /// Head spans whose values still apply ("US retail stores": a value and the records' noun).
    var heads = Set<Int>()
    /// The field span an entity word qualifies ("the warehouse's country": warehouse → country).
    var qualifiedField: [Int: Int] = [:]
    /// "how many of those …": the previous question's records are what is counted.
    var countsSubject = false
    /// The span each chosen metric came from.
    var metricSpans: [String: Int] = [:]
    /// "more … than" between two periods.
    var comparesWithThan = false
    /// The field whose values a "vs" compares ("gold vs silver members").
    var comparedField: String?
    /// True when the plan measures the previous question's metric because this one named none.
    var continuesMetric = false
    /// In a follow-up, the previous question's metric: what "worst" and "best first" rank by
    /// when the question names no metric of its own.
    var previousMetric: String?
    /// Spans left unread on purpose, so the question is asked back ("on 2025 orders" dating rows a
    /// related condition cannot date).
    var unreadable = Set<Int>()
    /// "refunds above $1,500 …": the span of a metric read as the listed rows' own amount.
    var rowAmountSpan: Int?
    /// In a follow-up, the previous question's breakdowns: "the european ones" are among their rows.
    var previousDimensions: [String] = []
    /// The frame a follow-up already knows ("which of those are books?" after a count lists the
    /// counted records), instead of the one the question's words would choose.
    var knownFrame: Frame?
    /// Periods joined from two ends ("from June to August 2024"): their "from" opened a range.
    var joinedRanges = Set<Int>()

    enum Frame: Equatable {
        case metric
        case records(entity: String)
        case lookup(entity: String)
        case distinct(field: String)
    }

    init(model: SemanticModel, navigator: SchemaNavigator, reading: Reading, context: PlanningContext) {
        self.model = model
        self.navigator = navigator
        self.reading = reading
        self.context = context
    }

    /// The plan for a question read on its own, or nil when there is nothing to plan.
    mutating func build() -> QueryPlan? {
        // "customers in the country where the Chiba hub is": a relative clause the plan cannot
        // express; left unread so the question is asked back instead of answered by halves.
        for index in reading.indices where index > 0 && reading.question(index) == .whereQuestion {
            if let before = reading.previousContent(index), !reading.fields(before).isEmpty, reading.values(before).isEmpty,
               let after = reading.nextContent(index), !reading.values(after).isEmpty {
                reading.require(index)
            }
        }
        requireBreakdownOfNothing()
        settleAgainstDatedNoun()
        dropValuesSpelledLikeTheirNoun()
        settleNounsAfterValues()
        leaveOurSpendingUnread()
        settleDateOrdinals()
        composeQualifiedFields()
        settleExamples()
        settleBreakDown()
        settleValueOfRecords()
        settleRankingInsideMetricPhrases()
        settleMetricAfterRanking()
        settleFieldAfterDeterminer()
        settlePeopleWhoWork()
        settleNamesByOtherValues()
        settleAdjectives()
        settleEachAfterValues()
        settleGrossOfRefunds()
        markNegations()
        collectTime()
        settleComparatives()
        settleTotalAfterAmount()
        settleTotalBeforeMetric()
        settleValueComparisons()
        promoteValueNouns()
        guard let frame = decideFrame() else { return nil }
        switch frame {
        case .metric:
            guard buildMetric() else { return nil }
        case .records(let entity):
            buildRecords(entity)
        case .lookup(let entity):
            buildLookup(entity)
        case .distinct(let field):
            buildDistinct(field)
        }
        listValuesOfOtherRecords()
        moveFiltersToRelated()
        applyPeriods()
        // "2023 or 2025 … for each year": the two years side by side are already one figure each.
        if plan.grain == .year, let period = plan.period, let other = plan.comparePeriod,
           Periods.isWholeYear(period), Periods.isWholeYear(other) {
            plan.grain = nil
        }
        applyCurrentState()
        limitToNumberedGroups()
        settleWhoseLocation()
        consumeIdleDateVerbs()
        dropSelfCountingGroups()
        dropSelfCounts()
        useDurationCueForFields()
        applySortOrder()
        foldGroupConditions()
        markSingleRecord()
        if movementSign != nil, plan.comparePeriod == nil, let period = plan.period { plan.comparePeriod = Periods.before(period) }
        if plan.rankByChange != nil, plan.comparePeriod == nil { plan.rankByChange = nil }
        // Words left unread on purpose stay unread, whatever rule picked them up since.
        for index in unreadable { reading.require(index) }
        return plan
    }

    /// "who has more than 8 people reporting to them": a count of staff per staff member is 1
    /// in every group, so no group passes the condition; beside another breakdown (their manager)
    /// the records' own name goes.
    private mutating func dropSelfCountingGroups() {
        guard plan.kind == .metric, plan.dimensions.count > 1 else { return }
        for metric in plan.metrics where plan.having.contains(where: { $0.metric == metric }) {
            guard let counted = model.metric(named: metric)?.counts, let display = navigator.displayField(of: counted),
                  plan.dimensions.contains(display) else { continue }
            plan.dimensions.removeAll { $0 == display }
            return
        }
    }

    /// "what fraction of shipments went out express": a verb that names a date ("went out" is the
    /// ship date) with no time after it only says what the records did.
    private mutating func consumeIdleDateVerbs() {
        let dateWords: Set<String> = ["date", "dates", "day", "days", "time", "when", "month", "year"]
        for index in reading.indices where !reading.isUsed(index) && !reading.spans[index].meanings.isEmpty {
            let dated = reading.spans[index].meanings.allSatisfy { meaning in
                if case .field(let field) = meaning { return model.dimension(named: field)?.fieldType == .date }
                if case .grammar(.linking) = meaning { return true }
                return false
            }
            guard dated, reading.words(index).count > 1 || reading.has(index, .linking), reading.words(index).allSatisfy({ !dateWords.contains($0) }),
                  reading.nextContent(index).map({ reading.period($0) == nil && reading.comparator($0) == nil }) ?? true else { continue }
            reading.use(index)
        }
    }

    /// "rank our four regions by gross margin": a number before the groups counts them — the top
    /// that many.
    private mutating func limitToNumberedGroups() {
        guard plan.kind == .metric, plan.limit == nil else { return }
        for index in reading.indices.dropFirst() where !reading.isUsed(index) {
            guard let number = reading.number(index), number.unit == .plain, let count = Self.count(number.value),
                  ["our", "the", "all", "rank", "ranking"].contains(reading.spans[index - 1].text.lowercased()),
                  let noun = reading.nextContent(index), noun == index + 1,
                  reading.fields(noun).contains(where: plan.dimensions.contains)
                    || reading.entities(noun).compactMap(navigator.displayField(of:)).contains(where: plan.dimensions.contains) else { continue }
            plan.limit = count
            plan.ascending = false
            reading.use(index)
        }
    }

    /// "the worst-rated products, only counting products with at least 10 reviews": the grouped
    /// records named again are the population, not a count (one product per product) beside the
    /// figure asked for.
    private mutating func dropSelfCounts() {
        guard plan.kind == .metric, plan.metrics.count > 1 else { return }
        plan.metrics.removeAll { metric in
            guard let counted = model.metric(named: metric)?.counts, let display = navigator.displayField(of: counted) else { return false }
            return plan.dimensions.contains(display) && !plan.having.contains { $0.metric == metric }
        }
    }

    // MARK: Frame

    /// The first noun the question is about: a metric, an entity or a field, after the last
    /// question or list word when there is one.
    func head() -> Int? {
        let cue = reading.first { reading.question($0) != nil || reading.has($0, .list) || reading.has($0, .count) } ?? -1
        let nouns = reading.all { index in
            !reading.isUsed(index) && (!reading.metrics(index).isEmpty || !reading.entities(index).isEmpty || !reading.fields(index).isEmpty)
                && (reading.values(index).isEmpty || !reading.entities(index).isEmpty || (!reading.fields(index).isEmpty && index > cue && cue >= 0))
                && reading.record(index) == nil && !negated.contains(index)
        }
        guard var first = nouns.first(where: { $0 > cue }) ?? nouns.first else { return nil }
        // "retail store orders": a value naming its kind of record qualifies the noun after it.
        if !reading.values(first).isEmpty, let next = reading.nextContent(first), next == first + 1, nouns.contains(next),
           !reading.entities(next).isEmpty, !reading.has(next, .linking) {
            first = next
        }
        // "worst rated products", "highest revenue stores": the ranked records follow their metric.
        if reading.entities(first).isEmpty, reading.superlative(first) != nil || reading.previousContent(first).map({ reading.superlative($0) != nil }) == true,
           let next = reading.nextContent(first), nouns.contains(next), !reading.entities(next).isEmpty {
            return next
        }
        return first
    }

    /// Spans naming a metric that no negation scopes (a negated metric is a related condition).
    func freeMetricSpans() -> [Int] {
        reading.all { !reading.isUsed($0) && !reading.metrics($0).isEmpty && !negated.contains($0) && reading.values($0).isEmpty }
    }

    /// A singular entity word ("store", "customer") names records, not a count of them.
    /// A question that denies something ("countries with no customers") whose plan denies nothing:
    /// the negation was not placed, and answering without it would answer the opposite.
    var droppedNegation: Bool {
        guard !negations.isEmpty else { return false }
        if negated.contains(where: { reading.comparator($0) != nil }) { return false }
        let denies = plan.filters.contains(where: \.negated) || plan.shareFilters.contains(where: \.negated)
            || plan.related.contains { !$0.exists } || plan.conditions.contains { $0.op == .absent || $0.op == .notEqual }
        return !denies
    }

    func isBareEntityNoun(_ index: Int) -> Bool {
        guard !reading.entities(index).isEmpty, !reading.isPlural(index) else { return false }
        return reading.metrics(index).allSatisfy { model.metric(named: $0)?.counts != nil }
    }

    /// "customer, store and (the) total": the last of the fields listed.
    static func endsAList(_ reading: Reading, _ index: Int) -> Bool {
        var before = index - 1
        if before > 0, reading.spans[before].text.lowercased() == "the" { before -= 1 }
        return before >= 0 && reading.spans[before].roles.contains(.conjunction(and: true)) && reading.nextContent(index) == nil
    }

    var hasAggregateCue: Bool {
        reading.indices.contains { index in
            // "had a total over $5,000": the order total, compared, not a sum.
            // "customer name, store and total": listed with other fields, the order's total.
            if reading.has(index, .total), !reading.fields(index).isEmpty,
               index > 0 && ["a", "an"].contains(reading.spans[index - 1].text.lowercased())
                || reading.nextContent(index).map({ reading.comparator($0) != nil }) == true
                || Self.endsAList(reading, index) {
                return false
            }
            // "came to more than $5,000 in total": the amount is a total, nothing is summed.
            if reading.has(index, .total), Self.saysAmountIsTotal(reading, index) { return false }
            // "which brands shifted more than 7,000 units": an amount in a measure's own unit.
            if let number = reading.number(index), case .unit(let unit) = number.unit, reading.previousContent(index).map({ reading.comparator($0) != nil }) == true,
               reading.nextContent(index).map({ reading.fields($0).isEmpty && reading.metrics($0).isEmpty }) ?? true,
               model.metrics.contains(where: { $0.format != .currency && ($0.synonyms.contains(unit) || $0.label == unit) }) {
                return true
            }
            return reading.spans[index].roles.contains { role in
                switch role {
                case .count, .total, .average, .extreme: true
                default: false
                }
            }
        }
    }

    /// "how many customers placed 5+ orders this year": a count of records whose related metric
    /// passes a threshold — one number, not a group per customer. The period is the related rows'.
    mutating func foldGroupConditions() {
        guard plan.kind == .metric, plan.dimensions.isEmpty, plan.grain == nil, plan.comparePeriod == nil,
              let counted = plan.metrics.first.flatMap({ model.metric(named: $0)?.counts }), !plan.having.isEmpty else { return }
        // "subcategories with a margin rate under 30%": nothing asks for a count, so the records
        // themselves are listed, each with the metric the condition is on.
        let span = metricSpans[plan.metrics[0]]
        let askedCount = reading.indices.contains { reading.has($0, .count) } || span.map { reading.entities($0).isEmpty } ?? true
        if !askedCount, let field = navigator.displayField(of: counted),
           plan.having.allSatisfy({ $0.metric != plan.metrics[0] && navigator.metric($0.metric, reaches: counted) }) {
            plan.metrics.removeFirst()
            for condition in plan.having where !plan.metrics.contains(condition.metric) { plan.metrics.append(condition.metric) }
            plan.dimensions = [field]
            return
        }
        var moved = false
        for condition in plan.having where condition.metric != plan.metrics[0] && navigator.metric(condition.metric, reaches: counted) {
            // "customers who spent more than $5,000 with us in 2024": the spending the verb named,
            // dated, is the one compared — one condition, not "some spending" and "over 5,000 ever".
            let said = plan.related.firstIndex { $0.entity == counted && $0.through == condition.metric && $0.exists && $0.threshold == nil }
            let period = said.flatMap { plan.related[$0].period } ?? plan.period
            if let said { plan.related.remove(at: said) }
            plan.related.append(RelatedCondition(entity: counted, through: condition.metric, exists: true, period: period,
                                                 threshold: .init(op: condition.op, values: condition.values)))
            plan.having.removeAll { $0 == condition }
            plan.metrics.removeAll { $0 == condition.metric }
            moved = true
        }
        if moved { plan.period = nil }
    }

    /// The noun a "which" question asks about ("which electronics subcategory…": subcategory).
    var askedNoun: Int? {
        guard let which = reading.first(where: { reading.question($0) == .which }) else { return nil }
        var look = which + 1
        while look < reading.spans.count {
            if reading.values(look).isEmpty, !reading.fields(look).isEmpty || !reading.entities(look).isEmpty { return look }
            // "which month had the highest sales": a grain names the one period asked for.
            if reading.grain(look) != nil { return look }
            if !reading.spans[look].isFunction, reading.values(look).isEmpty, reading.number(look) == nil { return nil }
            look += 1
        }
        return nil
    }

    /// Records named by id ("order 10042") or by a value of a field that names them ("Porto Linen
    /// Mills", "SKU BOK-FIC-01189").
    func recordReferences() -> [(index: Int, entity: String)] {
        reading.indices.compactMap { index in
            if let record = reading.record(index) { return (index, record.entity) }
            for value in reading.values(index) {
                if let entity = navigator.entity(identifiedBy: value.field) { return (index, entity) }
            }
            return nil
        }
    }

    /// "how did Milan do in 2025", "how are we doing this month": how things went, in the model's
    /// main metric.
    var asksHowItWent: Bool {
        reading.indices.contains { reading.question($0) == .how }
            && !reading.indices.contains { !reading.metrics($0).isEmpty || !reading.isUsed($0) && !reading.fields($0).isEmpty && reading.values($0).isEmpty }
    }

    /// "$24.50 an hour", "$60k a year": a time after an amount says what the money is per.
    func isRateOfMoney(_ index: Int) -> Bool {
        guard let before = reading.previousContent(index), reading.number(before)?.unit == .currency else { return false }
        return ["an", "a", "per"].contains(reading.words(index).first ?? "") || reading.words(index).count == 1
    }

    var hasGroupingOrGrain: Bool {
        let head = head()
        let rankingCue = rankingField()?.cue
        return reading.indices.contains { index in
            if case .grain = reading.spans[index].meanings.first { return !isRateOfMoney(index) }
            if index == rankingCue { return false }  // "the longest book, by page count": the ranking
            // "show every order": "every" before the records' own noun is not a breakdown.
            guard reading.has(index, .grouping), let target = groupingTarget(index), target != head else { return false }
            // "when did each one open?": each record's own date, asked, is no breakdown.
            if reading.indices.contains(where: { reading.question($0) == .when }),
               reading.fields(target).contains(where: { model.dimension(named: $0)?.fieldType == .date }) {
                return false
            }
            return !reading.fields(target).isEmpty || !reading.entities(target).isEmpty
        }
    }

    /// What a grouping word groups by: the next content word, past values that only narrow it
    /// ("each of our platinum customers in Stockholm": per customer, platinum ones).
    func groupingTarget(_ index: Int) -> Int? {
        guard var target = reading.nextContent(index) else { return nil }
        while !reading.values(target).isEmpty, reading.entities(target).isEmpty, reading.fields(target).isEmpty || reading.isUsed(target),
              let next = reading.nextContent(target), !reading.entities(next).isEmpty || !reading.fields(next).isEmpty {
            target = next
        }
        return target
    }

    /// A metric word that is also a number field next to a comparison ("reserved is higher than on
    /// hand") compares a field of each record; it does not make the question an aggregate.
    func comparesField(_ index: Int) -> Bool {
        let table = head().flatMap { reading.entities($0).first }.flatMap(navigator.table(ofEntity:))
        // "products with fewer than 24 units on hand across all warehouses": a number of rows the
        // records own (their stock lines) is their total, not a field of theirs.
        guard reading.fields(index).contains(where: { field in
                  model.dimension(named: field)?.fieldType == .number && table.map { navigator.reaches(field, from: $0) } != false
              })
                || table.flatMap({ unitField(index, of: $0) }) != nil else { return false }
        if [reading.previousContent(index), reading.nextContent(index)].contains(where: { $0.map { reading.comparator($0) != nil } ?? false }) {
            return true
        }
        // "more than 10 units"
        guard let number = reading.previousContent(index), reading.number(number) != nil,
              let comparator = reading.previousContent(number) else { return false }
        return reading.comparator(comparator) != nil
    }

    /// A unit word ("units", "days", "stars") naming a number field of `table`'s own rows: "order
    /// lines with 10 or more units" compares each line's quantity.
    /// With `sameRow` false, the closest such field that `table` reaches ("averaging under 3.5 stars").
    func unitField(_ index: Int, of table: String, sameRow: Bool = true) -> String? {
        guard reading.words(index).count == 1, let word = reading.words(index).first else { return nil }
        let stem = PhraseTable<Meaning>.stem(word)
        let fields = model.dimensions.filter { field in
            guard let unit = field.unit, PhraseTable<Meaning>.stem(unit) == stem, let distance = navigator.distance(field.name, from: table) else { return false }
            return !sameRow || distance == 0
        }
        if sameRow { return fields.count == 1 ? fields[0].name : nil }
        return navigator.closest(fields.map(\.name), from: table)
    }
}
