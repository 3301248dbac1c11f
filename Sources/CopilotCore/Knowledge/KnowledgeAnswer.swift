/// A reply from the knowledge base: an excerpt of the best passage, quoted, and where it came from.
public struct KnowledgeAnswer: Sendable, Equatable {
    public var text: String
    public var citations: [ChatReply.Citation]

    public init(text: String, citations: [ChatReply.Citation]) {
        self.text = text
        self.citations = citations
    }
}
