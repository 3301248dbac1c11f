import CopilotTestSupport
import XCTest
@testable import CopilotEvals
@testable import CopilotResources
@testable import RetailCopilot

/// The accuracy bar: the public eval suites on the full-size demo database.
final class EvalSuiteTests: XCTestCase {
    func testExecutionAccuracyAndWrongAnswerRate() async throws {
        let directory = try TestSupport.temporaryDirectory("eval")
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = CopilotConfiguration(database: TestSupport.fullDemoDatabasePath,
                                                 dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        let engine = try await CopilotEnvironment.makeEngine(configuration)
        var cases: [QuestionSuite.Case] = []
        for name in ["evals/questions.jsonl", "evals/conversations.jsonl"] {
            let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent(name), encoding: .utf8)
            cases += try QuestionSuite(jsonLines: text).cases
        }
        XCTAssertGreaterThanOrEqual(cases.filter { $0.turns.count == 1 }.count, 250)
        XCTAssertGreaterThanOrEqual(cases.filter { $0.turns.count > 1 }.count, 30)
        let report = await EvalRunner(engine: engine).run(QuestionSuite(cases: cases))
        print(String(format: "eval: accuracy %.1f%% (%d/%d), clarified %.1f%%, wrong %.1f%%, p50 %.1f ms, p95 %.1f ms",
                     report.accuracy * 100, report.correct, report.total, report.clarificationRate * 100,
                     report.wrongRate * 100, report.latency(percentile: 50), report.latency(percentile: 95)))
        for record in report.records where record.verdict == .wrong {
            print("wrong: \(record.id)#\(record.turn) \(record.question)")
        }
        XCTAssertGreaterThanOrEqual(report.accuracy, 0.95)
        XCTAssertLessThanOrEqual(report.wrongRate, 0.02)
    }
}
