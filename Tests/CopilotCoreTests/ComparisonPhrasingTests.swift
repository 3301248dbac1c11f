import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Comparisons first met on blind batches S and T: a postfix comparator after a noun ("5 orders or
/// more", "25 times or more"), a bare range ("a lead time of 10 to 20 days (inclusive)"),
/// "crossed", "longest first", the records a compared average is over, "1-star reviews", weeks in days, and
/// "against" before the one dated noun.
final class ComparisonPhrasingTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: ComparisonPhrasingTests.model, values: MemoryValueIndex(values: [:]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    func testAPostfixComparatorReachesPastItsNumber() async throws {
        let often = try await plan("how many customers ordered 25 times or more in 2025?")
        XCTAssertEqual(often.related.first?.threshold?.op, .greaterOrEqual)
        let suppliers = try await plan("List the suppliers with a lead time of 45 days or more, longest first.")
        XCTAssertEqual(suppliers.conditions.first?.field, "lead_time")
        XCTAssertEqual(suppliers.orderBy, "lead_time")
        XCTAssertFalse(suppliers.ascending)
    }

    func testTwoNumbersJoinedByToAreARangeOfAField() async throws {
        let range = try await plan("How many suppliers have a lead time of 10 to 20 days (inclusive)?")
        XCTAssertEqual(range.conditions.first?.op, .between)
        XCTAssertEqual(range.conditions.first?.field, "lead_time")
        // A count between two numbers is not read from "to" alone.
        let items = await planner.plan("how many orders had 3 to 5 items", context: PlanningContext(asOf: asOf))
        if case .plan(let plan, _) = items { XCTAssertTrue(plan.having.isEmpty, "\(plan)") }
    }

    func testCrossedIsMoreThan() async throws {
        let brands = try await plan("Which brands crossed $500k in revenue in 2025?")
        XCTAssertEqual(brands.having.first?.op, .greater)
        XCTAssertEqual(brands.having.first?.values, [500_000])
    }

    func testTheRecordsAComparedAverageIsOverAreItsContext() async throws {
        let low = try await plan("Which subcategories averaged under 3.75 stars on reviews posted in 2024?")
        XCTAssertEqual(low.dimensions, ["subcategory"])
        XCTAssertEqual(low.having.first?.metric, "average_rating")
        XCTAssertEqual(low.period?.label, "2024")
    }

    func testANumberInAFieldsUnitBeforeTheRecordsIsThatValue() async throws {
        for question in ["how many 1-star reviews did we get in 2025", "how many one-star reviews did we get in 2025"] {
            let ones = try await plan(question)
            XCTAssertEqual(ones.metrics, ["reviews"], question)
            XCTAssertEqual(ones.conditions.first?.field, "rating", question)
            XCTAssertEqual(ones.conditions.first?.op, .equal, question)
        }
    }

    func testWeeksAreSevenDays() async throws {
        let slow = try await plan("Which suppliers have a lead time longer than six weeks?")
        XCTAssertEqual(slow.conditions.first?.field, "lead_time")
        XCTAssertEqual(slow.conditions.first?.values, [.number(42)])
        // A period said in weeks stays a period.
        let recent = try await plan("orders in the last 6 weeks")
        XCTAssertNotNil(recent.period)
        XCTAssertTrue(recent.conditions.isEmpty)
    }

    func testAgainstBeforeTheOneDatedNounComparesNothing() async throws {
        let against = try await plan("returns by reason against 2024 orders")
        XCTAssertNil(against.comparePeriod, "'against 2024 orders' dates the returns, it compares nothing")
        XCTAssertEqual(against.period?.label, "2024")
        let years = try await plan("Refunds by return reason: 2024 orders against 2025 orders.")
        XCTAssertNotNil(years.comparePeriod, "two dated nouns are compared")
    }
}
