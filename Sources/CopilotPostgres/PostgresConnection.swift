import CPostgres
import CopilotCore
import Foundation

/// One libpq connection. Every call blocks its thread until the server answers, so a connection
/// is only ever used from the serial queue of the ``PostgresSession`` that owns it (not `Sendable`).
///
/// Values come back in text format and are converted by type OID (``PostgresValueDecoder``); the
/// session is pinned to ISO dates and UTC so dates and timestamps read exactly like the SQLite demo's
/// strings (`2025-12-31`, `2025-12-31 23:59:59`).
public final class PostgresConnection {
    private let handle: OpaquePointer
    /// The location without its password, for messages.
    public let displayName: String

    /// Connects to `url` (`postgres://user:password@host:port/db?…`, or any libpq connection
    /// string). Throws a ``PostgresError`` of kind `connection` that never contains the password.
    public init(url: String, applicationName: String = "retail-copilot") throws {
        displayName = PostgresURL.redacted(url)
        let keywords = ["dbname", "application_name", "client_encoding", "connect_timeout"]
        let values = [url, applicationName, "UTF8", "10"]
        let handle = withOptionalCStringArray(keywords) { keywordPointers in
            withOptionalCStringArray(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let handle else {
            throw PostgresError(.connection, message: "libpq could not allocate a connection", context: "connecting to \(displayName)")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = Self.message(PQerrorMessage(handle))
            PQfinish(handle)
            throw PostgresError(.connection, message: message, context: "connecting to \(displayName)")
        }
        self.handle = handle
        // Notices ("there is no transaction in progress") are not errors; libpq would print them to stderr.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        try execute("SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1",
                    context: "configuring the session")
    }

    deinit {
        PQfinish(handle)
    }

    /// False once the connection to the server is lost; the owner then opens a new one.
    public var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK }

    /// True when the connection is healthy and outside any transaction: ready for the next user.
    var isIdle: Bool { isHealthy && PQtransactionStatus(handle) == PQTRANS_IDLE }

    /// Runs `body` so that `token.cancel()`, from any thread, cancels the statement it runs on the
    /// server (a libpq cancel request) and nothing that runs after `body` returns.
    ///
    /// Throws `CancellationError` when the token was cancelled before `body` started or while it
    /// ran and `body` failed (the server answers a cancel with SQLSTATE 57014). After a
    /// cancellation a transaction left open or aborted is rolled back; if that fails the
    /// connection is not ``isIdle`` and its owner discards it.
    func run<T>(cancellableBy token: PostgresCancelToken, _ body: () throws -> T) throws -> T {
        guard token.begin(handle) else { throw CancellationError() }
        let value: T
        do {
            defer { token.end() }
            value = try body()
        } catch {
            guard token.isCancelled else { throw error }
            rollBackAfterCancellation()
            throw CancellationError()
        }
        if token.isCancelled { rollBackAfterCancellation() }
        return value
    }

    /// A cancel request that reached the server while `body` ran its own `ROLLBACK` can leave the
    /// transaction open; one more attempt, now that no request is in flight.
    private func rollBackAfterCancellation() {
        guard isHealthy, PQtransactionStatus(handle) != PQTRANS_IDLE else { return }
        try? execute("ROLLBACK", context: "ending a cancelled transaction")
    }

    /// Runs `sql` (one or several statements, no parameters — only SQL the copilot wrote itself).
    public func execute(_ sql: String, context: String) throws {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result, context: context)
    }

    /// Runs one statement with text parameters (`$1`, `$2`…) and returns every row.
    @discardableResult
    public func query(_ sql: String, _ parameters: [DatabaseValue] = [], context: String) throws -> QueryResult {
        let texts: [String?] = parameters.map(Self.parameterText)
        let result = withOptionalCStringArray(texts) { pointers in
            PQexecParams(handle, sql, Int32(texts.count), nil, pointers, nil, nil, 0)
        }
        defer { PQclear(result) }
        try check(result, context: context)
        guard let result, PQresultStatus(result) == PGRES_TUPLES_OK else {
            return QueryResult(columns: [], rows: [], truncated: false)
        }
        let decoder = PostgresValueDecoder(result: result)
        let rows = (0..<PQntuples(result)).map { row in (0..<decoder.width).map { decoder.value(row: row, column: $0) } }
        return QueryResult(columns: decoder.columns, rows: rows, truncated: false)
    }

    /// Runs one statement in single-row mode so a huge result is never held in memory: `onRow`
    /// receives each row with its size in bytes and returns false to stop early, in which case the
    /// rest is cancelled on the server. Returns the column names.
    public func stream(_ sql: String, context: String, onRow: ([DatabaseValue], Int) throws -> Bool) throws -> [String] {
        // The extended protocol (PQsendQueryParams) refuses several statements in one string: a second
        // layer under the guard's own single-statement check.
        guard PQsendQueryParams(handle, sql, 0, nil, nil, nil, nil, 0) == 1 else {
            throw PostgresError(.client, message: Self.message(PQerrorMessage(handle)), context: context)
        }
        PQsetSingleRowMode(handle)
        var columns: [String] = []
        var stopped = false
        var failure: (any Error)?
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            if stopped || failure != nil { continue }  // draining after a stop or an error
            let status = PQresultStatus(result)
            if status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK {
                let decoder = PostgresValueDecoder(result: result)
                if columns.isEmpty { columns = decoder.columns }
                for row in 0..<PQntuples(result) {
                    let (values, bytes) = decoder.row(row)
                    do {
                        if try !onRow(values, bytes) {
                            stopped = true
                            cancelRunningStatement()
                            break
                        }
                    } catch {
                        failure = error
                        cancelRunningStatement()
                        break
                    }
                }
            } else {
                do { try check(result, context: context) } catch { failure = error }
            }
        }
        if let failure { throw failure }
        return columns
    }

    /// Streams rows into `COPY … FROM STDIN` (text format): `produce` calls its argument with
    /// chunks of COPY text. Returns the number of rows the server reports.
    public func copyIn(_ sql: String, context: String, produce: ((String) throws -> Void) throws -> Void) throws {
        let start = PQexec(handle, sql)
        guard let start, PQresultStatus(start) == PGRES_COPY_IN else {
            defer { PQclear(start) }
            try check(start, context: context)
            throw PostgresError(.client, message: "the server did not enter COPY mode", context: context)
        }
        PQclear(start)
        var sendError: (any Error)?
        do {
            try produce { chunk in
                var chunk = chunk
                let sent = chunk.withUTF8 { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
                }
                guard sent == 1 else {
                    throw PostgresError(.client, message: Self.message(PQerrorMessage(handle)), context: context)
                }
            }
        } catch {
            sendError = error
        }
        PQputCopyEnd(handle, sendError == nil ? nil : "aborted by the copilot")
        var failure = sendError
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            if failure == nil {
                do { try check(result, context: context) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    /// Asks the server to cancel the statement in progress (a separate connection, as libpq does).
    private func cancelRunningStatement() {
        guard let cancel = PQgetCancel(handle) else { return }
        defer { PQfreeCancel(cancel) }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &buffer, Int32(buffer.count))
    }

    /// Throws when `result` is missing or reports an error.
    private func check(_ result: OpaquePointer?, context: String) throws {
        guard let result else {
            throw PostgresError(isHealthy ? .client : .connection, message: Self.message(PQerrorMessage(handle)), context: context)
        }
        let status = PQresultStatus(result)
        guard status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR || status == PGRES_BAD_RESPONSE else { return }
        let sqlState = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
        let primary = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
        let message = primary ?? Self.message(PQresultErrorMessage(result))
        let kind: PostgresError.Kind = sqlState == "57014" ? .timeout : (isHealthy ? .server : .connection)
        throw PostgresError(kind, sqlState: sqlState, message: message, context: context)
    }

    private static func message(_ text: UnsafeMutablePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Parameters travel as text; PostgreSQL infers their types from the statement.
    private static func parameterText(_ value: DatabaseValue) -> String? {
        switch value {
        case .null: nil
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): text
        case .blob(let bytes): "\\x" + bytes.map { String(format: "%02x", $0) }.joined()
        }
    }
}

/// Calls `body` with a NULL-terminated C array of C strings (nil entries stay NULL) that lives for
/// the duration of the call.
private func withOptionalCStringArray<T>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { $0.flatMap { strdup($0) } }
    defer { copies.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
