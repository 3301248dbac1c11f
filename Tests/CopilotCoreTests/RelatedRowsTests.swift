import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batches Z and AA: records missing related rows of a kind ("stores
/// with zero FREESHIP orders"), the rows a metric adds up listed with their fields ("refunds above
/// $1,500: return id, product and amount"), an identifier among the fields asked for, the one
/// person entity called "people", a topic label before the question, and weekdays' short names.
final class RelatedRowsTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: RelatedRowsTests.model, values: MemoryValueIndex(values: [
        "promo_code": ["FREESHIP", "BLACKFRIDAY"], "product_status": ["active", "discontinued"],
        "order_status": ["cancelled", "delivered", "shipped"], "shipment_status": ["delivered", "lost"],
        "channel": ["retail", "online", "marketplace"], "carrier": ["UPS", "DPD"], "subcategory": ["Audio", "Furniture"],
        "return_reason": ["defective", "damaged", "late_delivery"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)
    private let year = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025", relative: false)

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    private func sql(_ plan: QueryPlan) throws -> String {
        try SemanticCompiler(model: Self.model, dialect: .sqlite).compile(plan).sql
    }

    func testValuesSayWhichRelatedRowsAreMissing() async throws {
        let stores = try await plan("which stores had zero orders with the FREESHIP code in 2025?")
        XCTAssertEqual(stores.kind, .records)
        XCTAssertEqual(stores.subject, "store", "the stores are listed, not the orders")
        XCTAssertTrue(stores.filters.isEmpty)
        let missing = try XCTUnwrap(stores.related.first)
        XCTAssertFalse(missing.exists)
        XCTAssertEqual(missing.filters, [.init(dimension: "promo_code", values: ["FREESHIP"])])
        XCTAssertEqual(missing.period?.start, "2025-01-01", "the year limits the orders, not the stores' opening")
        XCTAssertNil(stores.period)
        let text = try sql(stores)
        XCTAssertTrue(text.contains("NOT EXISTS"), text)
        XCTAssertTrue(text.contains("promo_code = 'FREESHIP'"), text)

        let suppliers = try await plan("which suppliers don't have a single discontinued product?")
        XCTAssertEqual(suppliers.subject, "supplier")
        XCTAssertEqual(suppliers.related.first?.filters, [.init(dimension: "product_status", values: ["discontinued"])])
        XCTAssertEqual(suppliers.related.first?.exists, false)
    }

    func testACancelledOrderIsStillAnOrderWhenTheRowsMissingAreCancelledOnes() async throws {
        let stores = try await plan("Which stores didn't have a single cancelled order in Q1 2025?")
        let missing = try XCTUnwrap(stores.related.first)
        XCTAssertEqual(missing.through, "order", "the orders metric leaves cancelled orders out, so the records are meant")
        XCTAssertEqual(missing.filters, [.init(dimension: "order_status", values: ["cancelled"])])
    }

    func testTheRowsAMetricAddsUpAreListedWithItsConditions() async throws {
        let refunds = try await plan("Refunds above $1,500 on orders placed in Q4 2025: return id, product and amount, largest first.")
        XCTAssertEqual(refunds.kind, .records)
        XCTAssertEqual(refunds.subject, "return")
        XCTAssertEqual(refunds.rowsOf, "refunds")
        XCTAssertEqual(refunds.conditions, [Condition(field: "refund_amount", op: .greater, values: [.number(1500)])])
        XCTAssertEqual(refunds.dateField, "ordered_at", "the period is the orders'")
        XCTAssertEqual(refunds.orderBy, "refund_amount")
        let text = try sql(refunds)
        XCTAssertTrue(text.contains("returns.status = 'refunded'"), "only refunded returns are refunds: \(text)")

        let largest = try await plan("the 8 largest refunds on 2025 orders - return id, product and amount, largest first")
        XCTAssertEqual(largest.rowsOf, "refunds")
        XCTAssertEqual(largest.orderBy, "refund_amount", "largest by the refund, not by the order's total")
        XCTAssertEqual(largest.limit, 8)
    }

    func testAnIdentifierAmongTheFieldsAsksForRecords() async throws {
        let parcels = try await plan("lost parcels on November 2025 orders - give me order id, carrier and the warehouse")
        XCTAssertEqual(parcels.kind, .records)
        XCTAssertEqual(parcels.subject, "shipment", "the parcels are listed with their order's number")
        XCTAssertEqual(parcels.filters, [.init(dimension: "shipment_status", values: ["lost"])])
        XCTAssertEqual(parcels.dateField, "ordered_at")
    }

    func testTheOnePersonEntityIsWhatPeopleMeans() async throws {
        let signups = try await plan("how many people signed up in 2024")
        XCTAssertEqual(signups.metrics, ["new_customers"])
        let never = try await plan("how many people who signed up in 2024 have never actually bought anything?")
        XCTAssertEqual(never.related.first?.exists, false)
    }

    func testATopicLabelBeforeTheQuestionIsNoPartOfIt() async throws {
        XCTAssertEqual(OfflinePlanner.withoutTopicLabel("free shipping code question - how many orders used FREESHIP in 2025?"),
                       "how many orders used FREESHIP in 2025?")
        XCTAssertEqual(OfflinePlanner.withoutTopicLabel("gift card rules aside, how much revenue came from card?"), "how much revenue came from card?")
        XCTAssertEqual(OfflinePlanner.withoutTopicLabel("i know the refund policy makes them pay for the label, but how much did we refund in 2025?"),
                       "how much did we refund in 2025?", "a rule set aside before a request for figures")
        XCTAssertEqual(OfflinePlanner.withoutTopicLabel("re the 7 day bank transfer rule - how many bank transfer orders got cancelled?"),
                       "how many bank transfer orders got cancelled?")
        // A label before a question about how things work stays: it says the question is no data question.
        XCTAssertEqual(OfflinePlanner.withoutTopicLabel("sorry, dumb question - what does SKU stand for?"),
                       "sorry, dumb question - what does SKU stand for?")
        let orders = try await plan("free shipping code question - how many orders used FREESHIP in 2025, split by channel?")
        XCTAssertEqual(orders.metrics, ["orders"])
        XCTAssertEqual(orders.dimensions, ["channel"])
    }

    func testWeekdayShortNamesBesideDatesAndACountAfterItsPeriod() async throws {
        let weeks = try await plan("units sold each week from Mon 7 July to Sun 3 Aug 2025")
        XCTAssertEqual(weeks.grain, .week)
        XCTAssertEqual(weeks.period?.start, "2025-07-07")
        XCTAssertEqual(weeks.period?.end, "2025-08-04")
        let discounted = try await plan("How many 2025 orders had more than $100 knocked off in discounts?")
        XCTAssertEqual(discounted.metrics, ["orders"], "the orders are counted, not their discounts summed")
        let each = try XCTUnwrap(discounted.related.first, "each order's own discount is compared")
        XCTAssertEqual(each.through, "discounts")
        XCTAssertEqual(each.threshold, .init(op: .greater, values: [100]))
        XCTAssertEqual(each.period ?? discounted.period, year)
    }

    func testACountAskedWithAnotherRecordsFieldCountsThoseRecords() async throws {
        let returns = try await plan("how many audio items came back as defective, on orders placed in 2025?")
        XCTAssertEqual(returns.metrics, ["returns"])
        XCTAssertEqual(returns.dateField, "ordered_at")
        XCTAssertTrue(returns.filters.contains(.init(dimension: "return_reason", values: ["defective"])))
    }
}
