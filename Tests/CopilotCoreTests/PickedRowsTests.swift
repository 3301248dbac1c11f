import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batches P and Q: rows picked among the ones shown ("which of them",
/// "top 3 of them", "the biggest one"), "that year" after a look-up, "in total" after a list,
/// frequency ("most often"), counts of what an amount adds up ("how many refunds"), a metric's name
/// said with a word of its other names, and periods listed with "or".
final class PickedRowsTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: PickedRowsTests.model, values: MemoryValueIndex(values: [
        "customer": ["Pieter Mulder"], "segment": ["corporate"], "brand": ["Voltix"], "subcategory": ["Tech Accessories"],
        "country": ["Australia"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil, earlier: QueryPlan? = nil,
                      result: QueryResult? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(previousPlan: previous, previousResult: result, earlierPlan: earlier,
                                                                         asOf: asOf))
    }

    func testWhichOfThemRanksTheRecordsListedNotWhatTheyContain() async throws {
        let suppliers = try await plan("Which suppliers have lead times over 30 days?")
        let shown = QueryResult(columns: ["supplier_id", "supplier", "lead_time"],
                                rows: [[.integer(2), .text("Dongguan Kaiwei Technology"), .real(52)], [.integer(7), .text("Guangzhou Comfort Living"), .real(46)]],
                                truncated: false)
        let total = try await plan("How many products do they supply in total?", after: suppliers, result: shown)
        XCTAssertEqual(total.metrics, ["products"])
        XCTAssertEqual(total.dimensions, [], "“in total” is one figure for them all")
        XCTAssertEqual(total.entities.map(\.name), ["Dongguan Kaiwei Technology", "Guangzhou Comfort Living"], "records keep the names shown")
        let best = try await plan("Which of them had the most units sold in 2025?", after: total,
                                  result: QueryResult(columns: ["products"], rows: [[.integer(113)]], truncated: false))
        XCTAssertEqual(best.dimensions, ["supplier"], "the suppliers are ranked, not their products")
        XCTAssertEqual(best.entities.count, 2)
    }

    func testTopThreeOfThemRanksTheCustomersCounted() async throws {
        let active = try await plan("How many active customers did the corporate segment have in 2025?")
        let top = try await plan("top 3 of them by spend", after: active)
        XCTAssertEqual(top.metrics, ["revenue"])
        XCTAssertEqual(top.dimensions, ["customer"])
        XCTAssertEqual(top.limit, 3)
        XCTAssertEqual(top.period?.start, "2025-01-01")
        XCTAssertTrue(top.filters.contains { $0.values == ["corporate"] })
    }

    func testThatYearAfterALookUpIsTheConversationsPeriod() async throws {
        let top = try await plan("Who were our top 5 customers by revenue in 2025?")
        let shown = QueryResult(columns: ["customer", "customer_id", "revenue"], rows: [[.text("Hannah Richter"), .integer(5871), .real(18340.52)]],
                                truncated: false)
        let tier = try await plan("what loyalty tier is the top one on?", after: top, result: shown)
        XCTAssertNil(tier.period)
        let orders = try await plan("How many orders did they place that year?", after: tier, earlier: top,
                                    result: QueryResult(columns: ["customer_id", "customer", "loyalty_tier"],
                                                        rows: [[.integer(5871), .text("Hannah Richter"), .text("gold")]], truncated: false))
        XCTAssertEqual(orders.metrics, ["orders"])
        XCTAssertEqual(orders.period?.start, "2025-01-01")
    }

    func testTheBiggestOneKeepsTheBreakdownsFilters() async throws {
        let bySubcategory = try await plan("How many Voltix units did we sell in 2025, by subcategory?")
        let shown = QueryResult(columns: ["subcategory", "units_sold"], rows: [[.text("Tech Accessories"), .integer(2008)], [.text("Audio"), .integer(900)]],
                                truncated: false)
        let best = try await plan("What was the best seller in the biggest one?", after: bySubcategory, result: shown)
        XCTAssertEqual(Set(best.filters.flatMap(\.values)), ["Voltix", "Tech Accessories"])
    }

    func testHowOftenCountsTheEventsAndHowManyRefundsCountsRefundedReturns() async throws {
        let store = try await plan("Which store did Pieter Mulder buy from most often in 2024?")
        XCTAssertEqual(store.metrics, ["orders"], "how often is a number of orders, not of units")
        let refunds = try await plan("How many refunds on 2024 orders were bigger than $300?")
        XCTAssertEqual(refunds.metrics, ["rows:refunds"])
        XCTAssertEqual(refunds.conditions.first?.field, "refund_amount")
        let counted = try XCTUnwrap(PickedRowsTests.model.metric(named: "rows:refunds"))
        XCTAssertEqual(counted.expression, "COUNT(*)")
        XCTAssertEqual(counted.filters, ["returns.status = 'refunded'"], "the refunds' own filter stays")
    }

    func testAMetricNamedWithAWordOfItsOtherNames() async throws {
        let rate = try await plan("What was the gross margin rate by top-level category in 2025?")
        XCTAssertEqual(rate.metrics, ["gross_margin_pct"])
        let australia = try await plan("How many orders did customers in Australia place in 2025?")
        XCTAssertEqual(australia.related, [], "each order has its customer: no condition on them")
        XCTAssertEqual(australia.metrics, ["orders"])
    }

    func testTwoPeriodsListedWithOrAreSideBySide() async throws {
        let both = try await plan("Did we make more revenue in 2023 or in 2025?")
        XCTAssertEqual(both.period?.start, "2025-01-01")
        XCTAssertEqual(both.comparePeriod?.start, "2023-01-01")
        let range = try await plan("revenue between 2023 and 2025")
        XCTAssertNil(range.comparePeriod)
        XCTAssertEqual(range.period?.end, "2026-01-01")
    }
}
