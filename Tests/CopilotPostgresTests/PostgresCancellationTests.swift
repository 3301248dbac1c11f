import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore
@testable import CopilotPostgres

/// A cancelled task stops its PostgreSQL statement with a cancel request — that statement only —
/// and stops waiting for a pooled session, on a real server (``PostgresTestCluster``).
final class PostgresCancellationTests: XCTestCase {
    /// The longest a cancelled statement may take to stop here: the goal is 100 ms, the rest is
    /// slack for a loaded CI machine.
    static let bound = 0.5

    func testCancellingTheTaskCancelsTheStatementOnTheServerAndKeepsTheConnection() async throws {
        let cluster = try PostgresTestCluster.require()
        let pool = PostgresPool(url: cluster.url(), size: 1, label: "cancel-test")
        let backend = try await Self.backendPID(pool)
        let marker = "cancel_me_\(UUID().uuidString.prefix(8).lowercased())"
        let statement = Task {
            try await pool.withCancellableConnection { connection in
                try connection.query("SELECT pg_sleep(10) AS \(marker)", context: "test")
            }
        }
        try await Self.waitUntil("the statement runs on the server") {
            try await Self.activeStatements(marker, cluster: cluster) == 1
        }

        let cancelled = Date()
        statement.cancel()
        let outcome = await statement.result
        let stopped = Date().timeIntervalSince(cancelled)
        print("PostgreSQL cancel-to-stop (driver, pg_sleep(10)): \(Self.milliseconds(stopped)) ms")
        XCTAssertThrowsError(try outcome.get()) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertLessThan(stopped, Self.bound)
        let stillRunning = try await Self.activeStatements(marker, cluster: cluster)
        XCTAssertEqual(stillRunning, 0, "the server stopped the statement")

        // The same connection serves the next statement, outside any transaction.
        let again = try await Self.backendPID(pool)
        XCTAssertEqual(again, backend, "the connection was kept, not reopened")
        let usage = await pool.usage
        XCTAssertEqual(usage.idle, 1)
        XCTAssertEqual(usage.waiting, 0)
    }

    /// Through the guard and the reporting database, with a 30 s time limit: cancelled as soon as it
    /// reaches the server, and after it has run for 300 ms. Right after it is sent, PostgreSQL is
    /// JIT-compiling this expensive plan (about 85 ms with LLVM on an idle machine), which no cancel
    /// interrupts, so that case gets a wider bound; a running query stops within `bound`.
    func testAGuardedReportingQueryIsCancelledAndThePoolServesTheNext() async throws {
        let cluster = try PostgresTestCluster.require()
        let url = cluster.url(database: try await PostgresTests.demo.name(in: cluster))
        let database = try await PostgresReportingDatabase.open(url: url, poolSize: 1) { $0.timeLimit = 30 }
        let runner = GuardedSQLRunner(database: database, logger: TestSupport.quietLogger)
        for (moment, head, limit) in [("just sent, while the server may still JIT-compile it", 0.0, 1.0), ("running for 300 ms", 0.3, Self.bound)] {
            let cube = "SELECT count(*) AS n FROM order_items a, order_items b, order_items c"
            let started = Date()
            let query = Task { try await runner.run(cube) }
            try await Self.waitUntil("the cartesian product reaches the server") {
                try await Self.activeStatements("order_items a, order_items b", cluster: cluster) == 1
            }
            try await Task.sleep(nanoseconds: UInt64(head * 1e9))

            let cancelled = Date()
            query.cancel()
            let outcome = await query.result
            let stopped = Date().timeIntervalSince(cancelled)
            print("PostgreSQL cancel-to-stop (guarded query, time limit 30 s, \(moment)): \(Self.milliseconds(stopped)) ms " +
                  "(query ran \(Self.milliseconds(cancelled.timeIntervalSince(started))) ms before the cancel)")
            XCTAssertThrowsError(try outcome.get()) { error in
                XCTAssertTrue(error is CancellationError, "a cancellation, not a time-limit refusal: \(error)")
            }
            XCTAssertLessThan(stopped, limit, moment)
            let stillRunning = try await Self.activeStatements("order_items a, order_items b", cluster: cluster)
            XCTAssertEqual(stillRunning, 0, "the server stopped the statement")

            let next = try await runner.run("SELECT count(*) AS n FROM orders")
            XCTAssertGreaterThan(next.result.rows.first?.first?.int64Value ?? 0, 0, "the session's transaction was rolled back")
        }
    }

    func testAWaiterThatIsCancelledStopsWaitingAndNoSessionLeaks() async throws {
        let cluster = try PostgresTestCluster.require()
        let pool = PostgresPool(url: cluster.url(), size: 1, label: "waiter-test")
        let holder = Task {
            try await pool.withConnection { try $0.query("SELECT pg_sleep(1.5)", context: "test") }
        }
        try await Self.waitUntil("the holder has the session") { await pool.usage.idle == 0 }
        let waiter = Task {
            try await pool.withConnection { try $0.query("SELECT 1", context: "test") }
        }
        try await Self.waitUntil("the second caller waits") { await pool.usage.waiting == 1 }

        let cancelled = Date()
        waiter.cancel()
        let outcome = await waiter.result
        let stopped = Date().timeIntervalSince(cancelled)
        print("PostgreSQL pool waiter cancel-to-return: \(Self.milliseconds(stopped)) ms")
        XCTAssertThrowsError(try outcome.get()) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertLessThan(stopped, 0.2, "stops waiting at once, not when the holder finishes")
        var usage = await pool.usage
        XCTAssertEqual(usage.waiting, 0, "the waiter was removed")

        _ = try await holder.value
        usage = await pool.usage
        XCTAssertEqual(usage.idle, 1, "the session went back to the pool")
        let one = try await pool.withConnection { try $0.query("SELECT 1 AS one", context: "test") }
        XCTAssertEqual(one.rows.first?.first?.int64Value, 1)
    }

    /// Waiters cancelled around the moment a session is handed to them: whichever wins, every
    /// session comes back.
    func testCancellationRacingTheHandOverNeverLeaksASession() async throws {
        let cluster = try PostgresTestCluster.require()
        let pool = PostgresPool(url: cluster.url(), size: 2, label: "race-test")
        for round in 0..<40 {
            let callers = (0..<6).map { _ in
                Task { try await pool.withCancellableConnection { try $0.query("SELECT pg_sleep(0.005)", context: "test") } }
            }
            try await Task.sleep(nanoseconds: UInt64(round % 8) * 2_000_000)
            for (index, caller) in callers.enumerated() where index % 2 == round % 2 { caller.cancel() }
            for caller in callers { _ = await caller.result }
        }
        let usage = await pool.usage
        XCTAssertEqual(usage.idle, 2)
        XCTAssertEqual(usage.waiting, 0)
        let one = try await pool.withConnection { try $0.query("SELECT 1 AS one", context: "test") }
        XCTAssertEqual(one.rows.first?.first?.int64Value, 1)
    }

    /// The race the token exists for: a cancellation that arrives after its statement finished
    /// must not cancel the next statement on the same connection.
    func testALateCancellationDoesNotCancelTheNextStatement() async throws {
        let cluster = try PostgresTestCluster.require()
        let session = PostgresSession(url: cluster.url(), label: "late-cancel-test")
        let first = PostgresCancelToken()
        _ = try await session.withConnection(cancellableBy: first) { try $0.query("SELECT 1", context: "test") }

        let second = PostgresCancelToken()
        let lateCancel = Task {
            try await Task.sleep(nanoseconds: 100_000_000)
            first.cancel()
        }
        let started = Date()
        let result = try await session.withConnection(cancellableBy: second) {
            try $0.query("SELECT 1 AS done FROM pg_sleep(0.4)", context: "test")
        }
        try await lateCancel.value
        XCTAssertEqual(result.rows.first?.first?.int64Value, 1, "the second statement was not cancelled")
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.35, "the second statement ran to its end")
        XCTAssertTrue(first.isCancelled)

        // A token cancelled before its execution starts never reaches the server.
        await XCTAssertThrowsCancellation {
            try await session.withConnection(cancellableBy: first) { _ in XCTFail("ran after a cancellation") }
        }
    }

    /// The server drops a cancel request that finds the backend idle or between the extended
    /// protocol's messages: the token sends it again until the execution ends.
    func testACancelRequestTheServerDroppedIsSentAgain() async throws {
        let cluster = try PostgresTestCluster.require()
        let session = PostgresSession(url: cluster.url(), label: "resend-test")
        let token = PostgresCancelToken()
        let started = Date()
        await XCTAssertThrowsCancellation {
            _ = try await session.withConnection(cancellableBy: token) { connection in
                token.cancel()
                Thread.sleep(forTimeInterval: 0.1)  // the first request reaches an idle backend
                return try connection.query("SELECT pg_sleep(5)", context: "test")
            }
        }
        let elapsed = Date().timeIntervalSince(started) - 0.1
        print("PostgreSQL cancel-to-stop after a dropped request: \(Self.milliseconds(elapsed)) ms")
        XCTAssertLessThan(elapsed, Self.bound)
        let one = try await session.withConnection { try $0.query("SELECT 1 AS one", context: "test") }
        XCTAssertEqual(one.rows.first?.first?.int64Value, 1)
    }

    // MARK: Helpers

    private func XCTAssertThrowsCancellation(_ body: () async throws -> Void, file: StaticString = #filePath, line: UInt = #line) async {
        do {
            try await body()
            XCTFail("no error", file: file, line: line)
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)", file: file, line: line)
        }
    }

    /// Statements containing `text` that the server is running now (other than this look-up).
    static func activeStatements(_ text: String, cluster: PostgresTestCluster) async throws -> Int64 {
        let result = try await cluster.query("""
            SELECT count(*) FROM pg_stat_activity
            WHERE state = 'active' AND pid <> pg_backend_pid() AND position('\(text)' IN query) > 0
            """)
        return result.rows.first?.first?.int64Value ?? -1
    }

    static func backendPID(_ pool: PostgresPool) async throws -> Int64? {
        try await pool.withConnection { try $0.query("SELECT pg_backend_pid()", context: "test") }.rows.first?.first?.int64Value
    }

    /// Polls `condition` every 10 ms for up to 10 s (test set-up only; the product never polls).
    static func waitUntil(_ what: String, _ condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try await condition() { return }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        XCTFail("timed out waiting until \(what)")
    }

    static func milliseconds(_ seconds: TimeInterval) -> String {
        String(format: "%.1f", seconds * 1_000)
    }
}
