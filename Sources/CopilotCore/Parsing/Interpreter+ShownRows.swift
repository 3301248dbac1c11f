/// Follow-ups that keep what the previous answer showed: the one row a ranking found when its
/// figures are regrouped ("split that by carrier"), the rows pointed at kept apart in a new
/// breakdown ("split those by carrier"), a price word ranking the money shown ("which one is
/// priciest?") and people dated by when they joined staying that cohort ("what did they spend?").
extension Interpreter {
    /// `plan` regrouped from a one-row ranking ("split that by carrier", "break it down by
    /// month"), narrowed to the row the ranking found.
    func pinnedWinner(of previous: QueryPlan, in plan: QueryPlan, reading: Reading, result: QueryResult?) -> QueryPlan? {
        let words = Set(reading.tagged.words)
        guard previous.limit == 1, previous.dimensions.count == 1, let field = previous.dimensions.first, plan.kind == .metric,
              !plan.dimensions.contains(field) && (!plan.dimensions.isEmpty || plan.grain != nil),
              regroups(reading), !words.isDisjoint(with: ["split", "break", "that", "it", "its", "this"]),
              !plan.filters.contains(where: { $0.dimension == field }), let result, result.rows.count == 1 else { return nil }
        var pinned = plan
        if let winner = Self.winner(of: previous, result: result, navigator: navigator) {
            guard !pinned.entities.contains(where: { $0.entity == winner.entity }) else { return nil }
            pinned.entities.append(winner)
        } else if let column = result.columns.firstIndex(of: SQLExpression.alias(field)), case .text(let value) = result.rows[0][column] {
            pinned.filters.append(QueryPlan.Filter(dimension: field, values: [value], negated: false))
        } else {
            return nil
        }
        pinned.limit = nil
        pinned.keepTies = false
        // The order that found the weakest row ranks nothing now.
        if previous.ascending, pinned.ascending, !words.contains("first") { pinned.ascending = false }
        return pinned
    }

    /// "which one is priciest?" after the average shipping cost per carrier: a price word the rows
    /// shown have no field for ranks the money they show.
    func rankByShownMoney(_ reading: inout Reading, previous: QueryPlan, result: QueryResult?) {
        guard previous.kind == .metric, previous.grain == nil, !previous.dimensions.isEmpty, (result?.rows.count ?? 0) >= 2,
              let metric = previous.metrics.first.flatMap(model.metric(named:)), metric.format == .currency,
              let table = navigator.table(ofMetric: metric.name) else { return }
        for index in reading.indices {
            guard let adjective = reading.adjective(index), reading.superlative(index) == nil,
                  model.dimension(named: adjective.field)?.format == .currency, !navigator.reaches(adjective.field, from: table),
                  reading.nextContent(index).map({ reading.entities($0).isEmpty && reading.fields($0).isEmpty }) ?? true else { continue }
            reading.replace(index, with: [.grammar(.superlative(highest: adjective.high, quality: false))])
        }
    }

    /// "what did they spend?" after the customers who signed up in 2024: those customers stay the
    /// ones dated by their own event, whatever period the new figure is dated in.
    func keepCohort(of previous: QueryPlan, in plan: inout QueryPlan) {
        guard previous.kind == .metric, plan.kind == .metric, let period = previous.period, previous.comparePeriod == nil,
              let counted = previous.metrics.first.flatMap(model.metric(named:)),
              let entity = counted.counts ?? (counted.expression == "COUNT(*)" ? counted.table.flatMap(navigator.entity(onTable:)) : nil),
              // People dated by when they joined; not records dated by their own event (returns).
              model.entity(named: entity)?.person == true,
              let time = counted.timeColumn, let table = navigator.table(ofEntity: entity), counted.table == table,
              let field = model.dimensions.first(where: { $0.fieldType == .date && $0.expressions == [time] })?.name,
              !plan.metrics.isEmpty, !plan.metrics.contains(counted.name),
              plan.metrics.allSatisfy({ model.metric(named: $0)?.timeColumn != time && navigator.metric($0, reaches: entity) }),
              !plan.conditions.contains(where: { $0.field == field }) else { return }
        plan.conditions += [Condition(field: field, op: .greaterOrEqual, values: [.date(period.start)]),
                            Condition(field: field, op: .less, values: [.date(period.end)])]
    }

    /// "split those by carrier" after two tied warehouses: each of them, by carrier — the rows
    /// pointed at stay apart in a new breakdown.
    func keepEachRow(of field: String, in plan: inout QueryPlan) {
        guard plan.kind == .metric, !plan.dimensions.contains(field),
              plan.filters.contains(where: { $0.dimension == field && $0.values.count >= 2 && !$0.negated })
                || plan.entities.filter({ navigator.displayField(of: $0.entity) == field }).count >= 2 else { return }
        plan.dimensions.insert(field, at: 0)
    }

    /// "what share of all physical shop revenue that quarter is that?": the figure just given is the
    /// part — what narrowed it (its filters, the record it was pinned to) — and `whole` what it is a
    /// share of. False, with `plan` unchanged, when nothing narrowed the figure before.
    static func sharePinnedFigure(of previous: QueryPlan, in plan: inout QueryPlan, whole: [QueryPlan.Filter],
                                  navigator: SchemaNavigator) -> Bool {
        let part = pinnedPart(of: previous, apartFrom: whole, navigator: navigator)
        guard !part.isEmpty else { return false }
        plan.entities.removeAll { pinned in previous.entities.contains(pinned) }
        plan.shareFilters = part
        plan.filters = whole
        plan.share = false
        return true
    }

    /// What narrowed the previous figure to one part, apart from the fields of `whole`: its
    /// filters, and a record it was pinned to, said by the record's name ("store is Paris Rivoli").
    private static func pinnedPart(of previous: QueryPlan, apartFrom whole: [QueryPlan.Filter], navigator: SchemaNavigator) -> [QueryPlan.Filter] {
        let fields = Set(whole.map(\.dimension))
        var part = previous.filters.filter { !fields.contains($0.dimension) }
        for pinned in previous.entities {
            guard let name = pinned.name, let field = navigator.displayField(of: pinned.entity), !fields.contains(field) else { continue }
            if let at = part.firstIndex(where: { $0.dimension == field && !$0.negated }) {
                part[at].values.append(name)
            } else {
                part.append(.init(dimension: field, values: [name]))
            }
        }
        return part
    }
}
