/// Passes that run before the frame is chosen: fields seen from an entity, the reach of each
/// negation, and the question's dates.
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

    /// "through November 2024 … just the november days": a month said again without its year is
    /// the dated one, not another November.
    private mutating func dropRestatedMonth() {
        guard periods.count == 2 else { return }
        let ordered = periods.sorted { $0.index < $1.index }
        guard ordered[0].period.relative != true, ordered[1].period.relative == true,
              !reading.spans[ordered[1].index].text.contains(where: \.isNumber),
              let dated = CalendarDate(iso: ordered[0].period.start), let bare = CalendarDate(iso: ordered[1].period.start),
              dated.month == bare.month, dated.year != bare.year, dated.day == 1, bare.day == 1,
              Periods.grain(for: ordered[0].period) == .day, Periods.grain(for: ordered[1].period) == .day else { return }
        periods.removeAll { $0.index == ordered[1].index }
        reading.use(ordered[1].index)
    }

    /// "between March and May 2024": a month named without a year before a dated one is of that
    /// year, not the one before today.
    private mutating func anchorBareMonth() {
        guard periods.count == 2 else { return }
        let ordered = periods.sorted { $0.index < $1.index }
        let (first, second) = (ordered[0].period, ordered[1].period)
        // "between 15 June and 15 September 2025": a day without its year too.
        let firstText = reading.spans[ordered[0].index].text.lowercased()
        let dayOfMonth = firstText.contains(where: \.isNumber) && TimeVocabulary.months.keys.contains { firstText.contains($0) }
        guard first.relative == true, !firstText.contains(where: \.isNumber) || dayOfMonth, second.relative != true,
              let start = CalendarDate(iso: first.start), let target = CalendarDate(iso: second.start), start.year != target.year else { return }
        var moved = Periods.shifted(first, months: (start.year - target.year) * 12)
        guard moved.start <= second.start else { return }
        moved.label = "\(reading.spans[ordered[0].index].text.capitalized) \(target.year)"
        periods = periods.map { $0.index == ordered[0].index ? ($0.index, moved) : $0 }
    }

    /// "revenue in Q3 2024 against the same quarter of 2023": the year narrowed to the quarter the
    /// other period is, a year apart; "same quarter" is no breakdown by quarter.
    private mutating func narrowToSameBucket() {
        guard periods.count == 2 else { return }
        for found in periods {
            guard let other = periods.first(where: { $0.index != found.index }) else { continue }
            let before = max(0, found.index - 3)..<found.index
            // "the same months of 2024", "the same period in 2024".
            guard let same = before.first(where: { reading.spans[$0].text.lowercased() == "same" }),
                  let grain = (same + 1..<found.index).first(where: { reading.grain($0) != nil
                      || ["months", "weeks", "days", "period", "dates", "stretch"].contains(reading.spans[$0].text.lowercased()) }),
                  let shift = Periods.monthsBetween(other.period, andYearOf: found.period) else { continue }
            var moved = Periods.shifted(other.period, months: shift)
            moved.relative = false
            periods = periods.map { $0.index == found.index ? ($0.index, moved) : $0 }
            reading.use(same)
            reading.use(grain)
            return
        }
    }

    /// "Jan-Jun 2025 alongside the same months of 2024": two periods with only a range word (or
    /// nothing) between them are one stretch, from the first to the end of the second, whatever
    /// else the question compares it with.
    private mutating func joinRanges() {
        guard periods.count > 2 else { return }
        let rangeWords: Set<String> = ["to", "until", "till", "through", "thru", "-", "–"]
        var joinedAny = true
        // "June to August 2024, and how many from June to August 2025": each range in turn.
        while joinedAny {
            joinedAny = false
            let ordered = periods.sorted { $0.index < $1.index }
            for (first, second) in zip(ordered, ordered.dropFirst()) {
                guard (first.index + 1..<second.index).allSatisfy({ rangeWords.contains(reading.spans[$0].text.lowercased()) }) else { continue }
                // A month said without its year ("June to August 2024") is in the year of the other end.
                var start = first.period
                if start.relative == true, second.period.relative != true, !reading.spans[first.index].text.contains(where: \.isNumber),
                   let from = CalendarDate(iso: start.start), let to = CalendarDate(iso: second.period.start), from.year != to.year {
                    start = Periods.shifted(start, months: (from.year - to.year) * 12)
                }
                guard start.start < second.period.start else { continue }
                let joined = QueryPlan.Period(start: start.start, end: second.period.end, label: "\(start.label) to \(second.period.label)",
                                              relative: false)
                periods = periods.filter { $0.index != second.index }.map { $0.index == first.index ? ($0.index, joined) : $0 }
                for between in first.index + 1..<second.index { reading.use(between) }
                joinedRanges.insert(first.index)
                joinedAny = true
                break
            }
        }
    }

    /// "in 2024, jan thru dec", "jan to mar of 2024": a range of months said without their year,
    /// beside one dated period and outside it, runs inside that period's year.
    private mutating func placeYearlessRange() {
        guard periods.count == 3 else { return }
        let ordered = periods.sorted { $0.index < $1.index }
        let yearless = ordered.filter { $0.period.relative == true && !reading.spans[$0.index].text.contains(where: \.isNumber) }
        guard yearless.count == 2, let dated = ordered.first(where: { $0.period.relative != true }),
              dated.index < yearless[0].index || dated.index > yearless[1].index,
              let target = CalendarDate(iso: dated.period.start) else { return }
        let rangeWords: Set<String> = ["to", "until", "till", "through", "thru", "-"]
        guard (yearless[0].index + 1..<yearless[1].index).contains(where: { rangeWords.contains(reading.spans[$0].text.lowercased()) })
        else { return }
        let moved = yearless.compactMap { found -> (index: Int, period: QueryPlan.Period)? in
            guard let start = CalendarDate(iso: found.period.start) else { return nil }
            var period = Periods.shifted(found.period, months: (start.year - target.year) * 12)
            period.relative = false
            period.label = "\(reading.spans[found.index].text.capitalized) \(target.year)"
            return (found.index, period)
        }
        guard moved.count == 2, moved.allSatisfy({ $0.period.start >= dated.period.start && $0.period.end <= dated.period.end }),
              moved[0].period.start <= moved[1].period.start else { return }
        periods = moved
        reading.use(dated.index)
    }

    /// "Black Friday 2024 (29 nov)", "in 2024, on 3 March": a day or month said without its year
    /// next to a period that has one is in that period; the narrower of the two is the one meant.
    /// A range ("from 2024 to 3 March") keeps both.
    private mutating func narrowToYearlessDay() {
        guard periods.count == 2 else { return }
        let ordered = periods.sorted { $0.index < $1.index }
        guard let yearless = ordered.first(where: { $0.period.relative == true && reading.spans[$0.index].text.contains(where: \.isNumber) }),
              let dated = ordered.first(where: { $0.period.relative != true && $0.index != yearless.index }),
              let start = CalendarDate(iso: yearless.period.start), let target = CalendarDate(iso: dated.period.start) else { return }
        let between = min(yearless.index, dated.index)..<max(yearless.index, dated.index)
        let rangeWords: Set<String> = ["to", "until", "till", "through", "thru", "from", "between", "since", "and", "-"]
        guard !between.contains(where: { rangeWords.contains(reading.spans[$0].text.lowercased()) || reading.has($0, .comparison) }) else { return }
        var moved = Periods.shifted(yearless.period, months: (start.year - target.year) * 12)
        moved.relative = false
        if moved.start >= dated.period.start && moved.end <= dated.period.end {
            periods = [(dated.period.end > moved.end || dated.period.start < moved.start) ? (yearless.index, moved) : (dated.index, dated.period)]
            reading.use(yearless.index)
            reading.use(dated.index)
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

    /// Periods, grains, week starts and shifts; periods are placed later, once related conditions
    /// have claimed theirs.
    mutating func collectTime() {
        // A span already read ("that year" of a follow-up: the previous period) is no new time.
        for index in reading.indices where !reading.isUsed(index) {
            for meaning in reading.spans[index].meanings {
                switch meaning {
                case .period(let period):
                    periods.append((index, period))
                    reading.use(index)
                case .grain(let grain):
                    // "month by month for the quarter": "the quarter" is the period talked about, not
                    // a second breakdown.
                    let saysThePeriod = index >= 2 && reading.spans[index - 1].text.lowercased() == "the"
                        && ["for", "in", "over", "across", "during", "of", "within", "through"].contains(reading.spans[index - 2].text.lowercased())
                    // "the same quarter of 2023" names a period too.
                    let same = index >= 1 && reading.spans[index - 1].text.lowercased() == "same"
                    if plan.grain == nil && !same || !saysThePeriod && !same { plan.grain = grain }
                    reading.use(index)
                case .shift, .previousPeriod:
                    reading.use(index)
                default:
                    continue
                }
            }
        }
        let words = reading.tagged.words
        // "weeks starting Monday", "week starts on Sunday".
        for (position, word) in words.enumerated() where ["monday", "sunday"].contains(word) {
            let window = words[max(0, position - 3)..<position]
            guard window.contains(where: { $0.hasPrefix("start") || $0 == "beginning" || $0 == "from" }) else { continue }
            plan.weekStart = word == "sunday" ? .sunday : .monday
            for index in reading.indices where reading.spans[index].range.overlaps(max(0, position - 3)..<(position + 1)) {
                if reading.spans[index].isUnknown || reading.spans[index].text.lowercased().hasPrefix("start") || ["monday", "sunday", "weeks", "week"].contains(reading.spans[index].text.lowercased()) {
                    reading.use(index)
                }
            }
        }
        for index in reading.indices where reading.has(index, .trend) {
            reading.use(index)
            // "brands that moved the most units": a verb of selling before what was sold, no trend.
            if let next = reading.nextContent(index), reading.superlative(next) != nil || !reading.metrics(next).isEmpty,
               reading.spans[index].text.lowercased().hasSuffix("ed") {
                continue
            }
            // "what did that look like in 2023": the same answer for another period, not a trend.
            let aboutPrevious = reading.spans[index].text.lowercased().hasPrefix("look")
                && reading.previousContent(index).map { reading.has($0, .reference) } == true
            if plan.grain == nil && !aboutPrevious { plan.grain = .month }
        }
    }

    /// The question's own periods onto the plan: one period; a baseline after "vs"; two periods
    /// compared or spanned.
    mutating func applyPeriods() {
        dropRestatedMonth()
        anchorBareMonth()
        placeYearlessRange()
        narrowToYearlessDay()
        joinRanges()
        narrowToSameBucket()
        settleDateVerb()
        let found = periods.sorted { $0.period.start < $1.period.start }
        // "grew from 2024 to 2025": a movement compares its two periods; so does "more … than".
        let comparing = reading.indices.contains { reading.has($0, .comparison) } && comparedField == nil || movementSign != nil || comparesWithThan
        switch found.count {
        case 0:
            break
        case 1:
            let index = found[0].index
            let baseline = comparing && (max(0, index - 2)..<index).contains { reading.has($0, .comparison) }
            if baseline, let following = Periods.after(found[0].period) {
                plan.period = following
                plan.comparePeriod = found[0].period
            } else {
                plan.period = found[0].period
            }
        default:
            // "in 2023 or in 2025", "2023 and 2025": two periods listed, side by side, not the
            // years from one to the other.
            let listed = found.count == 2 && found[0].index < found[1].index && (found[0].index..<found[1].index).contains { reading.isConjunction($0) }
                && (joinedRanges.contains(found[0].index)
                    || !(max(0, found[0].index - 2)..<found[0].index).contains { ["between", "from"].contains(reading.spans[$0].text.lowercased()) })
            // "November and December 2024 taken together": one stretch when they follow on.
            let together = found.count == 2 && found[0].period.end == found[1].period.start
                && reading.tagged.words.contains { ["together", "combined", "altogether", "jointly"].contains($0) }
            if together {
                plan.period = QueryPlan.Period(start: found[0].period.start, end: found[1].period.end,
                                               label: "\(found[0].period.label) and \(found[1].period.label)")
                for index in reading.indices where reading.tagged.words[reading.spans[index].range].contains(where: { ["together", "combined", "altogether", "jointly"].contains($0) }) {
                    reading.use(index)
                }
            } else if comparing || listed && plan.kind == .metric && plan.grain == nil {
                plan.period = found[found.count - 1].period
                plan.comparePeriod = found[0].period
            } else {
                plan.period = QueryPlan.Period(start: found[0].period.start, end: found.map(\.period.end).max()!,
                                               label: "\(found[0].period.label) to \(found[found.count - 1].period.label)")
            }
        }
        for index in reading.indices where reading.has(index, .comparison) && plan.comparePeriod != nil { reading.use(index) }
        // "vs the same month last year": the period a year back, not the one just before.
        let shifts = reading.indices.contains(where: reading.shifts)
        if comparing, !shifts, plan.comparePeriod == nil, plan.grain == nil, let period = plan.period, plan.kind == .metric {
            plan.comparePeriod = Periods.before(period)
            for index in reading.indices where reading.has(index, .comparison) { reading.use(index) }
        }
        for index in reading.indices {
            for case .shift(let months) in reading.spans[index].meanings where plan.comparePeriod == nil {
                if plan.period == nil { plan.period = shiftedFrom(months: months) }
                if let period = plan.period { plan.comparePeriod = Periods.shifted(period, months: months) }
            }
            if reading.spans[index].meanings.contains(.previousPeriod), let previous = context.previousPlan?.period {
                plan.period = Periods.before(previous)
            }
        }
    }

    /// The period "year on year" starts from when the question names none: the conversation's
    /// ("how much did it grow year on year" about Q2 2024 after Q2 2025: Q2 2025 against Q2 2024),
    /// else this year.
    private func shiftedFrom(months: Int?) -> QueryPlan.Period? {
        guard let current = context.previousPlan?.period ?? context.lastPeriod else { return Periods.year(containing: context.asOf) }
        let later = context.periods.reversed().first { other in
            let back = Periods.shifted(other, months: months)
            return back.start == current.start && back.end == current.end
        }
        return later ?? current
    }
}
