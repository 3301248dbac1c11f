import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Periods opened on one side by "after", "since", "before", "until" (and "prior to", "up to"):
/// the open side reaches far into the past or the future, "after" starts the day after, and a word
/// that joins two periods ("from Black Friday through Cyber Monday") keeps the range closed.
final class OpenPeriodTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: OpenPeriodTests.model)
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func period(_ question: String) async throws -> QueryPlan.Period {
        let plan = try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
        return try XCTUnwrap(plan.period, "no period for “\(question)”")
    }

    func testAfterStartsTheDayAfterAndStaysOpen() async throws {
        let after = try await period("orders after 2025-06-01")
        XCTAssertEqual(after.start, "2025-06-02", "the day named is not after itself")
        XCTAssertEqual(after.end, "9999-12-31")
        let month = try await period("revenue after June")
        XCTAssertEqual(month.start, "2025-07-01")
        XCTAssertEqual(month.end, "9999-12-31")
        let year = try await period("revenue after 2025")
        XCTAssertEqual(year.start, "2026-01-01")
    }

    func testSinceStartsOnTheDayNamed() async throws {
        let since = try await period("revenue since 2025-10-15")
        XCTAssertEqual(since.start, "2025-10-15")
        XCTAssertEqual(since.end, "9999-12-31")
        let relative = try await period("orders since last month")
        XCTAssertEqual(relative.start, "2025-11-01")
        XCTAssertEqual(relative.end, "9999-12-31")
        XCTAssertEqual(relative.relative, true, "still read from the reference date")
    }

    func testBeforeAndUntilCloseTheEnd() async throws {
        let before = try await period("orders before last month")
        XCTAssertEqual(before.start, "0001-01-01")
        XCTAssertEqual(before.end, "2025-11-01", "ends where last month starts")
        let prior = try await period("revenue prior to 2025-06-01")
        XCTAssertEqual(prior.start, "0001-01-01")
        XCTAssertEqual(prior.end, "2025-06-01")
        let until = try await period("orders until 2025-03-31")
        XCTAssertEqual(until.start, "0001-01-01")
        XCTAssertEqual(until.end, "2025-04-01", "the day named is included")
    }

    func testAWordJoiningTwoPeriodsKeepsTheRangeClosed() async throws {
        let outcome = await planner.plan("daily sales from black friday through cyber monday this year", context: PlanningContext(asOf: asOf))
        guard case .plan(let plan, _) = outcome else { return XCTFail("no plan: \(outcome)") }
        XCTAssertEqual(plan.grain, .day)
        XCTAssertEqual(plan.period?.start, "2025-11-28")
        XCTAssertEqual(plan.period?.end, "2025-12-02", "the day after Cyber Monday")
        let closed = try await period("revenue in June 2025")
        XCTAssertEqual(closed.start, "2025-06-01")
        XCTAssertEqual(closed.end, "2025-07-01")
    }

    func testBoundWords() {
        let one = OpenPeriod.bound(before: 2, in: ["orders", "after", "2025-06-01"])
        XCTAssertEqual(one?.length, 1)
        XCTAssertEqual(one?.side, .after)
        let two = OpenPeriod.bound(before: 3, in: ["revenue", "prior", "to", "june"])
        XCTAssertEqual(two?.length, 2)
        XCTAssertEqual(two?.side, .before)
        XCTAssertEqual(OpenPeriod.bound(before: 2, in: ["orders", "through", "june"])?.side, .until)
        XCTAssertEqual(OpenPeriod.bound(before: 3, in: ["orders", "up", "to", "june"])?.side, .until)
        XCTAssertNil(OpenPeriod.bound(before: 2, in: ["orders", "in", "june"]))
        XCTAssertNil(OpenPeriod.bound(before: 0, in: ["june"]))
    }

    func testEachSideOpensTheRightEnd() {
        let june = QueryPlan.Period(start: "2025-06-01", end: "2025-07-01", label: "June 2025", relative: true)
        let after = OpenPeriod.open(june, .after)
        XCTAssertEqual([after.start, after.end], ["2025-07-01", "9999-12-31"])
        XCTAssertEqual(after.label, "the time after June 2025")
        XCTAssertEqual(after.relative, true)
        let since = OpenPeriod.open(june, .since)
        XCTAssertEqual([since.start, since.end], ["2025-06-01", "9999-12-31"])
        let before = OpenPeriod.open(june, .before)
        XCTAssertEqual([before.start, before.end], ["0001-01-01", "2025-06-01"])
        let until = OpenPeriod.open(june, .until)
        XCTAssertEqual([until.start, until.end], ["0001-01-01", "2025-07-01"])
        XCTAssertEqual(until.label, "the time up to June 2025")
    }
}
