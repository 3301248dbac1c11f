import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import CopilotCore
@testable import CopilotServer
@testable import CopilotSQLite

/// One key flooding the server with slow chats does not stall another key: the reporting
/// database's queue serves callers round-robin with a per-caller share, and the flood's excess is
/// refused with 429. Real server on loopback, real slow queries on a real SQLite file.
final class FairnessTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("fairness")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testAFloodFromOneKeyLeavesAnotherKeysTurnsFast() async throws {
        let server = try await ServerFixture.make(in: directory, slowQuestion: true, timeLimit: 3)
        let database = try XCTUnwrap(server.engine.runner.database as? SQLiteReportingDatabase)
        let flooder = try await server.keys.create(name: "flooder", role: .viewer).secret
        let other = try await server.keys.create(name: "other", role: .viewer).secret
        try await server.application(singleUser: false, logger: TestSupport.quietLogger).test(.live) { client in
            let port = try XCTUnwrap(client.port)
            // 40 concurrent slow chats from one key, each on its own connection, half of them streamed.
            let flood = try (0..<40).map { index in
                // A streamed turn's events come when its query runs, after the flood's earlier ones.
                let socket = try LoopbackSocket(port: port, readTimeout: 120)
                var headers = ["Authorization": "Bearer \(flooder)", "Connection": "close"]
                if index.isMultiple(of: 2) { headers["Accept"] = "text/event-stream" }
                try socket.post("/v1/chat", json: #"{"message": "\#(SlowQuestion.question)"}"#, headers: headers)
                return socket
            }
            try await DisconnectTests.waitUntil("the flood's queries run") { database.queriesInFlight.reduce(0, +) >= 1 }

            var slowest = 0.0
            for _ in 0..<5 {
                let started = Date()
                let response = try await client.execute(uri: "/v1/chat", method: .post,
                                                        headers: [.contentType: "application/json", .authorization: "Bearer \(other)"],
                                                        body: ByteBuffer(string: #"{"message": "revenue last month"}"#))
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(ServerFixture.json(response)["kind"] as? String, "answer")
                slowest = max(slowest, Date().timeIntervalSince(started))
            }
            print("fairness: slowest of 5 turns under a 40-chat flood from another key: \(String(format: "%.0f", slowest * 1_000)) ms")
            XCTAssertLessThanOrEqual(slowest, 1.0)

            // The flood's excess was refused with 429 and Retry-After; the rest were answered.
            var statuses: [Int] = []
            for socket in flood {
                let text = try XCTUnwrap(socket.readToEnd(), "a flood request got no answer")
                statuses.append(Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0)
                if text.hasPrefix("HTTP/1.1 429") {
                    XCTAssertTrue(text.lowercased().contains("retry-after:"), text)
                    XCTAssertTrue(text.contains(#""code":"caller_busy""#), text)
                }
            }
            XCTAssertEqual(Set(statuses), [200, 429], "\(statuses)")
            XCTAssertLessThanOrEqual(statuses.filter { $0 == 200 }.count, 8, "at most the caller's pending share is admitted, streamed or not")
            // Queue depth and waits per lane are exported.
            let metrics = String(buffer: try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(other)"]).body)
            XCTAssertTrue(metrics.contains("copilot_query_queue_depth{lane=\"expensive\"}"), metrics)
            XCTAssertTrue(metrics.contains("copilot_query_queue_wait"), metrics)
            XCTAssertTrue(metrics.contains("copilot_query_queue_rejections_total"), metrics)
        }
    }

    /// The queue itself: a caller over its in-flight share waits while another caller starts at once.
    func testQueueServesCallersRoundRobin() async throws {
        let queue = QueryQueue(capacity: 2, expensiveCapacity: 1)
        let flooder = QueryCaller(id: "a", maxInFlight: 1, maxPending: 3)
        let gate = AsyncStream<Void>.makeStream()
        let started = AsyncStream<Void>.makeStream()
        let first = Task {
            try await QueryCaller.$current.withValue(flooder) {
                try await queue.run(lane: .standard) {
                    started.continuation.yield()
                    for await _ in gate.stream {}
                }
            }
        }
        // Tasks start in no set order: the second query is sent only once the first one holds
        // a's in-flight share, so it is the second that must wait.
        for await _ in started.stream { break }
        let second = Task {
            try await QueryCaller.$current.withValue(flooder) { try await queue.run(lane: .standard) { "a2" } }
        }
        try await DisconnectTests.waitUntil("a's second query waits") { await queue.depth[.standard] == 1 }
        let other = try await QueryCaller.$current.withValue(QueryCaller(id: "b")) { try await queue.run(lane: .standard) { "b" } }
        XCTAssertEqual(other, "b", "another caller starts while a waits behind its own query")
        try await queue.enter(flooder)
        try await queue.enter(flooder)
        try await queue.enter(flooder)
        do {
            try await queue.enter(flooder)
            XCTFail("admitted past maxPending")
        } catch {
            XCTAssertEqual(error.reason, .callerBusy)
        }
        gate.continuation.finish()
        _ = try await first.value
        let a2 = try await second.value
        XCTAssertEqual(a2, "a2")
    }
}
