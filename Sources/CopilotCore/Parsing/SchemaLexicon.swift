/// Every phrase the semantic model gives a meaning to: metric, field and entity names and
/// synonyms, ranking adjectives, and the values the model lists.
struct SchemaLexicon: Sendable {
    private(set) var table = PhraseTable<Meaning>()
    /// The stems of every word of each metric's names ("gross", "margin", "rate" for the margin
    /// rate), so a name said with a word of its other names ("gross margin rate") is still that metric.
    let metricWords: [String: Set<String>]
    /// The same for each listed value with other names ("physical", "retail", "stores" for the
    /// retail channel), keyed by `valueKey`.
    let valueWords: [String: Set<String>]

    static func valueKey(field: String, value: String) -> String { field + "\u{1F}" + value }
    /// Values the model itself declares (small, vetted lists), as an index the tagger consults.
    let declaredValues: MemoryValueIndex

    init(model: SemanticModel) {
        var table = PhraseTable<Meaning>()
        var metricWords: [String: Set<String>] = [:]
        for metric in model.metrics {
            let names = [metric.name.replacingOccurrences(of: "_", with: " ")] + (metric.label.map { [$0] } ?? []) + metric.synonyms
            for name in names { table.add(name, .metric(metric.name)) }
            metricWords[metric.name] = Set(names.flatMap { Lexer.lex($0).filter(\.isWord).map { PhraseTable<Meaning>.stem($0.folded) } })
        }
        self.metricWords = metricWords
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
        var valueWords: [String: Set<String>] = [:]
        for (field, synonyms) in valueSynonyms {
            for (value, names) in synonyms where !names.isEmpty {
                valueWords[Self.valueKey(field: field, value: value)] = Set(([value] + names).flatMap { name in
                    Lexer.lex(name).filter(\.isWord).map { PhraseTable<Meaning>.stem($0.folded) }
                })
            }
        }
        self.valueWords = valueWords
        self.table = table
        declaredValues = MemoryValueIndex(values: values, synonyms: valueSynonyms)
    }

    var words: Set<String> { table.words }
}
