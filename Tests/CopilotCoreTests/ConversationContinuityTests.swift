import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// What a follow-up keeps of the turn before, first met on blind conversations O: a person's
/// attribute keeps no period, the customers counted are the ones ranked, "that person" is the row
/// shown, a week shown keeps its date, a figure with no date takes no period, the money of the
/// records counted, and "how many of those …" after a breakdown is one figure.
final class ConversationContinuityTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: ConversationContinuityTests.model, values: MemoryValueIndex(values: [
        "customer": ["Ingrid Lindqvist"], "return_status": ["refunded"], "service_level": ["express"],
        "return_reason": ["damaged"], "last_name": ["Persson"], "supplier_country": ["China", "South Korea"],
        "country": ["South Korea", "China", "Portugal"], "channel": ["online", "retail"],
    ], synonyms: ["country": ["South Korea": ["korean", "korea"], "China": ["chinese"]]]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil, result: QueryResult? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(previousPlan: previous, previousResult: result, asOf: asOf))
    }

    func testAPersonsAttributeKeepsNoPeriodOfHerOrders() async throws {
        let orders = try await plan("How many orders did Ingrid Lindqvist place in 2024?")
        let email = try await plan("what's her email?", after: orders)
        XCTAssertEqual(email.kind, .records)
        XCTAssertNil(email.period, "2024 dated her orders, not her sign-up")
    }

    func testTheCustomersCountedAreTheOnesRankedAndThatPersonIsTheRowShown() async throws {
        let portugal = try await plan("How many customers do we have in Portugal?")
        let bought = try await plan("how many of them bought something in 2025?", after: portugal)
        let top = try await plan("who spent the most?", after: bought)
        XCTAssertEqual(top.metrics, ["revenue"])
        XCTAssertTrue(top.filters.contains { $0.values == ["Portugal"] }, "\(top.filters)")
        XCTAssertEqual(top.period?.start, "2025-01-01")
        let shown = QueryResult(columns: ["customer", "customer_id", "revenue"], rows: [[.text("Gustavo Pereira"), .integer(11646), .real(5902.59)]],
                                truncated: false)
        let city = try await plan("what city is that person in?", after: top, result: shown)
        XCTAssertEqual(city.entities.map(\.id), ["11646"], "“that person” is the customer shown, not a surname like Persson")
        XCTAssertFalse(city.filters.contains { $0.dimension == "last_name" })
    }

    func testAFigureWithNoDateTakesNoPeriod() async throws {
        let top = try await plan("What are our top 5 subcategories by units sold in 2025?")
        let rows = QueryResult(columns: ["subcategory", "subcategory_id", "units_sold"],
                               rows: [[.text("Tech Accessories"), .integer(11), .real(15849)], [.text("Snacks"), .integer(40), .real(12680)]],
                               truncated: false)
        let products = try await plan("the second one - how many products are in it?", after: top, result: rows)
        XCTAssertEqual(products.metrics, ["products"])
        XCTAssertNil(products.period, "the catalogue has no date")
    }

    func testAValueOfTheSameColumnThroughAnotherRoleReplacesTheFilter() async throws {
        let china = try await plan("What's the average lead time of our suppliers based in China?")
        let korea = try await plan("and the Korean ones?", after: china)
        XCTAssertEqual(korea.filters.count, 1, "\(korea.filters)")
        XCTAssertEqual(korea.filters.first?.values, ["South Korea"])
        XCTAssertEqual(korea.filters.first?.dimension, china.filters.first?.dimension)
    }

    func testBreakingOneWeekDownKeepsTheFigure() async throws {
        let weekly = try await plan("weekly revenue for the 4 weeks starting Monday 24 November 2025")
        let best = try await plan("which week was best?", after: weekly)
        let shown = QueryResult(columns: ["week", "revenue"], rows: [[.text("2025-11-24"), .real(334_738.61)]], truncated: false)
        let split = try await plan("break that week down by sales channel", after: best, result: shown)
        XCTAssertEqual(split.metrics, ["revenue"])
        XCTAssertEqual(split.dimensions, ["channel"])
        XCTAssertNil(split.grain, "one week is no breakdown by week")
        XCTAssertEqual(split.period?.start, "2025-11-24")
    }

    func testTheMoneyOfTheRecordsCountedAndOneFigureForHowManyOfThose() async throws {
        let returns = try await plan("How many returns were requested in October 2025?")
        let byReason = try await plan("by reason?", after: returns)
        let refunded = try await plan("how many of those were refunded?", after: byReason)
        XCTAssertEqual(refunded.dimensions, [], "the refunded ones counted: one figure")
        XCTAssertTrue(refunded.filters.contains { $0.values == ["refunded"] })
        let money = try await plan("how much money is that?", after: refunded)
        XCTAssertEqual(money.metrics, ["refunds"], "the returns' money is their refunds, not the shop's revenue")
    }
}
