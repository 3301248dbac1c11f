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
        vocabulary.formUnion(TimeVocabulary.numberWords.keys)
        vocabulary.formUnion(TimeVocabulary.ordinals.keys)
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
        // Words typed in capitals ("US", "NY", "LOYAL10") are codes, even when they spell a word.
        let codes = Set(lexemes.indices.filter { lexemes[$0].text.count >= 2 && lexemes[$0].text.uppercased() == lexemes[$0].text
                                                    && lexemes[$0].text.contains(where: \.isLetter) })
        let known = Set(words.indices.filter { speller.knows(words[$0]) })
        var valueMatches = lexicon.declaredValues.find(in: words)
        if let values { valueMatches += await values.matches(in: words, codes: codes, known: known) }
        let inValues = Set(valueMatches.flatMap { Array($0.range) })
        var fuzzy = Set<Int>()
        // A long question repeats words; each distinct word is looked up once.
        var corrections: [String: String?] = [:]
        for (index, lexeme) in lexemes.enumerated() where lexeme.isWord && !inValues.contains(index) {
            let word = words[index]
            let correction = corrections[word] ?? speller.correct(word)
            corrections[word] = correction
            if let corrected = correction, corrected != word {
                words[index] = corrected
                fuzzy.insert(index)
            }
        }
        if !fuzzy.isEmpty {
            valueMatches = lexicon.declaredValues.find(in: words)
            if let values { valueMatches += await values.matches(in: words, codes: codes, known: known.union(fuzzy)) }
        }
        for match in valueMatches {
            candidates.append(Candidate(range: match.range, meanings: [.value(field: match.field, value: match.value)], priority: 3,
                                        fuzzy: !match.exact))
        }
        for (index, lexeme) in lexemes.enumerated() where lexeme.kind == .quoted {
            candidates.append(Candidate(range: index..<(index + 1), meanings: [.text(lexeme.text)], priority: 9))
        }
        candidates += timeCandidates(words, lexemes: lexemes, asOf: asOf)
        candidates += grainCandidates(words)
        candidates += recordCandidates(words, lexemes: lexemes)
        candidates += numberCandidates(words, lexemes: lexemes)
        candidates += phraseCandidates(words)

        let spans = segment(candidates, lexemes: lexemes, words: words, fuzzy: fuzzy, codes: codes)
        return TaggedQuestion(lexemes: lexemes, words: words, spans: spans)
    }

    /// The reading of the whole question with the fewest spans — an unknown word costs as much as
    /// three known ones, a corrected word a little more than a known one — so "number of return
    /// requests" is "number of" + "return requests", not "number of return" + "requests".
    private func segment(_ candidates: [Candidate], lexemes: [Lexeme], words: [String], fuzzy: Set<Int>, codes: Set<Int>) -> [Span] {
        var pooled: [Range<Int>: (meanings: [Meaning], priority: Int, fuzzy: Bool)] = [:]
        for candidate in candidates.sorted(by: { $0.priority > $1.priority }) {
            var entry = pooled[candidate.range] ?? ([], candidate.priority, false)
            // A date or a number is the only reading of its words.
            if entry.priority >= 7, !entry.meanings.isEmpty { continue }
            for meaning in candidate.meanings where !entry.meanings.contains(meaning) { entry.meanings.append(meaning) }
            entry.fuzzy = entry.fuzzy || candidate.fuzzy
            pooled[candidate.range] = entry
        }
        for (range, entry) in pooled {
            pooled[range]?.meanings = Self.settle(entry.meanings, range: range, codes: codes)
            // "retail stores", "gold customers": a value named with the records' noun names them too.
            if range.count > 1, entry.meanings.contains(where: { if case .value = $0 { return true }; return false }),
               let nouns = lexicon.table.lookup(words[(range.upperBound - 1)..<range.upperBound]) {
                for case .entity(let entity) in nouns where !(pooled[range]?.meanings.contains(.entity(entity)) ?? true) {
                    pooled[range]?.meanings.append(.entity(entity))
                }
            }
        }
        var startingAt: [Int: [(range: Range<Int>, fuzzy: Bool, priority: Int)]] = [:]
        for (range, entry) in pooled where !entry.meanings.isEmpty {
            startingAt[range.lowerBound, default: []].append((range, entry.fuzzy, entry.priority))
        }
        let count = lexemes.count
        // best[i]: the cheapest reading of lexemes[0..<i] (cost, then the higher priority total).
        var best: [(cost: Int, priority: Int, from: Int, range: Range<Int>?)?] = Array(repeating: nil, count: count + 1)
        best[0] = (0, 0, 0, nil)
        for start in 0..<count {
            guard let here = best[start] else { continue }
            func offer(_ end: Int, cost: Int, priority: Int, range: Range<Int>?) {
                let total = (here.cost + cost, here.priority + priority)
                if let current = best[end], current.cost < total.0 || (current.cost == total.0 && current.priority >= total.1) { return }
                best[end] = (total.0, total.1, start, range)
            }
            offer(start + 1, cost: 6, priority: 0, range: nil)
            // Sorted so that equal offers resolve the same way every run (dictionary order is not stable).
            for entry in (startingAt[start] ?? []).sorted(by: { $0.range.upperBound < $1.range.upperBound }) {
                let corrected = entry.fuzzy || entry.range.contains(where: fuzzy.contains)
                offer(entry.range.upperBound, cost: corrected ? 3 : 2, priority: entry.priority, range: entry.range)
            }
        }
        var spans: [Span] = []
        var end = count
        while end > 0, let step = best[end] {
            let range = step.range ?? (step.from..<end)
            let entry = step.range.flatMap { pooled[$0] }
            let text = lexemes[range].map(\.text).joined(separator: " ")
            spans.append(Span(range: range, meanings: entry?.meanings ?? [], text: text,
                              fuzzy: (entry?.fuzzy ?? false) || range.contains(where: fuzzy.contains)))
            end = step.from
        }
        return spans.reversed()
    }

    /// A single word that English gives a structural role ("best", "with") is read as that, not as
    /// a value of the data that happens to be spelled the same, unless it was typed as a code;
    /// a verb ("delivered") keeps both readings for the interpreter.
    private static func settle(_ meanings: [Meaning], range: Range<Int>, codes: Set<Int>) -> [Meaning] {
        guard range.count == 1, !codes.contains(range.lowerBound) else { return meanings }
        let roles = meanings.compactMap { meaning -> GrammarRole? in if case .grammar(let role) = meaning { return role }; return nil }
        guard !roles.isEmpty, roles.contains(where: { $0 != .linking }) else { return meanings }
        let modelMeanings = meanings.contains { meaning in
            switch meaning {
            case .metric, .field, .entity, .adjective: true
            default: false
            }
        }
        guard !modelMeanings else { return meanings }
        return meanings.filter { if case .value = $0 { return false }; return true }
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

    /// Time buckets: "monthly", "by week", "per day", "each quarter", "day of the week", "hour of
    /// the day", "month by month".
    private func grainCandidates(_ words: [String]) -> [Candidate] {
        var result: [Candidate] = []
        func word(_ index: Int) -> String { words.indices.contains(index) ? words[index] : "" }
        for index in words.indices {
            let token = words[index]
            if let grain = TimeVocabulary.grainAdjectives[token] {
                result.append(Candidate(range: index..<(index + 1), meanings: [.grain(grain)], priority: 8))
                continue
            }
            if ["by", "per", "each", "every", "a", "an", "for", "across", "over"].contains(token) {
                let next = word(index + 1)
                // "day of (the) week", "hour of (the) day"
                if next == "day" || next == "hour" || next == "time", word(index + 2) == "of" {
                    let skip = word(index + 3) == "the" ? 1 : 0
                    let target = word(index + 3 + skip)
                    if (next == "day" && target == "week") || (next != "day" && target == "day") {
                        result.append(Candidate(range: index..<(index + 4 + skip), meanings: [.grain(next == "day" ? .weekday : .hour)], priority: 8))
                        continue
                    }
                }
                if token != "a", token != "an" || next == "hour", let grain = TimeVocabulary.grainNouns[next], next != "date" {
                    result.append(Candidate(range: index..<(index + 2), meanings: [.grain(grain)], priority: 8))
                }
                continue
            }
            if (token == "day" || token == "hour" || token == "time"), word(index + 1) == "of" {
                let skip = word(index + 2) == "the" ? 1 : 0
                let target = word(index + 2 + skip)
                if (token == "day" && target == "week") || (token != "day" && target == "day") {
                    result.append(Candidate(range: index..<(index + 3 + skip), meanings: [.grain(token == "day" ? .weekday : .hour)], priority: 8))
                }
            }
            // "which month was best": a bucket named on its own.
            if ["month", "quarter", "year", "week", "day"].contains(token), let grain = TimeVocabulary.grainNouns[token] {
                result.append(Candidate(range: index..<(index + 1), meanings: [.grain(grain)], priority: 3))
            }
            // "month by month", "year after year", "week to week"
            if let grain = TimeVocabulary.grainNouns[token], ["by", "after", "to", "on", "over"].contains(word(index + 1)),
               TimeVocabulary.grainNouns[word(index + 2)] == grain {
                result.append(Candidate(range: index..<(index + 3), meanings: [.grain(grain)], priority: 8))
            }
        }
        return result
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
        let stems = words.map(PhraseTable<Meaning>.stem)
        for start in words.indices {
            for length in 1...max(1, min(max(lexicon.table.longest, Grammar.longest), words.count - start)) {
                let slice = words[start..<(start + length)]
                if length <= lexicon.table.longest, var meanings = lexicon.table.lookup(stems: stems[start..<(start + length)]) {
                    // "best selling", "most reviewed": the phrase ranks as well as names a metric.
                    if length > 1, let roles = Grammar.phrases[words[start]] {
                        meanings += roles.filter { if case .superlative = $0 { return true }; return false }.map(Meaning.grammar)
                    }
                    result.append(Candidate(range: start..<(start + length), meanings: meanings, priority: 5))
                }
                // "the biggest": the model's adjective "biggest" says more than the grammar phrase.
                let modelWordAfterThe = length > 1 && words[start] == "the" && length - 1 <= lexicon.table.longest
                    && lexicon.table.lookup(stems: stems[(start + 1)..<(start + length)]) != nil
                if length <= Grammar.longest, Grammar.phraseStarts.contains(words[start]), !modelWordAfterThe,
                   let roles = Grammar.phrases[slice.joined(separator: " ")] {
                    result.append(Candidate(range: start..<(start + length), meanings: roles.map(Meaning.grammar), priority: 2))
                }
            }
        }
        return result
    }
}
