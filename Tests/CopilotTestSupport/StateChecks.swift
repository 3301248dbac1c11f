import Foundation
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotPostgres
@testable import CopilotState

/// Checks every state database must pass, whichever engine keeps its rows.
package enum StateChecks {
    /// The fixed time the retention check's stores are created at.
    package static let start = Timestamp.date("2026-01-05T10:00:00.000Z")!

    /// Stores one session and three actions (finished, proposed, executing) with clocks stopped at
    /// ``start``, then applies the default policy as if 89, 90, 91 and 731 days had passed.
    package static func verifyRetention(database: StateDatabase, file: StaticString = #filePath, line: UInt = #line) async throws {
        let clock: @Sendable () -> Date = { start }
        let conversations = StateConversationStore(database: database, clock: clock)
        let actions = StateActionStore(database: database, clock: clock)
        let session = try await conversations.createSession(owner: "alice", title: "revenue last month")
        XCTAssertEqual(session.createdAt, start, "the store's clock stamps the session", file: file, line: line)
        _ = try await conversations.appendTurn(sessionID: session.id, TurnRecord(
            turn: 0, message: "revenue last month", kind: "answer", planner: "offline", answer: "€1.2M", createdAt: start))
        func record(_ id: String, _ status: ActionStatus) -> ActionRecord {
            ActionRecord(id: id, sessionID: session.id, agent: "inventory", name: "restock", arguments: ["product_id": .number(12)],
                         summary: "Restock product 12", status: status, confirmRole: .operator, proposedBy: "alice",
                         proposedAt: start, expiresAt: start.addingTimeInterval(600), attempts: 0, retryable: false)
        }
        for (id, status) in [("done", ActionStatus.succeeded), ("open", .proposed), ("running", .executing)] {
            try await actions.insert(record(id, status))
            try await actions.note(actionID: id, event: "note", actor: "alice", detail: nil)
        }
        let notes = try await actions.events(actionID: "done")
        XCTAssertEqual(notes.map(\.at), [start, start], "the note is stamped by the store's clock", file: file, line: line)
        let policy = RetentionPolicy()
        let day = 86_400.0

        var report = try await policy.apply(conversations: conversations, actions: actions, now: start.addingTimeInterval(89 * day))
        XCTAssertEqual(report, .init(sessions: 0, actions: 0), file: file, line: line)
        // Exactly 90 days after the last update is not yet past the time; a millisecond later is.
        report = try await policy.apply(conversations: conversations, actions: actions, now: start.addingTimeInterval(90 * day))
        XCTAssertEqual(report, .init(sessions: 0, actions: 0), file: file, line: line)
        let kept = try await conversations.turns(sessionID: session.id)
        XCTAssertEqual(kept.count, 1, file: file, line: line)

        report = try await policy.apply(conversations: conversations, actions: actions, now: start.addingTimeInterval(90 * day + 0.001))
        XCTAssertEqual(report, .init(sessions: 1, actions: 0), file: file, line: line)
        let gone = try await conversations.session(id: session.id)
        XCTAssertNil(gone, file: file, line: line)
        let orphanTurns = try await conversations.turns(sessionID: session.id)
        XCTAssertEqual(orphanTurns.count, 0, "a session's turns go with it", file: file, line: line)
        let done = try await actions.action(id: "done")
        XCTAssertNotNil(done, "the audit log outlives the conversation", file: file, line: line)

        report = try await policy.apply(conversations: conversations, actions: actions, now: start.addingTimeInterval(731 * day))
        XCTAssertEqual(report, .init(sessions: 0, actions: 2), file: file, line: line)
        for id in ["done", "open"] {
            let deleted = try await actions.action(id: id)
            XCTAssertNil(deleted, file: file, line: line)
            let events = try await actions.events(actionID: id)
            XCTAssertEqual(events.count, 0, "history of \(id) left behind", file: file, line: line)
        }
        let running = try await actions.action(id: "running")
        XCTAssertEqual(running?.status, .executing, "an action being carried out is never deleted", file: file, line: line)

        let none = try await RetentionPolicy.keepEverything.apply(conversations: conversations, actions: actions,
                                                                   now: start.addingTimeInterval(10_000 * day))
        XCTAssertEqual(none, .init(sessions: 0, actions: 0), file: file, line: line)
    }
}

extension PostgresTestCluster {
    /// Loads a `pg_dump` file into `database` with the cluster's own `psql` (a dump holds `COPY`
    /// data and psql commands, which only psql reads). Stops at the first error.
    package func restore(dump path: String, into database: String) throws {
        let log = "\(directory)/restore-\(database).log"
        let command = "\(psql) -X -q -v ON_ERROR_STOP=1 -h \(directory) -U postgres -d \(database) -f \(path)"
        let status = system("\(command) > \(log) 2>&1")
        guard status == 0 else {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw PostgresError(.client, message: "`psql` exited with \(status): \(output.suffix(2_000))", context: "restoring \(path)")
        }
    }

    /// The `psql` of the server's own installation (where `initdb` really lives; the directory found
    /// on the PATH may hold only links to the server programs), else the one on the PATH.
    private var psql: String {
        let installation = URL(fileURLWithPath: "\(binaries)/initdb").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidate = installation.appendingPathComponent("psql").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : "psql"
    }
}
