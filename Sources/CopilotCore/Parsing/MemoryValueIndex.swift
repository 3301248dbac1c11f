/// A ``ValueIndex`` over value lists held in memory: the values a semantic model declares, or a
/// small database's. Exact matches of whole values (case and accents ignored, plurals folded).
public struct MemoryValueIndex: ValueIndex {
    private var table = PhraseTable<Pair>()
    /// The values' words, for typo correction ("electronis" → "electronics").
    private let speller: Speller

    struct Pair: Sendable, Equatable {
        var field: String
        var value: String
    }

    /// `values`: field → its values; `synonyms`: field → value → other names for it.
    public init(values: [String: [String]], synonyms: [String: [String: [String]]] = [:]) {
        for (field, list) in values {
            for value in list where !Self.isTooGeneric(value) { table.add(value, Pair(field: field, value: value)) }
        }
        for (field, map) in synonyms {
            for (value, names) in map { for name in names { table.add(name, Pair(field: field, value: value)) } }
        }
        let names = values.values.joined() + synonyms.values.flatMap { $0.values.joined() }
        speller = Speller(vocabulary: Set(names.flatMap { Lexer.lex($0).map(\.folded) }))
    }

    public func matches(in words: [String], codes: Set<Int>, known: Set<Int>) async -> [ValueMatch] {
        var variants = words
        var corrected = Set<Int>()
        for (index, word) in words.enumerated() where !known.contains(index) && !Grammar.isStructureWord(word) {
            if let fixed = speller.correct(word) {
                variants[index] = fixed
                corrected.insert(index)
            }
        }
        return find(in: variants).map { match in
            var match = match
            if match.range.contains(where: corrected.contains) { match.exact = false }
            return match
        }
    }

    /// Every occurrence, longest first at each position.
    func find(in words: [String]) -> [ValueMatch] {
        var result: [ValueMatch] = []
        let stems = words.map(PhraseTable<Pair>.stem)
        for start in words.indices where table.startsPhrase(stems[start]) {
            for length in stride(from: min(table.longest, words.count - start), through: 1, by: -1) {
                guard let pairs = table.lookup(stems: stems[start..<(start + length)]) else { continue }
                result += pairs.map { ValueMatch(range: start..<(start + length), field: $0.field, value: $0.value) }
                break
            }
        }
        return result
    }

    /// Values that are common words or too short to stand for themselves.
    static func isTooGeneric(_ value: String) -> Bool {
        let words = Lexer.lex(value).map(\.folded)
        guard !words.isEmpty else { return true }
        if words.count == 1 {
            let word = words[0]
            return word.count < 2 || word.allSatisfy(\.isNumber) || (Grammar.phrases[word] != nil && word.count < 5)
        }
        return false
    }
}
