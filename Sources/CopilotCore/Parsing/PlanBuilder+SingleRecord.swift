/// Questions that name one record: "What loyalty tier is Emily Campbell?", "revenue at the Amazon
/// store in 2025". When the name fits several records the copilot asks which one rather than
/// answering for all of them.
extension PlanBuilder {
    mutating func markSingleRecord() {
        // "which", "each", "top", "how many": the question expects several.
        let expectsSeveral = reading.indices.contains { index in
            reading.superlative(index) != nil || reading.has(index, .grouping) || reading.question(index) == .which
                || reading.has(index, .count) || reading.has(index, .list) || reading.has(index, .comparison)
        }
        guard !expectsSeveral else { return }
        switch plan.kind {
        case .records, .lookup:
            // A record named by its name, its noun never said in the plural.
            guard let subject = plan.subject, let display = navigator.displayField(of: subject),
                  plan.filters.contains(where: { $0.dimension == display && $0.values.count == 1 && !$0.negated }),
                  !reading.indices.contains(where: { reading.entities($0).contains(subject) && reading.isPlural($0) })
            else { return }
            plan.singleRecord = true
        case .metric:
            // "at the Amazon store": "the", values, then the records' noun in the singular.
            guard plan.dimensions.count == 1, plan.grain == nil, plan.limit == nil, plan.comparePeriod == nil,
                  let entity = navigator.entity(identifiedBy: plan.dimensions[0]),
                  let noun = reading.indices.first(where: { reading.entities($0).contains(entity) && !reading.isPlural($0) })
            else { return }
            var look = noun - 1
            while look >= 0, !reading.values(look).isEmpty { look -= 1 }
            guard look >= 0, look < noun - 1, ["the", "that", "this"].contains(reading.words(look).last ?? "") else { return }
            plan.singleRecord = true
        default:
            return
        }
    }
}
