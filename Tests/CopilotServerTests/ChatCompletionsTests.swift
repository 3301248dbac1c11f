import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import CopilotCore
@testable import CopilotMCP
@testable import CopilotResources
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

/// The OpenAI-compatible endpoints at the wire level, over real loopback HTTP: what is refused and
/// why, how a conversation is found again (and never someone else's), and the stream's framing.
final class ChatCompletionsTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("completions")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func makeServer() async throws -> CopilotServer {
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)
        let configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: resources)
        var settings = ServerConfiguration()
        settings.port = 0
        settings.rateLimit = 1_000
        settings.rateBurst = 1_000
        return CopilotServer(services: try await CopilotEnvironment.makeServices(configuration),
                             keys: try await CopilotEnvironment.keyStore(configuration), configuration: settings,
                             registry: CopilotMetrics.registry, resources: resources)
    }

    private static func headers(_ key: String, session: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json", .authorization: "Bearer \(key)"]
        if let session { fields[ChatCompletionRoutes.sessionHeader] = session }
        return fields
    }

    private static func body(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    private static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    private static func content(_ response: TestResponse) -> String {
        (((json(response)["choices"] as? [[String: Any]])?.first?["message"]) as? [String: Any])?["content"] as? String ?? ""
    }

    private static func user(_ text: String) -> [String: Any] { ["role": "user", "content": text] }

    func testRefusalsSayWhatToChange() async throws {
        let server = try await makeServer()
        let key = try await server.keys.create(name: "viewer", role: .viewer).secret
        try await server.application(singleUser: false, logger: TestSupport.quietLogger).test(.live) { client in
            let question = Self.user("revenue last month")
            let tool: [String: Any] = ["type": "function", "function": ["name": "lookup", "parameters": ["type": "object"]]]
            let cases: [(String, [String: Any], HTTPResponse.Status, String)] = [
                ("client tools", ["model": "m", "messages": [question], "tools": [tool]], .badRequest, "tools_not_supported"),
                ("forced tool choice", ["model": "m", "messages": [question], "tool_choice": "required"], .badRequest, "tools_not_supported"),
                ("legacy functions", ["model": "m", "messages": [question], "functions": [["name": "f"]]], .badRequest, "tools_not_supported"),
                ("a tool result", ["model": "m", "messages": [question, ["role": "tool", "tool_call_id": "1", "content": "42"]]],
                 .badRequest, "tools_not_supported"),
                ("an image", ["model": "m", "messages": [["role": "user", "content": [["type": "text", "text": "what is this?"],
                                                                                     ["type": "image_url", "image_url": ["url": "x"]]]]]],
                 .badRequest, "unsupported_content"),
                ("several choices", ["model": "m", "messages": [question], "n": 3], .badRequest, "unsupported_parameter"),
                ("no question last", ["model": "m", "messages": [question, ["role": "assistant", "content": "…"]]], .badRequest, "invalid_messages"),
                ("no messages", ["model": "m", "messages": [[String: Any]]()], .badRequest, "invalid_messages"),
                ("empty", ["model": "m", "messages": [Self.user("   ")]], .badRequest, "empty_message"),
                ("too long", ["model": "m", "messages": [Self.user(String(repeating: "x", count: 2_001))]], .contentTooLarge, "message_too_long"),
                ("not a request", ["prompt": "hi"], .badRequest, "invalid_json"),
            ]
            for (name, body, status, code) in cases {
                let response = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: Self.headers(key), body: Self.body(body))
                XCTAssertEqual(response.status, status, name)
                XCTAssertEqual((Self.json(response)["error"] as? [String: Any])?["code"] as? String, code, name)
            }
            // `tool_choice: "none"` and an empty tool list offer nothing: answered.
            let plain = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: Self.headers(key),
                                                 body: Self.body(["model": "m", "messages": [question], "tools": [Any](), "tool_choice": "none"]))
            XCTAssertEqual(plain.status, .ok)
            let anonymous = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: [.contentType: "application/json"],
                                                     body: Self.body(["model": "m", "messages": [question]]))
            XCTAssertEqual(anonymous.status, .unauthorized)
            try await client.execute(uri: "/v1/models/retail-copilot", method: .get, headers: Self.headers(key)) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: "/v1/models/gpt-4o", method: .get, headers: Self.headers(key)) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertEqual((Self.json(response)["error"] as? [String: Any])?["code"] as? String, "model_not_found")
            }
        }
    }

    func testConversationsAreFoundAgainButNeverSomeoneElses() async throws {
        let server = try await makeServer()
        let alice = try await server.keys.create(name: "alice", role: .viewer).secret
        let bob = try await server.keys.create(name: "bob", role: .viewer).secret
        try await server.application(singleUser: false, logger: TestSupport.quietLogger).test(.live) { client in
            let question = Self.user("revenue in 2025")
            let first = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: Self.headers(alice),
                                                 body: Self.body(["model": "retail-copilot", "messages": [question]]))
            XCTAssertEqual(first.status, .ok)
            let session = try XCTUnwrap(Self.json(first)["session_id"] as? String)
            XCTAssertEqual(first.headers[ChatCompletionRoutes.sessionHeader], session)
            let history: [[String: Any]] = [question, ["role": "assistant", "content": Self.content(first)], Self.user("and last year?")]

            // Bob resends Alice's conversation, marker and all: a new session of his own, not hers.
            let copied = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: Self.headers(bob),
                                                  body: Self.body(["model": "retail-copilot", "messages": history]))
            XCTAssertEqual(copied.status, .ok)
            XCTAssertNotEqual(Self.json(copied)["session_id"] as? String, session)
            // Naming her session outright is the API's 404, as on POST /v1/chat.
            let named = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: Self.headers(bob, session: session),
                                                 body: Self.body(["model": "retail-copilot", "messages": [Self.user("and last year?")]]))
            XCTAssertEqual(named.status, .notFound)
            let turns = try await server.engine.store.turns(sessionID: session)
            XCTAssertEqual(turns.count, 1, "nothing was added to Alice's session")

            // Alice continues by marker; then by the session id in the body, with no history at all.
            let follow = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: Self.headers(alice),
                                                  body: Self.body(["model": "retail-copilot", "messages": history]))
            XCTAssertEqual(Self.json(follow)["session_id"] as? String, session)
            XCTAssertTrue(Self.content(follow).contains("2024"), Self.content(follow))
            let explicit = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: Self.headers(alice),
                                                    body: Self.body(["model": "retail-copilot", "session_id": session,
                                                                     "messages": [Self.user("by month")]]))
            XCTAssertEqual((Self.json(explicit)["copilot"] as? [String: Any])?["turn"] as? Int, 3)
        }
    }

    func testStreamFraming() async throws {
        let server = try await makeServer()
        let key = try await server.keys.create(name: "viewer", role: .viewer).secret
        try await server.application(singleUser: false, logger: TestSupport.quietLogger).test(.live) { client in
            let response = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: Self.headers(key),
                                                    body: Self.body(["model": "retail-copilot", "stream": true,
                                                                     "messages": [Self.user("orders per channel in 2025")]]))
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/event-stream")
            let events = String(buffer: response.body).components(separatedBy: "\n\n").filter { !$0.isEmpty }
            XCTAssertTrue(events.allSatisfy { $0.hasPrefix("data: ") }, "\(events)")
            XCTAssertEqual(events.last, "data: [DONE]")
            let chunks = events.dropLast().compactMap { event in
                (try? JSONSerialization.jsonObject(with: Data(event.dropFirst(6).utf8))) as? [String: Any]
            }
            XCTAssertEqual(chunks.count, events.count - 1, "every other event is a JSON chunk")
            XCTAssertTrue(chunks.allSatisfy { $0["object"] as? String == "chat.completion.chunk" })
            XCTAssertEqual(Set(chunks.compactMap { $0["id"] as? String }).count, 1, "one id for the whole stream")
            let deltas = chunks.compactMap { ($0["choices"] as? [[String: Any]])?.first }
            XCTAssertEqual((deltas.first?["delta"] as? [String: Any])?["role"] as? String, "assistant")
            XCTAssertEqual(deltas.last?["finish_reason"] as? String, "stop")
            let text = deltas.compactMap { ($0["delta"] as? [String: Any])?["content"] as? String }.joined()
            let session = try XCTUnwrap(response.headers[ChatCompletionRoutes.sessionHeader])
            XCTAssertTrue(text.contains("| channel |"), text)
            XCTAssertTrue(text.hasSuffix(SessionMarker.line(session)), text)
        }
    }

    func testSessionMarkerAndMarkdown() {
        XCTAssertEqual(SessionMarker.find(in: "Answer\n\n" + SessionMarker.line("abc123")), "abc123")
        XCTAssertEqual(SessionMarker.find(in: SessionMarker.line("old") + "\n\n" + SessionMarker.line("new")), "new", "the last one")
        XCTAssertNil(SessionMarker.find(in: "[//]: # (copilot-session ../../etc)"))
        XCTAssertNil(SessionMarker.find(in: "[//]: # (copilot-session abc"))
        XCTAssertNil(SessionMarker.find(in: "no marker"))

        let result = QueryResult(columns: ["product", "revenue"], rows: (1...60).map { [.text("A|B \($0)"), .real(Double($0) * 1_000)] },
                                 truncated: false)
        let table = MarkdownReply(model: nil).table(result) ?? ""
        XCTAssertTrue(table.contains("| A\\|B 1 | $1,000.00 |"), "pipes escaped, money formatted: \(table)")
        XCTAssertTrue(table.hasSuffix("… 10 more rows"), table)
        XCTAssertNil(MarkdownReply(model: nil).table(QueryResult(columns: ["n"], rows: [[.integer(1)]], truncated: false)),
                     "a single value is said in words")
    }
}
