import CopilotCore
import CopilotKnowledge
import CopilotPostgres
import CopilotSQLite
import Foundation

/// Measures a turn stage by stage (plan, compile, guard, execute, answer, persist) on the eval
/// suite's questions, next to bare execution of the same SQL through the database's C API (SQLite's
/// or libpq), so the copilot's overhead is visible as a ratio and in microseconds.
public struct Benchmark: Sendable {
    public let engine: CopilotEngine
    public let planner: OfflinePlanner
    /// The reporting database, opened separately for bare execution.
    public let bareTarget: BareTarget

    /// Where bare SQL runs: a plain connection with none of the copilot's guard rails (no read-only
    /// transaction, time limit or row cap), fetching every row.
    public enum BareTarget: Sendable {
        case sqlite(path: String)
        case postgres(url: String)

        /// The target behind a reporting database, when it is one we can open directly.
        public init?(_ database: any ReportingDatabase) {
            if let sqlite = database as? SQLiteReportingDatabase {
                self = .sqlite(path: sqlite.path)
            } else if let postgres = database as? PostgresReportingDatabase {
                self = .postgres(url: postgres.url)
            } else {
                return nil
            }
        }

        public var isPostgres: Bool {
            if case .postgres = self { return true }
            return false
        }

        /// Opens the connection and returns a function that runs one query to its last row.
        func open() throws -> (String) throws -> Void {
            switch self {
            case .sqlite(let path):
                let raw = try Connection(path: path, mode: .readOnly)
                return { sql in
                    let statement = try raw.prepare(sql)
                    while try statement.step() { _ = statement.row() }
                }
            case .postgres(let url):
                let raw = try PostgresConnection(url: url, applicationName: "retail-copilot-bench")
                return { sql in _ = try raw.query(sql, context: "bare benchmark query") }
            }
        }
    }

    /// Who asks the benchmark's questions.
    static let caller = Caller(id: "bench", name: "benchmark", role: .viewer)

    public init(engine: CopilotEngine, planner: OfflinePlanner, bareTarget: BareTarget) {
        self.engine = engine
        self.planner = planner
        self.bareTarget = bareTarget
    }

    public struct Stats: Sendable, Codable {
        public var p50: Double
        public var p95: Double
        public var p99: Double
        public var mean: Double

        public init(_ samples: [Double]) {
            let sorted = samples.sorted()
            func at(_ q: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((q * Double(sorted.count - 1)).rounded()))] }
            p50 = at(0.5)
            p95 = at(0.95)
            p99 = at(0.99)
            mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        }
    }

    public struct Report: Sendable, Codable {
        /// Microseconds per stage.
        public var stages: [String: Stats]
        public var bareSQL: Stats
        public var turn: Stats
        /// Everything but SQL execution, per turn.
        public var overhead: Stats
        /// Turn time / bare SQL time, per question.
        public var ratio: Stats
        public var turnsPerSecond: Double
        public var questions: Int
        public var rounds: Int
        /// Guard validation of a typical ~500-character query, microseconds.
        public var guardTypicalQuery: Stats
        public var typicalQueryLength: Int
        /// Whole `CopilotEngine.ask` calls (new session, plan, SQL, answer, stored turn), microseconds.
        public var ask: Stats
        /// `ask` minus its SQL execution, microseconds: what the copilot adds to the query.
        public var askOverhead: Stats
        /// Questions whose SQL read a daily rollup instead of the base tables.
        public var rollupAnswers: Int
        /// Planning a long question (several hundred words, pasted text), microseconds.
        public var planLongQuestion: Stats
        public var longQuestionLength: Int
        /// Planning a question of about 2,000 characters in distinct unknown words (the speller's
        /// worst case: every word is looked up), microseconds.
        public var planWordyQuestion: Stats
        public var wordyQuestionLength: Int

        enum CodingKeys: String, CodingKey {
            case stages, turn, overhead, ratio, questions, rounds, ask
            case askOverhead = "ask_overhead"
            case rollupAnswers = "rollup_answers"
            case bareSQL = "bare_sql"
            case turnsPerSecond = "turns_per_second"
            case guardTypicalQuery = "guard_typical_query"
            case typicalQueryLength = "typical_query_length"
            case planLongQuestion = "plan_long_question"
            case longQuestionLength = "long_question_length"
            case planWordyQuestion = "plan_wordy_question"
            case wordyQuestionLength = "wordy_question_length"
        }
    }

    /// A realistic analyst query of about 500 characters.
    public static let typicalQuery = """
        WITH monthly AS (
          SELECT strftime('%Y-%m', o.ordered_at) AS month, c.name AS category, SUM(oi.line_total) AS revenue,
                 COUNT(DISTINCT o.order_id) AS orders
          FROM order_items oi
          JOIN orders o ON oi.order_id = o.order_id
          JOIN products p ON oi.product_id = p.product_id
          JOIN categories c ON p.category_id = c.category_id
          WHERE o.status <> 'cancelled' AND o.ordered_at >= '2025-01-01' AND o.ordered_at < '2026-01-01'
          GROUP BY 1, 2
        )
        SELECT month, category, revenue, orders, revenue / orders AS aov FROM monthly ORDER BY month, revenue DESC
        """

    public func run(questions: [String], rounds: Int = 3) async throws -> Report {
        var stages: [String: [Double]] = ["plan": [], "compile": [], "guard": [], "execute": [], "answer": [], "persist": []]
        var bare: [Double] = [], turns: [Double] = [], overheads: [Double] = [], ratios: [Double] = []
        let context = PlanningContext(asOf: engine.asOf)
        let bareQuery = try bareTarget.open()
        let session = try await engine.store.createSession(owner: Self.caller.id, title: "benchmark")
        func micros(_ start: UInt64) -> Double { Double(monotonicNanoseconds() - start) / 1_000 }

        var measuredTurns = 0
        var rollupSQL: Set<String> = []
        for _ in 0..<rounds {
            for question in questions {
                var t = monotonicNanoseconds()
                guard case .plan(let plan, _) = await planner.plan(question, context: context) else { continue }
                let plan_ = micros(t)
                t = monotonicNanoseconds()
                guard let compiled = try? engine.query.compiler.compile(plan) else { continue }
                let compile = micros(t)
                if !compiled.rollups.isEmpty { rollupSQL.insert(question) }
                t = monotonicNanoseconds()
                guard let query = try? engine.runner.validate(compiled.sql, origin: "bench") else { continue }
                let guardTime = micros(t)
                t = monotonicNanoseconds()
                guard let run = try? await engine.runner.execute(query, origin: "bench") else { continue }
                let execute = micros(t)
                t = monotonicNanoseconds()
                _ = engine.composer.answers.compose(plan: plan, compiled: compiled, result: run.result, asOf: engine.asOf, allTime: "across all data")
                let answer = micros(t)
                t = monotonicNanoseconds()
                _ = try await engine.store.appendTurn(sessionID: session.id, TurnRecord(
                    turn: 0, message: question, kind: "answer", planner: "offline", plan: plan, sql: query.sql, answer: "",
                    resultPreview: run.result, timings: nil, error: nil, createdAt: Date()))
                let persist = micros(t)
                t = monotonicNanoseconds()
                try bareQuery(query.sql)
                let bareTime = micros(t)

                stages["plan"]!.append(plan_)
                stages["compile"]!.append(compile)
                stages["guard"]!.append(guardTime)
                stages["execute"]!.append(execute)
                stages["answer"]!.append(answer)
                stages["persist"]!.append(persist)
                let total = plan_ + compile + guardTime + execute + answer + persist
                turns.append(total)
                bare.append(bareTime)
                overheads.append(total - execute)
                ratios.append(total / max(bareTime, 1))
                measuredTurns += 1
            }
        }
        _ = try await engine.store.delete(sessionID: session.id)

        // The real path, end to end: each question in a new session, as a first question would be.
        var asks: [Double] = [], askOverheads: [Double] = []
        for _ in 0..<rounds {
            for question in questions {
                let t = monotonicNanoseconds()
                let reply = try await engine.ask(question, caller: Self.caller)
                let total = micros(t)
                guard reply.kind == .answer else { continue }
                asks.append(total)
                askOverheads.append(total - reply.timingsMS.execute * 1_000)
                _ = try await engine.store.delete(sessionID: reply.sessionID)
            }
        }

        var typical: [Double] = []
        for _ in 0..<5_000 {
            let t = monotonicNanoseconds()
            _ = try? engine.runner.sqlGuard.validate(Self.typicalQuery)
            typical.append(micros(t))
        }
        // The planner's cost grows with the question: a long pasted question must stay cheap too.
        func planTimes(_ question: String) async -> [Double] {
            var times: [Double] = []
            for _ in 0..<200 {
                let t = monotonicNanoseconds()
                _ = await planner.plan(question, context: PlanningContext(asOf: engine.asOf))
                times.append(micros(t))
            }
            return times
        }
        let long = Self.longQuestion, wordy = Self.wordyQuestion
        let longPlans = await planTimes(long), wordyPlans = await planTimes(wordy)
        return Report(stages: stages.mapValues(Stats.init), bareSQL: Stats(bare), turn: Stats(turns), overhead: Stats(overheads),
                      ratio: Stats(ratios), turnsPerSecond: Double(measuredTurns) / max(turns.reduce(0, +) / 1e6, 1e-9),
                      questions: questions.count, rounds: rounds, guardTypicalQuery: Stats(typical),
                      typicalQueryLength: Self.typicalQuery.utf8.count, ask: Stats(asks), askOverhead: Stats(askOverheads),
                      rollupAnswers: rollupSQL.count, planLongQuestion: Stats(longPlans), longQuestionLength: long.utf8.count,
                      planWordyQuestion: Stats(wordyPlans), wordyQuestionLength: wordy.utf8.count)
    }

    /// A question of about 2,000 characters: a manager pasting context before asking.
    public static let longQuestion = String(repeating: "we had a busy season with lots of promotions and new stores opening in several cities, ", count: 22)
        + "so what was revenue by category and channel for Electronics and Fashion in Q3 2025 compared with last year?"

    /// About 2,000 characters of distinct made-up words of five to ten letters, then a question:
    /// none is known, so each goes through typo correction (fixed seed, same text every run).
    public static let wordyQuestion: String = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var words: [String] = []
        var length = 0
        while length < 1_900 {
            let word = String((0..<(5 + next(6))).map { _ in letters[next(letters.count)] })
            words.append(word)
            length += word.count + 1
        }
        return words.joined(separator: " ") + " revenue by channel last month?"
    }()


    /// Knowledge search latency over an index of at least `chunks` chunks, built from copies of the
    /// shipped documents, for the given questions. Milliseconds.
    public static func knowledgeSearch(documents: [String: String], questions: [String], chunks: Int, directory: URL,
                                       synonyms: [String: [String]]) async throws -> (chunks: Int, stats: Stats) {
        let knowledge = try KnowledgeBase(path: directory.appendingPathComponent("bench-knowledge.db").path, synonyms: synonyms)
        _ = try await knowledge.index(documents)
        let perCopy = max(1, try await knowledge.chunkCount())
        var scaled: [String: String] = [:]
        for copy in 0..<max(1, (chunks + perCopy - 1) / perCopy) {
            for (path, text) in documents { scaled["copy\(copy)/\(path)"] = text + "\n\nRevision \(copy)." }
        }
        _ = try await knowledge.index(scaled)
        let total = try await knowledge.chunkCount()
        var samples: [Double] = []
        for _ in 0..<3 {
            for question in questions {
                let start = monotonicNanoseconds()
                _ = try await knowledge.search(question, limit: 5)
                samples.append(Double(monotonicNanoseconds() - start) / 1e6)
            }
        }
        return (total, Stats(samples))
    }
}
