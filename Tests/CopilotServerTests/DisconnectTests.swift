import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import XCTest
import CopilotCore
@testable import CopilotResources
@testable import CopilotSQLite
@testable import CopilotServer
@testable import RetailCopilot

/// A client that leaves `POST /v1/chat` in the middle of a turn cancels it: the turn's query stops
/// on the server and the turn is not stored. Real server, real sockets on loopback, a query that
/// would otherwise run for its whole 30 s time limit.
final class DisconnectTests: XCTestCase {
    private var directory: URL!

    /// The longest the query may take to stop after the client leaves: the goal is 100 ms, the
    /// rest is slack for a loaded CI machine.
    static let bound = 0.5

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("disconnect")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testLeavingAJSONTurnStopsItsQuery() async throws {
        try await leaveMidTurn(streaming: false)
    }

    func testLeavingAStreamedTurnStopsItsQuery() async throws {
        try await leaveMidTurn(streaming: true)
    }

    private func leaveMidTurn(streaming: Bool) async throws {
        let (server, database) = try await makeServer()
        let app = server.application(singleUser: true, logger: TestSupport.quietLogger)
        try await app.test(.live) { client in
            let socket = try LoopbackSocket(port: try XCTUnwrap(client.port))
            try socket.post("/v1/chat", json: #"{"message": "\#(SlowQuestion.question)"}"#,
                            headers: streaming ? ["Accept": "text/event-stream"] : [:])
            if streaming {
                // The stream is under way: the SQL went out before the query started.
                let received = try socket.read(until: "event: sql")
                XCTAssertTrue(received.contains("order_items a, order_items b"), received)
            }
            try await Self.waitUntil("the query runs") { database.queriesInFlight.reduce(0, +) == 1 }
            try await Task.sleep(nanoseconds: 200_000_000)
            XCTAssertEqual(database.queriesInFlight.reduce(0, +), 1, "still running: only the disconnect can stop it")

            let left = Date()
            socket.close()
            try await Self.waitUntil("the query stops") { database.queriesInFlight.reduce(0, +) == 0 }
            let stopped = Date().timeIntervalSince(left)
            print("HTTP \(streaming ? "SSE" : "JSON") disconnect-to-query-stop: \(String(format: "%.1f", stopped * 1_000)) ms")
            XCTAssertLessThan(stopped, Self.bound)

            let sessions = try await server.engine.store.sessions(owner: Caller.local.id, limit: 10)
            XCTAssertEqual(sessions.map(\.turnCount), [0], "the cancelled turn was not stored")

            // The server, and the test client's kept-alive connection, answer the next question.
            let started = Date()
            let next = try await client.execute(uri: "/v1/chat", method: .post, headers: [.contentType: "application/json"],
                                                body: ByteBuffer(string: #"{"message": "revenue in 2025"}"#))
            XCTAssertEqual(next.status, .ok)
            XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        }
    }

    /// A client that stays gets its answer on the same keep-alive connection, turn after turn:
    /// watching for a disconnect does not close connections.
    func testAClientThatStaysKeepsItsConnectionAcrossTurns() async throws {
        let (server, _) = try await makeServer()
        let app = server.application(singleUser: true, logger: TestSupport.quietLogger)
        try await app.test(.live) { client in
            for accept in ["application/json", "text/event-stream", "application/json"] {
                let response = try await client.execute(uri: "/v1/chat", method: .post,
                                                        headers: [.contentType: "application/json", .accept: accept],
                                                        body: ByteBuffer(string: #"{"message": "orders in 2024"}"#))
                XCTAssertEqual(response.status, .ok, accept)
            }
        }
    }

    private func makeServer() async throws -> (CopilotServer, SQLiteReportingDatabase) {
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)
        var configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path),
                                                 modelPath: try SlowQuestion.writeModel(in: directory), resources: resources)
        configuration.queryTimeLimit = 30
        let services = try await CopilotEnvironment.makeServices(configuration)
        let database = try XCTUnwrap(services.engine.runner.database as? SQLiteReportingDatabase)
        var settings = ServerConfiguration()
        settings.port = 0
        let server = CopilotServer(services: services, keys: try await CopilotEnvironment.keyStore(configuration),
                                   configuration: settings, registry: CopilotMetrics.registry, resources: resources)
        return (server, database)
    }

    /// Polls `condition` every millisecond for up to 10 s (the test's own timing; the product
    /// never polls).
    static func waitUntil(_ what: String, _ condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try await condition() { return }
            try await Task.sleep(nanoseconds: 1_000_000)
        }
        XCTFail("timed out waiting until \(what)")
        throw CancellationError()
    }
}
