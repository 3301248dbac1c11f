import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// A negation that reaches its value through a verb or a preposition ("not shipped by UPS", "not in
/// Berlin") denies the value, and a denied status ("not shipped") is a negated status filter.
final class NegationReachTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: NegationReachTests.model, values: MemoryValueIndex(values: [
        "carrier": ["UPS", "FedEx", "DPD"], "city": ["Berlin", "Paris"], "order_status": ["cancelled", "delivered", "shipped"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    func testAVerbAndPrepositionPassTheDenialToTheValue() async throws {
        let revenue = try await plan("revenue from orders not shipped by UPS")
        XCTAssertEqual(revenue.metrics, ["revenue"])
        XCTAssertEqual(revenue.filters, [.init(dimension: "carrier", values: ["UPS"], negated: true)])
        let both = try await plan("orders not shipped by UPS or FedEx")
        XCTAssertEqual(both.filters, [.init(dimension: "carrier", values: ["UPS", "FedEx"], negated: true)])
        let counted = try await plan("how many orders were not delivered by DPD")
        XCTAssertEqual(counted.metrics, ["orders"])
        XCTAssertEqual(counted.filters, [.init(dimension: "carrier", values: ["DPD"], negated: true)])
    }

    func testWithoutTheNegationTheValueIsKept() async throws {
        let shipped = try await plan("orders shipped by UPS")
        XCTAssertEqual(shipped.filters, [.init(dimension: "carrier", values: ["UPS"], negated: false)])
    }

    func testAPrepositionAloneReachesThePlace() async throws {
        let customers = try await plan("customers not in Berlin")
        XCTAssertEqual(customers.subject, "customer")
        XCTAssertEqual(customers.filters, [.init(dimension: "city", values: ["Berlin"], negated: true)])
    }

    func testADeniedStatusIsANegatedStatusFilter() async throws {
        let orders = try await plan("orders not shipped")
        XCTAssertEqual(orders.subject, "order")
        XCTAssertEqual(orders.filters, [.init(dimension: "order_status", values: ["shipped"], negated: true)])
    }
}
