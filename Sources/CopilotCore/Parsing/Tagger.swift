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

    struct Candidate {
        var range: Range<Int>
        var meanings: [Meaning]
        var priority: Int
        var fuzzy = false
    }

    public func tag(_ question: String, asOf: CalendarDate) async -> TaggedQuestion {
        let lexemes = Lexer.lex(question)
        var words = lexemes.map { Grammar.abbreviations[$0.folded] ?? $0.folded }
        // "how many diff customers": a short form with a second sense before a noun.
        for index in words.indices.dropLast() where lexemes[index + 1].isWord && !Grammar.isStructureWord(words[index + 1]) {
            if let expanded = Grammar.abbreviationsBeforeNoun[words[index]] { words[index] = expanded }
        }
        // "Mon 7 July", "Mon to Sun weeks": a weekday's short name beside a date or a range.
        for index in words.indices {
            guard let day = Grammar.weekdayShortNames[words[index]] else { continue }
            let neighbours = [index > 0 ? words[index - 1] : "", index + 1 < words.count ? words[index + 1] : ""]
            if neighbours.contains(where: { word in
                word.first?.isNumber == true || ["to", "-", "–", "through", "thru", "till", "until", "from", "week", "weeks"].contains(word)
                    || Grammar.weekdayShortNames[word] != nil || Grammar.weekdayShortNames.values.contains(word)
            }) {
                words[index] = day
            }
        }
        var candidates: [Candidate] = []

        // Values of the data first, on the words as typed, so names are never "corrected".
        // Words typed in capitals ("US", "NY", "LOYAL10") are codes, even when they spell a word.
        let codes = Set(lexemes.indices.filter { lexemes[$0].text.count >= 2 && lexemes[$0].text.uppercased() == lexemes[$0].text
                                                    && lexemes[$0].text.contains(where: \.isLetter) })
        let known = Set(words.indices.filter { speller.knows(words[$0]) })
        var valueMatches = lexicon.declaredValues.find(in: words)
        if let values { valueMatches += await values.matches(in: words, codes: codes, known: known) }
        // A value matched only near its spelling ("emial") leaves the word open to correction too,
        // so a field spelled that way ("email") is read beside it.
        let inValues = Set(valueMatches.filter(\.exact).flatMap { Array($0.range) })
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
        candidates += imperativeCandidates(words)
        candidates += widenedMetricCandidates(candidates, words: words, lexemes: lexemes)
        // Nothing is read across the end of a sentence.
        candidates.removeAll { $0.range.dropFirst().contains { lexemes[$0].opensSentence } }

        let spans = segment(candidates, lexemes: lexemes, words: words, fuzzy: fuzzy, codes: codes)
        return TaggedQuestion(lexemes: lexemes, words: words, spans: Self.readNameNouns(spans))
    }

    /// "name and email", "with their name": "name" among the fields asked for is the records' name
    /// (which every list shows), not the imperative of "name the top 5 stores".
    private static func readNameNouns(_ spans: [Span]) -> [Span] {
        var spans = spans
        for index in spans.indices where ["name", "names"].contains(spans[index].text.lowercased()) && spans[index].roles.contains(.list) {
            let listed = index + 1 < spans.count
                ? spans[index + 1].roles.contains { if case .conjunction = $0 { return true }; return false }
                : index > 0
            let before = index > 0 ? spans[index - 1].text.lowercased().split(separator: " ").last.map(String.init) ?? "" : ""
            let owned = ["their", "its", "his", "her", "'s"].contains(before)
            // "stores opened in 2024: name, city and opening date": after the question has begun,
            // "name" heads the fields asked for; only an opening "name" ("please name the top 5")
            // asks for a list.
            let amongFields = index > 0 && !["please", "you", "can", "could", "now", "then", "so", "and", "just", "also", "the", "a", "their", "its",
                                             "what", "whats", "are", "is", "of"].contains(before)
                && index + 1 < spans.count && spans[index + 1].meanings.contains { if case .field = $0 { return true }; return false }
            if listed || owned || amongFields { spans[index].meanings = [.grammar(.function)] }
        }
        return spans
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
            // Only the records the value describes: "wrong item" returns are returns, not items.
            if range.count > 1, entry.meanings.contains(where: { if case .value = $0 { return true }; return false }),
               let nouns = lexicon.table.lookup(words[(range.upperBound - 1)..<range.upperBound]) {
                let tableNames = Set(model.tables.map(\.name))
                let valueTables = Set(entry.meanings.flatMap { meaning -> [String] in
                    guard case .value(let field, _) = meaning, let expression = model.dimension(named: field)?.expressions.first else { return [] }
                    return SQLExpression.referencedTables(expression, among: tableNames)
                })
                for case .entity(let entity) in nouns where !(pooled[range]?.meanings.contains(.entity(entity)) ?? true)
                    && model.entity(named: entity).map({ valueTables.contains($0.table) }) != false {
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
            let corrected = (entry?.fuzzy ?? false) || range.contains(where: fuzzy.contains)
            // A structure word typed wrong ("thsoe") is read by its spelling from here on, as "those".
            let structure = entry.map { !$0.meanings.isEmpty && $0.meanings.allSatisfy { if case .grammar = $0 { true } else { false } } } ?? false
            let text = corrected && structure ? words[range].joined(separator: " ") : lexemes[range].map(\.text).joined(separator: " ")
            spans.append(Span(range: range, meanings: entry?.meanings ?? [], text: text, fuzzy: corrected))
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
}
