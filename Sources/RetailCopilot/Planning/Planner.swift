/// What a planner needs to know beyond the question: the conversation so far, the reference date,
/// and where a model-backed planner reports streamed text and token usage.
public struct PlanningContext: Sendable {
    /// One earlier turn of the conversation, as a model-backed planner sees it.
    public struct PriorTurn: Sendable, Equatable {
        public var question: String
        /// The SQL that answered it, if any (also for answers that had no semantic plan).
        public var sql: String?
        /// The start of the answer given.
        public var answer: String

        public init(question: String, sql: String?, answer: String) {
            self.question = question
            self.sql = sql
            self.answer = answer
        }
    }

    /// The plan of the last answered question in this conversation, for follow-ups.
    public var previousPlan: QueryPlan?
    /// The date relative periods are computed from.
    public var asOf: CalendarDate
    /// The last few turns, oldest first (filled only for planners that ask for them).
    public var history: [PriorTurn]
    /// Receives the model's text as it streams (nil: nobody is listening).
    public var onText: (@Sendable (String) async -> Void)?
    /// Collects the model calls and tokens this turn spends.
    public var usage: LLMUsageLedger?

    public init(previousPlan: QueryPlan? = nil, asOf: CalendarDate, history: [PriorTurn] = [],
                onText: (@Sendable (String) async -> Void)? = nil, usage: LLMUsageLedger? = nil) {
        self.previousPlan = previousPlan
        self.asOf = asOf
        self.history = history
        self.onText = onText
        self.usage = usage
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
    /// The request is an action (the LLM's `propose_action`): it becomes a proposal to confirm,
    /// never an execution.
    case action(ActionIntent, notes: [String])
}

/// Turns a question into a plan. Implementations: ``OfflinePlanner`` (deterministic, no network)
/// and, when configured, an LLM planner.
public protocol Planner: Sendable {
    var name: String { get }
    /// Whether ``PlanningContext/history`` is worth loading for this planner (a model reads it; the
    /// offline planner needs only the previous plan).
    var readsConversationHistory: Bool { get }
    func plan(_ question: String, context: PlanningContext) async -> PlannerOutcome
}

extension Planner {
    public var readsConversationHistory: Bool { false }
}
