/// Values, record ids, comparisons and related records: what narrows the rows, whatever the frame.
extension PlanBuilder {
    /// Values become filters on the field they belong to — the one closest to the plan's rows when
    /// a value exists in several ("delivered" of a shipment is its status, not its order's). A
    /// field word next to its value only qualifies it ("pending status", "the Books category").
    mutating func applyValues(into share: Int? = nil) {
        for index in reading.indices where !appliedValues.contains(index) && !reading.values(index).isEmpty {
            if reading.isUsed(index) && !heads.contains(index) { continue }
            // "top 3 marketplaces by revenue": the ranked things, not the marketplace channel.
            if isRankedNoun(index) { continue }
            // "Ingrid Lindqvist's email", "name, email and city": a word that names a field and is
            // also another field's value (an acquisition channel "email") is the field after a
            // possessive or among other fields listed.
            if namesListedField(index) { continue }
            // "reports directly to the Retail Director": a value after a field said as a verb is that
            // field's value; one of another field (the boss's job title) is left unread and asked about.
            if let before = reading.previousContent(index), isFieldSaidAsVerb(before),
               Set(reading.values(index).map(\.field)).isDisjoint(with: reading.fields(before)) {
                continue
            }
            // "split by marketplace": after a grouping cue, a word that is also a field is the breakdown.
            if !reading.fields(index).isEmpty, let cue = reading.previousContent(index), reading.has(cue, .grouping) { continue }
            // "brands delivered the highest margin": a status word used as a verb, not a value.
            // "which carrier shipped it": a verb whose object points back.
            // "from delivered orders", "the delivered orders": after a preposition or article the word
            // describes its noun.
            // "best customer by paid sales": after "by" too.
            let describes = index > 0 && (reading.spans[index - 1].roles.contains(.function) && !reading.has(index - 1, .linking)
                || reading.spans[index - 1].text.lowercased() == "by")
            // A verb has a subject before it; after a period or a pause the word describes its noun
            // ("units sold in 2025, delivered orders only").
            let hasSubject = reading.previousContent(index).map { before in
                !reading.entities(before).isEmpty || !reading.metrics(before).isEmpty || !reading.fields(before).isEmpty
                    || reading.has(before, .reference) || reading.question(before) != nil
            } ?? false
            if reading.has(index, .linking), let next = reading.nextContent(index),
               !describes && hasSubject && (reading.superlative(next) != nil || !reading.metrics(next).isEmpty || reading.number(next) != nil)
                || (reading.has(next, .reference) || reading.isReplaced(next)) && reading.previousContent(index).map({ !reading.fields($0).isEmpty || !reading.entities($0).isEmpty }) == true {
                reading.use(index)
                continue
            }
            // "parcels shipped per warehouse": a participle right after the records' noun, naming a
            // status of another table's records (an order's), describes the noun; it filters nothing.
            if reading.has(index, .linking), index > 0, let noun = nounTable(index - 1),
               reading.values(index).allSatisfy({ navigator.distance($0.field, from: noun) != 0 }) {
                reading.use(index)
                continue
            }
            // "how many refunds above $500 were paid on 2025 orders": a participle after "were",
            // said of the measured records, is what was done to them, not another table's status.
            // "total we paid carriers in shipping costs": after "we" too.
            if reading.has(index, .linking), index > 0,
               ["was", "were", "been", "be", "got", "get", "are", "is", "we", "they", "i"].contains(reading.spans[index - 1].text.lowercased()),
               let measured = plan.metrics.first.flatMap({ navigator.countedEntity(of: $0).flatMap(navigator.table(ofEntity:)) ?? navigator.table(ofMetric: $0) }) ?? baseTable,
               reading.values(index).allSatisfy({ navigator.distance($0.field, from: measured) != 0 }),
               reading.indices.contains(where: { $0 < index && (!reading.metrics($0).isEmpty || !reading.entities($0).isEmpty) }) {
                reading.use(index)
                continue
            }
            // "shipped by UPS", "paid in cash": a verb introducing another field's value.
            if reading.has(index, .linking), index + 1 < reading.spans.count,
               ["by", "via", "through", "using", "with", "in"].contains(reading.spans[index + 1].text.lowercased()),
               let object = reading.nextContent(index + 1), !reading.values(object).isEmpty || reading.has(object, .negation) {
                reading.use(index)
                continue
            }
            // "returns requested in 2025": the verb the measured rows are dated by, before a period,
            // says which date the period is on; it is no "requested" status.
            // "stuff shipped in 2024": of shipments, the ship date, not a "shipped" order status.
            // "returns requested for it in 2025": a pointer between the verb and its period.
            var dateNext = reading.nextContent(index)
            while let look = dateNext, reading.has(look, .reference) || reading.has(look, .possessive) { dateNext = reading.nextContent(look) }
            if let next = dateNext, reading.period(next) != nil, let dated = dating(reading.spans[index].text) {
                reading.use(index)
                if case .field(let field) = dated { plan.dateField = field }
                continue
            }
            appliedValues.insert(index)
            let candidates = reading.values(index)
            // "Søren Tran's supervisor": a field across a possessive is the named record's, not the value's.
            // "the province of Quebec" still names the value's own field.
            // The records' own noun near a name is no field word for it: in "how many staff have Ana
            // as supervisor", "supervisor" says which field Ana is a value of, "staff" does not.
            let ownNoun = subjectEntity ?? plan.subject
            let nearby = Set((max(0, index - 2)...min(reading.spans.count - 1, index + 2)).filter { look in
                (look < index || !((index + 1)..<max(index + 1, look)).contains { reading.has($0, .possessive) })
                    && !(ownNoun.map { reading.entities(look).contains($0) } ?? false)
            }.flatMap { reading.fields($0) })
            // "clients who live in Blackrock", "our salon in Blackrock": after "in" a name that is
            // both a place and a record's name is the place.
            let afterIn = index > 0 && ["in", "live in", "based in", "located in"].contains(reading.words(index - 1).suffix(2).joined(separator: " "))
                || index > 0 && reading.words(index - 1).last == "in"
            func isPlace(_ field: String) -> Bool {
                guard let dimension = model.dimension(named: field) else { return false }
                let words = Set((dimension.label ?? dimension.name).lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).map(String.init))
                return !words.isDisjoint(with: Self.placeWords)
            }
            let ordered = candidates.sorted { left, right in
                if afterIn, isPlace(left.field) != isPlace(right.field) { return isPlace(left.field) }
                // The same name said again ("not the Dublin Blackrock") is of the field it was read as.
                let leftSaid = plan.filters.contains { $0.dimension == left.field && $0.values.contains(left.value) }
                let rightSaid = plan.filters.contains { $0.dimension == right.field && $0.values.contains(right.value) }
                if leftSaid != rightSaid { return leftSaid }
                let leftNamed = nearby.contains(left.field), rightNamed = nearby.contains(right.field)
                if leftNamed != rightNamed { return leftNamed }
                let leftDistance = baseTable.flatMap { navigator.distance(left.field, from: $0) } ?? Int.max
                let rightDistance = baseTable.flatMap { navigator.distance(right.field, from: $0) } ?? Int.max
                // Equally near: by name, so the same question reads the same way every run.
                return leftDistance != rightDistance ? leftDistance < rightDistance : left.field < right.field
            }
            // A pointer to several rows of the previous answer: all their values.
            if reading.isReplaced(index), let field = candidates.first?.field {
                reading.use(index)
                plan.filters.removeAll { $0.dimension == field }
                plan.filters.append(QueryPlan.Filter(dimension: field, values: candidates.map(\.value), negated: false))
                filterPositions[field] = index
                continue
            }
            guard let chosen = ordered.first else { continue }
            reading.use(index, as: .value(field: chosen.field, value: chosen.value))
            consumeQualifier(of: index, field: chosen.field)
            // "including closed and renovating ones": every value of the list is let in.
            // "include the closed ones and the ones being refurbished": ones between them too.
            let listedAfterIncluded = plan.filters.contains { $0.dimension == chosen.field && $0.values.isEmpty && $0.negated }
                && listItem(before: index).map { reading.values($0.item).contains { $0.field == chosen.field } } == true
            if listedAfterIncluded || includes(index) {
                plan.filters.removeAll { $0.dimension == chosen.field }
                plan.filters.append(QueryPlan.Filter(dimension: chosen.field, values: [], negated: true))
                continue
            }
            let isNegated = negated.contains(index) || joinsDenied(index)
            var field = ownersField(chosen.field, before: index)
            // "only the european ones" after parcels per warehouse: the warehouses' region.
            if field == chosen.field, index + 1 < reading.spans.count, reading.spans[index + 1].text.lowercased() == "ones" {
                for dimension in previousDimensions {
                    guard let owner = navigator.entity(identifiedBy: dimension),
                          let qualified = model.dimension(named: "\(owner).\(chosen.field)"),
                          qualified.expressions != model.dimension(named: chosen.field)?.expressions else { continue }
                    field = qualified.name
                    break
                }
            }
            // "stores in Germany and the UK": a value joined to one just read is of the same field.
            if let joiner = reading.previousContent(index), reading.isConjunction(joiner),
               let before = reading.previousContent(joiner),
               let listed = filterPositions.first(where: { $0.value == before && ($0.key == chosen.field || $0.key.hasSuffix("." + chosen.field)) })?.key {
                field = listed
            }
            // "collected" in a till kept by hand: "Collected", "collected " and "collected" alike.
            let spellings = ValueSpelling.variants(of: chosen.value, among: model.dimension(named: field)?.values ?? [])
            if let existing = plan.filters.firstIndex(where: { $0.dimension == field && $0.negated == isNegated && !$0.values.isEmpty }) {
                for spelling in spellings where !plan.filters[existing].values.contains(spelling) { plan.filters[existing].values.append(spelling) }
            } else {
                plan.filters.append(QueryPlan.Filter(dimension: field, values: spellings, negated: isNegated))
            }
            filterPositions[field] = index
        }
    }

    /// "don't count closed stores or ones shut for remodeling": a value joined by "or" to a denied
    /// one — nouns, "ones" and verbs between — is denied too.
    private func joinsDenied(_ index: Int) -> Bool {
        guard let (joiner, item) = listItem(before: index), negated.contains(item) else { return false }
        // "leaving out closed shops and the ones being refurbished": two values of one field, which
        // no row has both of, are left out together; "not cancelled and paid by card" is not.
        if reading.has(joiner, .conjunction(and: true)) {
            return !Set(reading.values(item).map(\.field)).isDisjoint(with: reading.values(index).map(\.field))
        }
        return true
    }

    /// A field said as a verb ("report to", "answers to", "reporting directly to"): it follows its
    /// subject and comes before its value.
    func isFieldSaidAsVerb(_ index: Int) -> Bool {
        !reading.fields(index).isEmpty && reading.words(index).last == "to"
    }

    /// A field word after "'s" or "their", or joined by "and"/"or" to another field word (a list
    /// of columns), none of them the field its value would be of.
    func namesListedField(_ index: Int) -> Bool {
        guard !reading.fields(index).isEmpty else { return false }
        let valueFields = Set(reading.values(index).map(\.field))
        if index > 0, reading.spans[index - 1].text == "'s"
            || ["their", "its", "his", "her"].contains(reading.words(index - 1).last ?? "") {
            return true
        }
        func isOtherField(_ look: Int?) -> Bool {
            guard let look else { return false }
            return reading.values(look).isEmpty && !reading.fields(look).isEmpty && reading.entities(look).isEmpty && reading.metrics(look).isEmpty
                && valueFields.isDisjoint(with: reading.fields(look))
        }
        // Joined by "and"/"or" to another field: "email and city"; side by side with no joiner
        // ("marketplace storefronts") the word describes the noun and stays a value.
        if let joiner = reading.nextContent(index), reading.isConjunction(joiner), isOtherField(reading.nextContent(joiner)) { return true }
        if let joiner = reading.previousContent(index), reading.isConjunction(joiner), isOtherField(reading.previousContent(joiner)) { return true }
        // "name and email": the records' name, listed among their fields.
        if index >= 2, reading.isConjunction(index - 1), ["name", "names"].contains(reading.spans[index - 2].text.lowercased()) { return true }
        return false
    }

    /// The item a value is listed after ("closed shops or ones shut for remodeling"): the "and" or
    /// "or" before it and the value before that, with nouns, "ones" and verbs between skipped.
    private func listItem(before index: Int) -> (joiner: Int, item: Int)? {
        func skipBack(_ start: Int) -> Int {
            var look = start
            while look >= 0, reading.values(look).isEmpty, !reading.isConjunction(look),
                  reading.spans[look].isFunction || reading.has(look, .reference) || reading.has(look, .linking) || !reading.entities(look).isEmpty {
                look -= 1
            }
            return look
        }
        let joiner = skipBack(index - 1)
        guard joiner >= 0, reading.has(joiner, .conjunction(and: false)) || reading.has(joiner, .conjunction(and: true)) else { return nil }
        let item = skipBack(joiner - 1)
        return item >= 0 ? (joiner, item) : nil
    }

    /// The table of the records a noun span names (an entity's, or a counting metric's).
    private func nounTable(_ index: Int) -> String? {
        if let entity = reading.entities(index).first { return navigator.table(ofEntity: entity) }
        guard let metric = reading.metrics(index).first, let counted = navigator.countedEntity(of: metric) else { return nil }
        return navigator.table(ofEntity: counted)
    }

    /// "stores located in Spain", "warehouses in Germany": a value right after an entity's noun
    /// (only structure words between) is that entity's field when the model tells them apart.
    func ownersField(_ field: String, before index: Int) -> String {
        var look = index - 1
        while look >= 0, reading.spans[look].isFunction || reading.has(look, .linking) && reading.values(look).isEmpty
                && reading.metrics(look).isEmpty && reading.entities(look).isEmpty {
            look -= 1
        }
        // Qualified only when that narrows the field: a field with one reading ("orders on
        // Amazon") keeps its plain name, so a follow-up's value replaces it.
        guard look >= 0, look < index - 1, let entity = reading.entities(look).first,
              let qualified = model.dimension(named: "\(entity).\(field)"),
              qualified.expressions != model.dimension(named: field)?.expressions else { return field }
        return qualified.name
    }

    /// Inclusion cues that bind back to the value before them ("cancelled ones count too").
    private static let includesBefore: Set<String> = ["included", "inclusive", "incl", "count too", "count as well", "counted too",
                                                      "counted as well", "count also", "included too"]

    /// "including cancelled", "cancelled ones included", "even with cancelled".
    private mutating func includes(_ index: Int) -> Bool {
        // "counting completed orders only", "counting only refunds": the count is narrowed, not widened.
        let near = max(0, index - 2)..<min(reading.spans.count, index + 3)
        if near.contains(where: { ["only", "just"].contains(reading.spans[$0].text.lowercased()) }) { return false }
        // "count closed ones too", "include renovating stores as well": the verb before, "too" after.
        if let before = reading.previousContent(index), reading.has(before, .count) || reading.has(before, .including),
           let after = ((index + 1)..<min(index + 4, reading.spans.count)).first(where: { ["too", "also", "as well"].contains(reading.spans[$0].text.lowercased()) }),
           ((index + 1)..<after).allSatisfy({ reading.spans[$0].isFunction || reading.has($0, .reference) || !reading.entities($0).isEmpty }) {
            reading.use(before)
            for look in (index + 1)...after { reading.use(look) }
            return true
        }
        // "include any whose records we've since deleted": only structure words between.
        let around = Array((max(0, index - 6)..<index).reversed()) + [index + 1, index + 2]
        // "count them all, closed ones too": a value with "ones", then "too" or "as well".
        if index + 2 < reading.spans.count, reading.spans[index + 1].text.lowercased() == "ones",
           ["too", "as well", "also"].contains(reading.spans[index + 2].text.lowercased()) {
            reading.use(index + 1)
            reading.use(index + 2)
            return true
        }
        for look in around where reading.spans.indices.contains(look) && reading.has(look, .including) {
            // After its value only a participle binds back ("cancelled ones included"); "include
            // retired coffees too" reaches forward.
            if look > index, !Self.includesBefore.contains(reading.words(look).joined(separator: " ")) { continue }
            // "Jessica handled, counting every status": a verb between them; the cue is about statuses.
            let between = look < index ? (look + 1)..<index : (index + 1)..<look
            // "include shops that have closed since": the records the value describes may stand between.
            let forward = look < index
            guard between.allSatisfy({ index in
                forward && !reading.entities(index).isEmpty
                    || reading.spans[index].meanings.allSatisfy { if case .grammar(let role) = $0 { role != .linking } else { false } }
            }) else { continue }
            reading.use(look)
            if forward { for noun in between where !reading.entities(noun).isEmpty { reading.use(noun) } }
            return true
        }
        return false
    }

    /// Words of a place's field name ("town name", "city", "county").
    static let placeWords: Set<String> = ["town", "city", "suburb", "area", "county", "state", "province", "region", "country",
                                          "district", "locality", "village", "neighbourhood", "neighborhood"]

    /// A field word right next to one of its values only says which field the value is of.
    private mutating func consumeQualifier(of index: Int, field: String) {
        for look in [index + 1, index - 1, index + 2, index - 2, index - 3, index - 4] where reading.spans.indices.contains(look) && !reading.isUsed(look) {
            guard reading.fields(look).contains(where: { $0 == field || $0.hasSuffix("." + field) }) else { continue }
            // "by status, cancelled ones included": the field after "by" is a breakdown.
            if let cue = reading.previousContent(look), reading.has(cue, .grouping) { continue }
            let between = look < index ? (look + 1)..<index : (index + 1)..<look
            // "paid with something other than a card": the value's negation may stand between.
            guard between.allSatisfy({ reading.spans[$0].isFunction || reading.has($0, .possessive) || look < index && reading.has($0, .negation) }),
                  between.count <= 1 || between.contains(where: { reading.has($0, .negation) }) else { continue }
            reading.use(look)
            return
        }
    }

    /// "orders with a promo code" (it has one), "orders without any promo code", "that did not
    /// use a promo code" (it has none): whether a field has a value at all.
    mutating func applyPresence() {
        applyEveryValue()
        for index in reading.indices where !reading.isUsed(index) && reading.values(index).isEmpty {
            // "orders that had no promo code": "no" right before the field says it is empty.
            let saidNone = index >= 1 && ["no", "without"].contains(reading.spans[index - 1].text.lowercased()) && negated.contains(index)
            guard let field = fieldChoice(index), let type = model.dimension(named: field)?.fieldType, type != .number, type != .date,
                  saidNone || index >= 2 && ["a", "an", "any"].contains(reading.spans[index - 1].text.lowercased()) else { continue }
            // "publishers that don't have any books": records of another entity that point at the
            // subject are related records, not a field of the subject left empty.
            if !reading.entities(index).isEmpty, let table = baseTable, !navigator.reaches(field, from: table) { continue }
            let cue = reading.spans[max(0, index - 2)]
            if negated.contains(index) {
                plan.conditions.append(Condition(field: field, op: .absent, values: []))
            } else if ["with", "w", "having", "use", "used", "using", "has", "have", "had"].contains(cue.text.lowercased()) {
                plan.filters.append(QueryPlan.Filter(dimension: field, values: [], negated: true))
                filterPositions[field] = index
            } else {
                continue
            }
            reading.use(index, as: .field(field))
        }
    }

    /// "whatever its status", "of any channel", "regardless of payment method": every value of the
    /// field is let in, lifting a metric's own filter on it; the field is no breakdown.
    private mutating func applyEveryValue() {
        for index in reading.indices where !reading.isUsed(index) && reading.has(index, .including) {
            guard let next = reading.nextContent(index), !reading.isUsed(next), reading.values(next).isEmpty,
                  let field = fieldChoice(next), model.dimension(named: field)?.fieldType == .text else { continue }
            plan.filters.removeAll { $0.dimension == field }
            plan.filters.append(QueryPlan.Filter(dimension: field, values: [], negated: true))
            reading.use(index)
            reading.use(next, as: .field(field))
        }
    }

    /// "order 10042", "customer #77": the rows of that record.
    mutating func applyRecordIDs() {
        for index in reading.indices where !reading.isUsed(index) {
            let records = reading.records(index)
            guard !records.isEmpty else { continue }
            plan.entities += records.map { QueryPlan.EntityFilter(entity: $0.entity, id: $0.id, name: $0.name) }
            reading.use(index)
            // "how many products do they supply" after a list of suppliers: "supply" says whose.
            if let field = records.first.flatMap({ navigator.displayField(of: $0.entity) }) { consumeQualifier(of: index, field: field) }
        }
    }

    /// Comparisons: on a field of each row ("priced above 1500", "a total above $2,000"), or on a
    /// metric per group ("more than 65 orders", "revenue above $300k") when the plan groups.
    mutating func applyComparisons(grouped: Bool) {
        for index in reading.indices where !reading.isUsed(index) {
            guard var op = reading.comparator(index) else { continue }
            if negated.contains(index) { op = op.negated ?? op }
            let postfix = ["or more", "or less", "or fewer", "+", "or above", "and above", "and up", "or higher", "or below", "or under",
                           "or lower", "and below", "plus", "or later", "and later", "or after", "onwards", "or newer", "or earlier",
                           "and earlier", "or before", "or older"].contains(reading.spans[index].text.lowercased())
            var numbers: [Int] = []
            if postfix, let before = reading.previousContent(index) {
                if reading.number(before) != nil {
                    numbers = [before]
                } else if !reading.metrics(before).isEmpty || !reading.entities(before).isEmpty,
                          let number = reading.previousContent(before), reading.number(number) != nil {
                    // "with 5 orders or more": the counted noun between the number and its comparator.
                    numbers = [number]
                }
            } else if let after = reading.nextContent(index), reading.number(after) != nil {
                numbers = [after]
                if op == .between, let joiner = reading.nextContent(after), reading.has(joiner, .conjunction(and: true)) || reading.spans[joiner].text.lowercased() == "to",
                   let second = reading.nextContent(joiner), reading.number(second) != nil {
                    numbers.append(second)
                    reading.use(joiner)
                }
            }
            if numbers.isEmpty {
                if fieldComparison(at: index, op: op) { reading.use(index) }
                continue
            }
            // "a unit cost above 85% of their list price": a percentage of another field compares two
            // fields, which no condition here says; left unread, so it is asked back.
            if reading.number(numbers[0])?.unit == .percent, numbers[0] + 1 < reading.spans.count,
               reading.words(numbers[0] + 1).first == "of" {
                var next = numbers[0] + 1
                while next < reading.spans.count, reading.spans[next].isFunction || reading.has(next, .reference) || reading.has(next, .possessive) { next += 1 }
                if next < reading.spans.count, !reading.fields(next).isEmpty, reading.metrics(next).isEmpty { continue }
            }
            guard let target = comparisonTarget(comparator: index, numbers: numbers, grouped: grouped) else { continue }
            if reading.number(numbers[0])?.unit == .currency, let unit = perUnit(after: numbers[numbers.count - 1]) { reading.use(unit) }
            // "averaging under 3.5 stars": the average cue is the comparison's own.
            if let before = reading.previousContent(index), reading.has(before, .average) { reading.use(before) }
            apply(target, op: op, numbers: numbers)
            reading.use(index)
            numbers.forEach { reading.use($0) }
        }
        applyBareRanges(grouped: grouped)
        applyNumbersInAFieldsUnit()
    }

    /// "1-star reviews", "5 star reviews": a number in the unit of one field, said before the
    /// records, is that field's value.
    private mutating func applyNumbersInAFieldsUnit() {
        for index in reading.indices where !reading.isUsed(index) {
            guard let number = reading.number(index), case .unit(let unit) = number.unit,
                  reading.previousContent(index).map({ reading.comparator($0) == nil }) ?? true,
                  let next = reading.nextContent(index), !reading.entities(next).isEmpty || !reading.metrics(next).isEmpty else { continue }
            let fields = model.dimensions.filter { $0.unit == unit && $0.fieldType == .number }
            guard fields.count == 1 else { continue }
            plan.conditions.append(Condition(field: fields[0].name, op: .equal, values: [.number(number.value)]))
            reading.use(index)
        }
    }

    /// "a lead time of 10 to 20 days": two numbers joined by "to", with no comparator before
    /// them, are a range.
    private mutating func applyBareRanges(grouped: Bool) {
        for index in reading.indices where reading.spans[index].text.lowercased() == "to" {
            guard let low = reading.previousContent(index), let high = reading.nextContent(index), !reading.isUsed(low), !reading.isUsed(high),
                  let lowNumber = reading.number(low), let highNumber = reading.number(high), lowNumber.value < highNumber.value,
                  reading.previousContent(low).map({ reading.comparator($0) == nil }) ?? true,
                  let target = comparisonTarget(comparator: index, numbers: [low, high], grouped: grouped),
                  // Only a field's own range: "orders with 3 to 5 items" is no count between 3 and 5.
                  case .field = target else { continue }
            apply(target, op: .between, numbers: [low, high])
            [index, low, high].forEach { reading.use($0) }
        }
    }

    /// A comparison's condition on what it compares: a field of each row, or a metric per group.
    private mutating func apply(_ target: ComparisonTarget, op: ComparisonOperator, numbers: [Int]) {
        let values = numbers.map { reading.number($0)! }
        switch target {
        case .field(let field, let used):
            let isDate = model.dimension(named: field)?.fieldType == .date
            plan.conditions.append(Condition(field: field, op: op, values: values.map { isDate ? .date(String(Int($0.value))) : .number($0.value) }))
            used.forEach { reading.use($0) }
            // "more than $24.50 an hour": the hour said what the money is per, no hourly breakdown.
            if let grain = plan.grain, used.contains(where: { reading.grain($0) == grain }) { plan.grain = nil }
        case .metric(var metric, let used):
            // "took more than $7,000 in orders": money compared is the orders' amount, not their count.
            if values.contains(where: { $0.unit == .currency }), model.metric(named: metric)?.format == .count,
               let money = moneyMetric(besides: metric) {
                if let position = plan.metrics.firstIndex(of: metric) { plan.metrics[position] = money }
                metric = money
            }
            let percent = model.metric(named: metric)?.format == .percent
            plan.having.append(MetricCondition(metric: metric, op: op, values: values.map { number in
                percent && (number.unit == .percent || number.value > 1) ? number.value / 100 : number.value
            }))
            if !plan.metrics.contains(metric) { plan.metrics.append(metric) }
            used.forEach { reading.use($0) }
        }
    }

    /// The amount summed over the records a count metric counts: their revenue when the model
    /// says which that is, else their first summed amount.
    private func moneyMetric(besides count: String) -> String? {
        guard let table = model.metric(named: count)?.table else { return nil }
        let amounts = model.metrics.filter { $0.table == table && $0.format == .currency && $0.expression?.hasPrefix("SUM(") == true }
        return (amounts.first { $0.synonyms.contains("revenue") || $0.name == "revenue" } ?? amounts.first)?.name
    }

    enum ComparisonTarget {
        case field(String, used: [Int])
        case metric(String, used: [Int])
    }

    /// What a comparison compares: the metric, entity or field right after its number ("more than
    /// 65 orders"), else the one right before the comparison ("lead time under 10 days"), else a
    /// field whose unit the number carries ("under 10 days").
    private func comparisonTarget(comparator: Int, numbers: [Int], grouped: Bool) -> ComparisonTarget? {
        let averaged = reading.previousContent(comparator).map { reading.has($0, .average) } ?? false
        // "orders over $2000 placed on 28 nov": an amount of money is never a date.
        let money = reading.number(numbers[0])?.unit == .currency
        // "returned more than once": a count of times is no date either.
        let dateless = money || reading.number(numbers[0])?.unit == .unit("times")
        func target(_ index: Int) -> ComparisonTarget? {
            guard !reading.isUsed(index) || !reading.metrics(index).isEmpty || index == rowAmountSpan else { return nil }
            // "more than 6 refunded returns": a value before the counted noun, not the refunded amount.
            if grouped, !reading.values(index).isEmpty, reading.entities(index).isEmpty,
               !reading.metrics(index).contains(where: { model.metric(named: $0)?.format == .count }),
               index + 1 < reading.spans.count, reading.values(index + 1).isEmpty,
               let entity = reading.entities(index + 1).first, let count = navigator.countMetric(of: entity) {
                return .metric(count, used: [index + 1])
            }
            // "five or more completed purchases": a value before a count said by its noun.
            if grouped, !reading.values(index).isEmpty, reading.entities(index).isEmpty, reading.metrics(index).isEmpty,
               index + 1 < reading.spans.count, reading.values(index + 1).isEmpty,
               let count = reading.metrics(index + 1).first(where: { model.metric(named: $0)?.format == .count }) {
                return .metric(count, used: [index + 1])
            }
            if let field = fieldChoice(index), let type = model.dimension(named: field)?.fieldType,
               type == .number || (type == .date && !dateless) {
                if averaged { return .metric(model.aggregateMetric("avg", of: field), used: [index]) }
                if !grouped || reading.metrics(index).isEmpty { return .field(field, used: [index]) }
                // "how many stock lines have 50 or more units on hand": a number of the counted
                // rows themselves picks rows; it is no total per group.
                // "how many 2025 orders got a discount bigger than $50": the counted orders' own discount.
                if plan.dimensions.isEmpty, let counted = subjectEntity ?? plan.metrics.compactMap({ navigator.countedEntity(of: $0) }).first,
                   let table = navigator.table(ofEntity: counted),
                   navigator.distance(field, from: table) == 0 {
                    return .field(field, used: [index])
                }
            }
            if let table = baseTable, let field = unitField(index, of: table, sameRow: !grouped) {
                // "lines with 10 or more units"; "averaging under 3.5 stars"
                if averaged { return .metric(model.aggregateMetric("avg", of: field), used: [index]) }
                if !grouped { return .field(field, used: [index]) }
            }
            if let metric = reading.metrics(index).first, grouped || reading.fields(index).isEmpty { return .metric(metric, used: [index]) }
            if let entity = reading.entities(index).first, let count = navigator.countMetric(of: entity), grouped { return .metric(count, used: [index]) }
            if let (field, _) = reading.adjective(index) { return .field(field, used: [index]) }
            return nil
        }
        // "10 or more units": the target follows the postfix comparator.
        let last = max(numbers[numbers.count - 1], comparator)
        // "cost us more than $500 a unit": "a unit" after an amount says what it is per, no target.
        // "over $500k of revenue": past the "of" that joins the amount to what it measures.
        var after = reading.nextContent(last)
        if let joiner = after, reading.spans[joiner].text.lowercased() == "of", reading.has(joiner, .possessive) { after = reading.nextContent(joiner) }
        // "under 3.7 stars on reviews": a number in a field's unit is no count of the records after it.
        var unitNamesField = false
        if let number = reading.number(numbers[0]), case .unit(let unit) = number.unit { unitNamesField = model.dimensions.contains { $0.unit == unit } }
        // "refunds above $1,500 on orders placed in Q4": the noun after only dates the rows.
        if !money || perUnit(after: last) == nil, let after, !isDatedAfter(after), let found = target(after) {
            // A count of records, not a sum of units ("24 units on hand" is stock, a sum).
            if case .metric(let name, _) = found, unitNamesField, model.metric(named: name)?.format == .count,
               navigator.countedEntity(of: name) != nil {} else { return found }
        }
        // "ordered 25 times or more": before a postfix comparator's number, not the number itself.
        // "5 orders or more": the noun between the number and its postfix comparator.
        if numbers[0] < comparator, let between = reading.nextContent(numbers[0]), between < comparator, let found = target(between) { return found }
        var before = reading.previousContent(min(comparator, numbers[0]))
        // "a lead time of 10 to 20 days": past the "of" that joins a field to its amount.
        // "orders in aug 2025 were under $20": past the period that dates them.
        while let look = before, (reading.has(look, .linking) && !reading.isSchema(look)) || reading.has(look, .average)
                || reading.spans[look].text.lowercased() == "of" && reading.has(look, .possessive)
                || reading.period(look) != nil && reading.previousContent(look).map({ !reading.entities($0).isEmpty }) == true {
            before = reading.previousContent(look)
        }
        let found = before.flatMap(target)
        // "products averaging under 3.5 stars": a number with a unit is not a count of records.
        var counts = false
        var countedTable: String?
        if case .metric(let metric, _) = found, let counted = model.metric(named: metric)?.counts {
            counts = true
            countedTable = navigator.table(ofEntity: counted)
        }
        // "earn more than $24.50 an hour", "paid over $60k a year": the money field paid per that time.
        if money, let (rate, words) = timeRate(after: last) {
            let fields = model.dimensions.filter { field in
                field.format == .currency && !Set((field.label ?? field.name).lowercased().split(separator: " ").map(String.init)).isDisjoint(with: words)
            }.map(\.name)
            if let field = navigator.closest(fields, from: baseTable) ?? (fields.count == 1 ? fields.first : nil) {
                return .field(field, used: [rate])
            }
        }
        // "orders over $3,000", "products that sell for more than $50": an amount of money compares
        // the records' own money (their total, their price), not their count.
        // "how many refunds were bigger than $300": the counted rows' own money first.
        if money, !averaged, plan.dimensions.isEmpty, let first = plan.metrics.first, first.hasPrefix("rows:"),
           let table = model.metric(named: first)?.table, let field = moneyField(on: table) {
            return .field(field, used: [])
        }
        let moneyTable = counts ? countedTable : (found == nil && !grouped ? baseTable : nil)
        if money, let table = moneyTable, let field = moneyField(on: table) {
            return averaged ? .metric(model.aggregateMetric("avg", of: field), used: []) : .field(field, used: [])
        }
        // "which brands shifted more than 7,000 units": the unit is the measure's own name.
        if found == nil, grouped, let number = reading.number(numbers[0]), case .unit(let unit) = number.unit,
           let measure = model.metrics.first(where: { $0.format != .currency && ($0.synonyms.contains(unit) || $0.label == unit) }) {
            return .metric(measure.name, used: [])
        }
        if found == nil || counts, let number = reading.number(numbers[0]), case .unit(let unit) = number.unit {
            // "under 10 days": the field whose unit the number carries.
            let fields = model.dimensions.filter { $0.unit == unit }.map(\.name)
            // "suppliers whose products average below 4 stars": the one field in stars, even on rows
            // the counted records own rather than point at.
            if let field = navigator.closest(fields, from: baseTable) ?? (averaged && fields.count == 1 ? fields.first : nil) {
                return averaged ? .metric(model.aggregateMetric("avg", of: field), used: []) : .field(field, used: [])
            }
        }
        return found
    }

    /// "an hour", "per year", "annually" right after an amount: the span and the words of the
    /// fields paid per that time.
    private func timeRate(after index: Int) -> (Int, Set<String>)? {
        guard let after = reading.nextContent(index) else { return nil }
        let words = reading.words(after).joined(separator: " ")
        switch words {
        case "an hour", "a hour", "per hour", "hourly", "an hr", "per hr", "hour", "hr": return (after, ["hourly", "hour", "hr"])
        case "a year", "per year", "annually", "per annum", "a yr", "yearly", "year": return (after, ["annual", "yearly", "salary", "year"])
        default: return nil
        }
    }

    /// "a unit", "per item" right after an amount: what the amount is per.
    private func perUnit(after index: Int) -> Int? {
        guard let after = reading.nextContent(index), after > 0, ["unit", "item", "piece"].contains(reading.words(after).last ?? ""),
              ["a", "an", "per", "each"].contains(reading.words(after - 1).last ?? "") else { return nil }
        return after
    }

    /// The money field of a table's own rows: its only one, or the one that is its total.
    func moneyField(on table: String) -> String? {
        let own = navigator.ownFields(on: table, format: .currency)
        if own.count == 1 { return own[0].name }
        let totals = own.filter { field in
            (field.label ?? field.name).lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).contains("total")
        }
        if totals.count == 1 { return totals[0].name }
        // A product's price and cost: "sell for more than $50" is the price "expensive" ranks by.
        let priced = own.filter { $0.adjectives != nil }
        return priced.count == 1 ? priced[0].name : nil
    }

    /// "reserved is higher than on hand": a field compared with another field of the same row.
    private mutating func fieldComparison(at index: Int, op: ComparisonOperator) -> Bool {
        guard let before = reading.previousContent(index), let after = reading.nextContent(index),
              let left = fieldChoice(before), let right = fieldChoice(after) else { return false }
        plan.conditions.append(Condition(field: left, op: op, values: [.field(right)]))
        reading.use(before)
        reading.use(after)
        return true
    }

    /// The field a span names, the one closest to the plan's rows when it names several.
    func fieldChoice(_ index: Int) -> String? {
        let fields = reading.fields(index)
        guard !fields.isEmpty else { return nil }
        return navigator.closest(fields, from: baseTable) ?? fields.first
    }
}
