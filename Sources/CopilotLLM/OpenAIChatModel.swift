import AsyncHTTPClient
import CopilotCore
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// A chat model behind any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp's server,
/// LM Studio): `POST {base}/chat/completions` with tools, streaming over SSE, retries with backoff
/// on 429/5xx honouring `Retry-After`, a per-request timeout, and JSON mode for servers that reject
/// tools. The API key is sent as a bearer token and never logged.
public struct OpenAIChatModel: ChatModel {
    /// Where and how to call.
    public struct Settings: Sendable {
        /// The API base, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:11434/v1`.
        public var baseURL: String
        public var model: String
        public var apiKey: String?
        /// Seconds one HTTP request (including a streamed body) may take.
        public var requestTimeout: Double
        public var retry: RetryPolicy
        /// Largest response body accepted.
        public var maxResponseBytes: Int

        public init(baseURL: String, model: String, apiKey: String? = nil, requestTimeout: Double = 60,
                    retry: RetryPolicy = .standard, maxResponseBytes: Int = 4 * 1024 * 1024) {
            self.baseURL = baseURL
            self.model = model
            self.apiKey = apiKey
            self.requestTimeout = requestTimeout
            self.retry = retry
            self.maxResponseBytes = maxResponseBytes
        }

        /// `{base}/chat/completions` (a base that already names the route is kept).
        public var endpoint: String {
            var base = baseURL
            while base.hasSuffix("/") { base.removeLast() }
            return base.hasSuffix("/chat/completions") ? base : base + "/chat/completions"
        }
    }

    public let settings: Settings
    private let client: HTTPClient
    private let memory: ToolSupportMemory
    private let logger: Logger

    /// The process-wide client for model endpoints: a refused connection fails the request at once
    /// (the retry policy above decides what happens next) instead of being retried by the pool until
    /// the request times out, so "endpoint down" falls back in milliseconds. Never shut down.
    public static let defaultClient: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(5)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    public init(settings: Settings, client: HTTPClient = OpenAIChatModel.defaultClient, memory: ToolSupportMemory = .shared,
                logger: Logger = Logger(label: "copilot.llm")) {
        self.settings = settings
        self.client = client
        self.memory = memory
        self.logger = logger
    }

    public var modelName: String { settings.model }
    private var memoryKey: String { settings.endpoint + "#" + settings.model }

    public func complete(_ request: ChatRequest) async throws -> ChatCompletion {
        try await withToolFallback(request) { jsonMode in try await send(request, jsonMode: jsonMode, onText: nil) }
    }

    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamEvent, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let emit: @Sendable (String) -> Void = { _ = continuation.yield(.text($0)) }
                    let completion = try await withToolFallback(request) { jsonMode in
                        try await send(request, jsonMode: jsonMode, onText: jsonMode ? nil : emit)
                    }
                    continuation.yield(.completed(completion))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Tools first; when the server rejects them (400/422), the same request in JSON mode, and the
    /// endpoint is remembered as one without tools.
    private func withToolFallback(_ request: ChatRequest,
                                  _ call: @Sendable (Bool) async throws -> ChatCompletion) async throws -> ChatCompletion {
        let known = await memory.lacksTools(memoryKey)
        let jsonMode = known && !request.tools.isEmpty
        do {
            return try await call(jsonMode)
        } catch let error as LLMError where !jsonMode && !request.tools.isEmpty && Self.rejectsTools(error) {
            logger.notice("llm endpoint rejected tools; retrying in JSON mode", metadata: ["model": .string(settings.model)])
            let completion = try await call(true)
            await memory.markWithoutTools(memoryKey)
            return completion
        }
    }

    /// A 400/422 whose message is about tools or functions (Ollama "does not support tools", llama.cpp
    /// "tools param requires --jinja", vLLM "auto tool choice requires …", "Unrecognized request
    /// argument supplied: tools").
    static func rejectsTools(_ error: LLMError) -> Bool {
        guard error.reason == .rejected, [400, 422].contains(error.status ?? 0) else { return false }
        let message = error.message.lowercased()
        return message.contains("tool") || message.contains("function")
    }

    /// One logical call with retries. `onText` set means streaming.
    private func send(_ request: ChatRequest, jsonMode: Bool, onText: (@Sendable (String) -> Void)?) async throws -> ChatCompletion {
        let body = OpenAIWireFormat.body(request, model: settings.model, stream: onText != nil, jsonMode: jsonMode)
        var attempt = 1
        while true {
            let failure: LLMError
            var retryAfter: Double?
            let current = attempt
            do {
                return try await TimeLimit.run(seconds: settings.requestTimeout,
                                               error: LLMError(.timeout, "no complete answer within \(settings.requestTimeout) s", context: context(current))) {
                    try await post(body, request: request, jsonMode: jsonMode, onText: onText, attempt: current)
                }
            } catch let error as HTTPFailure {
                failure = error.error
                retryAfter = error.retryAfter
            } catch let error as LLMError {
                failure = error
            } catch is CancellationError {
                throw LLMError(.cancelled, "the call was cancelled", context: context(attempt))
            } catch {
                if Task.isCancelled { throw LLMError(.cancelled, "the call was cancelled", context: context(attempt)) }
                failure = LLMError(.transport, "the endpoint could not be reached (\(type(of: error)))", context: context(attempt))
            }
            guard let delay = settings.retry.delay(afterAttempt: attempt, error: failure, retryAfter: retryAfter) else {
                logger.warning("llm call failed", metadata: ["reason": .string(failure.reason.rawValue), "attempts": .stringConvertible(attempt),
                                                             "status": .string(failure.context["status"] ?? "-"), "model": .string(settings.model)])
                var final = failure
                final.context["attempts"] = String(attempt)
                throw final
            }
            logger.info("llm call retrying", metadata: ["reason": .string(failure.reason.rawValue), "attempt": .stringConvertible(attempt),
                                                        "delay_s": .stringConvertible(delay)])
            do {
                try await Task.sleep(nanoseconds: UInt64(delay * 1e9))
            } catch {
                throw LLMError(.cancelled, "the call was cancelled while waiting to retry", context: context(attempt))
            }
            attempt += 1
        }
    }

    /// An HTTP answer that is not 2xx, with the server's `Retry-After`.
    private struct HTTPFailure: Error {
        var error: LLMError
        var retryAfter: Double?
    }

    private func post(_ body: Data, request: ChatRequest, jsonMode: Bool, onText: (@Sendable (String) -> Void)?,
                      attempt: Int) async throws -> ChatCompletion {
        var http = HTTPClientRequest(url: settings.endpoint)
        http.method = .POST
        http.headers.add(name: "Content-Type", value: "application/json")
        http.headers.add(name: "Accept", value: onText != nil ? "text/event-stream" : "application/json")
        if let key = settings.apiKey, !key.isEmpty { http.headers.add(name: "Authorization", value: "Bearer \(key)") }
        http.body = .bytes(ByteBuffer(bytes: body))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(http, timeout: .nanoseconds(Int64(settings.requestTimeout * 1e9)))
        } catch let error as HTTPClientError where [.deadlineExceeded, .readTimeout, .connectTimeout].contains(error) {
            throw LLMError(.timeout, "the endpoint did not answer in time", context: context(attempt))
        }
        let status = Int(response.status.code)
        guard (200..<300).contains(status) else {
            let text = String(buffer: (try? await response.body.collect(upTo: 64 * 1024)) ?? ByteBuffer())
            var details = context(attempt)
            details["status"] = String(status)
            var summary = Self.errorSummary(text)
            if let key = settings.apiKey, key.count >= 4 { summary = summary.replacingOccurrences(of: key, with: "***") }
            let error: LLMError = switch status {
            case 429: LLMError(.rateLimited, "rate limited: \(summary)", context: details)
            case 408, 500...599: LLMError(.serverError, "server error: \(summary)", context: details)
            default: LLMError(.rejected, "the endpoint rejected the request: \(summary)", context: details)
            }
            throw HTTPFailure(error: error, retryAfter: RetryPolicy.parseRetryAfter(response.headers.first(name: "Retry-After")))
        }
        let contentType = response.headers.first(name: "Content-Type") ?? ""
        guard let onText, contentType.contains("text/event-stream") else {
            let data = try await collect(response, attempt: attempt)
            let completion = try OpenAIWireFormat.completion(from: data, request: request, jsonMode: jsonMode)
            if let onText, let content = completion.content, !completion.usedJSONMode { onText(content) }
            return completion
        }
        var parser = ServerSentEventParser()
        var builder = StreamingCompletionBuilder()
        var received = 0
        func apply(_ events: [String]) throws(LLMError) {
            for event in events where !builder.done {
                if let delta = try builder.apply(event) { onText(delta) }
            }
        }
        do {
            for try await buffer in response.body {
                received += buffer.readableBytes
                guard received <= settings.maxResponseBytes else {
                    throw LLMError(.badResponse, "the streamed answer exceeded \(settings.maxResponseBytes) bytes", context: context(attempt))
                }
                try apply(parser.feed(buffer.readableBytesView))
                if builder.done { break }
            }
        } catch let error as LLMError {
            throw error
        } catch {
            // Text may already have reached the caller: a broken stream is not retried (no duplicated deltas).
            if Task.isCancelled { throw error }
            throw LLMError(.badResponse, "the stream broke off after \(builder.chunks) chunks", context: context(attempt))
        }
        try apply(parser.finish())
        guard builder.chunks > 0 else { throw LLMError(.badResponse, "the stream carried no chunks", context: context(attempt)) }
        let completion = builder.completion
        return jsonMode ? OpenAIWireFormat.readingJSONMode(completion, request: request) : completion
    }

    private func collect(_ response: HTTPClientResponse, attempt: Int) async throws -> Data {
        do {
            return Data(try await response.body.collect(upTo: settings.maxResponseBytes).readableBytesView)
        } catch is NIOTooManyBytesError {
            throw LLMError(.badResponse, "the answer exceeded \(settings.maxResponseBytes) bytes", context: context(attempt))
        }
    }

    private func context(_ attempt: Int) -> [String: String] {
        ["model": settings.model, "endpoint": Self.redacted(settings.endpoint), "attempt": String(attempt)]
    }

    /// The endpoint without user info or query (where keys sometimes hide).
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "?" }
        components.user = nil
        components.password = nil
        components.query = nil
        return components.string ?? "?"
    }

    /// The `error.message` of an OpenAI-style error body, else its first 200 characters.
    static func errorSummary(_ text: String) -> String {
        if let message = JSONValue.parse(text)?["error"]?["message"]?.stringValue ?? JSONValue.parse(text)?["error"]?.stringValue {
            return String(message.prefix(300))
        }
        let flat = text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        return flat.isEmpty ? "no details" : String(flat.prefix(200))
    }
}
