/// What a planner needs to know beyond the question: the conversation so far, the reference date,
/// and where a model-backed planner reports streamed text and token usage.
public struct PlanningContext: Sendable {
    /// The plan of the last answered data question in this conversation, for follow-ups.
    public var previousPlan: QueryPlan?
    /// The data plan answered before `previousPlan`, for "put both years side by side" after a
    /// question asked again for another period.
    public var earlierPlan: QueryPlan?
    /// The periods of the latest answers in this conversation that had one, oldest first ("that
    /// quarter" after two look-ups of a customer found in Q1's ranking).
    public var periods: [QueryPlan.Period] = []
    /// The period of the latest answer that had one.
    public var lastPeriod: QueryPlan.Period? { periods.last }
    /// The first rows of the last data answer, for follow-ups that point at a row ("the top one").
    public var previousResult: QueryResult?
    /// The latest answer that showed several rows of a breakdown, and its first rows: "and the
    /// no. 2?" after look-ups of the top one points back at that ranking.
    public var shownPlan: QueryPlan?
    public var shownResult: QueryResult?
    /// Whether the turn just before was asked back: a fragment now ("by carrier", "what about
    /// Lyon?") refines a question that was never answered.
    public var previousAskedBack: Bool
    /// The date relative periods are computed from.
    public var asOf: CalendarDate
    /// The last few turns, oldest first (filled only for planners that ask for them).
    public var history: [PriorTurn]
    /// Receives the model's text as it streams (nil: nobody is listening).
    public var onText: (@Sendable (String) async -> Void)?
    /// Collects the model calls and tokens this turn spends.
    public var usage: UsageMeter?

    public init(previousPlan: QueryPlan? = nil, previousResult: QueryResult? = nil, earlierPlan: QueryPlan? = nil, previousAskedBack: Bool = false,
                asOf: CalendarDate, history: [PriorTurn] = [], onText: (@Sendable (String) async -> Void)? = nil, usage: UsageMeter? = nil) {
        self.previousPlan = previousPlan
        self.previousAskedBack = previousAskedBack
        self.earlierPlan = earlierPlan
        self.previousResult = previousResult
        self.asOf = asOf
        self.history = history
        self.onText = onText
        self.usage = usage
    }

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
}
