/// Whom the reporting queries of the current task run for, and that caller's share of the reporting
/// database. Set per request by the server (a task-local, so the planner and the stores need not pass
/// it along); nil elsewhere — the CLI, start-up indexing — where queries are not queued.
public struct QueryCaller: Sendable, Equatable {
    /// The caller's stable id (an API key id, or `local`).
    public var id: String
    /// Queries of this caller that may run at once; more wait their turn.
    public var maxInFlight: Int
    /// Requests of this caller that may be running or waiting at once; one more gets 429.
    public var maxPending: Int

    public init(id: String, maxInFlight: Int = 2, maxPending: Int = 8) {
        self.id = id
        self.maxInFlight = max(1, maxInFlight)
        self.maxPending = max(1, maxPending)
    }

    /// The caller the running task's queries are attributed to.
    @TaskLocal public static var current: QueryCaller?
}
