import CopilotCore
import CopilotPostgres
import Foundation

/// Conversations in PostgreSQL (`--state postgres://…`), so several copilot instances behind a load
/// balancer share them: a conversation started on one continues on another. Same tables and row
/// formats as ``SQLiteConversationStore``; turn numbers are assigned under a row lock on the session,
/// so two instances appending to one conversation at once cannot collide.
public final class PostgresConversationStore: ConversationStore {
    private let pool: PostgresPool

    /// Uses `pool` (which other state stores may share) and creates the tables if needed.
    public init(pool: PostgresPool) async throws {
        self.pool = pool
        try await PostgresStateSchema.ensure(Self.schema, name: "conversations", in: pool)
    }

    public convenience init(url: String) async throws {
        try await self.init(pool: PostgresPool(url: url, label: "state"))
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS copilot_sessions (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS copilot_sessions_owner ON copilot_sessions (owner, updated_at);
        CREATE TABLE IF NOT EXISTS copilot_turns (
            session_id TEXT NOT NULL REFERENCES copilot_sessions (id) ON DELETE CASCADE,
            turn INTEGER NOT NULL,
            message TEXT NOT NULL,
            kind TEXT NOT NULL,
            planner TEXT NOT NULL,
            plan TEXT,
            sql TEXT,
            answer TEXT NOT NULL,
            result_preview TEXT,
            timings TEXT,
            error TEXT,
            created_at TEXT NOT NULL,
            llm_calls INTEGER,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            PRIMARY KEY (session_id, turn)
        );
        """

    public func createSession(owner: String, title: String) async throws -> SessionRecord {
        let now = SQLiteConversationStore.now()
        let record = SessionRecord(id: SQLiteConversationStore.newID(), owner: owner, title: String(title.prefix(120)),
                                   createdAt: now, updatedAt: now, turnCount: 0)
        _ = try await pool.withConnection { connection in
            try connection.query("INSERT INTO copilot_sessions (id, owner, title, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)",
                                 [.text(record.id), .text(record.owner), .text(record.title), .text(record.createdAt), .text(record.updatedAt)],
                                 context: "creating a session")
        }
        return record
    }

    // Same columns and row formats as the SQLite store, so the two read each other's rows alike.
    private static let sessionColumns = SQLiteConversationStore.sessionColumns
    private static func session(_ row: [DatabaseValue]) -> SessionRecord { SQLiteConversationStore.session(from: row) }

    public func session(id: String) async throws -> SessionRecord? {
        try await pool.withConnection { connection in
            try connection.query(Self.sessionColumns + " WHERE s.id = $1 GROUP BY s.id", [.text(id)], context: "reading a session")
                .rows.first.map(Self.session)
        }
    }

    public func sessions(owner: String?, limit: Int) async throws -> [SessionRecord] {
        try await pool.withConnection { connection in
            if let owner {
                return try connection.query(Self.sessionColumns + " WHERE s.owner = $1 GROUP BY s.id ORDER BY s.updated_at DESC LIMIT $2",
                                            [.text(owner), .integer(Int64(limit))], context: "listing sessions").rows.map(Self.session)
            }
            return try connection.query(Self.sessionColumns + " GROUP BY s.id ORDER BY s.updated_at DESC LIMIT $1", [.integer(Int64(limit))],
                                        context: "listing sessions").rows.map(Self.session)
        }
    }

    public func turns(sessionID: String) async throws -> [TurnRecord] {
        try await pool.withConnection { connection in
            try connection.query(SQLiteConversationStore.turnColumns + " WHERE session_id = $1 ORDER BY turn", [.text(sessionID)],
                                 context: "reading turns").rows.map(SQLiteConversationStore.turn(from:))
        }
    }

    public func recentTurns(sessionID: String, limit: Int) async throws -> [TurnRecord] {
        try await pool.withConnection { connection in
            try connection.query(SQLiteConversationStore.turnColumns + " WHERE session_id = $1 ORDER BY turn DESC LIMIT $2",
                                 [.text(sessionID), .integer(Int64(limit))], context: "reading recent turns")
                .rows.map(SQLiteConversationStore.turn(from:)).reversed()
        }
    }

    public func appendTurn(sessionID: String, _ turn: TurnRecord) async throws -> Int {
        let values = SQLiteConversationStore.columnValues(of: turn)
        return try await pool.withConnection { connection in
            try connection.execute("BEGIN", context: "appending a turn")
            do {
                // The session row lock serializes appends to one conversation across instances.
                let locked = try connection.query("SELECT id FROM copilot_sessions WHERE id = $1 FOR UPDATE", [.text(sessionID)],
                                                  context: "appending a turn")
                guard !locked.rows.isEmpty else {
                    throw PostgresError(.server, sqlState: "23503", message: "no session \(sessionID)", context: "appending a turn")
                }
                let next = try connection.query("SELECT COALESCE(MAX(turn), 0) + 1 FROM copilot_turns WHERE session_id = $1",
                                                [.text(sessionID)], context: "appending a turn").rows.first?.first?.int64Value ?? 1
                try connection.query("""
                    INSERT INTO copilot_turns (session_id, turn, message, kind, planner, plan, sql, answer, result_preview, timings, error,
                                               created_at, llm_calls, prompt_tokens, completion_tokens)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                    """, [.text(sessionID), .integer(next)] + values, context: "appending a turn")
                try connection.query("UPDATE copilot_sessions SET updated_at = $1 WHERE id = $2",
                                     [.text(SQLiteConversationStore.now()), .text(sessionID)], context: "appending a turn")
                try connection.execute("COMMIT", context: "appending a turn")
                return Int(next)
            } catch {
                try? connection.execute("ROLLBACK", context: "abandoning a turn")
                throw error
            }
        }
    }

    public func lastPlan(sessionID: String) async throws -> QueryPlan? {
        let text = try await pool.withConnection { connection in
            try connection.query("SELECT plan FROM copilot_turns WHERE session_id = $1 AND plan IS NOT NULL ORDER BY turn DESC LIMIT 1",
                                 [.text(sessionID)], context: "reading the last plan").rows.first?.first?.stringValue
        }
        return text.flatMap { try? JSONDecoder().decode(QueryPlan.self, from: Data($0.utf8)) }
    }

    public func rename(sessionID: String, title: String) async throws -> Bool {
        try await pool.withConnection { connection in
            try !connection.query("UPDATE copilot_sessions SET title = $1, updated_at = $2 WHERE id = $3 RETURNING id",
                                  [.text(String(title.prefix(120))), .text(SQLiteConversationStore.now()), .text(sessionID)],
                                  context: "renaming a session").rows.isEmpty
        }
    }

    public func delete(sessionID: String) async throws -> Bool {
        try await pool.withConnection { connection in
            try !connection.query("DELETE FROM copilot_sessions WHERE id = $1 RETURNING id", [.text(sessionID)],
                                  context: "deleting a session").rows.isEmpty
        }
    }

    public func prune(notUpdatedSince date: Date) async throws -> Int {
        let cutoff = Timestamp.iso8601(date)
        return try await pool.withConnection { connection in
            try connection.query("DELETE FROM copilot_sessions WHERE updated_at < $1 RETURNING id", [.text(cutoff)],
                                 context: "pruning sessions").rows.count
        }
    }
}
