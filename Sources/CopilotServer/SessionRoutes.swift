import Foundation
import CopilotCore
import Hummingbird
import RetailCopilot

/// Sessions: list, read (with turns), rename, delete. A caller sees only its own sessions (an admin
/// sees all); someone else's session is a 404, not a 403, so ids cannot be probed.
struct SessionRoutes: Sendable {
    let store: any ConversationStore

    /// A session and one page of its turns: the latest `limit` turns before the `before` cursor (a
    /// turn number), oldest first; `next_before` is the cursor for the page before, when there is one.
    struct SessionDetail: Encodable {
        var session: SessionRecord
        var turns: [TurnRecord]
        var nextBefore: Int?

        enum CodingKeys: String, CodingKey {
            case session, turns
            case nextBefore = "next_before"
        }
    }

    struct Rename: Decodable {
        var title: String
    }

    func register(on router: Router<CopilotRequestContext>) {
        router.get("/v1/sessions") { request, context in
            let caller = try context.require(.viewer)
            let flag = request.uri.queryParameters.get("all")
            guard flag == nil || flag == "true" || flag == "false" else {
                throw APIError(.badRequest, code: "invalid_parameter", message: "all must be true or false.")
            }
            let all = caller.role == .admin && flag == "true"
            let limit = try InputLimits.limit(request, default: 50)
            return try JSONResponse.make(["sessions": try await store.sessions(owner: all ? nil : caller.id, limit: limit)])
        }
        router.get("/v1/sessions/:id") { request, context in
            let limit = try InputLimits.limit(request, default: 100)
            var before = Int.max
            if let text = request.uri.queryParameters.get("before") {
                // Any integer of 1 or more; one too large for Int means "before everything".
                guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), text.contains(where: { $0 != "0" }) else {
                    throw APIError(.badRequest, code: "invalid_cursor", message: "before must be a turn number, 1 or more.")
                }
                before = Int(text) ?? Int.max
            }
            let session = try await owned(context)
            // One more than the page, to know whether there are earlier turns.
            var page = try await store.turns(sessionID: session.id, before: before, limit: limit + 1)
            let more = page.count > limit
            if more { page.removeFirst() }
            return try JSONResponse.make(SessionDetail(session: session, turns: page, nextBefore: more ? page.first?.turn : nil))
        }
        router.patch("/v1/sessions/:id") { request, context in
            let session = try await owned(context)
            let body = try await ChatRoutes.decode(Rename.self, from: request, context: context)
            try InputLimits.checkText(body.title, field: "title")
            let title = body.title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !InputLimits.isBlank(title) else { throw APIError(.badRequest, code: "empty_title", message: "The title is empty.") }
            guard body.title.unicodeScalars.count <= InputLimits.title else {
                throw APIError(.badRequest, code: "title_too_long", message: "Titles are limited to \(InputLimits.title) characters.")
            }
            // Deleted meanwhile (a concurrent DELETE): as if it had never been there.
            guard try await store.rename(sessionID: session.id, title: title), let renamed = try await store.session(id: session.id) else {
                throw ConversationError.unknownSession(session.id)
            }
            return try JSONResponse.make(renamed)
        }
        router.delete("/v1/sessions/:id") { _, context in
            let session = try await owned(context)
            _ = try await store.delete(sessionID: session.id)
            return Response(status: .noContent)
        }
    }

    private func owned(_ context: CopilotRequestContext) async throws -> SessionRecord {
        let caller = try context.require(.viewer)
        let raw = context.parameters.get("id") ?? ""
        let id = raw.removingPercentEncoding ?? raw
        try InputLimits.checkID(id, field: "session id")
        guard let session = try await store.session(id: id), session.owner == caller.id || caller.role == .admin else {
            throw ConversationError.unknownSession(id)
        }
        return session
    }
}
