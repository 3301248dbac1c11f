import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Rankings of records by a field and the words around them, on the demo model: a superlative on
/// a number field orders records (one record, ties kept, when the field is said in the singular),
/// a date word means the records' own date, a noun joined to a superlative by "with" says how many
/// are ranked, a year-like number after "above" is a quantity, and a verified question is matched
/// only in the number it was verified in.
final class RecordRankingTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: RecordRankingTests.model)
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    /// "the last order of 2024", "the first review": the earliest or latest record by its own date;
    /// asked with "when", that date is the field shown.
    func testTheFirstOrLastRecordIsByItsOwnDate() async throws {
        let last = try await plan("when was the last order of 2024 placed?")
        XCTAssertEqual(last.kind, .records)
        XCTAssertEqual(last.orderBy, "ordered_at")
        XCTAssertEqual(last.ascending, false)
        XCTAssertEqual(last.limit, 1)
        XCTAssertEqual(last.fields, ["ordered_at"])
        XCTAssertEqual(last.period?.start, "2024-01-01")
        let first = try await plan("show me the first review we got")
        XCTAssertEqual(first.orderBy, "review_date")
        XCTAssertEqual(first.ascending, true)
        XCTAssertEqual(first.limit, 1)
        // "which store opened first": the date said by its event, then "first".
        let opened = try await plan("which store opened first?")
        XCTAssertEqual(opened.kind, .records)
        XCTAssertEqual(opened.orderBy, "opened_on")
        XCTAssertEqual(opened.ascending, true)
        XCTAssertEqual(opened.limit, 1)
        let one = try await plan("of all our stores, which one opened first?")
        XCTAssertEqual(one.limit, 1, "“which one” asks for one record though “stores” is plural")
        // Plural nouns are no one record: "the first orders of 2024" is not ranked to one.
        let plural = try? await plan("the first orders of 2024")
        XCTAssertNotEqual(plural?.limit, 1)
    }

    func testASuperlativeOnANumberFieldOrdersRecords() async throws {
        let one = try await plan("which supplier has the longest lead time")
        XCTAssertEqual(one.kind, .records)
        XCTAssertEqual(one.subject, "supplier")
        XCTAssertEqual(one.orderBy, "lead_time")
        XCTAssertEqual(one.ascending, false)
        XCTAssertEqual(one.limit, 1)
        XCTAssertEqual(one.keepTies, true, "every supplier at the longest lead time")

        let plural = try await plan("which products have the highest list price")
        XCTAssertEqual(plural.limit, 1, "the records at the one highest value, however many")
        XCTAssertEqual(plural.keepTies, true)

        let sorted = try await plan("suppliers with the longest lead times")
        XCTAssertEqual(sorted.orderBy, "lead_time")
        XCTAssertNil(sorted.limit, "lead times in the plural: a sorted list, not the maximum")
    }

    func testADateWordMeansTheRecordsOwnDate() async throws {
        let pending = try await plan("show pending orders with customer and payment method, oldest first")
        XCTAssertEqual(pending.subject, "order")
        XCTAssertEqual(pending.orderBy, "ordered_at", "not the store's opening date reached through the join")
        XCTAssertEqual(pending.ascending, true)
        let returns = try await plan("the 10 latest return requests with product and reason")
        XCTAssertEqual(returns.orderBy, "requested_at", "not the product's launch date")
        XCTAssertEqual(returns.limit, 10)
        let stores = try await plan("the oldest store")
        XCTAssertEqual(stores.orderBy, "opened_on", "a store's own date")
    }

    func testTheNounJoinedToASuperlativeSaysHowManyAreRanked() async throws {
        let one = try await plan("who supplies the product with the most returns?")
        XCTAssertEqual(one.limit, 1)
        XCTAssertEqual(one.keepTies, true)
        let several = try await plan("products with the most reviews")
        XCTAssertEqual(several.limit, 10)
    }

    func testAYearLikeNumberAfterAComparatorIsAQuantity() async throws {
        let priced = try await plan("products priced above 2000")
        XCTAssertNil(priced.period, "2000 is a price here, not the year 2000")
        XCTAssertEqual(priced.conditions.first?.field, "list_price")
        XCTAssertEqual(priced.conditions.first?.op, .greater)
        let before = try await plan("orders before 2024")
        XCTAssertEqual(before.period?.end, "2024-01-01", "a period word keeps the year")
    }

    func testAComparisonWithAnExtremeIsNoRanking() async throws {
        let outcome = await planner.plan("products priced less than the lowest list price of any Brickland product",
                                         context: PlanningContext(asOf: asOf))
        if case .plan(let plan, _) = outcome {
            XCTAssertFalse(plan.orderBy == "list_price" && plan.conditions.isEmpty,
                           "the comparison was dropped and the products ranked instead")
        }
    }

    func testAVerifiedQuestionMatchesOnlyInItsNumber() async {
        let plural = await planner.plan("which suppliers have the longest lead times", context: PlanningContext(asOf: asOf))
        guard case .verified = plural else { return XCTFail("the verified question itself: \(plural)") }
        let singular = await planner.plan("which supplier has the longest lead time", context: PlanningContext(asOf: asOf))
        if case .verified = singular { XCTFail("one supplier asked for, a ranking of suppliers answered") }
        let contracted = await planner.plan("whats our repeat purchase rate", context: PlanningContext(asOf: asOf))
        guard case .verified = contracted else { return XCTFail("“whats” has no number: \(contracted)") }
    }

    func testARecordListShowsTheNamePartsOfTheNamesItShows() async throws {
        let compiled = try SemanticCompiler(model: Self.model, dialect: .sqlite)
            .compile(try await plan("list the orders placed in December 2025 - customer name, store and total"))
        let names = compiled.columns.map(\.name)
        XCTAssertTrue(names.contains("customer"))
        XCTAssertTrue(names.contains("first_name") && names.contains("last_name"), "\(names)")
    }
}
