/// "the value of orders", "the total worth of the alteration work": what records are worth is
/// their money, not how many there are.
extension PlanBuilder {
    /// Words that, said of records, ask for their money.
    private static let valueWords: Set<String> = ["value", "worth", "total value", "total worth"]
    /// "highest value of", "lowest value of": a grammar phrase for the extreme of a field, which
    /// said of records ranks them by their money.
    private static let extremeValueWords: [String: Bool] = ["highest value of": true, "lowest value of": false]

    /// "which shop had the highest value of orders": the records' count gives way to the one money
    /// metric over the same rows, and "highest" ranks by it. Only when the model has exactly one
    /// such metric; otherwise the count stays and the rest of the parse decides.
    mutating func settleValueOfRecords() {
        for index in reading.indices {
            let text = reading.spans[index].text.lowercased()
            let extreme = Self.extremeValueWords[text]
            guard extreme != nil || Self.valueWords.contains(text) else { continue }
            var target = index + 1
            if extreme == nil {
                guard target < reading.spans.count, ["of", "of the", "of our", "of all"].contains(reading.spans[target].text.lowercased()) else { continue }
                target += 1
            }
            while target < reading.spans.count, ["the", "all", "our", "their", "its", "those", "these"].contains(reading.spans[target].text.lowercased()) {
                target += 1
            }
            guard target < reading.spans.count,
                  let counted = reading.metrics(target).first.flatMap(model.metric(named:)), counted.format == .count,
                  let table = counted.table, let money = theMoney(of: table) else { continue }
            // Said of records, the noun is their money only: no list of them, no value spelled alike.
            reading.spans[target].meanings = [.metric(money.name)]
            if let extreme {
                reading.spans[index].meanings = [.grammar(.superlative(highest: extreme, quality: false))]
            } else {
                reading.use(index)
            }
        }
    }
}
