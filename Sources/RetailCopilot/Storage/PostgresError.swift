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

/// Helpers for `postgres://` locations.
public enum PostgresURL {
    /// True for `postgres://…` and `postgresql://…`.
    public static func matches(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// The URL with its password removed (`postgres://user@host/db`), for messages and logs; also
    /// drops a `password=` query parameter.
    public static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "postgres" }
        let scheme = url[..<schemeEnd.lowerBound]
        var rest = Substring(url[schemeEnd.upperBound...])
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = String(rest[..<authorityEnd])
        let path = rest[authorityEnd...]
        if let at = authority.lastIndex(of: "@") {
            let user = authority[..<at].split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            authority = user + "@" + authority[authority.index(after: at)...]
        }
        let kept = query.split(separator: "&").filter { !$0.lowercased().hasPrefix("password=") }
        return "\(scheme)://\(authority)\(path)" + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }
}
