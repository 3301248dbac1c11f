import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batches L–N: money never compared with a date, yearless month
/// ranges inside a stated year, "how many more … vs …", a percentage of another field asked back,
/// fragments after a question asked back, and questions that name one record.
final class QuestionReadingTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: QuestionReadingTests.model, values: MemoryValueIndex(values: [
        "city": ["Lisbon", "Berlin"], "loyalty_tier": ["platinum", "gold"], "acquisition_channel": ["email", "organic"],
        "store": ["London Oxford Street", "Amazon Europe"], "marketplace": ["Amazon"], "warehouse": ["Duisburg European Hub"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, after previous: QueryPlan? = nil, askedBack: Bool = false) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(previousPlan: previous, previousAskedBack: askedBack, asOf: asOf))
    }

    private func outcome(_ question: String, after previous: QueryPlan? = nil, askedBack: Bool = false) async -> PlannerOutcome {
        await planner.plan(question, context: PlanningContext(previousPlan: previous, previousAskedBack: askedBack, asOf: asOf))
    }

    func testAnAmountOfMoneyIsNeverComparedWithADate() async throws {
        let plan = try await plan("show me orders over $2000 placed on 28 nov 2025")
        XCTAssertEqual(plan.conditions, [Condition(field: "order_total", op: .greater, values: [.number(2000)])])
        XCTAssertEqual(plan.period?.start, "2025-11-28")
    }

    func testAYearlessMonthRangeRunsInsideTheYearSaid() async throws {
        let plan = try await plan("orders per month in 2024 pls, jan thru dec in order")
        XCTAssertEqual(plan.period?.start, "2024-01-01")
        XCTAssertEqual(plan.period?.end, "2025-01-01")
    }

    func testHowManyMoreComparesTheTwoPeriods() async throws {
        let plan = try await plan("how many more units did we sell in december 2025 vs december 2024?")
        XCTAssertEqual(plan.metrics, ["units_sold"])
        XCTAssertTrue(plan.dimensions.isEmpty)
        XCTAssertEqual(plan.comparePeriod?.start, "2024-12-01")
    }

    func testNameAndEmailAreFieldsNotAChannel() async throws {
        for question in ["platinum customers in lisbon? name and email", "platinum customers in lisbon? name and emial"] {
            let plan = try await plan(question)
            XCTAssertEqual(plan.kind, .records, question)
            XCTAssertTrue(plan.fields.contains("email"), question)
            XCTAssertFalse(plan.filters.contains { $0.dimension == "acquisition_channel" }, question)
        }
    }

    func testAPercentageOfAnotherFieldIsAskedBack() async {
        guard case .clarification = await outcome("Which active products have a unit cost above 85% of their list price?") else {
            return XCTFail("a field compared with a share of another field has no condition to say it")
        }
    }

    func testAFragmentAfterAQuestionAskedBackIsAskedBackToo() async throws {
        guard case .clarification(let asked) = await outcome("by carrier", askedBack: true) else { return XCTFail("answered a fragment of nothing") }
        XCTAssertEqual(asked.reason, .continuesUnanswered)
        // Accepting the question asked back goes on from the last answer.
        let earlier = try await plan("Revenue at London Oxford Street in 2025?")
        let next = try await plan("ok, then just the orders that year", after: earlier, askedBack: true)
        XCTAssertEqual(next.metrics, ["orders"])
    }

    func testWhatAboutAPlaceAfterANamedStoreIsThatStoresPlace() async throws {
        let first = try await plan("Revenue at London Oxford Street in 2025?")
        let second = try await plan("what about Berlin", after: first)
        XCTAssertEqual(second.filters.map(\.dimension), ["store.city"])
        XCTAssertEqual(second.period?.start, "2025-01-01")
    }

    func testTheAmazonStoreNamesOneStore() async throws {
        let named = try await plan("What was revenue at the Amazon store in 2025?")
        XCTAssertEqual(named.singleRecord, true)
        let several = try await plan("revenue by store in 2025")
        XCTAssertNil(several.singleRecord)
    }

    func testRecordsNamedAfterOnOnlyDateTheFigure() async throws {
        let plan = try await plan("Which subcategories had more than 500 returns on orders placed in 2024?")
        XCTAssertEqual(plan.metrics, ["returns"])
        XCTAssertEqual(plan.dateField, "ordered_at")
    }

    func testLeaveOutWithItsParticleAfterTheValues() async throws {
        let plan = try await plan("revenue in 2024, leave cancelled orders out")
        XCTAssertEqual(plan.metrics, ["revenue"])
        XCTAssertEqual(plan.filters, [QueryPlan.Filter(dimension: "order_status", values: ["cancelled"], negated: true)])
    }
}
