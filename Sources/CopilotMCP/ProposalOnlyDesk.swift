import CopilotCore

/// The actions feature as `ask` sees it over MCP: requests still become proposals, but a chat
/// "confirm" or "yes" does not carry one out. Over MCP an action is carried out only by the
/// `confirm_action` tool, which is annotated destructive so the client asks its human first; a model
/// must not be able to go around that by sending "confirm" to `ask`. Wrapping the desk (rather than
/// screening messages) covers every path a decision can take through the pipeline, including one
/// clause of a message that asks several things.
struct ProposalOnlyDesk: ActionDesk {
    let desk: any ActionDesk

    func recognise(_ message: String) -> ActionRequest? {
        desk.recognise(message)
    }

    func handle(_ request: ActionRequest, sessionID: String, lastTurnKind: ChatReply.Kind?, caller: Caller) async throws -> ActionReply {
        guard case .decide = request else {
            var reply = try await desk.handle(request, sessionID: sessionID, lastTurnKind: lastTurnKind, caller: caller)
            if reply.kind == .actionProposal, let id = reply.action?.id {
                // The desk's wording invites a chat "confirm", which does nothing here.
                reply.text += " Here, a chat “confirm” does nothing: once the user approves, call confirm_action with action_id \(id)."
            }
            return reply
        }
        return ActionReply(kind: .clarification, text: "Actions are not confirmed or cancelled by a chat message here: call the "
                           + "confirm_action (or cancel_action) tool with the action id, so the user approves it first.")
    }

    func confirm(id: String, caller: Caller) async throws -> ActionReply {
        try await desk.confirm(id: id, caller: caller)
    }

    func cancel(id: String, caller: Caller) async throws -> ActionReply {
        try await desk.cancel(id: id, caller: caller)
    }
}

extension CopilotEngine {
    /// The same pipeline with its actions desk wrapped so chat messages cannot confirm (see
    /// ``ProposalOnlyDesk``). Stages are values, so this shares the stores, planner and database.
    func proposingOnly() -> CopilotEngine {
        CopilotEngine(model: model, offline: offline, planning: planning, runner: runner, store: store, asOf: asOf, asOfSource: asOfSource,
                      knowledge: knowledge, actions: actions.map { ProposalOnlyDesk(desk: $0) }, turnLimiter: gate.limiter)
    }
}
