import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotState

/// A state database written by release e61064b (before the version table), and what it holds: two
/// conversations asked through the real pipeline ("revenue last month", "and last year?", and a
/// restock proposal), one API key and the proposed action with its history.
struct ReleaseFixture {
    var sessionCount: Int
    var conversation: String
    var conversationTimes: (created: String, updated: String, turns: [String])
    var proposalSession: String
    var key: (id: String, prefix: String, created: String)
    var action: (id: String, proposed: String, expires: String)

    static let sqlite = ReleaseFixture(
        sessionCount: 7, conversation: "bd9ab38d781795f871de50561642c6f5",
        conversationTimes: ("2026-12-04T17:13:31.713Z", "2026-12-04T17:13:32.045Z", ["2026-12-04T17:13:31.715Z", "2026-12-04T17:13:32.044Z"]),
        proposalSession: "d97e8b24188c8142048d346de288dca2", key: ("key_4ddf26ff99ae9dda", "rck_bfe1fb", "2026-12-04T17:13:32.317Z"),
        action: ("act_2f34419def0f6e8351a2d363", "2026-12-04T17:13:32.285Z", "2026-12-04T17:23:32.285Z"))

    static let postgres = ReleaseFixture(
        sessionCount: 2, conversation: "d42ba8e41e70d4ad9c522bb11caa350d",
        conversationTimes: ("2026-12-04T17:13:45.057Z", "2026-12-04T17:13:45.385Z", ["2026-12-04T17:13:45.060Z", "2026-12-04T17:13:45.383Z"]),
        proposalSession: "60a4fc035ba559e83b5cb74a4e1f73ed", key: ("key_d705137e66d14bb3", "rck_5633a1", "2026-12-04T17:13:45.772Z"),
        action: ("act_54d977729aa5da7d1ff72fb7", "2026-12-04T17:13:45.731Z", "2026-12-04T17:23:45.731Z"))

    /// The fixture files, next to this file.
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    /// Two minutes after the fixture was written: its proposal has not expired yet.
    static let clock: @Sendable () -> Date = { date("2026-12-04T17:15:00.000Z") }

    static func date(_ text: String) -> Date {
        Timestamp.date(text)!
    }

    /// The old rows read back as the release wrote them.
    func verifyOldRows(_ database: StateDatabase, file: StaticString = #filePath, line: UInt = #line) async throws {
        let conversations = StateConversationStore(database: database)
        let sessions = try await conversations.sessions(owner: "local", limit: 50)
        XCTAssertEqual(sessions.count, sessionCount, file: file, line: line)
        let found = try await conversations.session(id: conversation)
        let session = try XCTUnwrap(found, file: file, line: line)
        XCTAssertEqual(session.title, "revenue last month", file: file, line: line)
        XCTAssertEqual(session.createdAt, Self.date(conversationTimes.created), file: file, line: line)
        XCTAssertEqual(session.updatedAt, Self.date(conversationTimes.updated), file: file, line: line)
        XCTAssertEqual(session.turnCount, 2, file: file, line: line)
        XCTAssertEqual(session.usage, TurnUsage(), file: file, line: line)

        let turns = try await conversations.turns(sessionID: conversation)
        XCTAssertEqual(turns.map(\.turn), [1, 2], file: file, line: line)
        XCTAssertEqual(turns.map(\.message), ["revenue last month", "and last year?"], file: file, line: line)
        XCTAssertEqual(turns.map(\.createdAt), conversationTimes.turns.map(Self.date), file: file, line: line)
        XCTAssertEqual(turns.first?.plan?.metrics, ["revenue"], file: file, line: line)
        XCTAssertEqual(turns.first?.resultPreview?.columns, ["revenue"], file: file, line: line)
        XCTAssertEqual(turns.first?.resultPreview?.rows.first?.first?.doubleValue ?? 0, 1_118_054.64, accuracy: 0.01, file: file, line: line)
        XCTAssertNotNil(turns.first?.timings, file: file, line: line)
        XCTAssertTrue(turns.first?.sql?.hasPrefix("SELECT SUM(rollup_daily_store_sales.revenue)") == true, file: file, line: line)
        XCTAssertTrue(turns.last?.answer.contains("$7,302,054.85") == true, file: file, line: line)
        XCTAssertNil(turns.first?.usage, file: file, line: line)
        let lastPlan = try await conversations.lastPlan(sessionID: conversation)
        XCTAssertEqual(lastPlan?.period?.label, "2024", file: file, line: line)
        let proposalTurns = try await conversations.turns(sessionID: proposalSession)
        XCTAssertEqual(proposalTurns.map(\.kind), ["action_proposal"], file: file, line: line)

        let keys = try await StateAPIKeyStore(database: database).list()
        XCTAssertEqual(keys, [APIKeyRecord(id: key.id, name: "fixture", role: .analyst, createdAt: Self.date(key.created), prefix: key.prefix)],
                       file: file, line: line)

        let actions = StateActionStore(database: database)
        let pending = try await actions.latestProposed(sessionID: proposalSession)
        let stored = try XCTUnwrap(pending, file: file, line: line)
        XCTAssertEqual(stored.id, action.id, file: file, line: line)
        XCTAssertEqual(stored.agent, "Inventory", file: file, line: line)
        XCTAssertEqual(stored.name, "restock_product", file: file, line: line)
        XCTAssertEqual(stored.arguments, ["product_id": .number(12), "quantity": .number(200)], file: file, line: line)
        XCTAssertEqual(stored.status, .proposed, file: file, line: line)
        XCTAssertEqual(stored.confirmRole, .operator, file: file, line: line)
        XCTAssertEqual(stored.proposedAt, Self.date(action.proposed), file: file, line: line)
        XCTAssertEqual(stored.expiresAt, Self.date(action.expires), file: file, line: line)
        XCTAssertFalse(stored.retryable, file: file, line: line)
        let events = try await actions.events(actionID: action.id)
        XCTAssertEqual(events, [ActionEvent(actionID: action.id, at: Self.date(action.proposed), event: "proposed", actor: "local",
                                            detail: "Order 200 units of product 12 from its supplier.")], file: file, line: line)
    }

    /// New rows go in beside the old ones: a third turn in the old conversation, a new session, a
    /// key, and the old proposal confirmed and carried out, its history in order.
    func verifyAppending(_ database: StateDatabase, file: StaticString = #filePath, line: UInt = #line) async throws {
        let now = Self.clock()
        let conversations = StateConversationStore(database: database, clock: Self.clock)
        let number = try await conversations.appendTurn(sessionID: conversation, TurnRecord(
            turn: 0, message: "and in 2023?", kind: "answer", planner: "offline", answer: "…", createdAt: now,
            usage: TurnUsage(llmCalls: 1, promptTokens: 10, completionTokens: 5)))
        XCTAssertEqual(number, 3, file: file, line: line)
        let session = try await conversations.session(id: conversation)
        XCTAssertEqual(session?.updatedAt, now, file: file, line: line)
        XCTAssertEqual(session?.usage, TurnUsage(llmCalls: 1, promptTokens: 10, completionTokens: 5), file: file, line: line)
        let fresh = try await conversations.createSession(owner: "local", title: "orders per channel")
        let listed = try await conversations.sessions(owner: "local", limit: 50)
        XCTAssertEqual(listed.count, sessionCount + 1, file: file, line: line)
        XCTAssertEqual(Set(listed.prefix(2).map(\.id)), [conversation, fresh.id], "the two touched now come first", file: file, line: line)

        let keys = StateAPIKeyStore(database: database, clock: Self.clock)
        let (created, secret) = try await keys.create(name: "after-upgrade", role: .operator)
        let caller = try await keys.authenticate(secret)
        XCTAssertEqual(caller, Caller(id: created.id, name: "after-upgrade", role: .operator), file: file, line: line)
        let revoked = try await keys.revoke("fixture")
        XCTAssertTrue(revoked, file: file, line: line)
        let listedKeys = try await keys.list()
        XCTAssertEqual(listedKeys.map(\.revokedAt), [now, nil], file: file, line: line)

        let actions = StateActionStore(database: database, clock: Self.clock)
        guard case .claimed(let claimed) = try await actions.claim(id: action.id, by: "local", now: now, staleBefore: now.addingTimeInterval(-300)) else {
            return XCTFail("the old proposal could not be confirmed", file: file, line: line)
        }
        XCTAssertEqual(claimed.confirmedAt, now, file: file, line: line)
        var done = claimed
        done.status = .succeeded
        done.finishedAt = now
        done.attempts = 1
        done.responseStatus = 200
        done.receipt = .object(["receipt_id": .string("r-1")])
        try await actions.finish(done)
        let history = try await actions.events(actionID: action.id)
        XCTAssertEqual(history.map(\.event), ["proposed", "confirmed", "succeeded"], file: file, line: line)
        XCTAssertEqual(history.map(\.at), [Self.date(action.proposed), now, now], file: file, line: line)
        let finished = try await actions.action(id: action.id)
        XCTAssertEqual(finished?.receipt?["receipt_id"]?.stringValue, "r-1", file: file, line: line)
        XCTAssertEqual(finished?.responseStatus, 200, file: file, line: line)
    }

    /// Every table has exactly the columns its definition names, whatever release created it.
    static func verifyTablesMatchDefinitions(_ database: StateDatabase, file: StaticString = #filePath, line: UInt = #line) async throws {
        for table in StateSchema.tables + [StateSchema.migrations] {
            let columns = try await database.run { session in try Migrator.columns(of: table, session) }
            XCTAssertEqual(columns, Set(table.columns.map(\.name)), table.name, file: file, line: line)
        }
    }
}
