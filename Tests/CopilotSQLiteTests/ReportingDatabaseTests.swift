import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotSQLite

final class ReportingDatabaseTests: XCTestCase {
    private func open() throws -> SQLiteReportingDatabase {
        try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath) { $0.timeLimit = 0.5 }
    }

    func testPolicyComesFromTheSchemaWithoutSystemTables() throws {
        let database = try open()
        XCTAssertTrue(database.policy.allows(table: "orders", column: "total_amount"))
        XCTAssertTrue(database.policy.allows(table: "dataset_info"))
        XCTAssertFalse(database.policy.allows(table: "sqlite_stat1"))
        XCTAssertFalse(database.policy.allows(table: "sqlite_master"))
    }

    func testRunsGuardedQueriesAndCapsRows() async throws {
        let runner = GuardedSQLRunner(database: try open())
        let run = try await runner.run("SELECT order_id FROM orders ORDER BY order_id")
        XCTAssertEqual(run.result.rowCount, 1_000)
        XCTAssertTrue(run.result.truncated)
        let small = try await runner.run("SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY status")
        XCTAssertFalse(small.result.truncated)
        XCTAssertEqual(small.result.columns, ["status", "n"])
        XCTAssertGreaterThan(small.result.rowCount, 3)
        let asOf = await runner.database.declaredAsOfDate()
        XCTAssertEqual(asOf, "2025-12-31")
    }

    func testACheapQueryDoesNotWaitBehindAHeavyOne() async throws {
        let database = try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath, readers: 2) { $0.timeLimit = 2 }
        XCTAssertEqual(database.readerCount, 2)
        let runner = GuardedSQLRunner(database: database)
        let finished = FinishOrder()
        let heavy = Task {
            _ = try? await runner.run("SELECT count(*) FROM order_items a, order_items b, order_items c")
            await finished.record("heavy")
        }
        try await Task.sleep(nanoseconds: 100_000_000)  // the heavy query holds one connection
        let cheap = try await runner.run("SELECT count(*) AS n FROM orders")
        await finished.record("cheap")
        XCTAssertGreaterThan(cheap.result.rows.first?.first?.int64Value ?? 0, 0)
        _ = await heavy.value
        let order = await finished.names
        XCTAssertEqual(order, ["cheap", "heavy"], "the cheap query ran on the other connection")
    }

    private actor FinishOrder {
        var names: [String] = []
        func record(_ name: String) { names.append(name) }
    }

    func testTimeoutIsARefusalWithinTheLimit() async throws {
        let runner = GuardedSQLRunner(database: try open())
        let started = Date()
        do {
            _ = try await runner.run("SELECT count(*) FROM order_items a, order_items b, order_items c")
            XCTFail("cartesian join was not stopped")
        } catch let error as SQLGuardError {
            XCTAssertEqual(error.reason, .timeout)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
    }

    /// Statements that bypass the lexical guard still cannot read or write outside the allowlist.
    func testEngineEnforcesTheAllowlistASecondTime() async throws {
        let before = try TestSupport.fileFingerprint(TestSupport.demoDatabasePath)
        let database = try open()
        let bypass = [
            "SELECT name FROM sqlite_master",
            "SELECT * FROM pragma_table_info('orders')",
            "DELETE FROM orders",
            "UPDATE orders SET total_amount = 0",
            "DROP TABLE orders",
            "CREATE TABLE x (y)",
            "PRAGMA query_only = 0",
            "ATTACH DATABASE ':memory:' AS x",
            "BEGIN IMMEDIATE",
            "SELECT load_extension('/tmp/x')",
            "SELECT randomblob(10)",
        ]
        for sql in bypass {
            let query = ValidatedQuery(sql: sql, dialect: .sqlite, tables: [], functions: [], limitAppended: false)
            do {
                _ = try await database.execute(query)
                XCTFail("engine ran \(sql)")
            } catch let error as SQLGuardError {
                XCTAssertTrue([.engineRefused, .functionNotAllowed].contains(error.reason), "\(sql): \(error)")
            } catch {
                // Any other failure is also a refusal to run; what matters is that nothing changed.
            }
        }
        XCTAssertEqual(try TestSupport.fileFingerprint(TestSupport.demoDatabasePath), before)
    }
}
