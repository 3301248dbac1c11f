/// Which date a period is on. A verb before a period names the event the rows are dated by:
/// "returns requested in 2025" (the returns' own date), "shipments sent in 2025" (their ship date,
/// although shipments are counted by their order's date unless the question says otherwise).
extension PlanBuilder {
    /// How a verb before a period dates the measured rows.
    enum Dating: Equatable {
        /// The metric's own date ("requested" of returns).
        case own
        /// Another date of the measured rows, by field name ("sent" of shipments: the ship date).
        case field(String)
    }

    /// Words of a date column's name that name no event.
    private static let datelessWords: Set<String> = ["at", "on", "date", "dt", "time", "day", "ts", "timestamp", "when", "out", "up", "off", "in"]

    /// Whether `word` names the event of the date the plan's rows are counted by, or of another
    /// date on the measured table itself.
    func dating(_ word: String) -> Dating? {
        let word = word.lowercased()
        guard !Self.datelessWords.contains(word) else { return nil }
        let time = plan.metrics.first.flatMap { model.metric(named: $0)?.timeColumn }
            ?? plan.subject.flatMap { model.entity(named: $0)?.time }
        if let column = time?.split(separator: ".").last, NameWords.split(String(column)).contains(word) { return .own }
        guard plan.kind == .metric, let table = baseTable else { return nil }
        let candidates = model.dimensions.filter { dimension in
            dimension.fieldType == .date && navigator.distance(dimension.name, from: table) == 0 && names(word, dimension)
        }
        guard candidates.count == 1, let chosen = candidates.first else { return nil }
        return chosen.expressions.contains(time ?? "") ? .own : .field(chosen.name)
    }

    /// "which order ids were shipped after 2000", "which managers left in 2024": values listed for a
    /// period an event's verb dates are on that event's date — or asked back when the values' records
    /// cannot reach it — never silently on another date.
    private mutating func settleDistinctDate() {
        guard plan.kind == .distinct, plan.dateField == nil, !periods.isEmpty else { return }
        let dates = model.dimensions.filter { $0.fieldType == .date }
        for index in reading.indices where reading.period(index) == nil {
            guard let word = reading.words(index).last, !Self.datelessWords.contains(word),
                  let dimension = dates.first(where: { names(word, $0) }) else { continue }
            plan.dateField = dimension.name
            return
        }
    }

    /// A date field's event words: its column's name and its synonyms ("shipped", "dispatched", "sent").
    private func names(_ word: String, _ dimension: SemanticModel.Dimension) -> Bool {
        // Structure words inside a synonym ("left the warehouse") name no event.
        guard !["the", "a", "an", "of", "to", "at", "on", "in", "by", "for", "with", "from", "and", "or", "our", "its"].contains(word) else { return false }
        let forms = Self.verbForms(word)
        let columns = dimension.expressions.compactMap { $0.split(separator: ".").last.map(String.init) }
        if columns.contains(where: { !forms.isDisjoint(with: NameWords.split($0).flatMap(Self.verbForms)) }) { return true }
        return dimension.synonyms.contains { !forms.isDisjoint(with: $0.lowercased().split(separator: " ").flatMap { Self.verbForms(String($0)) }) }
    }

    /// A verb's forms a question and a column name may use apart: "send"/"sent", "ship"/"shipped",
    /// "request"/"requested"/"requesting".
    private static func verbForms(_ word: String) -> Set<String> {
        var forms: Set<String> = [word]
        if let irregular = irregularPasts[word] { forms.insert(irregular) }
        if let present = irregularPasts.first(where: { $0.value == word })?.key { forms.insert(present) }
        for suffix in ["ed", "ing", "s"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let stem = String(word.dropLast(suffix.count))
            forms.insert(stem)
            // "shipped" → "ship": a doubled final consonant; "created" → "create": a dropped "e".
            if suffix != "s", stem.count > 2, stem.last == stem.dropLast().last { forms.insert(String(stem.dropLast())) }
            if suffix != "s" { forms.insert(stem + "e") }
        }
        return forms
    }

    private static let irregularPasts: [String: String] = ["send": "sent", "sell": "sold", "buy": "bought", "pay": "paid", "make": "made",
                                                           "take": "took", "give": "gave", "leave": "left", "get": "got", "come": "came",
                                                           "spend": "spent", "ring": "rang", "hold": "held", "bring": "brought"]

    /// "shipments sent in 2025": a verb the lexer reads as a structure word, right before a period
    /// (only a preposition between), that names another date of the measured rows.
    mutating func settleDateVerb() {
        settleRecordDate()
        settleDistinctDate()
        guard plan.kind == .metric, plan.dateField == nil else { return }
        // "shipments that went out of Sydney for orders placed in December": the period is the
        // orders' date, said with their noun; the verb earlier only says what the shipments did.
        // "shipments that went out of Duisburg for 2025 orders": the same, the period before the noun.
        let measured = Set(plan.metrics.compactMap(navigator.table(ofMetric:)))
        let datingNoun = reading.indices.contains { index in
            guard !reading.entities(index).isEmpty || !reading.metrics(index).isEmpty else { return false }
            if datesOnly(index) { return true }
            let tables = Set(reading.entities(index).compactMap(navigator.table(ofEntity:)) + reading.metrics(index).compactMap(navigator.table(ofMetric:)))
            return isDatingNoun(index) && !measured.isEmpty && tables.isDisjoint(with: measured)
        }
        if datingNoun {
            for look in reading.indices where !reading.isUsed(look) && dateVerb(at: look) != nil { reading.use(look) }
            return
        }
        // Periods a question implies (no span of their own) have no verb before them.
        for (index, _) in periods where reading.spans.indices.contains(index) {
            var look = index - 1
            while look >= 0, ["in", "during", "on", "over", "since", "throughout", "within", "between", "from"].contains(reading.spans[look].text.lowercased()) {
                look -= 1
            }
            guard look >= 0, look < index - 1, let field = dateVerb(at: look) else { continue }
            plan.dateField = field
            reading.use(look)
            return
        }
        // "which warehouses sent out more than 6,000 shipments in 2025": the clause's one date verb,
        // with its object between it and the period.
        guard let period = periods.map(\.index).filter({ reading.spans.indices.contains($0) }).min() else { return }
        let verbs = (0..<period).compactMap { look in dateVerb(at: look).map { (look, $0) } }
        guard verbs.count == 1, let (look, field) = verbs.first else { return }
        plan.dateField = field
        reading.use(look)
    }

    /// "which products did we discontinue in 2024", "staff who left in 2025": records dated by
    /// the event a word right before the period names (one of their own dates), not by their
    /// own first date.
    private mutating func settleRecordDate() {
        guard plan.kind == .records, plan.dateField == nil, let subject = plan.subject, let table = navigator.table(ofEntity: subject),
              let time = model.entity(named: subject)?.time else { return }
        for (index, _) in periods where reading.spans.indices.contains(index) {
            var look = index - 1
            while look >= 0, ["in", "during", "on", "over", "since", "throughout", "within", "between", "from"].contains(reading.spans[look].text.lowercased()) {
                look -= 1
            }
            guard look >= 0 else { continue }
            var dates = reading.fields(look).filter { field in
                guard let dimension = model.dimension(named: field) else { return false }
                return dimension.fieldType == .date && navigator.distance(field, from: table) == 0 && !dimension.expressions.contains(time)
            }
            // "dealers who left us during 2025": the ending a state's value says, dated.
            if dates.isEmpty {
                dates = Array(Set(reading.values(look).compactMap { endingDate(of: $0.field) }.filter { navigator.distance($0, from: table) == 0 }))
                if dates.count == 1 {
                    plan.dateField = dates[0]
                    showEventDateWhenAsked(subject)
                    return
                }
            }
            guard dates.count == 1 else { continue }
            plan.dateField = dates[0]
            showEventDateWhenAsked(subject)
            reading.use(look)
            return
        }
    }

    /// "which dealers left in 2025, and on what date?": the date asked for is the event's, not the
    /// records' first date.
    private mutating func showEventDateWhenAsked(_ subject: String) {
        guard let event = plan.dateField, reading.indices.contains(where: { reading.question($0) == .when }),
              let time = navigator.timeField(of: subject), plan.fields == [time] else { return }
        plan.fields = [event]
    }

    /// The date field an ended-state field is read from (`CASE WHEN left_on IS NULL …`): the date
    /// the record ended on.
    func endingDate(of field: String) -> String? {
        guard let expression = model.dimension(named: field)?.expressions.first, expression.hasPrefix("CASE WHEN "),
              let end = expression.range(of: " IS NULL THEN ") else { return nil }
        let inner = String(expression[expression.index(expression.startIndex, offsetBy: 10)..<end.lowerBound])
        return model.dimensions.first { $0.fieldType == .date && $0.expressions.contains(inner) }?.name
    }

    /// The other date of the measured rows a verb names ("sent", "went out"), when the span is a verb
    /// and no value.
    private func dateVerb(at look: Int) -> String? {
        guard reading.values(look).isEmpty else { return nil }
        if let table = baseTable, plan.kind == .metric,
           let field = reading.fields(look).first(where: { field in
               model.dimension(named: field)?.fieldType == .date && navigator.distance(field, from: table) == 0
           }) {
            let time = plan.metrics.first.flatMap { model.metric(named: $0)?.timeColumn }
            return model.dimension(named: field)?.expressions.contains(time ?? "") == true ? nil : field
        }
        guard !reading.isUsed(look) || reading.spans[look].isFunction, case .field(let field)? = dating(reading.spans[look].text) else { return nil }
        return field
    }
}
