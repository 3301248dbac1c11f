import CopilotCore

/// What a planner asks a chat model: the conversation, the tools it may call and sampling limits.
/// The model name and endpoint belong to the ``ChatModel``, not the request.
public struct ChatRequest: Sendable, Codable, Equatable {
    public var messages: [ChatMessage]
    /// Functions the model may call (`tool_choice: auto`); empty for plain chat.
    public var tools: [ChatTool]
    public var temperature: Double?
    public var maxTokens: Int?

    public init(messages: [ChatMessage], tools: [ChatTool] = [], temperature: Double? = 0, maxTokens: Int? = nil) {
        self.messages = messages
        self.tools = tools
        self.temperature = temperature
        self.maxTokens = maxTokens
    }

    enum CodingKeys: String, CodingKey {
        case messages, tools, temperature
        case maxTokens = "max_tokens"
    }

    /// Characters of all message text, for cheap token estimates (≈ 4 characters per token).
    public var characterCount: Int {
        messages.reduce(0) { $0 + ($1.content?.count ?? 0) + $1.toolCalls.reduce(0) { $0 + $1.arguments.count } }
            + tools.reduce(0) { $0 + $1.description.count + $1.parameters.jsonText.count }
    }
}

/// A function the model may call, described by a JSON Schema for its arguments.
public struct ChatTool: Sendable, Codable, Equatable {
    public var name: String
    public var description: String
    public var parameters: JSONValue

    public init(name: String, description: String, parameters: JSONValue) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }

    /// A tool whose arguments are all strings: `properties` maps each argument to its description.
    public static func strings(_ name: String, _ description: String, _ properties: [(String, String)],
                               required: [String]? = nil) -> ChatTool {
        var schema: [String: JSONValue] = [:]
        for (key, text) in properties { schema[key] = .object(["type": .string("string"), "description": .string(text)]) }
        return ChatTool(name: name, description: description, parameters: .object([
            "type": .string("object"),
            "properties": .object(schema),
            "required": .array((required ?? properties.map(\.0)).map(JSONValue.string)),
        ]))
    }
}
