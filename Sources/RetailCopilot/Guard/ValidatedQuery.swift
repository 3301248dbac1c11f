/// A statement the guard accepted, ready for read-only execution.
public struct ValidatedQuery: Sendable, Equatable {
    /// The SQL to execute: the original statement without trailing `;`, with a LIMIT appended when
    /// it had none.
    public var sql: String
    public var dialect: SQLDialect
    /// Tables the statement reads (lowercased).
    public var tables: Set<String>
    /// Functions the statement calls (lowercased).
    public var functions: Set<String>
    /// True when the guard appended a LIMIT.
    public var limitAppended: Bool
}
