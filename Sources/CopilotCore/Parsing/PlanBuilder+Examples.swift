/// Examples in parentheses: "by department (Living Room, Bedroom and so on)" names the breakdown's
/// kind of value by example; it narrows nothing.
extension PlanBuilder {
    /// Uses the words of a parenthesis that follows a field and gives values of that field.
    mutating func settleExamples() {
        var index = 0
        while index < reading.spans.count {
            guard reading.isAside(index), index > 0, !reading.isAside(index - 1) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < reading.spans.count, reading.isAside(end + 1) { end += 1 }
            let group = Array(index...end)
            let named = Set(reading.fields(index - 1))
            let values = group.filter { !reading.values($0).isEmpty }
            if !named.isEmpty, !values.isEmpty,
               values.allSatisfy({ value in reading.values(value).contains { named.contains($0.field) } }) {
                for member in group { reading.use(member) }
            }
            index = end + 1
        }
    }
}
