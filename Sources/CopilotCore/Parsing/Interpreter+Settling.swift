/// What a plan takes from the conversation around it once the question is read: the periods
/// talked about, the records counted, a measure's word said again, and no period for a figure
/// that has no date.
extension Interpreter {
    /// "which country grew the most?" after revenue in 2025 and "and last year?": the two years the
    /// conversation just named, not the last one named and the one before it.
    func comparedAsTalkedAbout(_ outcome: PlannerOutcome, reading: Reading, context: PlanningContext) -> PlannerOutcome {
        let words = reading.tagged.words
        // "the margin rate for both years side by side": the two years just talked about.
        let saysBoth = zip(words, words.dropFirst()).contains { ["both", "two"].contains($0) && TimeVocabulary.units[$1] != nil }
        // "so how much up is that?", "how much higher was Q1 2025 overall?" after a figure for two
        // periods in turn: the change between them.
        let asksChange = comparesTalkedPeriods(reading, context: context)
        guard case .plan(var plan, let notes) = outcome, plan.kind == .metric,
              !reading.indices.contains(where: { index in
                  guard let named = reading.period(index) else { return reading.shifts(index) }
                  return !asksChange || !context.periods.contains { $0.start == named.start && $0.end == named.end }
              }) else { return outcome }
        // "which one grew the most in dollars?" right after Q3 2025 beside Q3 2024: grew between
        // the two periods just shown, not since the quarter before.
        if let previous = context.previousPlan, let shown = previous.comparePeriod, let named = plan.period, let before = plan.comparePeriod,
           previous.period?.start == named.start, previous.period?.end == named.end,
           before.start == Periods.before(named).start, before.end == Periods.before(named).end,
           !reading.indices.contains(where: { reading.period($0) != nil }) {
            plan.comparePeriod = shown
            return .plan(plan, notes: notes)
        }
        let period: QueryPlan.Period
        let compare: QueryPlan.Period
        if let named = plan.period, let before = plan.comparePeriod, before.start == Periods.before(named).start, before.end == Periods.before(named).end {
            (period, compare) = (named, before)
        } else if saysBoth || asksChange, plan.comparePeriod == nil, let last = context.lastPeriod {
            (period, compare) = (plan.period ?? last, Periods.before(plan.period ?? last))
        } else {
            return outcome
        }
        var talked: [QueryPlan.Period] = []
        for named in context.periods.reversed() where !talked.contains(where: { $0.start == named.start && $0.end == named.end }) {
            talked.append(named)
            if talked.count == 2 { break }
        }
        guard talked.count == 2, talked.contains(where: { $0.start == period.start && $0.end == period.end }),
              let later = talked.max(by: { $0.start < $1.start }), let earlier = talked.min(by: { $0.start < $1.start }),
              let laterDays = Self.length(of: later), let earlierDays = Self.length(of: earlier),
              abs(laterDays - earlierDays) <= 3, later.start != period.start || earlier.start != compare.start || plan.comparePeriod == nil else { return outcome }
        plan.period = later
        plan.comparePeriod = earlier
        return .plan(plan, notes: notes)
    }

    /// Whether the question asks how much a figure moved ("how much up is that", "how much higher
    /// was Q1 2025") with the conversation's last two questions on the same figure for two periods.
    private func comparesTalkedPeriods(_ reading: Reading, context: PlanningContext) -> Bool {
        let words = Set(reading.tagged.words)
        guard let previous = context.previousPlan, let earlier = context.earlierPlan, previous.kind == .metric, earlier.kind == .metric,
              previous.metrics == earlier.metrics, previous.comparePeriod == nil, earlier.comparePeriod == nil,
              let one = previous.period, let other = earlier.period, one.start != other.start else { return false }
        let moved = reading.indices.contains { index in
            reading.has(index, .comparison) || reading.spans[index].roles.contains { if case .movement = $0 { true } else { false } }
        }
        return moved || !words.isDisjoint(with: ["higher", "lower", "difference", "up", "down", "bigger", "smaller"])
    }

    /// Days in `period` (a leap year is one longer; two years are still alike).
    static func length(of period: QueryPlan.Period) -> Int? {
        guard let start = CalendarDate(iso: period.start), let end = CalendarDate(iso: period.end) else { return nil }
        return end.dayNumber - start.dayNumber
    }

    /// "which store took the most of them?" after the AOV of the XMAS15 orders: the most of those
    /// orders — their count, not the figure asked before — when the question names no measure.
    func countingTheRecords(_ outcome: PlannerOutcome, reading: Reading, previous: QueryPlan, context: PlanningContext) -> PlannerOutcome {
        let words = reading.tagged.words
        guard case .plan(var plan, let notes) = outcome, plan.kind == .metric, plan.limit != nil, previous.kind == .metric,
              previous.dimensions.isEmpty, previous.grain == nil, let measured = previous.metrics.first,
              model.metric(named: measured)?.format != .count,
              zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains(where: { $0 == "most" && $1.0 == "of" && ["them", "those", "these"].contains($1.1) }),
              !reading.indices.contains(where: { reading.metrics($0).contains(where: plan.metrics.contains) }) else { return outcome }
        let builder = PlanBuilder(model: model, navigator: navigator, reading: reading, context: context)
        guard let count = builder.eventCount(measuring: measured), plan.metrics.first == measured else { return outcome }
        plan.metrics[0] = count
        return .plan(plan, notes: notes)
    }

    /// A figure with no date ("how much of it do we have on hand" after August's best seller)
    /// keeps no period the question did not name: stock is counted now.
    func undated(_ outcome: PlannerOutcome, reading: Reading) -> PlannerOutcome {
        guard case .plan(var plan, let notes) = outcome, plan.kind == .metric, plan.period != nil, !plan.metrics.isEmpty,
              plan.metrics.allSatisfy({ model.metric(named: $0)?.timeColumn == nil }),
              !reading.indices.contains(where: { reading.period($0) != nil || reading.has($0, .reference) && reading.grain($0 + 1) != nil })
        else { return outcome }
        plan.period = nil
        plan.comparePeriod = nil
        return .plan(plan, notes: notes)
    }

    /// `other`'s period for `plan`, on the date it was counted by when both count the same records
    /// ("which reason cost us the most?" after refunds on orders placed in H1 2025: still by order date).
    func inheritPeriod(of other: QueryPlan, into plan: inout QueryPlan) {
        plan.period = other.period
        guard plan.dateField == nil, let field = other.dateField,
              let table = plan.metrics.first.flatMap(navigator.table(ofMetric:)),
              table == other.metrics.first.flatMap(navigator.table(ofMetric:)) else { return }
        plan.dateField = field
    }

    /// "which stores had a cancellation rate above 5%? show the rate too": a word no entry knows
    /// alone that is a word of a measure the question names points back at that measure.
    func readEchoes(_ reading: inout Reading) {
        // Most questions have no word nothing knows: nothing to gather then.
        guard reading.spans.contains(where: \.isUnknown) else { return }
        let named = reading.indices.flatMap { reading.metrics($0) }.compactMap { model.metric(named: $0) }
        guard !named.isEmpty else { return }
        let words = Set(named.flatMap { metric in ([metric.displayName] + metric.synonyms).flatMap { $0.lowercased().split(separator: " ").map(String.init) } })
        for index in reading.indices where reading.spans[index].isUnknown && words.contains(reading.spans[index].text.lowercased()) {
            reading.replace(index, with: [.grammar(.function)])
            reading.use(index)
        }
    }

    /// "what was their rate in October 2024?" after the worst on-time rate: a word no entry knows
    /// alone that is a word of the one measure the previous answer showed names that measure again.
    func readEchoes(_ reading: inout Reading, previous: QueryPlan?) {
        guard let previous, reading.spans.contains(where: \.isUnknown) else { return }
        for index in reading.indices where reading.spans[index].isUnknown {
            let word = reading.spans[index].text.lowercased()
            let echoed = previous.metrics.filter { name in
                guard let metric = model.metric(named: name) else { return false }
                return ([metric.displayName] + metric.synonyms).contains { $0.lowercased().split(separator: " ").contains { $0 == word } }
            }
            guard echoed.count == 1 else { continue }
            reading.replace(index, with: [.metric(echoed[0])])
        }
    }

    /// "how many people signed up as customers": a word for anyone beside the records that say
    /// who they are adds nothing.
    /// "the priciest thing in the catalogue": a thing ranked by a field is a record of the field's
    /// table, when the question names no records of its own.
    func readGenericThings(_ reading: inout Reading) {
        guard !reading.indices.contains(where: { !reading.entities($0).isEmpty || !reading.metrics($0).isEmpty }),
              let owner = reading.indices.compactMap({ reading.adjective($0) }).first.flatMap({ navigator.owner(of: $0.field) }) else { return }
        for index in reading.indices where ["thing", "things", "stuff"].contains(reading.words(index).joined(separator: " ")) {
            reading.replace(index, with: [.entity(owner)])
            return
        }
    }

    func readGenericPeople(_ reading: inout Reading) {
        guard reading.spans.contains(where: \.isUnknown),
              reading.indices.contains(where: { index in reading.entities(index).contains { model.entity(named: $0)?.person == true } })
        else { return }
        for index in reading.indices where reading.spans[index].isUnknown
            && ["people", "persons", "folks", "individuals"].contains(reading.words(index).joined(separator: " ")) {
            reading.replace(index, with: [.grammar(.function)])
            reading.use(index)
        }
    }

    /// "which channel brought in the most?" after signups per acquisition channel, "which method
    /// was highest?" after orders by payment method: the last word of a field the previous answer
    /// was broken down by, after "which", "that" or "the", names that field.
    func readHeadNouns(_ reading: inout Reading, previous: QueryPlan?) {
        guard let previous, !previous.dimensions.isEmpty else { return }
        for index in reading.indices where index > 0 && reading.words(index).count == 1 {
            guard ["which", "that", "the", "what", "each"].contains(reading.spans[index - 1].text.lowercased()),
                  reading.values(index).isEmpty, reading.entities(index).isEmpty else { continue }
            guard let spoken = reading.words(index).first else { continue }
            let word = WordStem.light(spoken)
            let matching = previous.dimensions.filter { name in
                guard let dimension = model.dimension(named: name) else { return false }
                let words = dimension.displayName.lowercased().split(separator: " ").map(String.init)
                return words.count > 1 && WordStem.light(words.last ?? "") == word
            }
            guard matching.count == 1, let field = matching.first, !reading.fields(index).contains(field) else { continue }
            reading.spans[index].meanings = [.field(field)]
        }
    }

    /// Verbs a figure is said with ("brought in", "made", "pulled in"): no noun of a figure.
    static let figureVerbs: Set<String> = ["brought", "made", "sold", "earned", "generated", "took", "pulled", "raked", "drove", "got", "did"]

    /// "which channel brought in the most?" after new customers by acquisition channel: a verb
    /// that names no figure of its own ranks the rows just shown by the figure they showed.
    func rankedAsBefore(_ outcome: PlannerOutcome, reading: Reading, previous: QueryPlan) -> PlannerOutcome {
        guard case .plan(var plan, let notes) = outcome, plan.kind == .metric, plan.limit != nil, previous.kind == .metric,
              previous.metrics.count == 1, plan.metrics.count == 1, plan.metrics != previous.metrics,
              !plan.dimensions.isEmpty, plan.dimensions == previous.dimensions,
              let span = reading.indices.first(where: { reading.metrics($0).contains(plan.metrics[0]) }),
              reading.has(span, .linking) || Self.figureVerbs.contains(reading.words(span).first ?? ""),
              reading.entities(span).isEmpty else { return outcome }
        plan.metrics = previous.metrics
        return .plan(plan, notes: notes)
    }
}
