/// A statement the guard accepted, ready for read-only execution: the proof that SQL passed the
/// guard. Only ``SQLGuard`` creates one and nothing can change it afterwards, so what runs is
/// exactly what was checked.
public struct ValidatedQuery: Sendable, Equatable {
    /// The SQL to execute: the original statement without trailing `;`, with a LIMIT appended when
    /// it had none.
    public let sql: String
    public let dialect: SQLDialect
    /// Tables the statement reads (lowercased).
    public let tables: Set<String>
    /// Functions the statement calls (lowercased).
    public let functions: Set<String>
    /// True when the guard appended a LIMIT.
    public let limitAppended: Bool

    /// Only the guard vouches for SQL.
    init(sql: String, dialect: SQLDialect, tables: Set<String>, functions: Set<String>, limitAppended: Bool) {
        self.sql = sql
        self.dialect = dialect
        self.tables = tables
        self.functions = functions
        self.limitAppended = limitAppended
    }
}
