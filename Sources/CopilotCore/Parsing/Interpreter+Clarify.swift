/// Questions asked back: unknown words named with the closest things the model knows, known words
/// the plan could not place, and questions too vague to plan.
extension Interpreter {
    func unknownWords(_ reading: Reading) -> PlannerOutcome {
        let words = Self.distinct(reading.unknown.map(\.text))
        // Suggestions for the words named back only: a pasted paragraph must not cost a lookup per word.
        let suggestions = Array(Set(words.prefix(Self.wordsNamed).flatMap { closest(to: $0) })).sorted().prefix(4).map { $0 }
        var text = "I don't know what \(quoted(words)) \(words.count == 1 ? "refers" : "refer") to in this shop's data, so I won't guess."
        if !suggestions.isEmpty {
            text += " The closest things I know: \(AnswerComposer.list(suggestions, conjunction: "or"))."
        } else {
            text += " " + knownSummary()
        }
        return .clarification(Clarification(text, suggestions: suggestions, reason: .unknownWords(words, dataShaped: isDataShaped(reading))))
    }

    /// Words the model knows that the plan did not use: saying what was understood and asking.
    func notPlaced(_ unused: [Int], reading: Reading) -> PlannerOutcome {
        let words = Self.distinct(unused.map { reading.spans[$0].text })
        let text = "I understood most of that, but not how \(quoted(words)) \(words.count == 1 ? "fits" : "fit") into the question, "
            + "so I won't guess. Could you rephrase it, for example “revenue by category last month” or “customers in Lyon”?"
        return .clarification(Clarification(text, suggestions: [], reason: .unplaced(words, dataShaped: isDataShaped(reading))))
    }

    func continuesUnanswered() -> PlannerOutcome {
        let text = "I couldn't answer the question before this one, so I can't tell what this refines. "
            + "Could you ask it in full, for example “shipments by carrier in 2025”?"
        return .clarification(Clarification(text, suggestions: [], reason: .continuesUnanswered))
    }

    func vague(_ reading: Reading) -> PlannerOutcome {
        let fallback = model.metrics.prefix(4).map(\.displayName)
        let text = "I'm not sure which number you're after. " + knownSummary()
            + " For example: “revenue last month”, “orders by channel this year” or “top 5 products by units sold”."
        return .clarification(Clarification(text, suggestions: Array(fallback), reason: .vague))
    }

    /// Periods, numbers, counts, totals, breakdowns and rankings: the shape of a data question.
    private func isDataShaped(_ reading: Reading) -> Bool {
        reading.indices.contains { index in
            // "which store does she buy from": a question for records ("which payment method gets
            // recorded" asks about a field, as a rule may).
            if reading.question(index) == .which, let next = reading.nextContent(index), !reading.entities(next).isEmpty,
               reading.fields(next).isEmpty { return true }
            // A person named ("Benjamin Anderson"): a question about that customer's records.
            if reading.values(index).contains(where: { value in
                navigator.entity(identifiedBy: value.field).flatMap { model.entity(named: $0)?.person } == true
            }) { return true }
            // "before deletion" is a preposition; "before 2024", "over 100" compare.
            if reading.comparator(index) != nil { return reading.nextContent(index).map { reading.number($0) != nil || reading.period($0) != nil } ?? false }
            return reading.spans[index].meanings.contains { meaning in
                switch meaning {
                case .period, .grain, .number, .record, .shift: return true
                case .grammar(let role):
                    switch role {
                    case .count, .total, .average, .grouping, .superlative, .trend, .extreme, .share: return true
                    default: return false
                    }
                default: return false
                }
            }
        }
    }

    /// The words named back to the user: a long question names its first few, then a count.
    private func quoted(_ words: [String]) -> String {
        let shown = words.prefix(Self.wordsNamed).map { "“\($0)”" }
        let more = words.count - shown.count
        return more > 0 ? shown.joined(separator: ", ") + " and \(more) other word\(more == 1 ? "" : "s")" : AnswerComposer.list(shown)
    }

    private static let wordsNamed = 6

    /// Each word once, case-insensitively, in the order first said.
    private static func distinct(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Names the model knows that are nearest to `word` in spelling.
    private func closest(to word: String) -> [String] {
        let folded = Array(Lexer.fold(word).utf8)
        var scored: [(Int, String)] = []
        for name in suggestionNames where abs(name.bytes.count - folded.count) <= 2 {
            let distance = EditDistance.damerauLevenshtein(folded, name.bytes, limit: 2)
            if distance <= 2 { scored.append((distance, name.display)) }
        }
        return scored.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private func knownSummary() -> String {
        let metrics = model.metrics.prefix(10).map(\.displayName).joined(separator: ", ")
        let dimensions = model.dimensions.prefix(10).map(\.displayName).joined(separator: ", ")
        return "I can report \(metrics), broken down by \(dimensions) or over time."
    }

    func helpText() -> String {
        var lines = ["I answer questions about \(model.description ?? "the shop's data") in plain words, show the SQL I ran, and never change the data."]
        lines.append("Metrics I know: " + model.metrics.prefix(24).map { metric in
            let synonyms = metric.synonyms.filter { $0.lowercased() != metric.displayName.lowercased() }.prefix(2)
            return synonyms.isEmpty ? metric.displayName : "\(metric.displayName) (\(synonyms.joined(separator: ", ")))"
        }.joined(separator: "; ") + ".")
        lines.append("Breakdowns and filters: " + model.dimensions.prefix(30).map(\.displayName).joined(separator: ", ")
                     + "; by day, week, month, quarter or year.")
        lines.append("Records: lists with conditions (“customers in Lyon”, “products priced above 500”), a record's details "
                     + "(“status of order 10042”), rankings (“the 10 most expensive products”), what never happened (“products never ordered”).")
        lines.append("Periods: “last month”, “ytd”, “Q3 2024”, “last 30 days”, “2024 vs 2025”. Follow-ups work: “and last year?”, “only Europe”, “top 3 instead”, “the first one”.")
        lines.append("Try: “revenue last month”, “top 5 products by units sold this year”, “what share of revenue comes from marketplaces”.")
        return lines.joined(separator: "\n")
    }
}
