import CopilotCore

/// What the state layer needs from a database engine, and all it needs: a connection at a time, and
/// on it statements with bound values. Everything above it — statements, schema, migrations, the
/// stores — is written once against this and ``SQLDialect``. The SQLite driver is
/// ``DatabaseQueue`` with ``Connection``; the PostgreSQL driver, ``PostgresPool`` with
/// ``PostgresConnection``.
protocol StateDriver: Sendable {
    /// Runs `body` with exclusive use of one connection.
    func withStateConnection<T: Sendable>(_ body: @Sendable (any StateConnection) throws -> T) async throws -> T
}

/// One open connection, used by one caller at a time (never shared across tasks). Statements arrive
/// already rendered for the connection's dialect.
protocol StateConnection: AnyObject {
    /// Runs one statement and returns its rows with their column names.
    func fetchRows(_ text: String, _ values: [DatabaseValue]) throws -> StateRows
    /// Runs one data-changing statement, rendered with the dialect's ``SQLDialect/changeCountSuffix``,
    /// and returns how many rows it changed.
    func changeRows(_ text: String, _ values: [DatabaseValue]) throws -> Int
    /// Runs trusted statements without parameters (schema changes, transaction control).
    func executeScript(_ script: String) throws
}
