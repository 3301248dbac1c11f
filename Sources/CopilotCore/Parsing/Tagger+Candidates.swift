/// Where the tagger's candidate readings come from: dates and periods, time buckets, record
/// references, numbers, the model's and English's phrases, and imperative openings.
extension Tagger {
    func timeCandidates(_ words: [String], lexemes: [Lexeme], asOf: CalendarDate) -> [Candidate] {
        let expressions = TimeExpressionParser(asOf: asOf).parse(words).filter { !Self.comparesBareNumber($0.range, words) }
        return expressions.map { expression in
            let meaning: Meaning
            var range = expression.range
            switch expression.kind {
            case .period(var period):
                // Without a year or a full date, the period depends on the reference date.
                period.relative = !lexemes[expression.range].contains { TimeExpressionParser.year($0.folded) != nil || $0.kind == .date }
                // "after June", "since 2023", "before Q2": open on one side — unless the word joins
                // two periods ("from Black Friday through Cyber Monday").
                if let (length, side) = OpenPeriod.bound(before: range.lowerBound, in: words),
                   !expressions.contains(where: { $0.range.upperBound == range.lowerBound - length }) {
                    period = OpenPeriod.open(period, side)
                    range = (range.lowerBound - length)..<range.upperBound
                } else if let (length, side) = OpenPeriod.bound(after: range.upperBound, in: words) {
                    period = OpenPeriod.open(period, side)
                    range = range.lowerBound..<(range.upperBound + length)
                } else if range.lowerBound >= 1, words[range.lowerBound - 1] == "from", range.upperBound < words.count,
                          words[range.upperBound] == "on", !expressions.contains(where: { $0.range.lowerBound > range.upperBound }),
                          range.upperBound + 1 >= words.count || lexemes[range.upperBound + 1].opensSentence
                            || ["name", "names", "with", "showing", "list", "please"].contains(words[range.upperBound + 1]) {
                    // "stores opened from 2023 on — name, city": from then until now; "orders from
                    // 2024 on amazon" are on Amazon.
                    period = OpenPeriod.open(period, .since)
                    range = range.lowerBound..<(range.upperBound + 1)
                }
                meaning = .period(period)
            case .grain(let grain): meaning = .grain(grain)
            case .shift(let months): meaning = .shift(months: months == 0 ? nil : months)
            case .previousOfContext(let months): meaning = .previousPeriod(months: months)
            }
            return Candidate(range: range, meanings: [meaning], priority: 8)
        }
    }

    /// Words after which a bare year-like number is a quantity: "priced above 2000", "more than 2025
    /// units". "Over" stays a period word ("sales over 2024").
    private static let quantityComparators: Set<String> = ["above", "below", "under", "than", "exceeding", "exceeds", "exceed",
                                                           "least", "most", ">", "<", ">=", "<=", "="]

    static func comparesBareNumber(_ range: Range<Int>, _ words: [String]) -> Bool {
        guard range.count == 1, range.lowerBound > 0, TimeExpressionParser.year(words[range.lowerBound]) != nil else { return false }
        return quantityComparators.contains(words[range.lowerBound - 1])
    }

    /// Time buckets: "monthly", "by week", "per day", "each quarter", "day of the week", "hour of
    /// the day", "month by month".
    func grainCandidates(_ words: [String]) -> [Candidate] {
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
    func recordCandidates(_ words: [String], lexemes: [Lexeme]) -> [Candidate] {
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

    /// Words after which "one" is a number.
    static let comparing: Set<String> = ["than", "least", "most", "over", "under", "exactly"]

    /// Numbers with what they measure: `$300k` (currency), `5%` / `5 percent` (percent),
    /// `10 days` / `4 stars` (a field's unit), and number words ("five").
    func numberCandidates(_ words: [String], lexemes: [Lexeme]) -> [Candidate] {
        var result: [Candidate] = []
        let units = Set(model.dimensions.compactMap(\.unit)).union(["units", "unit", "items", "pieces", "stars", "star", "days", "day"])
        for index in lexemes.indices {
            var value: Double
            if let number = lexemes[index].number {
                value = number
            } else if let times = ["once": 1.0, "twice": 2.0, "thrice": 3.0][words[index]], index > 0, Self.comparing.contains(words[index - 1]) {
                // "returned more than once": a count of times.
                value = times
                result.append(Candidate(range: index..<(index + 1), meanings: [.number(value, .unit("times"))], priority: 7))
                continue
            } else if let number = TimeVocabulary.numberWords[words[index]],
                      !["a", "one"].contains(words[index]) || words[index] == "one" && index > 0 && Self.comparing.contains(words[index - 1]) {
                // "one" is a pronoun ("which one") except after a comparison: "more than one supplier".
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
                } else if ["dollars", "usd", "bucks", "eur", "euro", "euros", "pounds", "gbp", "quid", "aud", "cad"].contains(next) {
                    unit = .currency
                    end += 1
                } else if ["week", "weeks"].contains(next), units.contains("days") {
                    // "longer than six weeks": a span of days said in weeks.
                    value *= 7
                    unit = .unit("days")
                    end += 1
                } else if units.contains(next) || units.contains(PhraseTable<Meaning>.stem(next) + "s") {
                    unit = .unit(PhraseTable<Meaning>.stem(next) + "s")
                    end += 1
                    // "more than 5 days from shipping to delivery": when the unit starts a longer
                    // phrase (a field's name), the number stands alone.
                    result.append(Candidate(range: start..<(end - 1), meanings: [.number(value, unit)], priority: 6))
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
    func phraseCandidates(_ words: [String]) -> [Candidate] {
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

    /// "gross margin rate" where the model says "margin rate" and "gross margin %", "physical retail
    /// stores" where it says "retail stores" and "physical stores": a word nothing
    /// else reads alone, next to a metric's name and belonging to another of that metric's names,
    /// is part of the name ("gross" is read only inside "gross margin"). Only words with no
    /// meaning of their own, so "customer revenue" stays two spans.
    func widenedMetricCandidates(_ candidates: [Candidate], words: [String], lexemes: [Lexeme]) -> [Candidate] {
        let covered = Set(candidates.filter { $0.range.count == 1 }.map(\.range.lowerBound))
        var result: [Candidate] = []
        for candidate in candidates where candidate.priority == 5 || candidate.priority == 3 {
            for meaning in candidate.meanings {
                let own: Set<String>
                switch meaning {
                case .metric(let name): own = lexicon.metricWords[name] ?? []
                case .value(let field, let value): own = lexicon.valueWords[SchemaLexicon.valueKey(field: field, value: value)] ?? []
                default: continue
                }
                guard !own.isEmpty else { continue }
                var range = candidate.range
                let before = range.lowerBound - 1
                if before >= 0, lexemes[before].isWord, !covered.contains(before), own.contains(PhraseTable<Meaning>.stem(words[before])) {
                    range = before..<range.upperBound
                }
                let after = range.upperBound
                if after < words.count, lexemes[after].isWord, !covered.contains(after), own.contains(PhraseTable<Meaning>.stem(words[after])) {
                    range = range.lowerBound..<(after + 1)
                }
                if range != candidate.range {
                    result.append(Candidate(range: range, meanings: [meaning], priority: candidate.priority, fuzzy: candidate.fuzzy))
                }
            }
        }
        return result
    }

    /// "Return the address of…", "Select the names…", "Compute the average…": a verb opening the
    /// question before a determiner or a question word asks for a list, whatever else the verb
    /// names in the model ("return" is also a product return). Only at the start, so "customers
    /// who return the most" keeps its meaning.
    func imperativeCandidates(_ words: [String]) -> [Candidate] {
        guard words.count > 1, Grammar.imperatives.contains(words[0]), Grammar.imperativeObjects.contains(words[1]) else { return [] }
        return [Candidate(range: 0..<1, meanings: [.grammar(.list)], priority: 7)]
    }
}
