/// What a turn knows about the conversation it belongs to: the session (none for evals and
/// one-off answers), the last data answer's plan and first rows for follow-ups, the last few turns
/// for a language model, and the kind of the turn just before (a "yes" confirms only right after a
/// proposal).
public struct ConversationContext: Sendable {
    /// The stored session, or nil for an unsaved conversation (evals, benchmarks).
    public var session: SessionRecord?
    public var previousPlan: QueryPlan?
    public var previousResult: QueryResult?
    /// The data plan answered before `previousPlan`.
    public var earlierPlan: QueryPlan?
    /// The latest answer that showed several rows of a breakdown, and its first rows.
    public var shownPlan: QueryPlan?
    public var shownResult: QueryResult?
    /// The periods of the latest answers that had one, oldest first: "that quarter" after two
    /// look-ups, "year on year" after Q2 2025 and then Q2 2024.
    public var periods: [QueryPlan.Period] = []
    public var history: [PlanningContext.PriorTurn]
    public var lastTurnKind: ChatReply.Kind?

    public init(session: SessionRecord? = nil, previousPlan: QueryPlan? = nil, previousResult: QueryResult? = nil,
                history: [PlanningContext.PriorTurn] = [], lastTurnKind: ChatReply.Kind? = nil) {
        self.session = session
        self.previousPlan = previousPlan
        self.previousResult = previousResult
        self.history = history
        self.lastTurnKind = lastTurnKind
    }

    /// A conversation with nothing said yet.
    public static let fresh = ConversationContext()

    /// Whether there is an earlier data answer a follow-up could refine.
    public var hasPrevious: Bool { previousPlan != nil || history.contains { $0.sql != nil } }

    /// The context for the next turn of an unsaved conversation, after `turn` (evals keep
    /// conversations in memory this way; stored sessions are read back by the ``SessionGate``).
    public func following(_ message: String, _ turn: Turn) -> ConversationContext {
        var next = self
        if let plan = turn.plan {
            next.earlierPlan = previousPlan
            next.previousPlan = plan
            if !plan.dimensions.isEmpty, let result = turn.reply.result, result.rows.count > 1 {
                next.shownPlan = plan
                next.shownResult = result
            }
            if let period = plan.period { next.periods = Array((periods + [period]).suffix(4)) }
            next.previousResult = turn.reply.result
        } else if turn.reply.sql != nil {
            // A model-written answer has no plan: a follow-up refers to it, not to an older plan.
            next.previousPlan = nil
            next.earlierPlan = nil
            next.shownPlan = nil
            next.shownResult = nil
            next.previousResult = turn.reply.result
        }
        next.history = Array((history + [.init(question: message, sql: turn.reply.sql, answer: String(turn.reply.text.prefix(300)))]).suffix(3))
        next.lastTurnKind = turn.reply.kind
        return next
    }
}
