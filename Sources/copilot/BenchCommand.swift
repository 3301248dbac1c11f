import ArgumentParser
import CopilotCore
import CopilotEvals
import CopilotResources
import CopilotServer
import CopilotState
import Foundation
import Hummingbird
import Logging
import RetailCopilot

/// `copilot bench`: per-stage latency of turns on the eval questions, bare SQL for comparison, guard
/// and knowledge-search micro-benchmarks.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure turn stages (plan, compile, guard, execute, answer, persist) against bare SQL execution (SQLite or PostgreSQL)."
    )

    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: "How many times to run the question set.")
    var rounds: Int = 3

    @Option(name: .long, help: "Use only the first N eval questions (default: all that expect an answer).")
    var limit: Int?

    @Option(name: .long, help: "Chunks in the synthetic knowledge index for the search benchmark (0 skips it).")
    var knowledgeChunks: Int = 10_000

    @Flag(name: .long, help: "Also serve the API in-process on loopback: load POST /v1/chat and POST /v1/chat/completions with concurrent clients, and time MCP ask calls over /mcp.")
    var http = false

    @Option(name: .long, help: "Concurrent HTTP connections for --http.")
    var connections: Int = 8

    @Option(name: .long, help: "Seconds of HTTP load for --http.")
    var duration: Double = 10

    @Option(name: .long, help: "Question suite whose answerable questions are measured (JSON Lines).")
    var suite: String = "evals/questions.jsonl"

    @Option(name: .customLong("knowledge-suite"), help: "Questions for the knowledge-search benchmark (JSON Lines).")
    var knowledgeSuite: String = "evals/knowledge.jsonl"

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    func run() async throws {
        let services = try await engine.makeServices()
        let copilot = services.engine
        guard let target = Benchmark.BareTarget(copilot.runner.database) else {
            throw ValidationError("bench compares against bare SQL through SQLite or libpq; use a SQLite file or a postgres:// --db")
        }
        let resources = ResourceLibrary.standard()
        // The eval suites are not shipped in the binary: they are read from the checkout.
        guard let suiteText = try? String(contentsOfFile: suite, encoding: .utf8) else {
            throw ValidationError("cannot read the question suite \(suite); run from a checkout or pass --suite FILE")
        }
        let questions = try QuestionSuite(jsonLines: suiteText).cases.compactMap { $0.turns.first }.filter { ($0.expect ?? .answer) == .answer }.map(\.question)
            .prefix(limit ?? .max).map { $0 }
        let report = try await Benchmark(engine: copilot, planner: copilot.offline, bareTarget: target).run(questions: questions, rounds: max(1, rounds))

        var knowledge: (chunks: Int, stats: Benchmark.Stats)?
        if knowledgeChunks > 0 {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("copilot-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            var documents: [String: String] = [:]
            for file in resources.files(in: "knowledge", withExtension: "md") { documents[file] = resources.text(file) }
            let kbText = (try? String(contentsOfFile: knowledgeSuite, encoding: .utf8)) ?? ""
            let kbQuestions = (try? KnowledgeSuite(jsonLines: kbText))?.cases.map(\.question) ?? []
            knowledge = try await Benchmark.knowledgeSearch(documents: documents, questions: kbQuestions, chunks: knowledgeChunks, directory: directory,
                                                            synonyms: CopilotEnvironment.synonyms(from: copilot.model, thesaurus: resources.text("knowledge/thesaurus.yaml")))
        }

        var served: ServedReport?
        if http { served = try await loadOverHTTP(services, questions: questions) }
        let load = served?.chat
        let rss = HTTPLoadGenerator.residentMegabytes()

        if json {
            struct Output: Encodable {
                var turns: Benchmark.Report
                var knowledgeChunks: Int?
                var knowledgeSearchMS: Benchmark.Stats?
                var http: HTTPLoadGenerator.Report?
                var httpChatCompletions: HTTPLoadGenerator.Report?
                var mcpAsk: MCPRoundTrip.Report?
                var residentMB: Double?
                enum CodingKeys: String, CodingKey {
                    case turns, http
                    case httpChatCompletions = "http_chat_completions"
                    case mcpAsk = "mcp_ask"
                    case knowledgeChunks = "knowledge_chunks"
                    case knowledgeSearchMS = "knowledge_search_ms"
                    case residentMB = "resident_mb"
                }
            }
            return try Console.printJSON(Output(turns: report, knowledgeChunks: knowledge?.chunks, knowledgeSearchMS: knowledge?.stats,
                                                http: load, httpChatCompletions: served?.chatCompletions, mcpAsk: served?.mcpAsk,
                                                residentMB: rss))
        }
        func line(_ name: String, _ stats: Benchmark.Stats, unit: String = "µs") -> String {
            "  \(name.padding(toLength: 22, withPad: " ", startingAt: 0)) p50 \(String(format: "%9.1f", stats.p50))  p95 \(String(format: "%9.1f", stats.p95))  p99 \(String(format: "%9.1f", stats.p99)) \(unit)"
        }
        print("\(report.questions) questions × \(report.rounds) rounds on \(copilot.runner.database.displayName)")
        for name in ["plan", "compile", "guard", "execute", "answer", "persist"] { if let stats = report.stages[name] { print(line(name, stats)) } }
        print(line("turn (all stages)", report.turn))
        print(line(target.isPostgres ? "bare SQL (libpq)" : "bare SQL (C API)", report.bareSQL))
        print(line("overhead (turn − SQL)", report.overhead))
        print("  turn / bare SQL        p50 \(String(format: "%.2f", report.ratio.p50))×  p95 \(String(format: "%.2f", report.ratio.p95))×")
        print("  turns per second       \(String(format: "%.0f", report.turnsPerSecond)) (in-process, one at a time)")
        print(line("guard, \(report.typicalQueryLength)-char query", report.guardTypicalQuery))
        print(line("plan, \(report.longQuestionLength)-char question", report.planLongQuestion))
        print(line("plan, \(report.wordyQuestionLength)-char unknown words", report.planWordyQuestion))
        print(line("ask (end to end)", report.ask))
        print(line("ask − SQL execution", report.askOverhead))
        print("  rollups                \(report.rollupAnswers) of \(report.questions) questions read a daily rollup")
        if let knowledge { print(line("kb search (\(knowledge.chunks) chunks)", knowledge.stats, unit: "ms")) }
        for load in [served?.chat, served?.chatCompletions].compactMap({ $0 }) {
            print("HTTP POST \(load.endpoint.rawValue), \(load.connections) connections, \(String(format: "%.0f", load.seconds)) s: "
                  + "\(load.requests) requests, \(String(format: "%.0f", load.requestsPerSecond)) req/s, \(load.errors) errors")
            print(line("latency", load.latencyMS, unit: "ms"))
            print(line("latency − SQL execution", load.overheadMS, unit: "ms"))
            for (failure, count) in load.failures.sorted(by: { $0.key < $1.key }) { print("  failure \(failure): \(count)") }
        }
        if let mcp = served?.mcpAsk {
            print("MCP tools/call ask over Streamable HTTP, one session, \(mcp.calls) calls one at a time, \(mcp.errors) errors")
            print(line("round trip", mcp.roundTripMS, unit: "ms"))
        }
        if let rss {
            print(String(format: "  resident memory        %.1f MB", rss) + (load == nil ? "" : " (server and load generator in one process)"))
        }
    }

    /// What `--http` measured: the two chat endpoints under the same load, and MCP `ask` calls.
    struct ServedReport {
        var chat: HTTPLoadGenerator.Report
        var chatCompletions: HTTPLoadGenerator.Report
        var mcpAsk: MCPRoundTrip.Report
    }

    /// Serves the engine on an ephemeral loopback port in this process and loads it: `POST /v1/chat`,
    /// then `POST /v1/chat/completions` with the same connections and time, then MCP `ask` calls.
    private func loadOverHTTP(_ services: CopilotServices, questions: [String]) async throws -> ServedReport {
        var settings = ServerConfiguration()
        settings.port = 0
        settings.rateLimit = 1_000_000
        settings.rateBurst = 1_000_000
        // Every bench connection is one caller (keyless): give it the whole database, not a fair share.
        settings.queriesPerCaller = 1_000_000
        settings.pendingPerCaller = 1_000_000
        // Keyless whatever keys the data directory holds (keyless mode would end at the first request).
        let server = CopilotServer(services: services, keys: NoAPIKeys(), configuration: settings, registry: CopilotMetrics.registry)
        var logger = Logger(label: "copilot.bench")
        logger.logLevel = .critical  // stopping the server at the end is not an error worth printing
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = server.application(singleUser: true, logger: logger) { port in continuation.yield(port) }
        let serving = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw ValidationError("the benchmark server did not start") }
        defer { serving.cancel() }
        let base = "http://127.0.0.1:\(port)"
        let chat = try await HTTPLoadGenerator(baseURL: base, endpoint: .chat, connections: connections, duration: duration,
                                               questions: questions).run()
        let completions = try await HTTPLoadGenerator(baseURL: base, endpoint: .chatCompletions, connections: connections, duration: duration,
                                                      questions: questions).run()
        let mcp = try await MCPRoundTrip(url: base + "/mcp", questions: Array(questions.prefix(100))).run()
        return ServedReport(chat: chat, chatCompletions: completions, mcpAsk: mcp)
    }
}
