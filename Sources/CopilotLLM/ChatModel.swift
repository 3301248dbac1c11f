/// A chat model behind some endpoint: ``OpenAIChatModel`` over HTTP, ``RecordingChatModel`` and
/// ``ReplayChatModel`` around it for reproducible evals, scripted fakes in tests.
public protocol ChatModel: Sendable {
    /// The model's name as sent to the server (part of the record/replay key).
    var modelName: String { get }

    /// One request, one completion. Throws ``LLMError``.
    func complete(_ request: ChatRequest) async throws -> ChatCompletion

    /// The same request streamed: text deltas as they arrive, then ``ChatStreamEvent/completed(_:)``.
    func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamEvent, any Error>
}

extension ChatModel {
    /// Models without real streaming deliver the whole text as one delta.
    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamEvent, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let completion = try await complete(request)
                    if let content = completion.content, !content.isEmpty { continuation.yield(.text(content)) }
                    continuation.yield(.completed(completion))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Consumes ``stream(_:)``, passing each text delta to `onText`, and returns the completion.
    public func streamCompletion(_ request: ChatRequest, onText: @Sendable (String) async -> Void) async throws -> ChatCompletion {
        for try await event in stream(request) {
            switch event {
            case .text(let delta): await onText(delta)
            case .completed(let completion): return completion
            }
        }
        throw LLMError(.badResponse, "the stream ended without a completion", context: ["model": modelName])
    }
}
