/// Simulates the three years of trading day by day: who buys, where, what, at what price, and what
/// happened to each order by the as-of date (payment, shipment, delivery, returns, reviews).
///
/// Orders are generated in time order, so `order_id` grows with `ordered_at`, and each order is
/// written together with its items, shipment, returns and reviews.
final class OrderSimulator {
    struct Line {
        var product: Int
        var quantity: Int
        var unitPrice: Int
        var discount: Int
        var gross: Int { quantity * unitPrice }
        var total: Int { quantity * unitPrice - discount }
    }

    /// One order of the day before it gets its id: sorted by time first.
    struct Plan {
        var second: Int
        var customer: Int
        var store: Int
        var sequence: Int
    }

    /// What does not change during a day.
    struct DayContext {
        var day: Int
        var month: Int
        var yearIndex: Int
        var priceLevel: Int
        /// Per category: odds that a drawn product of that category is kept (seasonality and trend).
        var acceptance: [Double]
        var markdowns: [(probability: Double, minPercent: Int, maxPercent: Int)]
        /// Catalog indexes of the promotions whose date window includes the day.
        var promotions: [Int]
        /// Black Friday weekend and the December rush: slower warehouses, strained carriers.
        var isPeak: Bool
    }

    let products: ProductTable
    var customers: CustomerTable
    let timeline: DemoTimeline
    var random: SeededRandom
    /// Post-purchase events draw from their own stream.
    var aftermath: SeededRandom

    let orders: RowInserter
    let items: RowInserter
    let shipments: RowInserter
    let returns: RowInserter
    let reviews: RowInserter

    let stores = DemoCatalog.stores
    let storeOpened: [Int]
    /// Index of a retail store's city in its country's city list (-1 for other channels).
    let storeCity: [Int]
    let storesByCountry: [[Int]]
    let warehousesByCountry: [(warehouses: [Int], weights: [Double])]
    let carrierWeights: [(standard: [Double], express: [Double])]
    let warehouseCountry: [Int]
    /// Per channel and "cash market" flag: payment method weights.
    let paymentWeights: [[Double]]
    /// Acceptance per (year, month, category), see ``DayContext/acceptance``.
    private let acceptanceTable: [[Double]]

    // Scratch buffers reused for every order.
    var lines: [Line] = []
    var plans: [Plan] = []
    var buyers: [Int] = []
    var storeWeights: [Double] = []
    /// (customer, product) pairs already reviewed: one review per customer and product.
    var reviewed = Set<Int>()
    /// What ``fulfil(ordered:payment:cancelled:channel:express:warehouse:customer:context:)`` produced
    /// for the current order.
    var shipmentDraft: ShipmentDraft?
    var returnDrafts: [ReturnDraft] = []
    var reviewDrafts: [ReviewDraft] = []

    /// Units per (product × warehouse count + warehouse) sold in the last 90 days / not yet shipped.
    var recentUnits: [Int]
    var openUnits: [Int]

    init(build: DemoBuild) throws {
        products = build.products
        customers = build.customers
        timeline = build.timeline
        random = build.random(.orders)
        aftermath = build.random(.fulfilment)
        orders = try build.inserter("orders", ["order_id", "customer_id", "store_id", "ordered_at", "status",
                                               "payment_method", "promo_code", "subtotal", "discount_amount",
                                               "shipping_fee", "tax_amount", "total_amount"])
        items = try build.inserter("order_items", ["order_item_id", "order_id", "product_id", "quantity",
                                                   "unit_price", "discount_amount", "line_total"])
        shipments = try build.inserter("shipments", ["shipment_id", "order_id", "warehouse_id", "carrier",
                                                     "service_level", "shipped_at", "promised_at", "delivered_at",
                                                     "shipping_cost", "status"])
        returns = try build.inserter("returns", ["return_id", "order_id", "order_item_id", "product_id",
                                                 "requested_at", "reason", "status", "refund_amount"])
        reviews = try build.inserter("reviews", ["review_id", "product_id", "customer_id", "order_id", "rating",
                                                 "created_at"])
        storeOpened = DemoCatalog.stores.map { DemoCalendar.day(year: $0.opened.year, month: $0.opened.month,
                                                                day: $0.opened.day) }
        storeCity = DemoCatalog.stores.map { store in
            guard store.channel == .retail else { return -1 }
            return DemoCatalog.countries[DemoBuild.country(store.country)].cities.firstIndex(of: store.city) ?? -1
        }
        storesByCountry = build.storesByCountry
        warehousesByCountry = build.warehousesByCountry
        carrierWeights = build.carrierWeights
        warehouseCountry = DemoCatalog.warehouses.map { DemoBuild.country($0.country) }
        paymentWeights = [DemoCatalog.Channel.online, .retail, .marketplace].flatMap { channel in
            [false, true].map { DemoCatalog.paymentWeights(channel: channel, cashMarket: $0) }
        }
        let categories = DemoCatalog.categories
        acceptanceTable = (0..<36).map { slot in
            let factors = categories.map { $0.season[slot % 12] * $0.trend[slot / 12] }
            let top = factors.max() ?? 1
            return factors.map { $0 / top }
        }
        let cells = products.count * DemoCatalog.warehouses.count
        recentUnits = Array(repeating: 0, count: cells)
        openUnits = Array(repeating: 0, count: cells)
    }

    /// Runs the whole window. Returns nothing: rows go straight to the inserters.
    func run(totalOrders: Int) throws {
        let perDay = timeline.ordersPerDay(total: totalOrders)
        for offset in 0..<DemoTimeline.dayCount {
            let context = dayContext(DemoTimeline.firstDay + offset)
            planDay(context, orderCount: perDay[offset])
            for plan in plans { try emitOrder(plan, context) }
        }
    }

    private func dayContext(_ day: Int) -> DayContext {
        let date = DemoCalendar.civil(day)
        let yearIndex = DemoTimeline.yearIndex(day)
        let promotions = DemoCatalog.promotions.indices.filter { index in
            switch DemoCatalog.promotions[index].window {
            case .firstOrder, .loyalty, .always: return true
            case .blackFriday: return timeline.isBlackFridayWeekend(day)
            case .yearly(let from, let to):
                let key = date.month * 100 + date.day
                return key >= from.month * 100 + from.day && key <= to.month * 100 + to.day
            }
        }
        return DayContext(
            day: day, month: date.month, yearIndex: yearIndex, priceLevel: DemoTimeline.priceLevel(day),
            acceptance: acceptanceTable[yearIndex * 12 + date.month - 1],
            markdowns: DemoCatalog.categories.indices.map { timeline.markdown(day: day, category: $0) },
            promotions: promotions,
            isPeak: timeline.isBlackFridayWeekend(day) || (date.month == 12 && date.day <= 23))
    }

    /// Chooses the day's buyers and stores and sorts the orders by time of day.
    private func planDay(_ context: DayContext, orderCount: Int) {
        plans.removeAll(keepingCapacity: true)
        buyers.removeAll(keepingCapacity: true)
        let alreadyThere = customers.signedUp(by: context.day - 1)
        let eligible = customers.signedUp(by: context.day)
        // Half of the people who sign up today buy right away.
        for customer in alreadyThere..<eligible where buyers.count < orderCount && random.chance(0.5) {
            buyers.append(customer)
        }
        while buyers.count < orderCount { buyers.append(pickCustomer(day: context.day, eligible: eligible)) }
        let weekday = DemoCalendar.weekday(context.day)
        for (sequence, customer) in buyers.enumerated() {
            let store = pickStore(customer: customer, day: context.day, weekday: weekday)
            let second = DemoTimeline.secondOfDay(retail: stores[store].channel == .retail, random: &random)
            plans.append(Plan(second: second, customer: customer, store: store, sequence: sequence))
        }
        plans.sort { $0.second != $1.second ? $0.second < $1.second : $0.sequence < $1.sequence }
    }

    /// A customer who had signed up, weighted by buying frequency; churned customers are redrawn.
    private func pickCustomer(day: Int, eligible: Int) -> Int {
        var customer = 0
        for _ in 0..<12 {
            customer = customers.picker.pick(prefix: eligible, using: &random)
            if customers.churnDay[customer] > day { return customer }
        }
        return customer
    }

    /// One of the open stores serving the customer's country. Stores in the customer's own city pull
    /// hard; shops trade more on Saturdays.
    private func pickStore(customer: Int, day: Int, weekday: Int) -> Int {
        let candidates = storesByCountry[customers.country[customer]]
        storeWeights.removeAll(keepingCapacity: true)
        for store in candidates {
            var weight = storeOpened[store] <= day ? stores[store].weight : 0
            if stores[store].channel == .retail {
                weight *= storeCity[store] == customers.city[customer] ? 6 : 0.3
                weight *= weekday == 5 ? 1.7 : (weekday == 6 ? 1.1 : 1)
            }
            storeWeights.append(weight)
        }
        return candidates[random.pickIndex(weights: storeWeights)]
    }
}
