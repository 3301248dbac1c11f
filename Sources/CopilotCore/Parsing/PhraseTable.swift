/// Phrases (sequences of folded words) with payloads, for longest-match lookup over a question.
/// Words are compared by their light stem, so "categories" meets "category".
struct PhraseTable<Payload: Sendable & Equatable>: Sendable {
    private(set) var entries: [String: [Payload]] = [:]
    private(set) var longest = 1
    /// The stem of every phrase's first word: a question position that starts none is skipped.
    private var firstStems = Set<String>()
    /// Every word of every phrase as written, for spelling correction.
    private(set) var words = Set<String>()

    mutating func add(_ phrase: String, _ payload: Payload) {
        let tokens = Lexer.lex(phrase).map(\.folded)
        guard !tokens.isEmpty else { return }
        add(tokens: tokens, payload)
        // "Home & Kitchen" is also "home and kitchen"; "BackMarket" is also "back market".
        if tokens.contains("&") { add(tokens: tokens.map { $0 == "&" ? "and" : $0 }, payload) }
        if tokens.count > 1, tokens.count <= 3, tokens.allSatisfy({ $0.allSatisfy(\.isLetter) }) { add(tokens: [tokens.joined()], payload) }
    }

    private mutating func add(tokens: [String], _ payload: Payload) {
        let stems = tokens.map(Self.stem)
        let key = stems.joined(separator: " ")
        firstStems.insert(stems[0])
        if !(entries[key]?.contains(payload) ?? false) { entries[key, default: []].append(payload) }
        longest = max(longest, tokens.count)
        words.formUnion(tokens)
    }

    /// The payloads of the phrase `words[range]`.
    func lookup(_ words: ArraySlice<String>) -> [Payload]? {
        lookup(stems: ArraySlice(words.map(Self.stem)))
    }

    /// The payloads of a phrase already stemmed word by word (a question's words are stemmed once).
    func lookup(stems: ArraySlice<String>) -> [Payload]? {
        guard let first = stems.first, firstStems.contains(first) else { return nil }
        return entries[stems.joined(separator: " ")]
    }

    /// Whether some phrase starts with this stemmed word.
    func startsPhrase(_ stem: String) -> Bool { firstStems.contains(stem) }

    /// A light stemmer: plural and possessive endings only.
    static func stem(_ word: String) -> String { WordStem.light(word) }

}
