/// "How much" asked of a selling verb, spending, and sales ranked by size are money.
extension PlanBuilder {
    /// "how much did we sell", "how much did Paris Rivoli sell": an amount asked of a selling verb
    /// is money, not units ("how many did we sell"). The count-like metric the verb named gives way
    /// to the money metric over the same rows, when the model has one. "What did each category
    /// bring in on completed orders": the records after "on" or "from" say whose money it is.
    mutating func preferMoneyForHowMuch() {
        moneyOfThePreviousRecords()
        let whatDid = asksWhatDid
        guard let cue = reading.indices.first(where: { reading.spans[$0].text.lowercased() == "how much" || whatDid && reading.question($0) == .what })
        else { return }
        let verb = reading.indices.first { $0 > cue && earnVerb(at: $0) }
        // "how much did each make?": earning with no measure named is the sales amount.
        // The money the model calls revenue, else its first additive money.
        let earnings = model.metrics.filter { $0.format == .currency && $0.additive == true && !$0.name.contains(":") }
        if plan.metrics.isEmpty, let verb, let money = earnings.first(where: { $0.synonyms.contains("revenue") }) ?? earnings.first {
            plan.metrics = [money.name]
            metricSpans[money.name] = verb
            reading.use(verb)
            reading.use(cue)
            return
        }
        for (position, metric) in plan.metrics.enumerated() {
            guard let span = metricSpans[metric] else { continue }
            // "what did Amsterdam sell in 2025, in dollars?": the currency says the figure is money.
            let saysCurrency = reading.indices.contains { ["in dollars", "in pounds", "in euros", "in euro", "dollar value"].contains(reading.spans[$0].text.lowercased()) }
            var money = reading.spans[cue].text.lowercased() == "how much" || saysCurrency ? moneyOfVerb(metric, cue: cue, verb: span) : nil
            var earned: Int?
            // "what did completed sales bring in": the records doing the earning are its subject.
            if money == nil, let verb, span > verb && namesWhoseMoney(span) || whatDid && cue < span && span < verb {
                money = moneyOfRecords(metric)
                earned = verb
            }
            guard let money, !plan.metrics.contains(money) else { continue }
            plan.metrics[position] = money
            metricSpans[money] = span
            metricSpans[metric] = nil
            if let earned { reading.use(earned) }
        }
    }

    /// "how much money is that" after a count of refunded returns: the money those records carry
    /// (the refunds), not the shop's revenue, which the word "money" names on its own.
    private mutating func moneyOfThePreviousRecords() {
        guard let previous = context.previousPlan, plan.metrics.count == 1, let span = metricSpans[plan.metrics[0]],
              ["money", "cash", "value", "worth", "amount", "dollars", "how much money"].contains(reading.spans[span].text.lowercased()),
              let counted = previous.metrics.first.flatMap({ model.metric(named: $0) }), counted.format == .count,
              let table = counted.table, table != navigator.table(ofMetric: plan.metrics[0]), let own = theMoney(of: table)
        else { return }
        metricSpans[plan.metrics[0]] = nil
        plan.metrics = [own.name]
        metricSpans[own.name] = span
        reading.use(span, as: .metric(own.name))
    }

    /// "what did PayPal orders bring in": an amount earned, asked of records.
    var asksEarnings: Bool {
        (asksWhatDid || reading.indices.contains { reading.spans[$0].text.lowercased() == "how much" })
            && reading.indices.contains { earnVerb(at: $0) }
    }

    /// Verbs of earning: "how much did Lyon make / bring in".
    private static let earnVerbs: Set<String> = ["make", "made", "makes", "earn", "earned", "earns", "bring in", "brought in", "take in",
                                                 "took in", "generate", "generated", "gross", "grossed"]
    /// Verbs that earn with a particle after them: "bring in", "took in".
    private static let particleEarnVerbs: Set<String> = ["bring", "brings", "brought", "take", "took", "pull", "pulled", "rake", "raked"]

    private func earnVerb(at index: Int) -> Bool {
        let text = reading.spans[index].text.lowercased()
        if Self.earnVerbs.contains(text) { return true }
        return Self.particleEarnVerbs.contains(text) && index + 1 < reading.spans.count && reading.spans[index + 1].text.lowercased() == "in"
    }

    /// "… on completed orders", "… from treatment appointments": the records come after a
    /// preposition, values between, so they say whose money it is rather than what to count.
    private func namesWhoseMoney(_ span: Int) -> Bool {
        var look = span - 1
        // "leaving out voided and refunded sales": past the values and what joins them.
        while look > 0, !reading.values(look).isEmpty || reading.isConjunction(look) && look + 1 < span { look -= 1 }
        // "… counting completed sales only": the records whose money is counted.
        return look >= 0 && (["on", "from", "across", "counting", "only counting", "including"].contains(reading.spans[look].text.lowercased())
            || reading.has(look, .negation) && Self.leavingOut.contains(reading.spans[look].text.lowercased()))
    }

    /// The one additive money metric over the rows a count covers.
    private func moneyOfRecords(_ metric: String) -> String? {
        guard let counted = model.metric(named: metric), counted.format == .count, let table = counted.table else { return nil }
        return theMoney(of: table)?.name
    }

    /// The one additive money metric of a table's rows, or among several the one the model calls
    /// its revenue, or else the one that is the records' total (an order's total, not its
    /// discount, tax or fee).
    func theMoney(of table: String) -> SemanticModel.Metric? {
        let money = model.metrics.filter { $0.format == .currency && $0.table == table && $0.additive == true && !$0.name.contains(":") }
        if money.count == 1 { return money[0] }
        let revenue = money.filter { $0.synonyms.contains("revenue") }
        if revenue.count == 1 { return revenue[0] }
        let totals = money.filter { metric in
            let words = Set(metric.name.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() })
            return !words.isDisjoint(with: ["total", "amount", "value"]) && words.isDisjoint(with: Self.asideWords)
        }
        return revenue.isEmpty && totals.count == 1 ? totals[0] : nil
    }

    /// Money a record carries beside its total: what is added to or taken off it.
    private static let asideWords: Set<String> = ["tax", "vat", "gst", "fee", "fees", "discount", "discounts", "shipping", "postage",
                                                  "delivery", "tip", "tips", "deposit", "refund", "refunded", "cost", "costs", "commission"]

    private func moneyOfVerb(_ metric: String, cue: Int, verb: Int) -> String? {
        // "how much stock": right after the cue the word is a noun; "how much did we sell": a verb.
        guard reading.has(verb, .linking), verb > cue + 1,
              let counted = model.metric(named: metric), counted.format == .count, let table = counted.table else { return nil }
        return model.metrics.first { $0.format == .currency && $0.table == table && !$0.name.contains(":") }?.name
    }

    /// Verbs of taking money in, whatever particle follows: "took the most from", "made £500 on".
    private static let takingVerbs: Set<String> = ["take", "takes", "took", "taken", "make", "makes", "made", "earn", "earns", "earned",
                                                   "bring", "brings", "brought", "generate", "generated", "bring in", "brought in", "take in",
                                                   "took in", "made in"]

    /// Words saying the measure is money spent: "our biggest-spending customer", "top spenders".
    private static let spendWords: Set<String> = ["spend", "spent", "spending", "spender", "spenders"]
    /// Nouns that, ranked by size, are money: "best customer by paid sales", "top 3 centres for sales".
    private static let saleNouns: Set<String> = ["sales", "turnover", "takings"]
    /// Superlatives that count ("the most sales" is a number of sales).
    private static let countingSuperlatives: Set<String> = ["most", "the most", "fewest", "the fewest", "least", "the least", "more", "fewer"]

    /// Spending, and sales ranked by size, are money: the count a record noun names gives way to
    /// the money metric over the same rows, when the model has exactly that one.
    mutating func preferMoneyForSpending() {
        let spends = reading.indices.contains { Self.spendWords.contains(reading.spans[$0].text.lowercased()) }
        let ranks = reading.indices.contains { index in
            reading.superlative(index) != nil && !Self.countingSuperlatives.contains(reading.spans[index].text.lowercased())
        }
        for (position, metric) in plan.metrics.enumerated() {
            guard let counted = model.metric(named: metric), counted.format == .count, let table = counted.table else { continue }
            let money = theMoney(of: table).map { [$0] } ?? []
            guard money.count == 1, !plan.metrics.contains(money[0].name) else { continue }
            let rankedSales = ranks && metricSpans[metric].map { span in
                guard let noun = reading.words(span).last, Self.saleNouns.contains(noun) else { return false }
                var look = span - 1
                while look > 0, !reading.values(look).isEmpty { look -= 1 }
                // "by paid sales", "for sales", "the weakest completed sales".
                return look >= 0 && (["by", "for", "on", "in", "from"].contains(reading.spans[look].text.lowercased())
                    || reading.superlative(look) != nil && !Self.countingSuperlatives.contains(reading.spans[look].text.lowercased()))
            } == true
            // "which shop took the most from completed sales": what a verb of earning took from records is money.
            let earnedFrom = metricSpans[metric].map { span in
                namesWhoseMoney(span) && reading.indices.contains { $0 < span && Self.takingVerbs.contains(reading.spans[$0].text.lowercased()) }
            } == true
            guard spends || rankedSales || earnedFrom else { continue }
            plan.metrics[position] = money[0].name
            metricSpans[money[0].name] = metricSpans[metric]
            metricSpans[metric] = nil
        }
    }

    /// "how much did we spend on google ads": our own spending is a cost the data may not hold,
    /// not what customers spent with us. The word is left unread, so the question is asked back.
    mutating func leaveOurSpendingUnread() {
        for index in reading.indices where index > 0 && ["spend", "spent", "spending"].contains(reading.spans[index].text.lowercased()) {
            let before = reading.spans[index - 1].text.lowercased().split(separator: " ").last.map(String.init) ?? ""
            guard ["we", "i", "us", "ve"].contains(before) else { continue }
            reading.spans[index].meanings = []
            reading.require(index)
        }
    }
}
