import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// The question parser's grammar, checked on plans: records, conditions, ratios, shares, value
/// comparisons, presence, negation and the questions it must ask back about.
final class ParserStructureTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: ParserStructureTests.model, values: MemoryValueIndex(values: [
        "category": ["Electronics", "Fashion", "Toys & Games"], "segment": ["corporate", "consumer"],
        "loyalty_tier": ["gold", "silver", "platinum", "none"], "channel": ["retail", "online", "marketplace"],
        "payment_method": ["card", "cash"], "carrier": ["UPS", "FedEx", "DPD"], "store": ["Paris Rivoli"],
        "order_status": ["cancelled", "delivered", "shipped"], "shipment_status": ["delivered", "lost"],
        "country": ["Spain", "Germany"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    func testRecordsWithConditionsOnTheirFields() async throws {
        let priced = try await plan("products priced over 1500")
        XCTAssertEqual(priced.kind, .records)
        XCTAssertEqual(priced.subject, "product")
        XCTAssertEqual(priced.conditions, [Condition(field: "list_price", op: .greater, values: [.number(1500)])])
        // A unit word names the line's own quantity, not units sold.
        let lines = try await plan("order lines with 10 or more units this month")
        XCTAssertEqual(lines.subject, "order_line")
        XCTAssertEqual(lines.conditions, [Condition(field: "quantity", op: .greaterOrEqual, values: [.number(10)])])
        let expensive = try await plan("10 most expensive products")
        XCTAssertEqual(expensive.orderBy, "list_price")
        XCTAssertEqual(expensive.limit, 10)
    }

    func testConditionsOnAMetricPerGroup() async throws {
        let customers = try await plan("customers with 5 or more orders")
        XCTAssertEqual(customers.dimensions, ["customer"])
        XCTAssertEqual(customers.having, [MetricCondition(metric: "orders", op: .greaterOrEqual, values: [5])])
        let rated = try await plan("products averaging under 3.5 stars with at least 40 reviews")
        XCTAssertEqual(rated.dimensions, ["product"])
        XCTAssertEqual(Set(rated.having.map(\.metric)), ["average_rating", "reviews"])
        let spenders = try await plan("who spent more than 10k with us this year? customers pls")
        XCTAssertEqual(spenders.dimensions, ["customer"])
        XCTAssertEqual(spenders.having.first?.values, [10_000])
    }

    func testPerIsARatioOnlyWhenAveragedOrBrokenDown() async throws {
        let perCustomer = try await plan("orders per customer by loyalty tier this year")
        XCTAssertEqual(perCustomer.metrics, ["per:orders/customer"])
        XCTAssertEqual(perCustomer.dimensions, ["loyalty_tier"])
        let units = try await plan("average units per order by channel")
        XCTAssertEqual(units.metrics, ["per:units_sold/order"])
        // On its own, "revenue per store" is a breakdown.
        let stores = try await plan("revenue per store")
        XCTAssertEqual(stores.metrics, ["revenue"])
        XCTAssertEqual(stores.dimensions, ["store"])
        XCTAssertNotNil(Self.model.metric(named: "per:orders/customer"))
        XCTAssertNil(Self.model.metric(named: "per:orders/order"), "a count per its own record is no ratio")
    }

    func testSharesSplitThePopulationFromThePart() async throws {
        let cash = try await plan("what share of retail store orders get paid in cash?")
        XCTAssertEqual(cash.filters, [.init(dimension: "channel", values: ["retail"])])
        XCTAssertEqual(cash.shareFilters, [.init(dimension: "payment_method", values: ["cash"])])
        let toys = try await plan("How much of December's revenue came from Toys & Games?")
        XCTAssertEqual(toys.shareFilters, [.init(dimension: "category", values: ["Toys & Games"])])
        XCTAssertEqual(toys.period?.start, "2025-12-01")
        // A rate with "%" is the rate, not a share of it.
        let punctual = try await plan("how punctual has each carrier been this year? on-time %")
        XCTAssertFalse(punctual.share)
        XCTAssertTrue(punctual.shareFilters.isEmpty)
    }

    func testPresenceAndAbsenceOfAValue() async throws {
        let with = try await plan("pct of orders w/ a promo code in 2025")
        XCTAssertEqual(with.shareFilters, [.init(dimension: "promo_code", values: [], negated: true)])
        let without = try await plan("What was revenue in 2025 from orders that did not use any promo code?")
        XCTAssertEqual(without.conditions, [Condition(field: "promo_code", op: .absent, values: [])])
    }

    func testComparisonsOfValuesAndOfPeriods() async throws {
        let tiers = try await plan("AOV of gold members vs silver members in 2025")
        XCTAssertEqual(tiers.dimensions, ["loyalty_tier"])
        XCTAssertNil(tiers.comparePeriod, "two values compared, not two periods")
        let halves = try await plan("did we get more signups in H1 this year than in H1 last year?")
        XCTAssertEqual(halves.period?.start, "2025-01-01")
        XCTAssertEqual(halves.comparePeriod?.start, "2024-01-01")
        XCTAssertEqual(halves.comparePeriod?.end, "2024-07-01")
        XCTAssertNil(halves.limit, "“more … than” compares, it does not rank")
    }

    func testVerbsAndStatusesAreToldApart() async throws {
        // "shipped by" introduces the carrier; it is not the order status "shipped".
        let parcels = try await plan("2025 parcels shipped by anyone other than UPS and FedEx - how many?")
        XCTAssertEqual(parcels.filters, [.init(dimension: "carrier", values: ["UPS", "FedEx"], negated: true)])
        let cancellations = try await plan("which store had the most cancellations this year")
        XCTAssertEqual(cancellations.metrics, ["orders"])
        XCTAssertEqual(cancellations.filters, [.init(dimension: "order_status", values: ["cancelled"])])
        XCTAssertEqual(cancellations.dimensions, ["store"])
    }

    func testNegatedVerbsAreRelatedRecords() async throws {
        let unsold = try await plan("how many active products sold nothing in december")
        XCTAssertEqual(unsold.related.first?.exists, false)
        XCTAssertEqual(unsold.related.first?.period?.start, "2025-12-01")
        let stores = try await plan("which stores had no orders at all in 2023?")
        XCTAssertEqual(stores.kind, .records)
        XCTAssertTrue(["order", "orders"].contains(stores.related.first?.through ?? ""))
    }

    func testHowDidItGoUsesTheMainMetric() async throws {
        let store = try await plan("How did Paris Rivoli do in 2025 compared to 2024?")
        XCTAssertEqual(store.metrics, [Self.model.metrics[0].name])
        XCTAssertEqual(store.comparePeriod?.start, "2024-01-01")
    }

    func testUnknownWordsAreAskedAbout() async {
        let outcome = await planner.plan("revenue by influencer", context: PlanningContext(asOf: asOf))
        guard case .clarification(let clarification) = outcome, case .unknownWords(let words, _) = clarification.reason else {
            return XCTFail("expected a clarification about unknown words, got \(outcome)")
        }
        XCTAssertEqual(words, ["influencer"])
    }

    func testEachOfNarrowedEntitiesAndTheirOwnFields() async throws {
        // "each of our stores located in Spain": one breakdown by store, narrowed by the store's
        // own country (not the customers').
        let stores = try await plan("revenue for each of our stores located in Spain this year")
        XCTAssertEqual(stores.dimensions, ["store"])
        XCTAssertEqual(stores.filters.map(\.dimension), ["store.country"])
        XCTAssertEqual(stores.filters.first?.values, ["Spain"])
        // A value with no owner before it keeps the plain field, so follow-ups can replace it.
        let plain = try await plan("revenue in Spain this year")
        XCTAssertEqual(plain.filters.map(\.dimension), ["country"])
        // A condition on a rate per group lists the groups that pass it; nothing asks for a count.
        let subcategories = try await plan("subcategories with a margin rate under 30%")
        XCTAssertEqual(subcategories.dimensions, ["subcategory"])
        XCTAssertEqual(subcategories.having.map(\.metric), ["gross_margin_pct"])
    }
}
