/// A value said as the noun of its records: "which optometrist saw the most patients", "which
/// frames are priced over $500", "the 3 priciest toys" — a role, a type or a category standing
/// for the staff, products or items that have it.
extension PlanBuilder {
    /// Gives a value span right after a question, list or rank word the entity of its field's
    /// table, so it heads the question and still narrows it.
    mutating func promoteValueNouns() {
        for index in reading.indices where !reading.isUsed(index) && reading.entities(index).isEmpty && reading.metrics(index).isEmpty {
            let values = reading.values(index)
            // "which marketplace added the most": a word that is also a field of its own (the
            // marketplace) asks for that field's values, not for the records of one channel.
            if reading.fields(index).contains(where: { field in !values.contains { $0.field == field } }),
               let before = reading.previousContent(index), reading.question(before) == .which { continue }
            // "completed sales", "open stores": a status before its records' noun qualifies the noun.
            if reading.has(index, .linking) { continue }
            // "the discontinued / inactive products": values in a row before the noun, too.
            var next = reading.nextContent(index)
            while let look = next, !reading.values(look).isEmpty, reading.entities(look).isEmpty, reading.metrics(look).isEmpty {
                next = reading.nextContent(look)
            }
            if let next, !reading.entities(next).isEmpty || !reading.metrics(next).isEmpty { continue }
            guard !values.isEmpty, let before = reading.previousContent(index),
                  reading.question(before) == .which || reading.question(before) == .what || reading.has(before, .list)
                    || reading.superlative(before) != nil || reading.adjective(before) != nil else { continue }
            // "the priciest mattress": a category's name after a rank word of another table's
            // field stands for that table's records, which have the category.
            if let before = reading.previousContent(index), !reading.adjectives(before).isEmpty {
                let ranked = reading.adjectives(before).compactMap { adjective in
                    model.dimension(named: adjective.field)?.expressions.first.flatMap { navigator.tables(in: $0).first }
                }
                if let table = ranked.first(where: { table in values.contains { navigator.reaches($0.field, from: table) } }),
                   let entity = model.entities.first(where: { $0.table == table }) {
                    reading.spans[index].meanings.append(.entity(entity.name))
                    heads.insert(index)
                    continue
                }
            }
            // One field's value, in a table whose records the model names.
            let tables = Set(values.compactMap { value in model.dimension(named: value.field)?.expressions.first.flatMap { navigator.tables(in: $0).first } })
            guard tables.count == 1, let table = tables.first,
                  let entity = model.entities.first(where: { $0.table == table }), let display = navigator.displayField(of: entity.name),
                  // The records' own name is not one of their values ("which product" is no product).
                  !values.contains(where: { $0.field == display }) else { continue }
            reading.spans[index].meanings.append(.entity(entity.name))
            heads.insert(index)
        }
    }
}

extension PlanBuilder {
    /// "how many stores", "don't count closed stores": the records' own noun, even where another
    /// table has a value spelled the same (a sale channel "STORE"). A value of the records' own
    /// table keeps its reading ("retail stores").
    mutating func dropValuesSpelledLikeTheirNoun() {
        // One word only: "Tor Books" is a publisher's name whatever its last word.
        for index in reading.indices where reading.spans[index].range.count == 1 && !reading.entities(index).isEmpty && !reading.values(index).isEmpty {
            let tables = reading.entities(index).compactMap(navigator.table(ofEntity:))
            // "our biggest-spending customer": a cancel reason spelled "customer" is the noun; a
            // value of the records' own table (a last name "Customer") is left to the rest.
            // Nor is a part of the records' own name ("Customer" as a surname).
            let names = reading.entities(index).compactMap(navigator.displayField(of:)).compactMap { model.dimension(named: $0)?.expressions.first }
            let elsewhere = Set(reading.values(index).filter { value in
                tables.allSatisfy { navigator.distance(value.field, from: $0) != 0 }
                    || model.dimension(named: value.field)?.expressions.first.map { part in names.contains { $0 != part && $0.contains(part) } } == true
            }.map(\.field))
            guard !elsewhere.isEmpty else { continue }
            let onlyElsewhere = elsewhere.count == reading.values(index).count
            reading.spans[index].meanings.removeAll { meaning in
                if case .value(let field, _) = meaning { return onlyElsewhere || elsewhere.contains(field) }
                return false
            }
        }
    }
}

extension PlanBuilder {
    /// "refunds on defective items": a noun right after a value says what the value describes; with
    /// a figure named elsewhere and nothing that picks or ranks, it is neither counted nor a breakdown.
    mutating func settleNounsAfterValues() {
        let picks = reading.indices.contains { index in
            reading.superlative(index) != nil || reading.has(index, .grouping) || reading.question(index) == .which
                || reading.question(index) == .who || reading.has(index, .list)
        }
        for index in reading.indices where index > 0 && !reading.isUsed(index) && !reading.values(index - 1).isEmpty {
            // "did the Whitby shop make more sales in 2023 or 2025": "the" value and a singular
            // noun name one record, whatever else picks or groups.
            let definite = index >= 2 && reading.spans[index - 2].text.lowercased() == "the" && !reading.isPlural(index)
            guard !picks || definite else { continue }
            // "Fitness gear": a word for the records' display field names them as well as their noun does.
            guard reading.values(index).isEmpty,
                  let entity = reading.entities(index).first ?? reading.fields(index).compactMap({ navigator.entity(identifiedBy: $0) }).first,
                  reading.metrics(index).isEmpty || definite && reading.metrics(index).allSatisfy({ navigator.countedEntity(of: $0) == entity }),
                  reading.indices.contains(where: { $0 != index && !reading.metrics($0).isEmpty && reading.entities($0).isEmpty }),
                  let table = navigator.table(ofEntity: entity), let display = navigator.displayField(of: entity),
                  reading.values(index - 1).allSatisfy({ value in
                      navigator.reaches(value.field, from: table)
                          || navigator.owner(of: value.field).flatMap(navigator.table(ofEntity:)).map { navigator.reaches(display, from: $0) } == true
                  }) else { continue }
            reading.use(index)
        }
    }
}
