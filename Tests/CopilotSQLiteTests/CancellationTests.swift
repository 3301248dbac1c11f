import CSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore
@testable import CopilotSQLite

/// A cancelled task stops its SQLite query with `sqlite3_interrupt` — that query only — and leaves
/// the reader usable, on a real database file.
final class CancellationTests: XCTestCase {
    /// Counts to five billion: minutes of work, so only an interrupt ends it within the test.
    static let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000000) SELECT count(*) AS n FROM c"

    /// The longest a cancelled query may take to stop here: the goal is 100 ms, the rest is slack
    /// for a loaded CI machine.
    static let bound = 0.5

    func testCancellingTheTaskStopsTheRunningQueryAndTheReaderServesTheNext() async throws {
        let database = try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath, readers: 1) { $0.timeLimit = 30 }
        let runner = GuardedSQLRunner(database: database, logger: TestSupport.quietLogger)
        let started = Date()
        let sql = Self.endless
        let query = Task { try await runner.run(sql) }
        try await Task.sleep(nanoseconds: 300_000_000)  // well inside the statement
        XCTAssertEqual(database.queriesInFlight, [1], "the query is running")

        let cancelled = Date()
        query.cancel()
        let outcome = await query.result
        let stopped = Date().timeIntervalSince(cancelled)
        print("SQLite cancel-to-stop: \(Self.milliseconds(stopped)) ms (query ran \(Self.milliseconds(cancelled.timeIntervalSince(started))) ms before the cancel)")

        XCTAssertThrowsError(try outcome.get()) { error in
            XCTAssertTrue(error is CancellationError, "a cancellation, not a time-limit refusal: \(error)")
        }
        XCTAssertLessThan(stopped, Self.bound)
        XCTAssertEqual(database.queriesInFlight, [0], "the reader's slot is given back")

        // The same (only) reader answers at once, and is not interrupted by the old cancellation.
        let next = try await runner.run("SELECT count(*) AS n FROM orders")
        XCTAssertGreaterThan(next.result.rows.first?.first?.int64Value ?? 0, 0)
        XCTAssertLessThan(next.executeMicroseconds, 100_000)
    }

    func testATaskCancelledBeforeItsQueryStartsRunsNothing() async throws {
        let database = try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath, readers: 1) { $0.timeLimit = 30 }
        let runner = GuardedSQLRunner(database: database, logger: TestSupport.quietLogger)
        let sql = Self.endless
        let query = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await runner.run(sql)
        }
        let started = Date()
        let outcome = await query.result
        XCTAssertThrowsError(try outcome.get()) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertLessThan(Date().timeIntervalSince(started), Self.bound)
        XCTAssertEqual(database.queriesInFlight, [0])
    }

    /// The time limit is still a refusal, told apart from a cancellation.
    func testTheTimeLimitIsStillARefusalNotACancellation() async throws {
        let database = try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath, readers: 1) { $0.timeLimit = 0.2 }
        let runner = GuardedSQLRunner(database: database, logger: TestSupport.quietLogger)
        do {
            _ = try await runner.run(Self.endless)
            XCTFail("the endless query finished")
        } catch let error as SQLGuardError {
            XCTAssertEqual(error.reason, .timeout)
        }
        XCTAssertEqual(database.queriesInFlight, [0])
    }

    /// The race the token exists for: a cancellation that arrives after its query finished must
    /// not interrupt the next query on the same connection.
    func testALateCancellationDoesNotInterruptTheNextQueryOnTheConnection() throws {
        let connection = try Connection(path: TestSupport.demoDatabasePath, mode: .readOnly)
        let first = InterruptToken()
        let count = try connection.interruptible(by: first) { try connection.scalar("SELECT count(*) FROM orders") }
        XCTAssertGreaterThan(count?.int64Value ?? 0, 0)

        // The next query runs for its whole deadline while the first token is cancelled.
        let second = InterruptToken()
        let lateCancel = DispatchWorkItem { first.cancel() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1, execute: lateCancel)
        let started = Date()
        XCTAssertThrowsError(try connection.interruptible(by: second) {
            try connection.withDeadline(seconds: 0.4) { try connection.scalar(Self.endless) }
        }) { error in
            XCTAssertEqual((error as? DatabaseError)?.kind, .timeout, "stopped by its own deadline, not the stale token: \(error)")
        }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.35)
        lateCancel.wait()
        XCTAssertTrue(first.isCancelled)
        XCTAssertFalse(second.isCancelled)

        // A token cancelled before its execution starts never runs the body.
        var ran = false
        XCTAssertThrowsError(try connection.interruptible(by: first) { ran = true }) { XCTAssertTrue($0 is CancellationError) }
        XCTAssertFalse(ran)
    }

    /// Cancelling from another thread while the statement steps: the interrupt lands in the
    /// running statement, and the error is a cancellation.
    func testCancellingTheTokenFromAnotherThreadInterruptsTheStatement() throws {
        let connection = try Connection(path: TestSupport.demoDatabasePath, mode: .readOnly)
        let token = InterruptToken()
        let cancelAt = Date().addingTimeInterval(0.2)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { token.cancel() }
        XCTAssertThrowsError(try connection.interruptible(by: token) {
            try connection.withDeadline(seconds: 30) { try connection.scalar(Self.endless) }
        }) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        let stopped = Date().timeIntervalSince(cancelAt)
        print("SQLite token cancel-to-stop (driver level): \(Self.milliseconds(stopped)) ms")
        XCTAssertLessThan(stopped, Self.bound)
        XCTAssertEqual(try connection.scalar("SELECT 1")?.int64Value, 1, "the connection runs the next statement")
    }

    /// SQLite forgets an interrupt that arrives while no statement runs (the next statement
    /// resets it): a cancellation between `begin` and the first step must still stop the query.
    func testACancellationBeforeTheStatementStartsIsNotForgotten() throws {
        let connection = try Connection(path: TestSupport.demoDatabasePath, mode: .readOnly)
        let token = InterruptToken()
        let started = Date()
        XCTAssertThrowsError(try connection.interruptible(by: token) {
            token.cancel()  // sqlite3_interrupt with nothing running yet
            return try connection.withDeadline(seconds: 5) { try connection.scalar(Self.endless) }
        }) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertLessThan(Date().timeIntervalSince(started), Self.bound)
    }

    static func milliseconds(_ seconds: TimeInterval) -> String {
        String(format: "%.1f", seconds * 1_000)
    }
}
