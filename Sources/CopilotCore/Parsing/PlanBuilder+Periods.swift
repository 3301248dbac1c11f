/// The question's periods: collected while it is read, then placed on the plan — ranges joined,
/// a month said again or without its year settled, two periods compared or spanned.
extension PlanBuilder {
    /// Periods, grains, week starts and shifts; periods are placed later, once related conditions
    /// have claimed theirs.
    mutating func collectTime() {
        // A span already read ("that year" of a follow-up: the previous period) is no new time.
        for index in reading.indices where !reading.isUsed(index) {
            for meaning in reading.spans[index].meanings {
                switch meaning {
                case .period(let period):
                    periods.append((index, period))
                    reading.use(index)
                case .grain(let grain):
                    // "month by month for the quarter": "the quarter" is the period talked about, not
                    // a second breakdown.
                    let saysThePeriod = index >= 2 && reading.spans[index - 1].text.lowercased() == "the"
                        && ["for", "in", "over", "across", "during", "of", "within", "through"].contains(reading.spans[index - 2].text.lowercased())
                    // "the same quarter of 2023" names a period too.
                    let same = index >= 1 && reading.spans[index - 1].text.lowercased() == "same"
                    if plan.grain == nil && !same || !saysThePeriod && !same { plan.grain = grain }
                    reading.use(index)
                case .shift, .previousPeriod:
                    reading.use(index)
                default:
                    continue
                }
            }
        }
        let words = reading.tagged.words
        // "weeks starting Monday", "week starts on Sunday".
        for (position, word) in words.enumerated() where ["monday", "sunday"].contains(word) {
            let window = words[max(0, position - 3)..<position]
            guard window.contains(where: { $0.hasPrefix("start") || $0 == "beginning" || $0 == "from" }) else { continue }
            plan.weekStart = word == "sunday" ? .sunday : .monday
            for index in reading.indices where reading.spans[index].range.overlaps(max(0, position - 3)..<(position + 1)) {
                if reading.spans[index].isUnknown || reading.spans[index].text.lowercased().hasPrefix("start") || ["monday", "sunday", "weeks", "week"].contains(reading.spans[index].text.lowercased()) {
                    reading.use(index)
                }
            }
        }
        for index in reading.indices where reading.has(index, .trend) {
            reading.use(index)
            // "brands that moved the most units": a verb of selling before what was sold, no trend.
            if let next = reading.nextContent(index), reading.superlative(next) != nil || !reading.metrics(next).isEmpty,
               reading.spans[index].text.lowercased().hasSuffix("ed") {
                continue
            }
            // "what did that look like in 2023": the same answer for another period, not a trend.
            let aboutPrevious = reading.spans[index].text.lowercased().hasPrefix("look")
                && reading.previousContent(index).map { reading.has($0, .reference) } == true
            if plan.grain == nil && !aboutPrevious { plan.grain = .month }
        }
    }

    /// The question's own periods onto the plan: one period; a baseline after "vs"; two periods
    /// compared or spanned.
    mutating func applyPeriods() {
        dropRestatedMonth()
        anchorBareMonth()
        placeYearlessRange()
        narrowToYearlessDay()
        joinRanges()
        narrowToSameBucket()
        settleDateVerb()
        let found = periods.sorted { $0.period.start < $1.period.start }
        // "grew from 2024 to 2025": a movement compares its two periods; so does "more … than".
        let comparing = reading.indices.contains { reading.has($0, .comparison) } && comparedField == nil || movementSign != nil || comparesWithThan
        switch found.count {
        case 0:
            break
        case 1:
            let index = found[0].index
            let baseline = comparing && (max(0, index - 2)..<index).contains { reading.has($0, .comparison) }
            if baseline, let following = Periods.after(found[0].period) {
                plan.period = following
                plan.comparePeriod = found[0].period
            } else {
                plan.period = found[0].period
            }
        default:
            // "in 2023 or in 2025", "2023 and 2025": two periods listed, side by side, not the
            // years from one to the other.
            let listed = found.count == 2 && found[0].index < found[1].index && (found[0].index..<found[1].index).contains { reading.isConjunction($0) }
                && (joinedRanges.contains(found[0].index)
                    || !(max(0, found[0].index - 2)..<found[0].index).contains { ["between", "from"].contains(reading.spans[$0].text.lowercased()) })
            // "November and December 2024 taken together": one stretch when they follow on.
            let together = found.count == 2 && found[0].period.end == found[1].period.start
                && reading.tagged.words.contains { ["together", "combined", "altogether", "jointly"].contains($0) }
            if together {
                plan.period = QueryPlan.Period(start: found[0].period.start, end: found[1].period.end,
                                               label: "\(found[0].period.label) and \(found[1].period.label)")
                for index in reading.indices where reading.tagged.words[reading.spans[index].range].contains(where: { ["together", "combined", "altogether", "jointly"].contains($0) }) {
                    reading.use(index)
                }
            } else if comparing || listed && plan.kind == .metric && plan.grain == nil {
                plan.period = found[found.count - 1].period
                plan.comparePeriod = found[0].period
            } else {
                plan.period = QueryPlan.Period(start: found[0].period.start, end: found.map(\.period.end).max()!,
                                               label: "\(found[0].period.label) to \(found[found.count - 1].period.label)")
            }
        }
        for index in reading.indices where reading.has(index, .comparison) && plan.comparePeriod != nil { reading.use(index) }
        // "vs the same month last year": the period a year back, not the one just before.
        let shifts = reading.indices.contains(where: reading.shifts)
        if comparing, !shifts, plan.comparePeriod == nil, plan.grain == nil, let period = plan.period, plan.kind == .metric {
            plan.comparePeriod = Periods.before(period)
            for index in reading.indices where reading.has(index, .comparison) { reading.use(index) }
        }
        for index in reading.indices {
            for case .shift(let months) in reading.spans[index].meanings where plan.comparePeriod == nil {
                if plan.period == nil { plan.period = shiftedFrom(months: months) }
                if let period = plan.period { plan.comparePeriod = Periods.shifted(period, months: months) }
            }
            for case .previousPeriod(let months) in reading.spans[index].meanings {
                guard let previous = context.previousPlan?.period else { continue }
                plan.period = Periods.earlier(than: previous, months: months)
            }
        }
    }

    /// The period "year on year" starts from when the question names none: the conversation's
    /// ("how much did it grow year on year" about Q2 2024 after Q2 2025: Q2 2025 against Q2 2024),
    /// else this year.
    private func shiftedFrom(months: Int?) -> QueryPlan.Period? {
        guard let current = context.previousPlan?.period ?? context.lastPeriod else { return Periods.year(containing: context.asOf) }
        let later = context.periods.reversed().first { other in
            let back = Periods.shifted(other, months: months)
            return back.start == current.start && back.end == current.end
        }
        return later ?? current
    }

    /// "through November 2024 … just the november days": a month said again without its year is
    /// the dated one, not another November.
    private mutating func dropRestatedMonth() {
        guard periods.count == 2 else { return }
        let ordered = periods.sorted { $0.index < $1.index }
        guard ordered[0].period.relative != true, ordered[1].period.relative == true,
              !reading.spans[ordered[1].index].text.contains(where: \.isNumber),
              let dated = CalendarDate(iso: ordered[0].period.start), let bare = CalendarDate(iso: ordered[1].period.start),
              dated.month == bare.month, dated.year != bare.year, dated.day == 1, bare.day == 1,
              Periods.grain(for: ordered[0].period) == .day, Periods.grain(for: ordered[1].period) == .day else { return }
        periods.removeAll { $0.index == ordered[1].index }
        reading.use(ordered[1].index)
    }

    /// "between March and May 2024": a month named without a year before a dated one is of that
    /// year, not the one before today.
    private mutating func anchorBareMonth() {
        guard periods.count == 2 else { return }
        let ordered = periods.sorted { $0.index < $1.index }
        let (first, second) = (ordered[0].period, ordered[1].period)
        // "between 15 June and 15 September 2025": a day without its year too.
        let firstText = reading.spans[ordered[0].index].text.lowercased()
        let dayOfMonth = firstText.contains(where: \.isNumber) && TimeVocabulary.months.keys.contains { firstText.contains($0) }
        guard first.relative == true, !firstText.contains(where: \.isNumber) || dayOfMonth, second.relative != true,
              let start = CalendarDate(iso: first.start), let target = CalendarDate(iso: second.start), start.year != target.year else { return }
        var moved = Periods.shifted(first, months: (start.year - target.year) * 12)
        guard moved.start <= second.start else { return }
        moved.label = "\(reading.spans[ordered[0].index].text.capitalized) \(target.year)"
        periods = periods.map { $0.index == ordered[0].index ? ($0.index, moved) : $0 }
    }

    /// "revenue in Q3 2024 against the same quarter of 2023": the year narrowed to the quarter the
    /// other period is, a year apart; "same quarter" is no breakdown by quarter.
    private mutating func narrowToSameBucket() {
        guard periods.count == 2 else { return }
        for found in periods {
            guard let other = periods.first(where: { $0.index != found.index }) else { continue }
            let before = max(0, found.index - 3)..<found.index
            // "the same months of 2024", "the same period in 2024".
            guard let same = before.first(where: { reading.spans[$0].text.lowercased() == "same" }),
                  let grain = (same + 1..<found.index).first(where: { reading.grain($0) != nil
                      || ["months", "weeks", "days", "period", "dates", "stretch"].contains(reading.spans[$0].text.lowercased()) }),
                  let shift = Periods.monthsBetween(other.period, andYearOf: found.period) else { continue }
            var moved = Periods.shifted(other.period, months: shift)
            moved.relative = false
            periods = periods.map { $0.index == found.index ? ($0.index, moved) : $0 }
            reading.use(same)
            reading.use(grain)
            return
        }
    }

    /// "Jan-Jun 2025 alongside the same months of 2024": two periods with only a range word (or
    /// nothing) between them are one stretch, from the first to the end of the second, whatever
    /// else the question compares it with.
    private mutating func joinRanges() {
        guard periods.count > 2 else { return }
        let rangeWords: Set<String> = ["to", "until", "till", "through", "thru", "-", "–"]
        var joinedAny = true
        // "June to August 2024, and how many from June to August 2025": each range in turn.
        while joinedAny {
            joinedAny = false
            let ordered = periods.sorted { $0.index < $1.index }
            for (first, second) in zip(ordered, ordered.dropFirst()) {
                guard (first.index + 1..<second.index).allSatisfy({ rangeWords.contains(reading.spans[$0].text.lowercased()) }) else { continue }
                // A month said without its year ("June to August 2024") is in the year of the other end.
                var start = first.period
                if start.relative == true, second.period.relative != true, !reading.spans[first.index].text.contains(where: \.isNumber),
                   let from = CalendarDate(iso: start.start), let to = CalendarDate(iso: second.period.start), from.year != to.year {
                    start = Periods.shifted(start, months: (from.year - to.year) * 12)
                }
                guard start.start < second.period.start else { continue }
                let joined = QueryPlan.Period(start: start.start, end: second.period.end, label: "\(start.label) to \(second.period.label)",
                                              relative: false)
                periods = periods.filter { $0.index != second.index }.map { $0.index == first.index ? ($0.index, joined) : $0 }
                for between in first.index + 1..<second.index { reading.use(between) }
                joinedRanges.insert(first.index)
                joinedAny = true
                break
            }
        }
    }

    /// "in 2024, jan thru dec", "jan to mar of 2024": a range of months said without their year,
    /// beside one dated period and outside it, runs inside that period's year.
    private mutating func placeYearlessRange() {
        guard periods.count == 3 else { return }
        let ordered = periods.sorted { $0.index < $1.index }
        let yearless = ordered.filter { $0.period.relative == true && !reading.spans[$0.index].text.contains(where: \.isNumber) }
        guard yearless.count == 2, let dated = ordered.first(where: { $0.period.relative != true }),
              dated.index < yearless[0].index || dated.index > yearless[1].index,
              let target = CalendarDate(iso: dated.period.start) else { return }
        let rangeWords: Set<String> = ["to", "until", "till", "through", "thru", "-"]
        guard (yearless[0].index + 1..<yearless[1].index).contains(where: { rangeWords.contains(reading.spans[$0].text.lowercased()) })
        else { return }
        let moved = yearless.compactMap { found -> (index: Int, period: QueryPlan.Period)? in
            guard let start = CalendarDate(iso: found.period.start) else { return nil }
            var period = Periods.shifted(found.period, months: (start.year - target.year) * 12)
            period.relative = false
            period.label = "\(reading.spans[found.index].text.capitalized) \(target.year)"
            return (found.index, period)
        }
        guard moved.count == 2, moved.allSatisfy({ $0.period.start >= dated.period.start && $0.period.end <= dated.period.end }),
              moved[0].period.start <= moved[1].period.start else { return }
        periods = moved
        reading.use(dated.index)
    }

    /// "Black Friday 2024 (29 nov)", "in 2024, on 3 March": a day or month said without its year
    /// next to a period that has one is in that period; the narrower of the two is the one meant.
    /// A range ("from 2024 to 3 March") keeps both.
    private mutating func narrowToYearlessDay() {
        guard periods.count == 2 else { return }
        let ordered = periods.sorted { $0.index < $1.index }
        guard let yearless = ordered.first(where: { $0.period.relative == true && reading.spans[$0.index].text.contains(where: \.isNumber) }),
              let dated = ordered.first(where: { $0.period.relative != true && $0.index != yearless.index }),
              let start = CalendarDate(iso: yearless.period.start), let target = CalendarDate(iso: dated.period.start) else { return }
        let between = min(yearless.index, dated.index)..<max(yearless.index, dated.index)
        let rangeWords: Set<String> = ["to", "until", "till", "through", "thru", "from", "between", "since", "and", "-"]
        guard !between.contains(where: { rangeWords.contains(reading.spans[$0].text.lowercased()) || reading.has($0, .comparison) }) else { return }
        var moved = Periods.shifted(yearless.period, months: (start.year - target.year) * 12)
        moved.relative = false
        if moved.start >= dated.period.start && moved.end <= dated.period.end {
            periods = [(dated.period.end > moved.end || dated.period.start < moved.start) ? (yearless.index, moved) : (dated.index, dated.period)]
            reading.use(yearless.index)
            reading.use(dated.index)
        }
    }
}
