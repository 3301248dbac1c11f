/// The generated customers, column-wise and indexed by `customer_id - 1`. Ids follow signup order, so
/// "everyone who had signed up by day d" is the prefix `0..<signedUp(by: d)`.
struct CustomerTable {
    /// Index into ``DemoCatalog/countries``.
    var country: [Int] = []
    /// Index into the country's city list.
    var city: [Int] = []
    var signupDay: [Int] = []
    /// First day the customer no longer buys (`Int.max`: never churns).
    var churnDay: [Int] = []
    /// Index into ``DemoCatalog/segments``.
    var segment: [Int] = []
    /// Index into ``DemoCatalog/loyaltyTiers``.
    var tier: [Int] = []
    /// Relative buying frequency: most customers buy once or twice, a loyal minority often.
    var picker = WeightedPicker(weights: [])
    /// Orders placed so far while the simulation runs (for first-order promotions).
    var orderCount: [Int] = []

    var count: Int { signupDay.count }

    /// Number of customers whose signup day is on or before `day`.
    func signedUp(by day: Int) -> Int {
        var low = 0
        var high = signupDay.count
        while low < high {
            let middle = (low + high) / 2
            if signupDay[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
