/// Passes that run before the frame is chosen: fields seen from an entity, adjectives and
/// comparatives, and the reach of each negation.
extension PlanBuilder {
    /// "supplier country", "the warehouse's country", "country of the warehouse": one field seen from
    /// an entity (`supplier.country`), not two breakdowns.
    mutating func composeQualifiedFields() {
        var said: [(index: Int, bare: Set<String>, qualified: [String])] = []
        for index in reading.indices where !reading.isUsed(index) && !reading.fields(index).isEmpty {
            // "staff report to Ana": a field said as a verb follows its subject; it is no compound with it.
            if isFieldSaidAsVerb(index) { continue }
            guard let (owner, ownerIndex, clauseWords) = qualifier(of: index) else { continue }
            let qualified = reading.fields(index).compactMap { field -> String? in
                let name = "\(owner).\(field)"
                guard let qualified = model.dimension(named: name), navigator.displayField(of: owner) != field else { return nil }
                // "products priced over 1500": a plural entity word is the records' noun, kept
                // unless it changes which field is meant; "product brand" is a compound.
                guard qualified.expressions != model.dimension(named: field)?.expressions || !reading.isPlural(ownerIndex) else { return nil }
                return name
            }
            guard !qualified.isEmpty else { continue }
            // Seen from an entity, the word is that field only (not also a count or an entity).
            reading.spans[index].meanings = qualified.map(Meaning.field)
            reading.use(ownerIndex)
            clauseWords.forEach { reading.use($0) }
            qualifiedField[ownerIndex] = index
            said.append((index, Set(qualified.map { String($0.dropFirst(owner.count + 1)) }), qualified))
        }
        // "revenue by region, using the region the store is in": the field said again bare, with no
        // owner of its own, is the same one.
        for (index, bare, qualified) in said {
            for other in reading.indices where other != index && !reading.isUsed(other) && reading.values(other).isEmpty
                && reading.entities(other).isEmpty && !Set(reading.fields(other)).isDisjoint(with: bare) && qualifier(of: other) == nil {
                reading.spans[other].meanings = qualified.map(Meaning.field)
            }
        }
    }

    /// The entity a field is seen from: right before it ("supplier country", "warehouse's city"),
    /// or after "of (the)" ("country of the warehouse").
    private func qualifier(of index: Int) -> (String, Int, [Int])? {
        let before = index - 1
        if before >= 0, !reading.isUsed(before), let entity = reading.entities(before).first, reading.values(before).isEmpty {
            return (entity, before, [])
        }
        if before >= 1, reading.has(before, .possessive), let entity = reading.entities(before - 1).first {
            return (entity, before - 1, [])
        }
        // "the region the store is in", "the country that the warehouse is located in": a clause
        // after the field says whose field it is.
        var clause = index + 1
        while clause < reading.spans.count, ["the", "that", "which"].contains(reading.spans[clause].text.lowercased()) { clause += 1 }
        if clause > index + 1, clause + 1 < reading.spans.count, let entity = reading.entities(clause).first, reading.values(clause).isEmpty,
           ["is", "are", "was", "were", "sits", "lies"].contains(reading.words(clause + 1).first ?? "") {
            return (entity, clause, [])
        }
        // "each region's share …, by where the store is": "where" and the records say whose place it is.
        if let whereIndex = reading.first(where: { reading.question($0) == .whereQuestion && $0 > index }),
           whereIndex + 2 < reading.spans.count, reading.spans[whereIndex + 1].text.lowercased() == "the",
           let entity = reading.entities(whereIndex + 2).first, reading.values(whereIndex + 2).isEmpty,
           whereIndex + 3 == reading.spans.count || ["is", "are"].contains(reading.words(whereIndex + 3).first ?? "") {
            let cue = reading.previousContent(whereIndex).flatMap { reading.has($0, .grouping) ? $0 : nil }
            return (entity, whereIndex + 2, [whereIndex] + (cue.map { [$0] } ?? []))
        }
        var after = index + 1
        // "the id and full name of the customer": fields listed together share the owner after them.
        if after < reading.spans.count, reading.spans[after].roles == [.conjunction(and: true)] {
            var look = after + 1
            while look < reading.spans.count, !reading.has(look, .possessive),
                  reading.spans[look].isFunction || !reading.fields(look).isEmpty || reading.spans[look].roles == [.conjunction(and: true)] {
                look += 1
            }
            if look < reading.spans.count, reading.has(look, .possessive) { after = look }
        }
        guard after < reading.spans.count, reading.has(after, .possessive) || reading.spans[after].text.lowercased() == "of" else { return nil }
        after += 1
        while after < reading.spans.count, ["the", "a", "an", "its", "their", "that"].contains(reading.spans[after].text.lowercased()) { after += 1 }
        if after < reading.spans.count, let entity = reading.entities(after).first, reading.values(after).isEmpty, reading.record(after) == nil {
            return (entity, after, [])
        }
        return nil
    }

    /// "break the marketplace number down by platform": "down" closes "break", it is no fall.
    mutating func settleBreakDown() {
        let words = reading.tagged.words
        guard words.contains(where: { ["break", "breaking", "broken", "split", "splitting"].contains($0) }) else { return }
        for index in reading.indices where reading.spans[index].text.lowercased() == "down" { reading.use(index) }
        // "break down revenue into wine, spirits and beer": a breakdown by the field those values share.
        guard let into = reading.first(where: { reading.spans[$0].text.lowercased() == "into" }) else { return }
        var listed: [Int] = []
        var look = into + 1
        while look < reading.spans.count, !reading.values(look).isEmpty || reading.isConjunction(look) {
            if !reading.values(look).isEmpty { listed.append(look) }
            look += 1
        }
        guard listed.count >= 2 else { return }
        let shared = listed.dropFirst().reduce(Set(reading.values(listed[0]).map(\.field))) { fields, index in
            fields.intersection(reading.values(index).map(\.field))
        }
        // Values of several fields (a category and its parent): which level is meant is not said.
        guard shared.count == 1, let field = shared.first else { return }
        comparedField = field
        reading.use(into)
    }

    /// "which store opened first", "the customer who signed up last": a date said by its event,
    /// then "first" or "last", ranks the records by that date — read before "store opened" is
    /// taken for one qualified field.
    mutating func settleDateOrdinals() {
        for index in reading.indices where index + 1 < reading.spans.count {
            guard let field = reading.fields(index).first(where: { model.dimension(named: $0)?.fieldType == .date }),
                  reading.values(index).isEmpty else { continue }
            // "opened most recently", "joined latest", "signed up earliest".
            if let late = Self.dateOrder[reading.spans[index + 1].text.lowercased()] {
                reading.spans[index + 1].meanings = [.adjective(field: field, high: late)]
                reading.use(index)
                continue
            }
            // "been open the longest": longest since the date, so the earliest date.
            let after = reading.spans[index + 1].text.lowercased() == "the" && index + 2 < reading.spans.count ? index + 2 : index + 1
            if let late = Self.durationOrder[reading.spans[after].text.lowercased()] {
                reading.spans[after].meanings = [.adjective(field: field, high: late)]
                reading.use(index)
                if after > index + 1 { reading.use(index + 1) }
                continue
            }
            guard let ordinal = reading.spans[index + 1].roles.compactMap({ if case .ordinal(let n) = $0 { n } else { nil } }).first,
                  ordinal == 1 || ordinal == -1, ["first", "last"].contains(reading.spans[index + 1].text.lowercased()) else { continue }
            reading.spans[index + 1].meanings = [.adjective(field: field, high: ordinal == -1)]
            reading.use(index)
        }
        // "the order made most recently": with no date named before it, "most recently" ranks
        // nothing the question says; left unread, it is asked back.
        for index in reading.indices where reading.superlative(index) != nil
            && ["most recently", "the most recently", "least recently", "the least recently"].contains(reading.spans[index].text.lowercased()) {
            reading.replace(index, with: [])
        }
    }

    /// How long since an event ("open the longest", "a customer the shortest"): the longest is the earliest date.
    private static let durationOrder: [String: Bool] = ["longest": false, "the longest": false, "shortest": true, "the shortest": true]

    /// Words after an event's date that rank by it: true for the latest.
    private static let dateOrder: [String: Bool] = ["latest": true, "earliest": false, "most recently": true, "the most recently": true,
                                                    "least recently": false, "the least recently": false, "soonest": false]

    /// "fastest growing": a rank word before a movement ranks the movement, not a field
    /// ("fastest" is also a short delivery time).
    mutating func settleAdjectives() {
        // "our biggest spenders": an adjective of one record's field ("biggest" orders by their
        // total) said of other records ranks them as a superlative does.
        for index in reading.indices where reading.adjective(index) != nil && reading.superlative(index) != nil {
            guard let noun = reading.nextContent(index), noun == index + 1, reading.values(noun).isEmpty,
                  let entity = reading.entities(noun).first, let table = navigator.table(ofEntity: entity),
                  reading.adjectives(index).allSatisfy({ adjective in
                      model.dimension(named: adjective.field)?.expressions.first.map { navigator.tables(in: $0).contains(table) } == false
                  }) else { continue }
            reading.spans[index].meanings.removeAll { if case .adjective = $0 { return true }; return false }
        }
        for index in reading.indices where reading.adjective(index) != nil {
            guard let next = reading.nextContent(index),
                  reading.spans[next].roles.contains(where: { if case .movement = $0 { return true }; return false }) else { continue }
            reading.spans[index].meanings.removeAll { if case .adjective = $0 { return true }; return false }
        }
    }

    /// "AOV of gold members vs silver members": a comparison between two values of one field
    /// breaks the metric down by that field instead of comparing periods.
    mutating func settleValueComparisons() {
        for index in reading.indices where reading.has(index, .comparison) && !reading.isUsed(index) {
            guard let before = reading.previousContent(index), let after = reading.nextContent(index) else { continue }
            let shared = Set(reading.values(before).map(\.field)).intersection(reading.values(after).map(\.field))
            guard let field = shared.sorted().first else { continue }
            comparedField = field
            reading.use(index)
        }
        // "compare AOV for France and Germany in 2024", "how did France compare with Germany":
        // two values of one field named side by side in a comparison of one period or none.
        guard comparedField == nil, periods.count <= 1,
              let word = reading.indices.first(where: { reading.has($0, .comparison) && !reading.isUsed($0) }) else { return }
        let named = reading.indices.filter { !reading.values($0).isEmpty }
        for (first, second) in zip(named, named.dropFirst()) {
            let between = (first + 1)..<second
            guard between.allSatisfy({ reading.isConjunction($0) || reading.has($0, .comparison) || reading.spans[$0].isFunction }),
                  let field = Set(reading.values(first).map(\.field)).intersection(reading.values(second).map(\.field)).sorted().first,
                  reading.values(first).map(\.value) != reading.values(second).map(\.value) else { continue }
            comparedField = field
            reading.use(word)
            return
        }
    }

    /// "more signups in H1 this year than in H1 last year": a comparative with "than" between two
    /// periods compares them; it does not rank.
    mutating func settleComparatives() {
        // "did Whitby make more sales in 2023 or in 2025?": the comparative weighs the two periods.
        let dated = reading.indices.filter { reading.period($0) != nil }
        if dated.count == 2, (dated[0]..<dated[1]).contains(where: { reading.spans[$0].text.lowercased() == "or" }),
           let word = (0..<dated[0]).last(where: { !reading.isUsed($0) && Self.comparativeWords.contains(reading.spans[$0].text.lowercased()) }) {
            reading.use(word)
            comparesWithThan = true
            return
        }
        guard let than = reading.first(where: { reading.has($0, .than) }),
              reading.indices.filter({ reading.period($0) != nil }).count >= 2 else {
            unreadComparativesBeforeThan()
            return
        }
        var look = than - 1
        while look >= 0 {
            if reading.superlative(look) != nil || reading.comparator(look) != nil {
                reading.use(look)
                break
            }
            look -= 1
        }
        reading.use(than)
        comparesWithThan = true
    }

    /// "which stores had a higher return rate than Lyon": a comparative aimed at something else is no
    /// pick of the bigger of two; the plan cannot weigh against a group yet, so it stays unread.
    private mutating func unreadComparativesBeforeThan() {
        guard let than = reading.first(where: { reading.has($0, .than) && !reading.isUsed($0) }) else { return }
        for index in 0..<than where Self.twoWayComparatives.contains(reading.spans[index].text.lowercased()) && !reading.isUsed(index) {
            reading.replace(index, with: [])
        }
    }

    /// Comparatives that read as "the … of the two" when no "than" follows them.
    static let twoWayComparatives: Set<String> = ["higher", "the higher", "bigger", "the bigger", "larger", "the larger", "greater", "the greater",
                                                  "busier", "the busier", "longer", "the longer", "lower", "the lower", "smaller", "the smaller",
                                                  "shorter", "the shorter", "quieter", "the quieter", "better", "the better", "stronger", "the stronger",
                                                  "worse", "the worse", "weaker", "the weaker", "poorer", "the poorer"]

    /// Comparatives that weigh two things against each other.
    static let comparativeWords: Set<String> = ["more", "less", "fewer", "higher", "lower", "bigger", "smaller", "better", "worse", "busier"]

    /// Prepositions that link a denied verb to the value it is denied for.
    static let prepositions: Set<String> = ["by", "from", "with", "via", "through", "in", "at", "to", "on", "for"]

    /// Marks what each negation word denies: the next content span, and the rest of a list joined
    /// by "and"/"or"/"," ("excluding France and Germany").
    mutating func markNegations() {
        // "leave refunded and voided sales out", "keep the closed ones out": the verb's particle
        // after what it leaves out.
        for index in reading.indices where reading.spans[index].text.lowercased() == "out" {
            guard let verb = (0..<index).last(where: { ["leave", "leaving", "leaves", "keep", "keeping", "take", "taking"].contains(reading.spans[$0].text.lowercased()) }),
                  (verb + 1..<index).contains(where: { !reading.values($0).isEmpty }) else { continue }
            markDeniedBefore(index)
            reading.use(verb)
            // The records' noun the denied values describe ("sales", "orders") is no second figure.
            for noun in verb + 1..<index where reading.values(noun).isEmpty && !reading.entities(noun).isEmpty { reading.use(noun) }
        }
        for index in reading.indices where reading.has(index, .negation) && !reading.isUsed(index) {
            // "zero" before a field with a unit is the number 0 ("zero units on hand").
            if reading.spans[index].text.lowercased() == "zero", let next = reading.nextContent(index), !reading.fields(next).isEmpty {
                continue
            }
            // "sold nothing", "bought none": the verb before is what is denied.
            if ["nothing", "none"].contains(reading.spans[index].text.lowercased()), let verb = reading.previousContent(index),
               !reading.metrics(verb).isEmpty {
                negated.insert(verb)
                reading.use(index)
                continue
            }
            // "closed ones don't count" denies what it follows; "don't count closed stores" what follows it.
            if Grammar.deniesBefore.contains(reading.words(index).joined(separator: " ")),
               !(reading.nextContent(index).map { !reading.values($0).isEmpty } ?? false) {
                markDeniedBefore(index)
                continue
            }
            negations.append(index)
            guard var target = reading.nextContent(index) else { continue }
            // Skip verbs and fillers between the negation and what it denies ("did not use any"); a
            // verb that names something ("ordered", "sold", "delivered") is what is denied.
            while (reading.has(target, .linking) && !reading.isSchema(target)) || reading.has(target, .negation),
                  let next = reading.nextContent(target) { target = next }
            // "not from Sony", "not shipped by UPS", "not made in China": a verb or a preposition
            // before a value — the value is what is denied.
            if Self.prepositions.contains(reading.spans[target].text.lowercased()) || reading.has(target, .linking) {
                var look = target
                while let next = reading.nextContent(look), Self.prepositions.contains(reading.spans[next].text.lowercased()) { look = next }
                if look != target || Self.prepositions.contains(reading.spans[target].text.lowercased()),
                   let value = reading.nextContent(look), !reading.values(value).isEmpty {
                    if !reading.isSchema(target) || reading.has(target, .linking) { reading.use(target) }
                    target = value
                }
            }
            // "suppliers that had no defective returns", "customers with no cancelled orders",
            // "suppliers that don't have a single discontinued product": the other records are what
            // is missing; the value says which of them count (a filter on the related rows, moved
            // there once the plan knows its records).
            // Only "no …" or "not have …": "don't count cancelled orders" and "ignoring canceled
            // orders" leave records out of the figure instead.
            let possessing = ((index + 1)..<target).contains { ["have", "has", "had"].contains(reading.spans[$0].text.lowercased()) }
            if !reading.values(target).isEmpty, ["no", "none", "zero"].contains(reading.spans[index].text.lowercased()) || possessing {
                var noun = reading.nextContent(target)
                while let look = noun, !reading.values(look).isEmpty { noun = reading.nextContent(look) }
                let other = noun.flatMap { look in
                    reading.entities(look).first ?? reading.metrics(look).compactMap { model.metric(named: $0)?.counts }.first
                }
                let subject = reading.indices.first { $0 < index && !reading.entities($0).isEmpty }.flatMap { reading.entities($0).first }
                if let other, let subject, other != subject, let noun {
                    negated.insert(noun)
                    reading.use(index)
                    continue
                }
            }
            negated.insert(target)
            reading.use(index)
            // "not paid by card": a field's value after the field is what is denied.
            if !reading.fields(target).isEmpty, reading.values(target).isEmpty, let next = reading.nextContent(target),
               reading.values(next).contains(where: { value in reading.fields(target).contains(value.field) }) {
                negated.insert(next)
            }
            // "didn't sell a single unit": later words for the same metric belong to the same denial.
            let denied = Set(reading.metrics(target))
            var follow = target
            for _ in 0..<3 {
                guard let next = reading.nextContent(follow) else { break }
                if !denied.isDisjoint(with: reading.metrics(next)) { reading.use(next) }
                follow = next
            }
            // "not Amazon or eBay": a list of denied values ("no orders with the FREESHIP code" denies
            // the orders, not the code).
            var look = target
            while !reading.values(target).isEmpty, let next = reading.nextContent(look),
                  reading.has(next, .conjunction(and: true)) || reading.has(next, .conjunction(and: false)),
                  let item = reading.nextContent(next), !reading.values(item).isEmpty {
                negated.insert(item)
                reading.use(next)
                look = item
            }
            // "leave out deleted customer records": the noun of the denied records, when the
            // question already names them, is no second subject.
            if !reading.values(look).isEmpty, let noun = reading.nextContent(look), reading.values(noun).isEmpty,
               let entity = reading.entities(noun).first,
               reading.indices.contains(where: { $0 < index && reading.entities($0).contains(entity) }) {
                reading.use(noun)
            }
        }
    }

    /// "renovating or closed ones don't count", "cancelled orders excluded": the values before the
    /// negation, with the rest of their list, are what it denies. Nothing valued before it: the
    /// words stay unread and the question is asked back.
    private mutating func markDeniedBefore(_ index: Int) {
        var look = index - 1
        while look >= 0, reading.values(look).isEmpty,
              reading.spans[look].isFunction || reading.has(look, .reference) || !reading.entities(look).isEmpty {
            look -= 1
        }
        guard look >= 0, !reading.values(look).isEmpty else { return }
        negated.insert(look)
        reading.use(index)
        while let joiner = reading.previousContent(look), reading.isConjunction(joiner),
              let item = reading.previousContent(joiner), !reading.values(item).isEmpty {
            negated.insert(item)
            reading.use(joiner)
            look = item
        }
    }
}
