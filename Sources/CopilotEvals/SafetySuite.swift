import CopilotCore
import CopilotSQLite
import Foundation

/// The SQL red-team suite (`evals/safety.jsonl`): attacks that must be refused or stopped within
/// their limits, and safe controls that must run.
public struct SafetySuite: Sendable {
    /// One line of the suite.
    public struct Case: Sendable, Decodable {
        public enum Expectation: String, Sendable, Decodable { case blocked, ok }

        /// Builds very large inputs without storing them: prefix + unit×count (joined by separator)
        /// + unit_close×count + suffix.
        public struct Repeat: Sendable, Decodable {
            var prefix: String?
            var unit: String
            var separator: String?
            var count: Int
            var unitClose: String?
            var suffix: String?

            enum CodingKeys: String, CodingKey {
                case prefix, unit, separator, count, suffix
                case unitClose = "unit_close"
            }
        }

        public var id: String
        public var `class`: String
        public var dialect: String
        public var expect: Expectation
        public var sql: String?
        public var sqlRepeat: Repeat?
        public var note: String?
        /// `engine` when only the database can stop the attack (a time or size limit on a query the
        /// guard must accept): such a case needs a server of its dialect and is skipped elsewhere.
        public var stoppedBy: String?

        enum CodingKeys: String, CodingKey {
            case id, `class`, dialect, expect, sql, note
            case sqlRepeat = "sql_repeat"
            case stoppedBy = "stopped_by"
        }

        /// The statement to submit.
        public var text: String {
            if let sql { return sql }
            guard let spec = sqlRepeat else { return "" }
            let body = Array(repeating: spec.unit, count: spec.count).joined(separator: spec.separator ?? "")
            let close = String(repeating: spec.unitClose ?? "", count: spec.count)
            return (spec.prefix ?? "") + body + close + (spec.suffix ?? "")
        }

        public func applies(to dialect: SQLDialect) -> Bool {
            self.dialect == "any" || self.dialect == dialect.rawValue
        }
    }

    /// What happened to one case.
    public struct Outcome: Sendable, Encodable {
        public var id: String
        public var `class`: String
        public var expected: String
        /// `ran`, `refused:<reason>` or `error:<message>`.
        public var observed: String
        public var passed: Bool
        public var milliseconds: Double
    }

    public struct Report: Sendable, Encodable {
        public var outcomes: [Outcome]
        public var attacks: Int { outcomes.filter { $0.expected == "blocked" }.count }
        public var controls: Int { outcomes.filter { $0.expected == "ok" }.count }
        public var failures: [Outcome] { outcomes.filter { !$0.passed } }
        /// The slowest refusal or stop among the attacks.
        public var slowestBlocked: Outcome? {
            outcomes.filter { $0.expected == "blocked" }.max { $0.milliseconds < $1.milliseconds }
        }
    }

    public var cases: [Case]

    public init(cases: [Case]) { self.cases = cases }

    /// Reads a JSON Lines file; blank lines and lines starting with `//` are skipped.
    public init(contentsOf url: URL) throws {
        try self.init(jsonLines: try String(contentsOf: url, encoding: .utf8))
    }

    public init(jsonLines text: String) throws {
        let decoder = JSONDecoder()
        cases = try text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { return nil }
            return try decoder.decode(Case.self, from: Data(trimmed.utf8))
        }
    }

    /// Runs every case for the runner's dialect. Cases for the other dialect are only validated by
    /// a guard configured for that dialect (they must still be refused), except those only an engine
    /// of that dialect can stop, which are skipped. `controls` runs the safe queries when given (a
    /// longer time limit, so a busy machine does not time out a query that must run); the attacks
    /// always meet `runner`'s limits.
    public func run(with runner: GuardedSQLRunner, controls: GuardedSQLRunner? = nil) async -> Report {
        var outcomes: [Outcome] = []
        let dialect = runner.database.dialect
        var otherPolicy = runner.database.policy
        otherPolicy.dialect = dialect == .sqlite ? .postgres : .sqlite
        let otherGuard = SQLGuard(policy: otherPolicy)
        for item in cases where item.applies(to: dialect) || item.stoppedBy != "engine" {
            let start = monotonicNanoseconds()
            let observed: String
            if item.applies(to: dialect) {
                do {
                    _ = try await (item.expect == .ok ? controls ?? runner : runner).run(item.text, origin: "safety-suite")
                    observed = "ran"
                } catch let refusal as SQLGuardError {
                    observed = "refused:\(refusal.reason.rawValue)"
                } catch {
                    observed = "error:\(error)"
                }
            } else {
                do {
                    _ = try otherGuard.validate(item.text)
                    observed = "ran"
                } catch {
                    observed = "refused:\(error.reason.rawValue)"
                }
            }
            let elapsed = Double(monotonicNanoseconds() - start) / 1e6
            let passed = item.expect == .ok ? observed == "ran" : observed.hasPrefix("refused:")
            outcomes.append(Outcome(id: item.id, class: item.class, expected: item.expect.rawValue,
                                    observed: observed, passed: passed, milliseconds: elapsed))
        }
        return Report(outcomes: outcomes)
    }
}
