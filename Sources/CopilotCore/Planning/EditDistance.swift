/// Optimal-string-alignment Damerau–Levenshtein distance (an adjacent swap costs 1), with an early
/// exit once every path exceeds `limit`.
package enum EditDistance {
    package static func damerauLevenshtein(_ a: String, _ b: String, limit: Int = .max) -> Int {
        damerauLevenshtein(Array(a.utf8), Array(b.utf8), limit: limit)
    }

    /// The distance between two byte strings (UTF-8), for callers that keep words as bytes.
    package static func damerauLevenshtein(_ a: [UInt8], _ b: [UInt8], limit: Int = .max) -> Int {
        if a == b { return 0 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previousPrevious, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
