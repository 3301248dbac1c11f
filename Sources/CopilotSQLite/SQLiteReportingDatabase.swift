import CSQLite
import CopilotCore

/// A SQLite reporting database opened for untrusted reads, following SQLite's advice for running
/// SQL from outside ("Defense against the dark arts"): read-only open, `query_only`, defensive mode,
/// untrusted schema, no extensions, no double-quoted strings, tight `sqlite3_limit`s, an authorizer
/// that admits only reads of the allowlist, a progress-handler deadline, and row and size caps.
///
/// Queries are spread over a small pool of such connections (each owned by a ``SQLiteReader``
/// actor on its own serial executor), least busy first, so a cheap question does not wait behind a
/// heavy one.
public final class SQLiteReportingDatabase: ReportingDatabase {
    public let dialect: SQLDialect = .sqlite
    public let policy: SQLPolicy
    public let path: String
    /// Tables, columns and foreign keys of the file (system tables excluded).
    public let schema: DatabaseSchema
    public var displayName: String { path.split(separator: "/").last.map(String.init) ?? path }

    private let readers: [SQLiteReader]
    private let load: ReaderLoad

    /// Opens `path` read-only with `readers` connections. `tables`, when given, narrows the
    /// allowlist to those tables (the semantic model's); otherwise every user table is readable.
    public init(path: String, tables: Set<String>? = nil, readers: Int = 4, configure: (inout SQLPolicy) -> Void = { _ in }) throws {
        let connection = try Connection(path: path, mode: .readOnly)
        let schema = try Self.introspect(connection)
        var readable = Dictionary(uniqueKeysWithValues: schema.tables.map { table in
            (table.name.lowercased(), Set(table.columns.map { $0.name.lowercased() }))
        })
        if let tables {
            let wanted = Set(tables.map { $0.lowercased() })
            readable = readable.filter { wanted.contains($0.key) }
        }
        var policy = SQLPolicy(dialect: .sqlite, tables: readable)
        configure(&policy)
        try Self.harden(connection, policy: policy)
        var pool = [SQLiteReader(connection: connection, policy: policy, label: "RetailCopilot.reporting.0")]
        for index in 1..<max(1, readers) {
            let reader = try Connection(path: path, mode: .readOnly)
            try Self.harden(reader, policy: policy)
            pool.append(SQLiteReader(connection: reader, policy: policy, label: "RetailCopilot.reporting.\(index)"))
        }
        self.readers = pool
        self.policy = policy
        self.path = path
        self.schema = schema
        load = ReaderLoad(count: pool.count)
    }

    /// Connections in the pool.
    public var readerCount: Int { readers.count }

    /// Queries in flight on each reader; all zero when the database is idle.
    var queriesInFlight: [Int] { load.snapshot }

    /// Runs `query` on the least busy reader. Cancelling the calling task interrupts the statement
    /// (`sqlite3_interrupt`, within microseconds of the next VM step) and throws `CancellationError`.
    /// A query cancelled while it waits behind another on its reader never starts; its task
    /// returns when the reader gets to it.
    public func execute(_ query: ValidatedQuery) async throws -> QueryResult {
        try Task.checkCancellation()
        let index = load.acquire()
        defer { load.release(index) }
        let reader = readers[index]
        let token = InterruptToken()
        return try await withTaskCancellationHandler {
            try await reader.execute(query, interruptedBy: token)
        } onCancel: {
            token.cancel()
        }
    }

    public func declaredAsOfDate() async -> String? {
        guard policy.allows(table: "dataset_info", column: "value") else { return nil }
        return await readers[0].scalarText("SELECT value FROM dataset_info WHERE key = 'as_of'")
    }

    /// Tables, columns and foreign keys of the file, read before the authorizer is installed.
    static func introspect(_ connection: Connection) throws -> DatabaseSchema {
        var tables: [DatabaseSchema.Table] = []
        let names = try connection.rows("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name")
        for case .text(let table) in names.map({ $0[0] }) where !SQLPolicy.isSystemTable(table) {
            let columns = try connection.rows("SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid", [.text(table)])
                .map { DatabaseSchema.Column(name: $0[0].description.lowercased(), type: $0[1].description, isPrimaryKey: ($0[2].int64Value ?? 0) > 0) }
            let keys = try connection.rows("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)", [.text(table)])
                .map { DatabaseSchema.ForeignKey(column: $0[0].description.lowercased(), table: $0[1].description.lowercased(),
                                                 referencedColumn: $0[2].isNull ? "" : $0[2].description.lowercased()) }
            tables.append(.init(name: table.lowercased(), columns: columns, foreignKeys: keys, spelled: table))
        }
        return DatabaseSchema(tables: tables)
    }

    static func harden(_ connection: Connection, policy: SQLPolicy) throws {
        try connection.execute("PRAGMA query_only = 1")
        try connection.setDatabaseConfig(SQLITE_DBCONFIG_DEFENSIVE, enabled: true)
        try connection.setDatabaseConfig(SQLITE_DBCONFIG_TRUSTED_SCHEMA, enabled: false)
        try connection.setDatabaseConfig(SQLITE_DBCONFIG_DQS_DML, enabled: false)
        try connection.setDatabaseConfig(SQLITE_DBCONFIG_DQS_DDL, enabled: false)
        try connection.setDatabaseConfig(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, enabled: false)
        connection.setLimit(SQLITE_LIMIT_LENGTH, 1_000_000)
        connection.setLimit(SQLITE_LIMIT_SQL_LENGTH, Int32(min(policy.maxSQLLength + 64, 1_000_000)))
        connection.setLimit(SQLITE_LIMIT_COLUMN, 100)
        connection.setLimit(SQLITE_LIMIT_EXPR_DEPTH, 50)
        connection.setLimit(SQLITE_LIMIT_COMPOUND_SELECT, Int32(policy.maxCompoundSelects))
        connection.setLimit(SQLITE_LIMIT_VDBE_OP, 100_000)
        connection.setLimit(SQLITE_LIMIT_FUNCTION_ARG, 8)
        connection.setLimit(SQLITE_LIMIT_ATTACHED, 0)
        connection.setLimit(SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50)
        connection.setLimit(SQLITE_LIMIT_VARIABLE_NUMBER, 10)
        connection.setLimit(SQLITE_LIMIT_TRIGGER_DEPTH, 1)
        let functions = policy.functions
        let tables = policy.tables
        connection.setAuthorizer { request in
            switch request.action {
            case SQLITE_SELECT, SQLITE_RECURSIVE:
                return .allow
            case SQLITE_READ:
                // A NULL schema means a CTE or subquery, not a stored table; COUNT(*) and rowid
                // aliases read with an empty column name.
                guard let database = request.database else { return .allow }
                guard database == "main", let table = request.argument1?.lowercased(),
                      let columns = tables[table] else { return .deny }
                let column = request.argument2?.lowercased() ?? ""
                return column.isEmpty || columns.contains(column) ? .allow : .deny
            case SQLITE_FUNCTION:
                return functions.contains(request.argument2?.lowercased() ?? "") ? .allow : .deny
            default:
                return .deny
            }
        }
    }

    /// Turns engine errors that mean "a safety check stopped this" into refusals; other errors pass.
    static func translate(_ error: DatabaseError) -> any Error {
        let message = error.message.lowercased()
        switch error.kind {
        case .timeout:
            return SQLGuardError(.timeout, "The query ran longer than its time limit and was stopped.")
        case .interrupted:
            // Not ours: an interrupt this process caused through an `InterruptToken` is a
            // `CancellationError` before it gets here.
            return SQLGuardError(.timeout, "The query was interrupted.")
        case .sqlite:
            break
        }
        switch error.code {
        case SQLITE_AUTH:
            return SQLGuardError(.engineRefused, "The database refused the query: it reads something outside the allowlist.")
        case SQLITE_TOOBIG, SQLITE_NOMEM:
            return SQLGuardError(.resourceLimit, "The query hit a size limit (\(error.message)).")
        case SQLITE_READONLY:
            return SQLGuardError(.engineRefused, "The database is read-only; the statement was not run.")
        default:
            if message.contains("not authorized") {
                return SQLGuardError(.engineRefused, "The database refused the query: it uses something outside the allowlist.")
            }
            if message.contains("no such function") {
                return SQLGuardError(.functionNotAllowed, "The query calls a function that is not available.")
            }
            if message.contains("too large") || message.contains("too many") || message.contains("too complex")
                || message.contains("too big") || message.contains("too deep") {
                return SQLGuardError(.resourceLimit, "The query hit a complexity limit (\(error.message)).")
            }
            return error
        }
    }
}
