import CopilotCore
import CopilotSQLite

/// The words of an index's values, loaded once, for typo correction ("gdanks" → "gdansk").
actor ValueVocabulary {
    private var words: Words?

    struct Words: Sendable {
        let all: Set<String>
        let speller: Speller

        init(_ terms: [String]) {
            all = Set(terms)
            speller = Speller(vocabulary: all)
        }

        func contains(_ word: String) -> Bool { all.contains(word) }

        /// The one value word nearest to `word`, if unique.
        func correction(of word: String) -> String? { speller.correct(word) }
    }

    func load(from queue: DatabaseQueue) async -> Words {
        if let words { return words }
        let terms = (try? await queue.withConnection { connection in
            try connection.rows("SELECT term FROM value_terms").compactMap { $0.first?.stringValue }
        }) ?? []
        let loaded = Words(terms)
        words = loaded
        return loaded
    }
}
