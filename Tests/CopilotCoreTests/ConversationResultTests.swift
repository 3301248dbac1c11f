import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Follow-ups that read the conversation beyond the last plan: the question before it ("put both
/// years side by side"), the rows shown ("how many is that?", "which one had the most orders?",
/// "that month") and the records listed ("list them", "how much did each make").
final class ConversationResultTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: ConversationResultTests.model, values: MemoryValueIndex(values: [
        "channel": ["retail", "online", "marketplace"], "store": ["Paris Rivoli", "Online Store Europe"], "promo_code": ["SPRING10", "WELCOME5"], "city": ["Berlin"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil, result: QueryResult? = nil,
                      earlier: QueryPlan? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(previousPlan: previous, previousResult: result,
                                                                         earlierPlan: earlier, asOf: asOf))
    }

    func testSideBySideComparesTheTwoPeriodsJustAsked() async throws {
        let first = try await plan("revenue in 2024")
        let second = try await plan("and in 2025?", after: first)
        XCTAssertEqual(second.period?.start, "2025-01-01")
        let both = try await plan("put both years side by side", after: second, earlier: first)
        XCTAssertEqual(both.metrics, ["revenue"])
        XCTAssertEqual(Set([both.period?.start, both.comparePeriod?.start]), ["2024-01-01", "2025-01-01"])
        // The two years asked, not the year before the last one: 2023 was never mentioned.
        let earlier = try await plan("revenue in 2023")
        let apart = try await plan("put both years side by side", after: second, earlier: earlier)
        XCTAssertEqual(Set([apart.period?.start, apart.comparePeriod?.start]), ["2023-01-01", "2025-01-01"])
    }

    func testHowManyIsThatCountsAList() async throws {
        let list = try await plan("customers in Berlin")
        XCTAssertEqual(list.kind, .records)
        let count = try await plan("how many is that?", after: list)
        XCTAssertEqual(count.kind, .metric)
        XCTAssertEqual(count.filters, list.filters)
        XCTAssertEqual(count.dimensions, [])
    }

    func testListThemListsTheCountedRecords() async throws {
        let count = try await plan("how many customers are in Berlin?")
        XCTAssertEqual(count.kind, .metric)
        let list = try await plan("list them", after: count)
        XCTAssertEqual(list.kind, .records)
        XCTAssertEqual(list.subject, "customer")
        XCTAssertEqual(list.filters, count.filters)
    }

    func testWhichOneHadTheMostRanksThePreviousRows() async throws {
        let byChannel = try await plan("revenue by channel in 2025")
        let rows = QueryResult(columns: ["channel", "revenue"],
                               rows: [[.text("retail"), .real(10)], [.text("online"), .real(8)], [.text("marketplace"), .real(3)]],
                               truncated: false)
        let most = try await plan("which one had the most orders?", after: byChannel, result: rows)
        XCTAssertEqual(most.metrics, ["orders"])
        XCTAssertEqual(most.dimensions, ["channel"])
        XCTAssertEqual(most.limit, 1)
        XCTAssertFalse(most.ascending)
        XCTAssertEqual(most.period, byChannel.period, "the rows' own period still narrows the ranking")
    }

    func testThatMonthIsTheBucketShown() async throws {
        let best = try await plan("which month of 2025 had the highest revenue?")
        let rows = QueryResult(columns: ["month", "revenue"], rows: [[.text("2025-11"), .real(1_118_054)]], truncated: false)
        let orders = try await plan("how many orders did we get that month?", after: best, result: rows)
        XCTAssertEqual(orders.metrics, ["orders"])
        XCTAssertEqual(orders.period?.start, "2025-11-01")
        XCTAssertEqual(orders.period?.end, "2025-12-01")
    }

    func testEachAfterAListAsksAFigurePerListedRecord() async throws {
        let list = try await plan("List our warehouses")
        let each = try await plan("how many shipments did each send in 2025", after: list)
        XCTAssertEqual(each.metrics, ["shipments"])
        XCTAssertEqual(each.dimensions, ["warehouse"])
        XCTAssertEqual(each.period?.start, "2025-01-01")
    }

    func testCompareWithAnotherValuePutsTheTwoSideBySide() async throws {
        let paris = try await plan("revenue for Paris Rivoli in 2025")
        let both = try await plan("compare with Online Store Europe", after: paris)
        XCTAssertEqual(both.dimensions, ["store"])
        XCTAssertEqual(both.filters.first { $0.dimension == "store" }?.values, ["Paris Rivoli", "Online Store Europe"])
        XCTAssertNil(both.comparePeriod, "two stores in one period, not two periods")
        // A period named is still a comparison of periods.
        let years = try await plan("compare with 2024", after: paris)
        XCTAssertEqual(years.comparePeriod?.start, "2024-01-01")
    }

    func testTooAddsABreakdownAndTheirFieldsJoinTheRows() async throws {
        let byChannel = try await plan("revenue by channel in 2025")
        let both = try await plan("split by city too", after: byChannel)
        XCTAssertEqual(both.dimensions, ["channel", "city"])
        let instead = try await plan("split by city instead", after: byChannel)
        XCTAssertEqual(instead.dimensions, ["city"])
        let top = try await plan("top 10 products by units sold in 2025")
        let rows = QueryResult(columns: ["product", "product_id", "units_sold"],
                               rows: [[.text("Penne"), .integer(272), .integer(2712)], [.text("Shirt"), .integer(644), .integer(2353)]],
                               truncated: false)
        let subcategories = try await plan("show me their subcategories too", after: top, result: rows)
        XCTAssertEqual(subcategories.kind, .metric)
        XCTAssertEqual(subcategories.dimensions, ["product", "subcategory"])
        XCTAssertEqual(subcategories.limit, 10)
    }

    func testEachPromoCodeLiftsTheOneCodeFilter() async throws {
        let one = try await plan("revenue with promo code SPRING10 in 2025")
        XCTAssertEqual(one.filters.map(\.dimension), ["promo_code"])
        let each = try await plan("what about each promo code?", after: one)
        XCTAssertEqual(each.dimensions, ["promo_code"])
        XCTAssertTrue(each.filters.allSatisfy { $0.dimension != "promo_code" }, "\(each.filters)")
    }
}
