/// A chat model's answer to one request, with the tokens it cost.
public struct ChatCompletion: Sendable, Codable, Equatable {
    /// The text the model wrote (may be empty when it only called tools).
    public var content: String?
    public var toolCalls: [ToolCall]
    public var usage: TokenUsage
    /// `stop`, `tool_calls`, `length`…, as the server reported it.
    public var finishReason: String?
    /// True when the server did not accept tools and the call fell back to JSON mode (tool calls
    /// were then read from the JSON the model wrote).
    public var usedJSONMode: Bool

    public init(content: String?, toolCalls: [ToolCall] = [], usage: TokenUsage = TokenUsage(), finishReason: String? = nil,
                usedJSONMode: Bool = false) {
        self.content = content
        self.toolCalls = toolCalls
        self.usage = usage
        self.finishReason = finishReason
        self.usedJSONMode = usedJSONMode
    }

    enum CodingKeys: String, CodingKey {
        case content, usage
        case toolCalls = "tool_calls"
        case finishReason = "finish_reason"
        case usedJSONMode = "used_json_mode"
    }
}

/// Tokens one or more calls cost, as the server counted them.
public struct TokenUsage: Sendable, Codable, Equatable {
    public var promptTokens: Int
    public var completionTokens: Int

    public init(promptTokens: Int = 0, completionTokens: Int = 0) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    public var totalTokens: Int { promptTokens + completionTokens }

    public static func + (lhs: TokenUsage, rhs: TokenUsage) -> TokenUsage {
        TokenUsage(promptTokens: lhs.promptTokens + rhs.promptTokens, completionTokens: lhs.completionTokens + rhs.completionTokens)
    }

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }
}

/// What a streaming call yields: text as it arrives, then the whole completion.
public enum ChatStreamEvent: Sendable, Equatable {
    /// A piece of the model's text.
    case text(String)
    /// The finished completion (all text, tool calls and usage); always the last event.
    case completed(ChatCompletion)
}
