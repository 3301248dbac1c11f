/// What a planner needs to know beyond the question: the conversation so far and the reference date.
public struct PlanningContext: Sendable {
    /// The plan of the last answered question in this conversation, for follow-ups.
    public var previousPlan: QueryPlan?
    /// The date relative periods are computed from.
    public var asOf: CalendarDate

    public init(previousPlan: QueryPlan? = nil, asOf: CalendarDate) {
        self.previousPlan = previousPlan
        self.asOf = asOf
    }
}

/// How a planner read a question.
public enum PlannerOutcome: Sendable {
    /// A plan to compile and run, with the planner's notes on how it read the question.
    case plan(QueryPlan, notes: [String])
    /// A curated question → SQL pair matched the question.
    case verified(SemanticModel.VerifiedQuery, notes: [String])
    /// The planner is not confident: ask back instead of guessing.
    case clarification(String, suggestions: [String])
    /// The user asked what the copilot can do.
    case help(String)
}

/// Turns a question into a plan. Implementations: ``OfflinePlanner`` (deterministic, no network)
/// and, when configured, an LLM planner.
public protocol Planner: Sendable {
    var name: String { get }
    func plan(_ question: String, context: PlanningContext) async -> PlannerOutcome
}
