/// Stages of a turn as they happen, for streaming clients (Server-Sent Events).
public enum ChatEvent: Sendable {
    /// How the question was read.
    case plan(QueryPlan?, planner: String)
    /// The SQL about to run.
    case sql(String)
    /// The rows it returned.
    case result(QueryResult)
    /// The answer text, once it is complete.
    case text(String)
    /// A piece of the language model's own text as it streams (LLM planning only).
    case textDelta(String)
}

/// Receives ``ChatEvent``s during a turn.
public typealias ChatEventHandler = @Sendable (ChatEvent) async -> Void
