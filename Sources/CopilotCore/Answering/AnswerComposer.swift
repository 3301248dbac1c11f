/// Words a manager understands, from a plan, the compiled columns and the rows: the number first,
/// the period and filters it covers, and for breakdowns the leaders and the spread.
public struct AnswerComposer: Sendable {
    public let model: SemanticModel

    public init(model: SemanticModel) {
        self.model = model
    }

    public struct Composition: Sendable {
        public var text: String
        public var chart: ChatReply.Chart?
        public var period: String
    }

    public func compose(plan: QueryPlan, compiled: CompiledQuery, result: QueryResult, asOf: CalendarDate, allTime: String) -> Composition {
        let period = plan.period.map { "in \($0.label)" } ?? allTime
        var text: String
        switch plan.kind {
        case .lookup: text = lookupText(plan: plan, result: result)
        case .list: text = listText(plan: plan, result: result, period: plan.period?.label)
        case .metric: text = metricText(plan: plan, compiled: compiled, result: result, period: period)
        case .records: text = recordsText(plan: plan, compiled: compiled, result: result)
        case .distinct: text = distinctText(plan: plan, result: result)
        }
        if plan.period?.relative == true || plan.comparePeriod?.relative == true {
            text += " (Relative dates are counted from \(asOf.iso), the data's as-of date.)"
        }
        if result.truncated { text += " Only the first \(result.rowCount) rows are shown." }
        return Composition(text: text, chart: chart(plan: plan, compiled: compiled, result: result), period: period)
    }

    /// "category" → "categories", "sales channel" → "sales channels", "staff" → "staff".
    static func plural(_ noun: String) -> String { NameWords.plural(noun) }

    /// "Orders were", "Revenue was".
    static func verb(_ name: String) -> String {
        let last = name.split(separator: " ").last.map(String.init) ?? name
        return last.hasSuffix("s") || name.hasPrefix("units") ? "were" : "was"
    }

    // MARK: Pieces

    func filterPhrase(_ plan: QueryPlan) -> String {
        var parts: [String] = []
        var exclusions: [String] = []
        for filter in plan.filters {
            let name = model.dimension(named: filter.dimension)?.displayName ?? filter.dimension
            let values = Self.list(filter.shownValues, conjunction: "or")
            if filter.values.isEmpty {
                parts.append("any \(name)")
            } else if filter.negated {
                exclusions.append("\(name) \(Self.list(filter.shownValues))")
            } else {
                parts.append("\(name) \(values)")
            }
        }
        // Records shown by name when a previous answer named them ("supplier Saigon Garment Works or …").
        var entityOrder: [String] = []
        var shown: [String: [String]] = [:]
        for entity in plan.entities {
            if shown[entity.entity] == nil { entityOrder.append(entity.entity) }
            shown[entity.entity, default: []].append(entity.name ?? entity.id)
        }
        for entity in entityOrder {
            let names = shown[entity] ?? []
            parts.append(names.count > 3 ? "\(names.count) \(Self.plural(entity.replacingUnderscores))"
                                         : "\(entity.replacingUnderscores) \(Self.list(names, conjunction: "or"))")
        }
        for condition in plan.conditions where condition.op == .absent {
            parts.append("no \(model.dimension(named: condition.field)?.displayName ?? condition.field)")
        }
        var text = parts.isEmpty ? "" : " for " + parts.joined(separator: ", ")
        if !exclusions.isEmpty { text += " excluding " + Self.list(exclusions) }
        return text
    }

    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        case 2: "\(items[0]) \(conjunction) \(items[1])"
        default: items.dropLast().joined(separator: ", ") + ", \(conjunction) " + items.last!
        }
    }

    func format(_ value: DatabaseValue, _ column: CompiledQuery.Column) -> String {
        ValueFormatter.format(value, as: column.format)
    }

    private func metricName(_ name: String?) -> String {
        guard let name, let metric = model.metric(named: name) else { return name ?? "value" }
        return metric.displayName
    }

    private func metricText(plan: QueryPlan, compiled: CompiledQuery, result: QueryResult, period: String) -> String {
        let columns = compiled.columns
        let metricColumns = columns.enumerated().filter { $0.element.role == .metric }
        let labelColumns = columns.enumerated().filter { $0.element.role == .dimension || $0.element.role == .time }
        let filters = filterPhrase(plan)
        guard !result.rows.isEmpty else {
            return "There is no data\(filters) \(period)."
        }
        if labelColumns.isEmpty, let row = result.rows.first {
            return singleRowText(plan: plan, columns: columns, row: row, period: period, filters: filters)
        }
        guard let (metricIndex, metricColumn) = metricColumns.first else { return "Here are the results." }
        let label: (([DatabaseValue]) -> String) = { row in
            labelColumns.map { row[$0.offset].description.replacingUnderscores }.joined(separator: " · ")
        }
        let name = metricName(metricColumn.source)
        let groupNames = labelColumns.map { $0.element.role == .time ? $0.element.name : (model.dimension(named: $0.element.source ?? "")?.displayName ?? $0.element.name) }
        let by = Self.list(groupNames)
        let shareIndex = columns.firstIndex { $0.role == .share }
        let changeIndex = columns.firstIndex { $0.role == .changeRatio }

        func item(_ row: [DatabaseValue]) -> String {
            var text = "\(label(row)) (\(format(row[metricIndex], metricColumn))"
            if let shareIndex, let share = row[shareIndex].doubleValue { text += ", \(ValueFormatter.percent(share))" }
            if let changeIndex, let change = row[changeIndex].doubleValue { text += ", \(ValueFormatter.change(change))" }
            return text + ")"
        }

        if plan.grain != nil && plan.limit == nil && labelColumns.count == 1 {
            let values = result.rows.compactMap { row in row[metricIndex].doubleValue.map { (row, $0) } }
            guard let highest = values.max(by: { $0.1 < $1.1 }), let lowest = values.min(by: { $0.1 < $1.1 }),
                  let latest = result.rows.last else {
                return "\(name.capitalizedFirst) by \(by)\(filters) \(period)."
            }
            return "\(name.capitalizedFirst) by \(by)\(filters) \(period): \(result.rowCount) \(Self.plural(by)). "
                + "Highest \(label(highest.0)) (\(format(highest.0[metricIndex], metricColumn))), "
                + "lowest \(label(lowest.0)) (\(format(lowest.0[metricIndex], metricColumn))); "
                + "latest \(label(latest)) \(format(latest[metricIndex], metricColumn))."
        }
        let shown = result.rows.prefix(plan.limit.map { min($0, 5) } ?? 3)
        if let limit = plan.limit {
            let direction = plan.ascending ? "Bottom" : "Top"
            let ranked = shown.enumerated().map { "\($0.offset + 1). \(item($0.element))" }
            let more = result.rowCount > shown.count ? "; \(result.rowCount - shown.count) more in the table" : ""
            var heading = limit == 1 ? "\(plan.ascending ? "Lowest" : "Highest") \(name) by \(by)\(filters) \(period)"
                                     : "\(direction) \(limit) \(Self.plural(by)) by \(name)\(filters) \(period)"
            if let ranking = plan.rankByChange, let compare = plan.comparePeriod {
                let change = ranking == .relative ? "change in \(name) (%)" : "change in \(name)"
                heading = limit == 1 ? "\(plan.ascending ? "Lowest" : "Highest") \(change) by \(by)\(filters), \(period) against \(compare.label)"
                                     : "\(direction) \(limit) \(Self.plural(by)) by \(change)\(filters), \(period) against \(compare.label)"
            }
            return heading + ": " + ranked.joined(separator: ", ") + more + "."
        }
        let leaders = shown.map(item)
        var text = "\(name.capitalizedFirst) by \(by)\(filters) \(period): \(leaders[0]) leads"
        if leaders.count > 1 { text += ", followed by " + Self.list(Array(leaders.dropFirst())) }
        text += ". \(result.rowCount) groups in all."
        return text
    }

    private func singleRowText(plan: QueryPlan, columns: [CompiledQuery.Column], row: [DatabaseValue], period: String, filters: String) -> String {
        var sentences: [String] = []
        for (index, column) in columns.enumerated() where column.role == .metric {
            let name = metricName(column.source)
            let value = format(row[index], column)
            if let previousIndex = columns.firstIndex(where: { $0.role == .previous && $0.source == column.source }),
               let comparePeriod = plan.comparePeriod {
                let previous = format(row[previousIndex], columns[previousIndex])
                var sentence = "\(name.capitalizedFirst)\(filters) \(period) \(Self.verb(name)) \(value)"
                if let ratioIndex = columns.firstIndex(where: { $0.role == .changeRatio }), let ratio = row[ratioIndex].doubleValue {
                    let direction = ratio > 0 ? "up" : ratio < 0 ? "down" : "unchanged"
                    sentence += ratio == 0 ? ", unchanged from \(comparePeriod.label) (\(previous))"
                        : ", \(direction) \(ValueFormatter.percent(abs(ratio))) on \(comparePeriod.label) (\(previous))"
                } else {
                    sentence += ", against \(previous) in \(comparePeriod.label)"
                }
                sentences.append(sentence + ".")
            } else if let shareIndex = columns.firstIndex(where: { $0.role == .share }), !plan.shareFilters.isEmpty {
                let totalIndex = columns.firstIndex { $0.name == "\(column.source ?? "")_total" }
                var part = QueryPlan()
                part.filters = plan.shareFilters
                // " for channel online" names the part; a part that only leaves values out is "those excluding …".
                let phrase = filterPhrase(part)
                let partName = phrase.hasPrefix(" for ") ? String(phrase.dropFirst(5)) : "those" + phrase
                var sentence = "\(partName.capitalizedFirst) account for \(format(row[shareIndex], columns[shareIndex])) of \(name)\(filters) \(period)"
                if let totalIndex { sentence += " (\(value) of \(format(row[totalIndex], columns[totalIndex])))" }
                sentences.append(sentence + ".")
            } else {
                sentences.append("\(name.capitalizedFirst)\(filters) \(period) \(row[index].isNull ? "had no data" : "\(Self.verb(name)) \(value)").")
            }
        }
        return sentences.joined(separator: " ")
    }

    private func lookupText(plan: QueryPlan, result: QueryResult) -> String {
        let what = plan.entities.first.map { "\($0.entity) \($0.id)" } ?? "that record"
        guard let row = result.rows.first else { return "I couldn't find \(what)." }
        let details = zip(result.columns, row).dropFirst().prefix(8).map { column, value in
            "\(column.replacingUnderscores): \(ValueFormatter.format(value, as: column.contains("amount") || column.contains("price") || column.contains("cost") || column.contains("subtotal") || column.contains("fee") ? .currency : nil))"
        }
        return "\(what.capitalizedFirst) — " + details.joined(separator: "; ") + "."
    }

    private func listText(plan: QueryPlan, result: QueryResult, period: String?) -> String {
        let name = metricName(plan.metrics.first)
        let filters = filterPhrase(plan)
        guard !result.rows.isEmpty else { return "Nothing matches: no \(name)\(filters)." }
        let count = result.truncated ? "More than \(result.rowCount)" : "\(result.rowCount)"
        let first = zip(result.columns, result.rows[0]).prefix(4).map { "\($0.0.replacingUnderscores) \($0.1.description)" }.joined(separator: ", ")
        return "\(count) \(name)\(filters)\(period.map { " in \($0)" } ?? ""). First: \(first)."
    }

    private func chart(plan: QueryPlan, compiled: CompiledQuery, result: QueryResult) -> ChatReply.Chart? {
        guard plan.kind == .metric, result.rowCount >= 2,
              let metric = compiled.columns.first(where: { $0.role == .metric }) else { return nil }
        let labels = compiled.columns.filter { $0.role == .dimension || $0.role == .time }
        guard labels.count == 1, let label = labels.first else { return nil }
        let title = "\(metricName(metric.source).capitalizedFirst) by \(label.role == .time ? label.name : (model.dimension(named: label.source ?? "")?.displayName ?? label.name))"
        return ChatReply.Chart(type: label.role == .time ? .line : .bar, x: label.name, y: metric.name, title: title)
    }
}
