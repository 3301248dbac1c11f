import CopilotCore
import CopilotSQLite

/// The words of an index's values, loaded once, for typo correction ("gdanks" → "gdansk").
actor ValueVocabulary {
    private var words: Words?

    struct Words: Sendable {
        let all: Set<String>
        let byLength: [Int: [String]]

        func contains(_ word: String) -> Bool { all.contains(word) }

        /// The one value word nearest to `word` (edit distance 1, or 2 for long words), if unique.
        func correction(of word: String) -> String? {
            guard word.count >= 5, word.allSatisfy(\.isLetter) else { return nil }
            let limit = word.count >= 8 ? 2 : 1
            var best: [String] = []
            var bestDistance = limit + 1
            for length in (word.count - limit)...(word.count + limit) {
                for candidate in byLength[length] ?? [] {
                    let distance = EditDistance.damerauLevenshtein(word, candidate, limit: limit)
                    if distance < bestDistance {
                        bestDistance = distance
                        best = [candidate]
                    } else if distance == bestDistance {
                        best.append(candidate)
                    }
                }
            }
            return bestDistance <= limit && best.count == 1 ? best[0] : nil
        }
    }

    func load(from queue: DatabaseQueue) async -> Words {
        if let words { return words }
        let terms = (try? await queue.withConnection { connection in
            try connection.rows("SELECT term FROM value_terms").compactMap { $0.first?.stringValue }
        }) ?? []
        let loaded = Words(all: Set(terms), byLength: Dictionary(grouping: terms.filter { $0.count >= 4 && $0.allSatisfy(\.isLetter) }, by: \.count))
        words = loaded
        return loaded
    }
}
