/// Corrects typos in question words against the words the copilot knows (schema phrases,
/// structure words, dates): "reveune" → "revenue". Known words, numbers and short words are left
/// alone, and a correction is made only when one known word is nearest.
package struct Speller: Sendable {
    private let vocabulary: Set<String>
    private let byLength: [Int: [String]]

    package init(vocabulary: Set<String>) {
        self.vocabulary = vocabulary
        // Candidates are whole words of five letters or more: short ones would turn real words
        // into noise ("black" into "back").
        byLength = Dictionary(grouping: vocabulary.filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }, by: \.count)
    }

    /// Whether the word (or its singular) is one the copilot knows.
    package func knows(_ word: String) -> Bool { vocabulary.contains(word) || vocabulary.contains(PhraseTable<Meaning>.stem(word)) }

    /// The corrected word, or nil when it is known or no single correction is close enough.
    package func correct(_ word: String) -> String? {
        guard word.count >= 5, word.allSatisfy(\.isLetter), !vocabulary.contains(word),
              !vocabulary.contains(PhraseTable<Meaning>.stem(word)) else { return nil }
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
        guard bestDistance <= limit, let first = best.first,
              best.allSatisfy({ PhraseTable<Meaning>.stem($0) == PhraseTable<Meaning>.stem(first) }) else { return nil }
        return first
    }
}
