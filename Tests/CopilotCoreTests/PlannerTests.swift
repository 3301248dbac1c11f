import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources
@testable import CopilotSQLite

/// The offline planner's reading of questions, checked on plans (no database needed).
final class PlannerTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: PlannerTests.model, values: MemoryValueIndex(values: [
        "category": ["Electronics", "Fashion", "Home & Kitchen"], "region": ["Europe", "North America"],
        "country": ["France", "Germany", "United States"], "subcategory": ["Laptops"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(previousPlan: previous, asOf: asOf))
    }

    private func clarifies(_ question: String, file: StaticString = #filePath, line: UInt = #line) async {
        if case .plan(let plan, _) = await planner.plan(question, context: PlanningContext(asOf: asOf)) {
            XCTFail("answered “\(question)” with \(plan)", file: file, line: line)
        }
    }

    func testMetricAndRelativePeriod() async throws {
        let revenue = try await plan("revenue last month")
        XCTAssertEqual(revenue.metrics, ["revenue"])
        XCTAssertEqual(revenue.period?.start, "2025-11-01")
        XCTAssertEqual(revenue.period?.end, "2025-12-01")
        let ytd = try await plan("AOV ytd")
        XCTAssertEqual(ytd.metrics, ["aov"])
        XCTAssertEqual(ytd.period?.start, "2025-01-01")
        let rolling = try await plan("orders in the last 30 days")
        XCTAssertEqual(rolling.period?.start, "2025-12-02")
        XCTAssertEqual(rolling.period?.end, "2026-01-01")
        do { let p = try await plan("units sold Q3 2024"); XCTAssertEqual(p.period?.start, "2024-07-01") }
        do { let p = try await plan("revenue between 2024-03-01 and 2024-03-31"); XCTAssertEqual(p.period?.end, "2024-04-01") }
    }

    func testTyposAndSynonyms() async throws {
        do { let p = try await plan("reveune by categry"); XCTAssertEqual(p.metrics, ["revenue"]) }
        do { let p = try await plan("reveune by categry"); XCTAssertEqual(p.dimensions, ["category"]) }
        do { let p = try await plan("how many oders in 2024"); XCTAssertEqual(p.metrics, ["orders"]) }
        do { let p = try await plan("turnover in electronis"); XCTAssertEqual(p.filters, [.init(dimension: "category", values: ["Electronics"])]) }
    }

    func testBreakdownsSeriesAndRankings() async throws {
        let series = try await plan("monthly revenue this year")
        XCTAssertEqual(series.grain, .month)
        let ranking = try await plan("top 10 products by units sold")
        XCTAssertEqual(ranking.metrics, ["units_sold"])
        XCTAssertEqual(ranking.dimensions, ["product"])
        XCTAssertEqual(ranking.limit, 10)
        XCTAssertFalse(ranking.ascending)
        let worst = try await plan("5 worst rated products")
        XCTAssertEqual(worst.metrics, ["average_rating"])
        XCTAssertTrue(worst.ascending)
        XCTAssertEqual(worst.limit, 5)
        let best = try await plan("best customers")
        XCTAssertEqual(best.metrics, ["revenue"])
        XCTAssertEqual(best.dimensions, ["customer"])
    }

    func testComparisonsAndShares() async throws {
        let mom = try await plan("revenue this month vs last month")
        XCTAssertEqual(mom.period?.start, "2025-12-01")
        XCTAssertEqual(mom.comparePeriod?.start, "2025-11-01")
        let yoy = try await plan("YoY growth of orders in Q3")
        XCTAssertEqual(yoy.period?.start, "2025-07-01")
        XCTAssertEqual(yoy.comparePeriod?.start, "2024-07-01")
        let share = try await plan("what share of revenue comes from marketplaces")
        XCTAssertEqual(share.shareFilters, [.init(dimension: "channel", values: ["marketplace"])])
        XCTAssertTrue(share.filters.isEmpty)
    }

    func testFollowUpsModifyThePreviousPlan() async throws {
        let first = try await plan("revenue last month in France")
        let lastYear = try await plan("and last year?", after: first)
        XCTAssertEqual(lastYear.metrics, ["revenue"])
        XCTAssertEqual(lastYear.period?.start, "2024-01-01")
        XCTAssertEqual(lastYear.filters, first.filters)
        let europe = try await plan("what about Europe", after: first)
        XCTAssertEqual(europe.filters, [.init(dimension: "region", values: ["Europe"])], "a geography replaces a geography")
        let units = try await plan("same for units sold", after: first)
        XCTAssertEqual(units.metrics, ["units_sold"])
        XCTAssertEqual(units.period, first.period)
        let monthly = try await plan("break that down by month", after: first)
        XCTAssertEqual(monthly.grain, .month)
        let top = try await plan("top 5 products by revenue")
        do { let p = try await plan("top 3 instead", after: top); XCTAssertEqual(p.limit, 3) }
    }

    func testLookupsAndEntities() async throws {
        let order = try await plan("status of order 10042")
        XCTAssertEqual(order.kind, .records)
        XCTAssertEqual(order.fields, ["order_status"])
        XCTAssertEqual(order.entities, [.init(entity: "order", id: "10042")])
        let bought = try await plan("what did customer 77 buy")
        XCTAssertEqual(bought.entities, [.init(entity: "customer", id: "77")])
        XCTAssertEqual(bought.dimensions, ["product"])
        // A plural noun or a year is not an id.
        do { let p = try await plan("new customers 2025"); XCTAssertTrue(p.entities.isEmpty) }
    }

    func testACountedNounQualifiedByAMetricIsOneMetric() async throws {
        do { let p = try await plan("how many shipments were delivered late in 2025"); XCTAssertEqual(p.metrics, ["late_deliveries"]) }
        do { let p = try await plan("products below their reorder point"); XCTAssertEqual(p.metrics, ["low_stock"]) }
        do { let p = try await plan("how many customers signed up last month"); XCTAssertEqual(p.metrics, ["new_customers"]) }
        // A list of metrics stays a list.
        do { let p = try await plan("orders, revenue and aov by month in 2025"); XCTAssertEqual(p.metrics, ["orders", "revenue", "aov"]) }
        let discontinued = try await plan("how many discontinued products do we have")
        XCTAssertEqual(discontinued.metrics, ["products"])
        XCTAssertEqual(discontinued.filters, [.init(dimension: "product_status", values: ["discontinued"], negated: false)])
        do { let p = try await plan("takings last week"); XCTAssertEqual(p.metrics, ["revenue"]) }
        do { let p = try await plan("what is our inventory worth by warehouse"); XCTAssertEqual(p.metrics, ["stock_value"]) }
    }

    func testMovementRanksByChange() async throws {
        let grew = try await plan("which category grew the most from 2024 to 2025")
        XCTAssertEqual(grew.rankByChange, .absolute)
        XCTAssertEqual(grew.comparePeriod?.start, "2024-01-01")
        XCTAssertEqual(grew.limit, 1)
        XCTAssertFalse(grew.ascending)
        let fastest = try await plan("what are the 5 fastest growing products this year")
        XCTAssertEqual(fastest.rankByChange, .relative)
        XCTAssertEqual(fastest.limit, 5)
        XCTAssertEqual(fastest.comparePeriod?.start, "2024-01-01")
        let fell = try await plan("which countries declined the most in 2025 vs 2024")
        XCTAssertTrue(fell.ascending, "the biggest falls are the most negative changes")
        // Without a ranking, growth is a side-by-side comparison ordered by value.
        do { let p = try await plan("revenue growth by category this year vs last year"); XCTAssertNil(p.rankByChange) }
        await clarifies("which carrier is fastest")
    }

    func testAsksBackInsteadOfGuessing() async {
        await clarifies("how are we doing?")
        await clarifies("revenue by influencer")
        await clarifies("what's our NPS")
        await clarifies("churn forecast")
        if case .help = await planner.plan("what can you do", context: PlanningContext(asOf: asOf)) {} else {
            XCTFail("help not recognised")
        }
    }

    func testCompiledSQLPassesTheGuardAndRuns() async throws {
        let database = try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath)
        let compiler = SemanticCompiler(model: Self.model, dialect: .sqlite)
        let runner = GuardedSQLRunner(database: database)
        for question in ["return rate by reason", "revenue this month vs last month by category", "share of revenue by channel",
                         "what share of orders were paid by card in 2025", "weekly orders last quarter", "stock of product 12 by warehouse"] {
            let compiled = try compiler.compile(try await plan(question))
            let run = try await runner.run(compiled.sql)
            XCTAssertEqual(run.result.columns, compiled.columns.map(\.name), question)
            XCTAssertGreaterThan(run.result.rowCount, 0, question)
        }
    }
}
