extension OfflinePlanner {
    /// Metrics, dimensions, values and entity nouns, disambiguated by position: after "by"/"per" a
    /// phrase is a breakdown, next to a value of the same dimension it only qualifies the value.
    func readSchemaPhrases(_ reading: inout QuestionReading) {
        let words = reading.words
        let matches = lexicon.matches(in: words, excluding: reading.consumed)
        let valuePositions: [(dimension: String, range: Range<Int>)] = matches.compactMap { match in
            for case .value(let dimension, _) in match.meanings { return (dimension, match.range) }
            return nil
        }
        var negateNext = false
        var negationPosition = -10
        var previousMatch: (range: Range<Int>, meaning: Lexicon.Meaning)?
        var qualifiedNouns: [String] = []

        for match in matches {
            let start = match.range.lowerBound
            let before = start > 0 ? words[start - 1] : ""
            let twoBefore = start > 1 ? words[start - 2] : ""
            for position in (max(0, start - 3)..<start) where PlannerVocabulary.negation.contains(words[position]) {
                negationPosition = position
            }
            negateNext = start - negationPosition <= 3
            let grouped = PlannerVocabulary.groupingPrepositions.contains(before)
                || (before == "each" || before == "every") || (twoBefore == "by" && ["the", "each"].contains(before))
                || ["which", "what", "whats"].contains(before) || (before == "down" && twoBefore == "broken")
            let ranked = (1...3).contains { distance in
                start - distance >= 0 && (PlannerVocabulary.descendingRank.contains(words[start - distance])
                    || PlannerVocabulary.ascendingRank.contains(words[start - distance])
                    || PlannerVocabulary.relativeRank.contains(words[start - distance]))
            }
            let meaning = choose(match.meanings, grouped: grouped, ranked: ranked)
            reading.consumed.formUnion(match.range)
            let adjacent = previousMatch.flatMap { $0.range.upperBound == start ? $0.meaning : nil }
            defer { previousMatch = (match.range, meaning) }
            let counted = (before == "many" && twoBefore == "how") || (before == "of" && twoBefore == "number")
            let lastWord = words[match.range.upperBound - 1]
            let singular = Lexicon.stem(lastWord) == lastWord && !lastWord.hasSuffix("s")

            switch meaning {
            case .metric(let name):
                // "cancelled orders", "revenue of orders": the noun says what is measured, it is not a
                // second metric — unless it is the only one.
                if let entity = reading.entities.first?.entity, model.entity(named: entity)?.table == model.metric(named: name)?.table
                    || (model.metric(named: name)?.noun == true && entityName(for: lastWord) == reading.entities.first?.entity) {
                    continue  // "order total for #7777": the noun names the record being looked up
                }
                if model.metric(named: name)?.noun == true {
                    if case .value = adjacent { qualifiedNouns.append(name) }
                    if before == "of", reading.metrics.contains(where: { model.metric(named: $0)?.noun != true }) { qualifiedNouns.append(name) }
                } else if let previous = previousMatch, case .metric(let noun) = previous.meaning, model.metric(named: noun)?.noun == true,
                          qualifiesCountedNoun(words[previous.range.upperBound..<start], metric: name) {
                    // "products below reorder point", "shipments that were delivered late": the noun
                    // names what this metric counts.
                    qualifiedNouns.append(noun)
                }
                if !reading.metrics.contains(name) { reading.metrics.append(name) }
                reading.metricWords[name] = words[match.range].joined(separator: " ")
                reading.firstMetricPosition = reading.firstMetricPosition ?? start
            case .dimension(let name):
                // "loyalty tier gold", "category electronics": the dimension word only names the value.
                let qualifiesValue = valuePositions.contains { value in
                    value.dimension == name && (abs(value.range.lowerBound - match.range.upperBound) <= 1
                        || abs(match.range.lowerBound - value.range.upperBound) <= 1)
                }
                // "how many items", "low stock items", "retail store revenue": the noun is what is
                // counted or qualified, not a breakdown.
                var qualifies = false
                switch adjacent {
                case .value, .metric: qualifies = !grouped && !ranked
                default: break
                }
                if ["a", "an", "any"].contains(before) && !grouped {
                    // "orders that used a promo code": rows that have a value.
                    reading.filters.append((QueryPlan.Filter(dimension: name, values: [], negated: true), start))
                    continue
                }
                if !qualifiesValue && !qualifies && !(counted && !grouped) && !reading.dimensions.contains(name) {
                    reading.dimensions.append(name)
                    if (["which", "what"].contains(before) || ranked) && singular { reading.singularWhich = true }
                }
            case .value(let dimension, let value):
                // "shipped via DPD", "delivered by UPS": a verb, not a status filter.
                let after = match.range.upperBound < words.count ? words[match.range.upperBound] : ""
                if ["via", "by", "with", "through", "using"].contains(after), !grouped, lastWord.hasSuffix("ed") || lastWord == "paid",
                   matches.contains(where: { $0.range.lowerBound == match.range.upperBound + 1 }) {
                    continue
                }
                // "including cancelled": every value of the dimension, which lifts the metric's own filter.
                if ["including", "include", "includes", "incl", "plus"].contains(before) || (before == "with" && twoBefore == "even") {
                    reading.filters.removeAll { $0.filter.dimension == dimension }
                    reading.filters.append((QueryPlan.Filter(dimension: dimension, values: [], negated: true), start))
                    continue
                }
                if let existing = reading.filters.firstIndex(where: { $0.filter.dimension == dimension && $0.filter.negated == negateNext }) {
                    if !reading.filters[existing].filter.values.contains(value) { reading.filters[existing].filter.values.append(value) }
                } else {
                    reading.filters.append((QueryPlan.Filter(dimension: dimension, values: [value], negated: negateNext), start))
                }
            case .entity(let name):
                var qualifies = false
                if case .value = adjacent { qualifies = !ranked }
                if model.dimension(named: name) != nil && !reading.entityMentions.contains(name) && !qualifies && !(counted && !grouped) {
                    reading.entityMentions.append(name)
                    if (["which", "what"].contains(before) || ranked) && singular { reading.singularWhich = true }
                }
            }
        }
        if reading.metrics.contains(where: { !qualifiedNouns.contains($0) }) {
            reading.metrics.removeAll { qualifiedNouns.contains($0) }
        }
    }

    /// Whether the words between a counted noun and a metric make the metric a qualifier of the noun:
    /// linking words ("that were"), or none at all when the metric itself counts ("products low on
    /// stock", not "orders, revenue").
    private func qualifiesCountedNoun(_ between: ArraySlice<String>, metric: String) -> Bool {
        if between.isEmpty { return model.metric(named: metric)?.format == .count }
        return between.allSatisfy(PlannerVocabulary.relativeLinks.contains)
    }

    /// The meaning of an ambiguous phrase: a breakdown after "by" or a ranking word ("best
    /// customers"), otherwise metric, then value, then dimension, then entity.
    private func choose(_ meanings: [Lexicon.Meaning], grouped: Bool, ranked: Bool) -> Lexicon.Meaning {
        func rank(_ meaning: Lexicon.Meaning) -> Int {
            switch meaning {
            case .dimension: grouped || ranked ? 0 : 3
            case .entity: grouped ? 1 : ranked ? 2 : 4
            case .metric: grouped ? 2 : ranked ? 1 : 0
            case .value: grouped ? 5 : ranked ? 3 : 1
            }
        }
        return meanings.min { rank($0) < rank($1) }!
    }

    /// Words nothing recognised. Unknown words right after a preposition usually name a filter or
    /// a breakdown the model does not have ("by influencer", "from TikTok").
    func readUnknownWords(_ reading: inout QuestionReading) {
        let prepositions: Set<String> = ["by", "per", "in", "from", "for", "at", "on", "via", "with", "through", "to", "among", "across"]
        for (index, word) in reading.words.enumerated() where !reading.consumed.contains(index) {
            if PlannerVocabulary.fillers.contains(word) || PlannerVocabulary.comparison.contains(word)
                || PlannerVocabulary.share.contains(word) || PlannerVocabulary.negation.contains(word)
                || PlannerVocabulary.help.contains(word) || PlannerVocabulary.trend.contains(word) {
                continue
            }
            if word.count < 2 && !word.allSatisfy(\.isNumber) { continue }
            if attributeWords.contains(word) { continue }
            reading.unknownWords.append(word)
            if index > 0, prepositions.contains(reading.words[index - 1]) {
                reading.unknownAfterPreposition.append(word)
            }
        }
    }
}
