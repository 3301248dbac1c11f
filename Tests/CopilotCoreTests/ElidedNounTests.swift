import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batches T and store-blind-15: a count with no noun of its own in a
/// conversation, a metric phrase that carries its superlative, "star level", and a breakdown with
/// nothing after it.
final class ElidedNounTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: ElidedNounTests.model, values: MemoryValueIndex(values: [
        "product": ["Lumina HDMI Cable 2m"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(previousPlan: previous, asOf: asOf))
    }

    func testACountWithNoNounCountsWhatWasJustTalkedAbout() async throws {
        var sold = QueryPlan(kind: .metric, metrics: ["units_sold"])
        sold.filters = [QueryPlan.Filter(dimension: "product", values: ["Lumina HDMI Cable 2m"], negated: false)]
        sold.period = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025")
        let stock = try await plan("how many have we got in stock across all warehouses?", after: sold)
        XCTAssertEqual(stock.metrics, ["stock_on_hand"])
        XCTAssertEqual(stock.filters.first?.values, ["Lumina HDMI Cable 2m"], "the product just talked about")
        XCTAssertNil(stock.period, "stock is a snapshot, no period")
        // A count with its own noun is a question of its own.
        let orders = try await plan("how many orders did we get in 2025?", after: sold)
        XCTAssertTrue(orders.filters.isEmpty)
    }

    func testAMetricPhraseWithItsSuperlativeStillRanks() async throws {
        let returned = try await plan("What product was returned most often on orders from 2025?")
        XCTAssertEqual(returned.metrics, ["returns"])
        XCTAssertEqual(returned.dimensions, ["product"])
        XCTAssertEqual(returned.limit, 1)
        let stars = try await plan("For reviews left in 2025, how many were there at each star level?")
        XCTAssertEqual(stars.dimensions, ["rating"])
    }

    func testABreakdownWithNothingAfterItIsAskedBackOnItsOwn() async throws {
        let alone = await planner.plan("how much money for each", context: PlanningContext(asOf: asOf))
        guard case .clarification = alone else { return XCTFail("answered a breakdown of nothing: \(alone)") }
        // After a breakdown, "each" stands for its groups.
        var byChannel = QueryPlan(kind: .metric, metrics: ["orders"])
        byChannel.dimensions = ["channel"]
        let money = try await plan("and how much money for each?", after: byChannel)
        XCTAssertEqual(money.dimensions, ["channel"])
    }
}
