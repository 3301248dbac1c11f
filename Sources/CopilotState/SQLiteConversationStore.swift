import CopilotCore
import CopilotSQLite
import Foundation

/// Conversations in a SQLite state database (WAL, so a `kill -9` loses nothing already
/// acknowledged), owned by one serial queue.
public final class SQLiteConversationStore: ConversationStore {
    private let queue: DatabaseQueue
    public let path: String

    public init(path: String) throws {
        self.path = path
        queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "state") { connection in
            try connection.enableWAL()
            try connection.execute("PRAGMA foreign_keys = ON")
            try connection.execute(SQLiteConversationStore.schema)
            try SQLiteConversationStore.migrate(connection)
        }
    }

    /// Columns added after the first release; a state file from an older version gets them here.
    static let addedTurnColumns = ["llm_calls INTEGER", "prompt_tokens INTEGER", "completion_tokens INTEGER"]

    static func migrate(_ connection: Connection) throws {
        let existing = Set(try connection.rows("PRAGMA table_info(copilot_turns)").map { $0[1].description })
        for column in addedTurnColumns where !existing.contains(String(column.prefix { $0 != " " })) {
            try connection.execute("ALTER TABLE copilot_turns ADD COLUMN \(column)")
        }
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS copilot_sessions (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS copilot_sessions_owner ON copilot_sessions(owner, updated_at);
        CREATE TABLE IF NOT EXISTS copilot_turns (
            session_id TEXT NOT NULL REFERENCES copilot_sessions(id) ON DELETE CASCADE,
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

    static func now() -> String { Timestamp.iso8601() }

    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(to: 16) }.joined()
    }

    public func createSession(owner: String, title: String) async throws -> SessionRecord {
        let record = SessionRecord(id: Self.newID(), owner: owner, title: String(title.prefix(120)),
                                   createdAt: Self.now(), updatedAt: Self.now(), turnCount: 0)
        try await queue.withConnection { connection in
            try connection.execute("INSERT INTO copilot_sessions (id, owner, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                                   [.text(record.id), .text(record.owner), .text(record.title), .text(record.createdAt), .text(record.updatedAt)])
        }
        return record
    }

    /// Shared with the PostgreSQL store (which also groups by `s.id`).
    static let sessionColumns = """
        SELECT s.id, s.owner, s.title, s.created_at, s.updated_at, COUNT(t.turn),
               COALESCE(SUM(t.llm_calls), 0), COALESCE(SUM(t.prompt_tokens), 0), COALESCE(SUM(t.completion_tokens), 0)
        FROM copilot_sessions s LEFT JOIN copilot_turns t ON t.session_id = s.id
        """

    static func session(from row: [DatabaseValue]) -> SessionRecord {
        SessionRecord(id: row[0].description, owner: row[1].description, title: row[2].description,
                      createdAt: row[3].description, updatedAt: row[4].description, turnCount: Int(row[5].int64Value ?? 0),
                      usage: TurnUsage(llmCalls: Int(row[6].int64Value ?? 0), promptTokens: Int(row[7].int64Value ?? 0),
                                       completionTokens: Int(row[8].int64Value ?? 0)))
    }

    public func session(id: String) async throws -> SessionRecord? {
        try await queue.withConnection { connection in
            try connection.rows(Self.sessionColumns + " WHERE s.id = ? GROUP BY s.id", [.text(id)]).first.map(Self.session(from:))
        }
    }

    public func sessions(owner: String?, limit: Int) async throws -> [SessionRecord] {
        try await queue.withConnection { connection in
            if let owner {
                return try connection.rows(Self.sessionColumns + " WHERE s.owner = ? GROUP BY s.id ORDER BY s.updated_at DESC LIMIT ?",
                                           [.text(owner), .integer(Int64(limit))]).map(Self.session(from:))
            }
            return try connection.rows(Self.sessionColumns + " GROUP BY s.id ORDER BY s.updated_at DESC LIMIT ?", [.integer(Int64(limit))])
                .map(Self.session(from:))
        }
    }

    public func turns(sessionID: String) async throws -> [TurnRecord] {
        try await queue.withConnection { connection in
            try connection.rows(Self.turnColumns + " WHERE session_id = ? ORDER BY turn", [.text(sessionID)]).map(Self.turn(from:))
        }
    }

    public func recentTurns(sessionID: String, limit: Int) async throws -> [TurnRecord] {
        try await queue.withConnection { connection in
            try connection.rows(Self.turnColumns + " WHERE session_id = ? ORDER BY turn DESC LIMIT ?",
                                [.text(sessionID), .integer(Int64(limit))]).map(Self.turn(from:)).reversed()
        }
    }

    /// Shared with the PostgreSQL store, which keeps turns in the same columns and formats.
    static let turnColumns = """
        SELECT turn, message, kind, planner, plan, sql, answer, result_preview, timings, error, created_at,
               llm_calls, prompt_tokens, completion_tokens
        FROM copilot_turns
        """

    static func turn(from row: [DatabaseValue]) -> TurnRecord {
        let decoder = JSONDecoder()
        func decode<T: Decodable>(_ type: T.Type, _ value: DatabaseValue) -> T? {
            value.stringValue.flatMap { try? decoder.decode(T.self, from: Data($0.utf8)) }
        }
        let usage = row[11].int64Value.map {
            TurnUsage(llmCalls: Int($0), promptTokens: Int(row[12].int64Value ?? 0), completionTokens: Int(row[13].int64Value ?? 0))
        }
        return TurnRecord(turn: Int(row[0].int64Value ?? 0), message: row[1].description, kind: row[2].description,
                          planner: row[3].description, plan: decode(QueryPlan.self, row[4]), sql: row[5].stringValue,
                          answer: row[6].description, resultPreview: decode(QueryResult.self, row[7]),
                          timings: decode(ChatReply.Timings.self, row[8]), error: row[9].stringValue,
                          createdAt: row[10].description, usage: usage)
    }

    /// The values of `message … completion_tokens` for an insert, with the result preview bounded to
    /// 20 rows (shared with the PostgreSQL store).
    static func columnValues(of turn: TurnRecord) -> [DatabaseValue] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json<T: Encodable>(_ value: T?) -> DatabaseValue {
            guard let value, let data = try? encoder.encode(value) else { return .null }
            return .text(String(decoding: data, as: UTF8.self))
        }
        var preview = turn.resultPreview
        if let bounded = preview, bounded.rows.count > 20 {
            preview = QueryResult(columns: bounded.columns, rows: Array(bounded.rows.prefix(20)), truncated: true)
        }
        return [
            .text(turn.message), .text(turn.kind), .text(turn.planner), json(turn.plan), turn.sql.map(DatabaseValue.text) ?? .null,
            .text(turn.answer), json(preview), json(turn.timings), turn.error.map(DatabaseValue.text) ?? .null, .text(turn.createdAt),
            turn.usage.map { .integer(Int64($0.llmCalls)) } ?? .null, turn.usage.map { .integer(Int64($0.promptTokens)) } ?? .null,
            turn.usage.map { .integer(Int64($0.completionTokens)) } ?? .null,
        ]
    }

    public func appendTurn(sessionID: String, _ turn: TurnRecord) async throws -> Int {
        let values = Self.columnValues(of: turn)
        return try await queue.withConnection { connection in
            try connection.transaction {
                let next = try connection.scalar("SELECT COALESCE(MAX(turn), 0) + 1 FROM copilot_turns WHERE session_id = ?",
                                                  [.text(sessionID)])?.int64Value ?? 1
                try connection.execute("""
                    INSERT INTO copilot_turns (session_id, turn, message, kind, planner, plan, sql, answer, result_preview, timings, error,
                                               created_at, llm_calls, prompt_tokens, completion_tokens)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.text(sessionID), .integer(next)] + values)
                try connection.execute("UPDATE copilot_sessions SET updated_at = ? WHERE id = ?", [.text(Self.now()), .text(sessionID)])
                return Int(next)
            }
        }
    }

    public func lastPlan(sessionID: String) async throws -> QueryPlan? {
        let text = try await queue.withConnection { connection in
            try connection.scalar("SELECT plan FROM copilot_turns WHERE session_id = ? AND plan IS NOT NULL ORDER BY turn DESC LIMIT 1",
                                  [.text(sessionID)])?.stringValue
        }
        return text.flatMap { try? JSONDecoder().decode(QueryPlan.self, from: Data($0.utf8)) }
    }

    public func rename(sessionID: String, title: String) async throws -> Bool {
        try await queue.withConnection { connection in
            try connection.execute("UPDATE copilot_sessions SET title = ?, updated_at = ? WHERE id = ?",
                                   [.text(String(title.prefix(120))), .text(Self.now()), .text(sessionID)])
            return connection.changes > 0
        }
    }

    public func delete(sessionID: String) async throws -> Bool {
        try await queue.withConnection { connection in
            try connection.execute("DELETE FROM copilot_sessions WHERE id = ?", [.text(sessionID)])
            return connection.changes > 0
        }
    }

    public func prune(notUpdatedSince date: Date) async throws -> Int {
        let cutoff = Timestamp.iso8601(date)
        return try await queue.withConnection { connection in
            try connection.execute("DELETE FROM copilot_sessions WHERE updated_at < ?", [.text(cutoff)])
            return connection.changes
        }
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
