import Foundation
import Hummingbird
import Logging
import NIOCore
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotLLM

/// A scripted OpenAI-compatible chat server on loopback: it speaks the real Chat Completions wire
/// protocol (JSON completions, SSE chunks with tool-call deltas and a usage chunk, error statuses
/// with `Retry-After`), answers each request with the next reply of its script, and records every
/// request body and Authorization header for assertions.
package final class FakeChatServer: Sendable {
    package enum Reply: Sendable {
        /// A completion calling one tool.
        case toolCall(String, arguments: String, usage: TokenUsage = TokenUsage(promptTokens: 100, completionTokens: 20))
        /// A completion with text only.
        case content(String, usage: TokenUsage = TokenUsage(promptTokens: 100, completionTokens: 20))
        /// A streamed completion: text deltas, optionally a tool call split in pieces, then usage.
        case stream([String], toolCall: ToolCall? = nil, usage: TokenUsage = TokenUsage(promptTokens: 100, completionTokens: 20))
        /// An error status with an OpenAI-style error body.
        case status(Int, message: String, retryAfter: String? = nil)
        /// No answer for this long (or until the test ends).
        case hang(seconds: Double)
        /// Any body with a 200.
        case raw(String, contentType: String = "application/json")
    }

    private actor State {
        var script: [Reply]
        var bodies: [Data] = []
        var authorizations: [String?] = []
        var released = false
        var task: Task<Void, any Error>?

        init(script: [Reply]) { self.script = script }

        /// The next reply; the last one repeats once the script is used up.
        func next(body: Data, authorization: String?) -> Reply {
            bodies.append(body)
            authorizations.append(authorization)
            let index = min(bodies.count - 1, script.count - 1)
            return index >= 0 ? script[index] : .status(500, message: "no script")
        }

        func release() { released = true }

        func isReleased() -> Bool { released }

        func setTask(_ task: Task<Void, any Error>) { self.task = task }
    }

    private let state: State

    package init(_ script: [Reply]) {
        state = State(script: script)
    }

    /// Requests received so far, as JSON.
    package func requests() async -> [JSONValue] {
        await state.bodies.compactMap { try? JSONDecoder().decode(JSONValue.self, from: $0) }
    }

    package func authorizations() async -> [String?] { await state.authorizations }

    /// Starts the server on a free loopback port and returns its API base (`http://127.0.0.1:PORT/v1`).
    /// Call ``stop()`` at the end of the test.
    package func start() async throws -> String {
        let router = Router()
        let state = self.state
        router.post("/v1/chat/completions") { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: 16 * 1024 * 1024)
            let reply = await state.next(body: Data(buffer: buffer), authorization: request.headers[.authorization])
            return try await Self.respond(reply, state: state)
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in
                                  continuation.yield(channel.localAddress?.port ?? 0)
                                  continuation.finish()
                              },
                              logger: Logger(label: "fake-llm", factory: { _ in SwiftLogNoOpLogHandler() }))
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        await state.setTask(task)
        for await port in ports where port > 0 { return "http://127.0.0.1:\(port)/v1" }
        task.cancel()
        throw FakeServerError()
    }

    /// Releases hanging handlers and shuts the server down.
    package func stop() async {
        await state.release()
        let task = await state.task
        task?.cancel()
        _ = await task?.result
    }

    private static func respond(_ reply: Reply, state: State) async throws -> Response {
        switch reply {
        case .toolCall(let name, let arguments, let usage):
            let call = ToolCall(id: "call_\(UUID().uuidString.prefix(8))", name: name, arguments: arguments)
            return json(completion(message: .object(["role": .string("assistant"), "content": .null,
                                                     "tool_calls": .array([encode(call)])]), finish: "tool_calls", usage: usage))
        case .content(let text, let usage):
            return json(completion(message: .object(["role": .string("assistant"), "content": .string(text)]), finish: "stop", usage: usage))
        case .stream(let deltas, let toolCall, let usage):
            var events = deltas.map { chunk(["content": .string($0)]) }
            if let toolCall {
                let half = toolCall.arguments.index(toolCall.arguments.startIndex, offsetBy: toolCall.arguments.count / 2)
                events.append(chunk(["tool_calls": .array([.object(["index": .number(0), "id": .string(toolCall.id), "type": .string("function"),
                                                                   "function": .object(["name": .string(toolCall.name), "arguments": .string("")])])])]))
                for piece in [String(toolCall.arguments[..<half]), String(toolCall.arguments[half...])] {
                    events.append(chunk(["tool_calls": .array([.object(["index": .number(0), "function": .object(["arguments": .string(piece)])])])]))
                }
            }
            events.append(JSONValue.object(["choices": .array([.object(["index": .number(0), "delta": .object([:]),
                                                                        "finish_reason": .string(toolCall == nil ? "stop" : "tool_calls")])])]).jsonText)
            events.append(JSONValue.object(["choices": .array([]), "usage": usageJSON(usage)]).jsonText)
            events.append("[DONE]")
            let frames = events
            return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: ResponseBody { writer in
                for frame in frames {
                    try await writer.write(ByteBuffer(string: "data: \(frame)\n\n"))
                    try await Task.sleep(nanoseconds: 5_000_000)
                }
                try await writer.finish(nil)
            })
        case .status(let code, let message, let retryAfter):
            var headers: HTTPFields = [.contentType: "application/json"]
            if let retryAfter { headers[.retryAfter] = retryAfter }
            let body = JSONValue.object(["error": .object(["message": .string(message), "type": .string("fake_error")])]).jsonText
            return Response(status: .init(code: code), headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        case .hang(let seconds):
            let end = Date().addingTimeInterval(seconds)
            while Date() < end, await !state.isReleased() { try await Task.sleep(nanoseconds: 20_000_000) }
            return json(completion(message: .object(["role": .string("assistant"), "content": .string("too late")]), finish: "stop", usage: TokenUsage()))
        case .raw(let text, let contentType):
            return Response(status: .ok, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
    }

    private static func completion(message: JSONValue, finish: String, usage: TokenUsage) -> JSONValue {
        .object(["id": .string("chatcmpl-fake"), "object": .string("chat.completion"), "model": .string("fake"),
                 "choices": .array([.object(["index": .number(0), "message": message, "finish_reason": .string(finish)])]),
                 "usage": usageJSON(usage)])
    }

    private static func chunk(_ delta: [String: JSONValue]) -> String {
        JSONValue.object(["id": .string("chatcmpl-fake"), "object": .string("chat.completion.chunk"),
                          "choices": .array([.object(["index": .number(0), "delta": .object(delta), "finish_reason": .null])])]).jsonText
    }

    private static func usageJSON(_ usage: TokenUsage) -> JSONValue {
        .object(["prompt_tokens": .number(Double(usage.promptTokens)), "completion_tokens": .number(Double(usage.completionTokens)),
                 "total_tokens": .number(Double(usage.totalTokens))])
    }

    private static func encode(_ call: ToolCall) -> JSONValue {
        .object(["id": .string(call.id), "type": .string("function"),
                 "function": .object(["name": .string(call.name), "arguments": .string(call.arguments)])])
    }

    private static func json(_ value: JSONValue) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: value.jsonText)))
    }
}

private struct FakeServerError: Error {}

