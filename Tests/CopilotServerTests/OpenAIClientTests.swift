import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import CopilotResources
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

/// `POST /v1/chat/completions` and `GET /v1/models` driven by the official `openai` Python package
/// (pinned in `Tests/PythonClients`) against a live server on loopback: a question, follow-ups by
/// resending the conversation, streaming, a refused tool call and a bad key.
final class OpenAIClientTests: XCTestCase {
    func testTheOfficialOpenAIClient() async throws {
        let directory = try TestSupport.temporaryDirectory("openai")
        defer { try? FileManager.default.removeItem(at: directory) }
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)
        let configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: resources)
        var settings = ServerConfiguration()
        settings.port = 0
        settings.rateLimit = 1_000
        settings.rateBurst = 1_000
        let server = CopilotServer(services: try await CopilotEnvironment.makeServices(configuration),
                                   keys: try await CopilotEnvironment.keyStore(configuration), configuration: settings,
                                   registry: CopilotMetrics.registry, resources: resources)
        let key = try await server.keys.create(name: "analyst", role: .analyst).secret
        try await server.application(singleUser: false, logger: TestSupport.quietLogger).test(.live) { client in
            let report = try await PythonClients.run("openai_check.py", ["http://127.0.0.1:\(try XCTUnwrap(client.port))/v1", key])
            XCTAssertEqual((report["versions"] as? [String: String])?["openai"], PythonClients.pinned("openai"), "the pinned official client")
            XCTAssertEqual(report["models"] as? [String], ["retail-copilot"])

            // The reply is Markdown: the answer, the table, the SQL in a fenced block, the (invisible) session marker.
            let first = try XCTUnwrap(report["first"] as? [String: Any])
            let content = first["content"] as? String ?? ""
            XCTAssertTrue(content.contains("| category |"), content)
            XCTAssertTrue(content.contains("```sql\nSELECT"), content)
            XCTAssertEqual(first["kind"] as? String, "answer")
            XCTAssertEqual(first["finish_reason"] as? String, "stop")
            XCTAssertEqual(first["object"] as? String, "chat.completion")
            let session = try XCTUnwrap(first["session_id"] as? String)
            XCTAssertTrue(content.hasSuffix("[//]: # (copilot-session \(session))"), content)

            // Follow-ups by resending the conversation: found by the marker, then by the questions alone.
            let follow = try XCTUnwrap(report["follow_up"] as? [String: Any])
            XCTAssertEqual(follow["session_id"] as? String, session)
            XCTAssertTrue((follow["content"] as? String ?? "").contains("2024"), "\(follow)")
            let third = try XCTUnwrap(report["without_marker"] as? [String: Any])
            XCTAssertEqual(third["session_id"] as? String, session, "found again from the earlier user messages")
            XCTAssertTrue((third["content"] as? String ?? "").contains("Electronics"), "\(third)")
            let turns = try await server.engine.store.turns(sessionID: session)
            XCTAssertEqual(turns.map(\.message), ["revenue by category in 2025", "and in 2024?", "only Electronics"])
            XCTAssertEqual(turns.last?.plan?.filters.first?.values, ["Electronics"], "the follow-up refined the previous question")

            // Streaming: several `data:` chunks, a stop, the usage chunk asked for, `[DONE]` (the client ends on it).
            let stream = try XCTUnwrap(report["stream"] as? [String: Any])
            XCTAssertGreaterThan(stream["chunks"] as? Int ?? 0, 2)
            XCTAssertEqual(stream["finish_reason"] as? String, "stop")
            XCTAssertEqual(stream["usage_total_tokens"] as? Int, 0, "no language model: no tokens")
            let streamed = stream["content"] as? String ?? ""
            XCTAssertTrue(streamed.contains("```sql"), streamed)
            let streamSession = try XCTUnwrap(stream["session_id"] as? String)
            XCTAssertNotEqual(streamSession, session, "a new conversation")
            XCTAssertTrue(streamed.hasSuffix("[//]: # (copilot-session \(streamSession))"), streamed)

            let tools = try XCTUnwrap(report["tools"] as? [String: Any])
            XCTAssertEqual(tools["refused"] as? Bool, true)
            XCTAssertEqual(tools["status"] as? Int, 400)
            XCTAssertEqual(tools["code"] as? String, "tools_not_supported")
            let badKey = try XCTUnwrap(report["bad_key"] as? [String: Any])
            XCTAssertEqual(badKey["refused"] as? Bool, true)
            XCTAssertEqual(badKey["status"] as? Int, 401)
            XCTAssertEqual(badKey["code"] as? String, "invalid_key")
        }
    }
}
