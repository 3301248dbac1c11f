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

    /// The route for `message`. `splitting` is false when `message` is already one clause.
    public func route(_ message: String, context: PlanningContext, splitting: Bool = true) async -> Route {
        if let request = actions?.recognise(message) { return .action(request) }
        if splitting {
            let parts = Self.clauses(of: message)
            if (2...3).contains(parts.count) { return .several(parts) }
        }
        if let reply = SmallTalk.reply(to: message) { return .smallTalk(reply) }
        let reading = await offline.plan(message, context: context)
        if case .help(let text) = reading { return .help(text) }
        guard let knowledge else { return .data(reading) }
        // A definition question goes to the documents even when it names a metric ("how is AOV
        // calculated"); otherwise the documents answer only what the data side cannot read, and only
        // when one passage covers every meaningful word ("revenue by influencer" is not answered by
        // the definition of revenue). A follow-up refines the data question before it.
        if Self.isDefinitionQuestion(message), let answer = await knowledge.answer(message) { return .knowledge(answer) }
        if !reading.isConfident, !modelPlansEverything, !Self.isFollowUp(message), let answer = await knowledge.answer(message, fallback: true) {
            return .knowledge(answer)
        }
        return .data(reading)
    }
}
