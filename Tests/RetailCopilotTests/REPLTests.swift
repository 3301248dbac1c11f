import Foundation
import XCTest
@testable import RetailCopilot

/// `copilot chat` driven in a real pseudo-terminal (tmux), asserting on what the screen shows.
final class REPLTests: XCTestCase {
    /// The `copilot` binary next to the test bundle.
    static var binary: String? {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("copilot").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func which(_ tool: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return "\(folder)/\(tool)"
        }
        return nil
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
                    capture: Bool = true) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        // A daemon (the tmux server) would hold a captured pipe open forever.
        process.standardOutput = capture ? output : FileHandle.nullDevice
        process.standardError = capture ? output : FileHandle.nullDevice
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let data = capture ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func dataDirectory() throws -> URL {
        let directory = try TestSupport.temporaryDirectory("repl")
        // The embedded demo database, already generated for the test run.
        try FileManager.default.copyItem(atPath: TestSupport.demoDatabasePath, toPath: directory.appendingPathComponent("demo.db").path)
        return directory
    }

    func testInteractiveSessionInAPseudoTerminal() throws {
        guard let binary = Self.binary else { throw XCTSkip("the copilot binary was not built next to the tests") }
        guard let tmux = Self.which("tmux") else { throw XCTSkip("tmux is not installed (apt-get install tmux); .ci/run installs it") }
        let directory = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let socket = "copilot-test-\(UUID().uuidString.prefix(8))"
        let session = "repl"
        defer { _ = try? Self.run(tmux, ["-L", socket, "kill-server"], capture: false) }
        // Started through system(3): Foundation's Process waits on a descriptor the daemonised tmux
        // server would inherit, and never returns.
        let command = "\(tmux) -L \(socket) new-session -d -s \(session) -x 140 -y 60 'env COPILOT_DATA_DIR=\(directory.path) NO_COLOR=1 \(binary) chat' </dev/null >/dev/null 2>&1"
        XCTAssertEqual(system(command), 0)
        func screen() throws -> String { try Self.run(tmux, ["-L", socket, "capture-pane", "-p", "-S", "-200", "-t", session]).output }
        func type(_ keys: String...) throws { try Self.run(tmux, ["-L", socket, "send-keys", "-t", session] + keys, capture: false) }
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
        guard let binary = Self.binary else { throw XCTSkip("the copilot binary was not built next to the tests") }
        let directory = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (status, output) = try Self.run(binary, ["chat"], input: "revenue last month\nand last year?\n",
                                            environment: ["COPILOT_DATA_DIR": directory.path])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(output.contains("Revenue in November 2025 was $"), output)
        XCTAssertTrue(output.contains("Revenue in 2024 was $"), output)
    }

    func testCommandLineConventions() throws {
        guard let binary = Self.binary else { throw XCTSkip("the copilot binary was not built next to the tests") }
        let directory = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["COPILOT_DATA_DIR": directory.path]
        let ask = try Self.run(binary, ["ask", "--json", "-"], input: "orders in 2024\n", environment: environment)
        XCTAssertEqual(ask.status, 0)
        let reply = try JSONSerialization.jsonObject(with: Data(ask.output.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { !$0.hasPrefix("{") }.joined(separator: "\n").utf8)) as? [String: Any]
        XCTAssertEqual(reply?["kind"] as? String, "answer")
        let refused = try Self.run(binary, ["sql", "--json", "DELETE FROM orders"], environment: environment)
        XCTAssertEqual(refused.status, 3, "a refusal exits 3")
        XCTAssertTrue(refused.output.contains("write_not_allowed"))
        let ran = try Self.run(binary, ["sql", "-"], input: "SELECT count(*) FROM regions", environment: environment)
        XCTAssertEqual(ran.status, 0)
        let help = try Self.run(binary, ["--help"])
        for command in ["ask", "chat", "sql", "serve", "keys", "kb", "eval", "model", "demo"] {
            XCTAssertTrue(help.output.contains("  \(command) "), "--help lists \(command)")
        }
    }

    func testBenchReportsStagesAgainstBareSQL() throws {
        guard let binary = Self.binary else { throw XCTSkip("the copilot binary was not built next to the tests") }
        let directory = try dataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.checkBench(binary, database: TestSupport.demoDatabasePath, environment: ["COPILOT_DATA_DIR": directory.path])
    }

    /// `copilot bench --json` on `database`: every stage measured, bare SQL measured, overhead positive.
    static func checkBench(_ binary: String, database: String, environment: [String: String],
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let bench = try run(binary, ["bench", "--db", database, "--rounds", "1", "--limit", "40", "--knowledge-chunks", "0", "--json"],
                            environment: environment)
        XCTAssertEqual(bench.status, 0, bench.output, file: file, line: line)
        let json = bench.output.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("{") }.joined(separator: "\n")
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], bench.output, file: file, line: line)
        let turns = try XCTUnwrap(report["turns"] as? [String: Any], file: file, line: line)
        XCTAssertEqual(turns["questions"] as? Int, 40, file: file, line: line)
        let stages = try XCTUnwrap(turns["stages"] as? [String: [String: Double]], file: file, line: line)
        XCTAssertEqual(Set(stages.keys), ["plan", "compile", "guard", "execute", "answer", "persist"], file: file, line: line)
        for (name, stats) in stages { XCTAssertGreaterThan(stats["p50"] ?? 0, 0, name, file: file, line: line) }
        let bare = try XCTUnwrap(turns["bare_sql"] as? [String: Double], file: file, line: line)
        XCTAssertGreaterThan(bare["p50"] ?? 0, 0, file: file, line: line)
        let overhead = try XCTUnwrap(turns["overhead"] as? [String: Double], file: file, line: line)
        XCTAssertGreaterThan(overhead["p50"] ?? 0, 0, file: file, line: line)
        XCTAssertGreaterThan(turns["rollup_answers"] as? Int ?? 0, 0, "some of the first 40 questions read a rollup", file: file, line: line)
    }
}
