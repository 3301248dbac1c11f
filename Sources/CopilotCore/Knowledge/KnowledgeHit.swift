/// One search result: a chunk of a knowledge document.
public struct KnowledgeHit: Sendable, Codable, Equatable {
    /// Repository-relative path of the document (`knowledge/returns-and-refunds.md`).
    public var source: String
    public var title: String
    /// The innermost heading of the chunk.
    public var section: String
    /// "Title › Section › Subsection".
    public var headingPath: String
    /// BM25 score (higher is better; FTS5's own scale is negated).
    public var score: Double
    /// The best-matching fragment with matches in [brackets].
    public var snippet: String
    public var body: String
    /// Fraction of the query's meaningful words found in the chunk.
    public var coverage: Double
    /// Fraction of the query's meaningful words that the knowledge base uses anywhere which are
    /// found in the chunk: "a bracelet we personalised" is judged on "personalised", since no
    /// document speaks of bracelets.
    public var knownCoverage: Double
    /// The question's stems found here that few chunks use ("personalised", not "usually"): the
    /// words this passage can be said to explain.
    public var distinctive: [String]

    public init(source: String, title: String, section: String, headingPath: String, score: Double, snippet: String,
                body: String, coverage: Double, knownCoverage: Double? = nil, distinctive: [String] = []) {
        self.source = source
        self.title = title
        self.section = section
        self.headingPath = headingPath
        self.score = score
        self.snippet = snippet
        self.body = body
        self.coverage = coverage
        self.knownCoverage = knownCoverage ?? coverage
        self.distinctive = distinctive
    }

    enum CodingKeys: String, CodingKey {
        case source, title, section, score, snippet, body, coverage
        case headingPath = "heading_path"
        case knownCoverage = "known_coverage"
        case distinctive
    }
}
