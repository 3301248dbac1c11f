/// What a turn (or a whole session) spent on the language model.
public struct TurnUsage: Sendable, Codable, Equatable {
    public var llmCalls: Int
    public var promptTokens: Int
    public var completionTokens: Int

    public init(llmCalls: Int = 0, promptTokens: Int = 0, completionTokens: Int = 0) {
        self.llmCalls = llmCalls
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    public var totalTokens: Int { promptTokens + completionTokens }

    public static func + (lhs: TurnUsage, rhs: TurnUsage) -> TurnUsage {
        TurnUsage(llmCalls: lhs.llmCalls + rhs.llmCalls, promptTokens: lhs.promptTokens + rhs.promptTokens,
                  completionTokens: lhs.completionTokens + rhs.completionTokens)
    }

    enum CodingKeys: String, CodingKey {
        case llmCalls = "llm_calls"
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }
}
