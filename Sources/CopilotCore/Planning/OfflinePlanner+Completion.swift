import Foundation

extension OfflinePlanner {
    // MARK: Follow-ups

    func looksLikeFollowUp(_ reading: QuestionReading) -> Bool {
        let first = reading.words.first ?? ""
        let second = reading.words.count > 1 ? reading.words[1] : ""
        if reading.metrics.isEmpty {
            return reading.hasModifiers || !reading.entities.isEmpty || reading.comparison || asksForLines(reading)
        }
        let pronouns: Set<String> = ["they", "their", "them", "it", "those", "these", "that", "he", "she", "his", "her", "its"]
        if reading.words.contains(where: pronouns.contains) { return true }
        if !reading.hasModifiers && reading.entities.isEmpty && reading.words.count <= 5 { return true }
        return ["and", "same", "also", "now", "ok", "okay", "so", "then", "but", "instead", "as"].contains(first)
            || (["what", "how"].contains(first) && second == "about") || reading.words.contains("instead")
            || (reading.words.contains("same") && reading.words.contains("for"))
    }

    func merge(_ previous: QueryPlan, with reading: QuestionReading, notes: inout [String]) -> QueryPlan {
        var plan = previous
        notes.append("continued from the previous question")
        if !reading.metrics.isEmpty {
            plan.metrics = reading.metrics
            if plan.kind != .metric && reading.entities.isEmpty { plan.kind = .metric }
            if plan.kind == .lookup { plan.kind = .metric }
        }
        if !reading.entities.isEmpty { plan.entities = reading.entities }
        if plan.kind == .lookup { plan.details = asksForLines(reading) ? true : nil }
        let replacing = reading.words.contains("instead") || reading.words.contains("about")
        if replacing {
            let groups = Set(reading.filters.compactMap { model.dimension(named: $0.filter.dimension)?.group })
            plan.filters.removeAll { filter in
                guard let group = model.dimension(named: filter.dimension)?.group else { return false }
                return groups.contains(group)
            }
        }
        let groups = reading.dimensions + reading.entityMentions.filter { !reading.dimensions.contains($0) }
        let instead = reading.words.contains("instead") || reading.words.contains("rather")
        if !groups.isEmpty {
            if groups != plan.dimensions && reading.rankDirection == nil && reading.limit == nil {
                plan.limit = nil  // a new breakdown is not the old ranking
                plan.ascending = false
            }
            plan.dimensions = groups
            if instead && reading.grain == nil { plan.grain = nil }
        }
        if let grain = reading.grain {
            plan.grain = grain
            if instead && groups.isEmpty { plan.dimensions = [] }
        }
        if ["total", "overall", "altogether", "combined"].contains(where: reading.words.contains) && groups.isEmpty && reading.grain == nil {
            plan.dimensions = []  // "how much did they spend in total"
            plan.grain = nil
            plan.limit = nil
        }
        for (filter, _) in reading.filters {
            plan.filters.removeAll { $0.dimension == filter.dimension }
            plan.filters.append(filter)
        }
        if let limit = reading.limit { plan.limit = limit }
        if reading.comparison && reading.grain == nil { plan.grain = nil }  // "compare with 2023": totals
        if reading.previousOfContext, let period = previous.period {
            plan.period = periodBefore(period)
            plan.comparePeriod = nil
        } else if reading.comparison, reading.periods.count == 1, previous.period != nil {
            let other = reading.periods[0].period
            if other.start < previous.period!.start {
                plan.comparePeriod = other
            } else {
                plan.comparePeriod = previous.period
                plan.period = other
            }
        } else if !reading.periods.isEmpty {
            plan.comparePeriod = nil
            var copy = reading
            copy.comparison = reading.comparison && reading.periods.count > 1
            applyPeriodsForMerge(copy, to: &plan)
        }
        return plan
    }

    private func applyPeriodsForMerge(_ reading: QuestionReading, to plan: inout QueryPlan) {
        var scratch = plan
        apply(QuestionReading(words: []).with(periods: reading.periods, comparison: reading.comparison), to: &scratch, replacingFilters: false)
        plan.period = scratch.period
        plan.comparePeriod = scratch.comparePeriod
    }

    // MARK: Final touches

    func finish(_ plan: inout QueryPlan, reading: QuestionReading, notes: inout [String]) {
        let metric = plan.metrics.first.flatMap(model.metric(named:))
        if plan.kind == .metric, let metric {
            let counting = reading.howMany || reading.words.contains("count") || reading.words.contains("number")
            if metric.listColumns != nil, !counting, plan.dimensions.isEmpty, plan.grain == nil, plan.comparePeriod == nil {
                plan.kind = .list
            } else if reading.listing, plan.dimensions.isEmpty, plan.grain == nil, !plan.entities.isEmpty,
                      let listBy = metric.listBy {
                plan.dimensions = [listBy]
            }
        }
        if reading.rankDirection != nil, plan.kind == .metric, plan.dimensions.isEmpty, plan.grain == nil, let listBy = metric?.listBy {
            plan.dimensions = [listBy]  // "best sellers last month": rank what the metric lists by
        }
        if reading.trend && plan.grain == nil {
            plan.grain = defaultGrain(for: plan.period)
        }
        if let direction = reading.rankDirection, !plan.dimensions.isEmpty || plan.grain != nil {
            let worseIsHigher = metric?.higherIsWorse == true
            switch direction {
            case .high: plan.ascending = false
            case .low: plan.ascending = true
            case .best: plan.ascending = worseIsHigher
            case .worst: plan.ascending = !worseIsHigher
            }
            if plan.limit == nil { plan.limit = reading.singularWhich ? 1 : 10 }
        } else if reading.singularWhich, !plan.dimensions.isEmpty, plan.limit == nil, plan.kind == .metric {
            plan.limit = 1
        }
        let ranksMovement = reading.movement != 0 && plan.kind == .metric && !plan.dimensions.isEmpty && plan.grain == nil
            && (reading.rankDirection != nil || reading.relativeMovement || reading.singularWhich)
        if ranksMovement, plan.period == nil, reading.shiftMonths == nil {
            // "which category grew the most": this year against the last.
            let parser = TimeExpressionParser(asOf: asOfFallback(plan))
            if case .period(let period) = parser.calendarPeriod(.year, containing: parser.asOf) { plan.period = period }
        }
        if let months = reading.shiftMonths, plan.comparePeriod == nil {
            if plan.period == nil {
                let parser = TimeExpressionParser(asOf: asOfFallback(plan))
                if case .period(let period) = parser.calendarPeriod(.year, containing: parser.asOf) { plan.period = period }
            }
            if let period = plan.period { plan.comparePeriod = shifted(period, months: months == 0 ? nil : months) }
        } else if reading.comparison, plan.comparePeriod == nil, plan.grain == nil, let period = plan.period {
            plan.comparePeriod = periodBefore(period)
        }
        if ranksMovement, plan.comparePeriod != nil {
            // "which category grew the most", "what fell fastest": rank the groups by their change,
            // falling ones from the most negative.
            plan.rankByChange = reading.relativeMovement ? .relative : .absolute
            let fewestFirst = reading.rankDirection == .low || reading.rankDirection == .worst
            plan.ascending = (reading.movement < 0) != fewestFirst
            if plan.limit == nil { plan.limit = reading.singularWhich ? 1 : 10 }
        }
        // "return rate for fashion vs electronics": compare the values side by side.
        if reading.comparison, plan.comparePeriod == nil, plan.kind == .metric,
           let filter = plan.filters.first(where: { $0.values.count >= 2 && !$0.negated }), !plan.dimensions.contains(filter.dimension) {
            plan.dimensions.append(filter.dimension)
        }
        if reading.share && plan.kind == .metric {
            let anchor = reading.firstMetricPosition ?? reading.shareWordPosition ?? 0
            let parts = reading.filters.filter { $0.position > anchor }.map(\.filter)
            if !parts.isEmpty && plan.dimensions.isEmpty {
                plan.filters.removeAll { parts.contains($0) }
                plan.shareFilters = parts
            } else if !plan.dimensions.isEmpty {
                plan.share = true
            }
        }
        if plan.period == nil && plan.kind == .metric && metric?.timeColumn != nil {
            notes.append("no period given: all data")
        }
    }

    private func asOfFallback(_ plan: QueryPlan) -> CalendarDate {
        plan.period.flatMap { CalendarDate(iso: $0.end)?.adding(days: -1) } ?? CalendarDate(year: 2025, month: 12, day: 31)
    }

    func defaultGrain(for period: QueryPlan.Period?) -> QueryPlan.Grain {
        guard let period, let start = CalendarDate(iso: period.start), let end = CalendarDate(iso: period.end) else { return .month }
        let days = end.dayNumber - start.dayNumber
        return days <= 31 ? .day : days <= 120 ? .week : .month
    }

    /// The period just before `period`: the previous month, quarter or year for calendar periods
    /// (the same span a year earlier for a year to date), else the same number of days before.
    func periodBefore(_ period: QueryPlan.Period) -> QueryPlan.Period {
        guard let start = CalendarDate(iso: period.start), let end = CalendarDate(iso: period.end) else { return period }
        let parser = TimeExpressionParser(asOf: end.adding(days: -1))
        if start.day == 1 {
            for (unit, months) in [(TimeVocabulary.Unit.year, 12), (.quarter, 3), (.month, 1)] {
                let natural = parser.add(1, unit, to: start)
                if natural == end && parser.startOf(unit, containing: start) == start {
                    let previousStart = start.adding(months: -months)
                    return QueryPlan.Period(start: previousStart.iso, end: start.iso, label: parser.label(unit, previousStart))
                }
                if unit == .year && start.month == 1 && end < natural { return shifted(period, months: 12) }
            }
        }
        let days = end.dayNumber - start.dayNumber
        let previousStart = start.adding(days: -days)
        return QueryPlan.Period(start: previousStart.iso, end: start.iso,
                                label: "\(previousStart.iso) to \(start.adding(days: -1).iso)")
    }

    /// The period after a calendar period (capped at the reference date), for "vs last year".
    func periodAfter(_ period: QueryPlan.Period) -> QueryPlan.Period? {
        guard let start = CalendarDate(iso: period.start), let end = CalendarDate(iso: period.end) else { return nil }
        let parser = TimeExpressionParser(asOf: end)
        for unit in [TimeVocabulary.Unit.year, .quarter, .month, .week, .day] where parser.add(1, unit, to: start) == end {
            let next = parser.calendarPeriod(unit, containing: end)
            if case .period(let following) = next { return following }
        }
        let days = end.dayNumber - start.dayNumber
        let last = end.adding(days: days - 1)
        return QueryPlan.Period(start: end.iso, end: end.adding(days: days).iso, label: "\(end.iso) to \(last.iso)")
    }

    /// `period` moved back `months` months (or one week when nil).
    func shifted(_ period: QueryPlan.Period, months: Int?) -> QueryPlan.Period {
        guard let start = CalendarDate(iso: period.start), let end = CalendarDate(iso: period.end) else { return period }
        let newStart = months.map { start.adding(months: -$0) } ?? start.adding(days: -7)
        let newEnd = months.map { end.adding(months: -$0) } ?? end.adding(days: -7)
        let label: String
        if let months, months % 12 == 0, let year = Int(period.label), String(year) == period.label {
            label = String(year - months / 12)
        } else if let months, months % 12 == 0 {
            label = period.label.replacingOccurrences(of: String(start.year), with: String(newStart.year))
                .replacingOccurrences(of: String(end.adding(days: -1).year), with: String(newEnd.adding(days: -1).year))
        } else {
            label = "\(newStart.iso) to \(newEnd.adding(days: -1).iso)"
        }
        return QueryPlan.Period(start: newStart.iso, end: newEnd.iso, label: label)
    }
}

extension QuestionReading {
    func with(periods: [(period: QueryPlan.Period, range: Range<Int>)], comparison: Bool) -> QuestionReading {
        var copy = self
        copy.periods = periods
        copy.comparison = comparison
        return copy
    }
}
