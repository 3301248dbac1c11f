/// A reply to a pending proposal.
public enum ActionDecision: Sendable, Equatable {
    case confirm, cancel
}

/// What a message asks of the actions feature.
public enum ActionRequest: Sendable, Equatable {
    /// "confirm" / "cancel" answering the proposal made in the turn before.
    case decide(ActionDecision)
    /// A new action to propose (read offline, or the language model's `propose_action`).
    case propose(ActionIntent)
}

/// What the actions feature said, as one turn's reply.
public struct ActionReply: Sendable, Equatable {
    public var kind: ChatReply.Kind
    public var text: String
    public var action: ActionSummary?
    public var suggestions: [String]
    /// The session the action belongs to (for decisions made outside a chat message).
    public var sessionID: String?

    public init(kind: ChatReply.Kind, text: String, action: ActionSummary? = nil, suggestions: [String] = [], sessionID: String? = nil) {
        self.kind = kind
        self.text = text
        self.action = action
        self.suggestions = suggestions
        self.sessionID = sessionID
    }
}

/// The turn pipeline's view of the actions feature: it recognises requests, turns them into
/// proposals, and carries out a proposal only on an explicit confirmation by someone allowed to.
/// The implementation (agent registry, audit log, agent calls) lives in `CopilotActions`.
public protocol ActionDesk: Sendable {
    /// A decision or an action request in `message`, or nil when the message is not about actions.
    func recognise(_ message: String) -> ActionRequest?
    /// Handles a request made in `session`. `lastTurnKind` is the kind of the turn just before: a
    /// decision counts only right after a proposal.
    func handle(_ request: ActionRequest, sessionID: String, lastTurnKind: ChatReply.Kind?, caller: Caller) async throws -> ActionReply
    /// Confirms a proposal by id (HTTP, REPL, MCP). Throws the feature's error when it cannot.
    func confirm(id: String, caller: Caller) async throws -> ActionReply
    /// Cancels a proposal by id.
    func cancel(id: String, caller: Caller) async throws -> ActionReply
}
