import CopilotCore
import Foundation

/// The actions feature as the turn pipeline sees it (``ActionDesk``): a reply to a pending proposal
/// ("confirm", "cancel") or an action request becomes a decision or a stored proposal; only an
/// explicit confirmation by someone allowed to carries one out.
public struct AgentActionDesk: ActionDesk {
    public let service: ActionService

    public init(service: ActionService) {
        self.service = service
    }

    public func recognise(_ message: String) -> ActionRequest? {
        if let decision = ActionRecogniser.decision(message) { return .decide(decision) }
        return service.recogniser.recognise(message).map(ActionRequest.propose)
    }

    public func handle(_ request: ActionRequest, sessionID: String, lastTurnKind: ChatReply.Kind?, caller: Caller) async throws -> ActionReply {
        switch request {
        case .decide(let decision): try await decide(decision, sessionID: sessionID, lastTurnKind: lastTurnKind, caller: caller)
        case .propose(let intent): try await propose(intent, sessionID: sessionID, caller: caller)
        }
    }

    public func confirm(id: String, caller: Caller) async throws -> ActionReply {
        outcome(try await service.confirm(id: id, caller: caller))
    }

    public func cancel(id: String, caller: Caller) async throws -> ActionReply {
        outcome(try await service.cancel(id: id, caller: caller))
    }

    // MARK: Pieces

    private func decide(_ decision: ActionDecision, sessionID: String, lastTurnKind: ChatReply.Kind?, caller: Caller) async throws -> ActionReply {
        // Only the proposal made in the turn just before counts: a "yes" later in the conversation
        // must not revive an older proposal the user has moved on from.
        guard lastTurnKind == .actionProposal, let pending = try await service.store.latestProposed(sessionID: sessionID) else {
            return ActionReply(kind: .clarification, text: "No action is waiting for confirmation in this conversation. Ask for one first, "
                               + "for example “cancel order 10042”.")
        }
        do {
            let record = decision == .confirm ? try await service.confirm(id: pending.id, caller: caller)
                : try await service.cancel(id: pending.id, caller: caller)
            return outcome(record)
        } catch let error as ActionError {
            guard error.reason == .forbidden else { return ActionReply(kind: .clarification, text: error.message) }
            return ActionReply(kind: .refusal, text: error.message + " An admin can confirm it with POST /v1/actions/\(pending.id)/confirm.")
        }
    }

    private func propose(_ intent: ActionIntent, sessionID: String, caller: Caller) async throws -> ActionReply {
        guard intent.missing.isEmpty else {
            let definition = service.registry.find(action: intent.name)?.action
            let needed = intent.missing.map { name in
                definition?.parameters.properties[name]?.description.map { "\(name) (\($0.lowercased().trimmingCharacters(in: .punctuationCharacters)))" } ?? name
            }
            let example = Self.example(intent.name)
            return ActionReply(kind: .clarification, text: "To \(Self.verbPhrase(intent.name)) I need: \(needed.joined(separator: "; ")). "
                               + "For example: “\(example)”.", suggestions: [example])
        }
        do {
            let record = try await service.propose(intent, sessionID: sessionID, proposer: caller)
            let minutes = max(1, Int((service.expiry / 60).rounded()))
            let who = caller.may(record.confirmRole) ? "Reply “confirm” to carry it out or “cancel” to drop it"
                : "You cannot confirm it yourself (it needs the \(record.confirmRole.rawValue) role); an admin can confirm it"
            let risk = service.registry.find(action: record.name)?.action.risk ?? ""
            return ActionReply(kind: .actionProposal, text: "Proposed, not done yet: \(record.summary)\(risk.isEmpty ? "" : " Risk: \(risk)") "
                               + "\(who) — valid for \(minutes) minutes (or POST /v1/actions/\(record.id)/confirm).",
                               action: record.summaryForReply, sessionID: record.sessionID)
        } catch let error as ActionError {
            return ActionReply(kind: .clarification, text: error.message)
        }
    }

    private func outcome(_ record: ActionRecord) -> ActionReply {
        ActionReply(kind: .actionResult, text: Self.resultText(record), action: record.summaryForReply, sessionID: record.sessionID)
    }

    /// The outcome in words.
    static func resultText(_ record: ActionRecord) -> String {
        switch record.status {
        case .succeeded:
            let receipt = record.receipt?["receipt_id"]?.stringValue.map { " Receipt \($0)." } ?? ""
            return "Done: \(record.summary)\(receipt)"
        case .failed where record.retryable:
            return "Not done: \(record.error ?? "the agent failed"). Nothing was lost: confirm again to retry "
                + "(the retry carries the same idempotency key, so the action cannot happen twice)."
        case .failed:
            return "Not done: \(record.error ?? "the agent refused")."
        case .cancelled:
            return "Cancelled: nothing was done."
        case .expired:
            return "This proposal expired; nothing was done. Ask again for a fresh one."
        case .executing:
            return "The action is still running; ask for its status with GET /v1/actions/\(record.id)."
        case .proposed:
            return "Proposed, not done yet: \(record.summary)"
        }
    }

    static func verbPhrase(_ action: String) -> String {
        switch action {
        case "cancel_order": "cancel an order"
        case "restock_product": "restock a product"
        case "open_return": "open a return"
        case "send_coupon": "send a coupon"
        default: action.replacingOccurrences(of: "_", with: " ")
        }
    }

    static func example(_ action: String) -> String {
        switch action {
        case "cancel_order": "cancel order 10042, customer asked by phone"
        case "restock_product": "restock product 12 with 200 units"
        case "open_return": "open a return for order 881, item damaged"
        case "send_coupon": "send customer 77 a 10% coupon"
        default: action.replacingOccurrences(of: "_", with: " ")
        }
    }
}
