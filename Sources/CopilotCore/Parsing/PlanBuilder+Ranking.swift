/// Rankings, shares and movements of a metric plan.
extension PlanBuilder {
    /// "top 5 products by sales", "which customer placed the most orders" (one, ties kept),
    /// "the worst rated products" (ascending for a rating, descending for a cancellation rate).
    mutating func applyRanking(head: Int?) {
        var direction: (highest: Bool, quality: Bool)?
        var ranked: String?
        var limit: Int?
        var position: Int?
        for index in reading.indices where !reading.isUsed(index) || !reading.metrics(index).isEmpty {
            guard let superlative = reading.superlative(index) else { continue }
            direction = direction ?? superlative
            position = position ?? index
            reading.use(index)
            if let metric = reading.metrics(index).first(where: plan.metrics.contains) { ranked = ranked ?? metric }
            if let next = reading.nextContent(index) {
                if let metric = reading.metrics(next).first(where: plan.metrics.contains) ?? reading.spans[next].meanings.compactMap({ meaning -> String? in
                    if case .metric(let name) = meaning, plan.metrics.contains(name) { return name }
                    return nil
                }).first {
                    ranked = ranked ?? metric
                }
                if limit == nil, let number = reading.number(next), number.unit == .plain, let value = Self.count(number.value) {
                    limit = value
                    reading.use(next)
                }
            }
            if limit == nil, let previous = reading.previousContent(index), let number = reading.number(previous), number.unit == .plain,
               !reading.isUsed(previous), let value = Self.count(number.value) {
                limit = value
                reading.use(previous)
            }
        }
        guard let direction else { return }
        // "ten biggest customers", "give me 5": a lone small number left is how many.
        if limit == nil, let index = reading.first(where: { !reading.isUsed($0) && reading.number($0)?.unit == .plain && !countsPeriods($0) }),
           let value = reading.number(index).flatMap({ Self.count($0.value) }) {
            limit = value
            reading.use(index)
        }
        // "best-selling products by revenue": the measure said after "by" ranks, not the one the
        // superlative implies, which was never asked for.
        if let implied = ranked, metricSpans[implied].map({ reading.superlative($0) != nil }) == true,
           let explicit = explicitRankingMetric(besides: implied) {
            plan.metrics.removeAll { $0 == implied }
            metricSpans[implied] = nil
            ranked = explicit
        }
        if let ranked, let position = plan.metrics.firstIndex(of: ranked), position > 0 {
            plan.metrics.remove(at: position)
            plan.metrics.insert(ranked, at: 0)
        }
        if plan.dimensions.isEmpty && plan.grain == nil, let metric = plan.metrics.first.flatMap(model.metric(named:)),
           let listBy = metric.listBy {
            plan.dimensions = [listBy]  // "best sellers last month": rank what the metric lists by
        }
        let worseIsHigher = (plan.metrics.first ?? previousMetric).flatMap(model.metric(named:))?.higherIsWorse == true
        plan.ascending = direction.quality ? (direction.highest == worseIsHigher) : !direction.highest
        // "which day had the most orders": the noun right after "which" says how many are asked for.
        // "biggest sales day of 2025": a grain word names the one period asked for.
        let grainNoun = plan.grain == nil ? nil : reading.first { index in
            reading.grain(index) != nil && !reading.has(index, .grouping) && (index == 0 || !reading.has(index - 1, .grouping))
                && !["by", "per", "each", "every", "a", "an"].contains(reading.words(index).first ?? "")
        }
        let pointedOne = rankPreviousRows()
        let asked = position.flatMap(rankedNoun) ?? askedNoun ?? grainNoun ?? commonestSpan() ?? reading.first(where: isRankedNoun)
        let singular = pointedOne ?? asked.map { !reading.isPlural($0) } ?? head.map { !reading.isPlural($0) } ?? true
            || reading.indices.contains { reading.question($0) == .who } || asksOneOfMany
        plan.limit = limit ?? (singular ? 1 : 10)
        if limit == nil && singular { plan.keepTies = true }
    }

    /// The metric said after "by" ("products by revenue"), other than `implied`.
    private func explicitRankingMetric(besides implied: String) -> String? {
        for by in reading.indices where reading.spans[by].text.lowercased() == "by" {
            guard let next = reading.nextContent(by) else { continue }
            if let metric = reading.metrics(next).first(where: { plan.metrics.contains($0) && $0 != implied }) { return metric }
        }
        return nil
    }

    /// "which one had the most orders?" with nothing to group by: the previous answer's rows,
    /// ranked — its groups, or the records it listed — narrowed as they were. Returns whether one
    /// row is asked for ("which one", not "which of them"), or nil when the rows are not the previous.
    private mutating func rankPreviousRows() -> Bool? {
        guard plan.dimensions.isEmpty, plan.grain == nil, askedNoun == nil, let previous = context.previousPlan,
              reading.indices.contains(where: { reading.question($0) == .which }),
              let pointer = reading.indices.first(where: { Self.pointers.contains(reading.spans[$0].text.lowercased()) || reading.has($0, .reference) })
        else { return nil }
        switch previous.kind {
        case .metric where !previous.dimensions.isEmpty:
            plan.dimensions = previous.dimensions
        case .records, .list:
            guard let field = previous.subject.flatMap(navigator.displayField(of:)) else { return nil }
            plan.dimensions = [field]
        default:
            return nil
        }
        let one = ["one", "which one", "it"].contains(reading.spans[pointer].text.lowercased())
        guard let table = plan.metrics.first.flatMap(navigator.table(ofMetric:)) else { return one }
        for filter in previous.filters where !plan.filters.contains(where: { $0.dimension == filter.dimension })
            && navigator.reaches(filter.dimension, from: table) {
            plan.filters.append(filter)
        }
        return one
    }

    private static let pointers: Set<String> = ["one", "ones", "those", "them", "these", "which one", "which ones"]

    /// "which of our stores sold the least": one picked from many, whatever the noun's number.
    private var asksOneOfMany: Bool {
        reading.indices.contains { index in
            guard reading.question(index) == .which, ["which", "which one"].contains(reading.spans[index].text.lowercased()),
                  index + 1 < reading.spans.count else { return false }
            return reading.spans[index + 1].text.lowercased().split(separator: " ").first == "of"
        }
    }

    /// The noun a superlative qualifies through "with" or "having": "the product with the most
    /// returns" ranks one product, "products having the most reviews" several.
    private func rankedNoun(_ superlative: Int) -> Int? {
        var look = superlative - 1
        var linked = false
        while look >= 0 {
            let words = reading.words(look)
            if Self.rankLinks.contains(words.joined(separator: " ")) {
                linked = true
            } else if !reading.spans[look].isFunction {
                break
            }
            look -= 1
        }
        guard linked, look >= 0, reading.values(look).isEmpty, !reading.entities(look).isEmpty else { return nil }
        return look
    }

    private static let rankLinks: Set<String> = ["with", "having", "has", "had", "have", "that", "which", "who"]

    /// A ranking count: a whole number from 1 to 1,000.
    static func count(_ value: Double) -> Int? {
        value == value.rounded() && value >= 1 && value <= 1_000 ? Int(value) : nil
    }

    /// "what share of revenue comes from marketplaces": the values after the share word define the
    /// part; with a breakdown, each group's share of the total.
    mutating func applyShare() {
        guard let index = reading.first(where: { reading.has($0, .share) && !reading.isUsed($0) }) else { return }
        // "how much did orders grow from 2023 to 2024, in %": the change's own percentage.
        // "what share did electronics have, 2025 vs 2024" still compares shares.
        let percentWord = ["%", "percent", "percentage", "pct", "in %", "in percent"].contains(reading.spans[index].text.lowercased())
        if percentWord, movementSign != nil || periods.count >= 2 && reading.indices.contains(where: { reading.has($0, .comparison) }) {
            for other in reading.indices where reading.has(other, .share) { reading.use(other) }
            return
        }
        // "how much of our sales came from Europe, in %": one share, said twice.
        for other in reading.indices where reading.has(other, .share) { reading.use(other) }
        // "as a share of the total", "% of total refunds": the total is the share's whole, not a sum.
        var whole = index + 1
        while whole < reading.spans.count, reading.spans[whole].isFunction || reading.has(whole, .possessive) { whole += 1 }
        if whole < reading.spans.count, reading.has(whole, .total) { reading.use(whole) }
        // "on-time %", "margin %": the rate itself, already a percentage.
        if plan.metrics.count == 1, model.metric(named: plan.metrics[0])?.format == .percent { return }
        if let before = reading.previousContent(index), plan.metrics.contains(where: { metricSpans[$0] == before && model.metric(named: $0)?.format == .percent }) {
            return
        }

        // "what share of retail orders were paid in cash": values before the measured noun say
        // which rows are counted, values after it say which part.
        // The measured noun's first mention after the share word: "web orders … leave out cancelled
        // orders" is anchored on the first.
        let firstMention = plan.metrics.first.flatMap { metric in
            reading.indices.first { $0 > index && (reading.metrics($0).contains(metric) || metricSpans[metric] == $0
                || navigator.countedEntity(of: metric).map(reading.entities($0).contains) == true) }
        }
        let anchor = firstMention ?? plan.metrics.first.flatMap { metricSpans[$0] }.map { max($0, index) } ?? index
        var parts = plan.filters.filter { (filterPositions[$0.dimension] ?? -1) > anchor }
        // "what share of all european retail revenue was it?" after Paris Rivoli: the record named
        // after the measure is the part, by its name (not for people, whose names repeat).
        if parts.isEmpty, plan.dimensions.isEmpty {
            for position in reading.indices where position > anchor {
                for record in reading.records(position) {
                    guard let name = record.name, model.entity(named: record.entity)?.person != true,
                          let field = navigator.displayField(of: record.entity),
                          plan.entities.contains(where: { $0.entity == record.entity && $0.id == record.id }) else { continue }
                    plan.entities.removeAll { $0.entity == record.entity && $0.id == record.id }
                    let part = QueryPlan.Filter(dimension: field, values: [name])
                    plan.filters.append(part)
                    parts.append(part)
                }
            }
        }
        if parts.isEmpty {
            parts = plan.filters.filter { (filterPositions[$0.dimension] ?? -1) > index || (filterPositions[$0.dimension] ?? -1) < index && plan.dimensions.isEmpty }
        }
        // "what percent of our customers are businesses? leave out deleted ones": what is left out
        // is left out of the whole too; a part said only by what it is not ("not paid by card") stays.
        // ("used a discount code", a field that is set, is said by what it is).
        func excludes(_ filter: QueryPlan.Filter) -> Bool { filter.negated && !filter.values.isEmpty }
        if parts.contains(where: { !excludes($0) }) { parts.removeAll(where: excludes) }
        // "… shipped outside the US? Cancelled orders excluded": what is said to be left out is
        // left out of the whole; a part may still be said by what it is not ("outside the US").
        let leftOut = parts.filter { filter in
            guard excludes(filter), let position = filterPositions[filter.dimension] else { return false }
            return [position - 2, position - 1, position + 1, position + 2].contains { look in
                reading.spans.indices.contains(look) && Self.leavingOut.contains(reading.spans[look].text.lowercased())
            }
        }
        if leftOut.count < parts.count { parts.removeAll(where: leftOut.contains) }
        // "what percentage of 2025 print jobs were rush jobs? leave out cancelled ones": the noun
        // said again after the part moved the anchor past it; what is left out still is no part.
        if !parts.isEmpty, parts.allSatisfy(excludes) {
            let positive = plan.filters.filter { !excludes($0) && (filterPositions[$0.dimension] ?? -1) > max(index, firstMention ?? index) }
            if !positive.isEmpty { parts = positive }
        }
        // "gross margin by category as a percentage": the margin rate; "what share of margin came
        // from corporate customers" stays a share.
        let percentage = !reading.spans[index].text.lowercased().contains("share")
        if percentage, parts.isEmpty || !plan.dimensions.isEmpty, plan.metrics.count == 1, let rate = model.rate(of: plan.metrics[0]) {
            plan.metrics = [rate]
            return
        }
        // "what share … do those 3 make up?": the rows pointed at are one part together, not a
        // breakdown of them.
        let partFields = Set(parts.filter { !$0.negated }.map(\.dimension))
        if parts.count > 1, partFields.count == 1, let field = partFields.first, plan.dimensions == [field] {
            plan.dimensions = []
            plan.limit = nil
            plan.keepTies = false
        }
        if !parts.isEmpty && plan.dimensions.isEmpty {
            plan.filters.removeAll { parts.contains($0) }
            plan.shareFilters = QueryPlan.Filter.oneForEachField(parts)
        } else {
            plan.share = true
        }
    }

    /// Words that leave records out of everything counted, not out of a part of it.
    static let leavingOut: Set<String> = ["excluded", "excluding", "exclude", "leave out", "leaving out", "left out", "not counting",
                                          "ignore", "ignoring", "ignored", "don't count", "dont count", "do not count", "except",
                                          "skip", "skipping", "without counting", "aside from", "apart from", "not included"]

    /// "which category grew the most", "what fell fastest": groups ranked by their change against
    /// the previous period (this year against the last when no period is named).
    mutating func applyMovement(head: Int? = nil) {
        let movement = reading.indices.compactMap { index -> Int? in
            for case .movement(let sign) in reading.spans[index].roles where !reading.isUsed(index) { return sign }
            return nil
        }.first
        guard let sign = movement, plan.grain == nil else { return }
        // "how much did orders grow from 2023 to 2024": one figure's change between two periods.
        if plan.dimensions.isEmpty {
            guard periods.count >= 2 || context.previousPlan?.period != nil && periods.count == 1 else { return }
            for index in reading.indices where reading.spans[index].roles.contains(where: { if case .movement = $0 { return true }; return false }) {
                reading.use(index)
            }
            movementSign = sign
            return
        }
        for index in reading.indices where reading.spans[index].roles.contains(where: { if case .movement = $0 { return true }; return false }) {
            reading.use(index)
        }
        let relative = reading.indices.contains { reading.has($0, .relative) }
        for index in reading.indices where reading.has(index, .relative) { reading.use(index) }
        // In a conversation, the period talked about so far ("which category grew the most?" after
        // 2025 against 2024); else this year.
        if periods.isEmpty, plan.period == nil, let year = context.previousPlan?.period ?? Periods.year(containing: context.asOf) {
            periods.append((Int.max, year))
        }
        movementSign = sign
        // "which category grew the most", "the 5 fastest growing products": ranked by the change;
        // "revenue growth by category" only puts the periods side by side.
        let asksWhich = reading.indices.contains { reading.question($0) == .which || reading.question($0) == .who }
        guard plan.limit != nil || relative || asksWhich else { return }
        plan.rankByChange = relative ? .relative : .absolute
        // "between the two years": the two periods the change is between.
        for index in reading.indices where reading.number(index)?.unit == .plain && countsPeriods(index) && !reading.isUsed(index) {
            reading.use(index)
        }
        if plan.limit == nil, let index = reading.first(where: { !reading.isUsed($0) && reading.number($0)?.unit == .plain && !countsPeriods($0) }),
           let count = reading.number(index).flatMap({ Self.count($0.value) }) {
            plan.limit = count  // "the 5 fastest growing products"
            reading.use(index)
        }
        let asked = askedNoun
        if plan.limit == nil { plan.limit = asksWhich && !((asked ?? head).map(reading.isPlural) ?? false) ? 1 : 10 }
        let fewestFirst = plan.ascending
        plan.ascending = (sign < 0) != fewestFirst
    }

    /// "between the two years", "those three months": a number of periods, no number of rows.
    func countsPeriods(_ index: Int) -> Bool {
        index + 1 < reading.spans.count && TimeVocabulary.units[reading.spans[index + 1].text.lowercased()] != nil
    }
}
