import CSQLite
import CopilotCore

/// A raw `sqlite3_stmt *`.
public typealias SQLiteStatementHandle = OpaquePointer

/// A prepared statement. Finalized when the last reference goes away; not thread-safe, like the
/// ``Connection`` it belongs to.
public final class Statement {
    public let handle: SQLiteStatementHandle
    /// The SQL this statement was compiled from (without the tail).
    public let sql: String
    /// The connection is retained so it cannot be closed while a statement is alive.
    public let connection: Connection

    init(handle: SQLiteStatementHandle, sql: String, connection: Connection) {
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// True when SQLite guarantees that stepping the statement does not write to the database file.
    /// Not sufficient on its own for untrusted SQL (it is true for BEGIN, COMMIT and ATTACH).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Number of `?` / named parameters.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    // MARK: Binding

    /// Binds `values` to parameters 1…n, clearing previous bindings first.
    public func bind(_ values: [DatabaseValue]) throws {
        try check(sqlite3_clear_bindings(handle))
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the 1-based parameter `index`.
    public func bind(_ value: DatabaseValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let int):
            code = sqlite3_bind_int64(handle, index, int)
        case .real(let double):
            code = sqlite3_bind_double(handle, index, double)
        case .text(let string):
            code = sqlite3_bind_text(handle, index, string, -1, csqlite_transient())
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob(handle, index, buffer.baseAddress, Int32(buffer.count), csqlite_transient())
            }
        }
        try check(code)
    }

    // MARK: Stepping

    /// Advances to the next row. Returns `true` when a row is available, `false` when done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(for: code, sql: sql)
        }
    }

    /// Resets the statement so it can run again with new bindings.
    public func reset() throws {
        try check(sqlite3_reset(handle))
    }

    /// Binds `values`, runs the statement to completion, and resets it.
    public func execute(_ values: [DatabaseValue] = []) throws {
        if !values.isEmpty { try bind(values) }
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    // MARK: Columns

    /// The value of column `index` (0-based) in the current row.
    public func value(at index: Int32) -> DatabaseValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT: return .text(text(at: index))
        default:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        }
    }

    public func int64(at index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }
    public func double(at index: Int32) -> Double { sqlite3_column_double(handle, index) }

    public func text(at index: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// Size in bytes of column `index` of the current row (text or blob), used for result-size caps.
    public func byteCount(at index: Int32) -> Int { Int(sqlite3_column_bytes(handle, index)) }

    /// All values of the current row.
    public func row() -> [DatabaseValue] {
        (0..<sqlite3_column_count(handle)).map { value(at: $0) }
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw connection.error(for: code, sql: sql) }
    }
}
