import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotResources
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

/// `--state postgres://…`: two copilot instances share conversations, API keys and the action audit
/// log, over real HTTP.
final class PostgresStateTests: XCTestCase {
    func testAnActionProposedOnOneInstanceIsConfirmedOnTheOtherExactlyOnce() async throws {
        let cluster = try PostgresTestCluster.require()
        let state = cluster.url(database: try await cluster.createDatabase("actions"))
        try await ActionFixture.with { fixture in
            func instance() async throws -> (engine: CopilotEngine, actions: ActionService) {
                let client = HTTPAgentClient(settings: .init(maxAttempts: 3, baseDelay: 0.05), environment: [:], logger: TestSupport.quietLogger)
                // Each instance opens its own pool, as separate processes would.
                let store = StateActionStore(database: try await StateDatabase.postgres(url: state))
                let actions = ActionService(registry: fixture.registry, store: store, client: client,
                                            runner: fixture.engine.runner, expiry: 600, logger: TestSupport.quietLogger)
                return (ActionFixture.engine(fixture.engine, with: actions), actions)
            }
            let (first, firstActions) = try await instance()
            let (second, secondActions) = try await instance()
            let order = ActionFixture.samples.cancellableOrder
            let proposal = try await first.ask("cancel order \(order)", caller: .local)
            XCTAssertEqual(proposal.kind, .actionProposal, proposal.text)
            let id = try XCTUnwrap(proposal.action?.id)
            let effectsBefore = try await fixture.effects()
            XCTAssertEqual(effectsBefore, 0, "a proposal alone does nothing")
            let pending = try await secondActions.store.action(id: id)
            XCTAssertEqual(pending?.status, .proposed, "the other instance sees the proposal")

            let confirmed = try await second.confirmAction(id: id, caller: .local)
            XCTAssertEqual(confirmed.kind, .actionResult, confirmed.text)
            let again = try await first.confirmAction(id: id, caller: .local)
            XCTAssertEqual(again.action?.status, "succeeded", again.text)
            let effects = try await fixture.effects()
            XCTAssertEqual(effects, 1, "confirmed on two instances, carried out once")

            let listed = try await firstActions.store.actions(owner: nil, limit: 10)
            XCTAssertEqual(listed.map(\.id), [id])
            XCTAssertEqual(listed.first?.status, .succeeded)
            XCTAssertEqual(listed.first?.arguments["order_id"]?.intValue, order)
            let history = try await firstActions.store.events(actionID: id).map(\.event)
            XCTAssertEqual(history, ["proposed", "confirmed", "succeeded"])
        }
    }

    func testTwoInstancesShareSessionsAndKeys() async throws {
        let cluster = try PostgresTestCluster.require()
        let reporting = cluster.url(database: try await PostgresTests.demo.name(in: cluster))
        let state = cluster.url(database: try await cluster.createDatabase("state"))
        let directory = try TestSupport.temporaryDirectory("pg-state")
        defer { try? FileManager.default.removeItem(at: directory) }
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)

        func makeServer(_ name: String) async throws -> CopilotServer {
            let configuration = CopilotConfiguration(database: reporting, dataDirectory: DataDirectory(explicit: directory.appendingPathComponent(name).path),
                                                     resources: resources, state: state)
            let services = try await CopilotEnvironment.makeServices(configuration)
            XCTAssertEqual((services.engine.store as? StateConversationStore)?.database.dialect, .postgres)
            var settings = ServerConfiguration()
            settings.port = 0
            return CopilotServer(services: services, keys: try await CopilotEnvironment.keyStore(configuration), configuration: settings,
                                 registry: CopilotMetrics.registry, resources: resources)
        }
        let first = try await makeServer("a")
        let second = try await makeServer("b")
        // A key created through one instance is honoured by the other.
        let (_, secret) = try await first.keys.create(name: "shared", role: .analyst)
        let access = try await second.checkAccess()
        XCTAssertFalse(access.singleUser)
        let headers: HTTPFields = [.contentType: "application/json", .authorization: "Bearer \(secret)"]

        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        try await first.application(singleUser: false, logger: logger).test(.live) { clientA in
            try await second.application(singleUser: false, logger: logger).test(.live) { clientB in
                let started = try await clientA.execute(uri: "/v1/chat", method: .post, headers: headers, body: Self.body(["message": "revenue in 2025"]))
                XCTAssertEqual(started.status, .ok)
                let session = try XCTUnwrap(Self.decode(started)["session_id"] as? String)
                // The follow-up lands on the other instance and continues the same conversation.
                let followUp = try await clientB.execute(uri: "/v1/chat", method: .post, headers: headers,
                                                         body: Self.body(["message": "and last year?", "session_id": session]))
                XCTAssertEqual(followUp.status, .ok)
                XCTAssertEqual(Self.decode(followUp)["turn"] as? Int, 2)
                XCTAssertTrue((Self.decode(followUp)["text"] as? String ?? "").contains("2024"))
                let history = try await clientA.execute(uri: "/v1/sessions/\(session)", method: .get, headers: headers)
                XCTAssertEqual((Self.decode(history)["turns"] as? [Any])?.count, 2)
                let page = Self.decode(try await clientB.execute(uri: "/v1/sessions/\(session)?limit=1", method: .get, headers: headers))
                XCTAssertEqual((page["turns"] as? [[String: Any]])?.compactMap { $0["turn"] as? Int }, [2], "one page, read with LIMIT")
                XCTAssertEqual(page["next_before"] as? Int, 2)

                // Revoked on one instance, refused by the other on the next request.
                let revoked = try await second.keys.revoke("shared")
                XCTAssertTrue(revoked)
                let refused = try await clientA.execute(uri: "/v1/sessions", method: .get, headers: headers)
                XCTAssertEqual(refused.status, .unauthorized)
            }
        }
    }

    private static func body(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    private static func decode(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    func testConcurrentAppendsFromTwoStoresGetDistinctTurns() async throws {
        let cluster = try PostgresTestCluster.require()
        let state = cluster.url(database: try await cluster.createDatabase("turns"))
        // Two pools, as two instances would have.
        let one = StateConversationStore(database: try await StateDatabase.postgres(url: state))
        let two = StateConversationStore(database: try await StateDatabase.postgres(url: state))
        let session = try await one.createSession(owner: "alice", title: "revenue")
        let turn = TurnRecord(turn: 0, message: "revenue", kind: "answer", planner: "offline", plan: nil, sql: "SELECT 1",
                              answer: "42", resultPreview: nil, timings: nil, error: nil, createdAt: Date())
        let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                let store = index.isMultiple(of: 2) ? one : two
                group.addTask { try await store.appendTurn(sessionID: session.id, turn) }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        XCTAssertEqual(numbers.sorted(), Array(1...16))
        let stored = try await two.turns(sessionID: session.id)
        XCTAssertEqual(stored.count, 16)
        let listed = try await two.sessions(owner: "alice", limit: 10)
        XCTAssertEqual(listed.first?.turnCount, 16)
        let renamed = try await two.rename(sessionID: session.id, title: "renamed")
        XCTAssertTrue(renamed)
        let deleted = try await one.delete(sessionID: session.id)
        XCTAssertTrue(deleted)
        let gone = try await two.session(id: session.id)
        XCTAssertNil(gone)
    }

    func testRetentionDeletesOnlyWhatIsPastItsTimeInPostgres() async throws {
        let cluster = try PostgresTestCluster.require()
        let state = cluster.url(database: try await cluster.createDatabase("retention"))
        try await StateChecks.verifyRetention(database: StateDatabase.postgres(url: state))
    }
}
