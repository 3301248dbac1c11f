import CopilotCore

/// Runs a ``QuestionSuite`` against a ``CopilotEngine`` and scores execution accuracy.
public struct EvalRunner: Sendable {
    public let engine: CopilotEngine
    public var comparator = ResultComparator()
    /// Where the suites' reference SQL runs (it is written for SQLite); nil for the engine's own
    /// database. Set it to the SQLite demo when the engine reads the same demo in PostgreSQL.
    public var reference: GuardedSQLRunner?

    public init(engine: CopilotEngine) {
        self.engine = engine
    }

    /// One scored turn.
    public struct Record: Sendable, Encodable {
        public enum Verdict: String, Sendable, Encodable {
            /// Right result (or, for vague questions, a clarification; for help, the help text).
            case correct
            /// Asked back on a question it should have answered: not wrong, not right.
            case clarified
            /// Answered with a result that does not match the reference (or answered a vague question).
            case wrong
            /// Refused, failed, or the reference itself failed.
            case failed
        }

        public var id: String
        public var `class`: String
        /// The database of a multi-database suite (its file name without extension); nil otherwise.
        public var database: String?
        public var turn: Int
        public var question: String
        public var expected: String
        public var verdict: Verdict
        public var kind: String
        public var text: String
        public var sql: String?
        public var referenceSQL: String?
        public var result: QueryResult?
        public var referenceResult: QueryResult?
        public var milliseconds: Double

        enum CodingKeys: String, CodingKey {
            case id, `class`, turn, question, expected, verdict, kind, text, sql, result, milliseconds
            case database = "db"
            case referenceSQL = "reference_sql"
            case referenceResult = "reference_result"
        }
    }

    public struct Report: Sendable, Encodable {
        public var records: [Record]

        public init(records: [Record]) { self.records = records }

        public var total: Int { records.count }
        public var correct: Int { records.filter { $0.verdict == .correct }.count }
        public var clarified: Int { records.filter { $0.verdict == .clarified }.count }
        public var wrong: Int { records.filter { $0.verdict == .wrong }.count }
        public var failed: Int { records.filter { $0.verdict == .failed }.count }
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
        public var clarificationRate: Double { total == 0 ? 0 : Double(clarified) / Double(total) }
        public var wrongRate: Double { total == 0 ? 0 : Double(wrong) / Double(total) }
        /// Refusals, errors and answers of the wrong kind (a document for a data question).
        public var errorRate: Double { total == 0 ? 0 : Double(failed) / Double(total) }

        /// Latency percentile (0–100) of answering, in milliseconds.
        public func latency(percentile: Double) -> Double {
            let sorted = records.map(\.milliseconds).sorted()
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((percentile / 100 * Double(sorted.count - 1)).rounded())
            return sorted[min(max(rank, 0), sorted.count - 1)]
        }

        enum CodingKeys: String, CodingKey {
            case records, total, correct, clarified, wrong, failed, accuracy
            case clarificationRate = "clarification_rate"
            case wrongRate = "wrong_rate"
            case errorRate = "error_rate"
            case latencyP50 = "latency_p50_ms"
            case latencyP95 = "latency_p95_ms"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(total, forKey: .total)
            try container.encode(correct, forKey: .correct)
            try container.encode(clarified, forKey: .clarified)
            try container.encode(wrong, forKey: .wrong)
            try container.encode(failed, forKey: .failed)
            try container.encode(accuracy, forKey: .accuracy)
            try container.encode(clarificationRate, forKey: .clarificationRate)
            try container.encode(wrongRate, forKey: .wrongRate)
            try container.encode(errorRate, forKey: .errorRate)
            try container.encode(latency(percentile: 50), forKey: .latencyP50)
            try container.encode(latency(percentile: 95), forKey: .latencyP95)
            try container.encode(records, forKey: .records)
        }
    }

    public func run(_ suite: QuestionSuite) async -> Report {
        var records: [Record] = []
        for item in suite.cases {
            var conversation = ConversationContext.fresh
            for (number, turn) in item.turns.enumerated() {
                let outcome = await engine.answer(turn.question, conversation: conversation)
                conversation = conversation.following(turn.question, outcome)
                records.append(await score(item: item, turnNumber: number + 1, turn: turn, reply: outcome.reply))
            }
        }
        return Report(records: records)
    }

    private func score(item: QuestionSuite.Case, turnNumber: Int, turn: QuestionSuite.Item, reply: ChatReply) async -> Record {
        let expected = turn.expect ?? (turn.sql == nil ? .clarification : .answer)
        var record = Record(id: item.id, class: item.class, database: item.database.map(MultiDatabaseEval.name(of:)), turn: turnNumber, question: turn.question, expected: expected.rawValue,
                            verdict: .failed, kind: reply.kind.rawValue, text: reply.text, sql: reply.sql,
                            referenceSQL: turn.sql, result: reply.result, referenceResult: nil,
                            milliseconds: reply.timingsMS.total)
        switch expected {
        case .clarification:
            record.verdict = reply.kind == .clarification || (reply.kind == .answer && reply.sql == nil) ? .correct
                : reply.kind == .answer ? .wrong : .failed
        case .help:
            record.verdict = reply.kind == .answer && reply.sql == nil ? .correct : reply.kind == .clarification ? .clarified : .wrong
        case .knowledge:
            // Answered from the documents, citing the one that holds the answer.
            if reply.kind == .knowledge {
                record.verdict = turn.source.map { source in reply.citations.contains { $0.source == source } } ?? true ? .correct : .wrong
            } else {
                record.verdict = reply.kind == .clarification ? .clarified : reply.kind == .answer ? .wrong : .failed
            }
        case .answer:
            guard let sql = turn.sql, let reference = await runReference(sql) else {
                record.verdict = .failed
                return record
            }
            record.referenceResult = reference.result
            switch reply.kind {
            case .clarification:
                record.verdict = .clarified
            case .answer:
                guard let result = reply.result else {
                    record.verdict = .wrong
                    return record
                }
                record.verdict = comparator.matches(generated: result, reference: reference.result, ordered: turn.ordered ?? false)
                    ? .correct : .wrong
            default:
                record.verdict = .failed
            }
        }
        return record
    }

    /// Runs a reference query. Suites written for SQLite (Spider's) quote strings with double quotes,
    /// which SQLite reads as literals but the guard reads as column names: a reference refused so is
    /// retried with those quotes made single.
    private func runReference(_ sql: String) async -> GuardedSQLRunner.Run? {
        let runner = self.reference ?? engine.runner
        if let run = try? await runner.run(sql, origin: "eval-reference") { return run }
        let literal = Self.singleQuotingStrings(sql)
        guard literal != sql else { return nil }
        return try? await runner.run(literal, origin: "eval-reference")
    }

    /// `WHERE name = "South"` → `WHERE name = 'South'` (quotes inside single-quoted text untouched).
    static func singleQuotingStrings(_ sql: String) -> String {
        var result = ""
        var inSingle = false
        var inDouble = false
        for character in sql {
            switch character {
            case "'" where inDouble: result += "''"
            case "'": inSingle.toggle(); result.append(character)
            case "\"" where !inSingle: inDouble.toggle(); result.append("'")
            default: result.append(character)
            }
        }
        return result
    }
}
