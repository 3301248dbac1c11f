/// The frame of a question: one record looked up, a list of records, distinct values, or a
/// metric — decided from the head noun and the cues around it.
extension PlanBuilder {
    /// The kind of answer the question asks for, or nil when nothing in it names one.
    mutating func decideFrame() -> Frame? {
        if let knownFrame { return knownFrame }
        let references = recordReferences()
        let metrics = freeMetricSpans().filter { !comparesField($0) && !isBareEntityNoun($0) && !datesHeadRecords($0) }
        let head = head()
        let listedEntity = head.flatMap(listedRecords)
        let headEntity = head.flatMap { reading.entities($0).first } ?? listedEntity
        let headField = head.flatMap { index in fieldOfNamedRecords(reading.fields(index)) }
        let headIsMetric = listedEntity == nil
            && head.map { !reading.metrics($0).isEmpty && reading.entities($0).isEmpty && reading.fields($0).isEmpty } ?? false
        // "the supplier with the longest lead time": a superlative on a number or date field orders
        // records, like a rank adjective; on a metric it ranks groups.
        let ranksByAdjective = rankingField() != nil || reading.indices.contains { index in
            if reading.adjective(index) != nil { return true }
            // "less than the lowest revenue of …" compares with an extreme; that is not a ranking.
            guard reading.superlative(index) != nil, let next = reading.nextContent(index), reading.metrics(next).isEmpty,
                  reading.previousContent(index).map({ reading.comparator($0) == nil && !reading.has($0, .than) }) ?? true else { return false }
            // "which products cost us the most in refunds": a field of rows that point at the
            // records (their returns) is summed per record, not ranked row by row.
            let headTable = headEntity.flatMap(navigator.table(ofEntity:))
            return reading.fields(next).contains { field in
                (model.dimension(named: field).map { $0.fieldType == .number || $0.fieldType == .date } ?? false)
                    && headTable.map { navigator.reaches(field, from: $0) } != false
            }
        }

        // "the most common return reason for <a product>": how often each value occurs, counted.
        if commonestValueCount() != nil { return .metric }
        // "…: return id, product and amount": a record's identifier listed among fields asks for
        // those records.
        if let listed = identifierAmongFields() { return .records(entity: listed) }
        // One record's fields: "status of order 10042", "lead time for Porto Linen Mills".
        // "what did it bring in that month": money earned, not the record's fields.
        if let reference = references.first, !hasAggregateCue, !asksHowItWent, !asksEarnings, metrics.allSatisfy({ !reading.fields($0).isEmpty }) {
            let asksFields = reading.indices.contains { index in
                !reading.fields(index).isEmpty && reading.values(index).isEmpty && reading.record(index) == nil
            }
            let asksWhen = reading.indices.contains { reading.question($0) == .when || reading.question($0) == .whereQuestion }
            // "the items in order 5000": a head that cannot be narrowed to the record is its contents.
            let otherHead = headEntity.map { entity in
                entity != reference.entity && navigator.table(ofEntity: entity).map { table in
                    model.entity(named: reference.entity).map { navigator.reaches(key: $0.key, from: table) } ?? false
                } == true
            } ?? false
            if !otherHead && (asksFields || asksWhen || head == nil) { return .lookup(entity: reference.entity) }
        }
        if let headEntity, !headIsMetric {
            let metricHere = metrics.contains { $0 != head } || (hasAggregateCue && !ranksByAdjective)
            let ranking = reading.indices.contains { reading.superlative($0) != nil } && !ranksByAdjective
            let share = reading.indices.contains { reading.has($0, .share) }
            let moves = reading.indices.contains { index in
                !reading.isUsed(index) && reading.spans[index].roles.contains { if case .movement = $0 { return true }; return false }
            }
            // "orders this month vs last month": two periods compared are two figures, not lists.
            // "… vs the same quarter last year", "year on year": a period and the one it moved to.
            let shifted = reading.indices.contains(where: reading.shifts)
            let comparesPeriods = (periods.count >= 2 || shifted && !periods.isEmpty) && reading.indices.contains { reading.has($0, .comparison) }
            if metricHere || ranking || hasGroupingOrGrain || share || moves || comparesPeriods || asksEarnings { return .metric }
            return .records(entity: headEntity)
        }
        // "breakdown of return reasons": the field is what a count is broken down by.
        if let head, headField != nil, reading.entities(head).isEmpty,
           let cue = reading.previousContent(head), reading.has(cue, .grouping) || reading.spans[cue].text.lowercased() == "breakdown" {
            return .metric
        }
        if let head, let headField, !headIsMetric, reading.entities(head).isEmpty {
            // "units in stock by warehouse", "revenue last month": a word that is both a field and
            // a metric is the metric when the question breaks it down or bounds it in time.
            let measured = !reading.metrics(head).isEmpty && (hasGroupingOrGrain || !periods.isEmpty)
            // "the order ids and customer ids for orders that have been cancelled": fields of the
            // records named after "for", listed, not a count of them.
            if !measured, !hasAggregateCue, !reading.indices.contains(where: { reading.superlative($0) != nil }),
               let noun = metrics.first(where: { $0 > head && $0 > 0 && reading.isPlural($0) && ["for", "of"].contains(reading.spans[$0 - 1].text.lowercased()) }),
               let entity = reading.entities(noun).first,
               metrics.allSatisfy({ $0 == head || $0 == noun || ["with", "without"].contains(reading.spans[$0 - 1].text.lowercased()) }) {
                return .records(entity: entity)
            }
            if measured || hasAggregateCue || metrics.contains(where: { $0 != head }) || reading.indices.contains(where: { reading.superlative($0) != nil }) {
                return .metric
            }
            if let reference = references.first { return .lookup(entity: reference.entity) }
            return .distinct(field: headField)
        }
        let ranksGroups = reading.indices.contains { reading.superlative($0) != nil } && hasGroupingOrGrain
        if !metrics.isEmpty || hasAggregateCue || asksHowItWent || ranksGroups || asksEarnings { return .metric }
        if let reference = references.first { return .lookup(entity: reference.entity) }
        return nil
    }

    /// "who are the platinum customers that joined in August 2025?": a count of the head's own
    /// records said as a verb right before a period dates them; it is no figure asked for.
    private func datesHeadRecords(_ index: Int) -> Bool {
        guard let head = head(), head != index, index > head, let entity = reading.entities(head).first,
              reading.spans[index].text.lowercased().hasSuffix("ed"),
              reading.metrics(index).contains(where: { navigator.countedEntity(of: $0) == entity }),
              var next = reading.nextContent(index) else { return false }
        if ["in", "during", "on", "since", "over"].contains(reading.spans[next].text.lowercased()), let after = reading.nextContent(next) { next = after }
        return reading.period(next) != nil
    }

    /// "what email address do we have for the Wye Valley Cookery School": of a field several
    /// tables have, the one of the table the question's values name (the customer's email, not
    /// the email of staff who served her).
    func fieldOfNamedRecords(_ fields: [String]) -> String? {
        guard fields.count > 1 else { return fields.first }
        let named = reading.indices.compactMap { index -> String? in
            let tables = Set(reading.values(index).compactMap { value in
                model.dimension(named: value.field)?.expressions.first.flatMap { navigator.tables(in: $0).first }
            })
            return tables.count == 1 ? tables.first : nil
        }
        guard Set(named).count == 1, let table = named.first else { return fields.first }
        return navigator.closest(fields, from: table) ?? fields.first
    }

    /// "the longest book, by page count": a superlative with no measure of its own, ranked by the
    /// number field a grouping word names after it. The grouping word and the field.
    func rankingField() -> (cue: Int, field: Int, name: String)? {
        guard let superlative = reading.first(where: { reading.superlative($0) != nil && !reading.isUsed($0) }),
              reading.nextContent(superlative).map({ reading.metrics($0).isEmpty || !reading.entities($0).isEmpty }) ?? false,
              !reading.indices.contains(where: { !reading.metrics($0).isEmpty && reading.entities($0).isEmpty && reading.fields($0).isEmpty }) else {
            return nil
        }
        for cue in reading.indices where cue > superlative && reading.has(cue, .grouping) && reading.spans[cue].text.lowercased() == "by" {
            guard let next = reading.nextContent(cue), reading.metrics(next).isEmpty, reading.values(next).isEmpty,
                  let name = reading.fields(next).first(where: { model.dimension(named: $0).map { $0.fieldType == .number } ?? false }) else { continue }
            // The field must be one value per ranked record ("units on hand" are per warehouse and product).
            let ranked = reading.indices.first { $0 > superlative && $0 < cue && !reading.entities($0).isEmpty }
                .flatMap { reading.entities($0).first }.flatMap(navigator.table(ofEntity:))
            if let ranked, !navigator.reaches(name, from: ranked) { continue }
            return (cue, next, name)
        }
        return nil
    }

    /// "list the orders placed in December": after a list word, a count's phrase that starts with
    /// the name of what it counts names those records.
    /// Words that make a record's noun its identifier: "return id", "order number", "shipment no".
    static let identifierWords: Set<String> = ["id", "ids", "number", "no", "#", "ref", "reference"]

    private func identifierAmongFields() -> String? {
        for index in reading.indices where reading.words(index).count >= 2 {
            guard let last = reading.words(index).last, Self.identifierWords.contains(last), let entity = reading.entities(index).first else { continue }
            let near = [reading.previousContent(index), reading.nextContent(index)].compactMap { $0 }
                .flatMap { look in reading.isConjunction(look) ? [reading.previousContent(look), reading.nextContent(look)].compactMap { $0 } : [look] }
            guard near.contains(where: { $0 != index && !reading.fields($0).isEmpty && reading.values($0).isEmpty }) else { continue }
            // "lost parcels …: order id, carrier": the parcels listed, with their order's number.
            // The records named first: an entity's noun, or a metric's ("refunds" are returns).
            let first = reading.indices.first { look in
                look < index && reading.values(look).isEmpty && !isDatingNoun(look) && !isDatedAfter(look)
                    && (!reading.entities(look).isEmpty || reading.metrics(look).contains { recordsOf(metric: $0) != nil })
            }
            if let first, let listed = reading.entities(first).first ?? reading.metrics(first).compactMap({ recordsOf(metric: $0) }).first, listed != entity,
               let table = navigator.table(ofEntity: listed), let key = model.entity(named: entity)?.key, navigator.reaches(key: key, from: table) {
                return listed
            }
            return entity
        }
        return nil
    }

    /// The entity whose own rows a metric adds up, when it is no count of them ("refunds": returns).
    private func recordsOf(metric name: String) -> String? {
        guard let metric = model.metric(named: name), metric.counts == nil, let table = metric.table else { return nil }
        return navigator.entity(onTable: table)
    }

    private func listedRecords(_ head: Int) -> String? {
        guard let cue = reading.first(where: { reading.has($0, .list) }), cue < head, !hasAggregateCue,
              let first = reading.words(head).first.map(WordStem.light) else { return nil }
        for metric in reading.metrics(head) {
            guard let counted = model.metric(named: metric)?.counts, let entity = model.entity(named: counted) else { continue }
            if ([entity.name] + entity.synonyms).contains(where: { WordStem.light($0.lowercased()) == first }) { return counted }
        }
        return nil
    }
}
