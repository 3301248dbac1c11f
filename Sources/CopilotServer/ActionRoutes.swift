import CopilotActions
import CopilotCore
import Hummingbird
import RetailCopilot

/// Actions: confirm or cancel a proposal (operator role or above; the proposer or an admin), read one
/// action or the audit log (an admin sees everyone's). Without an actions feature every route is 404.
struct ActionRoutes: Sendable {
    let engine: CopilotEngine
    /// The audit log's reader; nil when no agent registry is configured.
    let actions: ActionService?

    struct ActionDetail: Encodable {
        var action: ActionRecord
        var events: [ActionEvent]
    }

    func register(on router: Router<CopilotRequestContext>) {
        router.post("/v1/actions/:id/confirm") { _, context in
            let caller = try context.require(.operator)
            let id = try id(context)
            // A proposal outlives nothing: once its conversation is deleted it cannot be confirmed.
            let record = try await service().visible(id, to: caller)
            guard try await engine.store.session(id: record.sessionID) != nil else {
                throw APIError(.conflict, code: "session_deleted",
                               message: "The conversation this action was proposed in has been deleted; propose it again.")
            }
            return try JSONResponse.make(try await engine.confirmAction(id: id, caller: caller))
        }
        router.post("/v1/actions/:id/cancel") { _, context in
            let caller = try context.require(.operator)
            return try JSONResponse.make(try await engine.cancelAction(id: id(context), caller: caller))
        }
        router.get("/v1/actions") { request, context in
            let caller = try context.require(.viewer)
            let limit = try InputLimits.limit(request, default: 50)
            return try JSONResponse.make(["actions": try await service().list(for: caller, limit: limit)])
        }
        router.get("/v1/actions/:id") { _, context in
            let caller = try context.require(.viewer)
            let service = try service()
            let record = try await service.visible(try id(context), to: caller)
            return try JSONResponse.make(ActionDetail(action: record, events: try await service.store.events(actionID: record.id)))
        }
    }

    private func service() throws -> ActionService {
        guard let actions else { throw ActionError(.notFound, "This copilot has no actions configured.") }
        return actions
    }

    private func id(_ context: CopilotRequestContext) throws -> String {
        guard let id = context.parameters.get("id"), !id.isEmpty, id.count <= InputLimits.id else {
            throw ActionError(.notFound, "There is no such action.")
        }
        return id
    }
}
