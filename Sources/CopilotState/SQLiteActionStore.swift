import CopilotActions
import CopilotCore
import CopilotSQLite
import Foundation

/// Actions and their history in the SQLite state database (WAL). Transitions are single conditional
/// `UPDATE`s inside `BEGIN IMMEDIATE` transactions, so they are atomic across connections and
/// processes, not only within this one.
public final class SQLiteActionStore: ActionStore {
    private let queue: DatabaseQueue
    public let path: String

    public init(path: String) throws {
        self.path = path
        queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "actions") { connection in
            try connection.enableWAL()
            try connection.execute(SQLiteActionStore.schema)
        }
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
            duration_ms REAL,
            attempts INTEGER NOT NULL DEFAULT 0,
            response_status INTEGER,
            receipt TEXT,
            error TEXT,
            retryable INTEGER NOT NULL DEFAULT 0,
            executing_since TEXT
        );
        CREATE INDEX IF NOT EXISTS actions_session ON actions(session_id, proposed_at);
        CREATE INDEX IF NOT EXISTS actions_owner ON actions(proposed_by, proposed_at);
        CREATE TABLE IF NOT EXISTS action_events (
            action_id TEXT NOT NULL,
            at TEXT NOT NULL,
            event TEXT NOT NULL,
            actor TEXT,
            detail TEXT
        );
        CREATE INDEX IF NOT EXISTS action_events_action ON action_events(action_id, at);
        """

    static let columns = """
        SELECT id, session_id, agent, name, arguments, summary, status, confirm_role, proposed_by, proposed_at, expires_at,
               confirmed_by, confirmed_at, cancelled_by, finished_at, duration_ms, attempts, response_status, receipt, error, retryable
        FROM actions
        """

    static func record(_ row: [DatabaseValue]) -> ActionRecord {
        let arguments: [String: JSONValue]
        if case .object(let members)? = row[4].stringValue.flatMap(JSONValue.parse) { arguments = members } else { arguments = [:] }
        return ActionRecord(
            id: row[0].description, sessionID: row[1].description, agent: row[2].description, name: row[3].description,
            arguments: arguments, summary: row[5].description, status: ActionStatus(rawValue: row[6].description) ?? .failed,
            confirmRole: Role(rawValue: row[7].description) ?? .admin, proposedBy: row[8].description,
            proposedAt: row[9].description, expiresAt: row[10].description, confirmedBy: row[11].stringValue,
            confirmedAt: row[12].stringValue, cancelledBy: row[13].stringValue, finishedAt: row[14].stringValue,
            durationMS: row[15].doubleValue, attempts: Int(row[16].int64Value ?? 0), responseStatus: row[17].int64Value.map { Int($0) },
            receipt: row[18].stringValue.flatMap(JSONValue.parse), error: row[19].stringValue, retryable: row[20].int64Value == 1)
    }

    private static func event(_ connection: Connection, _ id: String, _ event: String, actor: String?, detail: String?,
                              at: String = SQLiteConversationStore.now()) throws {
        try connection.execute("INSERT INTO action_events (action_id, at, event, actor, detail) VALUES (?, ?, ?, ?, ?)",
                               [.text(id), .text(at), .text(event), actor.map(DatabaseValue.text) ?? .null,
                                detail.map(DatabaseValue.text) ?? .null])
    }

    public func insert(_ record: ActionRecord) async throws {
        try await queue.withConnection { connection in
            try connection.transaction {
                try connection.execute("""
                    INSERT INTO actions (id, session_id, agent, name, arguments, summary, status, confirm_role, proposed_by,
                                         proposed_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.text(record.id), .text(record.sessionID), .text(record.agent), .text(record.name),
                          .text(JSONValue.object(record.arguments).jsonText), .text(record.summary), .text(record.status.rawValue),
                          .text(record.confirmRole.rawValue), .text(record.proposedBy), .text(record.proposedAt), .text(record.expiresAt)])
                try Self.event(connection, record.id, "proposed", actor: record.proposedBy, detail: record.summary, at: record.proposedAt)
            }
        }
    }

    public func action(id: String) async throws -> ActionRecord? {
        try await queue.withConnection { connection in
            try connection.rows(Self.columns + " WHERE id = ?", [.text(id)]).first.map(Self.record)
        }
    }

    public func actions(owner: String?, limit: Int) async throws -> [ActionRecord] {
        try await queue.withConnection { connection in
            if let owner {
                return try connection.rows(Self.columns + " WHERE proposed_by = ? ORDER BY proposed_at DESC LIMIT ?",
                                           [.text(owner), .integer(Int64(limit))]).map(Self.record)
            }
            return try connection.rows(Self.columns + " ORDER BY proposed_at DESC LIMIT ?", [.integer(Int64(limit))]).map(Self.record)
        }
    }

    public func latestProposed(sessionID: String) async throws -> ActionRecord? {
        try await queue.withConnection { connection in
            try connection.rows(Self.columns + " WHERE session_id = ? ORDER BY proposed_at DESC LIMIT 1", [.text(sessionID)])
                .first.map(Self.record).flatMap { $0.status == .proposed ? $0 : nil }
        }
    }

    public func claim(id: String, by confirmer: String, now: String, staleBefore: String) async throws -> ActionClaim {
        try await queue.withConnection { connection in
            try connection.transaction {
                // The one statement that decides who executes: it matches for exactly one caller. An
                // execution older than `staleBefore` was abandoned (the process died mid-call); taking it
                // over is safe because the agent sees the same idempotency key.
                try connection.execute("""
                    UPDATE actions SET status = 'executing', confirmed_by = COALESCE(confirmed_by, ?),
                                       confirmed_at = COALESCE(confirmed_at, ?), error = NULL, retryable = 0, executing_since = ?
                    WHERE id = ? AND ((status = 'proposed' AND expires_at > ?) OR (status = 'failed' AND retryable = 1)
                                      OR (status = 'executing' AND executing_since < ?))
                    """, [.text(confirmer), .text(now), .text(now), .text(id), .text(now), .text(staleBefore)])
                let claimed = connection.changes == 1
                if claimed { try Self.event(connection, id, "confirmed", actor: confirmer, detail: nil, at: now) }
                guard let record = try connection.rows(Self.columns + " WHERE id = ?", [.text(id)]).first.map(Self.record) else {
                    throw ActionError(.notFound, "There is no action \(id).")
                }
                return claimed ? .claimed(record) : .current(record)
            }
        }
    }

    public func finish(_ record: ActionRecord) async throws {
        try await queue.withConnection { connection in
            try connection.transaction {
                try connection.execute("""
                    UPDATE actions SET status = ?, finished_at = ?, duration_ms = ?, attempts = attempts + ?, response_status = ?,
                                       receipt = ?, error = ?, retryable = ?
                    WHERE id = ? AND status = 'executing'
                    """, [.text(record.status.rawValue), record.finishedAt.map(DatabaseValue.text) ?? .null,
                          record.durationMS.map(DatabaseValue.real) ?? .null, .integer(Int64(record.attempts)),
                          record.responseStatus.map { .integer(Int64($0)) } ?? .null,
                          record.receipt.map { .text($0.jsonText) } ?? .null, record.error.map(DatabaseValue.text) ?? .null,
                          .integer(record.retryable ? 1 : 0), .text(record.id)])
                let detail = record.error ?? record.responseStatus.map { "HTTP \($0)" }
                try Self.event(connection, record.id, record.status.rawValue, actor: nil, detail: detail, at: record.finishedAt ?? SQLiteConversationStore.now())
            }
        }
    }

    public func close(id: String, as status: ActionStatus, by actor: String?, now: String) async throws -> Bool {
        try await queue.withConnection { connection in
            try connection.transaction {
                try connection.execute("""
                    UPDATE actions SET status = ?, cancelled_by = CASE WHEN ? = 'cancelled' THEN ? ELSE cancelled_by END, finished_at = ?
                    WHERE id = ? AND status = 'proposed'
                    """, [.text(status.rawValue), .text(status.rawValue), actor.map(DatabaseValue.text) ?? .null, .text(now), .text(id)])
                guard connection.changes == 1 else { return false }
                try Self.event(connection, id, status.rawValue, actor: actor, detail: nil, at: now)
                return true
            }
        }
    }

    public func events(actionID: String) async throws -> [ActionEvent] {
        try await queue.withConnection { connection in
            try connection.rows("SELECT action_id, at, event, actor, detail FROM action_events WHERE action_id = ? ORDER BY rowid",
                                [.text(actionID)]).map { row in
                ActionEvent(actionID: row[0].description, at: row[1].description, event: row[2].description,
                            actor: row[3].stringValue, detail: row[4].stringValue)
            }
        }
    }

    public func note(actionID: String, event: String, actor: String?, detail: String?) async throws {
        try await queue.withConnection { connection in
            try Self.event(connection, actionID, event, actor: actor, detail: detail)
        }
    }

    public func prune(proposedBefore cutoff: String) async throws -> Int {
        try await queue.withConnection { connection in
            try connection.transaction {
                try connection.execute("""
                    DELETE FROM action_events WHERE action_id IN
                        (SELECT id FROM actions WHERE proposed_at < ? AND status <> 'executing')
                    """, [.text(cutoff)])
                try connection.execute("DELETE FROM actions WHERE proposed_at < ? AND status <> 'executing'", [.text(cutoff)])
                return connection.changes
            }
        }
    }
}
