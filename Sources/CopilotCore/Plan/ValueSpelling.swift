/// Spellings of one stored value that differ only in case, spacing, punctuation or a doubled
/// letter: hand-kept tills write "Collected", "collected " and "COLLECTED", "No show" and
/// "No-show", "cancelled" and "canceled". A filter on one of them means all of them.
public enum ValueSpelling {
    /// The value with case, spaces, punctuation and doubled letters folded away.
    public static func key(_ value: String) -> String {
        var folded: [Character] = []
        for character in value.lowercased() where character.isLetter || character.isNumber {
            if character.isLetter, folded.last == character { continue }
            folded.append(character)
        }
        return String(folded)
    }

    /// The stored values spelled like `value`, `value` first; just `value` when none other is.
    public static func variants(of value: String, among stored: [String]) -> [String] {
        let wanted = key(value)
        guard !wanted.isEmpty else { return [value] }
        return [value] + stored.filter { $0 != value && key($0) == wanted }
    }

    /// `values` with one spelling of each: what a reply shows.
    public static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert(key($0).isEmpty ? $0 : key($0)).inserted }
    }
}

extension QueryPlan.Filter {
    /// The filter's values as a reply shows them: one spelling of each, underscores as spaces.
    var shownValues: [String] { ValueSpelling.distinct(values).map(\.replacingUnderscores) }
}
