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

/// The MCP server driven by the official MCP Python SDK, pinned in `Tests/PythonClients`: over stdio
/// against the built `copilot mcp` binary, and over Streamable HTTP against a live `copilot serve`
/// on loopback, with actions carried out by the reference agents listening for real.
final class MCPClientTests: XCTestCase {
    func testStdioWithTheOfficialSDK() async throws {
        let binary = try TestProcess.copilot()
        try await LiveAgents.with { agents in
            let registry = agents.directory.appendingPathComponent("agents.yaml")
            try agents.registryYAML().write(to: registry, atomically: true, encoding: .utf8)
            let command = ["--", binary, "mcp", "--db", TestSupport.demoDatabasePath, "--data-dir", agents.directory.path,
                           "--agents", registry.path]
            let environment = ["COPILOT_RESOURCES": TestSupport.repositoryRoot.path, "COPILOT_LOG_LEVEL": "error"]
            // No key: the local user (an admin), as `copilot ask`.
            let report = try await PythonClients.run("mcp_check.py", ["stdio", "full", Self.params] + command, environment: environment,
                                                     removing: ["COPILOT_API_KEY"])
            try await Self.checkFull(report, agents: agents)

            // With COPILOT_API_KEY the key's role applies: a viewer may ask, not run SQL or confirm.
            let keys = try await CopilotEnvironment.keyStore(agents.configuration)
            let viewer = try await keys.create(name: "viewer", role: .viewer).secret
            let refused = try await PythonClients.run("mcp_check.py", ["stdio", "viewer", "{}"] + command,
                                                      environment: environment.merging(["COPILOT_API_KEY": viewer]) { $1 })
            Self.checkViewer(refused)
        }
    }

    func testStreamableHTTPWithTheOfficialSDK() async throws {
        try await LiveAgents.with { agents in
            let server = try await agents.copilotServer()
            let operatorKey = try await server.keys.create(name: "ops", role: .operator).secret
            let viewerKey = try await server.keys.create(name: "viewer", role: .viewer).secret
            try await server.application(singleUser: false, logger: TestSupport.quietLogger).test(.live) { client in
                let url = "http://127.0.0.1:\(try XCTUnwrap(client.port))/mcp"
                let report = try await PythonClients.run("mcp_check.py", ["http", "full", Self.params, url, operatorKey])
                try await Self.checkFull(report, agents: agents)
                Self.checkViewer(try await PythonClients.run("mcp_check.py", ["http", "viewer", "{}", url, viewerKey]))

                // Behind the API keys like every route; the clients ended their sessions (DELETE).
                let anonymous = try await client.execute(uri: "/mcp", method: .post, headers: [.contentType: "application/json"],
                                                         body: ByteBuffer(string: #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#))
                XCTAssertEqual(anonymous.status, .unauthorized)
                let open = await server.mcpSessions.count
                XCTAssertEqual(open, 0)
            }
        }
    }

    // MARK: Checks

    private static var params: String { #"{"product_id": \#(ActionFixture.samples.activeProduct)}"# }

    /// What the operator (or local admin) scenario must have seen, and the agents' and audit log's side.
    private static func checkFull(_ report: [String: Any], agents: LiveAgents,
                                  file: StaticString = #filePath, line: UInt = #line) async throws {
        let versions = report["versions"] as? [String: String]
        XCTAssertEqual(versions?["mcp"], PythonClients.pinned("mcp"), "the pinned official SDK", file: file, line: line)
        XCTAssertEqual(report["server"] as? String, "retail-copilot", file: file, line: line)
        XCTAssertNotNil(report["protocol_version"] as? String, file: file, line: line)

        let tools = try XCTUnwrap(report["tools"] as? [String: [String: Any]], file: file, line: line)
        XCTAssertTrue(Set(["ask", "run_sql", "search_knowledge", "describe_data", "propose_action", "confirm_action"])
            .isSubset(of: Set(tools.keys)), "\(tools.keys)", file: file, line: line)
        for (name, tool) in tools {
            XCTAssertEqual(tool["has_output_schema"] as? Bool, true, name, file: file, line: line)
            XCTAssertGreaterThan(tool["description_words"] as? Int ?? 0, 12, "a description written for a model: \(name)", file: file, line: line)
        }
        for name in ["ask", "run_sql", "search_knowledge", "describe_data"] {
            XCTAssertEqual(tools[name]?["read_only"] as? Bool, true, name, file: file, line: line)
        }
        XCTAssertEqual(tools["confirm_action"]?["destructive"] as? Bool, true, file: file, line: line)
        XCTAssertEqual(tools["confirm_action"]?["read_only"] as? Bool, false, file: file, line: line)
        XCTAssertEqual(tools["propose_action"]?["destructive"] as? Bool, false, file: file, line: line)
        XCTAssertEqual(tools["ask"]?["input_required"] as? [String], ["question"], file: file, line: line)

        let resources = report["resources"] as? [String] ?? []
        XCTAssertTrue(resources.contains("copilot://model/semantic-model.json"), "\(resources)", file: file, line: line)
        XCTAssertTrue(resources.contains("copilot://knowledge/returns-and-refunds.md"), "\(resources)", file: file, line: line)
        XCTAssertGreaterThan(report["document_chars"] as? Int ?? 0, 200, file: file, line: line)
        XCTAssertGreaterThan(report["model_metrics"] as? Int ?? 0, 5, file: file, line: line)

        // ask, then a follow-up in the same session.
        let ask = data(report, "ask"), follow = data(report, "follow_up")
        XCTAssertEqual(ask["kind"] as? String, "answer", "\(report["ask"] ?? "")", file: file, line: line)
        XCTAssertTrue((ask["sql"] as? String ?? "").uppercased().hasPrefix("SELECT"), file: file, line: line)
        XCTAssertNotNil(ask["interpretation"] as? String, file: file, line: line)
        XCTAssertEqual(follow["session_id"] as? String, ask["session_id"] as? String, file: file, line: line)
        XCTAssertEqual(follow["turn"] as? Int, 2, file: file, line: line)
        XCTAssertTrue((follow["answer"] as? String ?? "").contains("2024"), "\(follow)", file: file, line: line)
        let breakdown = data(report, "breakdown")
        XCTAssertGreaterThan(breakdown["row_count"] as? Int ?? 0, 1, file: file, line: line)
        XCTAssertTrue(text(report, "breakdown").contains("| "), "a Markdown table for the model", file: file, line: line)
        XCTAssertTrue(text(report, "breakdown").contains("```sql"), file: file, line: line)

        // The guard refuses, as a tool error with the HTTP API's reason code.
        XCTAssertTrue(isError(report, "refused_sql"), file: file, line: line)
        XCTAssertEqual(errorCode(report, "refused_sql"), "write_not_allowed", file: file, line: line)
        XCTAssertFalse(isError(report, "sql"), file: file, line: line)
        XCTAssertEqual((data(report, "sql")["rows"] as? [[Any]])?.count, 1, file: file, line: line)
        XCTAssertFalse((data(report, "search")["results"] as? [Any] ?? []).isEmpty, file: file, line: line)
        XCTAssertFalse((data(report, "describe")["metrics"] as? [Any] ?? []).isEmpty, file: file, line: line)
        XCTAssertEqual(errorCode(report, "foreign_session"), "not_found", "as POST /v1/chat says for an unknown session", file: file, line: line)
        XCTAssertEqual(errorCode(report, "bad_arguments"), "invalid_arguments", file: file, line: line)

        // Proposed, not carried out by a chat "confirm", carried out once by confirm_action.
        let proposal = data(report, "proposal")
        let action = try XCTUnwrap(proposal["action"] as? [String: Any], "\(report["proposal"] ?? "")", file: file, line: line)
        XCTAssertEqual(action["status"] as? String, "proposed", file: file, line: line)
        XCTAssertEqual(data(report, "chat_confirm")["kind"] as? String, "clarification", "\(report["chat_confirm"] ?? "")", file: file, line: line)
        let confirmed = data(report, "confirm")["action"] as? [String: Any]
        let again = data(report, "confirm_again")["action"] as? [String: Any]
        XCTAssertEqual(confirmed?["status"] as? String, "succeeded", "\(report["confirm"] ?? "")", file: file, line: line)
        XCTAssertEqual(again?["status"] as? String, "succeeded", file: file, line: line)
        XCTAssertEqual((confirmed?["receipt"] as? [String: Any])?["receipt_id"] as? String,
                       (again?["receipt"] as? [String: Any])?["receipt_id"] as? String, "the stored outcome, not a second call", file: file, line: line)
        XCTAssertEqual(errorCode(report, "invalid_action"), "invalid_arguments", file: file, line: line)
        XCTAssertEqual(data(report, "ask_proposal")["kind"] as? String, "action_proposal", "\(report["ask_proposal"] ?? "")", file: file, line: line)
        XCTAssertTrue(text(report, "ask_proposal").contains("call confirm_action with action_id act_"), text(report, "ask_proposal"),
                      file: file, line: line)
        let effects = try await agents.store.effectCount(action: "restock_product")
        XCTAssertEqual(effects, 1, "executed exactly once against the reference agents", file: file, line: line)
        let audited = try await CopilotEnvironment.actionStore(agents.configuration).action(id: try XCTUnwrap(action["id"] as? String, file: file, line: line))
        XCTAssertEqual(audited?.status, .succeeded, file: file, line: line)
    }

    private static func checkViewer(_ report: [String: Any], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(data(report, "ask")["kind"] as? String, "answer", "\(report["ask"] ?? "")", file: file, line: line)
        XCTAssertTrue(isError(report, "run_sql"), file: file, line: line)
        XCTAssertEqual(errorCode(report, "run_sql"), "forbidden", file: file, line: line)
        XCTAssertEqual(errorCode(report, "confirm"), "forbidden", file: file, line: line)
    }

    private static func data(_ report: [String: Any], _ step: String) -> [String: Any] {
        (report[step] as? [String: Any])?["data"] as? [String: Any] ?? [:]
    }

    private static func text(_ report: [String: Any], _ step: String) -> String {
        (report[step] as? [String: Any])?["text"] as? String ?? ""
    }

    private static func isError(_ report: [String: Any], _ step: String) -> Bool {
        (report[step] as? [String: Any])?["error"] as? Bool ?? false
    }

    private static func errorCode(_ report: [String: Any], _ step: String) -> String? {
        (data(report, step)["error"] as? [String: Any])?["code"] as? String
    }
}
