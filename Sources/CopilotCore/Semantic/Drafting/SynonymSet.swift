/// The synonyms of a drafted model: each phrase in one field only and once per field, in the order
/// added, so the parser never meets the same words meaning two things the drafter made up.
struct SynonymSet: Sendable {
    private var taken: Set<String> = []

    /// `phrases` minus blanks, repeats and phrases another field already holds; the accepted ones are
    /// reserved.
    mutating func claim(_ phrases: [String]) -> [String] {
        var result: [String] = []
        for phrase in phrases {
            let clean = phrase.split(separator: " ").joined(separator: " ").lowercased()
            guard !clean.isEmpty, !taken.contains(clean) else { continue }
            taken.insert(clean)
            result.append(clean)
        }
        return result
    }

    /// Whether a phrase is already used.
    func contains(_ phrase: String) -> Bool { taken.contains(phrase.lowercased()) }
}
