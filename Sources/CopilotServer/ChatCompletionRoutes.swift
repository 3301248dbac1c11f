import CopilotCore
import CopilotMCP
import Foundation
import Hummingbird

/// The OpenAI-compatible endpoints, so any OpenAI client or chat UI (Open WebUI, LibreChat, the
/// `openai` packages) talks to the copilot with a base URL and an API key: `POST /v1/chat/completions`
/// (whole, or streamed as `data:` chunks ending in `[DONE]`) and `GET /v1/models`. Each request is
/// one turn through the same pipeline, keys and roles as `POST /v1/chat`; the reply is Markdown (the
/// answer, the table, the SQL in a fenced block) ending in an invisible session marker that finds
/// the conversation again on the next request (``ConversationFinder``).
struct ChatCompletionRoutes: Sendable {
    let engine: CopilotEngine
    let markdown: MarkdownReply
    let finder: ConversationFinder
    /// When this server started, for the model list's `created`.
    let started: Int

    /// Requests carry the whole conversation, so they may be larger than other API bodies.
    static let maxBodySize = 1 << 20
    /// Names the copilot session on responses; clients may send it back instead of relying on the marker.
    static let sessionHeader = HTTPFields.Element.Name("X-Copilot-Session-Id")!

    init(engine: CopilotEngine) {
        self.engine = engine
        markdown = MarkdownReply(model: engine.model)
        finder = ConversationFinder(store: engine.store)
        started = Int(Date().timeIntervalSince1970)
    }

    func register(on router: Router<CopilotRequestContext>) {
        router.post("/v1/chat/completions") { request, context in try await complete(request, context: context) }
        router.get("/v1/models") { _, context in
            _ = try context.require(.viewer)
            return try JSONResponse.make(ChatCompletionWire.ModelList(data: [ChatCompletionWire.ModelEntry(created: started)]))
        }
        router.get("/v1/models/:id") { _, context in
            _ = try context.require(.viewer)
            guard context.parameters.get("id") == ChatCompletionWire.model else {
                throw APIError(.notFound, code: "model_not_found", message: "The only model here is \(ChatCompletionWire.model).")
            }
            return try JSONResponse.make(ChatCompletionWire.ModelEntry(created: started))
        }
    }

    func complete(_ request: Request, context: CopilotRequestContext) async throws -> Response {
        let caller = try context.require(.viewer)
        let body = try await Self.decode(request)
        let turn = try body.turn()
        try InputLimits.checkText(turn.question, field: "message")
        if let id = request.headers[Self.sessionHeader] { try InputLimits.checkID(id, field: "session id") }
        if let id = body.sessionID { try InputLimits.checkID(id, field: "session_id") }
        let sessionID = try await finder.sessionID(explicit: request.headers[Self.sessionHeader] ?? body.sessionID, earlier: turn.earlier,
                                                   caller: caller)
        // The session gate before any streaming, so a foreign session is a 404, not a broken stream.
        let conversation = try await engine.open(sessionID, caller: caller, message: turn.question)
        let id = "chatcmpl-" + RandomID.hex(24)
        let created = Int(Date().timeIntervalSince1970)
        if body.stream == true {
            return stream(turn.question, in: conversation, caller: caller, id: id, created: created,
                          includeUsage: body.streamOptions?.includeUsage == true)
        }
        let reply = try await engine.ask(turn.question, in: conversation, caller: caller)
        let completion = ChatCompletionWire.Completion(id: id, created: created, choices: [.init(message: .init(content: content(reply)))],
                                                   usage: .init(reply.usage), sessionID: reply.sessionID, copilot: reply)
        var response = try JSONResponse.make(completion)
        response.headers[Self.sessionHeader] = reply.sessionID
        return response
    }

    /// The reply as Markdown, ending in the session marker.
    func content(_ reply: ChatReply) -> String {
        markdown.render(reply) + "\n\n" + SessionMarker.line(reply.sessionID)
    }

    /// A role chunk at once, the Markdown paragraph by paragraph once the turn is answered, a
    /// finishing chunk, the usage chunk when asked for, then `[DONE]`. A failure after the stream
    /// started is an `error` event, which OpenAI clients raise.
    private func stream(_ question: String, in conversation: ConversationContext, caller: Caller, id: String, created: Int,
                        includeUsage: Bool) -> Response {
        let sessionID = conversation.session?.id ?? ""
        let (events, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        func chunk(_ delta: ChatCompletionWire.Chunk.Delta, finish: String? = nil, usage: ChatCompletionWire.Usage? = nil,
                   reply: ChatReply? = nil, choices: Bool = true) -> ByteBuffer {
            Self.event(ChatCompletionWire.Chunk(id: id, created: created, choices: choices ? [.init(delta: delta, finishReason: finish)] : [],
                                            usage: usage, sessionID: sessionID, copilot: reply))
        }
        let engine = self.engine
        let task = Task {
            continuation.yield(chunk(.init(role: "assistant", content: "")))
            do {
                let reply = try await engine.ask(question, in: conversation, caller: caller)
                let paragraphs = content(reply).components(separatedBy: "\n\n")
                for (index, paragraph) in paragraphs.enumerated() {
                    continuation.yield(chunk(.init(content: index < paragraphs.count - 1 ? paragraph + "\n\n" : paragraph)))
                }
                continuation.yield(chunk(.init(), finish: "stop", reply: reply))
                if includeUsage { continuation.yield(chunk(.init(), usage: .init(reply.usage), choices: false)) }
            } catch {
                let apiError = APIError(error)
                continuation.yield(Self.event(["error": ["code": apiError.code, "message": apiError.message]]))
            }
            continuation.yield(ByteBuffer(string: "data: [DONE]\n\n"))
            continuation.finish()
        }
        continuation.onTermination = { _ in _ = task }  // the turn completes (and is stored) even if the client leaves
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        headers[Self.sessionHeader] = sessionID
        return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: events))
    }

    static func event<T: Encodable>(_ value: T) -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return ByteBuffer(string: "data: \(json)\n\n")
    }

    /// The body as JSON, up to ``maxBodySize``, with the API's usual errors.
    static func decode(_ request: Request) async throws -> ChatCompletionRequest {
        try BodyReader.requireJSON(request)
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBodySize)
        } catch {
            throw APIError(.contentTooLarge, code: "body_too_large", message: "The request body is larger than \(maxBodySize / 1024) KB.",
                           headers: [.connection: "close"])
        }
        do {
            return try JSONDecoder().decode(ChatCompletionRequest.self, from: Data(buffer: buffer))
        } catch {
            throw APIError(.badRequest, code: "invalid_json", message: "The request body is not a chat-completions request.")
        }
    }
}
