extension DemoBuild {
    /// Units per reorder, by category: books come in fives, groceries by the dozen.
    static let casePacks = [1, 2, 4, 2, 6, 4, 5, 12]

    /// The stock snapshot as of the last day, consistent with the orders: reorder points come from
    /// the last 90 days of demand and the supplier's lead time, reserved units from unshipped orders.
    /// About 7 % of active rows sit at or below their reorder point (a few are out of stock).
    func generateInventory() throws {
        var random = random(.inventory)
        let rows = try inserter("inventory", ["product_id", "warehouse_id", "on_hand", "reserved", "reorder_point",
                                              "reorder_quantity", "updated_at"])
        let warehouses = DemoCatalog.warehouses
        // The big hubs carry most of the range; smaller sites a selection.
        let coverage = warehouses.map { warehouse in
            ["US", "FR", "DE", "GB"].contains(warehouse.country) ? 0.85 : 0.5
        }
        for product in 0..<products.count {
            let active = products.endDay[product] == Int.max
            for warehouse in warehouses.indices {
                let cell = product * warehouses.count + warehouse
                let recent = recentUnits[cell]
                let reserved = openUnits[cell]
                guard recent > 0 || reserved > 0 || random.chance(active ? coverage[warehouse] : 0.25) else { continue }
                let onHand: Int
                let reorderPoint: Int
                let reorderQuantity: Int
                if active {
                    let daily = (Double(recent) + 0.5) / 90
                    reorderPoint = max(2, Int((daily * Double(products.leadTimeDays[product] + 7)).rounded(.up)))
                    let pack = DemoBuild.casePacks[products.category[product]]
                    reorderQuantity = max(2 * pack, Int((daily * 30 / Double(pack)).rounded(.up)) * pack)
                    let draw = random.uniform()
                    if draw < 0.015 {
                        onHand = 0  // out of stock; unshipped orders are backordered
                    } else if draw < 0.075 {
                        onHand = reserved + random.int(in: 0...reorderPoint)  // replenishment due
                    } else {
                        onHand = reserved + reorderPoint + 1 + random.int(below: reorderQuantity + 1)
                    }
                } else {
                    // Run-out stock of a discontinued product: never reordered.
                    reorderPoint = 0
                    reorderQuantity = 0
                    onHand = reserved + 1 + random.int(below: 25)
                }
                let updated = DemoTimeline.end - 1 - random.int(below: 6 * DemoCalendar.secondsPerDay)
                try rows.insert(.int(product + 1), .int(warehouse + 1), .int(onHand), .int(reserved),
                                .int(reorderPoint), .int(reorderQuantity), .timestamp(updated))
            }
        }
        record(rows)
    }
}
