import CopilotTestSupport
import Foundation
import XCTest

/// `copilot chat` driven in a real pseudo-terminal (tmux), asserting on what the screen shows.
final class REPLTests: XCTestCase {
    private func dataDirectory() throws -> URL {
        let directory = try TestSupport.temporaryDirectory("repl")
        // The embedded demo database, already generated for the test run.
        try FileManager.default.copyItem(atPath: TestSupport.demoDatabasePath, toPath: directory.appendingPathComponent("demo.db").path)
        return directory
    }

    func testInteractiveSessionInAPseudoTerminal() throws {
        let binary = try TestProcess.copilot()
        let tmux = try TestProcess.require("tmux")
        let directory = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let socket = "copilot-test-\(UUID().uuidString.prefix(8))"
        let session = "repl"
        defer { _ = try? TestProcess.run(tmux, ["-L", socket, "kill-server"], capture: false) }
        // Started through system(3): Foundation's Process waits on a descriptor the daemonised tmux
        // server would inherit, and never returns.
        let command = "\(tmux) -L \(socket) new-session -d -s \(session) -x 140 -y 60 'env COPILOT_DATA_DIR=\(directory.path) NO_COLOR=1 \(binary) chat' </dev/null >/dev/null 2>&1"
        XCTAssertEqual(system(command), 0)
        func screen() throws -> String { try TestProcess.run(tmux, ["-L", socket, "capture-pane", "-p", "-S", "-200", "-t", session]).output }
        func type(_ keys: String...) throws { try TestProcess.run(tmux, ["-L", socket, "send-keys", "-t", session] + keys, capture: false) }
        func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                let content = try screen()
                if content.contains(text) { return content }
                Thread.sleep(forTimeInterval: 0.2)
            }
            let content = try screen()
            XCTFail("screen never showed “\(text)”:\n\(content)")
            return content
        }

        _ = try waitFor("copilot›")
        XCTAssertTrue(try screen().contains("demo shop"), "first run says it uses the demo database")
        try type("top 3 categories by revenue in 2024", "Enter")
        var content = try waitFor("Top 3 categories by revenue in 2024")
        XCTAssertTrue(content.contains("Electronics"))
        XCTAssertTrue(content.contains("█"), "a bar chart for the ranking")
        // A follow-up, typed with line editing: type, go to start (Ctrl-A), fix, go to end (Ctrl-E).
        try type("nd 2023?", "C-a", "a", "C-e", "Enter")
        content = try waitFor("in 2023")
        XCTAssertTrue(content.contains("and 2023?"))
        try type("/sql", "Enter")
        content = try waitFor("'2023-01-01'")
        XCTAssertTrue(content.contains("LIMIT 3"))
        // History: Up recalls the last line.
        try type("Up", "Enter")
        _ = try waitFor("copilot› /sql\n")
        try type("C-d")
    }

    func testPipedLinesAreAnsweredInOrder() throws {
        let binary = try TestProcess.copilot()
        let directory = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (status, output) = try TestProcess.run(binary, ["chat"], input: "revenue last month\nand last year?\n",
                                            environment: ["COPILOT_DATA_DIR": directory.path])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(output.contains("Revenue in November 2025 was $"), output)
        XCTAssertTrue(output.contains("Revenue in 2024 was $"), output)
    }

    func testCommandLineConventions() throws {
        let binary = try TestProcess.copilot()
        let directory = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["COPILOT_DATA_DIR": directory.path]
        let ask = try TestProcess.run(binary, ["ask", "--json", "-"], input: "orders in 2024\n", environment: environment)
        XCTAssertEqual(ask.status, 0)
        let reply = try JSONSerialization.jsonObject(with: Data(ask.output.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { !$0.hasPrefix("{") }.joined(separator: "\n").utf8)) as? [String: Any]
        XCTAssertEqual(reply?["kind"] as? String, "answer")
        let refused = try TestProcess.run(binary, ["sql", "--json", "DELETE FROM orders"], environment: environment)
        XCTAssertEqual(refused.status, 3, "a refusal exits 3")
        XCTAssertTrue(refused.output.contains("write_not_allowed"))
        let ran = try TestProcess.run(binary, ["sql", "-"], input: "SELECT count(*) FROM regions", environment: environment)
        XCTAssertEqual(ran.status, 0)
        let help = try TestProcess.run(binary, ["--help"])
        for command in ["ask", "chat", "sql", "serve", "keys", "kb", "eval", "model", "demo"] {
            XCTAssertTrue(help.output.contains("  \(command) "), "--help lists \(command)")
        }
    }

    func testBenchReportsStagesAgainstBareSQL() throws {
        let binary = try TestProcess.copilot()
        let directory = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try TestProcess.checkBench(binary, database: TestSupport.demoDatabasePath, environment: ["COPILOT_DATA_DIR": directory.path])
    }
}
