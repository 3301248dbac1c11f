/// Serves recorded exchanges (`COPILOT_LLM_REPLAY=DIR`) without any network: an eval run against
/// a replay directory is reproducible offline. A request with no recording is an error
/// (``LLMError/Reason/replayMiss``), never a silent guess.
public struct ReplayChatModel: ChatModel {
    public let directory: String
    public let modelName: String

    public init(directory: String, modelName: String) {
        self.directory = directory
        self.modelName = modelName
    }

    public func complete(_ request: ChatRequest) async throws -> ChatCompletion {
        try recording(for: request).response
    }

    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatStreamEvent, any Error> {
        AsyncThrowingStream { continuation in
            do {
                let recording = try recording(for: request)
                let deltas = recording.deltas.isEmpty ? [recording.response.content].compactMap { $0 } : recording.deltas
                for delta in deltas where !delta.isEmpty { continuation.yield(.text(delta)) }
                continuation.yield(.completed(recording.response))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
    }

    private func recording(for request: ChatRequest) throws(LLMError) -> ChatRecording {
        let key = ChatRecording.key(model: modelName, request: request)
        guard let recording = ChatRecording.read(directory: directory, key: key) else {
            throw LLMError(.replayMiss, "no recorded answer for this request in \(directory)", context: ["key": key, "model": modelName])
        }
        return recording
    }
}
