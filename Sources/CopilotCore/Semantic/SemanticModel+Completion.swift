extension SemanticModel {
    /// The model with what follows from what it declares: a count metric for every entity that no
    /// metric counts yet ("how many suppliers", "stores with more than 100 orders" need one).
    public func completed() -> SemanticModel {
        var model = self
        let counted = Set(metrics.compactMap(\.counts))
        let taken = Set(metrics.map(\.name))
        for entity in entities where !counted.contains(entity.name) {
            var name = entity.name + "_count"
            while taken.contains(name) { name += "_" }
            let nouns = ([entity.name.replacingOccurrences(of: "_", with: " ")] + entity.synonyms).map(Self.pluralNoun)
            var metric = Metric(name: name, label: Self.pluralNoun(entity.name.replacingOccurrences(of: "_", with: " ")),
                                synonyms: Array(uniqued(nouns + nouns.map { "number of \($0)" })), format: .count,
                                table: entity.table, expression: "COUNT(*)", time: entity.time, additive: true)
            metric.counts = entity.name
            metric.noun = true
            model.metrics.append(metric)
        }
        return model
    }

    /// "supplier" → "suppliers", "category" → "categories", "inventory line" → "inventory lines".
    static func pluralNoun(_ noun: String) -> String {
        guard let last = noun.last, noun.count > 2 else { return noun }
        if noun.hasSuffix("s") { return noun }
        if last == "y", let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        if noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
        return noun + "s"
    }
}

/// Unique elements in first-seen order.
private func uniqued(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
