import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources
@testable import CopilotSQLite

/// The offline planner's reading of questions, checked on plans (no database needed).
final class PlannerTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: PlannerTests.model, values: [
        "category": ["Electronics", "Fashion", "Home & Kitchen"], "region": ["Europe", "North America"],
        "country": ["France", "Germany", "United States"], "subcategory": ["Laptops"],
    ])
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil, file: StaticString = #filePath, line: UInt = #line) -> QueryPlan? {
        switch planner.planSynchronously(question, context: PlanningContext(previousPlan: previous, asOf: asOf)) {
        case .plan(let plan, _): return plan
        default:
            XCTFail("no plan for “\(question)”", file: file, line: line)
            return nil
        }
    }

    private func clarifies(_ question: String, file: StaticString = #filePath, line: UInt = #line) {
        if case .plan(let plan, _) = planner.planSynchronously(question, context: PlanningContext(asOf: asOf)) {
            XCTFail("answered “\(question)” with \(plan)", file: file, line: line)
        }
    }

    func testMetricAndRelativePeriod() throws {
        let revenue = try XCTUnwrap(plan("revenue last month"))
        XCTAssertEqual(revenue.metrics, ["revenue"])
        XCTAssertEqual(revenue.period?.start, "2025-11-01")
        XCTAssertEqual(revenue.period?.end, "2025-12-01")
        let ytd = try XCTUnwrap(plan("AOV ytd"))
        XCTAssertEqual(ytd.metrics, ["aov"])
        XCTAssertEqual(ytd.period?.start, "2025-01-01")
        let rolling = try XCTUnwrap(plan("orders in the last 30 days"))
        XCTAssertEqual(rolling.period?.start, "2025-12-02")
        XCTAssertEqual(rolling.period?.end, "2026-01-01")
        XCTAssertEqual(try XCTUnwrap(plan("units sold Q3 2024")).period?.start, "2024-07-01")
        XCTAssertEqual(try XCTUnwrap(plan("revenue between 2024-03-01 and 2024-03-31")).period?.end, "2024-04-01")
    }

    func testTyposAndSynonyms() throws {
        XCTAssertEqual(try XCTUnwrap(plan("reveune by categry")).metrics, ["revenue"])
        XCTAssertEqual(try XCTUnwrap(plan("reveune by categry")).dimensions, ["category"])
        XCTAssertEqual(try XCTUnwrap(plan("how many oders in 2024")).metrics, ["orders"])
        XCTAssertEqual(try XCTUnwrap(plan("turnover in electronis")).filters, [.init(dimension: "category", values: ["Electronics"])])
    }

    func testBreakdownsSeriesAndRankings() throws {
        let series = try XCTUnwrap(plan("monthly revenue this year"))
        XCTAssertEqual(series.grain, .month)
        let ranking = try XCTUnwrap(plan("top 10 products by units sold"))
        XCTAssertEqual(ranking.metrics, ["units_sold"])
        XCTAssertEqual(ranking.dimensions, ["product"])
        XCTAssertEqual(ranking.limit, 10)
        XCTAssertFalse(ranking.ascending)
        let worst = try XCTUnwrap(plan("5 worst rated products"))
        XCTAssertEqual(worst.metrics, ["average_rating"])
        XCTAssertTrue(worst.ascending)
        XCTAssertEqual(worst.limit, 5)
        let best = try XCTUnwrap(plan("best customers"))
        XCTAssertEqual(best.metrics, ["revenue"])
        XCTAssertEqual(best.dimensions, ["customer"])
    }

    func testComparisonsAndShares() throws {
        let mom = try XCTUnwrap(plan("revenue this month vs last month"))
        XCTAssertEqual(mom.period?.start, "2025-12-01")
        XCTAssertEqual(mom.comparePeriod?.start, "2025-11-01")
        let yoy = try XCTUnwrap(plan("YoY growth of orders in Q3"))
        XCTAssertEqual(yoy.period?.start, "2025-07-01")
        XCTAssertEqual(yoy.comparePeriod?.start, "2024-07-01")
        let share = try XCTUnwrap(plan("what share of revenue comes from marketplaces"))
        XCTAssertEqual(share.shareFilters, [.init(dimension: "channel", values: ["marketplace"])])
        XCTAssertTrue(share.filters.isEmpty)
    }

    func testFollowUpsModifyThePreviousPlan() throws {
        let first = try XCTUnwrap(plan("revenue last month in France"))
        let lastYear = try XCTUnwrap(plan("and last year?", after: first))
        XCTAssertEqual(lastYear.metrics, ["revenue"])
        XCTAssertEqual(lastYear.period?.start, "2024-01-01")
        XCTAssertEqual(lastYear.filters, first.filters)
        let europe = try XCTUnwrap(plan("what about Europe", after: first))
        XCTAssertEqual(europe.filters, [.init(dimension: "region", values: ["Europe"])], "a geography replaces a geography")
        let units = try XCTUnwrap(plan("same for units sold", after: first))
        XCTAssertEqual(units.metrics, ["units_sold"])
        XCTAssertEqual(units.period, first.period)
        let monthly = try XCTUnwrap(plan("break that down by month", after: first))
        XCTAssertEqual(monthly.grain, .month)
        let top = try XCTUnwrap(plan("top 5 products by revenue"))
        XCTAssertEqual(try XCTUnwrap(plan("top 3 instead", after: top)).limit, 3)
    }

    func testLookupsAndEntities() throws {
        let order = try XCTUnwrap(plan("status of order 10042"))
        XCTAssertEqual(order.kind, .lookup)
        XCTAssertEqual(order.entities, [.init(entity: "order", id: "10042")])
        let bought = try XCTUnwrap(plan("what did customer 77 buy"))
        XCTAssertEqual(bought.entities, [.init(entity: "customer", id: "77")])
        XCTAssertEqual(bought.dimensions, ["product"])
        // A plural noun or a year is not an id.
        XCTAssertTrue(try XCTUnwrap(plan("new customers 2025")).entities.isEmpty)
    }

    func testACountedNounQualifiedByAMetricIsOneMetric() throws {
        XCTAssertEqual(try XCTUnwrap(plan("how many shipments were delivered late in 2025")).metrics, ["late_deliveries"])
        XCTAssertEqual(try XCTUnwrap(plan("products below their reorder point")).metrics, ["low_stock"])
        XCTAssertEqual(try XCTUnwrap(plan("how many customers signed up last month")).metrics, ["new_customers"])
        // A list of metrics stays a list.
        XCTAssertEqual(try XCTUnwrap(plan("orders, revenue and aov by month in 2025")).metrics, ["orders", "revenue", "aov"])
        let discontinued = try XCTUnwrap(plan("how many discontinued products do we have"))
        XCTAssertEqual(discontinued.metrics, ["products"])
        XCTAssertEqual(discontinued.filters, [.init(dimension: "product_status", values: ["discontinued"], negated: false)])
        XCTAssertEqual(try XCTUnwrap(plan("takings last week")).metrics, ["revenue"])
        XCTAssertEqual(try XCTUnwrap(plan("what is our inventory worth by warehouse")).metrics, ["stock_value"])
    }

    func testMovementRanksByChange() throws {
        let grew = try XCTUnwrap(plan("which category grew the most from 2024 to 2025"))
        XCTAssertEqual(grew.rankByChange, .absolute)
        XCTAssertEqual(grew.comparePeriod?.start, "2024-01-01")
        XCTAssertEqual(grew.limit, 1)
        XCTAssertFalse(grew.ascending)
        let fastest = try XCTUnwrap(plan("what are the 5 fastest growing products this year"))
        XCTAssertEqual(fastest.rankByChange, .relative)
        XCTAssertEqual(fastest.limit, 5)
        XCTAssertEqual(fastest.comparePeriod?.start, "2024-01-01")
        let fell = try XCTUnwrap(plan("which countries declined the most in 2025 vs 2024"))
        XCTAssertTrue(fell.ascending, "the biggest falls are the most negative changes")
        // Without a ranking, growth is a side-by-side comparison ordered by value.
        XCTAssertNil(try XCTUnwrap(plan("revenue growth by category this year vs last year")).rankByChange)
        clarifies("which carrier is fastest")
    }

    func testAsksBackInsteadOfGuessing() {
        clarifies("how are we doing?")
        clarifies("revenue by influencer")
        clarifies("what's our NPS")
        clarifies("churn forecast")
        if case .help = planner.planSynchronously("what can you do", context: PlanningContext(asOf: asOf)) {} else {
            XCTFail("help not recognised")
        }
    }

    func testCompiledSQLPassesTheGuardAndRuns() async throws {
        let database = try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath)
        let compiler = SemanticCompiler(model: Self.model, dialect: .sqlite)
        let runner = GuardedSQLRunner(database: database)
        for question in ["return rate by reason", "revenue this month vs last month by category", "share of revenue by channel",
                         "what share of orders were paid by card in 2025", "weekly orders last quarter", "stock of product 12 by warehouse"] {
            let compiled = try compiler.compile(try XCTUnwrap(plan(question)))
            let run = try await runner.run(compiled.sql)
            XCTAssertEqual(run.result.columns, compiled.columns.map(\.name), question)
            XCTAssertGreaterThan(run.result.rowCount, 0, question)
        }
    }
}
