import Foundation
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotState

/// Checks every state store must pass, whichever database it keeps its rows in.
package enum StateChecks {
    /// Stores one session and three actions (finished, proposed, executing) now, then applies the
    /// default policy as if 89 days, 91 days and 731 days had passed.
    package static func verifyRetention(conversations: any ConversationStore, actions: any ActionStore,
                                file: StaticString = #filePath, line: UInt = #line) async throws {
        let session = try await conversations.createSession(owner: "alice", title: "revenue last month")
        _ = try await conversations.appendTurn(sessionID: session.id, TurnRecord(
            turn: 0, message: "revenue last month", kind: "answer", planner: "offline", answer: "€1.2M", createdAt: Timestamp.iso8601()))
        let now = Date()
        func record(_ id: String, _ status: ActionStatus) -> ActionRecord {
            ActionRecord(id: id, sessionID: session.id, agent: "inventory", name: "restock", arguments: ["product_id": .number(12)],
                         summary: "Restock product 12", status: status, confirmRole: .operator, proposedBy: "alice",
                         proposedAt: Timestamp.iso8601(now), expiresAt: Timestamp.iso8601(now.addingTimeInterval(600)),
                         attempts: 0, retryable: false)
        }
        for (id, status) in [("done", ActionStatus.succeeded), ("open", .proposed), ("running", .executing)] {
            try await actions.insert(record(id, status))
            try await actions.note(actionID: id, event: "note", actor: "alice", detail: nil)
        }
        let policy = RetentionPolicy()
        let day = 86_400.0

        var report = try await policy.apply(conversations: conversations, actions: actions, now: now.addingTimeInterval(89 * day))
        XCTAssertEqual(report, .init(sessions: 0, actions: 0), file: file, line: line)
        let kept = try await conversations.turns(sessionID: session.id)
        XCTAssertEqual(kept.count, 1, file: file, line: line)

        report = try await policy.apply(conversations: conversations, actions: actions, now: now.addingTimeInterval(91 * day))
        XCTAssertEqual(report, .init(sessions: 1, actions: 0), file: file, line: line)
        let session91 = try await conversations.session(id: session.id)
        XCTAssertNil(session91, file: file, line: line)
        let done = try await actions.action(id: "done")
        XCTAssertNotNil(done, "the audit log outlives the conversation", file: file, line: line)

        report = try await policy.apply(conversations: conversations, actions: actions, now: now.addingTimeInterval(731 * day))
        XCTAssertEqual(report, .init(sessions: 0, actions: 2), file: file, line: line)
        for id in ["done", "open"] {
            let gone = try await actions.action(id: id)
            XCTAssertNil(gone, file: file, line: line)
            let events = try await actions.events(actionID: id)
            XCTAssertEqual(events.count, 0, "history of \(id) left behind", file: file, line: line)
        }
        let running = try await actions.action(id: "running")
        XCTAssertEqual(running?.status, .executing, "an action being carried out is never deleted", file: file, line: line)

        let none = try await RetentionPolicy.keepEverything.apply(conversations: conversations, actions: actions,
                                                                   now: now.addingTimeInterval(10_000 * day))
        XCTAssertEqual(none, .init(sessions: 0, actions: 0), file: file, line: line)
    }
}
