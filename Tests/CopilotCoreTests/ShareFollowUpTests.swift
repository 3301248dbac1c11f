import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Follow-ups first met on blind conversations Z and AA: the share the rows just shown make up
/// together ("do those 3 make up"), the share the figure just given is of a wider whole ("what
/// share of all physical shop revenue is that?"), and a question over "all stores" after one store
/// or one kind of store.
final class ShareFollowUpTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: ShareFollowUpTests.model, values: MemoryValueIndex(values: [
        "channel": ["retail", "online", "marketplace"], "store": ["Amazon Europe", "Amazon US", "eBay US", "New York Fifth Avenue", "Paris Rivoli"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)
    private let quarter = QueryPlan.Period(start: "2025-07-01", end: "2025-10-01", label: "Q3 2025", relative: false)

    private func plan(_ question: String, context: PlanningContext) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: context)
    }

    func testTheRowsShownMakeUpOnePartTogether() async throws {
        var top = QueryPlan(kind: .metric, metrics: ["orders"])
        top.dimensions = ["store"]
        top.filters = [.init(dimension: "channel", values: ["marketplace"])]
        top.period = quarter
        top.limit = 3
        let shown = QueryResult(columns: ["store", "store_id", "orders"], rows: [
            [.text("Amazon Europe"), .integer(1), .integer(909)], [.text("Amazon US"), .integer(2), .integer(770)],
            [.text("eBay US"), .integer(3), .integer(212)],
        ], truncated: false)
        let share = try await plan("what share of all marketplace orders that quarter do those 3 make up?",
                                   context: PlanningContext(previousPlan: top, previousResult: shown, asOf: asOf))
        XCTAssertEqual(share.dimensions, [], "one figure for the three together")
        XCTAssertEqual(share.shareFilters, [.init(dimension: "store", values: ["Amazon Europe", "Amazon US", "eBay US"])])
        XCTAssertEqual(share.filters, [.init(dimension: "channel", values: ["marketplace"])])
        XCTAssertEqual(share.period, quarter)
    }

    func testTheFigureJustGivenIsThePartOfTheWholeNamed() async throws {
        var revenue = QueryPlan(kind: .metric, metrics: ["revenue"])
        revenue.entities = [.init(entity: "store", id: "7", name: "New York Fifth Avenue")]
        revenue.period = quarter
        let shown = QueryResult(columns: ["revenue"], rows: [[.real(73464.65)]], truncated: false)
        let share = try await plan("what share of all physical shop revenue that quarter is that?",
                                   context: PlanningContext(previousPlan: revenue, previousResult: shown, asOf: asOf))
        XCTAssertEqual(share.shareFilters, [.init(dimension: "store", values: ["New York Fifth Avenue"])], "the store is the part")
        XCTAssertEqual(share.filters, [.init(dimension: "channel", values: ["retail"])], "physical shops are the whole")
        XCTAssertTrue(share.entities.isEmpty)
    }

    func testAllStoresWidensWhatOneKindOfStoreNarrowed() async throws {
        var rate = QueryPlan(kind: .metric, metrics: ["cancellation_rate"])
        rate.filters = [.init(dimension: "channel", values: ["marketplace"])]
        rate.period = quarter
        let shown = QueryResult(columns: ["cancellation_rate"], rows: [[.real(0.049)]], truncated: false)
        let all = try await plan("and by payment method across all stores, same quarter",
                                 context: PlanningContext(previousPlan: rate, previousResult: shown, asOf: asOf))
        XCTAssertEqual(all.dimensions, ["payment_method"], "all stores is no breakdown by store")
        XCTAssertTrue(all.filters.isEmpty, "the marketplace stores are no longer the only ones")
        XCTAssertEqual(all.metrics, ["cancellation_rate"])
    }
}
