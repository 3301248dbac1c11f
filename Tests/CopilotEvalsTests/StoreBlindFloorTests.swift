import CopilotTestSupport
import XCTest
@testable import CopilotEvals
@testable import CopilotResources
@testable import RetailCopilot

/// The store-blind floor: 360 questions on nine shop databases written blind for these suites
/// (`evals/store-blind*/`), each asked with the model the copilot drafts for it. A drafter,
/// vocabulary or parser change that answers them worse — or wrong more often — fails here.
final class StoreBlindFloorTests: XCTestCase {
    /// Measured 48.1% EX, 5.0% wrong over the four suites (2026-12-05); raise these as the figures rise.
    static let accuracyFloor = 0.44
    static let wrongCeiling = 0.075

    func testNineBlindStoreDatabases() async throws {
        let directory = try TestSupport.temporaryDirectory("store-blind")
        defer { try? FileManager.default.removeItem(at: directory) }
        var cases: [QuestionSuite.Case] = []
        for name in ["store-blind", "store-blind-2", "store-blind-3", "store-blind-4"] {
            let suite = TestSupport.repositoryRoot.appendingPathComponent("evals/\(name)/questions.jsonl")
            let text = try String(contentsOf: suite, encoding: .utf8)
            cases += try QuestionSuite(jsonLines: text, base: suite.deletingLastPathComponent()).cases
        }
        XCTAssertEqual(cases.count, 360)
        XCTAssertEqual(Set(cases.compactMap(\.database)).count, 9)
        let base = CopilotConfiguration(dataDirectory: DataDirectory(explicit: directory.path),
                                        resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        let report = await MultiDatabaseEval { database in
            var configuration = base
            configuration.database = database
            return try await CopilotEnvironment.makeEngine(configuration)
        }.run(QuestionSuite(cases: cases))
        let total = report.total
        for summary in report.summaries {
            print(String(format: "store-blind %@: EX %.1f%%, wrong %.1f%%, clarified %.1f%% (%d)", summary.database, summary.accuracy * 100,
                         summary.wrongRate * 100, summary.clarificationRate * 100, summary.total))
        }
        XCTAssertEqual(report.summaries.count, 9)
        XCTAssertEqual(total.failed, 0, "every database opens, drafts and answers")
        XCTAssertGreaterThanOrEqual(total.accuracy, Self.accuracyFloor)
        XCTAssertLessThanOrEqual(total.wrongRate, Self.wrongCeiling)
    }
}
