/// Phrases settled before the frame is chosen: a breakdown of nothing, "against" that compares
/// nothing, and a metric phrase that carries its own superlative.
extension PlanBuilder {
    /// "how much money for each": a breakdown with nothing after it, and no answer before it to
    /// stand for, names no groups; left unread, so it is asked back. "The different card types,
    /// and how many cards of each": a field said before it is what "each" is.
    mutating func requireBreakdownOfNothing() {
        guard context.previousPlan == nil else { return }
        for index in reading.indices where reading.has(index, .grouping) && reading.nextContent(index) == nil
            && Self.breakdownWords.contains(reading.spans[index].text.lowercased())
            && !reading.indices.contains(where: { $0 < index && !reading.fields($0).isEmpty }) {
            reading.require(index)
        }
    }

    private static let breakdownWords: Set<String> = ["each", "for each", "per", "by", "in each", "of each", "for every", "every"]

    /// "returns against 2024 orders": "against" before the one dated noun says whose records,
    /// it compares nothing ("2024 orders against 2025 orders" does).
    mutating func settleAgainstDatedNoun() {
        guard reading.indices.filter({ reading.period($0) != nil }).count == 1 else { return }
        for index in reading.indices where reading.has(index, .comparison) && reading.spans[index].text.lowercased() == "against" {
            guard let period = reading.nextContent(index), reading.period(period) != nil, period + 1 < reading.spans.count,
                  !reading.entities(period + 1).isEmpty else { continue }
            reading.spans[index].meanings = [.grammar(.function)]
        }
    }

    /// "what product was returned most often", "the most returned item": a metric phrase that
    /// carries its own superlative still ranks by that metric.
    mutating func settleRankingInsideMetricPhrases() {
        for index in reading.indices where !reading.metrics(index).isEmpty && reading.superlative(index) == nil {
            let words = reading.words(index)
            guard words.count > 1 else { continue }
            let highest = words.contains("most")
            guard highest || words.contains("least") || words.contains("fewest") else { continue }
            reading.spans[index].meanings.append(.grammar(.superlative(highest: highest, quality: false)))
        }
    }

    /// "which carrier had the most late deliveries", "how many late deliveries": a word that is
    /// both a metric and a stored value ("late delivery" as a return reason) is the metric after a
    /// superlative or a count — what is ranked or counted.
    mutating func settleMetricAfterRanking() {
        for index in reading.indices where !reading.metrics(index).isEmpty && !reading.values(index).isEmpty {
            // Only a figure that adds up ("late deliveries"); "the most cancellations" counts the
            // cancelled orders, not the cancellation rate.
            guard reading.metrics(index).contains(where: { name in
                      model.metric(named: name).map { $0.additive == true || $0.format == .count || $0.format == .currency } ?? false
                  }),
                  let before = reading.previousContent(index),
                  reading.superlative(before) != nil || reading.has(before, .count) || ranksBy(before) else { continue }
            reading.spans[index].meanings.removeAll { meaning in
                if case .value = meaning { return true }
                return false
            }
        }
    }

    /// "top 5 carriers by late deliveries": "by" after ranked records names what they are ranked by.
    private func ranksBy(_ index: Int) -> Bool {
        guard reading.spans[index].text.lowercased() == "by", let noun = reading.previousContent(index),
              !reading.entities(noun).isEmpty || !reading.fields(noun).isEmpty else { return false }
        var look = reading.previousContent(noun)
        while let current = look, reading.number(current) != nil { look = reading.previousContent(current) }
        return look.map { reading.superlative($0) != nil || ["rank", "sort", "order"].contains(reading.spans[$0].text.lowercased()) } ?? false
    }

    /// "what's the email for the top one", "their email": a word that names a field and is also a
    /// stored value (the "email" acquisition channel) is the field after an article or a possessive,
    /// unless the value's own field follows ("the email channel").
    mutating func settleFieldAfterDeterminer() {
        let determiners: Set<String> = ["the", "their", "his", "her", "its", "your", "our"]
        for index in reading.indices where index > 0 && !reading.fields(index).isEmpty && !reading.values(index).isEmpty {
            guard determiners.contains(reading.spans[index - 1].text.lowercased()) else { continue }
            let valueFields = Set(reading.values(index).map(\.field))
            if let next = reading.nextContent(index), !Set(reading.fields(next)).isDisjoint(with: valueFields) { continue }
            // Only an attribute of records ("email", "phone"), not a category said with its article
            // ("the marketplaces" are the marketplace channel, not a breakdown by marketplace).
            // "the closed ones" are records in that state, not their closing date.
            if index + 1 < reading.spans.count, ["one", "ones"].contains(reading.spans[index + 1].text.lowercased()) { continue }
            guard !reading.isPlural(index), reading.fields(index).contains(where: { field in
                      guard let dimension = model.dimension(named: field) else { return false }
                      return !valueFields.contains(field) && (dimension.values ?? []).isEmpty && dimension.fieldType != .date
                  }) else { continue }
            reading.spans[index].meanings.removeAll { meaning in
                if case .value = meaning { return true }
                return false
            }
        }
    }

    /// "how many people work at that store": people said with a verb of working are staff; when the
    /// one kind of person the shop records is no staff (its customers), the word stays unread and
    /// the question is asked back.
    mutating func settlePeopleWhoWork() {
        let working: Set<String> = ["work", "works", "worked", "working", "employed", "staff", "staffed"]
        for index in reading.indices where ["people", "person", "persons", "ppl"].contains(reading.words(index).joined(separator: " ")) {
            guard index + 1 < reading.spans.count, working.contains(reading.spans[index + 1].text.lowercased()) else { continue }
            let staff = reading.entities(index).contains { name in
                guard let entity = model.entity(named: name) else { return false }
                return ([entity.name] + entity.synonyms).contains { ["staff", "employee", "employees", "worker", "workers"].contains($0.lowercased()) }
            }
            if !staff {
                reading.spans[index].meanings = []
                unreadable.insert(index)
            }
        }
    }
}

extension PlanBuilder {
    /// "which shop does Shona Gillies manage?": a name both a customer and a member of staff
    /// have is the staff member's when the question's other value (the role "Manager") is only
    /// ever staff's; that reading is put first, the others kept for what follows.
    mutating func settleNamesByOtherValues() {
        for index in reading.indices {
            let values = reading.values(index)
            let owners = values.map { navigator.owner(of: $0.field) }
            guard Set(owners).count > 1 else { continue }
            var beside: Set<String> = []
            for other in reading.indices where other != index {
                let held = Set(reading.values(other).compactMap { navigator.owner(of: $0.field) })
                if held.count == 1, let owner = held.first { beside.insert(owner) }
            }
            let matching = Set(owners.compactMap { $0 }).intersection(beside)
            guard matching.count == 1, let owner = matching.first else { continue }
            let meanings = reading.spans[index].meanings
            let first = meanings.filter { meaning in
                guard case .value(let field, _) = meaning else { return false }
                return navigator.owner(of: field) == owner
            }
            reading.spans[index].meanings = first + meanings.filter { meaning in !first.contains(meaning) }
        }
    }
}
