import CopilotCore

/// Where an action is in its life. Transitions (each one a conditional update in the store):
/// `proposed → executing → succeeded | failed`, `proposed → cancelled | expired`, and
/// `failed → executing` again only when the failure was transient (``ActionRecord/retryable``).
public enum ActionStatus: String, Sendable, Codable, CaseIterable {
    case proposed, executing, succeeded, failed, cancelled, expired

    /// No further transition is possible (a retryable failure aside).
    public var isFinal: Bool { ![.proposed, .executing].contains(self) }
}

/// One action as the audit log keeps it: what was proposed, by whom, who decided, what the agent said.
public struct ActionRecord: Sendable, Codable, Equatable {
    public var id: String
    public var sessionID: String
    public var agent: String
    public var name: String
    public var arguments: [String: JSONValue]
    public var summary: String
    public var status: ActionStatus
    /// The least role that may confirm it.
    public var confirmRole: Role
    /// The caller id that asked (the session's owner).
    public var proposedBy: String
    public var proposedAt: String
    public var expiresAt: String
    public var confirmedBy: String?
    public var confirmedAt: String?
    public var cancelledBy: String?
    public var finishedAt: String?
    /// From confirmation to the final answer.
    public var durationMS: Double?
    /// HTTP calls made to the agent, retries included.
    public var attempts: Int
    /// The agent's final HTTP status.
    public var responseStatus: Int?
    /// The agent's JSON answer (a receipt on success, an error body otherwise).
    public var receipt: JSONValue?
    public var error: String?
    /// A failure that cannot have had an effect or is safe to resend with the same idempotency key
    /// (connection refused, timeout, 5xx, circuit open): confirming again retries it.
    public var retryable: Bool

    enum CodingKeys: String, CodingKey {
        case id, agent, name, arguments, summary, status, attempts, receipt, error, retryable
        case sessionID = "session_id"
        case confirmRole = "confirm_role"
        case proposedBy = "proposed_by"
        case proposedAt = "proposed_at"
        case expiresAt = "expires_at"
        case confirmedBy = "confirmed_by"
        case confirmedAt = "confirmed_at"
        case cancelledBy = "cancelled_by"
        case finishedAt = "finished_at"
        case durationMS = "duration_ms"
        case responseStatus = "response_status"
    }

    public init(id: String, sessionID: String, agent: String, name: String, arguments: [String: JSONValue], summary: String,
                status: ActionStatus, confirmRole: Role, proposedBy: String, proposedAt: String, expiresAt: String,
                confirmedBy: String? = nil, confirmedAt: String? = nil, cancelledBy: String? = nil, finishedAt: String? = nil,
                durationMS: Double? = nil, attempts: Int, responseStatus: Int? = nil, receipt: JSONValue? = nil,
                error: String? = nil, retryable: Bool) {
        self.id = id
        self.sessionID = sessionID
        self.agent = agent
        self.name = name
        self.arguments = arguments
        self.summary = summary
        self.status = status
        self.confirmRole = confirmRole
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.expiresAt = expiresAt
        self.confirmedBy = confirmedBy
        self.confirmedAt = confirmedAt
        self.cancelledBy = cancelledBy
        self.finishedAt = finishedAt
        self.durationMS = durationMS
        self.attempts = attempts
        self.responseStatus = responseStatus
        self.receipt = receipt
        self.error = error
        self.retryable = retryable
    }

    /// The reply's view of it.
    public var summaryForReply: ActionSummary {
        ActionSummary(id: id, agent: agent, name: name, arguments: arguments, status: status.rawValue, summary: summary,
                      expiresAt: status == .proposed ? expiresAt : nil, receipt: receipt, error: error)
    }
}

/// One line of an action's history.
public struct ActionEvent: Sendable, Codable, Equatable {
    public var actionID: String
    public var at: String
    /// `proposed`, `confirmed`, `retried` (a failed attempt that was retried), `succeeded`, `failed`,
    /// `cancelled`, `expired`.
    public var event: String
    public var actor: String?
    public var detail: String?

    public init(actionID: String, at: String, event: String, actor: String? = nil, detail: String? = nil) {
        self.actionID = actionID
        self.at = at
        self.event = event
        self.actor = actor
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case at, event, actor, detail
        case actionID = "action_id"
    }
}

/// What a confirmation found when it tried to take an action for execution.
public enum ActionClaim: Sendable {
    /// This caller moved it to `executing` and must carry it out.
    case claimed(ActionRecord)
    /// Someone else did, or it is no longer confirmable: here is its current state.
    case current(ActionRecord)
}

/// The audit log and state machine of actions (never in the reporting database). Every transition
/// is atomic, so two confirmations racing for one action cannot both execute it.
public protocol ActionStore: Sendable {
    func insert(_ record: ActionRecord) async throws
    func action(id: String) async throws -> ActionRecord?
    /// Newest first; `owner` nil for everyone's.
    func actions(owner: String?, limit: Int) async throws -> [ActionRecord]
    /// The newest action of a session still `proposed`.
    func latestProposed(sessionID: String) async throws -> ActionRecord?
    /// `proposed` (unexpired at `now`), retryable `failed`, or `executing` since before `staleBefore`
    /// (abandoned by a crash) → `executing`, recording who confirmed.
    func claim(id: String, by confirmer: String, now: String, staleBefore: String) async throws -> ActionClaim
    /// `executing` → `succeeded` or `failed` with the agent's answer.
    func finish(_ record: ActionRecord) async throws
    /// `proposed` → `cancelled` or `expired`; false when it was not `proposed` any more.
    func close(id: String, as status: ActionStatus, by actor: String?, now: String) async throws -> Bool
    func events(actionID: String) async throws -> [ActionEvent]
    /// Adds a history line (retries, notes).
    func note(actionID: String, event: String, actor: String?, detail: String?) async throws
    /// Deletes actions proposed before `cutoff` (an ISO 8601 timestamp), with their history, except any
    /// still `executing`; returns how many went. Retention is the only way entries leave the audit log.
    func prune(proposedBefore cutoff: String) async throws -> Int
}
