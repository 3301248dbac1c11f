import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batches X and Y: a rank counted from the superlative's end ("the
/// second worst one"), two records looked up one after the other ("those two"), a regrouping of a
/// one-row ranking that keeps the row found ("split that by carrier"), "whose" among the rows
/// shown, a count of "those" that keeps the counted condition, and customers dated by their own
/// event who stay that cohort ("what did they spend?").
final class PointedRowsFollowUpTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: PointedRowsFollowUpTests.model, values: MemoryValueIndex(values: [
        "warehouse": ["Duisburg European Hub", "Lyon Logistics Hub", "Sydney Distribution Center"], "city": ["Cajamar"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)
    private let year = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025")

    private func plan(_ question: String, context: PlanningContext? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: context ?? PlanningContext(asOf: asOf))
    }

    /// On-time rate by warehouse, three rows: Sydney best, Duisburg second worst, Lyon worst.
    private func onTimeByWarehouse() -> (QueryPlan, QueryResult) {
        var rates = QueryPlan(kind: .metric, metrics: ["on_time_rate"])
        rates.dimensions = ["warehouse"]
        rates.period = year
        let rows: [[DatabaseValue]] = [[.text("Sydney Distribution Center"), .integer(9), .real(0.92)],
                                       [.text("Duisburg European Hub"), .integer(5), .real(0.88)],
                                       [.text("Lyon Logistics Hub"), .integer(4), .real(0.85)]]
        return (rates, QueryResult(columns: ["warehouse", "warehouse_id", "on_time_rate"], rows: rows, truncated: false))
    }

    func testAnOrdinalBeforeASuperlativeCountsFromItsEnd() async throws {
        let (rates, shown) = onTimeByWarehouse()
        let context = PlanningContext(previousPlan: rates, previousResult: shown, asOf: asOf)
        let second = try await plan("take the second worst one. how many parcels did it send?", context: context)
        XCTAssertEqual(second.entities.map(\.id), ["5"], "Duisburg, second from the bottom, not the second row")
        let best = try await plan("the best one - how many parcels did it send?", context: context)
        XCTAssertEqual(best.entities.map(\.id), ["9"])
    }

    func testTheValuesOfAPointedRecordsRelatedRowsAreListed() async throws {
        let (rates, shown) = onTimeByWarehouse()
        let carriers = try await plan("the worst one - which carriers was it using then?",
                                      context: PlanningContext(previousPlan: rates, previousResult: shown, asOf: asOf))
        XCTAssertEqual(carriers.kind, .distinct)
        XCTAssertEqual(carriers.fields, ["carrier"])
        XCTAssertEqual(carriers.entities.map(\.id), ["4"])
        XCTAssertEqual(carriers.period, year, "'then' is the time just asked about")
    }

    func testThoseTwoAfterTwoLookUpsAreBothRecordsEachCounted() async throws {
        var first = QueryPlan(kind: .lookup)
        first.entities = [QueryPlan.EntityFilter(entity: "customer", id: "5871", name: "Hannah Richter")]
        var second = QueryPlan(kind: .lookup)
        second.entities = [QueryPlan.EntityFilter(entity: "customer", id: "13117", name: "Finn Neumann")]
        let context = PlanningContext(previousPlan: second, earlierPlan: first, asOf: asOf)
        let each = try await plan("how many orders did those two place in 2025, each?", context: context)
        XCTAssertEqual(Set(each.entities.map(\.id)), ["5871", "13117"])
        XCTAssertEqual(each.dimensions, ["customer"], "one figure per customer")
        XCTAssertEqual(each.metrics, ["orders"])
    }

    func testRegroupingAOneRowRankingKeepsTheRowFound() async throws {
        var weakest = QueryPlan(kind: .metric, metrics: ["on_time_rate"])
        weakest.dimensions = ["warehouse"]
        weakest.limit = 1
        weakest.ascending = true
        weakest.period = year
        let shown = QueryResult(columns: ["warehouse", "warehouse_id", "on_time_rate"],
                                rows: [[.text("Sydney Distribution Center"), .integer(9), .real(0.886)]], truncated: false)
        let split = try await plan("split that by carrier", context: PlanningContext(previousPlan: weakest, previousResult: shown, asOf: asOf))
        XCTAssertEqual(split.dimensions, ["carrier"])
        XCTAssertEqual(split.entities.map(\.id), ["9"], "the warehouse found, by carrier")
        XCTAssertNil(split.limit)
        XCTAssertFalse(split.ascending, "the order that found the weakest ranks nothing now")
        // A plain "by carrier" asks the same ranking of another field; no pointer, no pin.
        let other = try await plan("and by carrier?", context: PlanningContext(previousPlan: weakest, previousResult: shown, asOf: asOf))
        XCTAssertTrue(other.entities.isEmpty)
    }

    func testWhosePicksAmongTheRowsShown() async throws {
        var margins = QueryPlan(kind: .metric, metrics: ["gross_margin"])
        margins.dimensions = ["category"]
        margins.period = QueryPlan.Period(start: "2024-01-01", end: "2025-01-01", label: "2024")
        let shown = QueryResult(columns: ["category", "gross_margin"], rows: [[.text("Fashion"), .real(953_646.87)], [.text("Beauty"), .real(221_000)]],
                                truncated: false)
        let whose = try await plan("whose margin % was the highest?", context: PlanningContext(previousPlan: margins, previousResult: shown, asOf: asOf))
        XCTAssertEqual(whose.dimensions, ["category"], "the categories shown, not customers")
        XCTAssertEqual(whose.metrics, ["gross_margin_pct"])
        XCTAssertEqual(whose.limit, 1)
        XCTAssertEqual(whose.period, margins.period)
    }

    func testHowManyOfThoseKeepsTheCountedCondition() async throws {
        var low = QueryPlan(kind: .metric, metrics: ["low_stock"])
        low.filters = [QueryPlan.Filter(dimension: "city", values: ["Cajamar"])]
        let toys = try await plan("how many of those are toys & games?", context: PlanningContext(previousPlan: low, asOf: asOf))
        XCTAssertEqual(toys.metrics, ["low_stock"], "still the low-stock lines, not every inventory line")
        XCTAssertTrue(toys.filters.contains(QueryPlan.Filter(dimension: "city", values: ["Cajamar"])))
    }

    func testCustomersDatedByTheirOwnEventStayThatCohort() async throws {
        var signups = QueryPlan(kind: .metric, metrics: ["new_customers"])
        signups.filters = [QueryPlan.Filter(dimension: "acquisition_channel", values: ["social"])]
        signups.period = QueryPlan.Period(start: "2024-01-01", end: "2025-01-01", label: "2024")
        let spent = try await plan("what did they spend in 2025?", context: PlanningContext(previousPlan: signups, asOf: asOf))
        XCTAssertEqual(spent.metrics, ["revenue"])
        XCTAssertEqual(spent.period?.start, year.start)
        XCTAssertEqual(spent.conditions, [Condition(field: "signup_date", op: .greaterOrEqual, values: [.date("2024-01-01")]),
                                          Condition(field: "signup_date", op: .less, values: [.date("2025-01-01")])],
                       "the customers who signed up in 2024")
        XCTAssertTrue(PlanExplainer(model: Self.model).restate(spent).contains("signup date in 2024"))
    }
}
