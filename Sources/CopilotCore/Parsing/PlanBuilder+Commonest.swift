/// "the most common return reason", "the commonest payment method": the value that occurs most,
/// which is a count of the records carrying the field, whatever the model's main metric is.
extension PlanBuilder {
    /// Superlatives that ask how often a value occurs, not how much of a measure it has.
    /// "the main return reason", "the usual payment method": of a value's records, the one met most often.
    private static let frequencyWords: Set<String> = ["most common", "commonest", "most frequent", "least common", "least frequent",
                                                       "rarest", "main", "primary", "usual", "typical"]

    /// The count of the records the field after a frequency superlative belongs to; nil when the
    /// question has no such phrase or the field's table has no count.
    func commonestValueCount() -> String? { commonest()?.count }

    /// The field a frequency superlative is about ("reason" in "the most common reason customers
    /// give"): its number says whether one value or several are asked for.
    func commonestSpan() -> Int? { commonest()?.span }

    private func commonest() -> (count: String, span: Int)? {
        for index in reading.indices where reading.superlative(index) != nil {
            var phrase = reading.spans[index].text.lowercased()
            if phrase.hasPrefix("the ") { phrase.removeFirst(4) }
            // "least common" may come as two spans: "least" and "common".
            if !Self.frequencyWords.contains(phrase) {
                guard index + 1 < reading.spans.count,
                      Self.frequencyWords.contains(phrase + " " + reading.spans[index + 1].text.lowercased()) else { continue }
            }
            // "the most common reason", else "which reason was the most common".
            let named = [reading.nextContent(index), reading.previousContent(index)].compactMap { $0 }
                .first { !reading.fields($0).isEmpty && reading.values($0).isEmpty }
            guard let named else { continue }
            for field in reading.fields(named) {
                // "our most frequent customer" ranks customers by how often they come, by their
                // events; a record's own name is no value that occurs.
                guard navigator.entity(identifiedBy: field) == nil, let dimension = model.dimension(named: field), dimension.fieldType != .number, dimension.fieldType != .date,
                      let expression = dimension.expressions.first, let table = navigator.tables(in: expression).first,
                      let entity = model.entities.first(where: { $0.table == table }),
                      let count = navigator.countMetric(of: entity.name) else { continue }
                return (count, named)
            }
        }
        return nil
    }
}

extension PlanBuilder {
    /// "the most common return reason for Lyon customers": the records are context, the count is of
    /// the returns — unless the question names a measure of its own ("… by revenue").
    mutating func countCommonestValue() {
        guard let count = commonestValueCount(),
              plan.metrics.allSatisfy({ name in metricSpans[name].map { !reading.entities($0).isEmpty } ?? false }) else { return }
        // The records named ("customers", "people") only say whose values these are.
        for name in plan.metrics { if let span = metricSpans[name] { reading.use(span) } }
        plan.metrics = [count]
        // "the most common reason people give": who gives it is no breakdown unless one is asked for.
        for index in reading.indices where !reading.isUsed(index) && !reading.entities(index).isEmpty && reading.values(index).isEmpty
            && reading.fields(index).isEmpty && !(reading.previousContent(index).map { reading.has($0, .grouping) } ?? false) {
            reading.use(index)
        }
    }
}
