import CopilotActions
import CopilotCore
import CopilotPostgres
import Foundation

/// The action audit log in PostgreSQL (`--state postgres://…`), so an action proposed through one
/// copilot instance can be confirmed through another and every instance sees one history. Same
/// columns and row formats as ``SQLiteActionStore``; the transition that decides who executes is one
/// conditional `UPDATE … RETURNING`, atomic across instances.
public final class PostgresActionStore: ActionStore {
    private let pool: PostgresPool

    /// Uses `pool` (which other state stores may share) and creates the tables if needed.
    public init(pool: PostgresPool) async throws {
        self.pool = pool
        try await PostgresStateSchema.ensure(Self.schema, name: "actions", in: pool)
    }

    public convenience init(url: String) async throws {
        try await self.init(pool: PostgresPool(url: url, label: "actions"))
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS actions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL,
            agent TEXT NOT NULL,
            name TEXT NOT NULL,
            arguments TEXT NOT NULL,
            summary TEXT NOT NULL,
            status TEXT NOT NULL,
            confirm_role TEXT NOT NULL,
            proposed_by TEXT NOT NULL,
            proposed_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            confirmed_by TEXT,
            confirmed_at TEXT,
            cancelled_by TEXT,
            finished_at TEXT,
            duration_ms DOUBLE PRECISION,
            attempts INTEGER NOT NULL DEFAULT 0,
            response_status INTEGER,
            receipt TEXT,
            error TEXT,
            retryable INTEGER NOT NULL DEFAULT 0,
            executing_since TEXT
        );
        CREATE INDEX IF NOT EXISTS actions_session ON actions (session_id, proposed_at);
        CREATE INDEX IF NOT EXISTS actions_owner ON actions (proposed_by, proposed_at);
        CREATE TABLE IF NOT EXISTS action_events (
            seq BIGSERIAL PRIMARY KEY,
            action_id TEXT NOT NULL,
            at TEXT NOT NULL,
            event TEXT NOT NULL,
            actor TEXT,
            detail TEXT
        );
        CREATE INDEX IF NOT EXISTS action_events_action ON action_events (action_id, seq);
        """

    private static func text(_ value: String?) -> DatabaseValue { value.map(DatabaseValue.text) ?? .null }

    private static func event(_ connection: PostgresConnection, _ id: String, _ event: String, actor: String?, detail: String?,
                              at: String = Timestamp.iso8601()) throws {
        try connection.query("INSERT INTO action_events (action_id, at, event, actor, detail) VALUES ($1, $2, $3, $4, $5)",
                             [.text(id), .text(at), .text(event), text(actor), text(detail)], context: "recording an action event")
    }

    /// Runs `body` in one transaction on one pooled connection.
    private func transaction<T: Sendable>(_ context: String, _ body: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        try await pool.withConnection { connection in
            try connection.execute("BEGIN", context: context)
            do {
                let value = try body(connection)
                try connection.execute("COMMIT", context: context)
                return value
            } catch {
                try? connection.execute("ROLLBACK", context: context)
                throw error
            }
        }
    }

    public func insert(_ record: ActionRecord) async throws {
        try await transaction("storing an action proposal") { connection in
            try connection.query("""
                INSERT INTO actions (id, session_id, agent, name, arguments, summary, status, confirm_role, proposed_by, proposed_at, expires_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                """, [.text(record.id), .text(record.sessionID), .text(record.agent), .text(record.name),
                      .text(JSONValue.object(record.arguments).jsonText), .text(record.summary), .text(record.status.rawValue),
                      .text(record.confirmRole.rawValue), .text(record.proposedBy), .text(record.proposedAt), .text(record.expiresAt)],
                context: "storing an action proposal")
            try Self.event(connection, record.id, "proposed", actor: record.proposedBy, detail: record.summary, at: record.proposedAt)
        }
    }

    public func action(id: String) async throws -> ActionRecord? {
        try await pool.withConnection { connection in
            try connection.query(SQLiteActionStore.columns + " WHERE id = $1", [.text(id)], context: "reading an action")
                .rows.first.map(SQLiteActionStore.record)
        }
    }

    public func actions(owner: String?, limit: Int) async throws -> [ActionRecord] {
        try await pool.withConnection { connection in
            if let owner {
                return try connection.query(SQLiteActionStore.columns + " WHERE proposed_by = $1 ORDER BY proposed_at DESC LIMIT $2",
                                            [.text(owner), .integer(Int64(limit))], context: "listing actions").rows.map(SQLiteActionStore.record)
            }
            return try connection.query(SQLiteActionStore.columns + " ORDER BY proposed_at DESC LIMIT $1", [.integer(Int64(limit))],
                                        context: "listing actions").rows.map(SQLiteActionStore.record)
        }
    }

    public func latestProposed(sessionID: String) async throws -> ActionRecord? {
        try await pool.withConnection { connection in
            try connection.query(SQLiteActionStore.columns + " WHERE session_id = $1 ORDER BY proposed_at DESC LIMIT 1", [.text(sessionID)],
                                 context: "reading the pending action").rows.first.map(SQLiteActionStore.record)
                .flatMap { $0.status == .proposed ? $0 : nil }
        }
    }

    public func claim(id: String, by confirmer: String, now: String, staleBefore: String) async throws -> ActionClaim {
        try await transaction("confirming an action") { connection in
            // The one statement that decides who executes; see SQLiteActionStore.claim.
            let claimed = try !connection.query("""
                UPDATE actions SET status = 'executing', confirmed_by = COALESCE(confirmed_by, $1),
                                   confirmed_at = COALESCE(confirmed_at, $2), error = NULL, retryable = 0, executing_since = $2
                WHERE id = $3 AND ((status = 'proposed' AND expires_at > $2) OR (status = 'failed' AND retryable = 1)
                                   OR (status = 'executing' AND executing_since < $4))
                RETURNING id
                """, [.text(confirmer), .text(now), .text(id), .text(staleBefore)], context: "confirming an action").rows.isEmpty
            if claimed { try Self.event(connection, id, "confirmed", actor: confirmer, detail: nil, at: now) }
            guard let record = try connection.query(SQLiteActionStore.columns + " WHERE id = $1", [.text(id)], context: "confirming an action")
                .rows.first.map(SQLiteActionStore.record) else {
                throw ActionError(.notFound, "There is no action \(id).")
            }
            return claimed ? .claimed(record) : .current(record)
        }
    }

    public func finish(_ record: ActionRecord) async throws {
        try await transaction("recording an action's outcome") { connection in
            try connection.query("""
                UPDATE actions SET status = $1, finished_at = $2, duration_ms = $3, attempts = attempts + $4, response_status = $5,
                                   receipt = $6, error = $7, retryable = $8
                WHERE id = $9 AND status = 'executing'
                """, [.text(record.status.rawValue), Self.text(record.finishedAt), record.durationMS.map(DatabaseValue.real) ?? .null,
                      .integer(Int64(record.attempts)), record.responseStatus.map { .integer(Int64($0)) } ?? .null,
                      Self.text(record.receipt?.jsonText), Self.text(record.error), .integer(record.retryable ? 1 : 0), .text(record.id)],
                context: "recording an action's outcome")
            let detail = record.error ?? record.responseStatus.map { "HTTP \($0)" }
            try Self.event(connection, record.id, record.status.rawValue, actor: nil, detail: detail, at: record.finishedAt ?? Timestamp.iso8601())
        }
    }

    public func close(id: String, as status: ActionStatus, by actor: String?, now: String) async throws -> Bool {
        try await transaction("closing an action") { connection in
            let closed = try !connection.query("""
                UPDATE actions SET status = $1, cancelled_by = CASE WHEN $1 = 'cancelled' THEN $2 ELSE cancelled_by END, finished_at = $3
                WHERE id = $4 AND status = 'proposed'
                RETURNING id
                """, [.text(status.rawValue), Self.text(actor), .text(now), .text(id)], context: "closing an action").rows.isEmpty
            if closed { try Self.event(connection, id, status.rawValue, actor: actor, detail: nil, at: now) }
            return closed
        }
    }

    public func events(actionID: String) async throws -> [ActionEvent] {
        try await pool.withConnection { connection in
            try connection.query("SELECT action_id, at, event, actor, detail FROM action_events WHERE action_id = $1 ORDER BY seq",
                                 [.text(actionID)], context: "reading an action's history").rows.map { row in
                ActionEvent(actionID: row[0].description, at: row[1].description, event: row[2].description,
                            actor: row[3].stringValue, detail: row[4].stringValue)
            }
        }
    }

    public func note(actionID: String, event: String, actor: String?, detail: String?) async throws {
        try await pool.withConnection { connection in
            try Self.event(connection, actionID, event, actor: actor, detail: detail)
        }
    }

    public func prune(proposedBefore cutoff: String) async throws -> Int {
        try await transaction("pruning the audit log") { connection in
            try connection.query("""
                DELETE FROM action_events WHERE action_id IN
                    (SELECT id FROM actions WHERE proposed_at < $1 AND status <> 'executing')
                """, [.text(cutoff)], context: "pruning the audit log")
            return try connection.query("DELETE FROM actions WHERE proposed_at < $1 AND status <> 'executing' RETURNING id",
                                        [.text(cutoff)], context: "pruning the audit log").rows.count
        }
    }
}
