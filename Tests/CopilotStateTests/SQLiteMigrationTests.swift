import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore
@testable import CopilotSQLite
@testable import CopilotState

/// The migrator on SQLite: a new file, a file written by release e61064b, a file from before turns
/// recorded usage, a second run, two processes at once, and a file from a newer release.
final class SQLiteMigrationTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("migrations")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func path(_ name: String = "state.db") -> String {
        directory.appendingPathComponent(name).path
    }

    /// A copy of the release's state file (the fixture itself is never written).
    private func releaseCopy() throws -> String {
        let copy = path()
        try FileManager.default.copyItem(atPath: ReleaseFixture.path("state-e61064b.db"), toPath: copy)
        return copy
    }

    func testANewFileGetsEveryTableAndEveryVersion() async throws {
        let database = try await StateDatabase.sqlite(path: path())
        let applied = try await database.appliedMigrations()
        XCTAssertEqual(applied.map(\.version), [1, 2, 3])
        XCTAssertEqual(applied.map(\.name), ["state tables", "turn usage columns", "action history sequence"])
        try await ReleaseFixture.verifyTablesMatchDefinitions(database)
    }

    func testTheReleaseFileIsAdoptedWithEveryRow() async throws {
        let database = try await StateDatabase.sqlite(path: try releaseCopy())
        let applied = try await database.appliedMigrations()
        XCTAssertEqual(applied.map(\.version), [1, 2, 3])
        try await ReleaseFixture.verifyTablesMatchDefinitions(database)
        try await ReleaseFixture.sqlite.verifyOldRows(database)
        try await ReleaseFixture.sqlite.verifyAppending(database)
    }

    func testMigratingTwiceIsANoOp() async throws {
        let path = try releaseCopy()
        let first = try await StateDatabase.sqlite(path: path)
        let before = try await first.appliedMigrations()
        let again = try await first.migrate()
        XCTAssertEqual(again, [], "nothing left to apply")
        // Reopened by another process later: still nothing to do, and the old rows are untouched.
        let reopened = try await StateDatabase.sqlite(path: path)
        let reapplied = try await reopened.migrate()
        XCTAssertEqual(reapplied, [])
        let after = try await reopened.appliedMigrations()
        XCTAssertEqual(after, before, "versions recorded once, with their first time")
        try await ReleaseFixture.sqlite.verifyOldRows(reopened)
    }

    func testTwoProcessesOpeningTheReleaseFileAtOnceBothSucceed() async throws {
        let path = try releaseCopy()
        // Separate databases are separate connections, as two processes would have.
        let opened = try await withThrowingTaskGroup(of: StateDatabase.self) { group in
            for _ in 0..<4 { group.addTask { try await StateDatabase.sqlite(path: path) } }
            return try await group.reduce(into: [StateDatabase]()) { $0.append($1) }
        }
        XCTAssertEqual(opened.count, 4)
        let applied = try await opened[0].appliedMigrations()
        XCTAssertEqual(applied.map(\.version), [1, 2, 3])
        try await ReleaseFixture.sqlite.verifyOldRows(opened[3])
    }

    /// Before turns recorded language-model usage, `copilot_turns` had no usage columns.
    func testAFileFromBeforeUsageColumnsGetsThem() async throws {
        let connection = try Connection(path: path(), mode: .readWrite(create: true))
        try connection.execute("""
            CREATE TABLE copilot_sessions (id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL, created_at TEXT NOT NULL,
                                           updated_at TEXT NOT NULL);
            CREATE TABLE copilot_turns (session_id TEXT NOT NULL REFERENCES copilot_sessions(id) ON DELETE CASCADE,
                turn INTEGER NOT NULL, message TEXT NOT NULL, kind TEXT NOT NULL, planner TEXT NOT NULL, plan TEXT, sql TEXT,
                answer TEXT NOT NULL, result_preview TEXT, timings TEXT, error TEXT, created_at TEXT NOT NULL,
                PRIMARY KEY (session_id, turn));
            INSERT INTO copilot_sessions VALUES ('s1', 'local', 'revenue', '2025-01-02T03:04:05.678Z', '2025-01-02T03:04:05.678Z');
            INSERT INTO copilot_turns (session_id, turn, message, kind, planner, answer, created_at)
                VALUES ('s1', 1, 'revenue', 'answer', 'offline', '42', '2025-01-02T03:04:05.678Z');
            """)
        let database = try await StateDatabase.sqlite(path: path())
        try await ReleaseFixture.verifyTablesMatchDefinitions(database)
        let turns = try await StateConversationStore(database: database).turns(sessionID: "s1")
        XCTAssertEqual(turns.map(\.answer), ["42"])
        XCTAssertNil(turns.first?.usage)
        XCTAssertEqual(turns.first?.createdAt, Timestamp.date("2025-01-02T03:04:05.678Z"))
    }

    func testAFileMigratedByANewerReleaseIsRefused() async throws {
        let database = try await StateDatabase.sqlite(path: path())
        try await database.run { session in
            try session.run("INSERT INTO \(StateSchema.migrations) (version, name, applied_at) VALUES (99, 'future', \(Date()))")
        }
        do {
            _ = try await StateDatabase.sqlite(path: path())
            XCTFail("a newer schema was opened")
        } catch let error as StateError {
            XCTAssertEqual(error, .newerSchema(found: 99, known: 3))
        }
    }
}
