/// The first stage of a turn: who is asking, whether the conversation is theirs, whether they may
/// ask now — and what the conversation so far holds for the stages after it.
public struct SessionGate: Sendable {
    public let store: any ConversationStore
    /// Turns per caller, when a channel limits them (nil: unlimited).
    public let limiter: RateLimiter?

    public init(store: any ConversationStore, limiter: RateLimiter? = nil) {
        self.store = store
        self.limiter = limiter
    }

    /// The conversation `sessionID` continues (a new one when nil, titled from `message`). Throws
    /// ``ConversationError`` for a session that does not exist or is not the caller's, and
    /// ``TurnLimitError`` when the caller is over their rate.
    public func open(_ sessionID: String?, caller: Caller, message: String) async throws -> ConversationContext {
        if let limiter, let wait = await limiter.take(caller.id) { throw TurnLimitError(retryAfter: wait) }
        guard let sessionID else {
            let session = try await store.createSession(owner: caller.id, title: message.trimmingCharacters(in: .whitespacesAndNewlines))
            return ConversationContext(session: session)
        }
        guard let session = try await store.session(id: sessionID), session.owner == caller.id || caller.role == .admin else {
            throw ConversationError.unknownSession(sessionID)
        }
        return try await context(of: session)
    }

    /// The last turns (one bounded read) and, when none of them answered with data, the last plan.
    func context(of session: SessionRecord) async throws -> ConversationContext {
        // Six turns reach the ranking a run of look-ups points back at ("the no. 2"); three are history.
        let recent = try await store.recentTurns(sessionID: session.id, limit: 6)
        var context = ConversationContext(
            session: session,
            history: recent.suffix(3).map { .init(question: $0.message, sql: $0.sql, answer: String($0.answer.prefix(300))) },
            lastTurnKind: recent.last.flatMap { ChatReply.Kind(rawValue: $0.kind) })
        let answered = recent.filter { $0.sql != nil }
        if let latest = answered.last {
            // The latest data answer is what a follow-up refers to, even when a model wrote it (no plan).
            context.previousPlan = latest.plan
            context.previousResult = latest.resultPreview
            if latest.plan != nil, answered.count >= 2 { context.earlierPlan = answered[answered.count - 2].plan }
            if let shown = answered.last(where: { ($0.plan?.dimensions.isEmpty == false) && ($0.resultPreview?.rows.count ?? 0) > 1 }) {
                context.shownPlan = shown.plan
                context.shownResult = shown.resultPreview
            }
            context.periods = Array(answered.compactMap { $0.plan?.period }.suffix(4))
        } else if recent.count == 6 {
            context.previousPlan = try await store.lastPlan(sessionID: session.id)
        }
        return context
    }
}

/// A caller asked for more turns than their rate allows.
public struct TurnLimitError: CopilotError, Equatable {
    /// Seconds until the next turn is allowed.
    public let retryAfter: Double

    public init(retryAfter: Double) {
        self.retryAfter = retryAfter
    }

    public var code: String { "rate_limited" }
    public var userMessage: String { "Too many questions at once; retry in \(Int(retryAfter.rounded(.up))) s." }
}
