/// The generated catalog, column-wise and indexed by `product_id - 1`: what the order simulation needs
/// to pick, price and fulfil products without going back to SQLite.
struct ProductTable {
    /// Index into ``DemoCatalog/categories`` (the top-level category).
    var category: [Int] = []
    var listPrice: [Int] = []
    var unitCost: [Int] = []
    var launchDay: [Int] = []
    /// First day the product is no longer sold; `Int.max` while it is active.
    var endDay: [Int] = []
    /// Mean rating a buyer would give; drives reviews.
    var quality: [Double] = []
    var maxQuantity: [Int] = []
    var leadTimeDays: [Int] = []
    /// Relative unit demand: Zipf-like within each subcategory, cheaper models favoured.
    var popularity: [Double] = []

    /// Draws over all products by ``popularity``.
    var picker = WeightedPicker(weights: [])
    /// Per top-level category: member products and a picker over them.
    var categoryMembers: [[Int]] = []
    var categoryPickers: [WeightedPicker] = []

    var count: Int { category.count }

    func isOnSale(_ product: Int, day: Int) -> Bool {
        launchDay[product] <= day && day < endDay[product]
    }

    /// Builds the pickers once every column is filled.
    mutating func index() {
        picker = WeightedPicker(weights: popularity)
        categoryMembers = Array(repeating: [], count: DemoCatalog.categories.count)
        for product in 0..<count { categoryMembers[category[product]].append(product) }
        categoryPickers = categoryMembers.map { members in
            WeightedPicker(weights: members.map { popularity[$0] })
        }
    }
}
