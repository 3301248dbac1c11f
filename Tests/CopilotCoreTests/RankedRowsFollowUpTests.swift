import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batches V and W: "the most common" value counted, a ranking's one
/// winner as what a follow-up with no noun is about, ordinals and "all five" that reach past a
/// look-up to the ranking shown before it, "which of the two" after two records named one after
/// the other, and a comparative that picks one of two.
final class RankedRowsFollowUpTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: RankedRowsFollowUpTests.model, values: MemoryValueIndex(values: [
        "store": ["Paris Rivoli", "Lyon Part-Dieu"], "city": ["Lyon"], "product": ["Lumina HDMI Cable 2m"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)
    private let year = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025")

    private func plan(_ question: String, context: PlanningContext? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: context ?? PlanningContext(asOf: asOf))
    }

    func testTheMostCommonValueCountsTheRecordsThatCarryIt() async throws {
        let reason = try await plan("what's the most common return reason for Lyon customers?")
        XCTAssertEqual(reason.metrics, ["returns"], "returns counted, not the customers named")
        XCTAssertEqual(reason.dimensions, ["return_reason"])
        XCTAssertEqual(reason.limit, 1)
        let given = try await plan("What's the most common reason customers give when they return something?")
        XCTAssertEqual(given.dimensions, ["return_reason"], "who gives the reason is no breakdown")
        XCTAssertEqual(given.limit, 1, "one reason asked for, though 'customers' is plural")
        // "our most frequent customer" ranks customers by their orders; a name is no value that recurs.
        let customer = try await plan("who's our most frequent customer, i.e. the one with the most orders?")
        XCTAssertEqual(customer.metrics, ["orders"])
        XCTAssertEqual(customer.dimensions, ["customer"])
    }

    func testACountWithNoNounAfterAOneRowRankingIsAboutTheWinner() async throws {
        var held = QueryPlan(kind: .metric, metrics: ["stock_on_hand"])
        held.dimensions = ["product"]
        held.limit = 1
        held.keepTies = true
        let shown = QueryResult(columns: ["product", "product_id", "stock_on_hand"], rows: [[.text("Lumina HDMI Cable 2m"), .integer(42), .integer(517)]],
                                truncated: false)
        let sold = try await plan("how many did we sell in 2025?", context: PlanningContext(previousPlan: held, previousResult: shown, asOf: asOf))
        XCTAssertEqual(sold.metrics, ["units_sold"])
        XCTAssertEqual(sold.entities.map(\.id), ["42"], "the product just found")
        // A question with its own noun is not about the winner.
        let orders = try await plan("how many orders did we get in 2025?", context: PlanningContext(previousPlan: held, previousResult: shown, asOf: asOf))
        XCTAssertTrue(orders.entities.isEmpty)
    }

    func testOrdinalsReachPastALookUpToTheRankingShown() async throws {
        var ranking = QueryPlan(kind: .metric, metrics: ["revenue"])
        ranking.dimensions = ["customer"]
        ranking.limit = 5
        ranking.period = year
        let rows: [[DatabaseValue]] = (1...5).map { [.text("Customer \($0)"), .integer(Int64($0 * 10)), .real(Double(1000 - $0))] }
        let top = QueryResult(columns: ["customer", "customer_id", "revenue"], rows: rows, truncated: false)
        var lookUp = QueryPlan(kind: .lookup)
        lookUp.entities = [QueryPlan.EntityFilter(entity: "customer", id: "10", name: "Customer 1")]
        let afterLookUp = PlanningContext(previousPlan: lookUp, previousResult: QueryResult(columns: ["customer_id"], rows: [[.integer(10)]], truncated: false),
                                          earlierPlan: ranking, asOf: asOf)
        var context = afterLookUp
        context.shownPlan = ranking
        context.shownResult = top
        let second = try await plan("and the no. 2 - which city do they live in", context: context)
        XCTAssertEqual(second.entities.map(\.id), ["20"])
        let all = try await plan("what did all five spend combined?", context: context)
        XCTAssertEqual(Set(all.entities.map(\.id)), ["10", "20", "30", "40", "50"])
        XCTAssertEqual(all.period, year, "in the ranking's period")
        // With no ranking shown, the second row of a one-row look-up is not there to point at.
        let lost = await planner.plan("and the no. 2 - which city do they live in", context: afterLookUp)
        if case .plan(let plan, _) = lost { XCTAssertNotEqual(plan.entities.map(\.id), ["20"]) }
    }

    func testWhichOfTheTwoRanksTheTwoRecordsJustNamed() async throws {
        var paris = QueryPlan(kind: .metric, metrics: ["revenue"])
        paris.filters = [QueryPlan.Filter(dimension: "store", values: ["Paris Rivoli"])]
        paris.period = year
        var lyon = paris
        lyon.filters = [QueryPlan.Filter(dimension: "store", values: ["Lyon Part-Dieu"])]
        let higher = try await plan("Which of the two had the higher AOV?", context: PlanningContext(previousPlan: lyon, earlierPlan: paris, asOf: asOf))
        XCTAssertEqual(higher.metrics, ["aov"])
        XCTAssertEqual(higher.filters.first { $0.dimension == "store" }?.values, ["Paris Rivoli", "Lyon Part-Dieu"])
        XCTAssertEqual(higher.limit, 1)
        XCTAssertFalse(higher.ascending)
    }

    func testAComparativeWithNoThanPicksOneOfTwo() async throws {
        let bigger = try await plan("which loyalty tier had the bigger average order value in 2025?")
        XCTAssertEqual(bigger.dimensions, ["loyalty_tier"])
        XCTAssertEqual(bigger.limit, 1)
        XCTAssertFalse(bigger.ascending)
        // Aimed at something else with "than", it is no pick of one: asked back.
        let against = await planner.plan("which stores had a higher return rate than Lyon in 2025", context: PlanningContext(asOf: asOf))
        guard case .clarification = against else { return XCTFail("answered a comparison with a group: \(against)") }
    }

    func testRegroupingAndPointingKeepTheSliceJustNamed() async throws {
        var late = QueryPlan(kind: .metric, metrics: ["late_deliveries"])
        late.filters = [QueryPlan.Filter(dimension: "warehouse", values: ["Mississauga Distribution Center"])]
        late.period = year
        let split = try await plan("split the late ones by carrier", context: PlanningContext(previousPlan: late, asOf: asOf))
        XCTAssertEqual(split.dimensions, ["carrier"])
        XCTAssertEqual(split.filters, late.filters, "still the one warehouse")
        var lowest = QueryPlan(kind: .metric, metrics: ["aov"])
        lowest.dimensions = ["loyalty_tier"]
        lowest.limit = 1
        lowest.ascending = true
        lowest.period = year
        let shown = QueryResult(columns: ["loyalty_tier", "aov"], rows: [[.text("platinum"), .real(168.07)]], truncated: false)
        let bought = try await plan("how many customers in that tier actually bought that year?",
                                    context: PlanningContext(previousPlan: lowest, previousResult: shown, asOf: asOf))
        XCTAssertEqual(bought.metrics, ["customers"])
        XCTAssertEqual(bought.filters, [QueryPlan.Filter(dimension: "loyalty_tier", values: ["platinum"])])
        XCTAssertEqual(bought.related.first?.exists, true, "customers who bought, not units beside them")
    }
}
