/// The tables of the state database, defined once for SQLite and PostgreSQL. Table, column and
/// index names are those every release has used, so databases written by earlier releases are
/// adopted as they are (see ``StateMigrations``).
enum StateSchema {
    /// Conversations. A session's turns go with it.
    static let sessions = TableDefinition("copilot_sessions", primaryKey: ["id"], columns: [
        ColumnDefinition("id", .text),
        ColumnDefinition("owner", .text),
        ColumnDefinition("title", .text),
        ColumnDefinition("created_at", .timestamp),
        ColumnDefinition("updated_at", .timestamp),
    ], indexes: [IndexDefinition("copilot_sessions_owner", on: ["owner", "updated_at"])])

    /// The answered turns of each session, numbered from 1.
    static let turns = TableDefinition("copilot_turns", primaryKey: ["session_id", "turn"], columns: [
        ColumnDefinition("session_id", .text, references: ForeignKey("copilot_sessions", "id")),
        ColumnDefinition("turn", .integer),
        ColumnDefinition("message", .text),
        ColumnDefinition("kind", .text),
        ColumnDefinition("planner", .text),
        ColumnDefinition("plan", .json, nullable: true),
        ColumnDefinition("sql", .text, nullable: true),
        ColumnDefinition("answer", .text),
        ColumnDefinition("result_preview", .json, nullable: true),
        ColumnDefinition("timings", .json, nullable: true),
        ColumnDefinition("error", .text, nullable: true),
        ColumnDefinition("created_at", .timestamp),
    ] + usageColumns)

    /// Language-model usage of a turn; added to `copilot_turns` after the first release.
    static let usageColumns = [
        ColumnDefinition("llm_calls", .integer, nullable: true),
        ColumnDefinition("prompt_tokens", .integer, nullable: true),
        ColumnDefinition("completion_tokens", .integer, nullable: true),
    ]

    /// API keys: only a SHA-256 hash of each secret.
    static let apiKeys = TableDefinition("copilot_api_keys", primaryKey: ["id"], columns: [
        ColumnDefinition("id", .text),
        ColumnDefinition("name", .text, unique: true),
        ColumnDefinition("role", .text),
        ColumnDefinition("hash", .text, unique: true),
        ColumnDefinition("prefix", .text),
        ColumnDefinition("created_at", .timestamp),
        ColumnDefinition("revoked_at", .timestamp, nullable: true),
    ])

    /// The action audit log. Not tied to sessions: an action outlives its conversation.
    static let actions = TableDefinition("actions", primaryKey: ["id"], columns: [
        ColumnDefinition("id", .text),
        ColumnDefinition("session_id", .text),
        ColumnDefinition("agent", .text),
        ColumnDefinition("name", .text),
        ColumnDefinition("arguments", .json),
        ColumnDefinition("summary", .text),
        ColumnDefinition("status", .text),
        ColumnDefinition("confirm_role", .text),
        ColumnDefinition("proposed_by", .text),
        ColumnDefinition("proposed_at", .timestamp),
        ColumnDefinition("expires_at", .timestamp),
        ColumnDefinition("confirmed_by", .text, nullable: true),
        ColumnDefinition("confirmed_at", .timestamp, nullable: true),
        ColumnDefinition("cancelled_by", .text, nullable: true),
        ColumnDefinition("finished_at", .timestamp, nullable: true),
        ColumnDefinition("duration_ms", .real, nullable: true),
        ColumnDefinition("attempts", .integer, default: 0),
        ColumnDefinition("response_status", .integer, nullable: true),
        ColumnDefinition("receipt", .json, nullable: true),
        ColumnDefinition("error", .text, nullable: true),
        ColumnDefinition("retryable", .flag, default: 0),
        ColumnDefinition("executing_since", .timestamp, nullable: true),
    ], indexes: [
        IndexDefinition("actions_session", on: ["session_id", "proposed_at"]),
        IndexDefinition("actions_owner", on: ["proposed_by", "proposed_at"]),
    ])

    /// Each action's history, in the order it happened (`seq`).
    static let actionEvents = TableDefinition("action_events", primaryKey: ["seq"], columns: [
        ColumnDefinition("seq", .sequence),
        ColumnDefinition("action_id", .text),
        ColumnDefinition("at", .timestamp),
        ColumnDefinition("event", .text),
        ColumnDefinition("actor", .text, nullable: true),
        ColumnDefinition("detail", .text, nullable: true),
    ], indexes: [IndexDefinition("action_events_action", on: ["action_id", "seq"])])

    /// Which migrations a database has had (``Migrator``).
    static let migrations = TableDefinition("copilot_schema_migrations", primaryKey: ["version"], columns: [
        ColumnDefinition("version", .integer),
        ColumnDefinition("name", .text),
        ColumnDefinition("applied_at", .timestamp),
    ])

    /// Every table the stores use, in an order that creates referenced tables first.
    static let tables = [sessions, turns, apiKeys, actions, actionEvents]
}
