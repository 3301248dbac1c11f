extension DemoBuild {
    /// Floor per subcategory, so even a tiny scale has every category stocked and sold.
    static let minimumProductsPerSubcategory = 4

    private struct Draft {
        var category: Int
        var subcategory: Int
        var categoryId: Int
        var name: String
        var brand: String
        var supplier: Int
        var listPrice: Int
        var unitCost: Int
        var launchDay: Int
        var endDay: Int
        var quality: Double
        var popularity: Double
    }

    func generateProducts() throws {
        var random = random(.products)
        let categories = DemoCatalog.categories
        var slots: [(category: Int, subcategory: Int, categoryId: Int, share: Double)] = []
        var nextCategoryId = categories.count + 1
        for (categoryIndex, category) in categories.enumerated() {
            var subcategoryDemand = 0.0
            for subcategory in category.subcategories { subcategoryDemand += subcategory.demand }
            for (subIndex, subcategory) in category.subcategories.enumerated() {
                slots.append((categoryIndex, subIndex, nextCategoryId, category.demand * subcategory.demand / subcategoryDemand))
                nextCategoryId += 1
            }
        }
        let floor = DemoBuild.minimumProductsPerSubcategory
        let total = max(Int((1500 * scale).rounded()), slots.count * floor)
        // Assortment width grows slower than demand: a category selling twice as much does not list
        // twice as many products.
        let extra = DemoBuild.apportion(total: total - slots.count * floor, weights: slots.map { $0.share.squareRoot() })

        let windowStart = DemoTimeline.firstDay
        let oldestLaunch = DemoCalendar.day(year: 2018, month: 1, day: 1)
        let newestLaunch = DemoCalendar.day(year: 2025, month: 11, day: 30)
        var drafts: [Draft] = []
        var usedNames = Set<String>()
        for (slotIndex, slot) in slots.enumerated() {
            let category = categories[slot.category]
            let subcategory = category.subcategories[slot.subcategory]
            let size = floor + extra[slotIndex]
            var ranks = Array(0..<size)
            random.shuffle(&ranks)
            let zipf = SeededRandom.zipfWeights(count: size, offset: 1)
            var zipfTotal = 0.0
            for weight in zipf { zipfTotal += weight }
            let suppliers = DemoCatalog.suppliers.indices.filter { DemoCatalog.suppliers[$0].categories.contains(slot.category) }
            for member in 0..<size {
                let (name, brand, kind) = productName(subcategory.style, brands: category.brands, random: &random,
                                                      used: &usedNames)
                let span = Double(kind.maxPrice - kind.minPrice)
                let draw = random.uniform()
                let listPrice = DemoBuild.charmPrice(kind.minPrice + Int(span * draw * draw))
                // Within a subcategory, units sold fall roughly in proportion to price.
                let priceAppeal = Double(subcategory.cheapest) / Double(listPrice)
                let costShare = min(0.92, subcategory.costRatio * random.uniform(0.85, 1.15))
                let unitCost = max(1, Int((Double(listPrice) * costShare).rounded()))
                // The best seller of each subcategory predates the window and stays on sale, so every
                // subcategory can be sold from the first day to the last.
                let isAnchor = ranks[member] == 0
                let launchDay = isAnchor || random.chance(0.78)
                    ? oldestLaunch + random.int(below: windowStart - oldestLaunch)
                    : windowStart + random.int(below: newestLaunch - windowStart + 1)
                var endDay = Int.max
                let earliestEnd = max(launchDay + 240, DemoCalendar.day(year: 2023, month: 3, day: 1))
                if !isAnchor && earliestEnd < newestLaunch && random.chance(0.07) {
                    endDay = earliestEnd + random.int(below: newestLaunch - earliestEnd)
                }
                let quality = min(4.9, max(2.8, random.normal(mean: category.ratingMean + 0.35, deviation: 0.3)))
                drafts.append(Draft(
                    category: slot.category, subcategory: slot.subcategory, categoryId: slot.categoryId, name: name,
                    brand: brand, supplier: random.pick(suppliers), listPrice: listPrice, unitCost: unitCost,
                    launchDay: launchDay, endDay: endDay, quality: quality,
                    popularity: slot.share * zipf[ranks[member]] / zipfTotal * priceAppeal))
            }
        }

        // Ids follow launch order, as they would in a real catalog.
        let order = drafts.indices.sorted {
            drafts[$0].launchDay != drafts[$1].launchDay ? drafts[$0].launchDay < drafts[$1].launchDay : $0 < $1
        }
        let rows = try inserter("products", ["product_id", "sku", "name", "category_id", "brand", "supplier_id",
                                             "list_price", "unit_cost", "launched_on", "is_active"])
        var table = ProductTable()
        for (offset, draftIndex) in order.enumerated() {
            let draft = drafts[draftIndex]
            let id = offset + 1
            let category = categories[draft.category]
            let sku = "\(category.code)-\(category.subcategories[draft.subcategory].code)-\(DemoBuild.zeroPadded(id, width: 5))"
            try rows.insert(.int(id), .text(sku), .text(draft.name), .int(draft.categoryId), .text(draft.brand),
                            .int(draft.supplier + 1), .cents(draft.listPrice), .cents(draft.unitCost),
                            .date(draft.launchDay), .int(draft.endDay == Int.max ? 1 : 0))
            table.category.append(draft.category)
            table.listPrice.append(draft.listPrice)
            table.unitCost.append(draft.unitCost)
            table.launchDay.append(draft.launchDay)
            table.endDay.append(draft.endDay)
            table.quality.append(draft.quality)
            table.maxQuantity.append(category.subcategories[draft.subcategory].maxQuantity)
            table.leadTimeDays.append(DemoCatalog.suppliers[draft.supplier].leadTimeDays)
            table.popularity.append(draft.popularity)
        }
        table.index()
        products = table
        record(rows)
    }

    /// A unique product name in the subcategory's style, the brand (or publisher) that goes with it, and
    /// the product type that sets its price band.
    private func productName(_ style: DemoCatalog.NameStyle, brands: [String], random: inout SeededRandom,
                             used: inout Set<String>) -> (String, String, DemoCatalog.ProductType) {
        // A few brands dominate each category, like in a real assortment.
        let brandWeights = SeededRandom.zipfWeights(count: brands.count, offset: 1.5)
        var candidate = ""
        var brand = ""
        var kind: DemoCatalog.ProductType
        var attempt = 0
        repeat {
            brand = brands[random.pickIndex(weights: brandWeights)]
            switch style {
            case .branded(let types, let variants):
                kind = random.pick(types)
                candidate = "\(brand) \(kind.name) \(random.pick(kind.variants.isEmpty ? variants : kind.variants))"
            case .title(let first, let second, let formats):
                kind = random.pick(formats)
                candidate = "\(random.pick(first)) \(random.pick(second)) (\(kind.name))"
            }
            if used.insert(candidate).inserted { return (candidate, brand, kind) }
            attempt += 1
        } while attempt < 12
        // Large scales exhaust the combinations: later generations of a model keep names unique.
        var generation = 2
        while !used.insert("\(candidate) Gen \(generation)").inserted { generation += 1 }
        return ("\(candidate) Gen \(generation)", brand, kind)
    }

    /// Retail price points: …9.99 above $100, ….99 above $10, ….49/….99 below.
    static func charmPrice(_ cents: Int) -> Int {
        if cents >= 10_000 { return (cents / 1_000 + 1) * 1_000 - 1 }
        if cents >= 1_000 { return (cents / 100 + 1) * 100 - 1 }
        return (cents / 50 + 1) * 50 - 1
    }

    static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Splits `total` into integer parts proportional to `weights` (largest remainder, ties to the
    /// lower index), so the parts always add up and never depend on floating-point accumulation order.
    static func apportion(total: Int, weights: [Double]) -> [Int] {
        var sum = 0.0
        for weight in weights { sum += weight }
        guard total > 0, sum > 0 else { return Array(repeating: 0, count: weights.count) }
        var parts: [Int] = []
        var remainders: [(fraction: Double, index: Int)] = []
        var assigned = 0
        for (index, weight) in weights.enumerated() {
            let exact = Double(total) * weight / sum
            let whole = Int(exact)
            parts.append(whole)
            assigned += whole
            remainders.append((exact - Double(whole), index))
        }
        remainders.sort { $0.fraction != $1.fraction ? $0.fraction > $1.fraction : $0.index < $1.index }
        for position in 0..<(total - assigned) { parts[remainders[position % remainders.count].index] += 1 }
        return parts
    }
}
