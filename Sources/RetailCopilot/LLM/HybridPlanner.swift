import Metrics

/// The offline planner first, the language model only for what it cannot answer: the offline
/// outcome is used when it is confident (a plan, a verified query or help); a clarification goes
/// to the ``LLMPlanner`` unless the knowledge base will answer it anyway. The planner that answered
/// is named in the outcome's notes (`answered by: offline|llm`), counted in the usage ledger and
/// exported as `copilot_planner_answers_total{planner}`.
public struct HybridPlanner: Planner, LLMUsageReporting {
    public let name = "hybrid"
    public var readsConversationHistory: Bool { true }
    public let offline: any Planner
    public let llm: LLMPlanner
    /// The engine answers a clarification from the knowledge base when it can; such questions do
    /// not need the model.
    public let knowledge: KnowledgeAnswerer?

    public init(offline: any Planner, llm: LLMPlanner, knowledge: KnowledgeAnswerer? = nil) {
        self.offline = offline
        self.llm = llm
        self.knowledge = knowledge
    }

    public var usageLedger: LLMUsageLedger { llm.usageLedger }

    public func plan(_ question: String, context: PlanningContext) async -> PlannerOutcome {
        let first = await offline.plan(question, context: context)
        switch first {
        case .plan, .verified, .help, .action:
            return await answeredOffline(first)
        case .clarification:
            if let knowledge, !KnowledgeAnswerer.isFollowUp(question), await knowledge.answer(question) != nil {
                return await answeredOffline(first)
            }
            Counter(label: "copilot_planner_answers_total", dimensions: [("planner", llm.name)]).increment()
            return await llm.plan(question, context: context).addingNotes(["answered by: \(llm.name)"])
        }
    }

    private func answeredOffline(_ outcome: PlannerOutcome) async -> PlannerOutcome {
        await usageLedger.answeredOffline()
        Counter(label: "copilot_planner_answers_total", dimensions: [("planner", offline.name)]).increment()
        return outcome.addingNotes(["answered by: \(offline.name)"])
    }
}
