import CopilotCore
import CopilotLLM
import Foundation
import Hummingbird
import Logging
import RetailCopilot

/// `POST /v1/chat`: one turn as JSON, or as Server-Sent Events when the client accepts them.
struct ChatRoutes: Sendable {
    let engine: CopilotEngine

    struct ChatRequest: Decodable {
        var message: String
        var sessionID: String?

        enum CodingKeys: String, CodingKey {
            case message
            case sessionID = "session_id"
        }
    }

    func register(on router: Router<CopilotRequestContext>) {
        router.post("/v1/chat") { request, context in try await chat(request, context: context) }
    }

    func chat(_ request: Request, context: CopilotRequestContext) async throws -> Response {
        let caller = try context.require(.viewer)
        let body = try await Self.decode(ChatRequest.self, from: request, context: context)
        try InputLimits.checkText(body.message, field: "message")
        if let id = body.sessionID { try InputLimits.checkID(id, field: "session_id") }
        let message = body.message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !InputLimits.isBlank(message) else { throw APIError(.badRequest, code: "empty_message", message: "The message is empty.") }
        // Counted as the OpenAPI document counts (code points, before trimming).
        guard body.message.unicodeScalars.count <= InputLimits.message else {
            throw APIError(.contentTooLarge, code: "message_too_long", message: "Messages are limited to 2,000 characters.")
        }
        // The session gate first, so a foreign session or a caller over their rate is refused before
        // any streaming starts.
        let conversation = try await engine.open(body.sessionID, caller: caller, message: message)
        let accept = request.headers[.accept] ?? ""
        // A client that leaves cancels its turn: the query stops and the turn is not stored.
        let client = await ClientConnection.of(context.channel)
        guard accept.contains("text/event-stream") else {
            let engine = self.engine
            let turn: @Sendable () async throws -> ChatReply = { try await engine.ask(message, in: conversation, caller: caller) }
            do {
                let reply = if let client { try await client.cancellingOnClose(turn) } else { try await turn() }
                return try JSONResponse.make(reply)
            } catch is CancellationError {
                context.logger.info("client left; turn cancelled", metadata: ["event": "chat.cancelled"])
                throw APIError(HTTPResponse.Status(code: 499, reasonPhrase: "Client Closed Request"), code: "cancelled",
                               message: "The request was cancelled.")
            }
        }
        return stream(message, in: conversation, caller: caller, client: client, logger: context.logger)
    }

    /// `plan`, `delta` (the language model's text as it streams), `sql`, `result`, `text` as they
    /// happen, then `done` with the full reply (or `error`). The turn is cancelled when the client
    /// leaves, or when writing to it fails.
    private func stream(_ message: String, in conversation: ConversationContext, caller: Caller, client: ClientConnection?,
                        logger: Logger) -> Response {
        let (events, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        let engine = self.engine
        let turn = Task {
            defer { continuation.finish() }
            do {
                let reply = try await engine.ask(message, in: conversation, caller: caller) { event in
                    continuation.yield(Self.encode(event))
                }
                continuation.yield(Self.frame("done", reply))
            } catch is CancellationError {
                logger.info("client left; turn cancelled", metadata: ["event": "chat.cancelled"])
            } catch {
                let apiError = APIError(error)
                continuation.yield(Self.frame("error", ["code": apiError.code, "message": apiError.message]))
            }
        }
        let watch = client?.watch { turn.cancel() }
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            defer {
                client?.unwatch(watch)
                turn.cancel()  // a no-op after `done`; stops the turn when a write failed
            }
            for await event in events { try await writer.write(event) }
            try await writer.finish(nil)
        })
    }

    static func encode(_ event: ChatEvent) -> ByteBuffer {
        switch event {
        case .plan(let plan, let planner):
            struct Payload: Encodable { var plan: QueryPlan?; var planner: String }
            return frame("plan", Payload(plan: plan, planner: planner))
        case .sql(let sql): return frame("sql", ["sql": sql])
        case .result(let result): return frame("result", result)
        case .text(let text): return frame("text", ["text": text])
        case .textDelta(let piece): return frame("delta", ["text": piece])
        }
    }

    static func frame<T: Encodable>(_ name: String, _ value: T) -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return ByteBuffer(string: "event: \(name)\ndata: \(json)\n\n")
    }

    /// Decodes a JSON body, insisting on a JSON content type and a size limit.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: CopilotRequestContext) async throws -> T {
        try BodyReader.requireJSON(request)
        let buffer = try await BodyReader.collect(request, context: context)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch {
            throw APIError(.badRequest, code: "invalid_json", message: "The request body is not the JSON this endpoint expects.")
        }
    }
}
