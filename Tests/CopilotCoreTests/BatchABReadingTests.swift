import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings first met on blind batch AB and its conversations: records ranked by a figure after a
/// value ("rank our retail stores by revenue"), figures summed over the orders the shop counts,
/// examples closed by "etc", a range of months beside "the same months" of another year, a
/// participle said of the measured records, "top N X by <metric>" when the metric's words are also
/// a stored value, and follow-ups over the rows just shown.
final class BatchABReadingTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: BatchABReadingTests.model, values: MemoryValueIndex(values: [
        "channel": ["retail", "online", "marketplace"], "region": ["Europe", "Latin America"], "payment_method": ["paypal", "cash", "card"],
        "marketplace": ["Amazon", "eBay", "Mirakl"], "order_status": ["cancelled", "paid", "delivered"],
        "return_reason": ["defective", "late_delivery"], "warehouse": ["Mississauga Distribution Center"], "customer_country": ["Mexico", "Argentina"],
        "category": ["Books", "Electronics"], "carrier": ["UPS", "DPD"], "service_level": ["express", "standard"], "city": ["Reno"],
        "loyalty_tier": ["platinum", "gold"],
    ]))
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String, context: PlanningContext? = nil) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: context ?? PlanningContext(asOf: asOf))
    }

    private func sql(_ plan: QueryPlan) throws -> String {
        try SemanticCompiler(model: Self.model, dialect: .sqlite).compile(plan).sql
    }

    func testRecordsRankedByAFigureAfterTheirValue() async throws {
        let ranked = try await plan("rank our European retail stores by 2025 revenue, highest first")
        XCTAssertEqual(ranked.dimensions, ["store"])
        XCTAssertEqual(Set(ranked.filters.map(\.dimension)), ["region", "channel"])
        let one = try await plan("What did the online channel bring in during 2025?")
        XCTAssertEqual(one.dimensions, [], "one channel's figure, not one per store")
        let spenders = try await plan("customers from which acquisition channel spent the most with us in 2025")
        XCTAssertEqual(spenders.metrics, ["revenue"], "the customers spent it; they are not counted")
        XCTAssertEqual(spenders.dimensions, ["acquisition_channel"])
    }

    func testFiguresOverOrdersLeaveOutWhatTheShopDoesNotCount() async throws {
        let discounts = try sql(try await plan("Total order discounts on PayPal orders in Q1 2025"))
        XCTAssertTrue(discounts.contains("orders.status <> 'cancelled'"), discounts)
        let cancelled = try sql(try await plan("total shipping fees on cancelled orders in 2025"))
        XCTAssertTrue(cancelled.contains("orders.status = 'cancelled'"), cancelled)
        XCTAssertFalse(cancelled.contains("<> 'cancelled'"), "records named outside the count are let in: \(cancelled)")
    }

    func testExamplesRangesAndVerbs() async throws {
        let examples = try await plan("orders per marketplace in 2025 (Amazon, eBay etc)")
        XCTAssertEqual(examples.dimensions, ["marketplace"])
        XCTAssertTrue(examples.filters.isEmpty, "examples narrow nothing")

        let months = try await plan("monthly revenue Jan-Jun 2025 alongside the same months of 2024")
        XCTAssertEqual(months.period?.start, "2025-01-01")
        XCTAssertEqual(months.period?.end, "2025-07-01")
        XCTAssertEqual(months.comparePeriod?.start, "2024-01-01")
        XCTAssertEqual(months.comparePeriod?.end, "2024-07-01")

        let summers = try await plan("How many orders did we get from June to August 2024, and how many from June to August 2025?")
        XCTAssertEqual(summers.period?.start, "2025-06-01")
        XCTAssertEqual(summers.period?.end, "2025-09-01")
        XCTAssertEqual(summers.comparePeriod?.start, "2024-06-01", "each range in its own year, side by side")
        XCTAssertEqual(summers.comparePeriod?.end, "2024-09-01")

        let refunds = try await plan("how many refunds above $500 were paid on 2025 orders?")
        XCTAssertFalse(refunds.filters.contains { $0.dimension == "order_status" }, "paid is what was done to the refunds")
        let delivered = try await plan("how many orders were delivered in 2025")
        XCTAssertEqual(delivered.filters, [.init(dimension: "order_status", values: ["delivered"])], "the orders' own status stays")

        let counted = try sql(refunds)
        XCTAssertTrue(counted.contains("orders.ordered_at >= '2025-01-01'"), "the refunds are dated by their orders: \(counted)")
        let ordered = try await plan("return counts by reason for Electronics items ordered in 2024")
        XCTAssertEqual(ordered.metrics, ["returns"], "ordered dates the returns; it is no second figure")
        XCTAssertEqual(ordered.dateField, "ordered_at")
        let together = try await plan("What was our AOV across November and December 2024 taken together?")
        XCTAssertEqual(together.period?.start, "2024-11-01")
        XCTAssertEqual(together.period?.end, "2025-01-01")
        XCTAssertNil(together.comparePeriod, "one figure for the two months")

        let since = try await plan("list stores opened from 2023 on — name, city and channel")
        XCTAssertEqual(since.kind, .records, "name, city and channel are the fields asked for")
        XCTAssertEqual(since.period?.start, "2023-01-01")
        XCTAssertEqual(since.period?.end, "9999-12-31", "from 2023 on: until now")
        let onAmazon = try await plan("orders from 2024 on amazon")
        XCTAssertEqual(onAmazon.period?.end, "2025-01-01", "on amazon is where, not since when")

        let carriers = try await plan("top 5 carriers by late deliveries on 2025 orders")
        XCTAssertEqual(carriers.metrics, ["late_deliveries"])
        XCTAssertTrue(carriers.filters.isEmpty, "no return reason")
    }

    func testTheRecordsANarrowerCountCountsAreListed() async throws {
        let late = try await plan("list late UPS express parcels out of Reno for dec 2025 orders, with shipment id, promised date and delivery time")
        XCTAssertEqual(late.kind, .records)
        XCTAssertEqual(late.subject, "shipment")
        XCTAssertEqual(late.rowsOf, "late_deliveries", "late parcels are the rows late deliveries counts")
        XCTAssertTrue(try sql(late).contains("> shipments.promised_at"))
    }

    func testRecordsWithoutRowsOfAKindAndRecordsDatedByTheirEvent() async throws {
        let stores = try await plan("which online stores took no cash payments at all in 2025?")
        XCTAssertEqual(stores.kind, .records)
        XCTAssertEqual(stores.subject, "store", "the stores, not their orders")
        let missing = try XCTUnwrap(stores.related.first)
        XCTAssertFalse(missing.exists)
        XCTAssertEqual(missing.filters, [.init(dimension: "payment_method", values: ["cash"])])
        XCTAssertEqual(stores.filters, [.init(dimension: "channel", values: ["online"])])

        let joined = try await plan("Who are the platinum customers that joined in August 2025? Name, city and signup date.")
        XCTAssertEqual(joined.kind, .records, "joined dates the customers listed")
        XCTAssertEqual(joined.subject, "customer")
        XCTAssertEqual(joined.period?.start, "2025-08-01")
        let counted = try await plan("how many customers joined in August 2025?")
        XCTAssertEqual(counted.kind, .metric)
    }

    func testFollowUpsOverTheRowsShown() async throws {
        var parcels = QueryPlan(kind: .metric, metrics: ["shipments"])
        parcels.dimensions = ["carrier"]
        parcels.filters = [.init(dimension: "warehouse", values: ["Mississauga Distribution Center"])]
        let each = try await plan("avg shipping cost for each?", context: PlanningContext(previousPlan: parcels, asOf: asOf))
        XCTAssertEqual(each.dimensions, ["carrier"])
        XCTAssertEqual(each.filters, parcels.filters, "each row shown, still from that warehouse")

        var highest = QueryPlan(kind: .metric, metrics: ["cancellation_rate"])
        highest.dimensions = ["marketplace"]
        highest.limit = 1
        let shown = QueryResult(columns: ["marketplace", "cancellation_rate"], rows: [[.text("Mirakl"), .real(0.056)]], truncated: false)
        let count = try await plan("how many cancelled orders is that",
                                   context: PlanningContext(previousPlan: highest, previousResult: shown, asOf: asOf))
        XCTAssertTrue(count.filters.contains(.init(dimension: "marketplace", values: ["Mirakl"])), "\(count.filters)")

        var buyers = QueryPlan(kind: .metric, metrics: ["active_customers"])
        buyers.dimensions = ["customer_country"]
        let rows = QueryResult(columns: ["customer_country", "active_customers"], rows: [[.text("Mexico"), .integer(529)], [.text("Argentina"), .integer(40)]],
                               truncated: false)
        let fewest = try await plan("whats the AOV in the one with the fewest buying customers?",
                                    context: PlanningContext(previousPlan: buyers, previousResult: rows, asOf: asOf))
        XCTAssertEqual(fewest.metrics, ["aov"])
        XCTAssertEqual(fewest.filters, [.init(dimension: "customer_country", values: ["Argentina"])])

        var returned = QueryPlan(kind: .metric, metrics: ["returns"])
        returned.dimensions = ["product"]
        returned.limit = 5
        let products = QueryResult(columns: ["product", "product_id", "returns"], rows: [
            [.text("Lumina HDMI Cable 2m"), .integer(995), .integer(92)], [.text("Orbis Phone Case Rugged"), .integer(17), .integer(63)],
        ], truncated: false)
        let reason = try await plan("what's the main return reason for the top one?",
                                    context: PlanningContext(previousPlan: returned, previousResult: products, asOf: asOf))
        XCTAssertEqual(reason.dimensions, ["return_reason"])
        XCTAssertEqual(reason.metrics, ["returns"], "the reason met most often")
        XCTAssertTrue(reason.entities.contains { $0.id == "995" } || reason.filters.contains { $0.values == ["Lumina HDMI Cable 2m"] },
                      "the top product: \(reason.entities) \(reason.filters)")

        var spent = QueryPlan(kind: .metric, metrics: ["revenue"])
        spent.filters = [.init(dimension: "customer", values: ["Antoni Kamiński"])]
        spent.period = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025", relative: false)
        let over = try await plan("over how many orders?", context: PlanningContext(previousPlan: spent, asOf: asOf))
        XCTAssertEqual(over.metrics, ["orders"])
        XCTAssertEqual(over.filters, spent.filters, "the sentence goes on: the same customer")
        XCTAssertEqual(over.period, spent.period)

        var low = QueryPlan(kind: .metric, metrics: ["low_stock"])
        low.filters = [.init(dimension: "inventory_line.city", values: ["Monterrey"])]
        let books = try await plan("which of those are books? product and on hand", context: PlanningContext(previousPlan: low, asOf: asOf))
        XCTAssertEqual(books.kind, .records, "the counted lines, listed")
        XCTAssertEqual(books.rowsOf, "low_stock", "under the count's own condition")
        XCTAssertTrue(books.filters.contains(.init(dimension: "category", values: ["Books"])), "\(books.filters)")
        XCTAssertTrue(books.filters.contains(low.filters[0]))
        XCTAssertTrue(try sql(books).contains("<= inventory.reorder_point"))

        let favourite = try await plan("which store does she buy from most?", context: PlanningContext(previousPlan: spent, asOf: asOf))
        XCTAssertEqual(favourite.metrics, ["orders"], "how often she buys there, not how many units")
        XCTAssertEqual(favourite.dimensions, ["store"])
        XCTAssertEqual(favourite.limit, 1)

        var november = QueryPlan(kind: .metric, metrics: ["units_sold"])
        november.period = QueryPlan.Period(start: "2025-11-01", end: "2025-12-01", label: "November 2025", relative: false)
        for phrase in ["and the year before?", "and a year earlier?"] {
            let yearBack = try await plan(phrase, context: PlanningContext(previousPlan: november, asOf: asOf))
            XCTAssertEqual(yearBack.period?.start, "2024-11-01", "\(phrase): the same month a year back")
        }
        let monthBack = try await plan("and the month before?", context: PlanningContext(previousPlan: november, asOf: asOf))
        XCTAssertEqual(monthBack.period?.start, "2025-10-01")

        var signups = QueryPlan(kind: .metric, metrics: ["new_customers"])
        signups.dimensions = ["acquisition_channel"]
        let brought = try await plan("which channel brought in the most?", context: PlanningContext(previousPlan: signups, asOf: asOf))
        XCTAssertEqual(brought.metrics, ["new_customers"], "the rows shown, ranked by the figure they showed")
        XCTAssertEqual(brought.dimensions, ["acquisition_channel"])
        XCTAssertEqual(brought.limit, 1)
        let money = try await plan("which channel made the most money?", context: PlanningContext(previousPlan: signups, asOf: asOf))
        XCTAssertEqual(money.metrics, ["revenue"], "a figure named is the figure ranked by")

        var reviews = QueryPlan(kind: .metric, metrics: ["reviews"])
        reviews.filters = [.init(dimension: "category", values: ["Fashion"])]
        reviews.period = QueryPlan.Period(start: "2025-01-01", end: "2026-01-01", label: "2025", relative: false)
        let rating = try await plan("whats the average rating", context: PlanningContext(previousPlan: reviews, asOf: asOf))
        XCTAssertEqual(rating.filters, reviews.filters, "another figure of the same reviews")
        XCTAssertEqual(rating.period, reviews.period)

        var methods = QueryPlan(kind: .metric, metrics: ["orders"])
        methods.dimensions = ["payment_method"]
        let highestMethod = try await plan("which method was highest?", context: PlanningContext(previousPlan: methods, asOf: asOf))
        XCTAssertEqual(highestMethod.dimensions, ["payment_method"], "the last word of the field just shown names it")

        let unanswered = await planner.plan("whats the on-time rate at the top one",
                                            context: PlanningContext(previousPlan: QueryPlan(kind: .metric, metrics: ["late_deliveries"]),
                                                                     previousAskedBack: true, asOf: asOf))
        guard case .clarification = unanswered else { return XCTFail("a row of an answer never given: \(unanswered)") }
    }

    func testAmountsInAnotherCurrencyAreAskedBack() async throws {
        XCTAssertEqual(Self.model.currency, "USD")
        let euros = await planner.plan("what was 2025 revenue in euros?", context: PlanningContext(asOf: asOf))
        guard case .clarification = euros else { return XCTFail("no conversion is made: \(euros)") }
        let dollars = try await plan("what was 2025 revenue in dollars?")
        XCTAssertEqual(dollars.metrics, ["revenue"])
    }

    func testARemarkBeforeARequestForFigures() async throws {
        let context = PlanningContext(asOf: asOf)
        let cash = "cash is mostly a store thing - which 5 retail stores had the most cash orders in 2025?"
        let isDataRequest = await planner.readsPastLeadIn(cash, context: context)
        XCTAssertTrue(isDataRequest)
        let stores = try await plan(cash)
        XCTAssertTrue(stores.filters.contains(.init(dimension: "payment_method", values: ["cash"])))
        let pointing = await planner.readsPastLeadIn("sports is supposed to be our summer category - show me its units sold per quarter", context: context)
        XCTAssertFalse(pointing, "the request needs the remark it points at")
        let naming = await planner.readsPastLeadIn("paypal is meant to be what drives cancellations - what's the cancellation rate per channel in 2025?",
                                                   context: context)
        XCTAssertFalse(naming, "the remark names a value the request does not")
    }
}
