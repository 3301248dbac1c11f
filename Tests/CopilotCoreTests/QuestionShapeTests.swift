import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Words that decide the shape of an answer, on the demo model: "how much" of a selling verb is
/// money and "how many" units; two periods compared make figures, not lists; "across all stores"
/// scopes a total instead of breaking it down.
final class QuestionShapeTests: XCTestCase {
    private static let model = try! SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
    private let planner = OfflinePlanner(model: QuestionShapeTests.model)
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    func testHowMuchOfASellingVerbIsMoney() async throws {
        let much = try await plan("how much did we sell last month?")
        XCTAssertEqual(much.metrics, ["revenue"])
        let many = try await plan("how many did we sell last month")
        XCTAssertEqual(many.metrics, ["units_sold"])
        let stock = try await plan("how much stock do we have")
        XCTAssertNotEqual(stock.metrics, ["stock_value"], "“stock” right after “how much” is the noun, not a verb")
    }

    func testHowMuchANamedStoreSoldIsMoney() async throws {
        // Store names live in the value index; a channel named in the model stands in for them here.
        let store = try await plan("how much did the online stores sell in 2025?")
        XCTAssertEqual(store.metrics, ["revenue"])
        XCTAssertEqual(store.filters.map(\.values), [["online"]])
        let units = try await plan("how many units did the online stores sell in 2025?")
        XCTAssertEqual(units.metrics, ["units_sold"])
    }

    func testRankedPluralNamesTheGroups() async throws {
        let marketplaces = try await plan("top 3 marketplaces by revenue")
        XCTAssertEqual(marketplaces.metrics, ["revenue"])
        XCTAssertEqual(marketplaces.dimensions, ["marketplace"])
        XCTAssertEqual(marketplaces.limit, 3)
        XCTAssertTrue(marketplaces.filters.isEmpty, "the ranked plural is not the marketplace channel")
        let channel = try await plan("revenue from marketplace orders")
        XCTAssertFalse(channel.filters.isEmpty, "without a ranking the word is still the channel")
    }

    func testRankingByRecordsWithoutANameMeasuresThem() async throws {
        let cities = try await plan("top 5 cities by orders")
        XCTAssertEqual(cities.metrics, ["orders"])
        XCTAssertEqual(cities.limit, 5)
        let stores = try await plan("revenue by store")
        XCTAssertEqual(stores.metrics, ["revenue"], "records with a name are still a breakdown")
    }

    func testHowLongIsADuration() async throws {
        let deliveries = try await plan("how long do deliveries take by carrier")
        XCTAssertEqual(deliveries.metrics, ["avg:delivery_days"], "a count of shipments does not say how long they take")
        XCTAssertEqual(deliveries.dimensions, ["carrier"])
        let suppliers = try await plan("how long do our suppliers take to deliver")
        XCTAssertTrue(suppliers.fields.contains("lead_time"), "a supplier's one duration is its lead time")
        let refund = await planner.plan("how long does a paypal refund take to reach the customer", context: PlanningContext(asOf: asOf))
        XCTAssertFalse(refund.isPlan, "refunds carry no duration: asked back (or answered from the documents), never a list of amounts")
    }

    func testWhichOfManyAsksForOne() async throws {
        let store = try await plan("which of our stores had the most orders in 2025")
        XCTAssertEqual(store.limit, 1, "“which of our stores” picks one, though “stores” is plural")
        let stores = try await plan("which stores had the most orders in 2025")
        XCTAssertEqual(stores.limit, 10)
    }

    func testMoneyComparedOnRecordsIsTheirTotal() async throws {
        let orders = try await plan("list the non-cancelled orders over $3,000 placed in December 2025, biggest first")
        XCTAssertEqual(orders.kind, .records)
        XCTAssertEqual(orders.conditions.first?.field, "order_total", "$3,000 is an order's total, not a count of orders")
        XCTAssertEqual(orders.orderBy, "order_total")
        XCTAssertFalse(orders.ascending)
        XCTAssertNil(orders.limit, "“biggest first” orders the list; it does not cut it")
    }

    func testEachOfANarrowedNounGroups() async throws {
        let stores = try await plan("how many orders did each of our retail stores take in 2025?")
        XCTAssertEqual(stores.dimensions, ["store"])
        XCTAssertEqual(stores.filters.first?.values, ["retail"])
    }

    func testAQuestionAskedPerValueIsAFigurePerValue() async throws {
        let statuses = try await plan("how many orders are pending and how many are cancelled right now?")
        XCTAssertEqual(statuses.dimensions, ["order_status"], "\(statuses)")
    }

    func testAnAverageAskedIsNeverDropped() async throws {
        let outcome = await planner.plan("avg days from ship to delivery for each carrier, 2025 orders", context: PlanningContext(asOf: asOf))
        if case .plan(let plan, _) = outcome {
            XCTAssertFalse(plan.metrics.contains("shipments"), "an average is not a count: \(plan)")
        }
        let averaging = try await plan("products averaging under 3.5 stars with at least 40 reviews")
        XCTAssertFalse(averaging.having.isEmpty && averaging.conditions.isEmpty, "the averaging comparison is read")
    }

    func testAPeriodOpenedAfterIt() async throws {
        let later = try await plan("orders in 2024 or later")
        XCTAssertEqual(later.period?.start, "2024-01-01")
        XCTAssertEqual(later.period?.end, "9999-12-31")
        let earlier = try await plan("revenue in 2024 and earlier")
        XCTAssertEqual(earlier.period?.end, "2025-01-01")
    }

    func testAnAmountAsAPercentageIsItsRate() async throws {
        let rate = try await plan("gross margin by category in 2024 as a percentage")
        XCTAssertEqual(rate.metrics, ["gross_margin_pct"], "margin as a percentage is the margin rate")
        XCTAssertFalse(rate.share)
        let part = try await plan("what share of our gross margin in 2025 came from corporate customers")
        XCTAssertEqual(part.metrics, ["gross_margin"], "a share of the margin stays a share")
    }

    func testPhrasalVerbParticleIsStructure() async throws {
        let given = try await plan("how much did we give away in discounts in 2025")
        XCTAssertEqual(given.metrics, ["discounts"], "“away” in “give away” is part of the verb, not an unknown word")
    }

    func testTwoPeriodsComparedAreFigures() async throws {
        let orders = try await plan("orders this month vs last month")
        XCTAssertEqual(orders.kind, .metric)
        XCTAssertEqual(orders.metrics, ["orders"])
        XCTAssertEqual(orders.period?.start, "2025-12-01")
        XCTAssertEqual(orders.comparePeriod?.start, "2025-11-01")
        let list = try await plan("orders this month")
        XCTAssertEqual(list.kind, .records, "one period alone still lists")
    }

    func testAcrossAllScopesATotal() async throws {
        let all = try await plan("revenue across all stores in 2025")
        XCTAssertEqual(all.dimensions, [])
        XCTAssertEqual(all.metrics, ["revenue"])
        let each = try await plan("revenue across stores in 2025")
        XCTAssertEqual(each.dimensions, ["store"], "without “all”, across still breaks down")
    }

    func testWhichPeriodHadTheMostIsOnePeriod() async throws {
        let month = try await plan("which month of 2024 had the highest sales?")
        XCTAssertEqual(month.grain, .month)
        XCTAssertEqual(month.limit, 1)
        let hedged = try await plan("Which customer(s) placed the most orders over the whole history?")
        XCTAssertEqual(hedged.limit, 1, "“customer(s)”: one, ties kept")
        XCTAssertEqual(hedged.keepTies, true)
        XCTAssertNil(hedged.grain, "“the whole history” is all time, not a trend")
    }

    func testAShareOfMoneyFromValuedRecordsIsOneShare() async throws {
        let share = try await plan("what share of 2024 revenue came from online orders?")
        XCTAssertEqual(share.metrics, ["revenue"], "“online orders” says which part, it is no second metric")
        XCTAssertEqual(share.shareFilters.flatMap(\.values), ["online"])
    }

    func testValuesJoinedInAListShareTheirField() async throws {
        let places = OfflinePlanner(model: Self.model, values: MemoryValueIndex(values: ["country": ["Germany", "France", "Spain"]], synonyms: [:]))
        func plan(_ question: String) async throws -> QueryPlan {
            try await places.requirePlan(question, context: PlanningContext(asOf: asOf))
        }
        let stores = try await plan("list our stores in germany and france with their city and channel")
        XCTAssertEqual(stores.filters.count, 1, "\(stores.filters)")
        XCTAssertEqual(Set(stores.filters.flatMap(\.values)), ["Germany", "France"])
        let revenue = try await plan("revenue from customers in france or germany in 2025")
        XCTAssertEqual(revenue.metrics, ["revenue"], "the customers the money came from are no second metric")
        XCTAssertEqual(revenue.filters.count, 1)
        let both = try await plan("revenue and customers in france in 2025")
        XCTAssertEqual(both.metrics.count, 2, "a list still asks for both")
    }

    func testABareMonthBeforeADatedOneTakesItsYear() async throws {
        let spring = try await plan("revenue from March to May 2024")
        XCTAssertEqual(spring.period?.start, "2024-03-01")
        XCTAssertEqual(spring.period?.end, "2024-06-01")
    }

    func testValuedRecordsARestrictionNamesAreNoSecondMetric() async throws {
        let units = try await plan("units sold in 2025, delivered orders only")
        XCTAssertEqual(units.metrics, ["units_sold"])
        XCTAssertTrue(units.filters.contains { $0.values == ["delivered"] }, "\(units.filters)")
    }

    func testASingularGrainRankedIsOnePeriod() async throws {
        let day = try await plan("biggest sales day of 2025?")
        XCTAssertEqual(day.grain, .day)
        XCTAssertEqual(day.limit, 1)
        let months = try await plan("revenue by month in 2025, top 3")
        XCTAssertEqual(months.limit, 3)
    }

    func testTheVerbTheRowsAreDatedByIsNoStatus() async throws {
        let refunds = try await plan("total refunded amount on returns requested in 2025")
        XCTAssertEqual(refunds.metrics, ["refunds"])
        XCTAssertFalse(refunds.filters.contains { $0.values == ["requested"] }, "\(refunds.filters)")
        XCTAssertEqual(refunds.period?.start, "2025-01-01")
        let approved = try await plan("returns approved in 2025")
        XCTAssertTrue(approved.filters.contains { $0.values == ["approved"] }, "another status is still a status")
    }

    func testARelativeWhereClauseIsAskedBack() async throws {
        let places = OfflinePlanner(model: Self.model, values: MemoryValueIndex(values: ["warehouse": ["Chiba Logistics Center"]], synonyms: [:]))
        let outcome = await places.plan("2025 revenue from customers in the country where the Chiba Logistics Center is",
                                        context: PlanningContext(asOf: asOf))
        if case .plan(let plan, _) = outcome { XCTFail("a clause the plan cannot express is asked back, not half-read: \(plan)") }
    }

    func testAVerbBeforeAPeriodDatesTheRowsByItsOwnDate() async throws {
        let sent = try await plan("top 3 warehouses by shipments sent in 2025")
        XCTAssertEqual(sent.dateField, "shipped_at", "shipments sent in 2025 are dated by their ship date")
        let compiled = try SemanticCompiler(model: Self.model, dialect: .sqlite).compile(sent)
        XCTAssertTrue(compiled.sql.contains("shipments.shipped_at >= '2025-01-01'"), compiled.sql)
        XCTAssertFalse(compiled.sql.contains("ordered_at"), compiled.sql)
        let shipped = try await plan("on-time rate per carrier for stuff shipped in 2024")
        XCTAssertEqual(shipped.dateField, "shipped_at")
        XCTAssertFalse(shipped.filters.contains { $0.values == ["shipped"] }, "no “shipped” order status: \(shipped.filters)")
        let ordered = try await plan("shipments per carrier in 2025")
        XCTAssertNil(ordered.dateField, "without a verb, shipments keep the model's date")
        let orders = try await plan("how many orders shipped in 2025")
        XCTAssertNil(orders.dateField, "an order's ship date is not the orders' own: the status reading stays")
    }

    func testAnAverageOfAnAmountIsPerRecord() async throws {
        let cost = try await plan("whats the avg shipping cost in 2025")
        XCTAssertEqual(cost.metrics, ["per:shipping_cost/shipment"], "an average shipment's cost, not the total")
        let revenue = try await plan("average revenue by month in 2025")
        XCTAssertEqual(revenue.metrics, ["revenue"], "lines nobody counts are no record to average over")
    }

    func testANegatedFilterKeepsRowsWithoutAValue() async throws {
        let excluded = try await plan("2025 revenue excluding amazon")
        let filter = try XCTUnwrap(excluded.filters.first { $0.negated })
        XCTAssertEqual(SemanticCompiler.filterSQL(filter, expression: "stores.marketplace"),
                       "(stores.marketplace IS NULL OR stores.marketplace <> 'Amazon')", "stores on no marketplace are not Amazon's")
    }

    func testBestAndWorstFirstFollowTheMetricsSense() async throws {
        let worst = try await plan("avg rating per category, worst first")
        XCTAssertTrue(worst.ascending, "the lowest rating is the worst")
        XCTAssertNil(worst.limit)
        let late = try await plan("late deliveries by carrier in 2025, worst first")
        XCTAssertFalse(late.ascending, "the most late deliveries are the worst")
    }

    func testExamplesAndAsidesNarrowNothing() async throws {
        let listed = try await plan("can you split 2025 revenue by marketplace - amazon, ebay and so on")
        XCTAssertEqual(listed.dimensions, ["marketplace"])
        XCTAssertTrue(listed.filters.isEmpty, "examples of the breakdown are no filter: \(listed.filters)")
        let whose = try await plan("2025 rev by region (where the store is)")
        XCTAssertEqual(whose.dimensions.count, 1, "one breakdown, the store's region: \(whose.dimensions)")
        XCTAssertTrue(whose.dimensions.first?.hasPrefix("store.") == true, "\(whose.dimensions)")
        let ordersDated = try await plan("returns by reason, 2025 orders")
        XCTAssertEqual(ordersDated.metrics, ["returns"], "the orders say which returns, they are not counted")
        XCTAssertEqual(ordersDated.dateField, "ordered_at")
    }
}
