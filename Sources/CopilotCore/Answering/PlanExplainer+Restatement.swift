/// The one-line restatement shown with every data answer ("Counted orders where channel is online,
/// in 2025"), generated from the plan alone so a wrong reading is visible at a glance.
extension PlanExplainer {
    public func restate(_ plan: QueryPlan) -> String {
        var text: String
        switch plan.kind {
        case .metric:
            let names = plan.metrics.map { metricLabel($0) }
            let counting = plan.metrics.count == 1 && plan.metrics.first.flatMap(model.metric(named:))?.format == .count
            text = (counting ? "Counted " : "Computed ") + AnswerComposer.list(names)
            var groups = plan.dimensions.map(fieldLabel)
            if let grain = plan.grain { groups.insert(grain == .weekday ? "day of the week" : grain.rawValue + (grain == .week && plan.weekStart == .sunday ? " (weeks from Sunday)" : ""), at: 0) }
            if !groups.isEmpty { text += " by " + AnswerComposer.list(groups) }
        case .records:
            text = "Listed " + AnswerComposer.plural(entityLabel(plan.subject))
            // "refunds above $1,500": the returns the refunds figure adds up.
            if let rows = plan.rowsOf, metricLabel(rows) != AnswerComposer.plural(entityLabel(plan.subject)) { text += " counted in " + metricLabel(rows) }
            if !plan.fields.isEmpty { text += " with " + AnswerComposer.list(plan.fields.map(fieldLabel)) }
        case .distinct:
            text = "Listed the distinct " + AnswerComposer.plural(fieldLabel(plan.fields.first ?? "value"))
            if let subject = plan.subject { text += " of " + AnswerComposer.plural(entityLabel(subject)) }
        case .lookup:
            text = "Looked up " + plan.entities.map { "\($0.entity.replacingUnderscores) \($0.id)" }.joined(separator: ", ")
            if plan.details == true { text += " (its lines)" }
        case .list:
            text = "Listed the rows behind " + (plan.metrics.first.map(metricLabel) ?? "the metric")
        }
        let conditions = conditionPhrases(plan)
        if !conditions.isEmpty { text += " where " + AnswerComposer.list(conditions) }
        if let period = plan.period { text += ", in \(period.label)" }
        if let field = plan.dateField, plan.period != nil || plan.grain != nil { text += " (by \(fieldLabel(field)))" }
        if let compare = plan.comparePeriod { text += ", compared with \(compare.label)" }
        if plan.share || !plan.shareFilters.isEmpty { text += ", as a share of the total" }
        if let limit = plan.limit {
            let by = plan.orderBy.map(fieldLabel) ?? (plan.rankByChange != nil ? "change" : plan.metrics.first.map(metricLabel) ?? "value")
            text += limit == 1 ? ", the \(plan.ascending ? "lowest" : "highest") by \(by)" : ", \(plan.ascending ? "bottom" : "top") \(limit) by \(by)"
            if plan.keepTies { text += " (ties kept)" }
        } else if let orderBy = plan.orderBy {
            text += ", sorted by \(fieldLabel(orderBy)) (\(plan.ascending ? "lowest" : "highest") first)"
        }
        return text
    }

    private func conditionPhrases(_ plan: QueryPlan) -> [String] {
        var phrases: [String] = []
        for filter in plan.filters {
            let name = fieldLabel(filter.dimension)
            if filter.values.isEmpty {
                phrases.append("\(name) is set")
            } else {
                let values = AnswerComposer.list(filter.shownValues, conjunction: "or")
                phrases.append("\(name) is \(filter.negated ? "not " : "")\(values)")
            }
        }
        var conditions = plan.conditions
        // "signup date in 2024": a from-and-before pair on one date read as the span it is.
        for field in Set(conditions.map(\.field)) {
            guard let from = conditions.first(where: { $0.field == field && $0.op == .greaterOrEqual }),
                  let before = conditions.first(where: { $0.field == field && $0.op == .less }),
                  case .date(let start)? = from.values.first, case .date(let end)? = before.values.first else { continue }
            conditions.removeAll { $0 == from || $0 == before }
            phrases.append("\(fieldLabel(field)) \(Self.span(from: start, before: end))")
        }
        for condition in conditions {
            let values = condition.values.map { value -> String in
                switch value {
                case .number(let number): ValueFormatter.plain(number)
                case .text(let text): "“\(text)”"
                case .date(let date): date
                case .field(let field): fieldLabel(field)
                }
            }
            if values.isEmpty {
                phrases.append("\(fieldLabel(condition.field)) is \(condition.op.phrase)")
            } else {
                phrases.append("\(fieldLabel(condition.field)) is \(condition.op.phrase) \(values.joined(separator: " and "))")
            }
        }
        for condition in plan.having {
            let values = condition.values.map(ValueFormatter.plain).joined(separator: " and ")
            phrases.append("\(metricLabel(condition.metric)) is \(condition.op.phrase) \(values)")
        }
        for condition in plan.related {
            let what = model.metric(named: condition.through).map { $0.displayName } ?? AnswerComposer.plural(entityLabel(condition.through))
            let amount = condition.threshold.map { threshold in
                "\(threshold.op.phrase) \(threshold.values.map(ValueFormatter.plain).joined(separator: " and "))"
            } ?? (condition.exists ? "some" : "no")
            let which = (condition.filters ?? []).map { filter in
                let values = AnswerComposer.list(filter.shownValues, conjunction: "or")
                return " with \(fieldLabel(filter.dimension)) \(filter.negated ? "not " : "")\(values)"
            }.joined(separator: " and")
            phrases.append("the \(entityLabel(condition.entity)) has \(amount) \(what)\(which)" + (condition.period.map { " in \($0.label)" } ?? ""))
        }
        // Records of one kind are one condition: "supplier is Saigon Garment Works or Shantou Toy Factory".
        var entityOrder: [String] = []
        var shown: [String: [String]] = [:]
        for filter in plan.entities {
            if shown[filter.entity] == nil { entityOrder.append(filter.entity) }
            shown[filter.entity, default: []].append(filter.name ?? filter.id)
        }
        for entity in entityOrder {
            phrases.append("\(entity.replacingUnderscores) is \(AnswerComposer.list(shown[entity] ?? [], conjunction: "or"))")
        }
        for filter in plan.shareFilters {
            let values = filter.values.isEmpty ? "set" : AnswerComposer.list(filter.shownValues, conjunction: "or")
            phrases.append("the part with \(fieldLabel(filter.dimension)) \(filter.negated && !filter.values.isEmpty ? "not " : "")\(values)")
        }
        return phrases
    }

    /// `2024-01-01` to before `2025-01-01` as "in 2024"; a month or a quarter likewise; other
    /// spans as "from … to before …".
    static func span(from start: String, before end: String) -> String {
        let parts = { (date: String) in date.split(separator: "-").compactMap { Int($0) } }
        let (a, b) = (parts(start), parts(end))
        guard a.count == 3, b.count == 3, a[2] == 1, b[2] == 1 else { return "from \(start) to before \(end)" }
        let months = (b[0] - a[0]) * 12 + b[1] - a[1]
        if months == 12, a[1] == 1 { return "in \(a[0])" }
        if months == 3, a[1] % 3 == 1 { return "in Q\((a[1] + 2) / 3) \(a[0])" }
        if months == 1 {
            let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return "in \(names[a[1] - 1]) \(a[0])"
        }
        return "from \(start) to before \(end)"
    }

    private func metricLabel(_ name: String) -> String { model.metric(named: name)?.displayName ?? name.replacingUnderscores }
    private func fieldLabel(_ name: String) -> String { model.dimension(named: name)?.displayName ?? name.replacingUnderscores }
    private func entityLabel(_ name: String?) -> String { name?.replacingUnderscores ?? "record" }
}
