/// Questions about records rather than aggregates: lists of an entity's records, one record's
/// fields, and the distinct values of a field.
extension PlanBuilder {
    /// "customers in Gdańsk", "products priced over 1500 with their brand", "the 10 most expensive
    /// products", "platinum customers who haven't ordered anything in 2025".
    mutating func buildRecords(_ entity: String) {
        plan.kind = .records
        plan.subject = entity
        subjectEntity = entity
        baseTable = navigator.table(ofEntity: entity)
        if let head = head() {
            // "lost parcels …, give me order id, carrier": the records' noun may come before the cue.
            let noun = reading.entities(head).contains(entity) ? head
                : reading.indices.first { !reading.isUsed($0) && reading.entities($0).contains(entity) && reading.values($0).isEmpty } ?? head
            reading.use(noun, as: .entity(entity))
            if !reading.values(noun).isEmpty { heads.insert(noun) }
        }
        // "… orders: order id, date and total": the records' own number, listed with them anyway.
        // "refunds …: order number, product": another record's number the rows carry (their order's).
        let ownTable = navigator.table(ofEntity: entity)
        for index in reading.indices where !reading.isUsed(index) {
            guard let last = reading.words(index).last, Self.identifierWords.contains(last),
                  reading.entities(index).contains(where: { other in
                      other == entity || model.entity(named: other).map { target in ownTable.map { navigator.reaches(key: target.key, from: $0) } ?? false } == true
                  }) else { continue }
            reading.use(index)
        }
        readRowsOfMetric()
        applyValues()
        countedRecordsOnly(entity)
        applyPresence()
        applyRecordIDs()
        applyComparisons(grouped: false)
        applyRelated(owner: entity)
        moveFiltersToRelated()
        dateByOtherRecords()
        applyOrdering()
        collectFields()
        showDateWhenAsked(of: entity)
        reconcileSubject()
    }

    /// "what's the unit cost of product 1368", "when did Paris Rivoli open", "lead time for Porto
    /// Linen Mills"; "what's in order 5000" lists its lines.
    mutating func buildLookup(_ entity: String) {
        plan.kind = .records
        plan.subject = entity
        subjectEntity = entity
        baseTable = navigator.table(ofEntity: entity)
        applyRecordIDs()
        applyValues()
        collectFields()
        showDateWhenAsked(of: entity)
        let ownFields = plan.fields.contains { field in baseTable.map { navigator.reaches(field, from: $0) } ?? false }
        if plan.entities.count == 1, model.entity(named: entity)?.details != nil, asksForContents(), !ownFields {
            // "the items in order 5000": its lines, which show the products.
            plan.kind = .lookup
            plan.details = true
            plan.fields = []
        }
        if plan.kind == .records, plan.entities.count == 1, plan.fields.isEmpty { plan.kind = .lookup }
        for index in reading.indices where !reading.isUsed(index) && reading.entities(index).contains(entity) { reading.use(index) }
    }

    /// "when did Paris Rivoli open", "when did the last completed order come in": the records'
    /// own date, when no other field is asked for.
    private mutating func showDateWhenAsked(of entity: String) {
        guard plan.fields.isEmpty, reading.indices.contains(where: { reading.question($0) == .when }),
              let time = navigator.timeField(of: entity) else { return }
        plan.fields = [time]
    }

    /// "which carriers do we use", "countries we have warehouses in", "brands we carry in Beauty".
    /// "which promo codes got used at Paris Rivoli in Q4 2024": a field of the records that point
    /// at the store named (its orders), not one of the store's own — the values those records
    /// have, listed once each.
    mutating func listValuesOfOtherRecords() {
        guard plan.kind == .records || plan.kind == .lookup, let subject = plan.subject, let table = navigator.table(ofEntity: subject),
              // "the rating on the Vitamin C serum" is its average, not the ratings given.
              let field = plan.fields.first, model.dimension(named: field)?.fieldType == .text, !navigator.reaches(field, from: table),
              let display = navigator.displayField(of: subject),
              // "which promo codes … at Paris Rivoli": the values asked for first, the record after;
              // "the water heaters on clearance, with their prices" lists records. "Which carriers
              // was it using?" about one warehouse pointed at: the values its parcels have.
              let asked = reading.indices.first(where: { reading.fields($0).contains(field) }),
              let other = model.dimension(named: field)?.expressions.first.flatMap({ navigator.tables(in: $0).first }),
              navigator.reaches(display, from: other) else { return }
        let asksWhich = reading.previousContent(asked).map { reading.question($0) == .which || reading.question($0) == .what } ?? false
        let pinned = plan.entities.contains { $0.entity == subject } && (plan.kind == .lookup || asksWhich)
        guard pinned || reading.indices.first(where: { reading.values($0).contains { $0.field == display } }).map({ asked < $0 }) == true
        else { return }
        plan.kind = .distinct
        plan.fields = [field]
        plan.subject = nil
        plan.singleRecord = false
        baseTable = other
    }

    mutating func buildDistinct(_ field: String) {
        plan.kind = .distinct
        plan.fields = [field]
        if let head = head() { reading.use(head, as: .field(field)) }
        if let index = reading.first(where: { !reading.isUsed($0) && !reading.entities($0).isEmpty && reading.values($0).isEmpty }),
           let entity = reading.entities(index).first {
            plan.subject = entity
            reading.use(index)
        }
        baseTable = plan.subject.flatMap(navigator.table(ofEntity:))
            ?? model.dimension(named: field)?.expressions.first.flatMap { navigator.tables(in: $0).first }
        applyValues()
        applyRecordIDs()
        applyComparisons(grouped: false)
        if let subject = plan.subject { applyRelated(owner: subject) }
    }

    /// "what's in order 5000", "the items of order 5000", "contents of order 5000".
    private func asksForContents() -> Bool {
        let words = Set(reading.tagged.words)
        return words.contains("in") || !words.isDisjoint(with: ["contain", "contains", "contained", "contents", "content", "lines", "items", "inside"])
    }

    /// "the 10 most expensive products", "cheapest", "suppliers with the longest lead times".
    mutating func applyOrdering() {
        var field: String?
        var high = true
        // "which restaurants have the highest rating": the records at the one highest value.
        var extreme = false
        if let ranking = rankingField(), let superlative = reading.first(where: { reading.superlative($0) != nil && !reading.isUsed($0) }) {
            field = ranking.name
            high = reading.superlative(superlative)?.highest ?? true
            extreme = true
            reading.use(superlative)
            reading.use(ranking.cue)
            reading.use(ranking.field, as: .field(ranking.name))
        }
        for index in reading.indices where !reading.isUsed(index) {
            if let adjective = chosenAdjective(index) {
                field = adjective.field
                high = adjective.high
                if let previous = reading.previousContent(index), let superlative = reading.superlative(previous) {
                    high = superlative.highest == adjective.high
                    reading.use(previous)
                }
                reading.use(index)
            } else if let superlative = reading.superlative(index), let next = reading.nextContent(index), let named = fieldChoice(next),
                      model.dimension(named: named).map({ $0.fieldType == .number || $0.fieldType == .date }) == true {
                field = named
                high = superlative.highest
                extreme = !reading.isPlural(next)
                reading.use(index)
                reading.use(next)
            }
        }
        if field == nil, let latest = firstOrLastRecord() {
            // "the last completed order of 2024", "our first customer": by the records' own date.
            field = latest.time
            high = latest.last
            extreme = true
        }
        guard let field else { return }
        plan.orderBy = field
        plan.ascending = !high
        if let index = reading.first(where: { !reading.isUsed($0) && reading.number($0)?.unit == .plain }),
           let count = reading.number(index).flatMap({ Self.count($0.value) }) {
            plan.limit = count
            reading.use(index)
        } else if extreme {
            plan.limit = 1
            plan.keepTies = true
        } else if let subject = plan.subject, let index = reading.first(where: { reading.entities($0).contains(subject) }) {
            // "of the stores …, which one opened first": one record, though its noun was plural.
            // "which of our stores opened most recently": "which of" picks one of them too.
            let whichOne = reading.indices.contains { which in
                reading.question(which) == .which && (reading.words(which).last == "one"
                    || which + 1 < reading.spans.count && reading.words(which + 1).first == "of")
            }
            if !reading.isPlural(index) || whichOne {
                plan.limit = 1
                plan.keepTies = true
            }
        } else if reading.tagged.words.contains(where: { ["was", "is", "one"].contains($0) }) {
            // "which of those was the biggest?": one record.
            plan.limit = 1
            plan.keepTies = true
        }
    }

    /// "the first order", "the last completed order of 2024": an ordinal before the subject's own
    /// noun (values between) picks the earliest or latest record by the subject's date.
    private mutating func firstOrLastRecord() -> (time: String, last: Bool)? {
        guard let subject = plan.subject, let table = baseTable, let time = navigator.timeField(of: subject),
              navigator.distance(time, from: table) == 0 else { return nil }
        for index in reading.indices where !reading.isUsed(index) || reading.entities(index).contains(subject) {
            let ordinals = reading.spans[index].roles.compactMap { if case .ordinal(let n) = $0 { n } else { nil } }
            guard let ordinal = ordinals.first, ordinal == 1 || ordinal == -1 else { continue }
            var look = index + 1
            while look < reading.spans.count, !reading.values(look).isEmpty { look += 1 }
            guard look < reading.spans.count, reading.entities(look).contains(subject), !reading.isPlural(look) else { continue }
            reading.use(index)
            return (time, ordinal == -1)
        }
        return nil
    }

    /// The field a rank word means here: one the question also names ("slowest supplier in terms of
    /// lead time"), else the records' own, else the nearest one they reach. A date word ("oldest",
    /// "latest") on records that carry their own date means that date, not a joined record's.
    private func chosenAdjective(_ index: Int) -> (field: String, high: Bool)? {
        let candidates = reading.adjectives(index)
        guard let first = candidates.first else { return nil }
        if candidates.count > 1 {
            let named = Set(reading.indices.filter { $0 != index }.flatMap { reading.fields($0) })
            if let mentioned = candidates.first(where: { named.contains($0.field) }) { return mentioned }
        }
        guard let table = baseTable else { return first }
        if let own = candidates.first(where: { navigator.distance($0.field, from: table) == 0 }) { return own }
        if candidates.allSatisfy({ model.dimension(named: $0.field)?.fieldType == .date }), let subject = plan.subject,
           let time = navigator.timeField(of: subject), navigator.distance(time, from: table) == 0 {
            return (time, first.high)
        }
        let fields = candidates.map(\.field)
        if let nearest = navigator.closest(fields, from: table), let chosen = candidates.first(where: { $0.field == nearest }) { return chosen }
        return first
    }

    /// Fields left over are the ones asked for ("with their lead times", "product, reason, status").
    mutating func collectFields() {
        for index in reading.indices where !reading.isUsed(index) && (reading.values(index).isEmpty || namesListedField(index)) && !negated.contains(index) {
            guard let field = fieldChoice(index) else { continue }
            reading.use(index, as: .field(field))
            if !plan.fields.contains(field) { plan.fields.append(field) }
        }
        // Entities named as columns ("need carrier + warehouse") show their name.
        for index in reading.indices where !reading.isUsed(index) && reading.values(index).isEmpty && !negated.contains(index) {
            guard let entity = reading.entities(index).first, entity != plan.subject, let field = navigator.displayField(of: entity),
                  let table = baseTable, navigator.reaches(field, from: table) else { continue }
            reading.use(index, as: .field(field))
            if !plan.fields.contains(field) { plan.fields.append(field) }
        }
    }

    /// When a field the question names is not a field of the subject's records (units on hand are
    /// per product and warehouse, not per product), list the records that have them all.
    private mutating func reconcileSubject() {
        guard let subject = plan.subject, let table = navigator.table(ofEntity: subject) else { return }
        let named = plan.fields + plan.conditions.map(\.field) + plan.filters.map(\.dimension) + [plan.orderBy].compactMap { $0 }
        guard named.contains(where: { !navigator.reaches($0, from: table) }) else { return }
        let display = navigator.displayField(of: subject)
        for entity in model.entities where entity.name != subject {
            let needed = named + [display].compactMap { $0 }
            guard needed.allSatisfy({ navigator.reaches($0, from: entity.table) }) else { continue }
            plan.subject = entity.name
            subjectEntity = entity.name
            baseTable = entity.table
            if let display, !plan.fields.contains(display) { plan.fields.insert(display, at: 0) }
            return
        }
    }
}

extension PlanBuilder {
    /// "list the low-stock lines at Monterrey, with on hand and reorder point": asked to list the
    /// rows a metric counts, other measures named are those rows' own fields ("on hand" is each
    /// line's units, not their sum), shown beside them.
    mutating func listFieldsNamedLikeMetrics() {
        guard plan.metrics.count > 1, reading.indices.contains(where: { reading.has($0, .list) }),
              let listed = plan.metrics.first(where: { model.metric(named: $0)?.listColumns != nil }),
              let table = navigator.table(ofMetric: listed) else { return }
        takeAsRowFields(plan.metrics.filter { $0 != listed }, of: table)
    }

    /// Measures said by a word that also names a field of the listed rows ("on hand") become those
    /// rows' fields, with the rest of the fields listed beside them ("and reorder point"). Nothing
    /// changes unless every one of `metrics` names such a field.
    @discardableResult
    mutating func takeAsRowFields(_ metrics: [String], of table: String) -> Bool {
        let fields = metrics.compactMap { name in
            metricSpans[name].flatMap { span in reading.fields(span).first { navigator.distance($0, from: table) == 0 } }
        }
        guard fields.count == metrics.count else { return false }
        plan.metrics.removeAll(where: metrics.contains)
        for field in fields where !plan.fields.contains(field) { plan.fields.append(field) }
        for index in reading.indices where !reading.isUsed(index) && reading.values(index).isEmpty {
            guard let field = reading.fields(index).first(where: { navigator.distance($0, from: table) == 0 }) else { continue }
            if !plan.fields.contains(field) { plan.fields.append(field) }
            reading.use(index)
        }
        return true
    }
}
