import ArgumentParser
import CopilotCore
import CopilotEvals
import CopilotLLM
import CopilotResources
import CopilotSQLite
import Foundation
import RetailCopilot

/// `copilot eval`: score the planner (and the guard) against the eval suites.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score execution accuracy on the eval suites (or the SQL safety suite).",
        discussion: "Without --suite, runs evals/questions.jsonl and evals/conversations.jsonl. A safety suite (evals/safety.jsonl) is recognised by its content. Cases with a `db` path (relative to the suite file) are asked against that database with its drafted model (no --model, no shipped knowledge) and reported per database, e.g. --suite evals/spider-commerce/questions.jsonl."
    )

    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: "A suite file (JSON Lines). Repeatable.")
    var suite: [String] = []

    @Flag(name: .long, help: "Print per-case records and totals as JSON.")
    var json = false

    @Flag(name: .long, help: "Print every failing case in text mode.")
    var verbose = false

    @Option(name: .long, help: "Exit non-zero when accuracy is below this fraction (e.g. 0.95).")
    var minAccuracy: Double?

    @Option(name: .customLong("reference-db"), help: "Run the suites' reference SQL (written for SQLite) on this SQLite file, e.g. the same demo when --db is PostgreSQL.")
    var referenceDB: String?

    func run() async throws {
        let names = suite.isEmpty ? ["evals/questions.jsonl", "evals/conversations.jsonl"] : suite
        var cases: [QuestionSuite.Case] = []
        for name in names {
            // The suites live in the checkout, not in the binary.
            guard let text = try? String(contentsOfFile: name, encoding: .utf8) else {
                throw ValidationError("cannot read suite \(name); run from a checkout or pass --suite FILE")
            }
            if text.contains("\"expect\": \"blocked\"") || text.contains("\"expect\":\"blocked\"") {
                try await runSafety(text: text, engine: try await engine.makeEngine())
                return
            }
            if KnowledgeSuite.recognises(text) {
                try await runKnowledge(text: text)
                return
            }
            let base = URL(fileURLWithPath: name).deletingLastPathComponent()
            cases += try QuestionSuite(jsonLines: text, base: base).cases
        }
        if cases.contains(where: { $0.database != nil }) {
            try await runMultiDatabase(cases)
            return
        }
        let engine = try await engine.makeEngine()
        var runner = EvalRunner(engine: engine)
        if let referenceDB {
            guard FileManager.default.fileExists(atPath: referenceDB) else { throw ValidationError("no SQLite file at \(referenceDB)") }
            runner.reference = GuardedSQLRunner(database: try SQLiteReportingDatabase(path: referenceDB))
        }
        let report = await runner.run(QuestionSuite(cases: cases))
        if json {
            try Console.printJSON(report)
        } else {
            printSummary(report)
        }
        if let ledger = (engine.planning.model as? LLMPlanner)?.usageLedger {
            let usage = await ledger.snapshot()
            let perQuestion = { (value: Int) in report.total == 0 ? 0 : Double(value) / Double(report.total) }
            let line = String(format: "llm (%@): %d of %d questions needed the model · %.2f calls/question · %.0f tokens/question (prompt %d, completion %d) · %d fallbacks",
                              engine.planning.mode.rawValue, usage.questionsUsingLLM, report.total, perQuestion(usage.calls),
                              perQuestion(usage.usage.totalTokens), usage.usage.promptTokens, usage.usage.completionTokens, usage.fallbacks)
            if json { Console.note(line) } else { print(line) }
        }
        if let minAccuracy, report.accuracy < minAccuracy { throw ExitCode(1) }
    }

    /// A suite whose cases name their databases: one engine per database (drafted model, its own
    /// value index, no shipped knowledge), scores per database and in total.
    private func runMultiDatabase(_ cases: [QuestionSuite.Case]) async throws {
        let base = engine.configuration
        let eval = MultiDatabaseEval { database in
            var configuration = base
            guard let database else { return try await CopilotEnvironment.makeEngine(configuration, notice: { Console.note($0) }) }
            configuration.database = database
            // --model describes the command line's database, not the suite's.
            configuration.modelPath = nil
            return try await CopilotEnvironment.makeEngine(configuration, notice: { Console.note($0) })
        }
        let report = await eval.run(QuestionSuite(cases: cases))
        let total = report.total
        if json {
            try Console.printJSON(report)
        } else {
            print("  \("database".padding(toLength: 34, withPad: " ", startingAt: 0))     EX  wrong  clarified  failed")
            for summary in report.summaries {
                print(String(format: "  %@ %5.1f%%  %5.1f%%  %8.1f%%  %6d  (%d)", summary.database.padding(toLength: 34, withPad: " ", startingAt: 0),
                             summary.accuracy * 100, summary.wrongRate * 100, summary.clarificationRate * 100, summary.failed, summary.total))
            }
            printSummary(total, byClass: false)
        }
        if let minAccuracy, total.accuracy < minAccuracy { throw ExitCode(1) }
    }

    private func printSummary(_ report: EvalRunner.Report, byClass: Bool = true) {
        if verbose {
            for record in report.records where record.verdict != .correct {
                print("✗ \(record.database.map { "\($0) " } ?? "")\(record.id)#\(record.turn) [\(record.class)] \(record.verdict.rawValue): \(record.question)")
                print("   said: \(record.text.prefix(160))")
                if let sql = record.sql { print("   sql:  \(sql.replacingOccurrences(of: "\n", with: " ").prefix(400))") }
                if let reference = record.referenceSQL { print("   ref:  \(reference.replacingOccurrences(of: "\n", with: " ").prefix(400))") }
            }
        }
        let classes = byClass ? Dictionary(grouping: report.records, by: \.class) : [:]
        for (name, records) in classes.sorted(by: { $0.key < $1.key }) {
            let correct = records.filter { $0.verdict == .correct }.count
            print("  \(name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(correct)/\(records.count)")
        }
        print(String(format: "execution accuracy %.1f%% (%d/%d) · clarified %.1f%% · wrong %.1f%% · failed %d · latency p50 %.2f ms, p95 %.2f ms",
                     report.accuracy * 100, report.correct, report.total, report.clarificationRate * 100,
                     report.wrongRate * 100, report.failed, report.latency(percentile: 50), report.latency(percentile: 95)))
    }

    private func runKnowledge(text: String) async throws {
        let knowledge = try await CopilotEnvironment.knowledgeBase(engine.configuration, model: try SemanticModel.demo(), shipped: true)
        let report = await (try KnowledgeSuite(jsonLines: text)).run(with: knowledge)
        if json {
            try Console.printJSON(report)
        } else {
            if verbose {
                for outcome in report.outcomes where outcome.rank != 1 {
                    print("✗ \(outcome.id) \(outcome.question)\n   expected \(outcome.expected)\n   got      \(outcome.top.first ?? "nothing")")
                }
            }
            let times = report.outcomes.map(\.milliseconds).sorted()
            print(String(format: "knowledge: recall@1 %.1f%% · recall@3 %.1f%% (%d questions) · search p50 %.2f ms",
                         report.recallAt1 * 100, report.recallAt3 * 100, report.outcomes.count, times.isEmpty ? 0 : times[times.count / 2]))
        }
        if let minAccuracy, report.recallAt3 < minAccuracy { throw ExitCode(1) }
    }

    private func runSafety(text: String, engine: CopilotEngine) async throws {
        let suite = try SafetySuite(jsonLines: text)
        let report = await suite.run(with: engine.runner)
        if json {
            try Console.printJSON(report.outcomes)
        } else {
            for failure in report.failures { print("✗ \(failure.id) expected \(failure.expected), observed \(failure.observed)") }
            let slowest = report.slowestBlocked.map { String(format: "%@ %.1f ms", $0.id, $0.milliseconds) } ?? "-"
            print("safety: \(report.attacks) attacks, \(report.controls) controls, \(report.failures.count) failures; slowest refusal \(slowest)")
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
