import CopilotCore
import Foundation

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
    public var proposedAt: Date
    public var expiresAt: Date
    public var confirmedBy: String?
    public var confirmedAt: Date?
    public var cancelledBy: String?
    public var finishedAt: Date?
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
                status: ActionStatus, confirmRole: Role, proposedBy: String, proposedAt: Date, expiresAt: Date,
                confirmedBy: String? = nil, confirmedAt: Date? = nil, cancelledBy: String? = nil, finishedAt: Date? = nil,
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
                      expiresAt: status == .proposed ? Timestamp.iso8601(expiresAt) : nil, receipt: receipt, error: error)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), sessionID: try container.decode(String.self, forKey: .sessionID),
            agent: try container.decode(String.self, forKey: .agent), name: try container.decode(String.self, forKey: .name),
            arguments: try container.decode([String: JSONValue].self, forKey: .arguments),
            summary: try container.decode(String.self, forKey: .summary), status: try container.decode(ActionStatus.self, forKey: .status),
            confirmRole: try container.decode(Role.self, forKey: .confirmRole), proposedBy: try container.decode(String.self, forKey: .proposedBy),
            proposedAt: try container.decode(timestampFor: .proposedAt), expiresAt: try container.decode(timestampFor: .expiresAt),
            confirmedBy: try container.decodeIfPresent(String.self, forKey: .confirmedBy),
            confirmedAt: try container.decodeIfPresent(timestampFor: .confirmedAt),
            cancelledBy: try container.decodeIfPresent(String.self, forKey: .cancelledBy),
            finishedAt: try container.decodeIfPresent(timestampFor: .finishedAt),
            durationMS: try container.decodeIfPresent(Double.self, forKey: .durationMS), attempts: try container.decode(Int.self, forKey: .attempts),
            responseStatus: try container.decodeIfPresent(Int.self, forKey: .responseStatus),
            receipt: try container.decodeIfPresent(JSONValue.self, forKey: .receipt), error: try container.decodeIfPresent(String.self, forKey: .error),
            retryable: try container.decode(Bool.self, forKey: .retryable))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(sessionID, forKey: .sessionID)
        try container.encode(agent, forKey: .agent)
        try container.encode(name, forKey: .name)
        try container.encode(arguments, forKey: .arguments)
        try container.encode(summary, forKey: .summary)
        try container.encode(status, forKey: .status)
        try container.encode(confirmRole, forKey: .confirmRole)
        try container.encode(proposedBy, forKey: .proposedBy)
        try container.encode(timestamp: proposedAt, forKey: .proposedAt)
        try container.encode(timestamp: expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(confirmedBy, forKey: .confirmedBy)
        try container.encodeIfPresent(timestamp: confirmedAt, forKey: .confirmedAt)
        try container.encodeIfPresent(cancelledBy, forKey: .cancelledBy)
        try container.encodeIfPresent(timestamp: finishedAt, forKey: .finishedAt)
        try container.encodeIfPresent(durationMS, forKey: .durationMS)
        try container.encode(attempts, forKey: .attempts)
        try container.encodeIfPresent(responseStatus, forKey: .responseStatus)
        try container.encodeIfPresent(receipt, forKey: .receipt)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encode(retryable, forKey: .retryable)
    }
}

/// One line of an action's history.
public struct ActionEvent: Sendable, Codable, Equatable {
    public var actionID: String
    public var at: Date
    /// `proposed`, `confirmed`, `retried` (a failed attempt that was retried), `succeeded`, `failed`,
    /// `cancelled`, `expired`.
    public var event: String
    public var actor: String?
    public var detail: String?

    public init(actionID: String, at: Date, event: String, actor: String? = nil, detail: String? = nil) {
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(actionID: try container.decode(String.self, forKey: .actionID), at: try container.decode(timestampFor: .at),
                  event: try container.decode(String.self, forKey: .event), actor: try container.decodeIfPresent(String.self, forKey: .actor),
                  detail: try container.decodeIfPresent(String.self, forKey: .detail))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(actionID, forKey: .actionID)
        try container.encode(timestamp: at, forKey: .at)
        try container.encode(event, forKey: .event)
        try container.encodeIfPresent(actor, forKey: .actor)
        try container.encodeIfPresent(detail, forKey: .detail)
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
    func claim(id: String, by confirmer: String, now: Date, staleBefore: Date) async throws -> ActionClaim
    /// `executing` → `succeeded` or `failed` with the agent's answer.
    func finish(_ record: ActionRecord) async throws
    /// `proposed` → `cancelled` or `expired`; false when it was not `proposed` any more.
    func close(id: String, as status: ActionStatus, by actor: String?, now: Date) async throws -> Bool
    func events(actionID: String) async throws -> [ActionEvent]
    /// Adds a history line (retries, notes).
    func note(actionID: String, event: String, actor: String?, detail: String?) async throws
    /// Deletes actions proposed before `cutoff`, with their history, except any still `executing`;
    /// returns how many went. Retention is the only way entries leave the audit log.
    func prune(proposedBefore cutoff: Date) async throws -> Int
}
