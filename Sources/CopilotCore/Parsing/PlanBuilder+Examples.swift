/// Examples and asides that say which field is meant: "by department (Living Room, Bedroom and
/// so on)", "by marketplace - amazon, ebay and so on" name the breakdown's values by example and
/// narrow nothing; "by region (where the store is)" says whose region.
extension PlanBuilder {
    /// Words that close a list of examples.
    private static let exampleTails: [[String]] = [["and", "so", "on"], ["etc"], ["and", "such"], ["and", "the", "like"],
                                                   ["and", "others"], ["or", "so"], ["and", "more"], ["and", "so", "forth"], ["etcetera"]]

    mutating func settleExamples() {
        settleAsides()
        settleTrailingExamples()
    }

    /// A parenthesis after a field: values of that field are examples; an entity says whose field.
    private mutating func settleAsides() {
        var index = 0
        while index < reading.spans.count {
            guard reading.isAside(index), index > 0, !reading.isAside(index - 1) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < reading.spans.count, reading.isAside(end + 1) { end += 1 }
            let group = Array(index...end)
            // "orders per marketplace in 2025 (Amazon, eBay etc)": examples closed by "etc" may
            // come after other words; they are of a field named before them.
            let words = group.flatMap { reading.words($0) }
            let closed = Self.exampleTails.contains { tail in words.count > tail.count && Array(words.suffix(tail.count)) == tail }
            let named = closed ? (0..<index).flatMap { reading.fields($0) } : reading.fields(index - 1)
            let values = group.filter { !reading.values($0).isEmpty }
            if !named.isEmpty, !values.isEmpty,
               values.allSatisfy({ value in reading.values(value).contains { named.contains($0.field) } }) {
                for member in group { reading.use(member) }
            } else if values.isEmpty, named.count == 1, let field = named.first,
                      let owner = group.compactMap({ reading.entities($0).first }).first,
                      let qualified = model.dimension(named: "\(owner).\(field)"),
                      qualified.expressions != model.dimension(named: field)?.expressions,
                      group.allSatisfy({ reading.spans[$0].isFunction || !reading.entities($0).isEmpty || reading.question($0) != nil }) {
                // "by region (where the store is)": the store's region.
                reading.spans[index - 1].meanings = [.field(qualified.name)]
                for member in group { reading.use(member) }
            }
            index = end + 1
        }
    }

    /// "by marketplace - amazon, ebay and so on": values of the field just named, closed by "and
    /// so on" or "etc", are examples of the breakdown.
    private mutating func settleTrailingExamples() {
        let words = reading.spans.map { $0.text.lowercased() }
        for start in reading.indices where !reading.fields(start).isEmpty {
            let named = Set(reading.fields(start))
            var look = start + 1
            var listed: [Int] = []
            while look < reading.spans.count, !reading.values(look).isEmpty || reading.isConjunction(look) && words[look] != "and"
                    || (reading.spans[look].isFunction && listed.isEmpty) {
                if !reading.values(look).isEmpty { listed.append(look) }
                look += 1
            }
            guard !listed.isEmpty, listed.allSatisfy({ index in reading.values(index).contains { named.contains($0.field) } }),
                  let tail = Self.exampleTails.first(where: { tail in
                      look + tail.count <= words.count && Array(words[look..<(look + tail.count)]) == tail
                  }) else { continue }
            for member in (start + 1)..<(look + tail.count) where !reading.spans[member].isFunction || member >= look || listed.contains(member) {
                reading.use(member)
            }
        }
    }
}
