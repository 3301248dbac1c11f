import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotState

/// Times are `Date`s in records and stores, ISO 8601 text in the database and in JSON, as before.
final class StoredTimeTests: XCTestCase {
    func testTimestampsReadBackAsTheDatesTheyWereWrittenFrom() {
        let date = Date(timeIntervalSince1970: 1_796_000_123.4567)
        let text = Timestamp.iso8601(date)
        XCTAssertEqual(text, "2026-11-30T00:55:23.457Z")
        XCTAssertEqual(Timestamp.date(text), Timestamp.stored(date))
        XCTAssertEqual(Timestamp.iso8601(Timestamp.date(text)!), text)
        XCTAssertEqual(Timestamp.date("2026-11-30T00:55:23Z"), Date(timeIntervalSince1970: 1_796_000_123))
        XCTAssertEqual(Timestamp.date("2026-11-30T00:55:23.4Z"), Date(timeIntervalSince1970: 1_796_000_123.4))
        XCTAssertEqual(Timestamp.date("1969-12-31T23:59:59.999Z"), Date(timeIntervalSince1970: -0.001))
        for invalid in ["", "2026-11-30", "2026-11-30 00:15:23.457Z", "2026-13-30T00:15:23.457Z", "2026-11-30T00:55:23.457",
                        "2026-11-30T00:55:23.Z", "2026-11-30T00:55:23.45xZ", "20261130T001523Z"] {
            XCTAssertNil(Timestamp.date(invalid), invalid)
        }
    }

    /// The JSON the API and the CLI serve: ISO strings under the same keys, absent optionals left out.
    func testRecordsEncodeTimesAsTheSameISOStrings() throws {
        let proposed = Timestamp.date("2026-12-04T17:13:32.285Z")!
        let action = ActionRecord(id: "act_1", sessionID: "s1", agent: "Inventory", name: "restock_product", arguments: ["quantity": .number(2)],
                                  summary: "Order 2 units", status: .proposed, confirmRole: .operator, proposedBy: "local",
                                  proposedAt: proposed, expiresAt: proposed.addingTimeInterval(600), attempts: 0, retryable: false)
        XCTAssertEqual(try Self.json(action), """
            {"agent":"Inventory","arguments":{"quantity":2},"attempts":0,"confirm_role":"operator","expires_at":"2026-12-04T17:23:32.285Z",\
            "id":"act_1","name":"restock_product","proposed_at":"2026-12-04T17:13:32.285Z","proposed_by":"local","retryable":false,\
            "session_id":"s1","status":"proposed","summary":"Order 2 units"}
            """)
        XCTAssertEqual(action.summaryForReply.expiresAt, "2026-12-04T17:23:32.285Z")
        let session = SessionRecord(id: "s1", owner: "local", title: "t", createdAt: proposed, updatedAt: proposed, turnCount: 1)
        XCTAssertEqual(try Self.json(session), """
            {"created_at":"2026-12-04T17:13:32.285Z","id":"s1","owner":"local","title":"t","turn_count":1,\
            "updated_at":"2026-12-04T17:13:32.285Z","usage":{"completion_tokens":0,"llm_calls":0,"prompt_tokens":0}}
            """)
        let key = APIKeyRecord(id: "key_1", name: "n", role: .viewer, createdAt: proposed, revokedAt: proposed, prefix: "rck_1")
        XCTAssertEqual(try Self.json(key), """
            {"created_at":"2026-12-04T17:13:32.285Z","id":"key_1","name":"n","prefix":"rck_1","revoked_at":"2026-12-04T17:13:32.285Z","role":"viewer"}
            """)
        let event = ActionEvent(actionID: "act_1", at: proposed, event: "proposed")
        XCTAssertEqual(try Self.json(event), #"{"action_id":"act_1","at":"2026-12-04T17:13:32.285Z","event":"proposed"}"#)
        XCTAssertEqual(try JSONDecoder().decode(ActionRecord.self, from: Data(try Self.json(action).utf8)), action)
        XCTAssertEqual(try JSONDecoder().decode(SessionRecord.self, from: Data(try Self.json(session).utf8)), session)
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
