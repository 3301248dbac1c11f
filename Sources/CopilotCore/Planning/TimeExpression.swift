/// A date phrase found in a question.
struct TimeExpression: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A period ("last month", "Q3 2024", "2024-03-01 to 2024-03-31").
        case period(QueryPlan.Period)
        /// A time bucket ("monthly", "by week").
        case grain(QueryPlan.Grain)
        /// "YoY", "year over year", "MoM": compare with the same span shifted back.
        case shift(months: Int)
        /// "the month before", "previous period": relative to the conversation's period.
        case previousOfContext(months: Int?)
    }

    var kind: Kind
    /// Token indices the phrase covers.
    var range: Range<Int>
}

/// Date vocabulary: language, not schema, so it lives in code.
enum TimeVocabulary {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let units: [String: Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "wk": .week, "wks": .week, "month": .month,
        "months": .month, "mo": .month, "mos": .month, "mth": .month, "mths": .month, "quarter": .quarter,
        "quarters": .quarter, "qtr": .quarter, "qtrs": .quarter, "year": .year, "years": .year, "yr": .year,
        "yrs": .year,
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4,
    ]

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
        "hundred": 100, "a": 1,
    ]

    enum Unit: Sendable { case day, week, month, quarter, year }

    /// Words that announce a grain when they follow "by", "per", "each", "every", "a".
    static let grainNouns: [String: QueryPlan.Grain] = [
        "day": .day, "days": .day, "date": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "quarter": .quarter, "quarters": .quarter, "year": .year, "years": .year, "weekday": .weekday,
        "weekdays": .weekday, "hour": .hour, "hours": .hour, "dow": .weekday,
    ]

    /// Words that are a grain on their own.
    static let grainAdjectives: [String: QueryPlan.Grain] = [
        "daily": .day, "weekly": .week, "monthly": .month, "quarterly": .quarter, "yearly": .year,
        "annual": .year, "annually": .year, "hourly": .hour,
    ]
}
