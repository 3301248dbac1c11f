import CopilotCore
import Foundation

/// Conversations in the state database, SQLite or PostgreSQL alike. Turn numbers are assigned inside
/// a write transaction that first locks the session's row, so concurrent appends to one conversation
/// — from one process or from several instances sharing PostgreSQL — never collide.
public final class StateConversationStore: ConversationStore {
    /// Where the conversations are (shared with the other stores of the process).
    public let database: StateDatabase
    private let stamps: RecordStamps

    /// `clock` stamps sessions (creation, last update); `newID` makes session ids (hex digits).
    public init(database: StateDatabase, clock: @escaping @Sendable () -> Date = { Date() },
                newID: @escaping @Sendable (Int) -> String = { RandomID.hex($0) }) {
        self.database = database
        stamps = RecordStamps(clock: clock, newID: newID)
    }

    public func createSession(owner: String, title: String) async throws -> SessionRecord {
        let now = stamps.now()
        let record = SessionRecord(id: stamps.newID(32), owner: owner, title: String(title.prefix(120)), createdAt: now, updatedAt: now, turnCount: 0)
        try await database.run { session in
            try session.run("""
                INSERT INTO \(StateSchema.sessions) (id, owner, title, created_at, updated_at)
                VALUES (\(record.id), \(record.owner), \(record.title), \(record.createdAt), \(record.updatedAt))
                """)
        }
        return record
    }

    /// Sessions with their turn count and summed usage (PostgreSQL accepts the other columns
    /// ungrouped because `id` is the key).
    private static let sessionColumns: SQL = """
        SELECT s.id, s.owner, s.title, s.created_at, s.updated_at, COUNT(t.turn) AS turn_count,
               COALESCE(SUM(t.llm_calls), 0) AS llm_calls, COALESCE(SUM(t.prompt_tokens), 0) AS prompt_tokens,
               COALESCE(SUM(t.completion_tokens), 0) AS completion_tokens
        FROM \(StateSchema.sessions) s LEFT JOIN \(StateSchema.turns) t ON t.session_id = s.id
        """

    public func session(id: String) async throws -> SessionRecord? {
        try await database.run { session in
            try session.row(Self.sessionColumns + " WHERE s.id = \(id) GROUP BY s.id").map(Self.session)
        }
    }

    public func sessions(owner: String?, limit: Int) async throws -> [SessionRecord] {
        let filter: SQL = owner.map { " WHERE s.owner = \($0)" } ?? ""
        return try await database.run { session in
            try session.rows(Self.sessionColumns + filter + " GROUP BY s.id ORDER BY s.updated_at DESC LIMIT \(limit)").map(Self.session)
        }
    }

    public func turns(sessionID: String) async throws -> [TurnRecord] {
        try await database.run { session in
            try session.rows(TurnRow.select + " WHERE session_id = \(sessionID) ORDER BY turn").map(TurnRow.record)
        }
    }

    public func recentTurns(sessionID: String, limit: Int) async throws -> [TurnRecord] {
        try await database.run { session in
            try session.rows(TurnRow.select + " WHERE session_id = \(sessionID) ORDER BY turn DESC LIMIT \(limit)").map(TurnRow.record)
        }.reversed()
    }

    public func turns(sessionID: String, before: Int, limit: Int) async throws -> [TurnRecord] {
        // Turn numbers are 32-bit in the schema (PostgreSQL types the parameter as the column).
        let before = min(before, Int(Int32.max))
        return try await database.run { session in
            try session.rows(TurnRow.select + " WHERE session_id = \(sessionID) AND turn < \(before) ORDER BY turn DESC LIMIT \(limit)")
                .map(TurnRow.record)
        }.reversed()
    }

    public func appendTurn(sessionID: String, _ turn: TurnRecord) async throws -> Int {
        let updated = stamps.now()
        return try await database.transaction { session in
            // The session's row lock orders concurrent appends (SQLite's write transaction already does).
            guard try session.row("SELECT id FROM \(StateSchema.sessions) WHERE id = \(sessionID)\(.rowLock)") != nil else {
                throw ConversationError.unknownSession(sessionID)
            }
            let next = try session.row("""
                SELECT COALESCE(MAX(turn), 0) + 1 AS next FROM \(StateSchema.turns) WHERE session_id = \(sessionID)
                """)?.int("next") ?? 1
            try session.run(TurnRow.insert(turn, number: next, sessionID: sessionID))
            try session.run("UPDATE \(StateSchema.sessions) SET updated_at = \(updated) WHERE id = \(sessionID)")
            return next
        }
    }

    public func lastPlan(sessionID: String) async throws -> QueryPlan? {
        try await database.run { session in
            try session.row("""
                SELECT plan FROM \(StateSchema.turns) WHERE session_id = \(sessionID) AND plan IS NOT NULL ORDER BY turn DESC LIMIT 1
                """)?.json(QueryPlan.self, "plan")
        }
    }

    public func rename(sessionID: String, title: String) async throws -> Bool {
        let updated = stamps.now()
        return try await database.run { session in
            try session.run("""
                UPDATE \(StateSchema.sessions) SET title = \(String(title.prefix(120))), updated_at = \(updated) WHERE id = \(sessionID)
                """) > 0
        }
    }

    public func delete(sessionID: String) async throws -> Bool {
        try await database.run { session in
            try session.run("DELETE FROM \(StateSchema.sessions) WHERE id = \(sessionID)") > 0
        }
    }

    public func prune(notUpdatedSince date: Date) async throws -> Int {
        try await database.run { session in
            try session.run("DELETE FROM \(StateSchema.sessions) WHERE updated_at < \(date)")
        }
    }

    private static func session(_ row: StateRow) throws -> SessionRecord {
        SessionRecord(id: try row.text("id"), owner: try row.text("owner"), title: try row.text("title"),
                      createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"), turnCount: try row.int("turn_count"),
                      usage: TurnUsage(llmCalls: try row.int("llm_calls"), promptTokens: try row.int("prompt_tokens"),
                                       completionTokens: try row.int("completion_tokens")))
    }
}
