import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotState

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `kill -9` the real server while it is answering concurrent requests, restart it, and check that
/// every turn it acknowledged is still there.
final class CrashRecoveryTests: XCTestCase {
    /// Starts `copilot serve --port 0` and returns the process and the port it printed.
    private func startServer(binary: String, dataDirectory: URL) throws -> (Process, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0", "--rate-limit", "1000", "--rate-burst", "1000"]
        process.environment = ProcessInfo.processInfo.environment.merging(["COPILOT_DATA_DIR": dataDirectory.path]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var output = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            output += String(decoding: data, as: UTF8.self)
            if let range = output.range(of: "http://127.0.0.1:") {
                let digits = output[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits), port > 0 {
                    // Keep draining stderr so the server never blocks on a full pipe.
                    errors.fileHandleForReading.readabilityHandler = { _ = $0.availableData }
                    return (process, port)
                }
            }
        }
        process.terminate()
        // The restart on the same data directory is what this test checks: not starting is a failure.
        throw TestProcess.Missing(description: "the server did not start on \(dataDirectory.path): \(output)")
    }

    private static func post(_ port: Int, _ body: [String: Any]) async throws -> [String: Any]? {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/chat")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { return nil }
        return try JSONSerialization.jsonObject(with: data) as? [String: Any]
    }

    func testAcknowledgedTurnsSurviveKillDashNine() async throws {
        let binary = try TestProcess.copilot()
        let directory = try TestSupport.temporaryDirectory("crash")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(atPath: TestSupport.demoDatabasePath, toPath: directory.appendingPathComponent("demo.db").path)
        let (server, port) = try startServer(binary: binary, dataDirectory: directory)

        let questions = ["revenue last month", "orders by channel in 2024", "top 5 products by units sold", "aov ytd", "return rate by reason"]
        let acknowledged = try await withThrowingTaskGroup(of: [(String, Int)].self) { group in
            for worker in 0..<6 {
                group.addTask {
                    var seen: [(String, Int)] = []
                    var session: String?
                    for index in 0..<400 {
                        var body: [String: Any] = ["message": questions[(worker + index) % questions.count]]
                        if let session { body["session_id"] = session }
                        guard let reply = try? await Self.post(port, body), let id = reply["session_id"] as? String,
                              let turn = reply["turn"] as? Int else { break }
                        session = id
                        seen.append((id, turn))
                    }
                    return seen
                }
            }
            // Let the load run, then kill the server without any chance to clean up.
            try await Task.sleep(nanoseconds: 1_500_000_000)
            kill(server.processIdentifier, SIGKILL)
            var all: [(String, Int)] = []
            for try await part in group { all += part }
            return all
        }
        server.waitUntilExit()
        XCTAssertGreaterThan(acknowledged.count, 10, "the server answered turns before it was killed")
        print("crash test: \(acknowledged.count) turns acknowledged before kill -9")

        let (restarted, newPort) = try startServer(binary: binary, dataDirectory: directory)
        defer { restarted.terminate() }
        let store = StateConversationStore(database: try await StateDatabase.sqlite(path: directory.appendingPathComponent("state.db").path))
        var missing: [(String, Int)] = []
        for (session, turn) in acknowledged {
            let turns = try await store.turns(sessionID: session).map(\.turn)
            if !turns.contains(turn) { missing.append((session, turn)) }
        }
        XCTAssertTrue(missing.isEmpty, "acknowledged turns lost: \(missing.prefix(5))")
        // And the restarted server serves the sessions.
        let reply = try await Self.post(newPort, ["message": "and last year?", "session_id": acknowledged[0].0])
        XCTAssertNotNil(reply)
    }
}
