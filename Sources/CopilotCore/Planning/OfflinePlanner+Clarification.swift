extension OfflinePlanner {
    func clarifyUnknown(_ word: String, reading: QuestionReading) -> PlannerOutcome {
        let suggestions = lexicon.suggestions(for: word).map(describe)
        var text = "I don't know what “\(word)” refers to in this shop's data, so I won't guess."
        if let first = suggestions.first {
            text += " Did you mean \(suggestions.count > 1 ? suggestions.dropLast().joined(separator: ", ") + " or " + suggestions.last! : first)?"
        } else {
            text += " " + knownSummary()
        }
        return .clarification(Clarification(text, suggestions: suggestions))
    }

    func clarifyVague(_ reading: QuestionReading) -> PlannerOutcome {
        let candidates = reading.words.filter { $0.count >= 4 && !PlannerVocabulary.fillers.contains($0) }
            .flatMap { lexicon.suggestions(for: $0, limit: 2) }
            .compactMap { meaning -> String? in
                if case .metric(let name) = meaning { return model.metric(named: name)?.displayName }
                return nil
            }
        var seen = Set<String>()
        let nearest = candidates.filter { seen.insert($0).inserted }
        let text: String
        if nearest.isEmpty {
            text = "I'm not sure which number you're after. " + knownSummary()
                + " For example: “revenue last month”, “orders by channel this year” or “top 5 products by units sold”."
        } else {
            text = "I'm not sure which number you're after — the closest I know: \(nearest.joined(separator: ", ")). " + knownSummary()
        }
        let fallback = model.metrics.prefix(4).map(\.displayName)
        return .clarification(Clarification(text, suggestions: nearest.isEmpty ? Array(fallback) : nearest))
    }

    private func describe(_ meaning: Lexicon.Meaning) -> String {
        switch meaning {
        case .metric(let name): model.metric(named: name)?.displayName ?? name
        case .dimension(let name): "by " + (model.dimension(named: name)?.displayName ?? name)
        case .value(_, let value): value
        case .entity(let name): name
        }
    }

    private func knownSummary() -> String {
        let metrics = model.metrics.prefix(10).map(\.displayName).joined(separator: ", ")
        let dimensions = model.dimensions.prefix(10).map(\.displayName).joined(separator: ", ")
        return "I can report \(metrics), broken down by \(dimensions) or over time."
    }

    func helpText() -> String {
        var lines = ["I answer questions about \(model.description ?? "the shop's data") in plain words, show the SQL I ran, and never change the data."]
        lines.append("Metrics I know: " + model.metrics.map { metric in
            let synonyms = metric.synonyms.filter { $0.lowercased() != metric.displayName.lowercased() }.prefix(2)
            return synonyms.isEmpty ? metric.displayName : "\(metric.displayName) (\(synonyms.joined(separator: ", ")))"
        }.joined(separator: "; ") + ".")
        lines.append("Breakdowns and filters: " + model.dimensions.map(\.displayName).joined(separator: ", ") + "; by day, week, month, quarter or year.")
        lines.append("Periods: “last month”, “ytd”, “Q3 2024”, “last 30 days”, “2024 vs 2025”. Follow-ups work: “and last year?”, “only Europe”, “top 3 instead”.")
        if !model.entities.isEmpty {
            lines.append("Look-ups: " + model.entities.map { "\($0.name) 123" }.joined(separator: ", ") + ".")
        }
        lines.append("Try: “revenue last month”, “top 5 products by units sold this year”, “what share of revenue comes from marketplaces”.")
        return lines.joined(separator: "\n")
    }

    /// A verified question whose meaningful words match the question's almost exactly.
    func matchVerifiedQuery(_ words: [String]) -> SemanticModel.VerifiedQuery? {
        let question = Self.contentWords(words)
        guard !question.isEmpty else { return nil }
        var best: (Double, SemanticModel.VerifiedQuery)?
        for (candidate, query) in verifiedIndex where !candidate.isEmpty {
            let similarity = Double(question.intersection(candidate).count) / Double(question.union(candidate).count)
            if similarity >= 0.8, similarity > (best?.0 ?? 0) { best = (similarity, query) }
        }
        return best?.1
    }
}
