import CopilotCore

/// Builds the planning stage a configuration asks for; used by the composition root.
public enum PlannerFactory {
    /// The offline stage for ``PlannerMode/offline``; otherwise a stage with an ``LLMPlanner``.
    /// `templates` gives a prompt template's text by name. Throws ``LLMError`` for incomplete settings.
    public static func make(_ configuration: LLMConfiguration, model: SemanticModel, runner: GuardedSQLRunner,
                            knowledge: (any KnowledgeSource)?, values: [String: [String]] = [:],
                            templates: (String) -> String?) throws -> PlanningStage {
        let mode = configuration.effectiveMode
        guard mode != .offline else { return PlanningStage() }
        let options = LLMPlanner.Options(turnDeadline: configuration.timeout * 2, maxTokens: configuration.maxTokens,
                                         streaming: configuration.streaming)
        let llm = try LLMPlanner(chat: try configuration.makeChatModel(), model: model, runner: runner, knowledge: knowledge,
                                 values: values, templates: templates, options: options)
        return PlanningStage(mode: mode, model: llm)
    }
}
