import CopilotCore

/// One request to an agent: the action, its validated arguments, and the key that makes resending
/// it harmless (the action id).
public struct AgentCall: Sendable {
    public var agent: AgentDefinition
    public var action: ActionDefinition
    public var arguments: [String: JSONValue]
    public var idempotencyKey: String

    public init(agent: AgentDefinition, action: ActionDefinition, arguments: [String: JSONValue], idempotencyKey: String) {
        self.agent = agent
        self.action = action
        self.arguments = arguments
        self.idempotencyKey = idempotencyKey
    }
}

/// What became of a call, after retries.
public struct AgentOutcome: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        /// 2xx: the agent acted (or had already acted for this key) and sent its receipt.
        case succeeded
        /// 4xx: the agent refused; nothing happened and resending will not help.
        case rejected
        /// Connection refused, timeout, 5xx or an open circuit: resending with the same key is safe.
        case unavailable
    }

    public var result: Result
    /// The last HTTP status, when one arrived.
    public var status: Int?
    /// The agent's JSON body (receipt or error).
    public var body: JSONValue?
    /// Why it did not succeed, for people (no secrets).
    public var message: String?
    /// HTTP requests made (0 when the circuit was open).
    public var attempts: Int
    /// Why each failed attempt before the last one failed, for the audit log.
    public var retried: [String] = []

    public init(result: Result, status: Int? = nil, body: JSONValue? = nil, message: String? = nil, attempts: Int) {
        self.result = result
        self.status = status
        self.body = body
        self.message = message
        self.attempts = attempts
    }
}

/// Carries out confirmed actions by calling agent services. Implementations must send
/// ``AgentCall/idempotencyKey`` with every attempt and retry only with that same key.
public protocol AgentClient: Sendable {
    func execute(_ call: AgentCall) async -> AgentOutcome
}
