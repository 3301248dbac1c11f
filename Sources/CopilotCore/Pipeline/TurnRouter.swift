/// Decides, once and before planning, what a message is: a data question, a definition or policy
/// question, an action, a request for help, small talk, or several questions in one. It weighs
/// each side's confidence: the action recogniser's match, the offline planner's reading (a plan is
/// confident, a clarification is not), and how much of the question the best knowledge passage
/// covers.
public struct TurnRouter: Sendable {
    public let offline: OfflinePlanner
    public let knowledge: KnowledgeAnswerer?
    public let actions: (any ActionDesk)?
    /// True when a language model plans every data question (`llm` mode): what the offline reading
    /// cannot read goes to the model, not to the documents.
    public let modelPlansEverything: Bool

    public init(offline: OfflinePlanner, knowledge: KnowledgeAnswerer?, actions: (any ActionDesk)?, modelPlansEverything: Bool = false) {
        self.offline = offline
        self.knowledge = knowledge
        self.actions = actions
        self.modelPlansEverything = modelPlansEverything
    }

    /// The passage coverage a rule-shaped question the data side could not read needs.
    static let ruleCoverage = 0.4
    /// The passage coverage a case told at length needs: most of its everyday words ("woman", "torn",
    /// "wrapping") are in no document, though its subject is.
    static let situationCoverage = 0.2
    /// The passage coverage a question about the copilot itself needs: its everyday framing ("went
    /// to lunch", "by accident") is in no document, and the data side cannot answer it at all.
    static let selfCoverage = 0.25

    /// The route for `message`. `splitting` is false when `message` is already one clause.
    public func route(_ message: String, context: PlanningContext, splitting: Bool = true) async -> Route {
        if let request = actions?.recognise(message) { return .action(request) }
        let reading = await offline.plan(message, context: context)
        if splitting {
            // "who supplies X and what's their lead time?" reads as one question; "what's our
            // return rate and what's the return window?" does not.
            let parts = Self.clauses(of: message)
            if (2...3).contains(parts.count), !reading.isPlan { return .several(parts) }
        }
        if let reply = SmallTalk.reply(to: message) { return .smallTalk(reply) }
        if case .help(let text) = reading { return .help(text) }
        guard let knowledge else { return .data(reading) }
        // A definition question goes to the documents even when it names a metric ("how is AOV
        // calculated"), and so does a question about what is allowed or required ("does revenue include
        // shipping?"); otherwise the documents answer only what the data side cannot read ("revenue by influencer" is not answered by
        // the definition of revenue): the passage must explain the words the data side could not
        // read. A follow-up refines the data question before it.
        // "which carrier handled the most shipments…": a question for records, read whole by the data
        // side, is no definition because a cue word ("handled") is in it.
        // "gift card rules aside, how much revenue … per channel": a plan read whole that breaks
        // figures down or bounds them in time asks for figures, whatever rule word it mentions;
        // a word asking how a figure is worked out ("calculated", "defined") still asks that.
        let asksForData = reading.isPlan && (Self.asksForRecords(message) || Self.isMeasured(reading) && !Self.asksHowWorkedOut(message))
        // "not asking about the return window rules, just numbers: how many …": a rule set aside to
        // ask for figures the data side read whole.
        if reading.isPlan, await offline.readsPastLeadIn(message, context: context) { return .data(reading) }
        if Self.isDefinitionQuestion(message) && !asksForData && !Self.listsRows(message) || Self.isRuleQuestion(message) {
            if let answer = await knowledge.answer(message) { return .knowledge(answer) }
            let named = Self.naming(message, kindsIn: reading, model: offline.model)
            if named != message, let answer = await knowledge.answer(named, coverage: Self.ruleCoverage) { return .knowledge(answer) }
        }
        // The shop's data knows nothing about the copilot itself: a passage on the subject will do.
        if Self.isAboutCopilot(message), let answer = await knowledge.answer(message, coverage: Self.selfCoverage) {
            return .knowledge(answer)
        }
        // In a data conversation, a message that points back ("that order", "the cancelled one",
        // "standard service only") refines the last answer: asking back beats quoting a document.
        let continuesData = Self.isFollowUp(message) || (context.previousPlan != nil && Self.pointsBack(message))
        if !modelPlansEverything, !continuesData, let reason = reading.clarificationReason {
            // A question shaped like one about rules ("can…", "how long do…") needs only a passage on
            // its subject; any other must find its unread words explained.
            // Everyday words around the subject ("officially", "people", "supposed") lower a rule
            // question's coverage, so one the data side cannot read needs a little less of it.
            let ruleShaped = Self.isPolicyShaped(message)
            switch reason {
            case .unknownWords(let words, dataShaped: _) where ruleShaped:
                if let answer = await knowledge.answer(message, coverage: Self.tellsASituation(message, unknown: words) ? Self.situationCoverage : Self.ruleCoverage) {
                    return .knowledge(answer)
                }
            case .unplaced(_, dataShaped: _) where ruleShaped && !Self.listsRows(message):
                if let answer = await knowledge.answer(message, coverage: Self.ruleCoverage) { return .knowledge(answer) }
            case .unknownWords(let words, dataShaped: false):
                if let answer = await knowledge.answer(message, unread: words) { return .knowledge(answer) }
                // "a customer asked us to erase her personal data under GDPR…": a case told at length in
                // words the data has no name for needs only a passage on its subject.
                if Self.tellsASituation(message, unknown: words), let answer = await knowledge.answer(message, coverage: Self.situationCoverage) {
                    return .knowledge(answer)
                }
            case .unknownWords(let words, dataShaped: true) where Self.tellsASituation(message, unknown: words):
                // "customer wants to send back 3 bags of coffee, still sealed…": a case told in
                // words the data has no name for, with a number or a date in it, asks how things work.
                if let answer = await knowledge.answer(message, coverage: Self.situationCoverage) { return .knowledge(answer) }
            case .vague:
                if let answer = await knowledge.answer(message, unread: []) { return .knowledge(answer) }
            case .unknownWords, .unplaced, .continuesUnanswered, .severalMatch, .other:
                break
            }
        }
        return .data(reading)
    }
}

extension TurnRouter {
    /// The question with the kinds of the values it names: "can someone use WELCOME10 on Amazon"
    /// is about a promo code and a marketplace, which the documents name though the question does not.
    static func naming(_ message: String, kindsIn reading: PlannerOutcome, model: SemanticModel) -> String {
        guard case .plan(let plan, _) = reading else { return message }
        let kinds = plan.filters.compactMap { model.dimension(named: $0.dimension)?.displayName }
        return kinds.isEmpty ? message : message + " (" + kinds.joined(separator: ", ") + ")"
    }
}
