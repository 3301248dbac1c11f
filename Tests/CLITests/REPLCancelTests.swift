import CopilotTestSupport
import Foundation
import XCTest

/// Ctrl-C in `copilot chat`, driven in a real pseudo-terminal (tmux): the running query stops —
/// the process goes idle — and the prompt comes back, with the query's 30 s time limit far away.
final class REPLCancelTests: XCTestCase {
    func testCtrlCStopsTheRunningQueryAndKeepsTheREPL() throws {
        let binary = try TestProcess.copilot()
        let tmux = try TestProcess.require("tmux")
        let directory = try TestSupport.temporaryDirectory("repl-cancel")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(atPath: TestSupport.demoDatabasePath, toPath: directory.appendingPathComponent("demo.db").path)
        let model = try SlowQuestion.writeModel(in: directory)
        let socket = "copilot-cancel-\(UUID().uuidString.prefix(8))"
        let session = "repl"
        defer { _ = try? TestProcess.run(tmux, ["-L", socket, "kill-server"], capture: false) }
        // Started through system(3), like REPLTests: Foundation's Process would wait on a
        // descriptor the daemonised tmux server inherits.
        let command = "\(tmux) -L \(socket) new-session -d -s \(session) -x 140 -y 60 "
            + "'env COPILOT_DATA_DIR=\(directory.path) NO_COLOR=1 \(binary) chat --model \(model) --time-limit 30' </dev/null >/dev/null 2>&1"
        XCTAssertEqual(system(command), 0)
        func screen() throws -> String { try TestProcess.run(tmux, ["-L", socket, "capture-pane", "-p", "-S", "-200", "-t", session]).output }
        func type(_ keys: String...) throws { try TestProcess.run(tmux, ["-L", socket, "send-keys", "-t", session] + keys, capture: false) }
        func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                let content = try screen()
                if content.contains(text) { return content }
                Thread.sleep(forTimeInterval: 0.005)  // fine-grained: the test measures how fast the prompt is back
            }
            let content = try screen()
            XCTFail("screen never showed “\(text)”:\n\(content)")
            return content
        }

        _ = try waitFor("copilot›")
        // The harness's own round trip (keys in, screen out) for a command that does no work.
        let typed = Date()
        try type("/sql", "Enter")
        _ = try waitFor("No SQL yet")
        let roundTrip = Date().timeIntervalSince(typed)

        let pid = try XCTUnwrap(Int32(try TestProcess.run(tmux, ["-L", socket, "list-panes", "-t", session, "-F", "#{pane_pid}"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)))
        try type(SlowQuestion.question, "Enter")
        Thread.sleep(forTimeInterval: 0.5)
        // On a loaded two-core machine the query may get well under a full core: any steady use
        // tells it apart from an idle REPL.
        let busy = try Self.cpuSeconds(pid, over: 0.5)
        XCTAssertGreaterThan(busy, 0.15, "the query keeps the process busy before Ctrl-C")

        let pressed = Date()
        try type("C-c")
        let content = try waitFor("(cancelled)")
        let stopped = Date().timeIntervalSince(pressed)
        print("REPL Ctrl-C-to-prompt: \(String(format: "%.1f", stopped * 1_000)) ms on screen, of which "
              + "\(String(format: "%.1f", roundTrip * 1_000)) ms is tmux's own round trip for a command that does no work")
        XCTAssertLessThan(stopped - roundTrip, 0.5)
        XCTAssertFalse(content.contains("time limit"), "stopped by Ctrl-C, not by the time limit")
        let idle = try Self.cpuSeconds(pid, over: 0.5)
        XCTAssertLessThan(idle, 0.05, "the query stopped: the process is idle")

        // The REPL is still there, nothing was stored, and the next question is answered.
        try type("/history", "Enter")
        _ = try waitFor("No turns in this conversation yet.")
        try type("revenue in 2024", "Enter")
        _ = try waitFor("Revenue in 2024 was $")
        try type("C-d")
    }

    /// CPU time (user + system) `pid` used during the next `seconds`, from /proc.
    static func cpuSeconds(_ pid: Int32, over seconds: TimeInterval) throws -> Double {
        func ticks() throws -> Double {
            let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
            // Fields after the command name in parentheses; utime and stime are the 12th and 13th.
            let fields = stat[stat.index(after: try XCTUnwrap(stat.lastIndex(of: ")")))...].split(separator: " ")
            return (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0)
        }
        let before = try ticks()
        Thread.sleep(forTimeInterval: seconds)
        return (try ticks() - before) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
