import CopilotActions
import CopilotCore
import Foundation

/// The action audit log and state machine in the state database, SQLite or PostgreSQL alike, so an
/// action proposed through one instance can be confirmed through another. Every transition is one
/// conditional `UPDATE` inside a write transaction together with its history line: atomic across
/// connections, processes and instances, so two confirmations racing cannot both execute an action.
public final class StateActionStore: ActionStore {
    /// Where the audit log is (shared with the other stores of the process).
    public let database: StateDatabase
    private let clock: @Sendable () -> Date

    /// `clock` stamps history lines that carry no time of their own (notes, an outcome without its
    /// finishing time). Action ids come with the proposals (``ActionService``).
    public init(database: StateDatabase, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    /// The clock's time as stored, so the event returned equals the event read back.
    private func now() -> Date { Timestamp.stored(clock()) }

    public func insert(_ record: ActionRecord) async throws {
        try await database.transaction { session in
            try session.run("""
                INSERT INTO \(StateSchema.actions) (id, session_id, agent, name, arguments, summary, status, confirm_role, proposed_by,
                                                    proposed_at, expires_at)
                VALUES (\(record.id), \(record.sessionID), \(record.agent), \(record.name), \(JSONValue.object(record.arguments)),
                        \(record.summary), \(record.status.rawValue), \(record.confirmRole.rawValue), \(record.proposedBy),
                        \(record.proposedAt), \(record.expiresAt))
                """)
            try session.run(ActionRow.insert(ActionEvent(actionID: record.id, at: record.proposedAt, event: "proposed",
                                                         actor: record.proposedBy, detail: record.summary)))
        }
    }

    public func action(id: String) async throws -> ActionRecord? {
        try await database.run { session in
            try session.row(ActionRow.select + " WHERE id = \(id)").map(ActionRow.record)
        }
    }

    public func actions(owner: String?, limit: Int) async throws -> [ActionRecord] {
        let filter: SQL = owner.map { " WHERE proposed_by = \($0)" } ?? ""
        return try await database.run { session in
            try session.rows(ActionRow.select + filter + " ORDER BY proposed_at DESC LIMIT \(limit)").map(ActionRow.record)
        }
    }

    public func latestProposed(sessionID: String) async throws -> ActionRecord? {
        try await database.run { session in
            try session.row(ActionRow.select + " WHERE session_id = \(sessionID) ORDER BY proposed_at DESC LIMIT 1")
                .map(ActionRow.record).flatMap { $0.status == .proposed ? $0 : nil }
        }
    }

    public func claim(id: String, by confirmer: String, now: Date, staleBefore: Date) async throws -> ActionClaim {
        try await database.transaction { session in
            // The one statement that decides who executes: it matches for exactly one caller. An
            // execution older than `staleBefore` was abandoned (the process died mid-call); taking it
            // over is safe because the agent sees the same idempotency key.
            let claimed = try session.run("""
                UPDATE \(StateSchema.actions) SET status = 'executing', confirmed_by = COALESCE(confirmed_by, \(confirmer)),
                       confirmed_at = COALESCE(confirmed_at, \(now)), error = NULL, retryable = 0, executing_since = \(now)
                WHERE id = \(id) AND ((status = 'proposed' AND expires_at > \(now)) OR (status = 'failed' AND retryable = 1)
                                     OR (status = 'executing' AND executing_since < \(staleBefore)))
                """) == 1
            if claimed { try session.run(ActionRow.insert(ActionEvent(actionID: id, at: now, event: "confirmed", actor: confirmer))) }
            guard let record = try session.row(ActionRow.select + " WHERE id = \(id)").map(ActionRow.record) else {
                throw ActionError(.notFound, "There is no action \(id).")
            }
            return claimed ? .claimed(record) : .current(record)
        }
    }

    public func finish(_ record: ActionRecord) async throws {
        let finished = record.finishedAt ?? now()
        try await database.transaction { session in
            try session.run("""
                UPDATE \(StateSchema.actions) SET status = \(record.status.rawValue), finished_at = \(record.finishedAt),
                       duration_ms = \(record.durationMS), attempts = attempts + \(record.attempts), response_status = \(record.responseStatus),
                       receipt = \(record.receipt), error = \(record.error), retryable = \(record.retryable)
                WHERE id = \(record.id) AND status = 'executing'
                """)
            let detail = record.error ?? record.responseStatus.map { "HTTP \($0)" }
            try session.run(ActionRow.insert(ActionEvent(actionID: record.id, at: finished, event: record.status.rawValue, detail: detail)))
        }
    }

    public func close(id: String, as status: ActionStatus, by actor: String?, now: Date) async throws -> Bool {
        try await database.transaction { session in
            let closed = try session.run("""
                UPDATE \(StateSchema.actions)
                SET status = \(status.rawValue), cancelled_by = \(status == .cancelled ? actor : nil), finished_at = \(now)
                WHERE id = \(id) AND status = 'proposed'
                """) == 1
            if closed { try session.run(ActionRow.insert(ActionEvent(actionID: id, at: now, event: status.rawValue, actor: actor))) }
            return closed
        }
    }

    public func events(actionID: String) async throws -> [ActionEvent] {
        try await database.run { session in
            try session.rows(ActionRow.selectEvents + " WHERE action_id = \(actionID) ORDER BY seq").map(ActionRow.event)
        }
    }

    public func note(actionID: String, event: String, actor: String?, detail: String?) async throws {
        let event = ActionEvent(actionID: actionID, at: now(), event: event, actor: actor, detail: detail)
        try await database.run { session in
            try session.run(ActionRow.insert(event))
        }
    }

    public func prune(proposedBefore cutoff: Date) async throws -> Int {
        try await database.transaction { session in
            try session.run("""
                DELETE FROM \(StateSchema.actionEvents) WHERE action_id IN
                    (SELECT id FROM \(StateSchema.actions) WHERE proposed_at < \(cutoff) AND status <> 'executing')
                """)
            return try session.run("DELETE FROM \(StateSchema.actions) WHERE proposed_at < \(cutoff) AND status <> 'executing'")
        }
    }
}
