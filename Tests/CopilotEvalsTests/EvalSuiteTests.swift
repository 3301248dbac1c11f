import CopilotTestSupport
import XCTest
@testable import CopilotEvals
@testable import CopilotResources
@testable import RetailCopilot

/// The accuracy floors: every development suite on the full-size demo database. The floors sit just
/// under the figures last measured (README, "Accuracy"), so a change that makes the copilot answer
/// worse — or wrong more often — fails here; they are raised as the measured figures rise.
final class EvalSuiteTests: XCTestCase {
    private struct Floor {
        var suites: [String]
        var accuracy: Double
        var wrongRate: Double
    }

    private func check(_ floor: Floor) async throws {
        let directory = try TestSupport.temporaryDirectory("eval")
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = CopilotConfiguration(database: TestSupport.fullDemoDatabasePath,
                                                 dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        let engine = try await CopilotEnvironment.makeEngine(configuration)
        var cases: [QuestionSuite.Case] = []
        for name in floor.suites {
            let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent(name), encoding: .utf8)
            cases += try QuestionSuite(jsonLines: text).cases
        }
        XCTAssertFalse(cases.isEmpty)
        let report = await EvalRunner(engine: engine).run(QuestionSuite(cases: cases))
        print(String(format: "eval %@: accuracy %.1f%% (%d/%d), clarified %.1f%%, wrong %.1f%%, p50 %.1f ms, p95 %.1f ms",
                     floor.suites.joined(separator: "+"), report.accuracy * 100, report.correct, report.total,
                     report.clarificationRate * 100, report.wrongRate * 100, report.latency(percentile: 50), report.latency(percentile: 95)))
        for record in report.records where record.verdict == .wrong {
            print("wrong: \(record.id)#\(record.turn) \(record.question)")
        }
        XCTAssertGreaterThanOrEqual(report.accuracy, floor.accuracy)
        XCTAssertLessThanOrEqual(report.wrongRate, floor.wrongRate)
    }

    func testOriginalSuites() async throws {
        try await check(Floor(suites: ["evals/questions.jsonl", "evals/conversations.jsonl"], accuracy: 0.85, wrongRate: 0.08))
    }

    func testFirstSightQuestionBatches() async throws {
        try await check(Floor(suites: ["evals/firstsight/demo-a.jsonl", "evals/firstsight/demo-b.jsonl",
                                       "evals/firstsight/demo-c.jsonl"], accuracy: 0.72, wrongRate: 0.15))
    }

    /// The latest blind batches, tuned on after their first sight (Q 62%, R 73% then): what this
    /// session's readings bought must not slip back.
    func testLatestBlindBatches() async throws {
        try await check(Floor(suites: ["evals/firstsight/demo-q.jsonl", "evals/firstsight/demo-r.jsonl"], accuracy: 0.74, wrongRate: 0.11))
    }

    /// Batch S, tuned on in the session that wrote it (first sight 69.0% / 11.0% wrong; conversations 55.7% / 22.1%).
    func testBlindBatchS() async throws {
        try await check(Floor(suites: ["evals/firstsight/demo-s.jsonl"], accuracy: 0.72, wrongRate: 0.12))
        try await check(Floor(suites: ["evals/firstsight/conversations-s.jsonl"], accuracy: 0.62, wrongRate: 0.16))
    }

    func testFirstSightConversationBatches() async throws {
        try await check(Floor(suites: ["evals/firstsight/conversations-a.jsonl", "evals/firstsight/conversations-b.jsonl",
                                       "evals/firstsight/conversations-c.jsonl"],
                              accuracy: 0.62, wrongRate: 0.25))
    }

    func testPolicyQuestionsGoToTheDocuments() async throws {
        try await check(Floor(suites: ["evals/firstsight/policy-a.jsonl", "evals/firstsight/policy-b.jsonl",
                                       "evals/firstsight/policy-c.jsonl"], accuracy: 0.60, wrongRate: 0.22))
    }
}
