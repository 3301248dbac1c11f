import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore
@testable import CopilotState

/// One definition, two dialects: statements and DDL rendered for SQLite and PostgreSQL.
final class SchemaRenderingTests: XCTestCase {
    func testValuesAreBoundNeverSplicedWithEachDialectsPlaceholders() {
        let id = "x'; DROP TABLE copilot_sessions; --"
        let when = Timestamp.date("2026-01-02T03:04:05.006Z")!
        let sql: SQL = "SELECT id FROM \(StateSchema.sessions) WHERE id = \(id) AND updated_at < \(when) AND owner = \(nil as String?)\(.rowLock)"
        let sqlite = sql.rendered(for: .sqlite)
        XCTAssertEqual(sqlite.text, "SELECT id FROM copilot_sessions WHERE id = ? AND updated_at < ? AND owner = ?")
        let postgres = sql.rendered(for: .postgres)
        XCTAssertEqual(postgres.text, "SELECT id FROM copilot_sessions WHERE id = $1 AND updated_at < $2 AND owner = $3 FOR UPDATE")
        XCTAssertEqual(sqlite.values, [.text(id), .text("2026-01-02T03:04:05.006Z"), .null])
        XCTAssertEqual(postgres.values, sqlite.values)
    }

    func testJoinedStatementsNumberTheirPlaceholdersOnce() {
        let sql: SQL = "SELECT 1 WHERE a = \(1)" + " AND b = \(true) LIMIT \(5)"
        XCTAssertEqual(sql.rendered(for: .postgres).text, "SELECT 1 WHERE a = $1 AND b = $2 LIMIT $3")
        XCTAssertEqual(sql.rendered(for: .postgres).values, [.integer(1), .integer(1), .integer(5)])
    }

    func testTablesRenderWithEachDialectsTypesAndTheSameConstraints() {
        let sqlite = SchemaRenderer(dialect: .sqlite)
        let postgres = SchemaRenderer(dialect: .postgres)
        XCTAssertEqual(sqlite.createTable(StateSchema.actionEvents), """
            CREATE TABLE IF NOT EXISTS action_events (
                seq INTEGER,
                action_id TEXT NOT NULL,
                at TEXT NOT NULL,
                event TEXT NOT NULL,
                actor TEXT,
                detail TEXT,
                PRIMARY KEY (seq)
            )
            """)
        XCTAssertTrue(postgres.createTable(StateSchema.actionEvents).contains("seq BIGSERIAL,"))
        for renderer in [sqlite, postgres] {
            let turns = renderer.createTable(StateSchema.turns)
            XCTAssertTrue(turns.contains("session_id TEXT NOT NULL REFERENCES copilot_sessions (id) ON DELETE CASCADE"), turns)
            XCTAssertTrue(turns.contains("PRIMARY KEY (session_id, turn)"), turns)
            XCTAssertTrue(renderer.createTable(StateSchema.apiKeys).contains("name TEXT NOT NULL UNIQUE"))
            XCTAssertTrue(renderer.createTable(StateSchema.actions).contains("retryable INTEGER NOT NULL DEFAULT 0"))
            XCTAssertEqual(renderer.createIndexes(StateSchema.sessions),
                           ["CREATE INDEX IF NOT EXISTS copilot_sessions_owner ON copilot_sessions (owner, updated_at)"])
        }
        XCTAssertTrue(sqlite.createTable(StateSchema.actions).contains("duration_ms REAL"))
        XCTAssertTrue(postgres.createTable(StateSchema.actions).contains("duration_ms DOUBLE PRECISION"))
    }

    func testEveryIndexAndKeyNamesColumnsOfItsTable() {
        for table in StateSchema.tables + [StateSchema.migrations] {
            let names = Set(table.columns.map(\.name))
            XCTAssertEqual(names.count, table.columns.count, "\(table.name) names a column twice")
            XCTAssertTrue(Set(table.primaryKey).isSubset(of: names), table.name)
            for index in table.indexes { XCTAssertTrue(Set(index.columns).isSubset(of: names), index.name) }
        }
    }
}
