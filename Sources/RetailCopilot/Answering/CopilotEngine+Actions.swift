import Foundation

/// The actions feature inside the turn pipeline: a reply to a pending proposal ("confirm", "cancel"),
/// an action request read by the ``ActionRecogniser`` or proposed by the LLM planner becomes a
/// stored proposal; only an explicit confirmation by someone allowed to carries one out.
extension CopilotEngine {
    /// One turn asked by `caller` (its role decides whether "confirm" may carry out an action).
    public func ask(_ message: String, sessionID: String? = nil, caller: Caller, events: ChatEventHandler? = nil) async throws -> ChatReply {
        try await ask(message, sessionID: sessionID, owner: caller.id, isAdmin: caller.role == .admin, role: caller.role, events: events)
    }

    /// Handles the message when it decides a pending proposal or requests an action; nil otherwise
    /// (the question goes to the planner).
    func actionTurn(_ message: String, session: SessionRecord, caller: Caller, events: ChatEventHandler?) async throws -> Turn? {
        guard let actions else { return nil }
        let started = monotonicNanoseconds()
        var turn: Turn
        if let decision = ActionRecogniser.decision(message) {
            turn = try await decide(decision, session: session, caller: caller, actions: actions)
        } else if let intent = actions.recogniser.recognise(message) {
            turn = try await proposal(intent, session: session, caller: caller, actions: actions)
        } else {
            return nil
        }
        turn.reply.timingsMS.total = Self.milliseconds(since: started)
        if let events {
            await events(.plan(nil, planner: "actions"))
            await events(.text(turn.reply.text))
        }
        return turn
    }

    /// Turns the LLM planner's `propose_action` into a proposal through the same validation.
    func proposingIfAsked(_ turn: Turn, session: SessionRecord, caller: Caller) async throws -> Turn {
        guard let intent = turn.actionIntent, let actions else { return turn }
        var proposed = try await proposal(intent, session: session, caller: caller, actions: actions)
        proposed.reply.planner = turn.reply.planner
        proposed.reply.timingsMS = turn.reply.timingsMS
        proposed.reply.usage = turn.reply.usage
        return proposed
    }

    /// Confirms an action by id (HTTP, REPL) and records the outcome as a turn of its session.
    public func confirmAction(id: String, caller: Caller) async throws -> ChatReply {
        guard let actions else { throw ActionError(.notFound, "This copilot has no actions configured.") }
        let record = try await actions.confirm(id: id, caller: caller)
        return try await storeDecision("confirm \(id)", record: record)
    }

    /// Cancels an action by id (HTTP, REPL) and records it as a turn of its session.
    public func cancelAction(id: String, caller: Caller) async throws -> ChatReply {
        guard let actions else { throw ActionError(.notFound, "This copilot has no actions configured.") }
        let record = try await actions.cancel(id: id, caller: caller)
        return try await storeDecision("cancel \(id)", record: record)
    }

    // MARK: Pieces

    private func decide(_ decision: ActionRecogniser.Decision, session: SessionRecord, caller: Caller, actions: ActionService) async throws -> Turn {
        // Only the proposal made in the turn just before counts: a "yes" later in the conversation
        // must not revive an older proposal the user has moved on from.
        guard let pending = try await actions.store.latestProposed(sessionID: session.id),
              try await store.recentTurns(sessionID: session.id, limit: 1).last?.kind == ChatReply.Kind.actionProposal.rawValue else {
            return Turn(reply: reply(.clarification, "No action is waiting for confirmation in this conversation. Ask for one first, "
                                     + "for example “cancel order 10042”."), plan: nil)
        }
        do {
            let record = decision == .confirm ? try await actions.confirm(id: pending.id, caller: caller)
                : try await actions.cancel(id: pending.id, caller: caller)
            var answer = reply(.actionResult, Self.resultText(record))
            answer.action = record.summaryForReply
            return Turn(reply: answer, plan: nil)
        } catch let error as ActionError {
            var answer = reply(error.reason == .forbidden ? .refusal : .clarification, error.message)
            if error.reason == .forbidden { answer.text += " An admin can confirm it with POST /v1/actions/\(pending.id)/confirm." }
            return Turn(reply: answer, plan: nil)
        }
    }

    private func proposal(_ intent: ActionIntent, session: SessionRecord, caller: Caller, actions: ActionService) async throws -> Turn {
        guard intent.missing.isEmpty else {
            let definition = actions.registry.find(action: intent.name)?.action
            let needed = intent.missing.map { name in
                definition?.parameters.properties[name]?.description.map { "\(name) (\($0.lowercased().trimmingCharacters(in: .punctuationCharacters)))" } ?? name
            }
            var answer = reply(.clarification, "To \(Self.verbPhrase(intent.name)) I need: \(needed.joined(separator: "; ")). "
                               + "For example: “\(Self.example(intent.name))”.")
            answer.suggestions = [Self.example(intent.name)]
            return Turn(reply: answer, plan: nil)
        }
        do {
            let record = try await actions.propose(intent, sessionID: session.id, proposer: caller)
            let minutes = max(1, Int((actions.expiry / 60).rounded()))
            let who = caller.may(record.confirmRole) ? "Reply “confirm” to carry it out or “cancel” to drop it"
                : "You cannot confirm it yourself (it needs the \(record.confirmRole.rawValue) role); an admin can confirm it"
            let risk = actions.registry.find(action: record.name)?.action.risk ?? ""
            var answer = reply(.actionProposal, "Proposed, not done yet: \(record.summary)\(risk.isEmpty ? "" : " Risk: \(risk)") "
                               + "\(who) — valid for \(minutes) minutes (or POST /v1/actions/\(record.id)/confirm).")
            answer.action = record.summaryForReply
            return Turn(reply: answer, plan: nil)
        } catch let error as ActionError {
            return Turn(reply: reply(.clarification, error.message), plan: nil)
        }
    }

    private func reply(_ kind: ChatReply.Kind, _ text: String) -> ChatReply {
        ChatReply(sessionID: "", turn: 0, kind: kind, text: text, planner: "actions", asOf: asOf.iso)
    }

    /// Stores a decision made outside a chat message as a turn of the action's session.
    private func storeDecision(_ message: String, record: ActionRecord) async throws -> ChatReply {
        var answer = reply(.actionResult, Self.resultText(record))
        answer.action = record.summaryForReply
        answer.sessionID = record.sessionID
        let turn = TurnRecord(turn: 0, message: message, kind: answer.kind.rawValue, planner: answer.planner, plan: nil, sql: nil,
                              answer: answer.text, resultPreview: nil, timings: nil, error: nil, createdAt: SQLiteConversationStore.now())
        answer.turn = (try? await store.appendTurn(sessionID: record.sessionID, turn)) ?? 1
        return answer
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
