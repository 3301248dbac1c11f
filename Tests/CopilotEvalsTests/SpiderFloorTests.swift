import CopilotTestSupport
import XCTest
@testable import CopilotEvals
@testable import CopilotResources
@testable import RetailCopilot

/// The spider-commerce floor: 847 human-written questions on 18 databases nobody here wrote, each
/// asked with the model the copilot drafts for it. The floor sits a few points under the measured
/// figure and the ceiling on wrong answers a few points over it (README, "Your own database, no
/// set-up"), so a drafter or vocabulary change that answers worse — or wrong more often —
/// fails here.
final class SpiderFloorTests: XCTestCase {
    /// Measured 22.7% EX, 10.5% wrong (2026-12-05); raise these as the figures rise.
    static let accuracyFloor = 0.20
    static let wrongCeiling = 0.125

    func testSpiderCommerceAcrossEighteenDatabases() async throws {
        let cases = try DraftedSuiteRun.cases(["evals/spider-commerce/questions.jsonl"])
        XCTAssertEqual(cases.count, 847)
        XCTAssertEqual(Set(cases.compactMap(\.database)).count, 18)
        let report = try await DraftedSuiteRun.run(cases, label: "spider")
        let total = report.total
        print(String(format: "spider total: EX %.1f%%, wrong %.1f%%, clarified %.1f%%, failed %d", total.accuracy * 100,
                     total.wrongRate * 100, total.clarificationRate * 100, total.failed))
        XCTAssertEqual(report.summaries.count, 18)
        // No database may fail to open, draft or answer: every reference runs and nothing errors.
        XCTAssertEqual(total.failed, 0)
        XCTAssertGreaterThanOrEqual(total.accuracy, Self.accuracyFloor)
        XCTAssertLessThanOrEqual(total.wrongRate, Self.wrongCeiling)
    }

    func testSuiteItemsReadTheSpiderFormat() throws {
        let line = #"{"id": "x-1", "db": "databases/shop.sqlite", "question": "How many shops?", "sql": "SELECT count(*) FROM shop", "order_matters": true}"#
        let cases = try QuestionSuite(jsonLines: line, base: URL(fileURLWithPath: "/tmp/suite")).cases
        XCTAssertEqual(cases.first?.database, "/tmp/suite/databases/shop.sqlite")
        XCTAssertEqual(cases.first?.turns.first?.ordered, true)
        XCTAssertEqual(EvalRunner.singleQuotingStrings(#"SELECT a FROM t WHERE b = "O'Hara" AND c = 'x'"#),
                       #"SELECT a FROM t WHERE b = 'O''Hara' AND c = 'x'"#)
    }
}
