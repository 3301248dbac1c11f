/// "How much" asked of a selling verb is money.
extension PlanBuilder {
    /// "how much did we sell", "how much did Paris Rivoli sell": an amount asked of a selling verb
    /// is money, not units ("how many did we sell"). The count-like metric the verb named gives way
    /// to the money metric over the same rows, when the model has one.
    mutating func preferMoneyForHowMuch() {
        guard let cue = reading.indices.first(where: { reading.spans[$0].text.lowercased() == "how much" }) else { return }
        for (position, metric) in plan.metrics.enumerated() {
            guard let verb = metricSpans[metric], let money = moneyOfVerb(metric, cue: cue, verb: verb),
                  !plan.metrics.contains(money) else { continue }
            plan.metrics[position] = money
            metricSpans[money] = verb
            metricSpans[metric] = nil
        }
    }

    private func moneyOfVerb(_ metric: String, cue: Int, verb: Int) -> String? {
        // "how much stock": right after the cue the word is a noun; "how much did we sell": a verb.
        guard reading.has(verb, .linking), verb > cue + 1,
              let counted = model.metric(named: metric), counted.format == .count, let table = counted.table else { return nil }
        return model.metrics.first { $0.format == .currency && $0.table == table && !$0.name.contains(":") }?.name
    }
}
