import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Follow-ups read against the previous plan and the rows of its answer: changes ("and
/// platinum?", "split that by channel"), pointers to rows ("the second one", "their loyalty tier",
/// "that store") and pointers to the question ("the avg rating on those").
final class FollowUpParsingTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: FollowUpParsingTests.model, values: MemoryValueIndex(values: [
        "loyalty_tier": ["gold", "silver", "platinum"], "channel": ["retail", "online", "marketplace"],
        "store": ["Paris Rivoli", "Online Store Europe"], "segment": ["corporate", "small_business"], "city": ["Berlin"],
    ], synonyms: ["segment": ["small_business": ["small business"]]]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)
    /// The rows of "top 3 customers by revenue in 2025".
    private static let topCustomers = QueryResult(columns: ["customer", "customer_id", "revenue"],
                               rows: [[.text("Hannah Richter"), .integer(5871), .real(18_340)],
                                      [.text("Daniel Smith"), .integer(10300), .real(13_911)],
                                      [.text("Henry Harris"), .integer(2568), .real(13_140)]], truncated: false)

    private func plan(_ question: String, after previous: QueryPlan? = nil, result: QueryResult? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(previousPlan: previous, previousResult: result, asOf: asOf))
    }

    func testChangesToThePreviousQuestion() async throws {
        let gold = try await plan("how many gold members have we got")
        let platinum = try await plan("and platinum?", after: gold)
        XCTAssertEqual(platinum.metrics, gold.metrics)
        XCTAssertEqual(platinum.filters, [.init(dimension: "loyalty_tier", values: ["platinum"])])
        let revenue = try await plan("Revenue by category for 2025.")
        let margin = try await plan("Same thing for gross profit.", after: revenue)
        XCTAssertEqual(margin.metrics, ["gross_margin"])
        XCTAssertEqual(margin.dimensions, ["category"])
        XCTAssertEqual(margin.period, revenue.period)
        let split = try await plan("break that down by channel", after: margin)
        XCTAssertEqual(split.dimensions, ["channel"])
    }

    func testPeriodsOfAFollowUp() async throws {
        let november = try await plan("how much revenue did we make last month")
        let lastYear = try await plan("and the same month last year?", after: november)
        XCTAssertEqual(lastYear.period?.start, "2024-11-01")
        XCTAssertNil(lastYear.comparePeriod)
        let compared = try await plan("compare that with November 2024", after: november)
        XCTAssertEqual(compared.period?.start, "2025-11-01")
        XCTAssertEqual(compared.comparePeriod?.start, "2024-11-01")
    }

    func testPointersToRowsOfTheAnswer() async throws {
        let top = try await plan("top 3 customers by revenue in 2025")
        let rows = Self.topCustomers
        let second = try await plan("the second one - which city are they in?", after: top, result: rows)
        XCTAssertEqual(second.entities, [.init(entity: "customer", id: "10300")])
        XCTAssertEqual(second.fields, ["city"])
        // "their": the same rows, with the attribute next to them.
        let tiers = try await plan("what about their loyalty tier", after: top, result: rows)
        XCTAssertEqual(tiers.dimensions, ["customer", "loyalty_tier"])
        XCTAssertEqual(tiers.limit, 3)
        // "her orders this year": the one row of a looked-up customer.
        let lookup = try await plan("the top one, what loyalty tier are they", after: top, result: rows)
        XCTAssertEqual(lookup.entities, [.init(entity: "customer", id: "5871")])
        let orders = try await plan("show me her orders this year", after: lookup,
                                    result: QueryResult(columns: ["customer_id", "customer", "loyalty_tier"],
                                                        rows: [[.integer(5871), .text("Hannah Richter"), .text("gold")]], truncated: false))
        XCTAssertEqual(orders.subject, "order")
        XCTAssertEqual(orders.entities, [.init(entity: "customer", id: "5871")])
    }

    func testAStoreNamedByTheAnswerKeepsTheConversationsPeriod() async throws {
        let best = try await plan("best performing store in 2025?")
        let row = QueryResult(columns: ["store", "store_id", "revenue"], rows: [[.text("Online Store Europe"), .integer(7), .real(1)]],
                              truncated: false)
        let orders = try await plan("how many orders did that store have", after: best, result: row)
        XCTAssertEqual(orders.metrics, ["orders"])
        XCTAssertEqual(orders.entities, [.init(entity: "store", id: "7")])
        XCTAssertEqual(orders.period?.start, "2025-01-01")
    }

    func testPointersToTheQuestion() async throws {
        let reviews = try await plan("number of reviews posted last month?")
        let rating = try await plan("whats the avg rating on those", after: reviews,
                                    result: QueryResult(columns: ["reviews"], rows: [[.integer(1304)]], truncated: false))
        XCTAssertEqual(rating.metrics, ["average_rating"])
        XCTAssertEqual(rating.period, reviews.period)
        let share = try await plan("What share of 2025 revenue came from corporate customers?")
        let small = try await plan("And small business?", after: share)
        XCTAssertEqual(small.shareFilters, [.init(dimension: "segment", values: ["small_business"])])
        XCTAssertTrue(small.filters.isEmpty)
    }

    func testListingTheCountedRows() async throws {
        let count = try await plan("how many low stock items are there")
        let list = try await plan("list them", after: count, result: QueryResult(columns: ["low_stock"], rows: [[.integer(1035)]], truncated: false))
        XCTAssertEqual(list.kind, .list)
        XCTAssertEqual(list.metrics, ["low_stock"])
    }

    func testAFieldAfterAGroupingCueIsTheBreakdownNotAValue() async throws {
        let revenue = try await plan("revenue by channel in 2025")
        let split = try await plan("just marketplaces, split by marketplace", after: revenue)
        XCTAssertEqual(split.dimensions, ["marketplace"], "“marketplace” after “split by” is the field")
        XCTAssertEqual(split.filters, [.init(dimension: "channel", values: ["marketplace"])])
        let fresh = try await plan("revenue split by marketplace")
        XCTAssertEqual(fresh.dimensions, ["marketplace"])
        XCTAssertEqual(fresh.filters, [])
    }

    func testNumberTwoPointsAtTheSecondRow() async throws {
        let top = try await plan("top 3 customers by revenue in 2025")
        let rows = Self.topCustomers
        let second = try await plan("what city is the number two in?", after: top, result: rows)
        XCTAssertEqual(second.entities, [.init(entity: "customer", id: "10300")])
        XCTAssertEqual(second.fields, ["city"])
    }

    func testAVerbWhoseObjectPointsBackIsNoValue() async throws {
        let order = try await plan("what's in order 67322?")
        let carrier = try await plan("which carrier shipped it?", after: order,
                                     result: QueryResult(columns: ["order_id", "product"], rows: [[.integer(67322), .text("Mug")]], truncated: false))
        XCTAssertFalse(carrier.filters.contains { $0.values == ["shipped"] }, "“shipped it” does not ask for shipped orders: \(carrier)")
        XCTAssertTrue(carrier.fields.contains("carrier"))
        XCTAssertEqual(carrier.entities, [.init(entity: "order", id: "67322")])
    }

    func testEachOfTheRowsShownGroups() async throws {
        let top = try await plan("top 3 customers by revenue in 2025")
        let orders = try await plan("how many orders has each of them placed", after: top, result: Self.topCustomers)
        XCTAssertEqual(orders.dimensions, ["customer"], "one figure per customer pointed at, not one for all three")
        XCTAssertEqual(Set(orders.entities.map(\.id)), ["5871", "10300", "2568"])
    }

    func testAValuesOnesAreItsRecordsNotTheRowsShown() async throws {
        let statuses = try await plan("orders by status in 2025, cancelled included")
        let rows = QueryResult(columns: ["order_status", "orders"], rows: [[.text("delivered"), .integer(9)], [.text("cancelled"), .integer(2)]],
                               truncated: false)
        let dropped = try await plan("drop the cancelled ones", after: statuses, result: rows)
        XCTAssertTrue(dropped.filters.contains { $0.negated && $0.values == ["cancelled"] }, "\(dropped.filters)")
        let sameLater = try await plan("what did that look like in 2023", after: statuses, result: rows)
        XCTAssertNil(sameLater.grain, "the same answer for another period, not a trend")
        XCTAssertEqual(sameLater.period?.start, "2023-01-01")
    }

    func testFollowUpsThatReshapeTheQuestion() async throws {
        let ratings = try await plan("avg rating per top category")
        let recent = try await plan("only reviews from 2025", after: ratings)
        XCTAssertEqual(recent.metrics, ["average_rating"], "the rows the rating is over, narrowed; not a count of reviews")
        XCTAssertEqual(recent.period?.start, "2025-01-01")
        let margin = try await plan("gross profit by channel for 2025")
        let rate = try await plan("as a percentage of sales", after: margin)
        XCTAssertEqual(rate.metrics, ["gross_margin_pct"])
        XCTAssertEqual(rate.dimensions, margin.dimensions)
        XCTAssertEqual(rate.period, margin.period)
        let codes = try await plan("orders per promo code in 2025")
        let basket = try await plan("which code has the biggest average basket", after: codes)
        XCTAssertEqual(basket.period, codes.period, "the same promo codes, in the same year")
    }

    func testRowsPointedAtWithANewBreakdown() async throws {
        let top = try await plan("top 3 customers by revenue in 2025")
        let monthly = try await plan("for the second one show it by month", after: top, result: Self.topCustomers)
        XCTAssertEqual(monthly.kind, .metric, "a breakdown of the figures for that row, not its record")
        XCTAssertEqual(monthly.grain, .month)
        XCTAssertEqual(monthly.entities, [.init(entity: "customer", id: "10300")])
        let reranked = try await plan("rank them by units sold instead", after: top, result: Self.topCustomers)
        XCTAssertEqual(reranked.metrics, ["units_sold"])
        XCTAssertTrue(reranked.entities.isEmpty, "the question re-ranked, not its three rows pinned: \(reranked.entities)")
        let worst = try await plan("which of those is the worst", after: top, result: Self.topCustomers)
        XCTAssertEqual(worst.dimensions, ["customer"], "every row named: still ranked by customer")
        XCTAssertEqual(worst.limit, 1)
    }

    func testAQuestionOfItsOwnInTheSamePeriod() async throws {
        let rates = try await plan("cancellation rate per channel in 2023")
        let stores = try await plan("which store had the most cancelled orders that year", after: rates)
        XCTAssertEqual(stores.metrics, ["orders"], "its own metric, not the previous rate")
        XCTAssertNil(stores.grain, "“that year” is the previous period, not a yearly breakdown")
        XCTAssertEqual(stores.period, rates.period)
    }
}
