/// A period opened on one side by the word before it: "after June", "since 2023", "before Q2",
/// "until last week". The open side is bounded far in the past or the future, which stands for
/// "any time" in a date comparison.
enum OpenPeriod {
    enum Side: Sendable { case after, since, before, until }

    /// The bound word (one or two words) right before `index`, and the side it opens.
    static func bound(before index: Int, in words: [String]) -> (length: Int, side: Side)? {
        // "since the start of 2021", "until the end of Q3".
        if index >= 4, let side = fourWords[words[(index - 4)..<index].joined(separator: " ")] { return (4, side) }
        if index >= 2, let side = twoWords[words[index - 2] + " " + words[index - 1]] { return (2, side) }
        // "week by week through November": throughout it, after a grain, not up to it.
        if index >= 2, ["through", "thru"].contains(words[index - 1]),
           ["week", "weeks", "weekly", "day", "days", "daily", "month", "months", "monthly"].contains(words[index - 2]) { return nil }
        if index >= 1, let side = oneWord[words[index - 1]] { return (1, side) }
        return nil
    }

    /// The bound words (one or two) right after a period ending at `end`: "2020 or later", "2019
    /// and earlier", "March onwards".
    static func bound(after end: Int, in words: [String]) -> (length: Int, side: Side)? {
        if end + 1 < words.count, let side = twoWordsAfter[words[end] + " " + words[end + 1]] { return (2, side) }
        if end < words.count, let side = oneWordAfter[words[end]] { return (1, side) }
        return nil
    }

    private static let twoWordsAfter: [String: Side] = ["or later": .since, "and later": .since, "or after": .since, "or newer": .since,
                                                        "and after": .since, "or earlier": .until, "and earlier": .until,
                                                        "or before": .until, "or older": .until, "and before": .until]
    private static let oneWordAfter: [String: Side] = ["onwards": .since, "onward": .since]

    private static let oneWord: [String: Side] = ["after": .after, "since": .since, "before": .before, "until": .until,
                                                  "till": .until, "through": .until, "thru": .until]
    private static let fourWords: [String: Side] = ["since the start of": .since, "since the beginning of": .since, "from the start of": .since,
                                                    "from the beginning of": .since, "until the end of": .until, "up to the end of": .until,
                                                    "through the end of": .until, "till the end of": .until, "before the start of": .before,
                                                    "after the end of": .after]
    private static let twoWords: [String: Side] = ["prior to": .before, "up to": .until, "later than": .after, "earlier than": .before]

    /// The period opened on one side. Labels read after "in" ("in the time after 2025-06-01").
    static func open(_ period: QueryPlan.Period, _ side: Side) -> QueryPlan.Period {
        let past = "0001-01-01", future = "9999-12-31"
        switch side {
        case .after: return QueryPlan.Period(start: period.end, end: future, label: "the time after \(period.label)", relative: period.relative)
        case .since: return QueryPlan.Period(start: period.start, end: future, label: "the time since \(period.label)", relative: period.relative)
        case .before: return QueryPlan.Period(start: past, end: period.start, label: "the time before \(period.label)", relative: period.relative)
        case .until: return QueryPlan.Period(start: past, end: period.end, label: "the time up to \(period.label)", relative: period.relative)
        }
    }
}
