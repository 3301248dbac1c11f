import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batch T: what the shop sold, counted, is units; a field named
/// before its value with a negation between; a number of the counted rows themselves; records
/// counted by another count of the same rows; a period said before a noun dates that noun.
final class CountedRowsTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: CountedRowsTests.model, values: MemoryValueIndex(values: [
        "payment_method": ["card", "paypal", "cash", "gift card"], "service_level": ["standard", "express"],
    ]))
    private let compiler = SemanticCompiler(model: CountedRowsTests.model, dialect: .sqlite)
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    func testItemsWeSoldAreUnitsNotProductsThatSold() async throws {
        let sold = try await plan("how many items did we sell in h1 2025")
        XCTAssertEqual(sold.metrics, ["units_sold"])
        XCTAssertTrue(sold.related.isEmpty, "no count of products that have sales")
        // The customers are who bought; they are counted.
        let buyers = try await plan("how many customers bought something in 2025")
        XCTAssertEqual(buyers.metrics, ["customers"])
    }

    func testAFieldNamedBeforeANegatedValueIsNoBreakdown() async throws {
        for question in ["How many December 2025 orders were paid with something other than a card?",
                         "How many December 2025 orders were paid by anything but card?"] {
            let paid = try await plan(question)
            XCTAssertEqual(paid.dimensions, [], question)
            XCTAssertEqual(paid.filters.first?.negated, true, question)
            XCTAssertEqual(paid.filters.first?.values, ["card"], question)
        }
    }

    func testANumberOfTheCountedRowsPicksRows() async throws {
        let lines = try await plan("How many stock lines have 50 or more units on hand?")
        XCTAssertEqual(lines.metrics, ["inventory_line_count"])
        XCTAssertEqual(lines.conditions.first?.op, .greaterOrEqual)
        XCTAssertTrue(lines.having.isEmpty, "a condition on each stock line, not on a total")
        // Orders are no field of a customer: a condition on their number per customer.
        let loyal = try await plan("how many customers have 5 or more orders")
        XCTAssertEqual(loyal.metrics, ["customers"])
        XCTAssertTrue(loyal.conditions.isEmpty)
    }

    func testNewRecordsCountedWithARelatedConditionAreOneFigure() async throws {
        for question in ["how many customers who joined in 2025 have never ordered?",
                         "Of the customers who signed up in 2025, how many still haven't bought anything?"] {
            let plan = try await plan(question)
            XCTAssertEqual(plan.metrics, ["new_customers"], question)
            XCTAssertEqual(plan.dimensions, [], question)
            XCTAssertEqual(plan.related.first?.exists, false, question)
        }
    }

    func testAPeriodBeforeANounDatesThatNoun() async throws {
        let express = try await plan("what fraction of shipments on 2025 orders went express?")
        XCTAssertEqual(express.metrics, ["shipments"])
        let sql = try compiler.compile(express).sql
        XCTAssertTrue(sql.contains("'express'"), sql)
    }
}
