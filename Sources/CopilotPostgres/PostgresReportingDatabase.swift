import CopilotCore

/// A PostgreSQL reporting database. Every guarded statement runs in its own `BEGIN READ ONLY`
/// transaction with `statement_timeout` and `lock_timeout` set locally, in single-row mode with the
/// same row and size caps as SQLite, and is rolled back. The readable tables are those of the
/// connection's current schema that its role may select (`information_schema` lists no others);
/// run the copilot as the least-privilege role in `docs/postgresql.md` so the server enforces the
/// allowlist a second time.
public final class PostgresReportingDatabase: ReportingDatabase {
    public let dialect: SQLDialect = .postgres
    public let policy: SQLPolicy
    public let schema: DatabaseSchema
    /// The URL without its password.
    public let displayName: String
    /// The connection URL, password included: for opening a direct connection (`bench`), never for display.
    package let url: String
    let pool: PostgresPool

    private init(url: String, pool: PostgresPool, schema: DatabaseSchema, policy: SQLPolicy) {
        self.url = url
        self.pool = pool
        self.schema = schema
        self.policy = policy
        displayName = pool.displayName
    }

    /// Connects to `url`, reads the schema and builds the allowlist. `tables`, when given, narrows it
    /// (the semantic model's tables); `poolSize` bounds concurrent queries.
    public static func open(
        url: String, tables: Set<String>? = nil, poolSize: Int = 4, configure: (inout SQLPolicy) -> Void = { _ in }
    ) async throws -> PostgresReportingDatabase {
        let pool = PostgresPool(url: url, size: poolSize, label: "reporting")
        let schema = try await pool.withConnection { try PostgresSchemaReader.read($0) }
        var readable = Dictionary(uniqueKeysWithValues: schema.tables.map { table in
            (table.name, Set(table.columns.map(\.name)))
        })
        if let tables {
            let wanted = Set(tables.map { $0.lowercased() })
            readable = readable.filter { wanted.contains($0.key) }
        }
        var policy = SQLPolicy(dialect: .postgres, tables: readable)
        configure(&policy)
        return PostgresReportingDatabase(url: url, pool: pool, schema: schema, policy: policy)
    }

    /// Runs `query` on a pooled session. Cancelling the calling task sends the server a cancel
    /// request for the statement (or stops waiting for a free session) and throws
    /// `CancellationError`; the session stays usable.
    public func execute(_ query: ValidatedQuery) async throws -> QueryResult {
        let policy = self.policy
        do {
            return try await pool.withCancellableConnection { connection in
                try Self.run(query.sql, on: connection, policy: policy)
            }
        } catch let error as PostgresError {
            throw Self.translate(error)
        }
    }

    /// One guarded statement in a read-only, time-limited transaction that is always rolled back.
    static func run(_ sql: String, on connection: PostgresConnection, policy: SQLPolicy) throws -> QueryResult {
        let milliseconds = max(1, Int(policy.timeLimit * 1_000))
        try connection.execute("""
            BEGIN READ ONLY; SET LOCAL statement_timeout = \(milliseconds); \
            SET LOCAL lock_timeout = \(min(milliseconds, 1_000)); SET LOCAL idle_in_transaction_session_timeout = \(milliseconds * 5)
            """, context: "starting a read-only transaction")
        defer { try? connection.execute("ROLLBACK", context: "ending the read-only transaction") }
        let limit = policy.rowLimit
        let maxBytes = policy.maxResultBytes
        var rows: [[DatabaseValue]] = []
        var bytes = 0
        var truncated = false
        let columns = try connection.stream(sql, context: "running a guarded query") { row, size in
            if rows.count == limit {
                truncated = true
                return false
            }
            bytes += size
            if bytes > maxBytes {
                throw SQLGuardError(.resultTooLarge, "The result is larger than \(maxBytes / 1_048_576) MB; narrow the query.")
            }
            rows.append(row)
            return true
        }
        return QueryResult(columns: columns, rows: rows, truncated: truncated)
    }

    public func declaredAsOfDate() async -> String? {
        guard policy.allows(table: "dataset_info", column: "value") else { return nil }
        let result = try? await pool.withConnection { connection in
            try connection.query("SELECT value FROM dataset_info WHERE key = 'as_of'", context: "reading dataset_info")
        }
        return result?.rows.first?.first?.stringValue
    }

    /// Turns server errors that mean "a safety check stopped this" into refusals, with the same
    /// reasons SQLite's checks produce; other errors pass.
    static func translate(_ error: PostgresError) -> any Error {
        if error.kind == .timeout || error.isCancellation || error.sqlState == "55P03" {
            return SQLGuardError(.timeout, "The query ran longer than its time limit and was stopped.")
        }
        switch error.sqlState ?? "" {
        case "25006":  // read_only_sql_transaction
            return SQLGuardError(.engineRefused, "The database is read-only; the statement was not run.")
        case "42501":  // insufficient_privilege
            return SQLGuardError(.engineRefused, "The database refused the query: it reads something outside the allowlist.")
        case "42883":  // undefined_function
            return SQLGuardError(.functionNotAllowed, "The query calls a function that is not available.")
        case let state where state.hasPrefix("53") || state.hasPrefix("54"):  // insufficient resources, program limits
            return SQLGuardError(.resourceLimit, "The query hit a resource limit (\(error.message)).")
        default:
            return error
        }
    }
}
