/// Numbers compared with what they measure: "priced above 100", "more than 5 orders", "delivered in
/// more than 5 days", "$24.50 an hour" — a field of each record, a metric per group, or another field.
extension PlanBuilder {
    /// Comparisons: on a field of each row ("priced above 1500", "a total above $2,000"), or on a
    /// metric per group ("more than 65 orders", "revenue above $300k") when the plan groups.
    mutating func applyComparisons(grouped: Bool) {
        for index in reading.indices where !reading.isUsed(index) {
            guard var op = reading.comparator(index) else { continue }
            if negated.contains(index) { op = op.negated ?? op }
            let postfix = ["or more", "or less", "or fewer", "+", "or above", "and above", "and up", "or higher", "or below", "or under",
                           "or lower", "and below", "plus", "or later", "and later", "or after", "onwards", "or newer", "or earlier",
                           "and earlier", "or before", "or older"].contains(reading.spans[index].text.lowercased())
            var numbers: [Int] = []
            if postfix, let before = reading.previousContent(index) {
                if reading.number(before) != nil {
                    numbers = [before]
                } else if !reading.metrics(before).isEmpty || !reading.entities(before).isEmpty,
                          let number = reading.previousContent(before), reading.number(number) != nil {
                    // "with 5 orders or more": the counted noun between the number and its comparator.
                    numbers = [number]
                }
            } else if let after = reading.nextContent(index), reading.number(after) != nil {
                numbers = [after]
                if op == .between, let joiner = reading.nextContent(after), reading.has(joiner, .conjunction(and: true)) || reading.spans[joiner].text.lowercased() == "to",
                   let second = reading.nextContent(joiner), reading.number(second) != nil {
                    numbers.append(second)
                    reading.use(joiner)
                }
            }
            if numbers.isEmpty {
                if fieldComparison(at: index, op: op) { reading.use(index) }
                continue
            }
            // "a unit cost above 85% of their list price": a percentage of another field compares two
            // fields, which no condition here says; left unread, so it is asked back.
            if reading.number(numbers[0])?.unit == .percent, numbers[0] + 1 < reading.spans.count,
               reading.words(numbers[0] + 1).first == "of" {
                var next = numbers[0] + 1
                while next < reading.spans.count, reading.spans[next].isFunction || reading.has(next, .reference) || reading.has(next, .possessive) { next += 1 }
                if next < reading.spans.count, !reading.fields(next).isEmpty, reading.metrics(next).isEmpty { continue }
            }
            guard let target = comparisonTarget(comparator: index, numbers: numbers, grouped: grouped) else { continue }
            if reading.number(numbers[0])?.unit == .currency, let unit = perUnit(after: numbers[numbers.count - 1]) { reading.use(unit) }
            // "averaging under 3.5 stars": the average cue is the comparison's own.
            if let before = reading.previousContent(index), reading.has(before, .average) { reading.use(before) }
            apply(target, op: op, numbers: numbers)
            reading.use(index)
            numbers.forEach { reading.use($0) }
        }
        applyBareRanges(grouped: grouped)
        applyNumbersInAFieldsUnit()
    }

    /// "1-star reviews", "5 star reviews": a number in the unit of one field, said before the
    /// records, is that field's value.
    private mutating func applyNumbersInAFieldsUnit() {
        for index in reading.indices where !reading.isUsed(index) {
            guard let number = reading.number(index), case .unit(let unit) = number.unit,
                  reading.previousContent(index).map({ reading.comparator($0) == nil }) ?? true,
                  let next = reading.nextContent(index), !reading.entities(next).isEmpty || !reading.metrics(next).isEmpty else { continue }
            let fields = model.dimensions.filter { $0.unit == unit && $0.fieldType == .number }
            guard fields.count == 1 else { continue }
            plan.conditions.append(Condition(field: fields[0].name, op: .equal, values: [.number(number.value)]))
            reading.use(index)
        }
    }

    /// "a lead time of 10 to 20 days": two numbers joined by "to", with no comparator before
    /// them, are a range.
    private mutating func applyBareRanges(grouped: Bool) {
        for index in reading.indices where reading.spans[index].text.lowercased() == "to" {
            guard let low = reading.previousContent(index), let high = reading.nextContent(index), !reading.isUsed(low), !reading.isUsed(high),
                  let lowNumber = reading.number(low), let highNumber = reading.number(high), lowNumber.value < highNumber.value,
                  reading.previousContent(low).map({ reading.comparator($0) == nil }) ?? true,
                  let target = comparisonTarget(comparator: index, numbers: [low, high], grouped: grouped),
                  // Only a field's own range: "orders with 3 to 5 items" is no count between 3 and 5.
                  case .field = target else { continue }
            apply(target, op: .between, numbers: [low, high])
            [index, low, high].forEach { reading.use($0) }
        }
    }

    /// A comparison's condition on what it compares: a field of each row, or a metric per group.
    private mutating func apply(_ target: ComparisonTarget, op: ComparisonOperator, numbers: [Int]) {
        let values = numbers.map { reading.number($0)! }
        switch target {
        case .field(let field, let used):
            let isDate = model.dimension(named: field)?.fieldType == .date
            plan.conditions.append(Condition(field: field, op: op, values: values.map { isDate ? .date(String(Int($0.value))) : .number($0.value) }))
            used.forEach { reading.use($0) }
            // "more than $24.50 an hour": the hour said what the money is per, no hourly breakdown.
            if let grain = plan.grain, used.contains(where: { reading.grain($0) == grain }) { plan.grain = nil }
        case .metric(var metric, let used):
            // "took more than $7,000 in orders": money compared is the orders' amount, not their count.
            if values.contains(where: { $0.unit == .currency }), model.metric(named: metric)?.format == .count,
               let money = moneyMetric(besides: metric) {
                if let position = plan.metrics.firstIndex(of: metric) { plan.metrics[position] = money }
                metric = money
            }
            let percent = model.metric(named: metric)?.format == .percent
            plan.having.append(MetricCondition(metric: metric, op: op, values: values.map { number in
                percent && (number.unit == .percent || number.value > 1) ? number.value / 100 : number.value
            }))
            if !plan.metrics.contains(metric) { plan.metrics.append(metric) }
            used.forEach { reading.use($0) }
        }
    }

    /// The amount summed over the records a count metric counts: their revenue when the model
    /// says which that is, else their first summed amount.
    private func moneyMetric(besides count: String) -> String? {
        guard let table = model.metric(named: count)?.table else { return nil }
        let amounts = model.metrics.filter { $0.table == table && $0.format == .currency && $0.expression?.hasPrefix("SUM(") == true }
        return (amounts.first { $0.synonyms.contains("revenue") || $0.name == "revenue" } ?? amounts.first)?.name
    }

    enum ComparisonTarget {
        case field(String, used: [Int])
        case metric(String, used: [Int])
    }

    /// What a comparison compares: the metric, entity or field right after its number ("more than
    /// 65 orders"), else the one right before the comparison ("lead time under 10 days"), else a
    /// field whose unit the number carries ("under 10 days").
    private func comparisonTarget(comparator: Int, numbers: [Int], grouped: Bool) -> ComparisonTarget? {
        let averaged = reading.previousContent(comparator).map { reading.has($0, .average) } ?? false
        // "orders over $2000 placed on 28 nov": an amount of money is never a date.
        let money = reading.number(numbers[0])?.unit == .currency
        // "returned more than once": a count of times is no date either.
        let dateless = money || reading.number(numbers[0])?.unit == .unit("times")
        func target(_ index: Int) -> ComparisonTarget? {
            guard !reading.isUsed(index) || !reading.metrics(index).isEmpty || index == rowAmountSpan else { return nil }
            // "more than 6 refunded returns": a value before the counted noun, not the refunded amount.
            if grouped, !reading.values(index).isEmpty, reading.entities(index).isEmpty,
               !reading.metrics(index).contains(where: { model.metric(named: $0)?.format == .count }),
               index + 1 < reading.spans.count, reading.values(index + 1).isEmpty,
               let entity = reading.entities(index + 1).first, let count = navigator.countMetric(of: entity) {
                return .metric(count, used: [index + 1])
            }
            // "five or more completed purchases": a value before a count said by its noun.
            if grouped, !reading.values(index).isEmpty, reading.entities(index).isEmpty, reading.metrics(index).isEmpty,
               index + 1 < reading.spans.count, reading.values(index + 1).isEmpty,
               let count = reading.metrics(index + 1).first(where: { model.metric(named: $0)?.format == .count }) {
                return .metric(count, used: [index + 1])
            }
            if let field = fieldChoice(index), let type = model.dimension(named: field)?.fieldType,
               type == .number || (type == .date && !dateless) {
                if averaged { return .metric(model.aggregateMetric("avg", of: field), used: [index]) }
                if !grouped || reading.metrics(index).isEmpty { return .field(field, used: [index]) }
                // "how many stock lines have 50 or more units on hand": a number of the counted
                // rows themselves picks rows; it is no total per group.
                // "how many 2025 orders got a discount bigger than $50": the counted orders' own discount.
                if plan.dimensions.isEmpty, let counted = subjectEntity ?? plan.metrics.compactMap({ navigator.countedEntity(of: $0) }).first,
                   let table = navigator.table(ofEntity: counted),
                   navigator.distance(field, from: table) == 0 {
                    return .field(field, used: [index])
                }
            }
            if let table = baseTable, let field = unitField(index, of: table, sameRow: !grouped) {
                // "lines with 10 or more units"; "averaging under 3.5 stars"
                if averaged { return .metric(model.aggregateMetric("avg", of: field), used: [index]) }
                if !grouped { return .field(field, used: [index]) }
            }
            if let metric = reading.metrics(index).first, grouped || reading.fields(index).isEmpty { return .metric(metric, used: [index]) }
            if let entity = reading.entities(index).first, let count = navigator.countMetric(of: entity), grouped { return .metric(count, used: [index]) }
            if let (field, _) = reading.adjective(index) { return .field(field, used: [index]) }
            return nil
        }
        // "10 or more units": the target follows the postfix comparator.
        let last = max(numbers[numbers.count - 1], comparator)
        // "cost us more than $500 a unit": "a unit" after an amount says what it is per, no target.
        // "over $500k of revenue": past the "of" that joins the amount to what it measures.
        var after = reading.nextContent(last)
        if let joiner = after, reading.spans[joiner].text.lowercased() == "of", reading.has(joiner, .possessive) { after = reading.nextContent(joiner) }
        // "under 3.7 stars on reviews": a number in a field's unit is no count of the records after it.
        var unitNamesField = false
        if let number = reading.number(numbers[0]), case .unit(let unit) = number.unit { unitNamesField = model.dimensions.contains { $0.unit == unit } }
        // "refunds above $1,500 on orders placed in Q4": the noun after only dates the rows.
        if !money || perUnit(after: last) == nil, let after, !isDatedAfter(after), let found = target(after) {
            // A count of records, not a sum of units ("24 units on hand" is stock, a sum).
            if case .metric(let name, _) = found, unitNamesField, model.metric(named: name)?.format == .count,
               navigator.countedEntity(of: name) != nil {} else { return found }
        }
        // "ordered 25 times or more": before a postfix comparator's number, not the number itself.
        // "5 orders or more": the noun between the number and its postfix comparator.
        if numbers[0] < comparator, let between = reading.nextContent(numbers[0]), between < comparator, let found = target(between) { return found }
        var before = reading.previousContent(min(comparator, numbers[0]))
        // "a lead time of 10 to 20 days": past the "of" that joins a field to its amount.
        // "orders in aug 2025 were under $20": past the period that dates them.
        while let look = before, (reading.has(look, .linking) && !reading.isSchema(look)) || reading.has(look, .average)
                || reading.spans[look].text.lowercased() == "of" && reading.has(look, .possessive)
                || reading.period(look) != nil && reading.previousContent(look).map({ !reading.entities($0).isEmpty }) == true {
            before = reading.previousContent(look)
        }
        let found = before.flatMap(target)
        // "products averaging under 3.5 stars": a number with a unit is not a count of records.
        var counts = false
        var countedTable: String?
        if case .metric(let metric, _) = found, let counted = model.metric(named: metric)?.counts {
            counts = true
            countedTable = navigator.table(ofEntity: counted)
        }
        // "earn more than $24.50 an hour", "paid over $60k a year": the money field paid per that time.
        if money, let (rate, words) = timeRate(after: last) {
            let fields = model.dimensions.filter { field in
                field.format == .currency && !Set((field.label ?? field.name).lowercased().split(separator: " ").map(String.init)).isDisjoint(with: words)
            }.map(\.name)
            if let field = navigator.closest(fields, from: baseTable) ?? (fields.count == 1 ? fields.first : nil) {
                return .field(field, used: [rate])
            }
        }
        // "orders over $3,000", "products that sell for more than $50": an amount of money compares
        // the records' own money (their total, their price), not their count.
        // "how many refunds were bigger than $300": the counted rows' own money first.
        if money, !averaged, plan.dimensions.isEmpty, let first = plan.metrics.first, first.hasPrefix("rows:"),
           let table = model.metric(named: first)?.table, let field = moneyField(on: table) {
            return .field(field, used: [])
        }
        let moneyTable = counts ? countedTable : (found == nil && !grouped ? baseTable : nil)
        if money, let table = moneyTable, let field = moneyField(on: table) {
            return averaged ? .metric(model.aggregateMetric("avg", of: field), used: []) : .field(field, used: [])
        }
        // "which brands shifted more than 7,000 units": the unit is the measure's own name.
        if found == nil, grouped, let number = reading.number(numbers[0]), case .unit(let unit) = number.unit,
           let measure = model.metrics.first(where: { $0.format != .currency && ($0.synonyms.contains(unit) || $0.label == unit) }) {
            return .metric(measure.name, used: [])
        }
        if found == nil || counts, let number = reading.number(numbers[0]), case .unit(let unit) = number.unit {
            // "under 10 days": the field whose unit the number carries.
            let fields = model.dimensions.filter { $0.unit == unit }.map(\.name)
            // "suppliers whose products average below 4 stars": the one field in stars, even on rows
            // the counted records own rather than point at.
            if let field = navigator.closest(fields, from: baseTable) ?? (averaged && fields.count == 1 ? fields.first : nil) {
                return averaged ? .metric(model.aggregateMetric("avg", of: field), used: []) : .field(field, used: [])
            }
        }
        return found
    }

    /// "an hour", "per year", "annually" right after an amount: the span and the words of the
    /// fields paid per that time.
    private func timeRate(after index: Int) -> (Int, Set<String>)? {
        guard let after = reading.nextContent(index) else { return nil }
        let words = reading.words(after).joined(separator: " ")
        switch words {
        case "an hour", "a hour", "per hour", "hourly", "an hr", "per hr", "hour", "hr": return (after, ["hourly", "hour", "hr"])
        case "a year", "per year", "annually", "per annum", "a yr", "yearly", "year": return (after, ["annual", "yearly", "salary", "year"])
        default: return nil
        }
    }

    /// "a unit", "per item" right after an amount: what the amount is per.
    private func perUnit(after index: Int) -> Int? {
        guard let after = reading.nextContent(index), after > 0, ["unit", "item", "piece"].contains(reading.words(after).last ?? ""),
              ["a", "an", "per", "each"].contains(reading.words(after - 1).last ?? "") else { return nil }
        return after
    }

    /// The money field of a table's own rows: its only one, or the one that is its total.
    func moneyField(on table: String) -> String? {
        let own = navigator.ownFields(on: table, format: .currency)
        if own.count == 1 { return own[0].name }
        let totals = own.filter { field in
            (field.label ?? field.name).lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).contains("total")
        }
        if totals.count == 1 { return totals[0].name }
        // A product's price and cost: "sell for more than $50" is the price "expensive" ranks by.
        let priced = own.filter { $0.adjectives != nil }
        return priced.count == 1 ? priced[0].name : nil
    }

    /// "reserved is higher than on hand": a field compared with another field of the same row.
    private mutating func fieldComparison(at index: Int, op: ComparisonOperator) -> Bool {
        guard let before = reading.previousContent(index), let after = reading.nextContent(index),
              let left = fieldChoice(before), let right = fieldChoice(after) else { return false }
        plan.conditions.append(Condition(field: left, op: op, values: [.field(right)]))
        reading.use(before)
        reading.use(after)
        return true
    }
}
