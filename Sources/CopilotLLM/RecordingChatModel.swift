/// Wraps a chat model and stores every successful exchange in a directory
/// (`COPILOT_LLM_RECORD=DIR`), for ``ReplayChatModel`` to serve later.
public struct RecordingChatModel: ChatModel {
    public let base: any ChatModel
    public let directory: String

    public init(base: any ChatModel, directory: String) {
        self.base = base
        self.directory = directory
    }

    public var modelName: String { base.modelName }

    public func complete(_ request: ChatRequest) async throws -> ChatCompletion {
        let completion = try await base.complete(request)
        try save(request, completion, deltas: [])
        return completion
    }

    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamEvent, any Error> {
        let upstream = base.stream(request)
        return AsyncThrowingStream { continuation in
            let task = Task {
                var deltas: [String] = []
                do {
                    for try await event in upstream {
                        switch event {
                        case .text(let delta): deltas.append(delta)
                        case .completed(let completion): try save(request, completion, deltas: deltas)
                        }
                        continuation.yield(event)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func save(_ request: ChatRequest, _ completion: ChatCompletion, deltas: [String]) throws {
        let key = ChatRecording.key(model: modelName, request: request)
        do {
            try ChatRecording(key: key, model: modelName, request: request, response: completion, deltas: deltas).write(to: directory)
        } catch {
            throw LLMError(.configuration, "cannot write the recording to \(directory): \(error.localizedDescription)", context: ["key": key])
        }
    }
}
