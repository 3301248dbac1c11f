/// Tags a question: dates and periods, record references ("order 10042"), numbers with their
/// units, the semantic model's phrases, values of the data, and English structure words — every
/// lexeme lands in exactly one span, the longest reading winning, and whatever is left is marked
/// unknown rather than dropped.
public struct Tagger: Sendable {
    public let model: SemanticModel
    let lexicon: SchemaLexicon
    /// Values beyond those the model lists (names, cities, codes), when an index is configured.
    public let values: (any ValueIndex)?
    let speller: Speller

    public init(model: SemanticModel, values: (any ValueIndex)? = nil) {
        self.model = model
        lexicon = SchemaLexicon(model: model)
        self.values = values
        var vocabulary = lexicon.words
        for phrase in Grammar.phrases.keys { vocabulary.formUnion(phrase.split(separator: " ").map(String.init)) }
        vocabulary.formUnion(TimeVocabulary.months.keys)
        vocabulary.formUnion(TimeVocabulary.units.keys)
        vocabulary.formUnion(TimeVocabulary.grainAdjectives.keys)
        vocabulary.formUnion(TimeVocabulary.grainNouns.keys)
        vocabulary.formUnion(Tagger.timeWords)
        speller = Speller(vocabulary: vocabulary)
    }

    /// Words the date parser reads beyond month and unit names.
    static let timeWords: Set<String> = [
        "today", "yesterday", "ytd", "mtd", "qtd", "wtd", "yoy", "mom", "qoq", "wow", "last", "past", "previous", "prior", "this",
        "current", "next", "ago", "since", "until", "till", "through", "half", "h1", "h2", "fy", "calendar", "fiscal", "weekend",
        "weekends", "weekdays", "morning", "afternoon", "evening", "night", "trailing", "rolling", "preceding", "year", "years",
    ]

    private struct Candidate {
        var range: Range<Int>
        var meanings: [Meaning]
        var priority: Int
        var fuzzy = false
    }

    public func tag(_ question: String, asOf: CalendarDate) async -> TaggedQuestion {
        let lexemes = Lexer.lex(question)
        var words = lexemes.map { Grammar.abbreviations[$0.folded] ?? $0.folded }
        var candidates: [Candidate] = []

        // Values of the data first, on the words as typed, so names are never "corrected".
        var valueMatches = lexicon.declaredValues.find(in: words)
        if let values { valueMatches += await values.matches(in: words) }
        let inValues = Set(valueMatches.flatMap { Array($0.range) })
        var fuzzy = Set<Int>()
        for (index, lexeme) in lexemes.enumerated() where lexeme.isWord && !inValues.contains(index) {
            if let corrected = speller.correct(words[index]), corrected != words[index] {
                words[index] = corrected
                fuzzy.insert(index)
            }
        }
        if !fuzzy.isEmpty {
            valueMatches = lexicon.declaredValues.find(in: words)
            if let values { valueMatches += await values.matches(in: words) }
        }
        for match in valueMatches {
            candidates.append(Candidate(range: match.range, meanings: [.value(field: match.field, value: match.value)], priority: 3,
                                        fuzzy: !match.exact))
        }
        for (index, lexeme) in lexemes.enumerated() where lexeme.kind == .quoted {
            candidates.append(Candidate(range: index..<(index + 1), meanings: [.text(lexeme.text)], priority: 9))
        }
        candidates += timeCandidates(words, lexemes: lexemes, asOf: asOf)
        candidates += recordCandidates(words, lexemes: lexemes)
        candidates += numberCandidates(words, lexemes: lexemes)
        candidates += phraseCandidates(words)

        // Longest reading first at each position; equal ranges pool their meanings.
        var spans: [Span] = []
        var index = 0
        while index < lexemes.count {
            let starting = candidates.filter { $0.range.lowerBound == index }
            guard let longest = starting.map(\.range.count).max() else {
                spans.append(Span(range: index..<(index + 1), meanings: [], text: lexemes[index].text))
                index += 1
                continue
            }
            let chosen = starting.filter { $0.range.count == longest }.sorted { $0.priority > $1.priority }
            var meanings: [Meaning] = []
            for candidate in chosen {
                // A higher-priority reading of a date or number is the only one.
                if candidate.priority >= 7, !meanings.isEmpty { break }
                for meaning in candidate.meanings where !meanings.contains(meaning) { meanings.append(meaning) }
                if candidate.priority >= 7 { break }
            }
            let range = chosen[0].range
            let text = lexemes[range].map(\.text).joined(separator: " ")
            spans.append(Span(range: range, meanings: meanings, text: text,
                              fuzzy: chosen.contains(where: \.fuzzy) || range.contains(where: fuzzy.contains)))
            index = range.upperBound
        }
        return TaggedQuestion(lexemes: lexemes, words: words, spans: spans)
    }

    // MARK: Sources

    private func timeCandidates(_ words: [String], lexemes: [Lexeme], asOf: CalendarDate) -> [Candidate] {
        TimeExpressionParser(asOf: asOf).parse(words).map { expression in
            let meaning: Meaning
            switch expression.kind {
            case .period(var period):
                // Without a year or a full date, the period depends on the reference date.
                period.relative = !lexemes[expression.range].contains { TimeExpressionParser.year($0.folded) != nil || $0.kind == .date }
                meaning = .period(period)
            case .grain(let grain): meaning = .grain(grain)
            case .shift(let months): meaning = .shift(months: months == 0 ? nil : months)
            case .previousOfContext: meaning = .previousPeriod
            }
            return Candidate(range: expression.range, meanings: [meaning], priority: 8)
        }
    }

    /// "order 10042", "order #10042", "customer id 77", "product no. 12": an entity noun, an
    /// optional marker, then a number or code. A plural noun or a year is not a key.
    private func recordCandidates(_ words: [String], lexemes: [Lexeme]) -> [Candidate] {
        var result: [Candidate] = []
        for index in words.indices {
            guard let meanings = lexicon.table.lookup(words[index..<(index + 1)]) else { continue }
            let entities = meanings.compactMap { meaning -> String? in if case .entity(let name) = meaning { return name }; return nil }
            guard let entity = entities.first else { continue }
            var look = index + 1
            var marked = false
            while look < words.count, ["#", "no", "nr", "number", "id", "nbr", "num", "ref", "code"].contains(words[look]) {
                look += 1
                marked = true
            }
            guard look < lexemes.count else { continue }
            let key: String
            switch lexemes[look].kind {
            case .number(let value) where value == value.rounded() && value >= 0 && lexemes[look].text.allSatisfy(\.isNumber):
                let plural = PhraseTable<Meaning>.stem(words[index]) != words[index]
                let yearLike = TimeExpressionParser.year(words[look]) != nil
                guard marked || (!plural && !yearLike) else { continue }
                key = String(Int64(value))
            case .code where marked:
                key = lexemes[look].text
            default:
                continue
            }
            result.append(Candidate(range: index..<(look + 1), meanings: [.record(entity: entity, id: key)], priority: 7))
        }
        return result
    }

    /// Numbers with what they measure: `$300k` (currency), `5%` / `5 percent` (percent),
    /// `10 days` / `4 stars` (a field's unit), and number words ("five").
    private func numberCandidates(_ words: [String], lexemes: [Lexeme]) -> [Candidate] {
        var result: [Candidate] = []
        let units = Set(model.dimensions.compactMap(\.unit)).union(["units", "unit", "items", "pieces", "stars", "star", "days", "day"])
        for index in lexemes.indices {
            var value: Double
            if let number = lexemes[index].number {
                value = number
            } else if let number = TimeVocabulary.numberWords[words[index]], !["a", "one"].contains(words[index]) {
                value = Double(number)
            } else {
                continue
            }
            var start = index, end = index + 1
            var unit = NumberUnit.plain
            if index > 0, words[index - 1] == "$" {
                start -= 1
                unit = .currency
            }
            if end < words.count {
                let next = words[end]
                if next == "%" || next == "percent" || next == "pct" || next == "per cent" {
                    unit = .percent
                    end += 1
                } else if ["dollars", "usd", "bucks", "eur", "euros"].contains(next) {
                    unit = .currency
                    end += 1
                } else if units.contains(next) || units.contains(PhraseTable<Meaning>.stem(next) + "s") {
                    unit = .unit(PhraseTable<Meaning>.stem(next) + "s")
                    end += 1
                } else if next == "k" || next == "thousand" {
                    value *= 1_000
                    end += 1
                } else if next == "m" || next == "million" || next == "mn" {
                    value *= 1_000_000
                    end += 1
                }
            }
            result.append(Candidate(range: start..<end, meanings: [.number(value, unit)], priority: 7))
        }
        return result
    }

    /// The model's phrases and English structure phrases, at every position.
    private func phraseCandidates(_ words: [String]) -> [Candidate] {
        var result: [Candidate] = []
        for start in words.indices {
            for length in 1...max(1, min(max(lexicon.table.longest, Grammar.longest), words.count - start)) {
                let slice = words[start..<(start + length)]
                if length <= lexicon.table.longest, let meanings = lexicon.table.lookup(slice) {
                    result.append(Candidate(range: start..<(start + length), meanings: meanings, priority: 5))
                }
                if length <= Grammar.longest, let roles = Grammar.phrases[slice.joined(separator: " ")] {
                    result.append(Candidate(range: start..<(start + length), meanings: roles.map(Meaning.grammar), priority: 2))
                }
            }
        }
        return result
    }
}
