/// Corrects typos in question words against the words the copilot knows (schema phrases,
/// structure words, dates): "reveune" → "revenue". Known words, numbers and short words are left
/// alone, and a correction is made only when one known word is nearest.
///
/// Speed matters because a value vocabulary can hold tens of thousands of words and a long
/// question many unknown ones: candidates are kept as bytes with a bitmask of the bytes they
/// contain, and the edit distance runs only on candidates whose mask is within reach.
package struct Speller: Sendable {
    /// A known word, ready for comparison.
    private struct Candidate: Sendable {
        let word: String
        let bytes: [UInt8]
        let mask: UInt64
    }

    private let vocabulary: Set<String>
    private let byLength: [Int: [Candidate]]
    /// Four-letter words by their sorted letters: a short word is corrected only when two
    /// neighbouring letters were swapped ("teir" → "tier"), the one slip that keeps every letter.
    private let shortByLetters: [String: [String]]

    package init(vocabulary: Set<String>) {
        self.vocabulary = vocabulary
        // Candidates are whole words of five letters or more: short ones would turn real words
        // into noise ("black" into "back").
        let words = vocabulary.filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }
        byLength = Dictionary(grouping: words.map { word in
            let bytes = Array(word.utf8)
            return Candidate(word: word, bytes: bytes, mask: Self.mask(bytes))
        }, by: \.word.count)
        shortByLetters = Dictionary(grouping: vocabulary.filter { $0.count == 4 && $0.allSatisfy(\.isLetter) }) { String($0.sorted()) }
    }

    /// Whether the word (or its singular) is one the copilot knows.
    package func knows(_ word: String) -> Bool { vocabulary.contains(word) || vocabulary.contains(PhraseTable<Meaning>.stem(word)) }

    /// The corrected word, or nil when it is known or no single correction is close enough.
    package func correct(_ word: String) -> String? {
        if word.count == 4 { return swapped(word) }
        guard word.count >= 5, word.allSatisfy(\.isLetter), !vocabulary.contains(word),
              !vocabulary.contains(PhraseTable<Meaning>.stem(word)) else { return nil }
        let limit = word.count >= 8 ? 2 : 1
        let bytes = Array(word.utf8)
        let mask = Self.mask(bytes)
        var best: [String] = []
        var bestDistance = limit + 1
        for length in (word.count - limit)...(word.count + limit) {
            for candidate in byLength[length] ?? [] {
                // Each edit adds or removes at most two byte kinds, so a candidate whose set of
                // byte kinds differs by more than twice the reachable edits cannot be near.
                guard (candidate.mask ^ mask).nonzeroBitCount <= 2 * min(limit, bestDistance) else { continue }
                let distance = EditDistance.damerauLevenshtein(bytes, candidate.bytes, limit: limit)
                if distance < bestDistance {
                    bestDistance = distance
                    best = [candidate.word]
                } else if distance == bestDistance {
                    best.append(candidate.word)
                }
            }
        }
        guard bestDistance <= limit, let first = best.first,
              best.allSatisfy({ PhraseTable<Meaning>.stem($0) == PhraseTable<Meaning>.stem(first) }) else { return nil }
        // A number word only from its own letters ("eigth"): "weight" is no "eight".
        if Self.numberWords.contains(first), first.count != word.count || first.sorted() != word.sorted() { return nil }
        return first
    }

    static let numberWords: Set<String> = ["three", "seven", "eight", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
                                           "seventy", "eighty", "ninety", "hundred", "thousand", "million", "eleven", "twelve",
                                           "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen"]

    /// The one known four-letter word `word` becomes by swapping two neighbouring letters.
    private func swapped(_ word: String) -> String? {
        guard word.allSatisfy(\.isLetter), !vocabulary.contains(word), !vocabulary.contains(PhraseTable<Meaning>.stem(word)) else { return nil }
        let letters = Array(word)
        let found = (shortByLetters[String(word.sorted())] ?? []).filter { candidate in
            let other = Array(candidate)
            let differing = letters.indices.filter { letters[$0] != other[$0] }
            return differing.count == 2 && differing[1] == differing[0] + 1
        }
        return found.count == 1 ? found[0] : nil
    }

    /// One bit per byte kind (bytes folded onto 64 bits).
    private static func mask(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0) { $0 | (1 << UInt64($1 & 63)) }
    }
}
