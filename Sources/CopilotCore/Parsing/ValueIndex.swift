/// Finds values of the data's text fields in a question: names of customers, products, stores,
/// cities, codes. The semantic model lists the small value sets; an index over the reporting
/// database holds the rest.
public protocol ValueIndex: Sendable {
    /// Value occurrences in `words` (folded lexemes), each with the field it belongs to. A value
    /// found in several fields is returned once per field. `codes` are positions typed in capitals
    /// ("US", "NY"): searched even when the word is also an English word. `known` are positions
    /// whose word the copilot knows already: never "corrected" into a value's word.
    func matches(in words: [String], codes: Set<Int>, known: Set<Int>) async -> [ValueMatch]
}

/// A value of a field found in a question.
public struct ValueMatch: Sendable, Equatable {
    /// Lexeme indices.
    public var range: Range<Int>
    /// The field (dimension) name.
    public var field: String
    /// The value as stored.
    public var value: String
    /// False when found with a typo corrected or in another word order.
    public var exact: Bool

    public init(range: Range<Int>, field: String, value: String, exact: Bool = true) {
        self.range = range
        self.field = field
        self.value = value
        self.exact = exact
    }
}
