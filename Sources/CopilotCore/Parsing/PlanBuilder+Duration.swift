/// "How long" asked of records is a duration.
extension PlanBuilder {
    /// "how long do deliveries take by carrier", "how quickly do suppliers deliver": the answer is
    /// a number of days. A plan that already measures a duration uses the cue; a metric over
    /// records that have exactly one duration field becomes that field's average ("how long do
    /// deliveries take" → average days from shipping to delivery, not a count of shipments). Otherwise the cue stays unused and the
    /// question is asked back (or routed to the documents) instead of answered with a count.
    mutating func answerHowLong() {
        let cues = reading.all { reading.has($0, .duration) && !reading.isUsed($0) }
        guard !cues.isEmpty else { return }
        if plan.metrics.contains(where: { model.metric(named: $0)?.format == .days }) {
            cues.forEach { reading.use($0) }
            return
        }
        guard plan.metrics.count == 1, let counted = model.metric(named: plan.metrics[0]), let table = counted.table else { return }
        let durations = durationFields(on: table)
        guard durations.count == 1 else { return }
        let average = model.aggregateMetric("avg", of: durations[0])
        guard model.metric(named: average) != nil else { return }
        if let span = metricSpans[counted.name] { metricSpans[average] = span }
        metricSpans[counted.name] = nil
        plan.metrics = [average]
        cues.forEach { reading.use($0) }
    }

    /// Records or a record's details that show a duration field ("how long is the lead time of
    /// Shantou Toy Factory") answer the cue too; records with exactly one duration field show it
    /// when asked how long they take ("how long does Shantou Toy Factory take").
    mutating func useDurationCueForFields() {
        let cues = reading.all { reading.has($0, .duration) && !reading.isUsed($0) }
        guard !cues.isEmpty else { return }
        let shown = plan.fields + plan.dimensions
        if shown.contains(where: { model.dimension(named: $0)?.format == .days })
            || plan.metrics.contains(where: { model.metric(named: $0)?.format == .days }) {
            cues.forEach { reading.use($0) }
            return
        }
        guard plan.kind == .records || plan.kind == .lookup, let subject = plan.subject,
              let table = navigator.table(ofEntity: subject) else { return }
        let durations = durationFields(on: table)
        guard durations.count == 1 else { return }
        plan.fields.append(durations[0])
        cues.forEach { reading.use($0) }
    }

    /// The fields counted in days that live on `table` itself.
    private func durationFields(on table: String) -> [String] {
        navigator.ownFields(on: table, format: .days).map(\.name)
    }
}
