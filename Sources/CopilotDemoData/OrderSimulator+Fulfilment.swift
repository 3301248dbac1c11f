extension OrderSimulator {
    struct ShipmentDraft {
        var warehouse: Int
        var carrier: Int
        var shippedAt: Int
        var promisedDay: Int
        var deliveredAt: Int?
        var cost: Int
        var status: String
    }

    struct ReturnDraft {
        var line: Int
        var requestedAt: Int
        var reason: Int
        var status: String
        var refund: Int
    }

    struct ReviewDraft {
        var product: Int
        var rating: Int
        var createdAt: Int
    }

    private static let hour = 3_600
    private static let day = DemoCalendar.secondsPerDay
    /// Countries big enough that a domestic standard parcel is promised in 4 days instead of 3.
    private static let largeCountries: Set<String> = ["US", "CA", "AU", "BR"]

    /// Plays the order forward to the as-of instant and returns its status; leaves the shipment,
    /// returns and reviews it produced in the drafts.
    ///
    /// Status follows from time: an order placed minutes before the snapshot is still pending, one
    /// from last week may be in transit, older ones are delivered (or returned, or stuck with a lost
    /// parcel). Cancelled orders never ship.
    func fulfil(ordered: Int, payment: Int, cancelled: Bool, channel: DemoCatalog.Channel, express: Bool,
                warehouse: Int, customer: Int, context: DayContext) -> String {
        shipmentDraft = nil
        returnDrafts.removeAll(keepingCapacity: true)
        reviewDrafts.removeAll(keepingCapacity: true)
        if cancelled { return "cancelled" }
        let end = DemoTimeline.end
        let hour = OrderSimulator.hour
        let day = OrderSimulator.day

        let paid: Int
        switch payment {
        case 4: paid = ordered  // cash
        case 2: paid = ordered + day * (1 + aftermath.int(below: 3)) + aftermath.int(below: 12 * hour)
        default: paid = ordered + 30 + aftermath.int(below: 1_800)
        }
        if paid >= end { return "pending" }

        var shipped = paid + (channel == .retail ? 2 * hour + aftermath.int(below: 24 * hour)
                                                 : 4 * hour + aftermath.int(below: 36 * hour))
        if context.isPeak { shipped += aftermath.int(below: 24 * hour) }
        // Carriers collect between 06:00 and 20:00; later parcels leave the next morning.
        var shippedDay = shipped / day
        let clock = shipped - shippedDay * day
        if clock < 6 * hour {
            shipped = shippedDay * day + 6 * hour + aftermath.int(below: 3 * hour)
        } else if clock >= 20 * hour {
            shippedDay += 1
            shipped = shippedDay * day + 6 * hour + aftermath.int(below: 3 * hour)
        }
        if DemoCalendar.weekday(shippedDay) == 6 {  // no pickups on Sundays
            shippedDay += 1
            shipped = shippedDay * day + 8 * hour + aftermath.int(below: 4 * hour)
        }
        if shipped >= end { return "paid" }

        let customerCountry = customers.country[customer]
        let crossBorder = warehouseCountry[warehouse] != customerCountry
        let weights = express ? carrierWeights[warehouse].express : carrierWeights[warehouse].standard
        let carrierIndex = aftermath.pickIndex(weights: weights)
        let carrier = DemoCatalog.carriers[carrierIndex]
        let domesticDays = OrderSimulator.largeCountries.contains(DemoCatalog.countries[customerCountry].code) ? 4 : 3
        let promisedDay = shippedDay + (express ? (crossBorder ? 2 : 1) : (crossBorder ? 5 : domesticDays))
        var units = 0
        for line in lines { units += line.quantity }
        let baseCost = (express ? carrier.expressCost : carrier.standardCost) + (min(units, 20) - 1) * 60
        let cost = Int((Double(baseCost) * (crossBorder ? 1.35 : 1) * aftermath.uniform(0.92, 1.08)).rounded())

        // Carriers differ in punctuality; peaks and borders make everyone later.
        let onTimeOdds = carrier.onTimeRate + (express ? 0.02 : 0) - (crossBorder ? 0.03 : 0) - (context.isPeak ? 0.07 : 0)
        let late = !aftermath.chance(onTimeOdds)
        let deliveredDay = late
            ? promisedDay + 1 + aftermath.pickIndex(weights: [50, 25, 13, 7, 3, 2])
            : max(shippedDay + 1, promisedDay - aftermath.pickIndex(weights: [50, 35, 15]))
        let deliveredAt = deliveredDay * day + 8 * hour + aftermath.int(below: 12 * hour)

        var draft = ShipmentDraft(warehouse: warehouse, carrier: carrierIndex, shippedAt: shipped,
                                  promisedDay: promisedDay, deliveredAt: nil, cost: cost, status: "in_transit")
        let mishap = aftermath.uniform()
        if mishap < 0.007 && promisedDay + 10 < DemoTimeline.lastDay {
            // A parcel that never arrived: the order stays "shipped" while customer service sorts it out.
            draft.status = mishap < 0.003 ? "lost" : "returned_to_sender"
            shipmentDraft = draft
            return "shipped"
        }
        if deliveredAt >= end {
            shipmentDraft = draft
            return "shipped"
        }
        draft.deliveredAt = deliveredAt
        draft.status = "delivered"
        shipmentDraft = draft
        return settle(deliveredAt: deliveredAt, late: late, channel: channel, customer: customer)
    }

    /// Returns and reviews of a delivered order; "returned" when any return was not rejected.
    private func settle(deliveredAt: Int, late: Bool, channel: DemoCatalog.Channel, customer: Int) -> String {
        let end = DemoTimeline.end
        let hour = OrderSimulator.hour
        var returned = false
        for (index, line) in lines.enumerated() {
            let category = DemoCatalog.categories[products.category[line.product]]
            let returnOdds = category.returnRate * (late ? 1.5 : 1) * (channel == .marketplace ? 1.1 : 1)
            var returnReason: Int?
            if aftermath.chance(returnOdds) {
                let draw = aftermath.uniform()
                let requested = deliveredAt + hour * (12 + Int(draw * draw * 27 * 24))
                if requested < end {
                    var reasonWeights = category.reasonWeights
                    reasonWeights[5] *= late ? 8 : 0.2
                    let reason = aftermath.pickIndex(weights: reasonWeights)
                    let age = end - requested
                    let status: String
                    if age < 3 * OrderSimulator.day {
                        status = "requested"
                    } else if aftermath.chance(reason == 4 ? 0.12 : 0.06) {
                        status = "rejected"
                    } else {
                        status = age < 12 * OrderSimulator.day ? "approved" : "refunded"
                    }
                    returnDrafts.append(ReturnDraft(line: index, requestedAt: requested, reason: reason, status: status,
                                                    refund: status == "rejected" ? 0 : line.total))
                    returned = returned || status != "rejected"
                    returnReason = reason
                }
            }
            if aftermath.chance(returnReason == nil ? 0.11 : 0.2) {
                let draw = aftermath.uniform()
                let created = deliveredAt + hour * (6 + Int(draw * draw * 30 * 24))
                let key = customer &* 1_048_576 &+ line.product
                if created < end && !reviewed.contains(key) {
                    reviewed.insert(key)
                    reviewDrafts.append(ReviewDraft(product: line.product,
                                                    rating: rating(of: line.product, late: late, returnReason: returnReason),
                                                    createdAt: created))
                }
            }
        }
        return returned ? "returned" : "delivered"
    }

    /// J-shaped ratings: mostly 4–5 around the product's quality, a tail of angry 1s; a faulty item
    /// sent back gets 1–3, a late parcel costs stars.
    private func rating(of product: Int, late: Bool, returnReason: Int?) -> Int {
        if let returnReason, returnReason != 4 { return 1 + aftermath.pickIndex(weights: [55, 30, 15]) }
        let mean = products.quality[product] - (late ? 0.6 : 0)
        if aftermath.chance(0.02 + max(0, 4.6 - mean) * 0.03) { return 1 }
        let score = aftermath.normal(mean: mean, deviation: 0.7).rounded()
        return Int(min(5, max(1, score)))
    }

    /// Writes the shipment, returns and reviews left by ``fulfil(ordered:payment:cancelled:channel:express:warehouse:customer:context:)``.
    func writeAftermath(orderId: Int, firstItemId: Int, customer: Int, express: Bool) throws {
        if let shipment = shipmentDraft {
            try shipments.insert(.int(shipments.count + 1), .int(orderId), .int(shipment.warehouse + 1),
                                 .text(DemoCatalog.carriers[shipment.carrier].name),
                                 .text(express ? "express" : "standard"), .timestamp(shipment.shippedAt),
                                 .date(shipment.promisedDay), shipment.deliveredAt.map { .timestamp($0) } ?? .null,
                                 .cents(shipment.cost), .text(shipment.status))
        }
        for entry in returnDrafts {
            try returns.insert(.int(returns.count + 1), .int(orderId), .int(firstItemId + entry.line),
                               .int(lines[entry.line].product + 1), .timestamp(entry.requestedAt),
                               .text(DemoCatalog.returnReasons[entry.reason]), .text(entry.status), .cents(entry.refund))
        }
        for review in reviewDrafts {
            try reviews.insert(.int(reviews.count + 1), .int(review.product + 1), .int(customer + 1), .int(orderId),
                               .int(review.rating), .timestamp(review.createdAt))
        }
    }
}
