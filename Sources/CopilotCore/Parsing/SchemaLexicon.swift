/// Every phrase the semantic model gives a meaning to: metric, field and entity names and
/// synonyms, ranking adjectives, and the values the model lists.
struct SchemaLexicon: Sendable {
    private(set) var table = PhraseTable<Meaning>()
    /// Values the model itself declares (small, vetted lists), as an index the tagger consults.
    let declaredValues: MemoryValueIndex

    init(model: SemanticModel) {
        var table = PhraseTable<Meaning>()
        for metric in model.metrics {
            table.add(metric.name.replacingOccurrences(of: "_", with: " "), .metric(metric.name))
            if let label = metric.label { table.add(label, .metric(metric.name)) }
            for synonym in metric.synonyms { table.add(synonym, .metric(metric.name)) }
        }
        var values: [String: [String]] = [:]
        var valueSynonyms: [String: [String: [String]]] = [:]
        for dimension in model.dimensions {
            table.add(dimension.name.replacingOccurrences(of: "_", with: " "), .field(dimension.name))
            if let label = dimension.label { table.add(label, .field(dimension.name)) }
            for synonym in dimension.synonyms { table.add(synonym, .field(dimension.name)) }
            for word in dimension.adjectives?.high ?? [] { table.add(word, .adjective(field: dimension.name, high: true)) }
            for word in dimension.adjectives?.low ?? [] { table.add(word, .adjective(field: dimension.name, high: false)) }
            guard dimension.valuesNeedDimensionWord != true else { continue }
            values[dimension.name] = dimension.values ?? []
            valueSynonyms[dimension.name] = dimension.valueSynonyms ?? [:]
        }
        for entity in model.entities {
            let name = entity.name.replacingOccurrences(of: "_", with: " ")
            for noun in [name] + entity.synonyms {
                table.add(noun, .entity(entity.name))
                table.add(SemanticModel.pluralNoun(noun), .entity(entity.name))
            }
        }
        self.table = table
        declaredValues = MemoryValueIndex(values: values, synonyms: valueSynonyms)
    }

    var words: Set<String> { table.words }
}
