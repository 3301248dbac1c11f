/// Breakdowns of a metric plan: "by category", "per store", the question's head noun.
extension PlanBuilder {
    /// The question's head noun, when it is not what is measured, is what the metric is broken
    /// down by: "which customer placed the most orders", "brands with revenue above 300k".
    mutating func groupByHead(_ head: Int) {
        // "what fraction of the web orders …": the records a count counts are no groups of it
        // (one order per order).
        if let entity = reading.entities(head).first, reading.values(head).isEmpty, plan.metrics.count == 1,
           plan.metrics.contains(where: { navigator.countedEntity(of: $0) == entity }) {
            heads.insert(head)
            reading.use(head)
            return
        }
        // "how much did platinum customers spend, all together": one total over the records, not
        // one per record, unless something picks or compares them ("which", "each", "more than").
        let totalled = reading.indices.contains { reading.has($0, .total) }
        let picks = reading.indices.contains { index in
            reading.superlative(index) != nil || reading.question(index) == .which || reading.question(index) == .who
                || reading.has(index, .grouping) || reading.comparator(index) != nil
        }
        // "what did customers in France spend": records as the subject of the question's verb are
        // whose figure it is, one total.
        var before = head - 1
        // "what did marketplace stores …", "what did our French brick-and-mortar shops take".
        while before > 0, !reading.values(before).isEmpty || ["our", "the", "all", "my", "those", "these"].contains(reading.spans[before].text.lowercased()) {
            before -= 1
        }
        let subject = before >= 0 && ["did", "do", "does"].contains(reading.spans[before].text.lowercased())
        if totalled || subject, !picks, !reading.entities(head).isEmpty, reading.isPlural(head) {
            heads.insert(head)
            reading.use(head)
            return
        }
        // "corporate customers revenue": a value with its noun narrows; "which retail store made the
        // most" asks for the store.
        // "rank our retail stores by 2025 revenue", "retail stores by revenue, highest first": the
        // stores in order, one figure each.
        if !reading.values(head).isEmpty, !reading.entities(head).isEmpty, !(reading.isPlural(head) && ranksRecords(head)),
           !reading.indices.contains(where: { reading.superlative($0) != nil || reading.question($0) == .which || reading.question($0) == .who }) {
            heads.insert(head)
            return
        }
        if let entity = reading.entities(head).first, entity != subjectEntity, let field = navigator.displayField(of: entity),
           plan.metrics.contains(where: { navigator.metric($0, reaches: entity) }) {
            plan.dimensions.append(field)
            subjectEntity = entity
            reading.use(head, as: .field(field))
            if !reading.values(head).isEmpty { heads.insert(head) }  // "which retail store": retail stores
        } else if let field = fieldChoice(head) {
            // "what marketplaces are we selling on": the head is the field, not its value.
            plan.dimensions.append(field)
            reading.use(head, as: .field(field))
            if let owner = navigator.entity(identifiedBy: field) { subjectEntity = owner }
        }
    }

    /// Whether the records a head names are put in order by a figure: a verb of ranking, an order
    /// asked for ("highest first"), or "by" and a measure right after them.
    private func ranksRecords(_ head: Int) -> Bool {
        if reading.indices.contains(where: { index in
            ["rank", "sort", "order"].contains(reading.spans[index].text.lowercased()) && index < head
                || reading.spans[index].roles.contains { if case .sortOrder = $0 { true } else { false } }
        }) { return true }
        guard let by = reading.nextContent(head), reading.spans[by].text.lowercased() == "by", var look = reading.nextContent(by) else { return false }
        if reading.period(look) != nil, let next = reading.nextContent(look) { look = next }
        return !reading.metrics(look).isEmpty
    }

    /// Who related-record conditions are about: the entity counted or grouped by.
    func relatedOwner() -> String? {
        subjectEntity ?? plan.dimensions.first.flatMap { navigator.entity(identifiedBy: $0) }
    }

    /// "how many orders are pending and how many are paid": the question asked once per value is
    /// a figure per value, not one figure for them all.
    mutating func splitRepeatedQuestion() {
        let asked = reading.all { index in reading.spans[index].roles.contains { $0 == .count || $0 == .total } }
        // "how many products do they supply in total": one figure is asked for, once.
        guard asked.count >= 2, !Self.asksOneTotal(reading), let filter = plan.filters.first(where: { !$0.negated && $0.values.count >= 2 }),
              !plan.dimensions.contains(filter.dimension) else { return }
        plan.dimensions.append(filter.dimension)
        asked.forEach { reading.use($0) }
    }

    /// Words that ask for one figure over everything they follow.
    static let totallingWords: Set<String> = ["in total", "overall", "altogether", "combined", "in all", "all together", "all told"]

    /// Whether the question asks for one figure over everything ("in total", "altogether").
    static func asksOneTotal(_ reading: Reading) -> Bool {
        reading.indices.contains { reading.has($0, .total) && totallingWords.contains(reading.words($0).joined(separator: " ")) }
    }

    /// "by category", "per store", "for each carrier", and field words left over (a breakdown).
    mutating func applyGroupings() {
        for index in reading.indices where !reading.isUsed(index) && reading.has(index, .grouping) {
            guard var target = groupingTarget(index) else { continue }
            // "break down the returns by reason": the verb before what is measured; "by" groups.
            if ["break", "split"].contains(reading.words(index).first ?? ""), !reading.metrics(target).isEmpty,
               plan.metrics.contains(where: reading.metrics(target).contains),
               reading.indices.contains(where: { $0 > target && reading.has($0, .grouping) }) {
                reading.use(index)
                continue
            }
            // "averaged more than $11 in tips per completed ticket": "per" the records an average
            // is taken over says what it is an average of; it names no groups.
            if reading.spans[index].text.lowercased() == "per", let entity = reading.entities(target).first,
               let table = navigator.table(ofEntity: entity), plan.metrics.contains(where: { metric in
                   model.metric(named: metric).map { $0.table == table && $0.expression?.hasPrefix("AVG(") == true } ?? false
               }) {
                reading.use(index)
                reading.use(target)
                continue
            }
            // "count every order": "every" before what is counted quantifies it; it names no groups.
            if reading.spans[index].text.lowercased() == "every", let entity = reading.entities(target).first,
               plan.metrics.contains(where: { navigator.countedEntity(of: $0) == entity }) {
                reading.use(index)
                reading.use(target)
                continue
            }
            // "on 2025 shipments (by ship date)": "by" a date right after a period says which date the
            // period is on; it is no breakdown.
            if reading.spans[index].text.lowercased() == "by", plan.dateField == nil, plan.grain == nil,
               let before = reading.previousContent(index), reading.period(before) != nil || !reading.entities(before).isEmpty
                   && reading.previousContent(before).map({ reading.period($0) != nil }) == true,
               let date = reading.fields(target).first(where: { model.dimension(named: $0)?.fieldType == .date }),
               baseTable.map({ navigator.reaches(date, from: $0) }) == true {
                plan.dateField = date
                reading.use(index)
                reading.use(target)
                continue
            }
            // "by the warehouse's country": the qualified field is the breakdown.
            if let field = qualifiedField[target], !reading.isUsed(field) { target = field }
            // "orders has each of our customers placed": the noun was taken for a count of
            // customers, but after "each" it names the groups.
            if reading.isUsed(target), plan.metrics.count > 1, let entity = reading.entities(target).first,
               let counted = plan.metrics.first(where: { metricSpans[$0] == target && model.metric(named: $0)?.counts == entity }),
               let field = navigator.displayField(of: entity) {
                plan.metrics.removeAll { $0 == counted }
                add(dimension: field, from: target)
                reading.use(index)
                continue
            }
            // "each of our retail stores": the value narrowed the stores, the noun still names the groups.
            if reading.isUsed(target), !reading.values(target).isEmpty, let entity = reading.entities(target).first,
               let field = navigator.displayField(of: entity), !plan.dimensions.contains(field),
               plan.metrics.contains(where: { navigator.metric($0, reaches: entity) }) {
                plan.dimensions.append(field)
                reading.use(index)
                continue
            }
            // "how many products does each of them have": the rows pointed at are the groups.
            if reading.isReplaced(target), ["each", "every", "each of", "every one of", "for each", "for each of", "for every"].contains(reading.spans[index].text.lowercased()),
               let field = reading.values(target).first?.field
                ?? reading.records(target).first.flatMap({ navigator.displayField(of: $0.entity) }) {
                if !plan.dimensions.contains(field) { plan.dimensions.append(field) }
                reading.use(index)
                continue
            }
            if reading.isUsed(target) {
                // "by month" is a grain the time pass took.
                reading.use(index)
                continue
            }
            if let field = fieldChoice(target) {
                add(dimension: field, from: target)
            } else if let entity = reading.entities(target).first, let field = navigator.displayField(of: entity) {
                add(dimension: field, from: target)
            } else {
                continue
            }
            reading.use(index)
            // "by category and channel"
            var look = target
            while let joiner = reading.nextContent(look), reading.has(joiner, .conjunction(and: true)),
                  let next = reading.nextContent(joiner), !reading.isUsed(next), let field = fieldChoice(next) {
                add(dimension: field, from: next)
                reading.use(joiner)
                look = next
            }
        }
        for index in reading.indices where !reading.isUsed(index) && (reading.values(index).isEmpty || isRankedNoun(index)) && !negated.contains(index) {
            guard let field = fieldChoice(index) else { continue }
            // "retail store orders": a noun between a value and what is counted only names the value's kind.
            if index > 0, !reading.values(index - 1).isEmpty, index + 1 < reading.spans.count,
               !reading.metrics(index + 1).isEmpty || !reading.entities(index + 1).isEmpty {
                reading.use(index)
                continue
            }
            // A word left over is a breakdown only when it names categories ("cost" in "which reason
            // cost us the most" is no breakdown by unit cost; as a verb it says nothing more).
            if let type = model.dimension(named: field)?.fieldType, type == .date || type == .number {
                if reading.has(index, .linking) { reading.use(index) }
                continue
            }
            add(dimension: field, from: index)
        }
    }

    private mutating func add(dimension field: String, from index: Int) {
        reading.use(index, as: .field(field))
        guard !plan.dimensions.contains(field) else { return }
        plan.dimensions.append(field)
    }

    /// "go by where the customer lives", "based on where customers live": whose place the
    /// question's place field is — the customers' region, not a breakdown by customer as well.
    mutating func settleWhoseLocation() {
        guard plan.kind == .metric else { return }
        let words = reading.tagged.words
        for (offset, word) in words.enumerated() where word == "where" {
            let rest = words[(offset + 1)...].prefix(4)
            guard let entity = model.entities.first(where: { entity in
                let nouns = [entity.name] + entity.synonyms
                return rest.contains { word in nouns.contains(word) || nouns.map(SemanticModel.pluralNoun).contains(word) }
            }) else { continue }
            let places = plan.dimensions.enumerated().filter { model.dimension(named: $0.element)?.group == "geography" }
            guard let (position, field) = places.first, model.dimension(named: "\(entity.name).\(field)") != nil else { continue }
            plan.dimensions[position] = "\(entity.name).\(field)"
            if let display = navigator.displayField(of: entity.name) { plan.dimensions.removeAll { $0 == display } }
            return
        }
    }
}
