/// Follow-ups that change the previous question rather than ask a new one: "and platinum?",
/// "only online", "split that by channel", "make that revenue", "how many of those were UPS?".
/// The question is read in the previous question's frame, and what it says is returned as a plan
/// of changes for ``FollowUp`` to lay over the previous plan.
extension PlanBuilder {
    /// The changes this question makes to `previous`, or nil when it says nothing that changes it.
    mutating func buildChanges(to previous: QueryPlan) -> QueryPlan? {
        dropValuesSpelledLikeTheirNoun()
        composeQualifiedFields()
        settleExamples()
        settleBreakDown()
        settleAdjectives()
        markNegations()
        collectTime()
        previousMetric = previous.metrics.first
        previousDimensions = previous.dimensions
        // The records the previous figures were about: what they listed or counted, else the rows
        // the metric is computed over ("how many of each were express" after the shipping cost).
        subjectEntity = previous.subject ?? previous.metrics.first.flatMap { model.metric(named: $0)?.counts }
            ?? previous.metrics.first.flatMap(navigator.table(ofMetric:)).flatMap(navigator.entity(onTable:))
        switch previous.kind {
        case .metric, .list:
            // "how many is that?" after the low-stock items: the listed rows, counted.
            if previous.kind == .list, asksCount, !reading.indices.contains(where: { !reading.metrics($0).isEmpty || !reading.entities($0).isEmpty }) {
                plan.metrics = previous.metrics
                useCountCues()
            }
            continueMetric(previous)
            // "list them", "only the electronics ones" after a count of rows people act on: the rows.
            let metric = previous.metrics.first.flatMap(model.metric(named:))
            let asksList = reading.indices.contains { reading.has($0, .list) }
            // "list them: product, on hand, reorder point": fields the rows show anyway are no breakdown.
            if asksList, let columns = metric?.listColumns, !plan.dimensions.isEmpty, plan.dimensions.allSatisfy({ dimension in
                columns.contains { $0.lowercased().hasSuffix(" as \(SQLExpression.alias(dimension))") }
            }) {
                plan.dimensions = []
            }
            // "list the toys & games ones, with on hand and reorder point": the rows' own fields.
            if asksList, metric?.listColumns != nil, let table = metric?.table, !plan.metrics.isEmpty, plan.dimensions.isEmpty, plan.grain == nil {
                takeAsRowFields(plan.metrics, of: table)
            }
            let changesNothingElse = plan.metrics.isEmpty && plan.dimensions.isEmpty && plan.grain == nil
            if metric?.listColumns != nil, changesNothingElse, previous.kind == .list || asksList {
                plan.kind = .list
                for index in reading.indices where reading.has(index, .list) { reading.use(index) }
            } else if changesNothingElse, asksList, previous.kind == .metric, previous.dimensions.isEmpty, let entity = metric?.counts {
                // "list them" after "how many products are discontinued": the counted records.
                plan.kind = .records
                plan.subject = entity
                for index in reading.indices where reading.has(index, .list) { reading.use(index) }
            }
        case .records, .lookup:
            if let subject = previous.subject, let field = navigator.displayField(of: subject), asksFigureOfEach {
                // "how much did each make in 2024?" after a list of stores: a figure per listed record.
                continueMetric(previous)
                if !plan.metrics.isEmpty, plan.dimensions.isEmpty, plan.grain == nil { plan.dimensions = [field] }
            } else if asksCount, let subject = previous.subject, let count = navigator.countMetric(of: subject) {
                // "how many of those were UPS?": the listed records counted.
                plan.kind = .metric
                plan.metrics = [count]
                useCountCues()
                baseTable = navigator.table(ofEntity: subject)
                continueMetric(previous)
            } else {
                plan.kind = .records
                plan.subject = previous.subject
                baseTable = previous.subject.flatMap(navigator.table(ofEntity:))
                applyValues()
                applyPresence()
                applyRecordIDs()
                applyComparisons(grouped: false)
                if let subject = previous.subject { applyRelated(owner: subject) }
                applyOrdering()
                collectFields()
            }
        case .distinct:
            plan.kind = .distinct
            baseTable = previous.subject.flatMap(navigator.table(ofEntity:))
            applyValues()
            applyComparisons(grouped: false)
        }
        applySortOrder()
        applyPeriods()
        return plan
    }

    private mutating func continueMetric(_ previous: QueryPlan) {
        plan.kind = .metric
        // "how many of the platinum ones ordered this year": the previous records, counted.
        if plan.metrics.isEmpty, let cue = reading.first(where: { reading.has($0, .count) }), pointsBack(after: cue),
           let subject = subjectEntity, let count = navigator.countMetric(of: subject) {
            // "how many of those are toys?" after the low-stock lines: the previous count, whose
            // condition made those the records, narrowed further.
            let before = previous.metrics.count == 1 ? previous.metrics.first.flatMap(model.metric(named:)) : nil
            let counted = before.map { $0.counts == subject
                || $0.counts == nil && $0.expression == "COUNT(*)" && $0.table == navigator.table(ofEntity: subject) } ?? false
            plan.metrics = [counted ? previous.metrics[0] : count]
            countsSubject = true
            reading.use(cue)
        }
        // "only for European customers": the noun of a value, not a count of customers.
        for index in reading.indices where !reading.isUsed(index) && !reading.entities(index).isEmpty && index > 0 {
            if !reading.values(index - 1).isEmpty, !reading.indices.contains(where: { reading.has($0, .count) }) { reading.use(index) }
        }
        chooseMetrics(head: nil)
        averageAmountsOverTheirRecords()
        preferMoneyForHowMuch()
        answerHowLong()
        baseTable = (plan.metrics.first ?? previous.metrics.first).flatMap(navigator.table(ofMetric:))
        applyValues()
        applyPresence()
        applyRecordIDs()
        applyComparisons(grouped: true)
        if let owner = subjectEntity ?? relatedOwner() { applyRelated(owner: owner) }
        applyGroupings()
        applyRanking(head: nil)
        applyMovement()
        applyShare()
    }

    /// Whether the words after `index` point back ("of those", "of the platinum ones", "of them").
    private func pointsBack(after index: Int) -> Bool {
        var look = index + 1
        while look < reading.spans.count {
            if reading.has(look, .reference) || ["each", "of each"].contains(reading.spans[look].text.lowercased()) { return true }
            guard reading.spans[look].isFunction || reading.has(look, .possessive) || !reading.values(look).isEmpty else { return false }
            look += 1
        }
        return false
    }

    /// "how much did each make", "what did each of them sell": a figure asked for every row.
    private var asksFigureOfEach: Bool {
        let each = reading.indices.contains { reading.has($0, .grouping) && ["each", "every", "per"].contains(reading.spans[$0].text.lowercased()) }
        // "how many shipments did each send": a measure of other records; "how many of them" counts these.
        let counted = previousSubjectCount
        let figure = reading.indices.contains { index in
            reading.has(index, .total) || reading.metrics(index).contains { $0 != counted }
        }
        return each && figure
    }

    /// The count metric of the records the previous answer listed.
    private var previousSubjectCount: String? {
        context.previousPlan?.subject.flatMap(navigator.countMetric(of:))
    }

    /// "how many", "number of".
    private var asksCount: Bool { reading.indices.contains { reading.has($0, .count) } }

    private mutating func useCountCues() {
        for index in reading.indices where reading.has(index, .count) { reading.use(index) }
    }
}
