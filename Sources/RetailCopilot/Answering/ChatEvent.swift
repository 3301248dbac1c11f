/// Stages of a turn as they happen, for streaming clients (Server-Sent Events).
public enum ChatEvent: Sendable {
    /// How the question was read.
    case plan(QueryPlan?, planner: String)
    /// The SQL about to run.
    case sql(String)
    /// The rows it returned.
    case result(QueryResult)
    /// A piece of the answer text (the whole text for the offline planner; model tokens for an LLM).
    case text(String)
}

/// Receives ``ChatEvent``s during a turn.
public typealias ChatEventHandler = @Sendable (ChatEvent) async -> Void
