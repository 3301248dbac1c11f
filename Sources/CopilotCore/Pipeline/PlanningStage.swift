import Metrics

/// Plans a data question: the offline reading when it is confident, the language model (when one
/// is configured) for what the offline parser cannot read — or for everything in `llm` mode —
/// and the offline reading again when the model fails.
public struct PlanningStage: Sendable {
    public let mode: PlannerMode
    /// The language-model planner; nil in offline mode.
    public let model: (any Planner)?

    public init(mode: PlannerMode = .offline, model: (any Planner)? = nil) {
        self.mode = model == nil ? .offline : mode
        self.model = model
    }

    /// The outcome to act on and the name of the planner that produced it (`offline`, `llm`).
    public func plan(_ question: String, reading: PlannerOutcome, context: PlanningContext) async -> (outcome: PlannerOutcome, planner: String) {
        guard let model, mode == .llm || !reading.isConfident else { return answered(reading, by: "offline") }
        let outcome = await model.plan(question, context: context)
        guard case .modelUnavailable(let failure) = outcome else { return answered(outcome, by: model.name) }
        // The model failed: the offline reading answers, and a question it cannot read says why the
        // model did not help.
        if case .clarification(var clarification) = reading {
            clarification.text = "The language model \(failure.phrase). " + clarification.text
            return answered(.clarification(clarification), by: "offline")
        }
        return answered(reading, by: "offline")
    }

    private func answered(_ outcome: PlannerOutcome, by planner: String) -> (outcome: PlannerOutcome, planner: String) {
        if mode != .offline { Counter(label: "copilot_planner_answers_total", dimensions: [("planner", planner)]).increment() }
        return (outcome, planner)
    }
}
