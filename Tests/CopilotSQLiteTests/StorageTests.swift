import CSQLite
import CopilotTestSupport
import XCTest
@testable import CopilotSQLite
@testable import CopilotState

final class StorageTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("storage")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func testBindingAndTypedColumns() throws {
        let connection = try Connection(path: path("a.db"), mode: .readWrite(create: true))
        try connection.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        try connection.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)",
                               [.integer(42), .real(1.5), .text("héllo ✓"), .blob([0, 1, 2]), .null])
        let rows = try connection.rows("SELECT i, r, s, b, n FROM t")
        XCTAssertEqual(rows, [[.integer(42), .real(1.5), .text("héllo ✓"), .blob([0, 1, 2]), .null]])
        let statement = try connection.prepare("SELECT i, s FROM t WHERE i = ?")
        try statement.bind([.integer(42)])
        XCTAssertTrue(try statement.step())
        XCTAssertEqual(statement.int64(at: 0), 42)
        XCTAssertEqual(statement.text(at: 1), "héllo ✓")
        XCTAssertEqual(statement.columnNames, ["i", "s"])
        XCTAssertFalse(try statement.step())
    }

    func testErrorsCarryCodeMessageAndSQL() throws {
        let connection = try Connection(path: path("b.db"), mode: .readWrite(create: true))
        XCTAssertThrowsError(try connection.prepare("SELECT * FROM missing")) { error in
            let error = error as? DatabaseError
            XCTAssertEqual(error?.code, SQLITE_ERROR)
            XCTAssertEqual(error?.sql, "SELECT * FROM missing")
            XCTAssertTrue(error?.message.contains("no such table") ?? false)
        }
        XCTAssertThrowsError(try connection.prepare("SELECT 1; SELECT 2")) { error in
            XCTAssertEqual((error as? DatabaseError)?.code, SQLITE_MISUSE)
        }
        try connection.execute("CREATE TABLE u (k TEXT UNIQUE)")
        try connection.execute("INSERT INTO u VALUES ('x')")
        XCTAssertThrowsError(try connection.execute("INSERT INTO u VALUES (?)", [.text("x")])) { error in
            XCTAssertEqual((error as? DatabaseError)?.code, SQLITE_CONSTRAINT)
        }
        XCTAssertThrowsError(try Connection(path: path("nope/none.db"), mode: .readOnly))
    }

    func testReadOnlyConnectionCannotWrite() throws {
        let writer = try Connection(path: path("c.db"), mode: .readWrite(create: true))
        try writer.execute("CREATE TABLE t (x)")
        let reader = try Connection(path: path("c.db"), mode: .readOnly)
        XCTAssertThrowsError(try reader.execute("INSERT INTO t VALUES (1)")) { error in
            XCTAssertEqual((error as? DatabaseError)?.code, SQLITE_READONLY)
        }
    }

    func testDeadlineInterruptsWithDistinctError() throws {
        let connection = try Connection(path: ":memory:", mode: .readWrite(create: true))
        let started = Date()
        XCTAssertThrowsError(try connection.withDeadline(seconds: 0.2) {
            _ = try connection.rows("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        }) { error in
            XCTAssertEqual((error as? DatabaseError)?.kind, .timeout)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2.0)
        // The handler is removed afterwards: the connection works normally again.
        XCTAssertEqual(try connection.scalar("SELECT 40 + 2"), .integer(42))
    }

    func testAuthorizerSeesReadsAndCanDeny() throws {
        let connection = try Connection(path: ":memory:", mode: .readWrite(create: true))
        try connection.execute("CREATE TABLE t (a, b)")
        nonisolated(unsafe) var seen: [String] = []
        connection.setAuthorizer { request in
            if request.action == SQLITE_READ { seen.append("\(request.argument1 ?? "").\(request.argument2 ?? "")") }
            return request.action == SQLITE_READ && request.argument2 == "b" ? .deny : .allow
        }
        XCTAssertNoThrow(try connection.prepare("SELECT a FROM t"))
        XCTAssertThrowsError(try connection.prepare("SELECT b FROM t")) { error in
            XCTAssertEqual((error as? DatabaseError)?.code, SQLITE_AUTH)
        }
        XCTAssertTrue(seen.contains("t.a"))
        connection.setAuthorizer(nil)
        XCTAssertNoThrow(try connection.prepare("SELECT b FROM t"))
    }

    func testLimitsAndWAL() throws {
        let connection = try Connection(path: path("d.db"), mode: .readWrite(create: true))
        connection.setLimit(SQLITE_LIMIT_LENGTH, 1_000)
        XCTAssertEqual(connection.limit(SQLITE_LIMIT_LENGTH), 1_000)
        XCTAssertThrowsError(try connection.rows("SELECT zeroblob(5000)")) { error in
            XCTAssertEqual((error as? DatabaseError)?.code, SQLITE_TOOBIG)
        }
        try connection.enableWAL()
        XCTAssertEqual(try connection.scalar("PRAGMA journal_mode"), .text("wal"))
        let reader = try Connection(path: path("d.db"), mode: .readOnly)
        XCTAssertThrowsError(try reader.enableWAL())
    }

    func testDatabaseQueueSerializesAccess() async throws {
        let queue = try DatabaseQueue(path: path("e.db"), mode: .readWrite(create: true)) { connection in
            try connection.enableWAL()
            try connection.execute("CREATE TABLE n (v INTEGER)")
        }
        await withTaskGroup(of: Void.self) { group in
            for value in 0..<50 {
                group.addTask { _ = try? await queue.withConnection { try $0.execute("INSERT INTO n VALUES (?)", [.integer(Int64(value))]) } }
            }
        }
        let count = try await queue.withConnection { try $0.scalar("SELECT count(*) FROM n") }
        XCTAssertEqual(count, .integer(50))
    }
}
