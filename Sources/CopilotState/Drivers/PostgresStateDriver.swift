import CopilotCore
import CopilotPostgres

/// The PostgreSQL driver: one ``PostgresPool`` that every store of the process shares, so several
/// copilot instances can share conversations, keys and the audit log.
extension PostgresPool: StateDriver {
    func withStateConnection<T: Sendable>(_ body: @Sendable (any StateConnection) throws -> T) async throws -> T {
        try await withConnection { (connection: PostgresConnection) in try body(connection) }
    }
}

extension PostgresConnection: StateConnection {
    /// What errors say the copilot was doing (the statement itself stays out of messages).
    private static let stateContext = "using the state database"

    func fetchRows(_ text: String, _ values: [DatabaseValue]) throws -> StateRows {
        let result = try query(text, values, context: Self.stateContext)
        return StateRows(columns: result.columns, values: result.rows)
    }

    /// The statement returns one row per changed row (``SQLDialect/changeCountSuffix``): libpq's
    /// own count is not exposed by the connection.
    func changeRows(_ text: String, _ values: [DatabaseValue]) throws -> Int {
        try query(text, values, context: Self.stateContext).rows.count
    }

    func executeScript(_ script: String) throws {
        try execute(script, context: Self.stateContext)
    }
}
