import CopilotTestSupport
import Foundation
import XCTest

/// `copilot bench --http` reports, next to `POST /v1/chat`, the chat-completions throughput and the
/// MCP round-trip time of `ask`, all measured for real against the in-process server on loopback.
final class BenchReportTests: XCTestCase {
    func testHTTPBenchReportsChatCompletionsAndMCP() throws {
        let binary = try TestProcess.copilot()
        let directory = try TestSupport.temporaryDirectory("bench")
        defer { try? FileManager.default.removeItem(at: directory) }
        let bench = try TestProcess.run(binary, ["bench", "--db", TestSupport.demoDatabasePath, "--data-dir", directory.path, "--rounds", "1",
                                                 "--limit", "6", "--knowledge-chunks", "0", "--http", "--duration", "1", "--connections", "2",
                                                 "--json"],
                                        environment: ["COPILOT_RESOURCES": TestSupport.repositoryRoot.path])
        XCTAssertEqual(bench.status, 0, bench.output)
        let json = bench.output.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("{") }.joined(separator: "\n")
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], bench.output)

        let chat = try XCTUnwrap(report["http"] as? [String: Any])
        let completions = try XCTUnwrap(report["http_chat_completions"] as? [String: Any])
        XCTAssertEqual(chat["endpoint"] as? String, "/v1/chat")
        XCTAssertEqual(completions["endpoint"] as? String, "/v1/chat/completions")
        for load in [chat, completions] {
            XCTAssertGreaterThan(load["requests"] as? Int ?? 0, 0)
            XCTAssertEqual(load["errors"] as? Int, 0, "\(load["failures"] ?? "")")
            XCTAssertGreaterThan(load["requests_per_second"] as? Double ?? 0, 0)
            XCTAssertGreaterThan((load["overhead_ms"] as? [String: Double])?["p50"] ?? 0, 0, "the server reported its SQL time")
        }
        let mcp = try XCTUnwrap(report["mcp_ask"] as? [String: Any])
        XCTAssertEqual(mcp["calls"] as? Int, 6)
        XCTAssertEqual(mcp["errors"] as? Int, 0)
        XCTAssertGreaterThan((mcp["round_trip_ms"] as? [String: Double])?["p50"] ?? 0, 0)
    }
}
