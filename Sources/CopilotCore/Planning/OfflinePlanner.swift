/// The embedded default planner: deterministic, offline, milliseconds. It reads a question with
/// the semantic model's vocabulary and English structure words, and asks back instead of guessing
/// when something in the question is not understood.
public struct OfflinePlanner: Planner {
    public let name = "offline"
    public let model: SemanticModel
    let lexicon: Lexicon
    let spelling: SpellingCorrector
    /// Words naming entity attributes ("list price", "delivered"): known, though not planned on.
    let attributeWords: Set<String>
    let verifiedIndex: [(words: Set<String>, query: SemanticModel.VerifiedQuery)]

    /// `values` are dimension values read from the database (for dimensions declared `values: auto`).
    public init(model: SemanticModel, values: [String: [String]] = [:]) {
        self.model = model
        lexicon = Lexicon(model: model, values: values)
        let attributes = Set(model.entities.flatMap { entity in
            (entity.columns + (entity.details?.columns ?? [])).flatMap { QuestionTokens(SemanticCompiler.columnName($0)).words }
        })
        attributeWords = attributes
        spelling = SpellingCorrector(lexicon: lexicon, extraWords: attributes)
        verifiedIndex = model.verifiedQueries.map { (OfflinePlanner.contentWords(QuestionTokens($0.question).words), $0) }
    }

    /// Stemmed words that carry meaning, for comparing phrasings.
    package static func contentWords(_ words: [String]) -> Set<String> {
        Set(words.filter { !PlannerVocabulary.fillers.contains($0) || TimeVocabulary.units[$0] != nil }.map(Lexicon.stem))
    }

    public func plan(_ question: String, context: PlanningContext) async -> PlannerOutcome {
        planSynchronously(question, context: context)
    }

    public func planSynchronously(_ question: String, context: PlanningContext) -> PlannerOutcome {
        let reading = read(question, asOf: context.asOf)
        if reading.words.isEmpty {
            return .clarification(Clarification("What would you like to know? For example: “revenue last month” or “top 5 products by units sold”."))
        }
        if let verified = matchVerifiedQuery(reading.words) {
            return .verified(verified)
        }
        if reading.helpRequested && reading.metrics.isEmpty && reading.entities.isEmpty {
            return .help(helpText())
        }
        if let unknown = reading.unknownAfterPreposition.first ?? (reading.unknownWords.count >= 1 ? reading.unknownWords.first : nil) {
            return clarifyUnknown(unknown, reading: reading)
        }

        var notes: [String] = []
        let isFollowUp = context.previousPlan != nil && looksLikeFollowUp(reading)
        var plan: QueryPlan
        if isFollowUp, let previous = context.previousPlan {
            plan = merge(previous, with: reading, notes: &notes)
        } else {
            guard let fresh = standalonePlan(reading, notes: &notes) else {
                return clarifyVague(reading)
            }
            plan = fresh
        }
        finish(&plan, reading: reading, notes: &notes)
        return .plan(plan, notes: notes)
    }

    // MARK: Standalone questions

    private func standalonePlan(_ reading: QuestionReading, notes: inout [String]) -> QueryPlan? {
        var plan = QueryPlan()
        if reading.metrics.isEmpty {
            if !reading.entities.isEmpty {
                plan.kind = .lookup
                plan.entities = reading.entities
                plan.dimensions = reading.dimensions
                if asksForLines(reading) { plan.details = true }
                return plan
            }
            let groups = reading.dimensions + reading.entityMentions
            guard reading.rankDirection != nil, !groups.isEmpty, let fallback = model.metrics.first else { return nil }
            plan.metrics = [fallback.name]
            notes.append("ranked by \(fallback.displayName) (no metric named)")
        } else {
            plan.metrics = reading.metrics
        }
        apply(reading, to: &plan, replacingFilters: false)
        return plan
    }

    /// "what's in order 500", "items of order 500", "what did order 500 contain".
    func asksForLines(_ reading: QuestionReading) -> Bool {
        let words = reading.words
        let lineWords: Set<String> = ["contain", "contains", "contained", "contents", "content", "lines", "line", "items", "products"]
        if words.contains(where: lineWords.contains) { return true }
        return zip(words, words.dropFirst()).contains { ["what", "is"].contains($0.0) && $0.1 == "in" }
    }

    /// Periods, filters, breakdowns and rankings from the reading onto a plan.
    func apply(_ reading: QuestionReading, to plan: inout QueryPlan, replacingFilters: Bool) {
        let groups = reading.dimensions + reading.entityMentions.filter { !reading.dimensions.contains($0) }
        if !groups.isEmpty { plan.dimensions = groups }
        if let grain = reading.grain { plan.grain = grain }
        if !reading.entities.isEmpty { plan.entities = reading.entities }
        for (filter, _) in reading.filters {
            plan.filters.removeAll { $0.dimension == filter.dimension }
            plan.filters.append(filter)
        }
        if let limit = reading.limit { plan.limit = limit }
        applyPeriods(reading, to: &plan)
    }

    private func applyPeriods(_ reading: QuestionReading, to plan: inout QueryPlan) {
        let periods = reading.periods.map(\.period).sorted { $0.start < $1.start }
        switch periods.count {
        case 0:
            break
        case 1:
            // "vs last year", "compared to 2024": the named period is the baseline; the current one
            // is the period that follows it.
            let range = reading.periods[0].range
            let baseline = reading.comparison && (max(0, range.lowerBound - 2)..<range.lowerBound).contains { index in
                ["vs", "versus", "v", "compared", "against", "than", "compare"].contains(reading.words[index])
            }
            if baseline, let following = periodAfter(periods[0]) {
                plan.period = following
                plan.comparePeriod = periods[0]
            } else {
                plan.period = periods[0]
                plan.comparePeriod = nil
            }
        default:
            if reading.comparison {
                plan.period = periods[periods.count - 1]
                plan.comparePeriod = periods[0]
            } else {
                plan.period = QueryPlan.Period(start: periods[0].start, end: periods.map(\.end).max()!,
                                               label: "\(periods[0].label) to \(periods[periods.count - 1].label)")
                plan.comparePeriod = nil
            }
        }
    }
}
