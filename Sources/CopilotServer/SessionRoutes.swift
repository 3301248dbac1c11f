import CopilotCore
import Hummingbird
import RetailCopilot

/// Sessions: list, read (with turns), rename, delete. A caller sees only its own sessions (an admin
/// sees all); someone else's session is a 404, not a 403, so ids cannot be probed.
struct SessionRoutes: Sendable {
    let store: any ConversationStore

    struct SessionDetail: Encodable {
        var session: SessionRecord
        var turns: [TurnRecord]
    }

    struct Rename: Decodable {
        var title: String
    }

    func register(on router: Router<CopilotRequestContext>) {
        router.get("/v1/sessions") { request, context in
            let caller = try context.require(.viewer)
            let all = caller.role == .admin && request.uri.queryParameters.get("all") == "true"
            let limit = min(max(request.uri.queryParameters.get("limit", as: Int.self) ?? 50, 1), 500)
            return try JSONResponse.make(["sessions": try await store.sessions(owner: all ? nil : caller.id, limit: limit)])
        }
        router.get("/v1/sessions/:id") { _, context in
            let session = try await owned(context)
            return try JSONResponse.make(SessionDetail(session: session, turns: try await store.turns(sessionID: session.id)))
        }
        router.patch("/v1/sessions/:id") { request, context in
            let session = try await owned(context)
            let body = try await ChatRoutes.decode(Rename.self, from: request, context: context)
            let title = body.title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty else { throw APIError(.badRequest, code: "empty_title", message: "The title is empty.") }
            _ = try await store.rename(sessionID: session.id, title: title)
            return try JSONResponse.make(try await store.session(id: session.id))
        }
        router.delete("/v1/sessions/:id") { _, context in
            let session = try await owned(context)
            _ = try await store.delete(sessionID: session.id)
            return Response(status: .noContent)
        }
    }

    private func owned(_ context: CopilotRequestContext) async throws -> SessionRecord {
        let caller = try context.require(.viewer)
        let id = context.parameters.get("id") ?? ""
        guard let session = try await store.session(id: id), session.owner == caller.id || caller.role == .admin else {
            throw ConversationError.unknownSession(id)
        }
        return session
    }
}
