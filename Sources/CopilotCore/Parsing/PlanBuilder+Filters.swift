/// Values, presence and record ids: what narrows the rows, whatever the frame (numbers compared
/// with fields and metrics are in PlanBuilder+Comparisons).
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
            // "shipped by UPS", "paid in cash", "shipped out of Northampton": a verb introducing another field's value.
            if reading.has(index, .linking), index + 1 < reading.spans.count,
               ["by", "via", "through", "using", "with", "in", "out", "from"].contains(reading.spans[index + 1].text.lowercased()),
               var object = reading.nextContent(index + 1) {
                if reading.spans[object].text.lowercased() == "of", let after = reading.nextContent(object) { object = after }
                if !reading.values(object).isEmpty || reading.has(object, .negation) {
                    reading.use(index)
                    continue
                }
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

    /// The field a span names, the one closest to the plan's rows when it names several.
    func fieldChoice(_ index: Int) -> String? {
        let fields = reading.fields(index)
        guard !fields.isEmpty else { return nil }
        return navigator.closest(fields, from: baseTable) ?? fields.first
    }
}
