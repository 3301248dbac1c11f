/// Period arithmetic for comparisons: the period before or after another, a period shifted back,
/// the year around a date.
enum Periods {
    /// The period just before `period`: the previous month, quarter or year for calendar periods
    /// (the same span a year earlier for a year to date), else the same number of days before.
    static func before(_ period: QueryPlan.Period) -> QueryPlan.Period {
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
        return QueryPlan.Period(start: previousStart.iso, end: start.iso, label: "\(previousStart.iso) to \(start.adding(days: -1).iso)")
    }

    /// The period after a calendar period, for "vs last year" (the named period is the baseline).
    static func after(_ period: QueryPlan.Period) -> QueryPlan.Period? {
        guard let start = CalendarDate(iso: period.start), let end = CalendarDate(iso: period.end) else { return nil }
        let parser = TimeExpressionParser(asOf: end)
        for unit in [TimeVocabulary.Unit.year, .quarter, .month, .week, .day] where parser.add(1, unit, to: start) == end {
            if case .period(let following) = parser.calendarPeriod(unit, containing: end) { return following }
        }
        let days = end.dayNumber - start.dayNumber
        return QueryPlan.Period(start: end.iso, end: end.adding(days: days).iso, label: "\(end.iso) to \(end.adding(days: days - 1).iso)")
    }

    /// The period before `period`, or `period` moved back `months` months ("the year before").
    static func earlier(than period: QueryPlan.Period, months: Int?) -> QueryPlan.Period {
        guard let months else { return before(period) }
        var moved = shifted(period, months: months)
        moved.relative = false
        return moved
    }

    /// `period` moved back `months` months (a week when nil).
    static func shifted(_ period: QueryPlan.Period, months: Int?) -> QueryPlan.Period {
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

    /// "the same month last year": how many months back `period` moves to land in the year `year`
    /// names, when `year` is a whole year and `period` is shorter; nil otherwise.
    static func monthsBetween(_ period: QueryPlan.Period, andYearOf year: QueryPlan.Period) -> Int? {
        guard let start = CalendarDate(iso: period.start), let end = CalendarDate(iso: period.end),
              let yearStart = CalendarDate(iso: year.start), let yearEnd = CalendarDate(iso: year.end),
              yearStart.month == 1, yearStart.day == 1, yearEnd == yearStart.adding(months: 12),
              end.dayNumber - start.dayNumber < 300, start.year != yearStart.year else { return nil }
        return (start.year - yearStart.year) * 12
    }

    /// The period a time bucket's label stands for: "2024-12" (a month), "2024-Q4", "2024", or a
    /// day or week start ("2024-12-02"). Nil for labels that are not periods (weekdays, hours).
    static func bucket(_ label: String, grain: QueryPlan.Grain) -> QueryPlan.Period? {
        let parser = TimeExpressionParser(asOf: CalendarDate(year: 2000, month: 1, day: 1))
        let pieces = label.split(separator: "-")
        guard let year = pieces.first.flatMap({ Int($0) }) else { return nil }
        let start: CalendarDate
        let unit: TimeVocabulary.Unit
        switch grain {
        case .year: start = CalendarDate(year: year, month: 1, day: 1); unit = .year
        case .quarter:
            guard pieces.count == 2, let quarter = Int(pieces[1].dropFirst()), (1...4).contains(quarter) else { return nil }
            start = CalendarDate(year: year, month: quarter * 3 - 2, day: 1); unit = .quarter
        case .month:
            guard pieces.count == 2, let month = Int(pieces[1]), (1...12).contains(month) else { return nil }
            start = CalendarDate(year: year, month: month, day: 1); unit = .month
        case .week, .day:
            guard let date = CalendarDate(iso: label) else { return nil }
            start = date; unit = grain == .week ? .week : .day
        case .weekday, .hour:
            return nil
        }
        let end = parser.add(1, unit, to: start)
        return QueryPlan.Period(start: start.iso, end: end.iso, label: unit == .week ? "the week of \(start.iso)" : parser.label(unit, start))
    }

    /// The calendar year containing `date`.
    static func year(containing date: CalendarDate) -> QueryPlan.Period? {
        let parser = TimeExpressionParser(asOf: date)
        if case .period(let period) = parser.calendarPeriod(.year, containing: date) { return period }
        return nil
    }

    /// Whether a period is one calendar year (`2025-01-01` to `2026-01-01`).
    static func isWholeYear(_ period: QueryPlan.Period) -> Bool {
        guard period.start.hasSuffix("-01-01"), period.end.hasSuffix("-01-01"),
              let first = Int(period.start.prefix(4)), let last = Int(period.end.prefix(4)) else { return false }
        return last == first + 1
    }

    /// A grain that suits a period's length for "trend" questions: days for a month, weeks for a
    /// quarter, months beyond.
    static func grain(for period: QueryPlan.Period?) -> QueryPlan.Grain {
        guard let period, let start = CalendarDate(iso: period.start), let end = CalendarDate(iso: period.end) else { return .month }
        let days = end.dayNumber - start.dayNumber
        return days <= 31 ? .day : days <= 120 ? .week : .month
    }
}
