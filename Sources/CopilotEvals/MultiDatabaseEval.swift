import CopilotCore
import Foundation

/// Runs a suite whose cases name their own databases (`db` in the suite file): each database gets
/// one engine — with the model drafted for it — built once and reused for all of its cases, and the
/// report breaks the scores down per database as well as in total.
public struct MultiDatabaseEval: Sendable {
    /// Builds the engine for a database path (nil: the engine of the command line's `--db`).
    public typealias EngineFactory = @Sendable (String?) async throws -> CopilotEngine

    public let makeEngine: EngineFactory
    /// Applied to each database's runner (the comparator, a reference database).
    public var configure: @Sendable (inout EvalRunner) -> Void = { _ in }

    public init(makeEngine: @escaping EngineFactory) {
        self.makeEngine = makeEngine
    }

    /// The name a database is reported under: its file name without extension.
    public static func name(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    public func run(_ suite: QuestionSuite) async -> MultiDatabaseReport {
        var order: [String?] = []
        var groups: [String?: [QuestionSuite.Case]] = [:]
        for item in suite.cases {
            if groups[item.database] == nil { order.append(item.database) }
            groups[item.database, default: []].append(item)
        }
        var parts: [MultiDatabaseReport.Part] = []
        for database in order {
            let cases = groups[database] ?? []
            let name = database.map(Self.name(of:)) ?? "default"
            do {
                var runner = EvalRunner(engine: try await makeEngine(database))
                configure(&runner)
                parts.append(.init(database: name, report: await runner.run(QuestionSuite(cases: cases))))
            } catch {
                // A database that cannot be opened or modelled fails all of its cases, visibly.
                let message = "could not prepare \(name): \(userFacing(error).message)"
                let records = cases.flatMap { item in
                    item.turns.enumerated().map { number, turn in
                        EvalRunner.Record(id: item.id, class: item.class, database: name, turn: number + 1, question: turn.question,
                                          expected: (turn.expect ?? .answer).rawValue, verdict: .failed, kind: "error", text: message,
                                          milliseconds: 0)
                    }
                }
                parts.append(.init(database: name, report: EvalRunner.Report(records: records)))
            }
        }
        return MultiDatabaseReport(parts: parts)
    }
}

/// Scores of a multi-database suite: one ``EvalRunner/Report`` per database and their total.
public struct MultiDatabaseReport: Sendable, Encodable {
    public struct Part: Sendable {
        public var database: String
        public var report: EvalRunner.Report
    }

    /// One database's figures, without its records (they are listed once, in the total).
    public struct Summary: Sendable, Encodable, Equatable {
        public var database: String
        public var total: Int
        public var correct: Int
        public var clarified: Int
        public var wrong: Int
        public var failed: Int
        public var accuracy: Double
        public var wrongRate: Double
        public var clarificationRate: Double

        enum CodingKeys: String, CodingKey {
            case database = "db", total, correct, clarified, wrong, failed, accuracy
            case wrongRate = "wrong_rate"
            case clarificationRate = "clarification_rate"
        }

        init(database: String, report: EvalRunner.Report) {
            self.database = database
            total = report.total
            correct = report.correct
            clarified = report.clarified
            wrong = report.wrong
            failed = report.failed
            accuracy = report.accuracy
            wrongRate = report.wrongRate
            clarificationRate = report.clarificationRate
        }
    }

    public var parts: [Part]

    /// Every record of every database.
    public var total: EvalRunner.Report { EvalRunner.Report(records: parts.flatMap(\.report.records)) }

    public var summaries: [Summary] { parts.map { Summary(database: $0.database, report: $0.report) } }

    enum CodingKeys: String, CodingKey {
        case databases, total
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(summaries, forKey: .databases)
        try container.encode(total, forKey: .total)
    }
}
