import Foundation

/// Finds date phrases in question tokens and resolves them against a reference date (the
/// database's as-of date). Weeks start on Monday; quarters are calendar quarters.
struct TimeExpressionParser: Sendable {
    let asOf: CalendarDate
    typealias Unit = TimeVocabulary.Unit

    func parse(_ words: [String]) -> [TimeExpression] {
        var found: [TimeExpression] = []
        var index = 0
        while index < words.count {
            if let match = match(words, at: index) {
                found.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: Periods

    private func period(_ start: CalendarDate, _ endInclusive: CalendarDate, _ label: String) -> TimeExpression.Kind {
        .period(QueryPlan.Period(start: start.iso, end: endInclusive.adding(days: 1).iso, label: label))
    }

    func startOf(_ unit: Unit, containing date: CalendarDate) -> CalendarDate {
        switch unit {
        case .day: date
        case .week: date.adding(days: 1 - date.isoWeekday)
        case .month: date.firstOfMonth
        case .quarter: CalendarDate(year: date.year, month: (date.quarter - 1) * 3 + 1, day: 1)
        case .year: CalendarDate(year: date.year, month: 1, day: 1)
        }
    }

    func add(_ count: Int, _ unit: Unit, to date: CalendarDate) -> CalendarDate {
        switch unit {
        case .day: date.adding(days: count)
        case .week: date.adding(days: 7 * count)
        case .month: date.adding(months: count)
        case .quarter: date.adding(months: 3 * count)
        case .year: date.adding(months: 12 * count)
        }
    }

    private func name(of unit: Unit) -> String {
        switch unit {
        case .day: "day"
        case .week: "week"
        case .month: "month"
        case .quarter: "quarter"
        case .year: "year"
        }
    }

    /// The full calendar period (`unit`) containing `date`, named naturally.
    func calendarPeriod(_ unit: Unit, containing date: CalendarDate, prefix: String = "") -> TimeExpression.Kind {
        let start = startOf(unit, containing: date)
        let end = add(1, unit, to: start).adding(days: -1)
        return period(start, end, prefix + label(unit, start))
    }

    func label(_ unit: Unit, _ start: CalendarDate) -> String {
        switch unit {
        case .day: start.iso
        case .week: "the week of \(start.iso)"
        case .month: "\(CalendarDate.monthNames[start.month - 1]) \(start.year)"
        case .quarter: "Q\(start.quarter) \(start.year)"
        case .year: "\(start.year)"
        }
    }

    /// The current period up to the reference date ("this month", "MTD").
    private func toDate(_ unit: Unit, name: String) -> TimeExpression.Kind {
        let start = startOf(unit, containing: asOf)
        return period(start, asOf, "\(name) (\(start.iso) to \(asOf.iso))")
    }

    /// The previous full period ("last month").
    private func previous(_ unit: Unit) -> TimeExpression.Kind {
        calendarPeriod(unit, containing: add(-1, unit, to: startOf(unit, containing: asOf)))
    }

    /// The `count` units ending on the reference date ("last 30 days").
    private func rolling(_ count: Int, _ unit: Unit) -> TimeExpression.Kind {
        let start = add(-count, unit, to: asOf.adding(days: 1))
        let words = count == 1 ? name(of: unit) : "\(count) \(name(of: unit))s"
        return period(start, asOf, "the last \(words) (\(start.iso) to \(asOf.iso))")
    }

    /// A year given next to a month or quarter, or the most recent one that is not in the future.
    private func year(after words: [String], at index: Int) -> (Int, Int)? {
        var look = index
        if look < words.count, ["of", "in"].contains(words[look]) { look += 1 }
        if look < words.count, let year = Self.year(words[look]) { return (year, look + 1) }
        // "H1 last year", "Q3 this year", "march of last year"
        if look + 1 < words.count, words[look + 1] == "year" {
            switch words[look] {
            case "this", "current": return (asOf.year, look + 2)
            case "last", "previous", "prior": return (asOf.year - 1, look + 2)
            default: break
            }
        }
        return nil
    }

    static func year(_ word: String) -> Int? {
        if word.count == 4, let value = Int(word), (1990...2100).contains(value) { return value }
        if word.count == 6, word.hasPrefix("fy"), let value = Int(word.dropFirst(2)), (1990...2100).contains(value) { return value }
        return nil
    }

    private func defaultYear(month: Int) -> Int {
        month > asOf.month ? asOf.year - 1 : asOf.year
    }

    // MARK: Matching

    private func match(_ words: [String], at index: Int) -> TimeExpression? {
        let word = words[index]
        let next = index + 1 < words.count ? words[index + 1] : ""
        let third = index + 2 < words.count ? words[index + 2] : ""
        func make(_ kind: TimeExpression.Kind, _ length: Int) -> TimeExpression {
            TimeExpression(kind: kind, range: index..<(index + length))
        }

        switch word {
        case "today": return make(period(asOf, asOf, "today (\(asOf.iso))"), 1)
        case "yesterday":
            let day = asOf.adding(days: -1)
            return make(period(day, day, "yesterday (\(day.iso))"), 1)
        case "ytd": return make(toDate(.year, name: "year to date"), 1)
        case "mtd": return make(toDate(.month, name: "month to date"), 1)
        case "qtd": return make(toDate(.quarter, name: "quarter to date"), 1)
        case "wtd": return make(toDate(.week, name: "week to date"), 1)
        case "yoy": return make(.shift(months: 12), 1)
        case "mom": return make(.shift(months: 1), 1)
        case "qoq": return make(.shift(months: 3), 1)
        case "wow": return make(.shift(months: 0), 1)
        default: break
        }
        if let unit = TimeVocabulary.units[word], next == "to", third == "date" {
            return make(toDate(unit, name: "\(name(of: unit)) to date"), 3)
        }
        if let unit = TimeVocabulary.units[word], ["over", "on"].contains(next), TimeVocabulary.units[third] == unit {
            return make(.shift(months: unit == .year ? 12 : unit == .quarter ? 3 : unit == .month ? 1 : 0), 3)
        }
        // "the same quarter last year", "same period a year ago": the current span, a year earlier.
        if word == "same", TimeVocabulary.units[next] != nil || ["period", "time", "span"].contains(next) {
            let rest = Array(words[min(index + 2, words.count)...].prefix(3))
            if rest.count >= 2, ["last", "previous", "prior"].contains(rest[0]), rest[1] == "year" { return make(.shift(months: 12), 4) }
            if rest.count >= 3, ["a", "one"].contains(rest[0]), rest[1] == "year", ["ago", "earlier", "before", "prior", "back"].contains(rest[2]) {
                return make(.shift(months: 12), 5)
            }
            if rest.count >= 2, rest[0] == "year", rest[1] == "ago" { return make(.shift(months: 12), 4) }
        }
        if ["this", "current", "thi"].contains(word), let unit = TimeVocabulary.units[next] {
            return make(toDate(unit, name: "this \(name(of: unit))"), 2)
        }
        if word == "so", next == "far", third == "this", index + 3 < words.count, let unit = TimeVocabulary.units[words[index + 3]] {
            return make(toDate(unit, name: "this \(name(of: unit))"), 4)
        }
        if ["before", "prior", "previous", "preceding"].contains(word) || word == "the" {
            // "the month before", "the previous period", "prior period"
            let offset = word == "the" ? 1 : 0
            let first = index + offset < words.count ? words[index + offset] : ""
            let second = index + offset + 1 < words.count ? words[index + offset + 1] : ""
            if ["previous", "prior", "preceding"].contains(first), second == "period" { return make(.previousOfContext(months: nil), offset + 2) }
            // "the year before" a month is that month a year back; "the month before" the one before.
            if first == "year", ["before", "earlier", "prior"].contains(second) { return make(.previousOfContext(months: 12), offset + 2) }
            if TimeVocabulary.units[first] != nil, second == "before" { return make(.previousOfContext(months: nil), offset + 2) }
        }
        // "a year earlier", "one year before".
        if ["a", "one"].contains(word), next == "year", ["earlier", "before", "prior"].contains(third) {
            return make(.previousOfContext(months: 12), 3)
        }
        if let rolling = matchRolling(words, at: index) { return rolling }
        if let counted = matchCountedFrom(words, at: index) { return counted }
        if ["last", "previous", "prior", "past"].contains(word), let unit = TimeVocabulary.units[next], !next.hasSuffix("s") {
            if word == "past" { return make(rolling(1, unit), 2) }
            return make(previous(unit), 2)
        }
        if let holiday = matchHoliday(words, at: index) { return holiday }
        if let days = matchDayOfMonth(words, at: index) { return days }
        if let quarter = matchQuarter(words, at: index) { return quarter }
        if let half = matchHalf(words, at: index) { return half }
        if let month = matchMonth(words, at: index) { return month }
        if let iso = matchISO(words, at: index) { return iso }
        if let year = Self.year(word) {
            return make(calendarPeriod(.year, containing: CalendarDate(year: year, month: 1, day: 1)), 1)
        }
        return nil
    }

    private func matchRolling(_ words: [String], at index: Int) -> TimeExpression? {
        var look = index
        guard ["last", "past", "previous", "trailing", "rolling", "prior"].contains(words[look]) else { return nil }
        look += 1
        guard look < words.count else { return nil }
        let count: Int
        if let number = Int(words[look]) {
            count = number
        } else if let number = TimeVocabulary.numberWords[words[look]], words[look] != "a" {
            count = number
        } else {
            return nil
        }
        look += 1
        guard look < words.count, let unit = TimeVocabulary.units[words[look]], count > 0, count < 1000 else { return nil }
        return TimeExpression(kind: rolling(count, unit), range: index..<(look + 1))
    }

    /// "the four weeks starting Monday 2 December 2024", "4 weeks beginning March 3, 2025", "the 10
    /// days from 2025-11-20": that many units from the day named, whatever the day's weekday.
    private func matchCountedFrom(_ words: [String], at index: Int) -> TimeExpression? {
        guard index + 3 < words.count,
              let count = Int(words[index]) ?? (words[index] == "a" ? nil : TimeVocabulary.numberWords[words[index]]),
              (1...366).contains(count), let unit = TimeVocabulary.units[words[index + 1]],
              ["starting", "beginning", "from", "commencing"].contains(words[index + 2]) else { return nil }
        var look = index + 3
        if words[look] == "on" || words[look] == "with" { look += 1 }
        let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed",
                                     "thu", "fri", "sat", "sun"]
        if look < words.count, weekdays.contains(words[look]) { look += 1 }
        guard look < words.count, let day = matchDayOfMonth(words, at: look) ?? matchISO(words, at: look),
              case .period(let named) = day.kind, let start = CalendarDate(iso: named.start),
              CalendarDate(iso: named.end) == start.adding(days: 1) else { return nil }
        let last = add(count, unit, to: start).adding(days: -1)
        return TimeExpression(kind: period(start, last, "\(start.iso) to \(last.iso)"), range: index..<day.range.upperBound)
    }

    /// Retail's calendar days: "black friday", "cyber monday", "christmas (eve/day)", "boxing day",
    /// "new year's eve" — the latest one on or before the reference date, or in the year named.
    private func matchHoliday(_ words: [String], at index: Int) -> TimeExpression? {
        guard Self.holidays.contains(where: { $0.0[0] == words[index] }) else { return nil }
        for (phrase, name, date) in Self.holidays
        where index + phrase.count <= words.count && words[index..<(index + phrase.count)].elementsEqual(phrase) {
            var end = index + phrase.count
            var year = date(asOf.year) > asOf ? asOf.year - 1 : asOf.year
            if let (parsed, after) = self.year(after: words, at: end) {
                year = parsed
                end = after
            } else if index > 0, let parsed = Self.year(words[index - 1]) {
                year = parsed
            }
            let day = date(year)
            return TimeExpression(kind: period(day, day, "\(name) \(year) (\(day.iso))"), range: index..<end)
        }
        return nil
    }

    private static let holidays: [([String], String, @Sendable (Int) -> CalendarDate)] = [
        (["black", "friday"], "Black Friday", { Self.blackFriday($0) }),
        (["cyber", "monday"], "Cyber Monday", { Self.blackFriday($0).adding(days: 3) }),
        (["christmas", "eve"], "Christmas Eve", { CalendarDate(year: $0, month: 12, day: 24) }),
        (["christmas", "day"], "Christmas Day", { CalendarDate(year: $0, month: 12, day: 25) }),
        (["christmas"], "Christmas Day", { CalendarDate(year: $0, month: 12, day: 25) }),
        (["boxing", "day"], "Boxing Day", { CalendarDate(year: $0, month: 12, day: 26) }),
        (["new", "years", "eve"], "New Year's Eve", { CalendarDate(year: $0, month: 12, day: 31) }),
        (["new", "year", "s", "eve"], "New Year's Eve", { CalendarDate(year: $0, month: 12, day: 31) }),
    ]

    /// The day after the fourth Thursday of November.
    static func blackFriday(_ year: Int) -> CalendarDate {
        let first = CalendarDate(year: year, month: 11, day: 1)
        // 1970-01-01 was a Thursday: day numbers count from it.
        let thursdayOffset = ((0 - first.dayNumber) % 7 + 7) % 7
        return first.adding(days: thursdayOffset + 21 + 1)
    }

    private func matchQuarter(_ words: [String], at index: Int) -> TimeExpression? {
        var quarter: Int?
        var end = index + 1
        var year: Int?
        let word = words[index]
        if word.count == 2, word.hasPrefix("q"), let value = Int(word.dropFirst()), (1...4).contains(value) {
            quarter = value
        } else if word.count == 6, word.hasPrefix("q"), let value = Int(word.dropFirst().prefix(1)),
                  let parsed = Self.year(String(word.suffix(4))), (1...4).contains(value) {
            quarter = value  // q32024
            year = parsed
        } else if let value = TimeVocabulary.ordinals[word], word != "last", index + 1 < words.count,
                  ["quarter", "qtr"].contains(words[index + 1]) {
            quarter = value
            end = index + 2
        } else if let parsed = Self.year(word), index + 1 < words.count {
            let next = words[index + 1]
            if next.count == 2, next.hasPrefix("q"), let value = Int(next.dropFirst()), (1...4).contains(value) {
                return quarterExpression(value, parsed, index..<(index + 2))
            }
        }
        guard let quarter else { return nil }
        if year == nil, let (parsed, after) = self.year(after: words, at: end) {
            year = parsed
            end = after
        }
        let resolved = year ?? ((quarter - 1) * 3 + 1 > asOf.month ? asOf.year - 1 : asOf.year)
        return quarterExpression(quarter, resolved, index..<end)
    }

    private func quarterExpression(_ quarter: Int, _ year: Int, _ range: Range<Int>) -> TimeExpression {
        TimeExpression(kind: calendarPeriod(.quarter, containing: CalendarDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)), range: range)
    }

    private func matchHalf(_ words: [String], at index: Int) -> TimeExpression? {
        var half: Int?
        var end = index + 1
        if words[index] == "h1" || words[index] == "h2" {
            half = words[index] == "h1" ? 1 : 2
        } else if ["first", "1st", "second", "2nd"].contains(words[index]), index + 1 < words.count, words[index + 1] == "half" {
            half = ["first", "1st"].contains(words[index]) ? 1 : 2
            end = index + 2
        }
        guard let half else { return nil }
        var year = half == 2 && asOf.month < 7 ? asOf.year - 1 : asOf.year
        if let (parsed, after) = self.year(after: words, at: end) {
            year = parsed
            end = after
        }
        let start = CalendarDate(year: year, month: half == 1 ? 1 : 7, day: 1)
        let last = start.adding(months: 6).adding(days: -1)
        return TimeExpression(kind: period(start, last, "H\(half) \(year)"), range: index..<end)
    }

    private func matchMonth(_ words: [String], at index: Int) -> TimeExpression? {
        guard let month = TimeVocabulary.months[words[index]] else { return nil }
        var end = index + 1
        var year: Int?
        if let (parsed, after) = self.year(after: words, at: end) {
            year = parsed
            end = after
        } else if index > 0, let parsed = Self.year(words[index - 1]) {
            year = parsed  // "2024 march": the year token was already taken as a year; rare
        }
        // "may" and "march" are also ordinary words: require a year or a preposition before them.
        if ["may", "mar", "march", "jun", "dec", "sep"].contains(words[index]) && year == nil {
            guard index > 0, ["in", "of", "since", "from", "for", "during", "to", "until", "through", "and", "vs", "between"].contains(words[index - 1]) else { return nil }
        }
        let resolvedYear = year ?? defaultYear(month: month)
        return TimeExpression(kind: calendarPeriod(.month, containing: CalendarDate(year: resolvedYear, month: month, day: 1)),
                              range: index..<end)
    }

    /// "jan 5", "5 jan 2025", "24-30 nov 2025", "nov 24-30".
    private func matchDayOfMonth(_ words: [String], at index: Int) -> TimeExpression? {
        func days(_ word: String) -> (Int, Int)? {
            let parts = word.split(separator: "-").compactMap { Int($0) }
            guard (1...2).contains(parts.count), parts.count == word.split(separator: "-").count,
                  parts.allSatisfy({ (1...31).contains($0) }), word.count <= 5 else { return nil }
            return (parts[0], parts.last!)
        }
        var month: Int?
        var range: (Int, Int)?
        var end = index
        // "from 15 to 21 December 2025", "between 3 and 9 March"
        let joiners: Set<String> = ["to", "and", "until", "till", "through", "thru"]
        let opener = ["from", "between"].contains(words[index]) ? 1 : 0
        if index + opener + 3 < words.count, let first = Int(words[index + opener]), joiners.contains(words[index + opener + 1]),
           let last = Int(words[index + opener + 2]), (1...31).contains(first), (1...31).contains(last),
           let value = TimeVocabulary.months[words[index + opener + 3]] {
            range = (first, last)
            month = value
            end = index + opener + 4
        } else if let first = days(words[index]), index + 1 < words.count, let value = TimeVocabulary.months[words[index + 1]] {
            range = first
            month = value
            end = index + 2
        } else if let value = TimeVocabulary.months[words[index]], index + 1 < words.count, let second = days(words[index + 1]) {
            month = value
            range = second
            end = index + 2
        }
        guard let month, let (firstDay, lastDay) = range, firstDay <= lastDay else { return nil }
        var year = defaultYear(month: month)
        if let (parsed, after) = self.year(after: words, at: end) {
            year = parsed
            end = after
        }
        guard lastDay <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        let start = CalendarDate(year: year, month: month, day: firstDay)
        let last = CalendarDate(year: year, month: month, day: lastDay)
        return TimeExpression(kind: period(start, last, firstDay == lastDay ? start.iso : "\(start.iso) to \(last.iso)"), range: index..<end)
    }

    private func matchISO(_ words: [String], at index: Int) -> TimeExpression? {
        guard words[index].utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let word = words[index].replacingOccurrences(of: "/", with: "-")
        let parts = word.split(separator: "-")
        if parts.count == 3, let date = CalendarDate(iso: parts.map(String.init).joined(separator: "-").paddedISO) {
            return TimeExpression(kind: period(date, date, date.iso), range: index..<(index + 1))
        }
        if parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1990...2100).contains(year), (1...12).contains(month) {
            return TimeExpression(kind: calendarPeriod(.month, containing: CalendarDate(year: year, month: month, day: 1)),
                                  range: index..<(index + 1))
        }
        return nil
    }
}


extension String {
    /// `2024-3-1` → `2024-03-01`.
    fileprivate var paddedISO: String {
        split(separator: "-").enumerated().map { offset, part in
            offset > 0 && part.count == 1 ? "0" + part : String(part)
        }.joined(separator: "-")
    }
}
