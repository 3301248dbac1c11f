/// An error raised by the PostgreSQL layer: the server's SQLSTATE (when it sent one), its message,
/// and what the copilot was doing. Never carries a connection URL's password.
public struct PostgresError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong, in terms a caller can act on.
    public enum Kind: String, Sendable {
        /// The server could not be reached or refused the connection.
        case connection
        /// The server rejected or aborted a statement; see ``PostgresError/sqlState``.
        case server
        /// The statement ran past `statement_timeout` (SQLSTATE 57014) and was cancelled.
        case timeout
        /// libpq or the copilot's use of it failed (an unexpected result shape, a COPY error).
        case client
    }

    public var kind: Kind
    /// The five-character SQLSTATE (`42501` insufficient privilege, `25006` read-only transaction…).
    public var sqlState: String?
    public var message: String
    /// What the copilot was doing (`connecting to db on /tmp/x`, `reading the schema`…).
    public var context: String

    public init(_ kind: Kind, sqlState: String? = nil, message: String, context: String) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.context = context
    }

    public var description: String {
        var text = "PostgreSQL \(kind.rawValue) error"
        if let sqlState { text += " \(sqlState)" }
        return text + " while \(context): \(message)"
    }

    /// SQLSTATE class 57014 (`query_canceled`): statement_timeout, or a cancel the copilot sent.
    public var isCancellation: Bool { sqlState == "57014" }
}
