import CSQLite

/// An error raised by the SQLite layer, carrying the result code, SQLite's message and the SQL
/// that failed (when there was one).
public struct DatabaseError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong, in terms a caller can act on.
    public enum Kind: String, Sendable {
        /// SQLite returned an error code; see ``DatabaseError/code``.
        case sqlite
        /// The statement ran past its deadline and was interrupted by the progress handler.
        case timeout
        /// The statement was interrupted for a reason other than the deadline.
        case interrupted
    }

    public var kind: Kind
    /// The primary SQLite result code (`SQLITE_ERROR`, `SQLITE_READONLY`, …).
    public var code: Int32
    /// The extended result code when SQLite provided one.
    public var extendedCode: Int32
    public var message: String
    public var sql: String?

    public init(kind: Kind = .sqlite, code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.kind = kind
        self.code = code
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    /// Builds an error from the connection's current error state.
    init(code: Int32, connection: SQLiteConnectionHandle?, sql: String? = nil) {
        let message: String
        let extended: Int32
        if let connection {
            message = String(cString: sqlite3_errmsg(connection))
            extended = sqlite3_extended_errcode(connection)
        } else {
            message = String(cString: sqlite3_errstr(code))
            extended = code
        }
        self.init(code: code & 0xff, extendedCode: extended, message: message, sql: sql)
    }

    public var description: String {
        var text = "SQLite error \(code)"
        if kind != .sqlite { text = "SQLite \(kind.rawValue) (code \(code))" }
        text += ": \(message)"
        if let sql { text += " — while executing `\(sql.prefix(200))`" }
        return text
    }
}
