import CopilotCore

/// The planner asked back, or answered in another form, where a test expected a plan.
public struct NoPlan: Error, CustomStringConvertible {
    public var question: String
    public var outcome: PlannerOutcome
    public var description: String { "no plan for “\(question)”: \(outcome)" }
}

extension OfflinePlanner {
    /// The plan for `question`, or a thrown ``NoPlan`` naming what came back instead.
    public func requirePlan(_ question: String, context: PlanningContext) async throws -> QueryPlan {
        let outcome = await plan(question, context: context)
        guard case .plan(let plan, _) = outcome else { throw NoPlan(question: question, outcome: outcome) }
        return plan
    }
}
