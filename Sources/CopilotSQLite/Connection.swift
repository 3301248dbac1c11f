import CSQLite
import CopilotCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A raw `sqlite3 *`.
public typealias SQLiteConnectionHandle = OpaquePointer

/// One SQLite connection. Not `Sendable`: own it from a single actor (see ``DatabaseQueue``).
public final class Connection {
    /// How to open the file.
    public enum Mode: Sendable, Equatable {
        /// `SQLITE_OPEN_READONLY`. The file must exist.
        case readOnly
        /// `SQLITE_OPEN_READWRITE`, creating the file when `create` is true.
        case readWrite(create: Bool)
    }

    public let handle: SQLiteConnectionHandle
    public let path: String
    public let mode: Mode
    /// What the progress handler checks: the deadline and the interrupt token in force.
    let progress = ProgressState()
    var authorizerBox: AuthorizerBox?

    /// Opens `path` with explicit flags: no shared cache, no URI interpretation beyond what the caller
    /// asks for, full mutex off (a connection is confined to one actor).
    public init(path: String, mode: Mode) throws {
        var flags: Int32 = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite(let create): flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        }
        var raw: OpaquePointer?
        let code = sqlite3_open_v2(path, &raw, flags, nil)
        guard code == SQLITE_OK, let raw else {
            let error = DatabaseError(code: code, connection: raw, sql: nil)
            sqlite3_close_v2(raw)
            throw DatabaseError(code: error.code, extendedCode: error.extendedCode,
                                message: "cannot open \(path): \(error.message)")
        }
        handle = raw
        self.path = path
        self.mode = mode
        sqlite3_extended_result_codes(raw, 1)
        try setDatabaseConfig(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, enabled: false)
        try setBusyTimeout(milliseconds: 5_000)
    }

    deinit {
        if authorizerBox != nil { sqlite3_set_authorizer(handle, nil, nil) }
        sqlite3_progress_handler(handle, 0, nil, nil)
        sqlite3_close_v2(handle)
    }

    // MARK: Executing

    /// Compiles one statement. Throws if `sql` holds anything but whitespace after the first statement
    /// when `requireSingleStatement` is true.
    public func prepare(_ sql: String, requireSingleStatement: Bool = true) throws -> Statement {
        var statement: OpaquePointer?
        var tailIsEmpty = true
        let code = sql.withCString { cString -> Int32 in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(handle, cString, -1, 0, &statement, &tail)
            if let tail {
                var cursor = tail
                while cursor.pointee != 0 {
                    let byte = UInt8(bitPattern: cursor.pointee)
                    if byte != 0x20 && byte != 0x0a && byte != 0x09 && byte != 0x0d { tailIsEmpty = false; break }
                    cursor += 1
                }
            }
            return code
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(statement)
            throw error(for: code, sql: sql)
        }
        guard let statement else {
            throw DatabaseError(code: SQLITE_MISUSE, message: "no SQL statement to prepare", sql: sql)
        }
        if requireSingleStatement && !tailIsEmpty {
            sqlite3_finalize(statement)
            throw DatabaseError(code: SQLITE_MISUSE, message: "more than one statement", sql: sql)
        }
        return Statement(handle: statement, sql: sql, connection: self)
    }

    /// Runs one or more trusted statements (schema creation, pragmas on writable stores).
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            var error = error(for: code, sql: sql)
            error.message = text
            throw error
        }
    }

    /// Runs a trusted statement with bindings.
    public func execute(_ sql: String, _ values: [DatabaseValue]) throws {
        try prepare(sql).execute(values)
    }

    /// Returns every row of a trusted query.
    public func rows(_ sql: String, _ values: [DatabaseValue] = []) throws -> [[DatabaseValue]] {
        let statement = try prepare(sql)
        if !values.isEmpty { try statement.bind(values) }
        var rows: [[DatabaseValue]] = []
        while try statement.step() { rows.append(statement.row()) }
        return rows
    }

    /// The first column of the first row, or `nil` when there is no row.
    public func scalar(_ sql: String, _ values: [DatabaseValue] = []) throws -> DatabaseValue? {
        let statement = try prepare(sql)
        if !values.isEmpty { try statement.bind(values) }
        return try statement.step() ? statement.value(at: 0) : nil
    }

    /// Runs `body` in a transaction (`BEGIN IMMEDIATE` on writable stores), committing on success.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    // MARK: Configuration

    /// Sets a boolean `sqlite3_db_config` option (defensive mode, trusted schema, …).
    public func setDatabaseConfig(_ option: Int32, enabled: Bool) throws {
        let code = csqlite_db_config_int(handle, option, enabled ? 1 : 0)
        guard code == SQLITE_OK else { throw error(for: code, sql: nil) }
    }

    public func setBusyTimeout(milliseconds: Int32) throws {
        let code = sqlite3_busy_timeout(handle, milliseconds)
        guard code == SQLITE_OK else { throw error(for: code, sql: nil) }
    }

    /// Sets a run-time limit (`SQLITE_LIMIT_LENGTH`, …) and returns the previous value.
    @discardableResult
    public func setLimit(_ limit: Int32, _ value: Int32) -> Int32 {
        sqlite3_limit(handle, limit, value)
    }

    /// Current value of a run-time limit.
    public func limit(_ limit: Int32) -> Int32 { sqlite3_limit(handle, limit, -1) }

    /// Caps SQLite's heap for the whole process (`sqlite3_hard_heap_limit64`). Returns the previous cap.
    @discardableResult
    public static func setHardHeapLimit(bytes: Int64) -> Int64 {
        sqlite3_hard_heap_limit64(bytes)
    }

    /// Switches a writable store to write-ahead logging with `synchronous=NORMAL`, so readers never
    /// block the writer and committed transactions survive a process crash.
    public func enableWAL() throws {
        guard mode != .readOnly else {
            throw DatabaseError(code: SQLITE_READONLY, message: "WAL needs a writable connection")
        }
        let journal = try scalar("PRAGMA journal_mode=WAL")
        guard journal?.stringValue?.lowercased() == "wal" else {
            throw DatabaseError(code: SQLITE_ERROR, message: "could not enable WAL (journal_mode=\(journal?.description ?? "nil"))")
        }
        try execute("PRAGMA synchronous=NORMAL")
    }

    // MARK: Errors

    /// The error for `code`, turning an interrupt caused by the deadline into a `.timeout`.
    func error(for code: Int32, sql: String?) -> DatabaseError {
        var error = DatabaseError(code: code, connection: handle, sql: sql)
        if code & 0xff == SQLITE_INTERRUPT {
            if progress.fired {
                error.kind = .timeout
                error.message = "query exceeded its time limit and was interrupted"
            } else {
                error.kind = .interrupted
            }
        }
        return error
    }

    /// Interrupts whatever runs on this connection (callable from another thread via the handle).
    /// Prefer ``interruptible(by:_:)``, which cannot stop a later statement by accident.
    public func interrupt() { sqlite3_interrupt(handle) }
}
