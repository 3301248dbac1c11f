import CopilotTestSupport
import XCTest
@testable import CopilotEvals
@testable import CopilotResources
@testable import RetailCopilot

/// The store-blind floor: 360 questions on nine shop databases written blind for these suites
/// (`evals/store-blind*/`), each asked with the model the copilot drafts for it. A drafter,
/// vocabulary or parser change that answers them worse — or wrong more often — fails here.
final class StoreBlindFloorTests: XCTestCase {
    /// Measured 57.5% EX, 3.4% wrong over the four suites (2026-12-06, later session); raise these as the figures rise.
    static let accuracyFloor = 0.52
    static let wrongCeiling = 0.07

    func testNineBlindStoreDatabases() async throws {
        let cases = try DraftedSuiteRun.cases(["store-blind", "store-blind-2", "store-blind-3", "store-blind-4"].map { "evals/\($0)/questions.jsonl" })
        XCTAssertEqual(cases.count, 360)
        XCTAssertEqual(Set(cases.compactMap(\.database)).count, 9)
        let report = try await DraftedSuiteRun.run(cases, label: "store-blind")
        XCTAssertEqual(report.summaries.count, 9)
        XCTAssertEqual(report.total.failed, 0, "every database opens, drafts and answers")
        XCTAssertGreaterThanOrEqual(report.total.accuracy, Self.accuracyFloor)
        XCTAssertLessThanOrEqual(report.total.wrongRate, Self.wrongCeiling)
    }

    /// Runs `suites` and checks their size, that every database drafts and answers, and the floors.
    /// `failures`: reference queries the SQL guard refuses (one uses `printf`, which it blocks).
    private func assertFloor(_ suites: [String], questions: Int, databases: Int, accuracy: Double, wrong: Double,
                             failures: Int = 0) async throws {
        let cases = try DraftedSuiteRun.cases(suites.map { "evals/\($0)/questions.jsonl" })
        XCTAssertEqual(cases.count, questions)
        XCTAssertEqual(Set(cases.compactMap(\.database)).count, databases)
        let report = try await DraftedSuiteRun.run(cases, label: suites.joined(separator: "+"))
        XCTAssertEqual(report.total.failed, failures, "every database opens, drafts and answers")
        XCTAssertGreaterThanOrEqual(report.total.accuracy, accuracy)
        XCTAssertLessThanOrEqual(report.total.wrongRate, wrong)
    }

    /// store-blind-5 (a UK furniture chain, an Australian garden-centre chain with tagged columns):
    /// first sight 12.5% EX, 12.5% wrong; measured 35.0% EX, 8.8% wrong (2026-12-06).
    func testStoreBlindFive() async throws {
        try await assertFloor(["store-blind-5"], questions: 80, databases: 2, accuracy: 0.30, wrong: 0.10)
    }

    /// store-blind-6 (sporting goods, a `tbl_`-prefixed wine merchant) and store-blind-7 (a toy chain
    /// with type-hinted columns, a `t_`-prefixed camelCase optician): first sight 32.5% / 12.5% wrong
    /// and 13.8% / 13.8% wrong; measured 50.0% EX, 7.5% wrong together (2026-12-06).
    func testStoreBlindSixAndSeven() async throws {
        try await assertFloor(["store-blind-6", "store-blind-7"], questions: 160, databases: 4, accuracy: 0.45, wrong: 0.10)
    }

    /// store-blind-8 (a UK music chain with one shared lookup table for every code, a Canadian
    /// bakery with PascalCase columns, text timestamps and money in cents): first sight 11.2% EX,
    /// 17.5% wrong; measured 35.0% EX, 8.8% wrong (2026-12-06).
    func testStoreBlindEight() async throws {
        try await assertFloor(["store-blind-8"], questions: 80, databases: 2, accuracy: 0.30, wrong: 0.11)
    }

    /// store-blind-9 (an Australian florist with run-together abbreviations and DD/MM/YYYY text
    /// dates, an Irish salon chain in Hungarian notation with money in cents): first sight 8.8% EX,
    /// 11.2% wrong; measured 36.2% EX, 11.2% wrong (2026-12-06).
    func testStoreBlindNine() async throws {
        try await assertFloor(["store-blind-9"], questions: 80, databases: 2, accuracy: 0.32, wrong: 0.13)
    }

    /// store-blind-10 (a German tyre-fitting chain with German identifiers and values, an outdoor
    /// chain with all-caps abbreviated columns and YYYYMMDD dates): first sight 1.2% EX, 3.8% wrong;
    /// measured 25.0% EX, 6.2% wrong (2026-12-07, with the German schema words).
    func testStoreBlindTen() async throws {
        try await assertFloor(["store-blind-10"], questions: 80, databases: 2, accuracy: 0.21, wrong: 0.08, failures: 1)
    }

    /// store-blind-11 (a yarn chain named in quoted Title Case with spaces and unit brackets, an
    /// office-supplies star schema with a date dimension and invoice lines): first sight 7.5% EX,
    /// 5.0% wrong; measured 40.0% EX, 10.0% wrong (2026-12-07).
    func testStoreBlindEleven() async throws {
        try await assertFloor(["store-blind-11"], questions: 80, databases: 2, accuracy: 0.35, wrong: 0.12)
    }

    /// store-blind-13 (a record shop's e-commerce export with money as decimal text and timestamps
    /// with UTC offsets, a gift-shop till system in PascalCase/camelCase): first sight 15.0% EX,
    /// 15.0% wrong; measured 30.0% EX, 2.5% wrong (2026-12-07).
    func testStoreBlindThirteen() async throws {
        try await assertFloor(["store-blind-13"], questions: 80, databases: 2, accuracy: 0.26, wrong: 0.05)
    }

    /// A WooCommerce export (status codes with a `wc-` prefix) and a Django app with two keys to one
    /// table; first sight 15.0% with 12.5% wrong.
    func testStoreBlindFourteen() async throws {
        try await assertFloor(["store-blind-14"], questions: 80, databases: 2, accuracy: 0.19, wrong: 0.08)
    }
}
