/// The shape of demand over the order window (2023-01-01 … 2025-12-31): growth, seasons, weekly and
/// daily rhythm, and the retail calendar's events (Black Friday, Christmas, summer sales).
struct DemoTimeline {
    static let firstDay = DemoCalendar.day(year: 2023, month: 1, day: 1)
    static let lastDay = DemoCalendar.day(year: 2025, month: 12, day: 31)
    static let dayCount = lastDay - firstDay + 1
    static let firstYear = 2023
    /// The first instant after the window. Nothing the data describes (a delivery, a return, a
    /// review, a stock count) happens at or after it: the database is a snapshot as of 2025-12-31.
    static let end = (lastDay + 1) * DemoCalendar.secondsPerDay
    static let asOf = "2025-12-31"

    /// Relative order volume per day of the window.
    let dayWeights: [Double]
    /// Black Friday of 2023, 2024, 2025.
    let blackFridays: [Int]
    /// Mid-July two-day sale (second Tuesday), a Prime-Day-like spike.
    let summerSaleDays: [Int]

    init(random: inout SeededRandom) {
        blackFridays = (0..<3).map { DemoTimeline.blackFriday(year: DemoTimeline.firstYear + $0) }
        summerSaleDays = (0..<3).map { index in
            let firstOfJuly = DemoCalendar.day(year: DemoTimeline.firstYear + index, month: 7, day: 1)
            return firstOfJuly + (8 - DemoCalendar.weekday(firstOfJuly)) % 7 + 7
        }
        // Monday first. Web orders dip on Friday and Saturday evenings out, recover on Sunday.
        let weekday: [Double] = [1.06, 1.0, 0.99, 0.98, 0.94, 0.87, 1.02]
        let season: [Double] = [0.88, 0.80, 0.90, 0.92, 0.95, 0.93, 0.97, 0.94, 0.95, 1.0, 1.24, 1.38]
        var weights: [Double] = []
        weights.reserveCapacity(DemoTimeline.dayCount)
        for day in DemoTimeline.firstDay...DemoTimeline.lastDay {
            let date = DemoCalendar.civil(day)
            var weight = DemoTimeline.trend(day) * season[date.month - 1] * weekday[DemoCalendar.weekday(day)]
            weight *= Self.eventFactor(day: day, date: date, blackFridays: blackFridays, summerSaleDays: summerSaleDays)
            weight *= max(0.5, random.normal(mean: 1, deviation: 0.06))
            weights.append(weight)
        }
        dayWeights = weights
    }

    /// Business growth: about +20 % orders a year (revenue grows faster with prices and mix),
    /// interpolated day by day so there is no step on January 1st.
    static func trend(_ day: Int) -> Double {
        let anchors: [Double] = [1.0, 1.21, 1.45, 1.75]
        let year = DemoCalendar.civil(day).year
        let index = min(max(year - firstYear, 0), 2)
        let start = DemoCalendar.day(year: firstYear + index, month: 1, day: 1)
        let length = DemoCalendar.day(year: firstYear + index + 1, month: 1, day: 1) - start
        let fraction = Double(day - start) / Double(length)
        return anchors[index] + (anchors[index + 1] - anchors[index]) * fraction
    }

    private static func eventFactor(day: Int, date: (year: Int, month: Int, day: Int), blackFridays: [Int],
                                    summerSaleDays: [Int]) -> Double {
        let blackFriday = blackFridays[date.year - firstYear]
        switch day - blackFriday {
        case 0: return 2.7
        case 1: return 1.9
        case 2: return 1.7
        case 3: return 2.3  // Cyber Monday
        case -4 ... -1: return 1.15
        default: break
        }
        let summerSale = summerSaleDays[date.year - firstYear]
        if day == summerSale || day == summerSale + 1 { return 1.6 }
        switch (date.month, date.day) {
        case (1, 1): return 0.5
        case (12, 1...17): return 1.1
        case (12, 24): return 0.6
        case (12, 25): return 0.35
        case (12, 26): return 0.95
        case (12, 27...31): return 0.8
        default: return 1
        }
    }

    /// The day after the fourth Thursday of November.
    static func blackFriday(year: Int) -> Int {
        let first = DemoCalendar.day(year: year, month: 11, day: 1)
        let firstThursday = first + (3 - DemoCalendar.weekday(first) + 7) % 7
        return firstThursday + 21 + 1
    }

    /// Black Friday through Cyber Monday.
    func isBlackFridayWeekend(_ day: Int) -> Bool {
        let offset = day - blackFridays[DemoTimeline.yearIndex(day)]
        return offset >= 0 && offset <= 3
    }

    /// 0 for 2023, 1 for 2024, 2 for 2025 (clamped).
    static func yearIndex(_ day: Int) -> Int {
        min(max(DemoCalendar.civil(day).year - firstYear, 0), 2)
    }

    /// Splits `total` orders over the days in proportion to ``dayWeights``, exactly and without
    /// consuming randomness.
    func ordersPerDay(total: Int) -> [Int] {
        DemoBuild.apportion(total: total, weights: dayWeights)
    }

    /// Price level relative to today's list prices, in percent: list prices rose about 3 % a year.
    static func priceLevel(_ day: Int) -> Int {
        [94, 97, 100][yearIndex(day)]
    }

    /// Markdown odds and depth (percent) for an item of `category` sold on `day`.
    func markdown(day: Int, category: Int) -> (probability: Double, minPercent: Int, maxPercent: Int) {
        if isBlackFridayWeekend(day) {
            return (category == 0 || category == 5 ? 0.5 : 0.3, 15, 30)
        }
        let summerSale = summerSaleDays[DemoTimeline.yearIndex(day)]
        if (day == summerSale || day == summerSale + 1) && category == 0 { return (0.35, 10, 25) }
        let date = DemoCalendar.civil(day)
        if (date.month == 1 && date.day >= 2) || date.month == 7 {  // seasonal clearance sales
            if category == 2 { return (0.4, 20, 50) }
            if category == 1 { return (0.2, 10, 30) }
        }
        return (0.04, 10, 20)
    }

    /// Hour-of-day profile: web and marketplace orders peak in the evening, stores trade 9:00–20:00.
    static let webHours: [Double] = [0.6, 0.35, 0.2, 0.15, 0.15, 0.25, 0.5, 0.9, 1.3, 1.6, 1.8, 1.9,
                                     2.1, 2.0, 1.8, 1.8, 1.9, 2.0, 2.2, 2.6, 2.9, 2.7, 2.0, 1.2]
    static let storeHours: [Double] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.8, 1.2, 1.6,
                                       2.0, 1.9, 1.7, 1.8, 2.0, 2.2, 2.0, 1.4, 0.7, 0, 0, 0]

    /// A second of the day for an order taken through `channel`.
    static func secondOfDay(retail: Bool, random: inout SeededRandom) -> Int {
        let hour = random.pickIndex(weights: retail ? storeHours : webHours)
        return hour * 3600 + random.int(below: 3600)
    }
}
