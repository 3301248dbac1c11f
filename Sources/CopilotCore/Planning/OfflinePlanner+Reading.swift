extension OfflinePlanner {
    /// Recognises dates, ids, rankings, grains and schema phrases in a question.
    func read(_ question: String, asOf: CalendarDate) -> QuestionReading {
        let words = spelling.correct(QuestionTokens(question).words)
        var reading = QuestionReading(words: words)
        readEntityIDs(&reading)
        readTime(&reading, asOf: asOf)
        readGrain(&reading)
        readSchemaPhrases(&reading)
        readRanking(&reading)
        readStructureWords(&reading)
        readUnknownWords(&reading)
        return reading
    }

    private func word(_ reading: QuestionReading, _ index: Int) -> String {
        index >= 0 && index < reading.words.count ? reading.words[index] : ""
    }

    /// "order 10042", "order #10042", "customer id 77", "product no. 12", "for #7777" (the nearest entity
    /// noun before it). A plural noun or a bare year ("customers 2025") is not an id.
    private func readEntityIDs(_ reading: inout QuestionReading) {
        var lastEntity: String?
        for index in reading.words.indices {
            let token = reading.words[index]
            if token == "#", let entity = lastEntity ?? model.entities.first?.name,
               let number = Int(word(reading, index + 1)), !reading.consumed.contains(index + 1) {
                reading.entities.append(.init(entity: entity, id: String(number)))
                reading.consumed.formUnion([index, index + 1])
                continue
            }
            guard let entity = entityName(for: token) else { continue }
            lastEntity = entity
            var look = index + 1
            var marked = false
            while ["#", "no", "nr", "number", "id", "nbr"].contains(word(reading, look)) {
                look += 1
                marked = true
            }
            let candidate = word(reading, look)
            guard !candidate.isEmpty, candidate.allSatisfy(\.isNumber), candidate.count <= 12, let number = Int(candidate) else { continue }
            let plural = Lexicon.stem(token) != token
            let yearLike = TimeExpressionParser.year(candidate) != nil
            guard marked || (!plural && !yearLike) else { continue }
            reading.entities.append(.init(entity: entity, id: String(number)))
            reading.consumed.formUnion(index...look)
        }
    }

    func entityName(for word: String) -> String? {
        guard let meanings = lexicon.phrases[Lexicon.stem(word)] else { return nil }
        for case .entity(let name) in meanings { return name }
        return nil
    }

    private func readTime(_ reading: inout QuestionReading, asOf: CalendarDate) {
        let masked = reading.words.enumerated().map { reading.consumed.contains($0.offset) ? "" : $0.element }
        for expression in TimeExpressionParser(asOf: asOf).parse(masked) {
            switch expression.kind {
            case .period(var period):
                // Without a year or a full date, the period depends on the reference date.
                period.relative = !reading.words[expression.range].contains { TimeExpressionParser.year($0) != nil || $0.contains("-") }
                reading.periods.append((period, expression.range))
            case .grain(let grain): reading.grain = grain
            case .shift(let months): reading.shiftMonths = months
            case .previousOfContext: reading.previousOfContext = true
            }
            reading.consumed.formUnion(expression.range)
        }
    }

    private func readRanking(_ reading: inout QuestionReading) {
        for (index, token) in reading.words.enumerated() where ["which", "what"].contains(token) {
            if let number = Int(word(reading, index + 1)), number > 0, number <= 1000, !reading.consumed.contains(index + 1) {
                reading.limit = number
                reading.consumed.insert(index + 1)
            }
        }
        for (index, token) in reading.words.enumerated() {
            // A ranking word inside a matched phrase ("best sellers", "most returned") still ranks.
            if reading.consumed.contains(index) {
                if reading.rankDirection == nil, PlannerVocabulary.descendingRank.contains(token) || PlannerVocabulary.ascendingRank.contains(token) {
                    reading.rankDirection = PlannerVocabulary.ascendingRank.contains(token) ? .low : .high
                }
                continue
            }
            let direction: QuestionReading.RankDirection
            switch token {
            case "best", "strongest": direction = .best
            case "worst", "weakest", "poorest": direction = .worst
            case _ where PlannerVocabulary.descendingRank.contains(token): direction = .high
            case _ where PlannerVocabulary.ascendingRank.contains(token): direction = .low
            default: continue
            }
            // "most" in "the most popular" modifies a metric word, still a ranking.
            reading.rankDirection = reading.rankDirection ?? direction
            reading.consumed.insert(index)
            // "the worst", "which one is the best": one answer.
            let next = word(reading, index + 1)
            if word(reading, index - 1) == "the" && (next.isEmpty || Int(next) == nil && Lexicon.stem(next) == next) {
                reading.singularWhich = reading.singularWhich || next.isEmpty || next == "one"
            }
            if let number = Int(word(reading, index + 1)), number > 0, number <= 1000, !reading.consumed.contains(index + 1) {
                reading.limit = number
                reading.consumed.insert(index + 1)
            } else if let number = Int(word(reading, index - 1)), number > 0, number <= 1000, !reading.consumed.contains(index - 1) {
                reading.limit = number
                reading.consumed.insert(index - 1)
            } else if let number = TimeVocabulary.numberWords[word(reading, index + 1)], word(reading, index + 1) != "a" {
                reading.limit = number
                reading.consumed.insert(index + 1)
            }
        }
        // "first 5", "5 products" after a ranking word elsewhere is handled above; "top" alone keeps a default.
    }

    private func readGrain(_ reading: inout QuestionReading) {
        for (index, token) in reading.words.enumerated() where !reading.consumed.contains(index) {
            if let grain = TimeVocabulary.grainAdjectives[token] {
                reading.grain = grain
                reading.consumed.insert(index)
            } else if ["by", "per", "each", "every", "a", "an", "of"].contains(token) {
                let next = word(reading, index + 1)
                // "day of (the) week", "hour of (the) day"
                if (next == "day" || next == "hour"), word(reading, index + 2) == "of" {
                    let target = word(reading, index + 3) == "the" ? word(reading, index + 4) : word(reading, index + 3)
                    if next == "day" && target == "week" || next == "hour" && target == "day" || next == "time" {
                        reading.grain = next == "day" ? .weekday : .hour
                        let end = word(reading, index + 3) == "the" ? index + 4 : index + 3
                        reading.consumed.formUnion(index...end)
                        continue
                    }
                }
                if token != "of", let grain = TimeVocabulary.grainNouns[next], !reading.consumed.contains(index + 1) {
                    reading.grain = grain
                    reading.consumed.formUnion([index, index + 1])
                }
            } else if token == "time", word(reading, index + 1) == "of", word(reading, index + 2) == "day" {
                reading.grain = .hour
                reading.consumed.formUnion(index...(index + 2))
            } else if (token == "weekday" || token == "weekdays") && word(reading, index - 1) != "by" {
                reading.grain = .weekday
                reading.consumed.insert(index)
            } else if PlannerVocabulary.trend.contains(token) {
                if token == "over" {
                    guard word(reading, index + 1) == "time" else { continue }
                    reading.consumed.insert(index + 1)
                }
                reading.trend = true
                reading.consumed.insert(index)
            } else if let grain = TimeVocabulary.grainNouns[token], ["over", "on", "by", "to", "after"].contains(word(reading, index + 1)),
                      TimeVocabulary.grainNouns[word(reading, index + 2)] == grain {
                reading.grain = grain
                reading.consumed.formUnion(index...(index + 2))
            }
        }
    }

    private func readStructureWords(_ reading: inout QuestionReading) {
        let words = reading.words
        for (index, token) in words.enumerated() {
            if ["which", "list", "what", "show"].contains(token) { reading.listing = true }
            if token == "how", ["many", "much"].contains(word(reading, index + 1)) { reading.howMany = true }
            if token == "number" && word(reading, index + 1) == "of" { reading.howMany = true }
        }
        for (index, token) in words.enumerated() where !reading.consumed.contains(index) {
            if PlannerVocabulary.comparison.contains(token) { reading.comparison = true }
            if reading.movement == 0 {
                reading.movement = PlannerVocabulary.rising.contains(token) ? 1 : PlannerVocabulary.falling.contains(token) ? -1 : 0
            }
            if PlannerVocabulary.share.contains(token) {
                reading.share = true
                reading.shareWordPosition = reading.shareWordPosition ?? index
            }
            if token == "what" && word(reading, index + 1) == "part" { reading.share = true }
            if PlannerVocabulary.help.contains(token) { reading.helpRequested = true }
            if ["use", "ask"].contains(token) && ["i", "can", "you", "to"].contains(word(reading, index - 1)) { reading.helpRequested = true }
            if token == "what", word(reading, index + 1) == "can", ["you", "u", "i"].contains(word(reading, index + 2)) {
                reading.helpRequested = true
            }
            if ["which", "what", "whats"].contains(token), ["metrics", "metric", "kpis", "kpi", "measures", "questions"].contains(word(reading, index + 1)) {
                reading.helpRequested = true
            }
            if PlannerVocabulary.share.contains(token) { reading.consumed.insert(index) }
        }
        // "grew fastest": a ranking by relative change; without a movement "fastest" means nothing here.
        if reading.movement != 0 {
            for (index, token) in words.enumerated() where PlannerVocabulary.relativeRank.contains(token) {
                reading.relativeMovement = true
                reading.consumed.insert(index)
                reading.rankDirection = reading.rankDirection ?? .high
                if reading.limit == nil, let number = Int(word(reading, index - 1)), (1...1000).contains(number), !reading.consumed.contains(index - 1) {
                    reading.limit = number  // "the 5 fastest growing products"
                    reading.consumed.insert(index - 1)
                }
            }
        }
    }
}
