import CopilotActions
import CopilotCore
import CopilotKnowledge

/// What the composition root builds for an entry point: the turn pipeline, and the features that
/// routes and the REPL use directly (searching documents, listing and reading actions).
public struct CopilotServices: Sendable {
    public let engine: CopilotEngine
    public let knowledge: KnowledgeBase
    /// Nil when no agent registry is configured.
    public let actions: ActionService?
    /// The documents that answer for this database (path → markdown): what `knowledge` indexes and
    /// what MCP lists as resources; empty for another shop's database without `--knowledge`.
    public let documents: [String: String]

    public init(engine: CopilotEngine, knowledge: KnowledgeBase, actions: ActionService?, documents: [String: String] = [:]) {
        self.engine = engine
        self.knowledge = knowledge
        self.actions = actions
        self.documents = documents
    }
}
