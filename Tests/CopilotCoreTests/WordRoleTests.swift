import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Words with two possible readings, settled by the words around them: a field that is also a
/// value, a day without its year next to a year, "across" before the records a total runs over.
final class WordRoleTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: WordRoleTests.model, values: MemoryValueIndex(values: [
        "acquisition_channel": ["email", "social", "search"], "customer": ["Ingrid Lindqvist"], "city": ["Berlin"],
        "country": ["United States", "China"], "carrier": ["UPS", "DPD"], "channel": ["retail", "online", "marketplace"],
    ], synonyms: ["country": ["United States": ["US", "the US"]]]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    func testAFieldThatIsAlsoAValueIsTheFieldAfterAPossessiveOrInAList() async throws {
        let email = try await plan("what's Ingrid Lindqvist's email?")
        XCTAssertEqual(email.fields, ["email"])
        XCTAssertFalse(email.filters.contains { $0.dimension == "acquisition_channel" }, "\(email.filters)")
        let theirs = try await plan("list customers in Berlin with their email")
        XCTAssertEqual(theirs.fields, ["email"])
        let listed = try await plan("list customers in Berlin: name, email and city")
        XCTAssertTrue(listed.fields.contains("email"), "\(listed.fields)")
        XCTAssertFalse(listed.filters.contains { $0.dimension == "acquisition_channel" }, "\(listed.filters)")
        // Before its noun, with no joiner, it is the value.
        let counted = try await plan("how many customers came through email")
        XCTAssertEqual(counted.filters.map(\.dimension), ["acquisition_channel"])
    }

    func testADayWithoutItsYearIsInTheYearBesideIt() async throws {
        let day = try await plan("how many orders did we get in 2024 (29 nov)?")
        XCTAssertEqual(day.period?.start, "2024-11-29")
        XCTAssertEqual(day.period?.end, "2024-11-30")
        // A range keeps both ends.
        let range = try await plan("revenue from march 2024 to 3 may")
        XCTAssertEqual(range.period?.start, "2024-03-01")
        XCTAssertNotEqual(range.period?.end, "2024-05-04")
    }

    func testMoneyComparedWithRecordsIsTheirAmount() async throws {
        let stores = try await plan("stores with more than $100,000 in orders in 2025")
        XCTAssertEqual(stores.dimensions, ["store"])
        XCTAssertEqual(stores.having.map(\.metric), ["revenue"])
        XCTAssertEqual(stores.metrics, ["revenue"])
        let counted = try await plan("stores with more than 1000 orders in 2025")
        XCTAssertEqual(counted.having.map(\.metric), ["orders"])
    }

    func testATotalAcrossRecordsIsOneFigure() async throws {
        let stock = try await plan("How much stock do we hold in total across the US warehouses?")
        XCTAssertEqual(stock.dimensions, [])
        XCTAssertEqual(stock.filters.map(\.dimension), ["country"])
        let lead = try await plan("Average lead time in days across our suppliers based in China")
        XCTAssertEqual(lead.dimensions, [])
        // Records narrowed by a value are summed over too; bare records are still the breakdown.
        let narrowed = try await plan("stock across the US warehouses")
        XCTAssertEqual(narrowed.dimensions, [])
        let split = try await plan("stock across warehouses")
        XCTAssertEqual(split.dimensions, ["warehouse"])
        // A verb of another date of the measured rows, in any of its forms, dates the period.
        let sent = try await plan("How many shipments did UPS send in Q2 2025?")
        XCTAssertEqual(sent.dateField, "shipped_at")
    }
}
