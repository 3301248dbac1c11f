extension OrderSimulator {
    /// Lines per order, 1…8: mostly small baskets; businesses buy wider.
    static let consumerLineWeights: [Double] = [36, 26, 17, 10, 6, 3, 1.2, 0.8]
    static let businessLineWeights: [Double] = [25, 25, 20, 13, 8, 5, 2, 2]
    /// Odds of cancellation by payment method (bank transfers are often never paid).
    static let cancelOdds: [Double] = [0.035, 0.03, 0.16, 0.03, 0.008]

    /// Builds, prices and writes one order with everything that followed it.
    func emitOrder(_ plan: Plan, _ context: DayContext) throws {
        let orderId = orders.count + 1
        let customer = plan.customer
        let store = stores[plan.store]
        let segment = customers.segment[customer]
        let country = DemoCatalog.countries[customers.country[customer]]
        let ordered = context.day * DemoCalendar.secondsPerDay + plan.second

        fillBasket(context, electronicsOnly: store.electronicsOnly, segment: segment)
        let promotion = choosePromotion(context, customer: customer, channel: store.channel)
        let percent = promotion.map { DemoCatalog.promotions[$0].percent } ?? 0
        var subtotal = 0
        var discount = 0
        for index in lines.indices {
            // Per-line rounding, and the order's discount is the sum of the lines: the identity holds in cents.
            lines[index].discount = (lines[index].gross * percent + 50) / 100
            subtotal += lines[index].gross
            discount += lines[index].discount
        }
        let net = subtotal - discount
        let express = store.channel != .retail && random.chance(segment == 2 ? 0.3 : 0.14)
        var shippingFee: Int
        switch store.channel {
        case .retail: shippingFee = 0  // store sales are delivered free from the store's stock room
        case .marketplace: shippingFee = express ? 899 : (net >= 2_500 ? 0 : 399)
        case .online: shippingFee = express ? 1_299 : (net >= 4_900 ? 0 : 599)
        }
        if let promotion, DemoCatalog.promotions[promotion].freeShipping, !express { shippingFee = 0 }
        let tax = ((net + shippingFee) * country.taxBasisPoints + 5_000) / 10_000
        let total = net + shippingFee + tax

        let channelIndex = store.channel == .online ? 0 : (store.channel == .retail ? 1 : 2)
        let payment = random.pickIndex(weights: paymentWeights[channelIndex * 2 + (country.region == 3 ? 1 : 0)])
        var cancelOdds = OrderSimulator.cancelOdds[payment]
        if store.channel == .marketplace { cancelOdds += 0.01 }
        if context.month >= 11 { cancelOdds += 0.01 }
        let cancelled = random.chance(cancelOdds)
        customers.orderCount[customer] += 1

        let served = warehousesByCountry[customers.country[customer]]
        let warehouse = served.warehouses[random.pickIndex(weights: served.weights)]
        let status = fulfil(ordered: ordered, payment: payment, cancelled: cancelled, channel: store.channel,
                            express: express, warehouse: warehouse, customer: customer, context: context)

        try orders.insert(.int(orderId), .int(customer + 1), .int(plan.store + 1), .timestamp(ordered), .text(status),
                          .text(DemoCatalog.paymentMethods[payment]),
                          promotion.map { .text(DemoCatalog.promotions[$0].code) } ?? .null,
                          .cents(subtotal), .cents(discount), .cents(shippingFee), .cents(tax), .cents(total))
        let firstItemId = items.count + 1
        for line in lines {
            try items.insert(.int(items.count + 1), .int(orderId), .int(line.product + 1), .int(line.quantity),
                             .cents(line.unitPrice), .cents(line.discount), .cents(line.total))
        }
        try writeAftermath(orderId: orderId, firstItemId: firstItemId, customer: customer, express: express)

        // Inputs for the inventory snapshot: recent demand and stock reserved for unshipped orders.
        let warehouseCount = DemoCatalog.warehouses.count
        if status != "cancelled" && context.day > DemoTimeline.lastDay - 90 {
            for line in lines { recentUnits[line.product * warehouseCount + warehouse] += line.quantity }
        }
        if status == "pending" || status == "paid" {
            for line in lines { openUnits[line.product * warehouseCount + warehouse] += line.quantity }
        }
    }

    /// 1–8 distinct products; later lines often stay in the first line's category, and the
    /// refurbished-goods marketplaces only sell electronics.
    private func fillBasket(_ context: DayContext, electronicsOnly: Bool, segment: Int) {
        lines.removeAll(keepingCapacity: true)
        let count = 1 + random.pickIndex(weights: segment == 0 ? OrderSimulator.consumerLineWeights
                                                               : OrderSimulator.businessLineWeights)
        var anchor: Int?
        for _ in 0..<count {
            var category: Int?
            if electronicsOnly {
                category = 0
            } else if let anchor, random.chance(0.45) {
                category = anchor
            }
            guard let product = pickProduct(context, category: category) else { continue }
            if anchor == nil { anchor = products.category[product] }
            lines.append(Line(product: product, quantity: quantity(of: product, segment: segment),
                              unitPrice: price(of: product, context), discount: 0))
        }
    }

    /// A product on sale today and not yet in the basket, by popularity, thinned by the category's
    /// seasonality and growth.
    private func pickProduct(_ context: DayContext, category: Int?) -> Int? {
        for _ in 0..<24 {
            let product = if let category {
                products.categoryMembers[category][products.categoryPickers[category].pick(using: &random)]
            } else {
                products.picker.pick(using: &random)
            }
            guard products.isOnSale(product, day: context.day), !inBasket(product) else { continue }
            if random.uniform() < context.acceptance[products.category[product]] { return product }
        }
        // Rare: scan from a random point for anything sellable.
        let poolSize = category.map { products.categoryMembers[$0].count } ?? products.count
        let start = random.int(below: poolSize)
        for step in 0..<poolSize {
            let slot = (start + step) % poolSize
            let product = category.map { products.categoryMembers[$0][slot] } ?? slot
            if products.isOnSale(product, day: context.day) && !inBasket(product) { return product }
        }
        return nil
    }

    private func inBasket(_ product: Int) -> Bool {
        for line in lines where line.product == product { return true }
        return false
    }

    private func quantity(of product: Int, segment: Int) -> Int {
        let most = products.maxQuantity[product]
        var quantity = 1
        if most > 1 && random.chance(most >= 6 ? 0.45 : 0.18) { quantity = 2 + random.int(below: most - 1) }
        // Business buyers stock up on some lines.
        if segment == 2 && random.chance(0.2) {
            quantity *= 2 + random.int(below: 4)
        } else if segment == 1 && random.chance(0.15) {
            quantity *= 2 + random.int(below: 2)
        }
        return quantity
    }

    /// Today's list price (prices rose over the years), minus any markdown running today.
    private func price(of product: Int, _ context: DayContext) -> Int {
        var price = (products.listPrice[product] * context.priceLevel + 50) / 100
        let markdown = context.markdowns[products.category[product]]
        if random.chance(markdown.probability) {
            let percent = random.int(in: markdown.minPercent...markdown.maxPercent)
            price = (price * (100 - percent) + 50) / 100
        }
        return max(price, 1)
    }

    /// The first promotion whose window is open and that the shopper uses. Marketplaces run their own
    /// promotions (not ours), and few store shoppers bring a code.
    private func choosePromotion(_ context: DayContext, customer: Int, channel: DemoCatalog.Channel) -> Int? {
        guard channel != .marketplace else { return nil }
        let damping = channel == .retail ? 0.3 : 1
        for index in context.promotions {
            let promotion = DemoCatalog.promotions[index]
            switch promotion.window {
            case .firstOrder: guard customers.orderCount[customer] == 0 else { continue }
            case .loyalty: guard customers.tier[customer] >= 2 else { continue }
            default: break
            }
            if random.chance(promotion.uptake * damping) { return index }
        }
        return nil
    }
}
