/// Words around an amount that say what it is rather than ask for another figure: "in total" after
/// an amount, "total" before a measure, takings "before refunds", and "each" after a list of values.
extension PlanBuilder {
    /// "what did the Norwich shop take, before any refunds?", "ignoring refunds": takings said to be
    /// gross; the refunds are not a figure asked for, and nothing is taken off.
    mutating func settleGrossOfRefunds() {
        for index in reading.indices where !reading.isUsed(index)
            && ["before", "ignoring", "not counting", "without counting", "gross of"].contains(reading.words(index).joined(separator: " ")) {
            guard let next = reading.nextContent(index), !reading.isUsed(next),
                  reading.words(next).contains(where: { ["refund", "refunds", "returns", "refunded"].contains($0) }) else { continue }
            reading.use(index)
            reading.use(next)
        }
    }

    /// "what did NEWYEAR10 and SPRING15 each cost us": "each" after a list of one field's values is
    /// one figure per value, not a breakdown by whatever follows.
    mutating func settleEachAfterValues() {
        for index in reading.indices where !reading.isUsed(index) && reading.words(index).joined(separator: " ") == "each" {
            guard comparedField == nil, let before = reading.previousContent(index), !reading.values(before).isEmpty else { continue }
            let fields = Set(reading.values(before).map(\.field))
            guard fields.count == 1, let field = fields.first,
                  reading.indices.filter({ $0 < index && reading.values($0).contains { $0.field == field } }).count >= 2
                    || reading.values(before).count >= 2 else { continue }
            comparedField = field
            reading.use(index)
        }
        // "how many orders did those two place, each?": one figure per record named.
        guard comparedField == nil, let each = reading.indices.last(where: { ["each", "each one", "apiece"].contains(reading.words($0).joined(separator: " ")) }),
              reading.nextContent(each) == nil else { return }
        let named = Dictionary(grouping: reading.indices.flatMap { reading.records($0) }, by: \.entity).filter { $0.value.count >= 2 }
        guard named.count == 1, let entity = named.keys.first, let field = navigator.displayField(of: entity) else { return }
        comparedField = field
        reading.use(each)
    }

    /// "the total H1 margin", "total 2025 revenue": "total" before a measure (past its period) sums
    /// it; it is no field called total.
    mutating func settleTotalBeforeMetric() {
        for index in reading.indices where reading.has(index, .total) && !reading.fields(index).isEmpty {
            var next = reading.nextContent(index)
            while let look = next, reading.period(look) != nil { next = reading.nextContent(look) }
            guard let measure = next, !reading.metrics(measure).isEmpty, reading.fields(measure).isEmpty || reading.values(measure).isEmpty
            else { continue }
            reading.spans[index].meanings.removeAll { if case .field = $0 { return true }; return false }
        }
    }

    /// "orders that came to more than $5,000 in total": "in total" after an amount says what the
    /// amount is; it asks for no sum.
    mutating func settleTotalAfterAmount() {
        for index in reading.indices where reading.has(index, .total) && Self.saysAmountIsTotal(reading, index) { reading.use(index) }
    }

    static func saysAmountIsTotal(_ reading: Reading, _ index: Int) -> Bool {
        ["in total", "altogether", "all told", "all in"].contains(reading.words(index).joined(separator: " "))
            && reading.previousContent(index).flatMap(reading.number)?.unit == .currency
            && reading.previousContent(index).flatMap(reading.previousContent).map { reading.comparator($0) != nil } == true
    }
}
