import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batch S: distinct values read over the dated records a period limits, a measure's word said again
/// ("show the rate too"), a number of stars compared as an average, "between the two years", "the
/// most of them" and a pronoun that points inside its own question.
final class ListedRecordsTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: ListedRecordsTests.model, values: MemoryValueIndex(values: [
        "store": ["São Paulo Paulista"], "promo_code": ["XMAS15"], "region": ["Latin America"],
    ]))
    private let compiler = SemanticCompiler(model: ListedRecordsTests.model, dialect: .sqlite)
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil, result: QueryResult? = nil,
                      periods: [QueryPlan.Period] = []) async throws -> QueryPlan {
        var context = PlanningContext(previousPlan: previous, previousResult: result, asOf: asOf)
        context.periods = periods
        return try await planner.requirePlan(question, context: context)
    }

    func testDistinctValuesAreDatedByTheRecordsTheyAreReadFrom() async throws {
        let methods = try await plan("What payment methods did shoppers use at São Paulo Paulista in 2025?")
        let sql = try compiler.compile(methods).sql
        XCTAssertTrue(sql.contains("SELECT DISTINCT orders.payment_method"), sql)
        XCTAssertTrue(sql.contains("orders.ordered_at >= '2025-01-01'"), sql)
        XCTAssertTrue(sql.contains("stores.name = 'São Paulo Paulista'"), "the store's orders, not the store's own fields")
        let codes = try compiler.compile(try await plan("which promo codes were used in Q4 2024")).sql
        XCTAssertTrue(codes.contains("orders.ordered_at >= '2024-10-01'"), codes)
    }

    func testGiveAwayIsTheVerbOfAnAmount() async throws {
        let given = try await plan("How much did we give away in order discounts in December 2025?")
        XCTAssertEqual(given.metrics.count, 1)
        XCTAssertEqual(given.period?.label, "December 2025")
        let sql = try compiler.compile(given).sql
        XCTAssertTrue(sql.contains("SUM(orders.discount_amount)"), sql)
    }

    func testAWordOfAMeasureNamedBeforeIsThatMeasure() async throws {
        let stores = try await plan("Which stores had a cancellation rate above 5% in 2025? show the rate too")
        XCTAssertEqual(stores.metrics, ["cancellation_rate"])
        XCTAssertEqual(stores.dimensions, ["store"])
        XCTAssertEqual(stores.having.first?.values, [0.05])
    }

    func testStarsAreNoCountOfTheRecordsAfterThem() async throws {
        let outcome = await planner.plan("Which subcategories averaged under 3.7 stars on reviews posted in 2025?", context: PlanningContext(asOf: asOf))
        if case .plan(let plan, _) = outcome {
            XCTAssertNotEqual(plan.having.first?.metric, "reviews", "3.7 stars is no number of reviews")
        }
    }

    func testTheTwoYearsAreThePeriodsComparedNotTwoRows() async throws {
        let y2025 = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025")
        var before = QueryPlan(kind: .metric, metrics: ["aov"])
        before.dimensions = ["channel"]
        before.period = QueryPlan.Period(start: "2024-01-01", end: "2025-01-01", label: "2024")
        let grew = try await plan("Which channel's AOV went up the most in dollars between the two years?", after: before,
                                  periods: [y2025, try XCTUnwrap(before.period)])
        XCTAssertEqual(grew.limit, 1)
        XCTAssertEqual(grew.period?.label, "2025", "the later of the two years talked about")
        XCTAssertEqual(grew.comparePeriod?.label, "2024")
        XCTAssertNotNil(grew.rankByChange)
    }

    func testTheMostOfThemCountsTheRecordsTalkedAbout() async throws {
        var basket = QueryPlan(kind: .metric, metrics: ["aov"])
        basket.filters = [.init(dimension: "promo_code", values: ["XMAS15"])]
        basket.period = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025")
        let store = try await plan("Which store took the most of them?", after: basket,
                                   result: QueryResult(columns: ["aov"], rows: [[.real(210.4)]], truncated: false))
        XCTAssertEqual(store.metrics, ["orders"])
        XCTAssertEqual(store.dimensions, ["store"])
        XCTAssertEqual(store.limit, 1)
    }

    func testThemAfterItsOwnNounIsThatNoun() async throws {
        var byChannel = QueryPlan(kind: .metric, metrics: ["revenue"])
        byChannel.dimensions = ["channel"]
        byChannel.period = QueryPlan.Period(start: "2025-10-06", end: "2025-10-13", label: "the week of 2025-10-06")
        let shown = QueryResult(columns: ["channel", "revenue"], rows: [[.text("online"), .real(9000)], [.text("retail"), .real(2000)]], truncated: false)
        let orders = try await plan("How many orders that week had a promo code on them?", after: byChannel, result: shown)
        XCTAssertEqual(orders.metrics, ["orders"])
        XCTAssertEqual(orders.dimensions, [], "“them” is the orders, not the channels shown")
        XCTAssertEqual(orders.period?.start, "2025-10-06")
    }
}
