import Foundation

/// Turns a question into FTS5 terms: meaningful words (fillers dropped), stemmed by FTS5 itself,
/// plus synonyms ("aov" → "average order value", "send back" → "return") so documents are found
/// under the words they use.
package struct QueryExpander: Sendable {
    /// Lowercased word or phrase → phrases it also means.
    let synonyms: [String: [String]]

    package init(synonyms: [String: [String]]) {
        self.synonyms = synonyms
    }

    /// Words that carry no meaning for retrieval, beyond the planner's fillers.
    private static let extraStopwords: Set<String> = ["again", "exactly", "mean", "means", "diff", "vs"]

    /// Question words that ask for a definition: searched as "definition" so definition documents rank.
    private static let definitionWords: Set<String> = ["defined", "define", "definition", "calculated", "calculate",
                                                       "computed", "compute", "counted", "formula", "measured", "meaning"]

    package struct Expansion {
        /// Terms for MATCH (words and quoted phrases).
        package var terms: [String] = []
        /// Stems a good answer should contain, for re-ranking by coverage.
        package var stems: [String] = []
        /// The question's meaningful words, each with the stems that would show a passage speaks of
        /// it (its own and its synonyms'): a passage covers a word when it holds any of them, so a
        /// word with many synonyms weighs no more than one without.
        package var concepts: [[String]] = []
    }

    package func expand(_ text: String) -> Expansion {
        let words = QuestionTokens(text).words
        var expansion = Expansion()
        var replaced = Set<Int>()
        func addTerm(_ term: String) {
            if !term.isEmpty && !expansion.terms.contains(term) { expansion.terms.append(term) }
        }
        func addStem(_ word: String) {
            let stem = WordStem.light(word)
            if !expansion.stems.contains(stem) { expansion.stems.append(stem) }
        }
        var conceptAt: [Int: Int] = [:]
        func addConcept(_ stems: [String], at positions: ArraySlice<Int>) {
            let stems = stems.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            guard !stems.isEmpty else { return }
            if positions.count == 1, let position = positions.first, let existing = conceptAt[position] {
                expansion.concepts[existing] += stems.filter { !expansion.concepts[existing].contains($0) }
                return
            }
            expansion.concepts.append(stems)
            if positions.count == 1, let position = positions.first { conceptAt[position] = expansion.concepts.count - 1 }
        }
        // Phrases are matched on the words as typed and on the meaningful words alone, so "send
        // stuff back" and "get their money back" meet "send back" and "money back".
        let meaningful = words.indices.filter { !Stopwords.words.contains(words[$0]) || words[$0] == "back" }
        for sequence in [Array(words.indices), meaningful] {
            for length in stride(from: 3, through: 1, by: -1) where sequence.count >= length {
                for start in 0...(sequence.count - length) {
                    let positions = sequence[start..<(start + length)]
                    let phrase = positions.map { words[$0] }.joined(separator: " ")
                    guard let meanings = synonyms[phrase] else { continue }
                    for meaning in meanings {
                        addTerm(meaning)
                        QuestionTokens(meaning).words.forEach(addStem)
                    }
                    let own = positions.map { words[$0] }.filter { !Stopwords.words.contains($0) }
                    addConcept((own + meanings.flatMap { QuestionTokens($0).words }).filter { !Stopwords.words.contains($0) }.map(WordStem.light),
                               at: positions)
                    // A phrase with a plain-words meaning ("send back" → "return") stands for that meaning.
                    if length > 1 || Stopwords.words.contains(phrase) { replaced.formUnion(positions) }
                }
            }
        }
        for (index, word) in words.enumerated() where !Stopwords.words.contains(word) && !Self.extraStopwords.contains(word) && word.count > 1 {
            if Self.definitionWords.contains(word) {
                addTerm("definition")
            } else {
                addTerm(word)
                if !replaced.contains(index) {
                    addStem(word)
                    addConcept([WordStem.light(word)], at: [index])
                }
            }
        }
        return expansion
    }
}
