/// The things a superlative ranks.
extension PlanBuilder {
    /// "top 3 marketplaces by revenue", "the 5 biggest brands": a plural word naming a field, right
    /// after a superlative (or its count), names the groups ranked — even when it is also one of
    /// the field's values (the marketplace channel).
    func isRankedNoun(_ index: Int) -> Bool {
        guard !reading.fields(index).isEmpty, reading.metrics(index).isEmpty, reading.isPlural(index),
              var before = reading.previousContent(index) else { return false }
        if reading.number(before) != nil, let earlier = reading.previousContent(before) { before = earlier }
        return reading.superlative(before) != nil
    }

    /// A word after "by" a question can be broken down by: a field, records with a name, or anything
    /// when nothing is ranked. "top 5 cities by orders" ranks by the number of orders.
    func groupable(_ index: Int) -> Bool {
        if !reading.fields(index).isEmpty { return true }
        guard let entity = reading.entities(index).first else { return false }
        return navigator.displayField(of: entity) != nil || !reading.indices.contains { reading.superlative($0) != nil }
    }
}
