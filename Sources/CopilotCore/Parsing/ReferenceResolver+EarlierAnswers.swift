/// What a follow-up points at beyond the previous answer's own rows: the two records the last two
/// questions named ("which of the two", "those two"), the ranking shown before a run of look-ups,
/// the rows a number counts ("all five", "the weaker of the two"), the records that dated the
/// previous figure, and the field shown a noun ends ("that channel" for the acquisition channel).
extension ReferenceResolver {
    /// "of the two", "of both" after "which"/"who", when the last two questions each narrowed the
    /// same field to one value: those two values.
    func theTwoNamed(_ reading: Reading, at index: Int) -> (field: String, meanings: [Meaning])? {
        let words = reading.tagged.words
        guard let start = reading.spans[index].range.first, ["two", "both"].contains(words[start]), reading.spans[index].range.count == 1,
              start >= 2, let earlier else { return nil }
        var look = start - 1
        if words[look] == "the" { look -= 1 }
        guard look >= 1, words[look] == "of", ["which", "who", "whichever"].contains(words[look - 1]) else { return nil }
        for filter in previous.filters where filter.values.count == 1 && !filter.negated {
            guard let other = earlier.filters.first(where: { $0.dimension == filter.dimension && $0.values.count == 1 && !$0.negated }),
                  other.values != filter.values else { continue }
            return (filter.dimension, (other.values + filter.values).map { .value(field: filter.dimension, value: $0) })
        }
        return nil
    }

    /// "those two", "these two", "both of them" after one record was looked up, then another of
    /// the same kind: those two records, as the spans the pointer takes up.
    func theTwoLookedUp(_ reading: Reading, at index: Int) -> (consumed: [Int], meanings: [Meaning])? {
        let range = reading.spans[index].range
        guard let earlier, !range.isEmpty else { return nil }
        let words = reading.tagged.words
        let word = words[range.lowerBound]
        var consumed: [Int] = []
        if ["those", "these", "the"].contains(word), range.count == 1, let next = nextWord(reading, after: index), next.word == "two" {
            // "of the two" after "which" picks between them: ``theTwoNamed`` reads that.
            if word == "the", range.lowerBound > 0, words[range.lowerBound - 1] == "of" { return nil }
            consumed = [next.index]
        } else if word == "both", range.count == 1, let next = nextWord(reading, after: index), next.word == "of",
                  let pointer = nextWord(reading, after: next.index), ["them", "those", "these"].contains(pointer.word) {
            consumed = [next.index, pointer.index]
        } else {
            return nil
        }
        let last = Dictionary(grouping: previous.entities, by: \.entity)
        let before = Dictionary(grouping: earlier.entities, by: \.entity)
        for (entity, records) in last where records.count == 1 {
            guard let other = before[entity], other.count == 1, other[0].id != records[0].id else { continue }
            return (consumed, (other + records).map { .record(entity: entity, id: $0.id, name: $0.name) })
        }
        return nil
    }

    /// A resolver over the latest answer that showed several rows, when an ordinal points past a one-record
    /// answer ("the no. 2" after "what loyalty tier is the top one?") at the ranking before it.
    func ranking(behind pointer: Pointer) -> ReferenceResolver? {
        guard let shown, let shownResult, !shown.dimensions.isEmpty else { return nil }
        // "all five" after the look-up of one of the five.
        if pointer.rows == .all, let count = pointer.count, result?.rows.count != count, shownResult.rows.count == count {
            return ReferenceResolver(model: model, navigator: navigator, previous: shown, result: shownResult)
        }
        guard case .position(let position) = pointer.rows,
              previous.kind == .lookup || previous.dimensions.isEmpty && (result?.rows.count ?? 0) <= 1,
              shownResult.rows.count >= abs(position) else { return nil }
        return ReferenceResolver(model: model, navigator: navigator, previous: shown, result: shownResult)
    }

    /// Whether one of `entities` is the records whose date dates the previous figure (orders for
    /// revenue).
    func datesPreviousFigure(_ entities: [String]) -> Bool {
        guard let time = previous.metrics.first.flatMap(model.metric(named:))?.timeColumn else { return false }
        return entities.contains { model.entity(named: $0)?.time == time }
    }

    /// "the two", "both", "all three" after "of": how many rows they are, and their spans.
    func rowsCounted(_ reading: Reading, after index: Int) -> (count: Int, spans: [Int])? {
        var spans: [Int] = []
        var look = index
        while let next = nextWord(reading, after: look), ["the", "all", "these", "those"].contains(next.word) {
            spans.append(next.index)
            look = next.index
        }
        guard let counted = nextWord(reading, after: look) else { return nil }
        if counted.word == "both" { return (2, spans + [counted.index]) }
        guard let number = reading.number(counted.index), number.value == number.value.rounded() else { return nil }
        return (Int(number.value), spans + [counted.index])
    }

    /// "that channel" after AOV by acquisition channel: the one field shown whose name ends in the
    /// noun said, when the noun itself names another field.
    func headNounReferent(_ referents: [Referent], word: String) -> Referent? {
        let noun = word.lowercased()
        let matching = referents.filter { referent in
            guard referent.entity == nil, let field = referent.field, let dimension = model.dimension(named: field) else { return false }
            return ([dimension.displayName] + dimension.synonyms).contains { name in
                let last = name.lowercased().split(separator: " ").last.map(String.init)
                return last == noun || last == noun + "s"
            }
        }
        return matching.count == 1 ? matching[0] : nil
    }
}
