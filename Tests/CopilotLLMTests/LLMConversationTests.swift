import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import XCTest
@testable import CopilotCore
@testable import CopilotLLM
@testable import CopilotResources
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

/// The language model inside a conversation: its text streamed to an SSE client, its tokens stored
/// with each turn, and follow-ups to its answers carrying the earlier SQL. Against the scripted
/// wire-protocol fake over loopback HTTP.
final class LLMConversationTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("llm-conversation")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private static let countByStatus = "SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY status"
    private static let fast = RetryPolicy(maxAttempts: 2, baseDelay: 0.02, maxDelay: 0.1, maxRetryAfter: 1)

    private func services(mode: PlannerMode, url: String) async throws -> CopilotServices {
        let llm = LLMConfiguration(mode: mode, baseURL: url, model: "fake-model", apiKey: "sk-test-secret", retry: Self.fast)
        let configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: ResourceLibrary(root: TestSupport.repositoryRoot), llm: llm)
        return try await CopilotEnvironment.makeServices(configuration)
    }

    private func engine(mode: PlannerMode, url: String) async throws -> CopilotEngine {
        try await services(mode: mode, url: url).engine
    }

    private static func runSQL(_ sql: String, usage: TokenUsage) -> FakeChatServer.Reply {
        .toolCall("run_sql", arguments: JSONValue.object(["sql": .string(sql)]).jsonText, usage: usage)
    }

    func testModelTextStreamsToServerSentEventClientsBeforeTheQueryRuns() async throws {
        let call = ToolCall(id: "call_1", name: "run_sql", arguments: JSONValue.object(["sql": .string(Self.countByStatus)]).jsonText)
        let server = FakeChatServer([.stream(["Counting ", "orders ", "by status."], toolCall: call,
                                             usage: TokenUsage(promptTokens: 410, completionTokens: 17))])
        let url = try await server.start()
        let copilot = CopilotServer(services: try await services(mode: .llm, url: url), keys: try await CopilotEnvironment.keyStore(CopilotConfiguration(dataDirectory: DataDirectory(explicit: directory.path))),
                                    configuration: ServerConfiguration(), registry: CopilotMetrics.registry,
                                    resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        let app = copilot.application(singleUser: true, logger: Logger(label: "test"))
        try await app.test(.live) { client in
            let response = try await client.execute(uri: "/v1/chat", method: .post,
                                                    headers: [.contentType: "application/json", .accept: "text/event-stream"],
                                                    body: ByteBuffer(string: #"{"message": "orders per status please"}"#))
            XCTAssertEqual(response.status, .ok)
            let body = String(buffer: response.body)
            let frames = body.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            let names = frames.compactMap { $0.split(separator: "\n").first.map { String($0.dropFirst("event: ".count)) } }
            XCTAssertEqual(names, ["delta", "delta", "delta", "plan", "sql", "result", "text", "done"], body)
            let deltas = frames.filter { $0.hasPrefix("event: delta") }.compactMap { frame -> String? in
                let data = frame.split(separator: "\n")[1].dropFirst("data: ".count)
                return (try? JSONDecoder().decode([String: String].self, from: Data(data.utf8)))?["text"]
            }
            XCTAssertEqual(deltas, ["Counting ", "orders ", "by status."])
            let done = try XCTUnwrap(frames.last?.split(separator: "\n").last?.dropFirst("data: ".count))
            let reply = try JSONDecoder().decode(ChatReply.self, from: Data(done.utf8))
            XCTAssertEqual(reply.kind, .answer, reply.text)
            XCTAssertEqual(reply.usage, TurnUsage(llmCalls: 1, promptTokens: 410, completionTokens: 17))
        }
        await server.stop()
    }

    func testTokensAreStoredWithEachTurnAndSummedPerSession() async throws {
        let server = FakeChatServer([Self.runSQL(Self.countByStatus, usage: TokenUsage(promptTokens: 500, completionTokens: 30)),
                                     Self.runSQL("SELECT COUNT(*) AS customers FROM customers", usage: TokenUsage(promptTokens: 700, completionTokens: 40))])
        let url = try await server.start()
        let engine = try await engine(mode: .hybrid, url: url)
        let first = try await engine.ask("how are we doing?", caller: .local)
        let offline = try await engine.ask("revenue last month", sessionID: first.sessionID, caller: .local)
        let third = try await engine.ask("how big is the community we serve?", sessionID: first.sessionID, caller: .local)
        await server.stop()

        XCTAssertEqual(first.planner, "llm")
        XCTAssertEqual(first.usage, TurnUsage(llmCalls: 1, promptTokens: 500, completionTokens: 30))
        XCTAssertEqual(offline.planner, "offline")
        XCTAssertNil(offline.usage, "the offline planner answered: no model tokens")
        XCTAssertEqual(third.usage, TurnUsage(llmCalls: 1, promptTokens: 700, completionTokens: 40), third.text)

        let turns = try await engine.store.turns(sessionID: first.sessionID)
        XCTAssertEqual(turns.map(\.usage), [first.usage, nil, third.usage])
        let session = try await XCTUnwrapAsync(try await engine.store.session(id: first.sessionID))
        XCTAssertEqual(session.usage, TurnUsage(llmCalls: 2, promptTokens: 1_200, completionTokens: 70))
        let listed = try await engine.store.sessions(owner: "local", limit: 10)
        XCTAssertEqual(listed.first?.usage, session.usage)
    }

    func testAFollowUpToAModelAnswerSendsTheEarlierQuestionAndItsSQL() async throws {
        let followUpSQL = "SELECT status, COUNT(*) AS orders FROM orders WHERE ordered_at >= '2024-01-01' AND ordered_at < '2025-01-01' GROUP BY status"
        let server = FakeChatServer([Self.runSQL(Self.countByStatus, usage: TokenUsage(promptTokens: 500, completionTokens: 30)),
                                     Self.runSQL(followUpSQL, usage: TokenUsage(promptTokens: 600, completionTokens: 30))])
        let url = try await server.start()
        let engine = try await engine(mode: .hybrid, url: url)
        // An earlier offline answer leaves a plan behind; the model's later answer must win.
        let start = try await engine.ask("revenue last month", caller: .local)
        let first = try await engine.ask("how are we doing?", sessionID: start.sessionID, caller: .local)
        let followUp = try await engine.ask("and only in 2024?", sessionID: start.sessionID, caller: .local)
        let requests = await server.requests()
        await server.stop()

        XCTAssertEqual(first.planner, "llm")
        XCTAssertEqual(requests.count, 2, "the follow-up went to the model, not to the stale offline plan")
        XCTAssertEqual(followUp.planner, "llm", followUp.text)
        XCTAssertEqual(followUp.sql?.hasPrefix(followUpSQL), true)
        guard case .array(let messages)? = requests.last?["messages"] else { return XCTFail("no messages") }
        let user = messages.compactMap { $0["content"]?.stringValue }.joined(separator: "\n")
        XCTAssertTrue(user.contains("Earlier in this conversation"), user)
        XCTAssertTrue(user.contains("Q: how are we doing?"), user)
        XCTAssertTrue(user.contains("SQL: \(Self.countByStatus)"), user)
        XCTAssertTrue(user.contains("<untrusted-answer>"), "earlier answers quote data and are fenced")
        XCTAssertTrue(user.hasSuffix("and only in 2024?"), user)
    }
}

/// `XCTUnwrap` for an async expression.
func XCTUnwrapAsync<T>(_ value: @autoclosure () async throws -> T?, file: StaticString = #filePath, line: UInt = #line) async throws -> T {
    let resolved = try await value()
    return try XCTUnwrap(resolved, file: file, line: line)
}
