import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Follow-ups first met on blind conversation batches S and T: one group's share of a breakdown
/// ("the corporate ones"), "the same months of 2024 next to it", "both years side by side", "in
/// each?", "the 2025 number" of a half-year, a narrower count said beside the plain one, and "them"
/// meaning the records the question itself names.
final class FollowUpGroupsTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: FollowUpGroupsTests.model, values: MemoryValueIndex(values: [
        "segment": ["corporate", "consumer", "small_business"], "return_reason": ["damaged", "changed_mind"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)
    private let y2024 = QueryPlan.Period(start: "2024-01-01", end: "2025-01-01", label: "2024")
    private let y2025 = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025")

    private func plan(_ question: String, after previous: QueryPlan? = nil, result: QueryResult? = nil,
                      periods: [QueryPlan.Period] = []) async throws -> QueryPlan {
        var context = PlanningContext(previousPlan: previous, previousResult: result, asOf: asOf)
        context.periods = periods
        return try await planner.requirePlan(question, context: context)
    }

    func testOneGroupsShareIsNoLongerABreakdown() async throws {
        var active = QueryPlan(kind: .metric, metrics: ["active_customers"])
        active.dimensions = ["segment"]
        active.period = y2025
        let share = try await plan("What share of 2025 revenue came from the corporate ones?", after: active, periods: [y2024, y2025])
        XCTAssertEqual(share.metrics, ["revenue"])
        XCTAssertEqual(share.dimensions, [], "one segment's share, one figure")
        XCTAssertEqual(share.shareFilters.first?.values, ["corporate"])
    }

    func testTheSameMonthsNextToItAreSideBySide() async throws {
        var months = QueryPlan(kind: .metric, metrics: ["revenue"])
        months.grain = .month
        months.period = QueryPlan.Period(start: "2025-01-01", end: "2025-07-01", label: "H1 2025")
        let both = try await plan("put the same months of 2024 next to it", after: months, periods: [try XCTUnwrap(months.period)])
        XCTAssertEqual(both.period?.start, "2025-01-01")
        XCTAssertEqual(both.comparePeriod?.start, "2024-01-01")
        XCTAssertEqual(both.comparePeriod?.end, "2024-07-01")
        XCTAssertEqual(both.grain, .month)
    }

    func testBothYearsAreTheTwoTalkedAbout() async throws {
        var profit = QueryPlan(kind: .metric, metrics: ["gross_margin"])
        profit.period = y2025
        let rates = try await plan("Give me the margin rate for both years side by side.", after: profit, periods: [y2024, y2025])
        XCTAssertEqual(rates.period?.label, "2025")
        XCTAssertEqual(rates.comparePeriod?.label, "2024")
    }

    func testInEachIsEachGroupShown() async throws {
        var bySegment = QueryPlan(kind: .metric, metrics: ["revenue"])
        bySegment.dimensions = ["segment"]
        bySegment.period = QueryPlan.Period(start: "2025-04-01", end: "2025-07-01", label: "Q2 2025")
        let buyers = try await plan("how many buying customers in each?", after: bySegment, periods: [try XCTUnwrap(bySegment.period)])
        XCTAssertEqual(buyers.metrics, ["active_customers"])
        XCTAssertEqual(buyers.dimensions, ["segment"])
        XCTAssertEqual(buyers.period?.label, "Q2 2025")
    }

    func testTheYearsNumberIsTheHalfYearShownInIt() async throws {
        let h1 = QueryPlan.Period(start: "2025-01-01", end: "2025-07-01", label: "H1 2025")
        let h1Before = QueryPlan.Period(start: "2024-01-01", end: "2024-07-01", label: "H1 2024")
        var refunds = QueryPlan(kind: .metric, metrics: ["refunds"])
        refunds.period = h1Before
        let split = try await plan("Break the 2025 number down by return reason.", after: refunds, periods: [h1, h1Before])
        XCTAssertEqual(split.period?.label, "H1 2025")
        XCTAssertEqual(split.dimensions, ["return_reason"])
    }

    func testANarrowerCountBesideThePlainOneIsThatCount() async throws {
        let late = try await plan("How many deliveries on October 2025 orders arrived later than promised?")
        XCTAssertEqual(late.metrics, ["late_deliveries"])
    }

    func testThemAreTheOnesTheQuestionNames() async throws {
        var byReason = QueryPlan(kind: .metric, metrics: ["returns"])
        byReason.dimensions = ["return_reason"]
        byReason.period = QueryPlan.Period(start: "2025-09-01", end: "2025-10-01", label: "September 2025")
        let shown = QueryResult(columns: ["return_reason", "returns"], rows: [[.text("changed_mind"), .integer(190)], [.text("damaged"), .integer(80)]],
                                truncated: false)
        let warehouse = try await plan("Just the damaged ones: which warehouse had the most of them?", after: byReason, result: shown)
        XCTAssertEqual(warehouse.dimensions, ["warehouse"])
        XCTAssertTrue(warehouse.filters.contains { $0.dimension == "return_reason" && $0.values == ["damaged"] })
        XCTAssertEqual(warehouse.limit, 1)
    }
}
