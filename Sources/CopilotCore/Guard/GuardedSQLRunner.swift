import Logging
import Metrics

/// Validates SQL with the ``SQLGuard`` and runs what it accepts on a ``ReportingDatabase``. Every
/// SQL statement the product runs — planner, LLM, analyst — goes through one of these.
public struct GuardedSQLRunner: Sendable {
    public let database: any ReportingDatabase
    public let sqlGuard: SQLGuard
    /// Fair scheduling of queries across callers (see ``QueryQueue``); nil runs every query at once.
    public let queue: QueryQueue?
    private let logger: Logger
    /// Origins whose SQL a person or a model wrote freely: they run in the expensive lane.
    static let expensiveOrigins: Set<String> = ["analyst", "http", "mcp", "model"]

    /// What a guarded run produced, with stage timings.
    public struct Run: Sendable {
        public var query: ValidatedQuery
        public var result: QueryResult
        public var guardMicroseconds: Double
        public var executeMicroseconds: Double
    }

    public init(database: any ReportingDatabase, queue: QueryQueue? = nil, logger: Logger = Logger(label: "copilot.guard")) {
        self.database = database
        self.queue = queue
        sqlGuard = SQLGuard(policy: database.policy)
        self.logger = logger
    }

    /// Validates only (no execution). Refusals are logged as security events.
    public func validate(_ sql: String, origin: String = "analyst") throws(SQLGuardError) -> ValidatedQuery {
        do {
            return try sqlGuard.validate(sql)
        } catch {
            logRefusal(error, sql: sql, origin: origin)
            throw error
        }
    }

    /// Validates and runs `sql`. Throws ``SQLGuardError`` for refusals and stopped queries,
    /// `CancellationError` when the calling task is cancelled (the database stops the statement),
    /// and the database's own error for other execution failures.
    public func run(_ sql: String, origin: String = "analyst") async throws -> Run {
        let start = monotonicNanoseconds()
        let query = try validate(sql, origin: origin)
        var run = try await execute(query, origin: origin)
        run.guardMicroseconds = Double(monotonicNanoseconds() - start) / 1_000 - run.executeMicroseconds
        return run
    }

    /// Runs a statement this runner's guard already accepted. A task cancelled before it starts
    /// runs nothing; one cancelled while the statement runs stops it (see
    /// ``ReportingDatabase/execute(_:)``).
    public func execute(_ query: ValidatedQuery, origin: String = "analyst") async throws -> Run {
        try Task.checkCancellation()
        let start = monotonicNanoseconds()
        do {
            let database = self.database
            let result = if let queue {
                try await queue.run(lane: Self.expensiveOrigins.contains(origin) ? .expensive : .standard) { try await database.execute(query) }
            } else {
                try await database.execute(query)
            }
            return Run(query: query, result: result, guardMicroseconds: 0,
                       executeMicroseconds: Double(monotonicNanoseconds() - start) / 1_000)
        } catch let error as SQLGuardError {
            logRefusal(error, sql: query.sql, origin: origin)
            throw error
        }
    }

    /// Logs a refusal without the SQL text itself (it may hold values users consider secret): the
    /// reason, the subject, the length and a fingerprint to correlate repeated attempts.
    private func logRefusal(_ error: SQLGuardError, sql: String, origin: String) {
        Counter(label: "copilot_guard_refusals_total", dimensions: [("reason", error.reason.rawValue), ("origin", origin)]).increment()
        logger.warning("sql refused", metadata: [
            "event": "security.sql_refused",
            "reason": .string(error.reason.rawValue),
            "subject": .string(error.subject ?? ""),
            "origin": .string(origin),
            "sql_bytes": .stringConvertible(sql.utf8.count),
            "sql_fingerprint": .string(Fingerprint.fnv1a(sql)),
        ])
    }
}

/// Stable, non-cryptographic fingerprints for correlating log lines and checking file contents.
public enum Fingerprint {
    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits.
    public static func fnv1a(_ text: String) -> String {
        fnv1a(bytes: text.utf8)
    }

    public static func fnv1a<Bytes: Sequence>(bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
