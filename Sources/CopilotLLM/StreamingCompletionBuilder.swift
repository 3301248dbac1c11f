import Foundation

/// Assembles a ``ChatCompletion`` from streamed chunks: text deltas, tool-call deltas (by index:
/// the id and name come first, the arguments in pieces) and the final usage chunk.
struct StreamingCompletionBuilder {
    private var content = ""
    private var calls: [Int: (id: String, name: String, arguments: String)] = [:]
    private var usage = TokenUsage()
    private var finishReason: String?
    private(set) var done = false
    private(set) var chunks = 0

    /// Applies one event's data; returns the text delta it carried, if any. `[DONE]` ends the stream.
    mutating func apply(_ data: String) throws(LLMError) -> String? {
        let trimmed = data.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed == "[DONE]" {
            done = true
            return nil
        }
        let chunk: OpenAIWireFormat.Chunk
        do {
            chunk = try JSONDecoder().decode(OpenAIWireFormat.Chunk.self, from: Data(trimmed.utf8))
        } catch {
            throw LLMError(.badResponse, "a streamed chunk is not valid JSON", context: ["chunk": String(chunks)])
        }
        chunks += 1
        if let reported = chunk.usage { usage = reported }
        var delta: String?
        for choice in chunk.choices ?? [] {
            if let reason = choice.finish_reason { finishReason = reason }
            if let text = choice.delta?.content, !text.isEmpty {
                content += text
                delta = (delta ?? "") + text
            }
            for call in choice.delta?.tool_calls ?? [] {
                let index = call.index ?? 0
                var entry = calls[index] ?? (id: "call_\(index)", name: "", arguments: "")
                if let id = call.id, !id.isEmpty { entry.id = id }
                if let name = call.function?.name { entry.name += name }
                if let arguments = call.function?.arguments { entry.arguments += arguments }
                calls[index] = entry
            }
        }
        return delta
    }

    /// The completion so far.
    var completion: ChatCompletion {
        let toolCalls = calls.keys.sorted().compactMap { index -> ToolCall? in
            guard let call = calls[index], !call.name.isEmpty else { return nil }
            return ToolCall(id: call.id, name: call.name, arguments: call.arguments.isEmpty ? "{}" : call.arguments)
        }
        return ChatCompletion(content: content.isEmpty ? nil : content, toolCalls: toolCalls, usage: usage, finishReason: finishReason)
    }
}
