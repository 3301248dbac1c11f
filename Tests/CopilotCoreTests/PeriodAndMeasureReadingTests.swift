import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batch O and store-blind-11: the measure said after "by" ranks, a
/// count of weeks from a named day, records as the subject of spending, returns dated by their
/// orders, "broken out by", no phrase across a sentence's end.
final class PeriodAndMeasureReadingTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: PeriodAndMeasureReadingTests.model, values: MemoryValueIndex(values: [
        "country": ["France", "Spain", "Germany"], "return_reason": ["damaged", "defective"], "shipment_status": ["delivered"],
    ], synonyms: ["return_reason": ["damaged": ["broken"]]]))
    private let context = PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31))

    func testTheMeasureSaidAfterByRanksNotTheSuperlativesOwn() async throws {
        let plan = try await planner.requirePlan("What were our 5 best-selling products by revenue in 2025, highest first?", context: context)
        XCTAssertEqual(plan.metrics, ["revenue"])
        XCTAssertEqual(plan.limit, 5)
        let units = try await planner.requirePlan("our 5 best-selling products in 2025", context: context)
        XCTAssertEqual(units.metrics, ["units_sold"], "with no measure said, best-selling ranks by units")
    }

    func testACountOfWeeksFromANamedDay() async throws {
        let plan = try await planner.requirePlan("new signups per week for the 4 weeks beginning Monday March 3, 2025", context: context)
        XCTAssertEqual(plan.period?.start, "2025-03-03")
        XCTAssertEqual(plan.period?.end, "2025-03-31")
        XCTAssertEqual(plan.grain, .week)
        let words = try await planner.requirePlan("cancellation rate week by week for the four weeks starting Monday 4 November 2024", context: context)
        XCTAssertEqual(words.period?.start, "2024-11-04")
        XCTAssertEqual(words.period?.end, "2024-12-02")
    }

    func testRecordsAsTheSubjectOfSpendingAreOneTotal() async throws {
        let plan = try await planner.requirePlan("What did customers in France spend with us in 2024?", context: context)
        XCTAssertEqual(plan.metrics, ["revenue"])
        XCTAssertEqual(plan.dimensions, [], "one total over the customers, not one per customer")
        XCTAssertTrue(plan.filters.contains { $0.values == ["France"] })
    }

    func testReturnsOnOrdersFromAYearAreDatedByTheOrder() async throws {
        let plan = try await planner.requirePlan("Number of returns flagged as damaged on orders from 2023?", context: context)
        XCTAssertEqual(plan.metrics, ["returns"])
        XCTAssertEqual(plan.period?.start, "2023-01-01")
        XCTAssertNotNil(plan.dateField, "the period is the orders' date, not the returns'")
    }

    func testBrokenOutByIsABreakdownNotAReturnReason() async throws {
        let plan = try await planner.requirePlan("units sold in 2023 broken out by top-level category", context: context)
        XCTAssertEqual(plan.dimensions, ["category"])
        XCTAssertFalse(plan.filters.contains { $0.dimension == "return_reason" }, "\(plan.filters)")
    }

    func testSpendingOverAnAmountInAYearIsOneCondition() async throws {
        let plan = try await planner.requirePlan("how many customers spent more than $5,000 with us in 2024", context: context)
        XCTAssertEqual(plan.related.count, 1, "\(plan.related)")
        XCTAssertEqual(plan.related.first?.threshold?.values, [5000])
        XCTAssertEqual(plan.related.first?.period?.start, "2024-01-01")
    }

    func testMovesTermsAndDurationsAfterANumber() async throws {
        let moved = try await planner.requirePlan("How much did the cancellation rate move between 2024 and 2025?", context: context)
        XCTAssertEqual(moved.metrics, ["cancellation_rate"])
        XCTAssertEqual(moved.comparePeriod?.start, "2024-01-01")
        let terms = try await planner.requirePlan("What did marketplace stores located in Germany sell in 2025, in revenue terms?", context: context)
        XCTAssertEqual(terms.metrics, ["revenue"], "the measure named beats the units “sell” implies")
        XCTAssertEqual(terms.dimensions, [], "the stores are whose revenue it is, one total")
        let slow = try await planner.requirePlan("For 2025 orders, how many delivered shipments took more than 5 days from shipping to delivery?",
                                                 context: context)
        XCTAssertEqual(slow.conditions.first?.field, "delivery_days")
        XCTAssertEqual(slow.conditions.first?.values, [.number(5)])
    }

    func testNoPhraseIsReadAcrossTheEndOfASentence() {
        let lexemes = Lexer.lex("returns on 2024 orders? Count per reason. Only damaged ones")
        XCTAssertEqual(lexemes.filter(\.opensSentence).map(\.text), ["Count", "Only"])
        XCTAssertFalse(Lexer.lex("revenue in 2025 vs. 2024").contains(where: \.opensSentence), "an abbreviation's full stop ends nothing")
    }
}
