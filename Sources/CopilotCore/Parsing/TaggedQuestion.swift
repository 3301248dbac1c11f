/// A question split into lexemes and tagged: every lexeme belongs to exactly one span, and each
/// span lists what it can mean (nothing, for an unknown word).
public struct TaggedQuestion: Sendable, Equatable {
    public var lexemes: [Lexeme]
    /// Folded words after abbreviations and spelling corrections, one per lexeme.
    public var words: [String]
    public var spans: [Span]

    /// Spans that nothing gave a meaning to.
    public var unknown: [Span] { spans.filter(\.isUnknown) }
}
