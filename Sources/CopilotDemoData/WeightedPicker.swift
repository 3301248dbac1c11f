/// Draws indexes with probability proportional to fixed weights in O(log n), from the whole table or
/// from a prefix of it (customers are stored in signup order, so "customers who existed on day d" is
/// a prefix).
struct WeightedPicker {
    /// `cumulative[i]` = weights[0] + … + weights[i].
    private let cumulative: [Double]

    init(weights: [Double]) {
        var running = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(weights.count)
        for weight in weights {
            running += max(0, weight)
            cumulative.append(running)
        }
        self.cumulative = cumulative
    }

    var count: Int { cumulative.count }
    var isEmpty: Bool { cumulative.isEmpty || cumulative[cumulative.count - 1] <= 0 }

    /// An index in 0..<count.
    func pick(using random: inout SeededRandom) -> Int {
        pick(prefix: cumulative.count, using: &random)
    }

    /// An index in 0..<prefix, proportional to the weights of that prefix.
    func pick(prefix: Int, using random: inout SeededRandom) -> Int {
        let end = min(prefix, cumulative.count)
        precondition(end > 0, "picking from an empty table")
        let target = random.uniform() * cumulative[end - 1]
        // First index whose cumulative weight exceeds the target.
        var low = 0
        var high = end - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
