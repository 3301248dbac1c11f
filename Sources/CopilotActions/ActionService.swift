import CopilotCore
import Foundation
import Logging
import Metrics

/// Proposes, confirms, cancels and reports actions. The only path from a conversation to an agent
/// service: a proposal is validated against the registry's schema and checked with guarded reads of
/// the reporting data, stored, and carried out only when someone allowed to confirms it — once,
/// however often or concurrently it is confirmed.
public struct ActionService: Sendable {
    public let registry: AgentRegistry
    public let store: any ActionStore
    public let client: any AgentClient
    /// Guarded, read-only access to the reporting data for precondition checks.
    public let runner: GuardedSQLRunner
    public let recogniser: ActionRecogniser
    /// Seconds a proposal can be confirmed (default 10 minutes).
    public let expiry: Double
    /// Seconds a duplicate confirmation waits for the running one to finish before answering with
    /// the action's current state.
    public let duplicateWait: Double
    /// Seconds after which an execution that never finished (the process died during the call) may
    /// be taken over by a new confirmation; far beyond the longest call with its retries.
    public let staleExecution: Double
    private let logger: Logger

    public init(registry: AgentRegistry, store: any ActionStore, client: any AgentClient, runner: GuardedSQLRunner,
                expiry: Double = 600, duplicateWait: Double = 30, staleExecution: Double = 300,
                logger: Logger = Logger(label: "copilot.actions")) {
        self.registry = registry
        self.store = store
        self.client = client
        self.runner = runner
        recogniser = ActionRecogniser()
        self.expiry = expiry
        self.duplicateWait = duplicateWait
        self.staleExecution = staleExecution
        self.logger = logger
    }

    // MARK: Proposing

    /// Validates `intent`, checks it against the reporting data and stores it as `proposed`.
    /// Throws ``ActionError`` (`unknown_action`, `invalid_arguments`, `precondition`) for requests
    /// that cannot become a proposal; the message says what to change.
    public func propose(_ intent: ActionIntent, sessionID: String, proposer: Caller) async throws -> ActionRecord {
        guard let (agent, action) = registry.find(action: intent.name) else {
            throw ActionError(.unknownAction, "No agent service offers “\(intent.name.prefix(60))”. Available actions: "
                              + registry.actionNames.joined(separator: ", ") + ".")
        }
        let arguments = try action.parameters.validate(try await resolve(intent.references, into: intent.arguments))
        try await checkPreconditions(action.name, arguments)
        let now = Timestamp.stored(Date())  // as the store keeps it, so the record returned equals the one read back
        let record = ActionRecord(
            id: "act_" + RandomID.hex(24), sessionID: sessionID, agent: agent.name, name: action.name,
            arguments: arguments, summary: action.summarise(arguments), status: .proposed, confirmRole: action.confirmRole,
            proposedBy: proposer.id, proposedAt: now, expiresAt: now.addingTimeInterval(expiry),
            attempts: 0, retryable: false)
        try await store.insert(record)
        Counter(label: "copilot_actions_total", dimensions: [("action", action.name), ("status", "proposed")]).increment()
        logger.info("action proposed", metadata: ["action_id": .string(record.id), "action": .string(action.name), "by": .string(proposer.id)])
        return record
    }

    // MARK: Deciding

    /// Carries out a proposal. Only its proposer or an admin may, with at least the action's
    /// confirm role. A second confirmation (double click, client retry, a race) never calls the
    /// agent again: it waits for the first and answers with the same stored outcome.
    public func confirm(id: String, caller: Caller) async throws -> ActionRecord {
        let record = try await visible(id, to: caller)
        guard caller.may(record.confirmRole) else {
            throw ActionError(.forbidden, "Confirming \(record.name) needs the \(record.confirmRole.rawValue) role; you have \(caller.role.rawValue).",
                              context: ["action_id": id])
        }
        let now = Date()
        if record.status == .proposed, record.expiresAt <= now {
            _ = try await store.close(id: id, as: .expired, by: nil, now: now)
            throw Self.expired(id)
        }
        switch try await store.claim(id: id, by: caller.id, now: now, staleBefore: now.addingTimeInterval(-staleExecution)) {
        case .claimed(let claimed):
            return try await execute(claimed, started: now)
        case .current(let current):
            switch current.status {
            case .executing: return try await waitForOutcome(id)
            case .expired: throw Self.expired(id)
            case .proposed:  // its time ran out between the reads
                _ = try await store.close(id: id, as: .expired, by: nil, now: Date())
                throw Self.expired(id)
            case .cancelled: throw ActionError(.conflict, "Action \(id) was cancelled; nothing was done. Ask again for a new proposal.")
            case .succeeded, .failed: return current
            }
        }
    }

    /// Drops a proposal without carrying it out (same access rules as confirming).
    public func cancel(id: String, caller: Caller) async throws -> ActionRecord {
        let record = try await visible(id, to: caller)
        guard caller.may(record.confirmRole) else {
            throw ActionError(.forbidden, "Cancelling \(record.name) needs the \(record.confirmRole.rawValue) role; you have \(caller.role.rawValue).")
        }
        let now = Date()
        if record.status == .proposed, record.expiresAt <= now {
            _ = try await store.close(id: id, as: .expired, by: nil, now: now)
            throw Self.expired(id)
        }
        guard try await store.close(id: id, as: .cancelled, by: caller.id, now: now) else {
            let current = try await store.action(id: id) ?? record
            if current.status == .cancelled { return current }  // cancelling twice is harmless
            throw ActionError(.conflict, "Action \(id) is \(current.status.rawValue); only a proposed action can be cancelled.")
        }
        Counter(label: "copilot_actions_total", dimensions: [("action", record.name), ("status", "cancelled")]).increment()
        return try await store.action(id: id) ?? record
    }

    /// One action, for its proposer or an admin (anyone else gets `not_found`, so ids cannot be probed).
    public func visible(_ id: String, to caller: Caller) async throws -> ActionRecord {
        guard let record = try await store.action(id: id), record.proposedBy == caller.id || caller.role == .admin else {
            throw ActionError(.notFound, "There is no action \(id.prefix(40)).")
        }
        return record
    }

    /// The audit log: everyone's for an admin, otherwise the caller's own.
    public func list(for caller: Caller, limit: Int = 50) async throws -> [ActionRecord] {
        try await store.actions(owner: caller.role == .admin ? nil : caller.id, limit: limit)
    }

    // MARK: Executing

    /// Calls the agent for a claimed action and stores the outcome; `started` is the confirmation time.
    private func execute(_ record: ActionRecord, started: Date) async throws -> ActionRecord {
        guard let (agent, action) = registry.find(action: record.name) else {
            var failed = record
            failed.status = .failed
            failed.error = "no agent offers \(record.name) any more"
            failed.finishedAt = Date()
            try await store.finish(failed)
            return failed
        }
        let outcome = await client.execute(AgentCall(agent: agent, action: action, arguments: record.arguments, idempotencyKey: record.id))
        for (index, reason) in outcome.retried.enumerated() {
            try await store.note(actionID: record.id, event: "retried", actor: nil, detail: "attempt \(index + 1): \(reason)")
        }
        var finished = record
        finished.finishedAt = Date()
        finished.durationMS = Date().timeIntervalSince(started) * 1_000
        finished.attempts = outcome.attempts
        finished.responseStatus = outcome.status
        finished.receipt = outcome.body
        switch outcome.result {
        case .succeeded:
            finished.status = .succeeded
        case .rejected:
            finished.status = .failed
            finished.error = outcome.message
        case .unavailable:
            finished.status = .failed
            finished.error = outcome.message
            finished.retryable = true
        }
        try await store.finish(finished)
        Counter(label: "copilot_actions_total", dimensions: [("action", record.name), ("status", finished.status.rawValue)]).increment()
        logger.info("action finished", metadata: ["action_id": .string(record.id), "status": .string(finished.status.rawValue),
                                                  "attempts": .stringConvertible(outcome.attempts), "duration_ms": .stringConvertible(finished.durationMS ?? 0)])
        return try await store.action(id: record.id) ?? finished
    }

    /// Polls until the running execution ends (or `duplicateWait` passes).
    private func waitForOutcome(_ id: String) async throws -> ActionRecord {
        let deadline = Date().addingTimeInterval(duplicateWait)
        while true {
            guard let current = try await store.action(id: id) else { throw ActionError(.notFound, "There is no action \(id).") }
            if current.status != .executing || Date() >= deadline { return current }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
    }

    static func expired(_ id: String) -> ActionError {
        ActionError(.expired, "Action \(id) expired before it was confirmed; nothing was done. Ask again for a fresh proposal.",
                    context: ["action_id": id])
    }
}
