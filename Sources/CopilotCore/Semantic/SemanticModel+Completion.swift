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
        let fieldWords = Set(dimensions.flatMap { [$0.name.replacingOccurrences(of: "_", with: " ")] + $0.synonyms }.map { $0.lowercased() })
        // "how many people signed up": the one kind of person the shop records, when no other
        // name has those words.
        let people = model.entities.indices.filter { model.entities[$0].person == true }
        let nouns = Set(model.entities.flatMap { [$0.name] + $0.synonyms }.map { $0.lowercased() })
        if people.count == 1, nouns.isDisjoint(with: ["people", "person"]), fieldWords.isDisjoint(with: ["people", "person"]) {
            model.entities[people[0]].synonyms += ["person", "people"]
            // The count of them and the field naming them answer to the word too, as the entity's own name does.
            let name = model.entities[people[0]].name
            for index in model.metrics.indices where model.metrics[index].counts == name { model.metrics[index].synonyms += ["people"] }
            for index in model.dimensions.indices where model.dimensions[index].name == name { model.dimensions[index].synonyms += ["person", "people"] }
        }
        // "shipment id", "return number": a record's identifier is the record itself, listed by
        // its key, unless a field already answers to those words.
        for index in model.entities.indices {
            let noun = model.entities[index].name.replacingOccurrences(of: "_", with: " ")
            let names = ["id", "number", "no", "#", "ref", "reference"].map { "\(noun) \($0)" }
                .filter { !fieldWords.contains($0) && !model.entities[index].synonyms.contains($0) }
            model.entities[index].synonyms += names
        }
        return model
    }

    /// "supplier" → "suppliers", "category" → "categories", "inventory line" → "inventory lines".
    static func pluralNoun(_ noun: String) -> String { NameWords.plural(noun) }
}

/// Unique elements in first-seen order.
private func uniqued(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
