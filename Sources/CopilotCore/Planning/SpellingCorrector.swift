/// Fixes typos in question words against the words the planner knows (schema phrases, dates,
/// structure words) before anything reads them: "reveune" → "revenue", "quartely" → "quarterly".
/// Words it knows, fillers, numbers and short words are left alone; ambiguous corrections are not made.
struct SpellingCorrector: Sendable {
    private let vocabulary: Set<String>
    private let byLength: [Int: [String]]

    init(lexicon: Lexicon, extraWords: Set<String> = []) {
        var words = lexicon.surfaceWords.union(extraWords)
        words.formUnion(TimeVocabulary.months.keys)
        words.formUnion(TimeVocabulary.units.keys)
        words.formUnion(TimeVocabulary.grainAdjectives.keys)
        words.formUnion(TimeVocabulary.grainNouns.keys)
        words.formUnion(["today", "yesterday", "quarter", "weekly", "including", "excluding", "compared", "previous"])
        words.formUnion(PlannerVocabulary.descendingRank)
        words.formUnion(PlannerVocabulary.ascendingRank)
        words.formUnion(PlannerVocabulary.comparison)
        words.formUnion(PlannerVocabulary.share)
        words.formUnion(PlannerVocabulary.trend)
        // Candidates are whole words of five letters or more: short ones ("back" of "back market")
        // would turn real words ("black") into noise.
        let known = words.filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }
        vocabulary = words.union(PlannerVocabulary.fillers)
        byLength = Dictionary(grouping: known, by: \.count)
    }

    func correct(_ words: [String]) -> [String] {
        words.map(correct)
    }

    func correct(_ word: String) -> String {
        guard word.count >= 5, word.allSatisfy(\.isLetter), !vocabulary.contains(word),
              !vocabulary.contains(Lexicon.stem(word)) else { return word }
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
        // A unique nearest word, or several that are the same word in another number.
        guard bestDistance <= limit, let first = best.first,
              best.allSatisfy({ Lexicon.stem($0) == Lexicon.stem(first) }) else { return word }
        return first
    }
}
