import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind conversation batches Q and R: the conversation's period after
/// look-ups ("that quarter"), the date a figure was counted by kept when it is ranked, a ranking
/// kept when only its field changes ("and which carrier?"), a plain field's value pointed at ("the
/// same code"), "year on year" and "the same quarter of 2023" read against the periods talked
/// about, two values compared side by side, and "how much of it" about a record.
final class ConversationPeriodTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: ConversationPeriodTests.model, values: MemoryValueIndex(values: [
        "customer": ["Riku Tanaka"], "promo_code": ["WELCOME10"], "country": ["France", "Germany"], "store": ["Online Store Europe"],
        "return_reason": ["wrong_item"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil, earlier: QueryPlan? = nil, result: QueryResult? = nil,
                      periods: [QueryPlan.Period] = []) async throws -> QueryPlan {
        var context = PlanningContext(previousPlan: previous, previousResult: result, earlierPlan: earlier, asOf: asOf)
        context.periods = periods + [earlier?.period, previous?.period].compactMap { $0 }
        return try await planner.requirePlan(question, context: context)
    }

    func testThatQuarterAfterTwoLookUpsIsTheRankingsQuarter() async throws {
        let top = try await plan("who were our three biggest customers by revenue in Q1 2025?")
        let row = QueryResult(columns: ["customer_id", "customer", "loyalty_tier"], rows: [[.integer(7), .text("Riku Tanaka"), .text("silver")]],
                              truncated: false)
        let city = try await plan("Which city does the biggest of them live in?", after: top,
                                  result: QueryResult(columns: ["customer", "customer_id", "revenue"],
                                                      rows: [[.text("Riku Tanaka"), .integer(7), .real(10650.33)]], truncated: false))
        let tier = try await plan("What's his loyalty tier?", after: city, earlier: top, result: row)
        XCTAssertNil(tier.period)
        // Two look-ups on, the conversation's period is only in the list of periods talked about.
        var context = PlanningContext(previousPlan: tier, previousResult: row, earlierPlan: city, asOf: asOf)
        context.periods = [try XCTUnwrap(top.period)]
        let orders = try await planner.requirePlan("How many orders did he place in that quarter?", context: context)
        XCTAssertEqual(orders.metrics, ["orders"])
        XCTAssertEqual(orders.period?.label, "Q1 2025")
        XCTAssertEqual(orders.entities.map(\.name), ["Riku Tanaka"])
    }

    func testRankingAFigureKeepsTheDateItWasCountedBy() async throws {
        let refunds = try await plan("How much did we refund on orders placed in H1 2025?")
        let field = try XCTUnwrap(refunds.dateField, "refunds on orders placed in H1 are dated by the order")
        let byReason = try await plan("By return reason?", after: refunds)
        let top = try await plan("Which reason cost us the most?", after: byReason, earlier: refunds)
        XCTAssertEqual(top.metrics, ["refunds"])
        XCTAssertEqual(top.limit, 1)
        XCTAssertEqual(top.period?.label, "H1 2025")
        XCTAssertEqual(top.dateField, field)
    }

    func testWhichOtherFieldKeepsTheRankingAndByIsABreakdown() async throws {
        let returns = try await plan("How many wrong-item returns did we get on 2025 orders?")
        let warehouse = try await plan("Which warehouse accounts for the most of those returns?", after: returns)
        XCTAssertEqual(warehouse.limit, 1)
        let carrier = try await plan("And which carrier?", after: warehouse, earlier: returns)
        XCTAssertEqual(carrier.dimensions, ["carrier"])
        XCTAssertEqual(carrier.limit, 1, "the same ranking, of another field")
        let split = try await plan("and by carrier?", after: warehouse, earlier: returns)
        XCTAssertEqual(split.dimensions, ["carrier"])
        XCTAssertNil(split.limit, "“by carrier” asks for every carrier")
    }

    func testTheSameCodeIsTheValueThePreviousQuestionWasAbout() async throws {
        let top = try await plan("Which promo code drove the most revenue in 2024?")
        let orders = try await plan("How many orders used it that year?", after: top,
                                    result: QueryResult(columns: ["promo_code", "revenue", "rank"],
                                                        rows: [[.text("WELCOME10"), .real(135126.65), .integer(1)]], truncated: false))
        XCTAssertTrue(orders.filters.contains { $0.dimension == "promo_code" && $0.values == ["WELCOME10"] })
        for question in ["And how did the same code do in 2025, revenue-wise?", "what was revenue for that code in 2025?"] {
            let again = try await plan(question, after: orders, earlier: top,
                                       result: QueryResult(columns: ["orders"], rows: [[.integer(882)]], truncated: false))
            XCTAssertEqual(again.metrics, ["revenue"], question)
            XCTAssertEqual(again.dimensions, [], question)
            XCTAssertTrue(again.filters.contains { $0.dimension == "promo_code" && $0.values == ["WELCOME10"] }, question)
            XCTAssertEqual(again.period?.label, "2025", question)
        }
    }

    func testYearOnYearComparesThePeriodsTalkedAbout() async throws {
        let q2 = QueryPlan.Period(start: "2025-04-01", end: "2025-07-01", label: "Q2 2025")
        var before = QueryPlan(kind: .metric, metrics: ["revenue"])
        before.entities = [QueryPlan.EntityFilter(entity: "store", id: "4", name: "Online Store Europe")]
        before.period = QueryPlan.Period(start: "2024-04-01", end: "2024-07-01", label: "Q2 2024")
        let growth = try await plan("So how much did it grow year on year, in dollars?", after: before,
                                    result: QueryResult(columns: ["revenue"], rows: [[.real(305549.35)]], truncated: false), periods: [q2])
        XCTAssertEqual(growth.period?.label, "Q2 2025", "the later of the two quarters the conversation named")
        XCTAssertEqual(growth.comparePeriod?.label, "Q2 2024")
        let alone = try await plan("revenue growth year on year")
        XCTAssertEqual(alone.period?.label, "2025", "with no conversation, this year against the last")
    }

    func testTheSameQuarterOfAYearIsThatQuarterNotABreakdown() async throws {
        let quarter = try await plan("how did revenue in Q3 2024 compare with the same quarter of 2023?")
        XCTAssertNil(quarter.grain)
        XCTAssertEqual(quarter.period?.label, "Q3 2024")
        XCTAssertEqual(quarter.comparePeriod?.start, "2023-07-01")
        XCTAssertEqual(quarter.comparePeriod?.end, "2023-10-01")
        let month = try await plan("revenue in March 2025 vs the same month last year")
        XCTAssertEqual(month.comparePeriod?.start, "2024-03-01", "a year back, not the month before")
        let counted = try await plan("orders in Q1 2025 vs the same quarter a year earlier")
        XCTAssertEqual(counted.kind, .metric, "two periods compared are two figures, not a list of orders")
        XCTAssertEqual(counted.comparePeriod?.start, "2024-01-01")
    }

    func testTwoValuesComparedAreSideBySide() async throws {
        let aov = try await plan("Compare AOV for customers in France and Germany in 2024.")
        XCTAssertEqual(aov.metrics, ["aov"], "“for customers in France” names whose orders, not a second figure")
        XCTAssertNil(aov.comparePeriod, "two countries compared, not two years")
        XCTAssertEqual(aov.dimensions.count, 1)
        XCTAssertEqual(aov.filters.first?.values, ["France", "Germany"])
        let years = try await plan("compare revenue in 2024 and 2025")
        XCTAssertEqual(years.comparePeriod?.label, "2024")
    }

    func testHowMuchOfItAboutARecordIsThatRecordsAmount() async throws {
        let best = try await plan("Which product sold the most units in August 2025?")
        let shown = QueryResult(columns: ["product", "product_id", "units_sold", "rank"],
                                rows: [[.text("Maple & Oat Earl Grey Tea Loose Leaf 100g"), .integer(31), .integer(276), .integer(1)]], truncated: false)
        let stock = try await plan("How much of it do we have on hand across all warehouses?", after: best, result: shown)
        XCTAssertEqual(stock.metrics, ["stock_on_hand"])
        XCTAssertFalse(stock.share, "no share of a figure")
        XCTAssertNil(stock.period, "stock is counted now")
        XCTAssertEqual(stock.entities.map(\.id), ["31"])
    }
}
