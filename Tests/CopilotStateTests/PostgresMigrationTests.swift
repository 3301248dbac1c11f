import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore
@testable import CopilotPostgres
@testable import CopilotState

/// The migrator on PostgreSQL (a throwaway cluster the tests start): a new database, the schema
/// release e61064b created (restored from its `pg_dump`), a second run, and instances starting at once.
final class PostgresMigrationTests: XCTestCase {
    /// A new database holding the release's schema and rows.
    private func releaseDatabase(_ cluster: PostgresTestCluster) async throws -> String {
        let name = try await cluster.createDatabase("release")
        try cluster.restore(dump: ReleaseFixture.path("state-e61064b.pgdump.sql"), into: name)
        return name
    }

    func testTheReleaseSchemaIsAdoptedWithEveryRow() async throws {
        let cluster = try PostgresTestCluster.require()
        let name = try await releaseDatabase(cluster)
        let versions = try await cluster.query("SELECT to_regclass('public.copilot_schema_migrations') IS NULL AS missing", database: name)
        XCTAssertEqual(versions.rows.first?.first, .integer(1), "the release had no version table")
        let database = try await StateDatabase.postgres(url: cluster.url(database: name))
        let applied = try await database.appliedMigrations()
        XCTAssertEqual(applied.map(\.version), [1, 2, 3])
        try await ReleaseFixture.verifyTablesMatchDefinitions(database)
        try await ReleaseFixture.postgres.verifyOldRows(database)
        try await ReleaseFixture.postgres.verifyAppending(database)
        // The release's own sequence numbers the new history lines after the old one.
        let sequence = try await cluster.query("SELECT seq, event FROM action_events ORDER BY seq", database: name)
        XCTAssertEqual(sequence.rows.map { $0[0] }, [.integer(1), .integer(2), .integer(3)])
    }

    func testMigratingTwiceIsANoOp() async throws {
        let cluster = try PostgresTestCluster.require()
        let url = cluster.url(database: try await releaseDatabase(cluster))
        let first = try await StateDatabase.postgres(url: url)
        let before = try await first.appliedMigrations()
        let again = try await first.migrate()
        XCTAssertEqual(again, [])
        let reopened = try await StateDatabase.postgres(url: url)
        let reapplied = try await reopened.migrate()
        XCTAssertEqual(reapplied, [])
        let after = try await reopened.appliedMigrations()
        XCTAssertEqual(after, before)
        try await ReleaseFixture.postgres.verifyOldRows(reopened)
    }

    func testInstancesStartingAtOnceMigrateANewDatabaseOnce() async throws {
        let cluster = try PostgresTestCluster.require()
        let url = cluster.url(database: try await cluster.createDatabase("race"))
        // Separate pools are separate sessions, as separate instances would have.
        let opened = try await withThrowingTaskGroup(of: StateDatabase.self) { group in
            for _ in 0..<4 { group.addTask { try await StateDatabase.postgres(url: url, size: 1) } }
            return try await group.reduce(into: [StateDatabase]()) { $0.append($1) }
        }
        XCTAssertEqual(opened.count, 4)
        let applied = try await opened[0].appliedMigrations()
        XCTAssertEqual(applied.map(\.version), [1, 2, 3])
        try await ReleaseFixture.verifyTablesMatchDefinitions(opened[1])
    }
}
