/// The records a metric adds up, and records dated by other records: "refunds above $1,500 …:
/// return id, product and amount" (refunded returns), "the 2025 orders over $2,000" (orders as the
/// shop counts them), "lost parcels on 2025 orders" (dated by their orders).
extension PlanBuilder {
    /// "refunds above $1,500 …: return id, product and amount": the listed records are the rows a
    /// metric adds up — with its own conditions (refunded returns) — and its word, from here on, is
    /// the amount of each row, compared and sorted as a field.
    mutating func readRowsOfMetric() {
        guard let table = baseTable else { return }
        // The records' own noun may already be read as the head ("refunds" naming returns).
        for index in reading.indices where !negated.contains(index) && !isDatingNoun(index) {
            for name in reading.metrics(index) {
                // "list late UPS express parcels …: shipment id, promised date": the records a
                // narrower count counts (late deliveries), listed under its conditions.
                if let metric = model.metric(named: name), metric.format == .count, metric.aggregate?.filters?.isEmpty == false,
                   let subject = plan.subject, navigator.countedEntity(of: name) == subject, navigator.countMetric(of: subject) != name,
                   reading.fields(index).isEmpty, reading.entities(index).isEmpty {
                    plan.rowsOf = name
                    reading.use(index, as: .metric(name))
                    return
                }
                guard navigator.table(ofMetric: name) == table, let metric = model.metric(named: name), metric.counts == nil,
                      metric.aggregate?.filters?.isEmpty == false,
                      let field = reading.fields(index).first(where: { navigator.distance($0, from: table) == 0 }) else { continue }
                plan.rowsOf = name
                reading.spans[index].meanings = [.field(field)]
                rowAmountSpan = index
                // "the 8 largest refunds": a word of size ranks the rows by that amount, whatever
                // other field it was first read for.
                for look in reading.indices {
                    guard let (other, high) = reading.adjective(look), navigator.distance(other, from: table) != 0,
                          reading.words(look).contains(where: ["largest", "biggest", "smallest", "highest", "lowest"].contains) else { continue }
                    reading.spans[look].meanings = reading.spans[look].meanings.map { meaning in
                        if case .adjective = meaning { return .adjective(field: field, high: high) }
                        return meaning
                    }
                }
                return
            }
        }
    }

    /// "the 2025 orders over $2,000": orders as the shop counts them (not cancelled ones), unless
    /// the question names records its count leaves out ("the cancelled orders").
    mutating func countedRecordsOnly(_ entity: String) {
        guard plan.rowsOf == nil, let count = navigator.countMetric(of: entity), let metric = model.metric(named: count),
              metric.aggregate?.filters?.isEmpty == false,
              !plan.filters.contains(where: { navigator.contradicts($0, metric: count) }) else { return }
        plan.rowsOf = count
    }

    /// "lost parcels on 2025 orders", "refunds for Q3 orders": a noun after its period names the
    /// other records whose date the period is on (the orders' date, reached from each parcel).
    mutating func dateByOtherRecords() {
        guard let table = baseTable, plan.dateField == nil else { return }
        // A noun dated by the period after it ("orders placed in Q4") may already be read as context.
        for index in reading.indices where isDatedAfter(index) || isDatingNoun(index) && !reading.isUsed(index) {
            guard let other = reading.entities(index).first ?? reading.metrics(index).compactMap({ model.metric(named: $0)?.counts }).first,
                  other != plan.subject, let time = model.entity(named: other)?.time,
                  let date = model.dimensions.first(where: { $0.fieldType == .date && $0.expressions.contains(time) }),
                  navigator.reaches(date.name, from: table) else { continue }
            plan.dateField = date.name
            reading.use(index)
            return
        }
    }

    /// "on orders placed in Q4 2025": a noun after "on"/"for"/"of" with its period right after it.
    func isDatedAfter(_ index: Int) -> Bool {
        guard index > 0, ["on", "for", "of", "from", "against"].contains(reading.spans[index - 1].text.lowercased()),
              !reading.entities(index).isEmpty || reading.metrics(index).contains(where: { model.metric(named: $0)?.counts != nil }) else { return false }
        // "orders placed in Q4 2025", "orders from 2025": a verb of placing or a preposition between.
        var look = index + 1
        while look < reading.spans.count, look <= index + 3 {
            if reading.period(look) != nil { return true }
            guard reading.spans[look].isFunction || reading.has(look, .linking)
                    || ["from", "in", "during", "placed", "made", "of"].contains(reading.spans[look].text.lowercased()) else { return false }
            look += 1
        }
        return false
    }
}
