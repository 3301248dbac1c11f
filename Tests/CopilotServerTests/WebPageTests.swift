import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotLLM
@testable import CopilotResources
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The web chat page in a real headless browser: the server serves `web/index.html`, Chromium loads
/// `/?q=…`, the page's own JavaScript posts the question, reads the Server-Sent Events and draws the
/// answer, the table and an SVG chart; the test then inspects the rendered DOM.
///
/// Chromium is driven over the DevTools protocol on a pipe, and the test waits (in real time) until
/// the answer bubble has replaced the "thinking…" one. `--dump-dom --virtual-time-budget` is not
/// enough: virtual time does not wait for the rest of a streamed response body, and about one run
/// in eight dumped the page mid-stream ("Running the query…").
///
/// Needs Chromium (Debian package `chromium`); skipped when it is not installed.
/// `COPILOT_WEB_SCREENSHOTS=DIR` also saves a PNG of each page there (1200×900), to look at by eye.
final class WebPageTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("web")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testPageAnswersQuestionsWithTablesAndChartsInHeadlessChromium() async throws {
        let chromium = try Self.chromiumPath()
        let configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath,
                                                 dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        let services = try await CopilotEnvironment.makeServices(configuration)
        let keys = try await CopilotEnvironment.keyStore(configuration)
        var settings = ServerConfiguration()
        settings.host = "127.0.0.1"
        settings.port = 0
        let server = CopilotServer(services: services, keys: keys, configuration: settings, registry: CopilotMetrics.registry,
                                   resources: ResourceLibrary(root: TestSupport.repositoryRoot))

        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = server.application(singleUser: true, logger: TestSupport.quietLogger) { port in
            portContinuation.yield(port)
        }
        let serverTask = Task {
            defer { portContinuation.finish() }
            try await app.run()
        }
        defer { serverTask.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            serverTask.cancel()
            _ = await serverTask.result
            return XCTFail("the server did not start")
        }

        let base = "http://127.0.0.1:\(port)/"
        let pages = try await render(chromium, visits: [
            Visit(url: base + "?q=revenue%20by%20category%20in%202024", followUp: "and 2023?"),
            Visit(url: base + "?q=monthly%20orders%20in%202025"),
            Visit(url: base + "?q=what%20is%20our%20return%20policy%3F"),
            Visit(url: base + "?q=how%20are%20we%20doing%3F"),
        ])
        let sessions = try await services.engine.store.sessions(owner: Caller.local.id, limit: 10)
        serverTask.cancel()
        _ = await serverTask.result
        XCTAssertEqual(pages.count, 4)
        guard pages.count == 4 else { return }
        for page in pages {
            XCTAssertEqual(page.problems, [], "the page logged errors")
            XCTAssertTrue(page.summary.welcomeHidden, "the welcome panel gives way to the conversation")
        }

        // A ranking: the answer names the top category, with a table and a bar chart.
        let ranking = pages[0]
        let answer = try XCTUnwrap(ranking.summary.answers.first, "no answer:\n\(ranking.excerpt)")
        XCTAssertEqual(answer.kind, "answer", ranking.excerpt)
        XCTAssertTrue(answer.content.contains("Electronics"), "the answer does not mention the top category:\n\(ranking.excerpt)")
        XCTAssertFalse(answer.text.isEmpty, "the answer's words are shown")
        let table = try XCTUnwrap(ranking.summary.tables.first, "no result table:\n\(ranking.excerpt)")
        XCTAssertGreaterThanOrEqual(table.rows, 8, "one row per category")
        XCTAssertEqual(table.firstCell, "Electronics")
        XCTAssertTrue(table.rightAlignedNumbers, "numbers are right-aligned")
        XCTAssertNotNil(table.text.range(of: #"[0-9],[0-9]{3}\.[0-9]{2}"#, options: .regularExpression),
                        "numbers have thousands separators:\n\(table.text)")
        let bars = try XCTUnwrap(ranking.summary.charts.first, "no SVG chart:\n\(ranking.excerpt)")
        XCTAssertGreaterThanOrEqual(bars.bars, 8, "one bar per category")
        XCTAssertTrue(bars.text.contains("Electronics"), "bars are labelled with the categories")
        XCTAssertGreaterThanOrEqual(ranking.summary.sqlBlocks, 1, "the SQL is shown in a collapsible block")
        // The follow-up typed into the box (Enter sends) continues the same session.
        XCTAssertEqual(ranking.summary.answers.count, 2, ranking.excerpt)
        XCTAssertEqual(ranking.summary.answers.last?.kind, "answer")
        XCTAssertTrue(ranking.summary.answers.last?.text.contains("2023") ?? false, ranking.excerpt)
        XCTAssertEqual(sessions.first { $0.title == "revenue by category in 2024" }?.turnCount, 2, "the follow-up kept the session")

        // A monthly series: a line chart.
        let series = pages[1]
        XCTAssertEqual(series.summary.answers.first?.kind, "answer", series.excerpt)
        let line = try XCTUnwrap(series.summary.charts.first, "no SVG chart:\n\(series.excerpt)")
        XCTAssertGreaterThanOrEqual(line.lines, 1, "a line chart draws a path")
        XCTAssertEqual(line.bars, 0)
        XCTAssertEqual(series.summary.tables.first?.rows, 12, "one row per month")

        // A policy question: quoted from the knowledge base, with its sources.
        let policy = pages[2]
        XCTAssertEqual(policy.summary.answers.first?.kind, "knowledge", policy.excerpt)
        XCTAssertGreaterThanOrEqual(policy.summary.citations, 1, "the sources are listed")
        XCTAssertEqual(policy.summary.tables.count, 0)

        // A vague question: the copilot asks back and offers readings as chips.
        let vague = pages[3]
        XCTAssertEqual(vague.summary.answers.first?.kind, "clarification", vague.excerpt)
        XCTAssertGreaterThanOrEqual(vague.summary.suggestionChips, 1, "suggestions are offered")
    }

    // MARK: - Chromium

    /// The Chromium binary; the test fails when it is not installed.
    private static func chromiumPath() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let configured = environment["CHROMIUM"], !configured.isEmpty { candidates.append(configured) }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome", "chrome"] {
                candidates.append("\(folder)/\(name)")
            }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw TestProcess.Missing(description: "Chromium is not installed (apt-get install -y chromium); .ci/run installs it")
        }
        return found
    }

    /// Opens each visit in one headless Chromium (on its own thread: the driver blocks on the pipe)
    /// and returns the pages once their answers are drawn. Everything is bounded by `timeout`.
    private func render(_ chromium: String, visits: [Visit], timeout: TimeInterval = 60) async throws -> [RenderedPage] {
        let run = directory.appendingPathComponent("chromium", isDirectory: true)
        let screenshots = ProcessInfo.processInfo.environment["COPILOT_WEB_SCREENSHOTS"].flatMap { $0.isEmpty ? nil : $0 }
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result {
                    let browser = try HeadlessChromium(executable: chromium, workDirectory: run, deadline: Date().addingTimeInterval(timeout))
                    defer { browser.close() }
                    return try visits.enumerated().map { index, visit in
                        try browser.render(visit, screenshot: screenshots.map { "\($0)/page-\(index + 1).png" })
                    }
                })
            }
            thread.start()
        }
    }
}

/// A page to open, and optionally a follow-up question to type into the box once it has answered.
private struct Visit: Sendable {
    var url: String
    var followUp: String?
}

/// What the test reads from a rendered page (computed in the page by ``HeadlessChromium/summaryScript``).
private struct PageSummary: Decodable, Sendable {
    struct Answer: Decodable, Sendable {
        /// `data-kind`.
        var kind: String
        /// The `.answer-text` element's text.
        var text: String
        /// The whole bubble's text.
        var content: String
    }

    struct Table: Decodable, Sendable {
        var rows: Int
        var firstCell: String
        var rightAlignedNumbers: Bool
        var text: String
    }

    struct Chart: Decodable, Sendable {
        var bars: Int
        var lines: Int
        var text: String
    }

    var answers: [Answer]
    var tables: [Table]
    var charts: [Chart]
    var sqlBlocks: Int
    var citations: Int
    var suggestionChips: Int
    var welcomeHidden: Bool
}

private struct RenderedPage: Sendable {
    var summary: PageSummary
    var dom: String
    /// Uncaught exceptions and console or network errors the page logged.
    var problems: [String]

    /// The conversation, for failure messages.
    var excerpt: String {
        guard let start = dom.range(of: "<div id=\"thread\"") else { return String(dom.suffix(2_000)) }
        return String(dom[start.lowerBound...].prefix(3_000))
    }
}

private struct BrowserError: Error, CustomStringConvertible {
    var description: String
}

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: the
/// browser reads commands on descriptor 3 and writes replies on descriptor 4, each a JSON message
/// ending in NUL). Blocking; use it from one thread.
private final class HeadlessChromium {
    /// Null until the page shows `EXPECTED` answers and nothing is pending; then what the test
    /// checks, as JSON.
    static let summaryScript = """
        (() => {
          if (document.querySelectorAll('.answer').length < EXPECTED || document.querySelector('.pending')) return null;
          const text = (node) => (node ? node.textContent : '');
          return JSON.stringify({
            answers: [...document.querySelectorAll('.answer')].map((a) => ({
              kind: a.dataset.kind || '', text: text(a.querySelector('.answer-text')), content: a.textContent })),
            tables: [...document.querySelectorAll('table.result-table')].map((t) => ({
              rows: t.querySelectorAll('tbody tr').length,
              firstCell: text(t.querySelector('tbody td')),
              rightAlignedNumbers: [...t.querySelectorAll('td.num')].some((td) => getComputedStyle(td).textAlign === 'right'),
              text: t.textContent })),
            charts: [...document.querySelectorAll('svg.chart')].map((s) => ({
              bars: s.querySelectorAll('rect').length, lines: s.querySelectorAll('path.line, polyline').length, text: s.textContent })),
            sqlBlocks: document.querySelectorAll('details.sql pre').length,
            citations: document.querySelectorAll('.answer .citations li').length,
            suggestionChips: document.querySelectorAll('.answer .suggestions .chip').length,
            welcomeHidden: document.getElementById('welcome').hidden,
          });
        })()
        """

    /// Types `QUESTION` into the message box and presses Enter.
    static let typeScript = """
        (() => {
          const box = document.getElementById('message');
          box.value = QUESTION;
          box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
          return true;
        })()
        """

    private let process = Process()
    private let commands: FileHandle
    private let replies: Int32
    private let errorLog: URL
    private let deadline: Date
    private var buffer: [UInt8] = []
    private var lastID = 0
    private var problems: [String] = []

    init(executable: String, workDirectory: URL, deadline: Date) throws {
        self.deadline = deadline
        signal(SIGPIPE, SIG_IGN)  // a browser that died must not take the test process with it
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        errorLog = workDirectory.appendingPathComponent("chromium.log")
        guard FileManager.default.createFile(atPath: errorLog.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let toBrowser = Pipe()
        let fromBrowser = Pipe()
        commands = toBrowser.fileHandleForWriting
        replies = fromBrowser.fileHandleForReading.fileDescriptor
        // The shell hands our pipes to the browser as descriptors 3 and 4.
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null", executable,
                             "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                             "--disable-background-networking", "--disable-component-update", "--mute-audio",
                             "--hide-scrollbars", "--remote-debugging-pipe",
                             "--user-data-dir=\(workDirectory.appendingPathComponent("profile").path)", "about:blank"]
        process.standardInput = toBrowser
        process.standardOutput = fromBrowser
        process.standardError = try FileHandle(forWritingTo: errorLog)
        try process.run()
    }

    /// Loads the page, waits until it has answered (and answered the follow-up), and reads it.
    func render(_ visit: Visit, screenshot: String?) throws -> RenderedPage {
        problems = []
        let target = try string(send("Target.createTarget", ["url": "about:blank"]), "targetId")
        let session = try string(send("Target.attachToTarget", ["targetId": target, "flatten": true]), "sessionId")
        for domain in ["Runtime", "Log", "Page"] { try send("\(domain).enable", session: session) }
        try send("Emulation.setDeviceMetricsOverride", ["width": 1200, "height": 900, "deviceScaleFactor": 1, "mobile": false],
                 session: session)
        try send("Page.navigate", ["url": visit.url], session: session)
        var summary = try waitForAnswers(1, session: session)
        if let followUp = visit.followUp {
            let literal = String(decoding: try JSONEncoder().encode(followUp), as: UTF8.self)
            try evaluate(Self.typeScript.replacingOccurrences(of: "QUESTION", with: literal), session: session)
            summary = try waitForAnswers(2, session: session)
        }
        let page = RenderedPage(summary: summary, dom: try dom(session), problems: problems)
        if let screenshot {
            let shot = try send("Page.captureScreenshot", ["format": "png"], session: session)
            if let data = Data(base64Encoded: try string(shot, "data")) {
                try data.write(to: URL(fileURLWithPath: screenshot))
            }
        }
        try send("Target.closeTarget", ["targetId": target])
        return page
    }

    /// Polls the page (in real time, until the deadline) for `count` finished answers.
    private func waitForAnswers(_ count: Int, session: String) throws -> PageSummary {
        let script = Self.summaryScript.replacingOccurrences(of: "EXPECTED", with: String(count))
        while Date() < deadline {
            // Fails while a navigation swaps documents; then simply ask again.
            if let json = (try? evaluate(script, session: session)) as? String {
                return try JSONDecoder().decode(PageSummary.self, from: Data(json.utf8))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw BrowserError(description: "the page did not show \(count) answer(s) in time:\n\((try? dom(session)) ?? "")")
    }

    /// The value of a JavaScript expression in the page.
    @discardableResult
    private func evaluate(_ expression: String, session: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true], session: session)
        if let details = result["exceptionDetails"] as? [String: Any] {
            throw BrowserError(description: "script failed: \(details["text"] ?? details)")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Asks the browser to quit, and kills it if it does not.
    func close() {
        _ = try? send("Browser.close")
        let until = Date().addingTimeInterval(3)
        while process.isRunning, Date() < until { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? commands.close()
    }

    private func dom(_ session: String) throws -> String {
        try evaluate("document.documentElement.outerHTML", session: session) as? String ?? ""
    }

    private func string(_ object: [String: Any], _ key: String) throws -> String {
        guard let value = object[key] as? String else { throw BrowserError(description: "no \(key) in \(object)") }
        return value
    }

    /// Sends one command and waits for its reply, noting the events that arrive meanwhile.
    @discardableResult
    private func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil) throws -> [String: Any] {
        lastID += 1
        let id = lastID
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try commands.write(contentsOf: data)
        while true {
            let reply = try readMessage()
            guard let replyID = reply["id"] as? Int else {
                note(reply)
                continue
            }
            guard replyID == id else { continue }
            if let error = reply["error"] as? [String: Any] {
                throw BrowserError(description: "\(method): \(error["message"] ?? error)")
            }
            return reply["result"] as? [String: Any] ?? [:]
        }
    }

    private func note(_ event: [String: Any]) {
        let params = event["params"] as? [String: Any] ?? [:]
        switch event["method"] as? String {
        case "Runtime.exceptionThrown":
            let details = params["exceptionDetails"] as? [String: Any] ?? [:]
            let exception = (details["exception"] as? [String: Any])?["description"] as? String
            problems.append("exception: \(exception ?? details["text"] as? String ?? "\(details)")")
        case "Runtime.consoleAPICalled" where params["type"] as? String == "error":
            let args = (params["args"] as? [[String: Any]] ?? []).map { "\($0["value"] ?? $0["description"] ?? "")" }
            problems.append("console.error: \(args.joined(separator: " "))")
        case "Log.entryAdded":
            let entry = params["entry"] as? [String: Any] ?? [:]
            if entry["level"] as? String == "error" {
                problems.append("\(entry["source"] ?? "log"): \(entry["text"] ?? "") \(entry["url"] ?? "")")
            }
        default:
            break
        }
    }

    private func readMessage() throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Data(buffer[..<end])
                buffer.removeFirst(end + 1)
                if let object = try JSONSerialization.jsonObject(with: message) as? [String: Any] { return object }
                continue
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw BrowserError(description: "Chromium did not answer in time\(logTail)") }
            var descriptor = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining, 1) * 1_000) + 1)
            if ready < 0, errno != EINTR { throw BrowserError(description: "poll failed: \(errno)") }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = read(replies, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw BrowserError(description: "Chromium closed the DevTools pipe\(logTail)") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private var logTail: String {
        let log = (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
        let lines = log.split(separator: "\n").filter { !$0.contains("dbus") }
        return lines.isEmpty ? "" : ":\n" + lines.suffix(20).joined(separator: "\n")
    }
}
