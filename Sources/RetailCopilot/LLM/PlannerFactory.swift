/// Builds the planner a configuration asks for; used by the composition root
/// (``CopilotEnvironment/makeEngine(_:notice:)``).
public enum PlannerFactory {
    /// `offline` is returned as is for ``PlannerMode/offline``; it is the fallback of the LLM
    /// planner and the first resort of the hybrid one. Throws ``LLMError`` for incomplete settings.
    public static func make(_ configuration: LLMConfiguration, offline: OfflinePlanner, model: SemanticModel,
                            runner: GuardedSQLRunner, knowledge: KnowledgeBase?, values: [String: [String]] = [:],
                            resources: ResourceLibrary = .standard()) throws -> any Planner {
        let mode = configuration.effectiveMode
        guard mode != .offline else { return offline }
        let options = LLMPlanner.Options(turnDeadline: configuration.timeout * 2, maxTokens: configuration.maxTokens,
                                         streaming: configuration.streaming)
        let llm = try LLMPlanner(chat: try configuration.makeChatModel(), model: model, runner: runner, knowledge: knowledge,
                                 values: values, fallback: offline, resources: resources, options: options)
        switch mode {
        case .llm: return llm
        case .hybrid, .offline: return HybridPlanner(offline: offline, llm: llm, knowledge: knowledge.map(KnowledgeAnswerer.init))
        }
    }
}
