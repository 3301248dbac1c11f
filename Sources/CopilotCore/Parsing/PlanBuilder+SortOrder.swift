/// "biggest first", "oldest first": the order of what is listed.
extension PlanBuilder {
    /// Orders groups or records as asked without keeping only the top ones: groups by their
    /// figure; records by the amount they were compared on (or their own money total), or by
    /// their date for "newest first".
    mutating func applySortOrder() {
        for index in reading.indices where !reading.isUsed(index) {
            guard case .sortOrder(let descending, let byDate, let quality)? = reading.spans[index].roles.first(where: {
                if case .sortOrder = $0 { return true } else { return false }
            }) else { continue }
            reading.use(index)
            // "worst first" of late deliveries: the most late ones first.
            let worseIsHigher = quality && (plan.metrics.first ?? previousMetric).flatMap { model.metric(named: $0)?.higherIsWorse } == true
            plan.ascending = descending == worseIsHigher
            guard plan.kind == .records, let subject = plan.subject, let entity = model.entity(named: subject) else { return }
            if byDate {
                plan.orderBy = entity.time.flatMap { time in model.dimensions.first { $0.expressions == [time] }?.name } ?? plan.orderBy
            } else if plan.orderBy == nil {
                let compared = plan.conditions.first { condition in
                    [.number, .date].contains(model.dimension(named: condition.field)?.fieldType)
                }?.field
                plan.orderBy = compared ?? moneyField(on: entity.table)
            }
            return
        }
    }
}
