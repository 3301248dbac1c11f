/// Where policy and definition passages come from: the FTS5 knowledge base in production, any
/// searchable collection in principle. The core asks it; it never knows how documents are stored.
public protocol KnowledgeSource: Sendable {
    /// The best passages for `query`, best first, each with how much of the query it covers.
    func search(_ query: String, limit: Int) async throws -> [KnowledgeHit]
}
