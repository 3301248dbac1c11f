import CopilotCore
import Foundation

/// A `POST /v1/chat/completions` body as OpenAI clients send it. Only what the copilot uses is
/// read; sampling settings (`temperature`, `max_tokens`…) mean nothing to a deterministic planner and
/// are ignored. What the copilot cannot honour — client tools and functions, images, several
/// choices — is refused with a clear error rather than silently dropped.
struct ChatCompletionRequest: Decodable, Sendable {
    struct Message: Decodable, Sendable {
        var role: String
        var content: Content?
        var toolCalls: JSONValue?
        var functionCall: JSONValue?

        enum CodingKeys: String, CodingKey {
            case role, content
            case toolCalls = "tool_calls"
            case functionCall = "function_call"
        }

        /// A string, or an array of parts (`{"type": "text", "text": …}`).
        enum Content: Decodable, Sendable {
            case text(String)
            case parts([Part])

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let text = try? container.decode(String.self) {
                    self = .text(text)
                } else {
                    self = .parts(try container.decode([Part].self))
                }
            }
        }

        struct Part: Decodable, Sendable {
            var type: String
            var text: String?
        }

        /// The text, or nil when a part is not text (an image, audio, a file).
        var text: String? {
            switch content {
            case nil: return ""
            case .text(let text): return text
            case .parts(let parts):
                guard parts.allSatisfy({ $0.type == "text" }) else { return nil }
                return parts.compactMap(\.text).joined(separator: "\n")
            }
        }
    }

    struct StreamOptions: Decodable, Sendable {
        var includeUsage: Bool?

        enum CodingKeys: String, CodingKey {
            case includeUsage = "include_usage"
        }
    }

    var model: String?
    var messages: [Message]
    var stream: Bool?
    var streamOptions: StreamOptions?
    var tools: JSONValue?
    var functions: JSONValue?
    var toolChoice: JSONValue?
    var functionCall: JSONValue?
    var n: Int?
    /// The copilot's session to continue (an extension; clients may also send `X-Copilot-Session-Id`).
    var sessionID: String?

    enum CodingKeys: String, CodingKey {
        case model, messages, stream, tools, functions, n
        case streamOptions = "stream_options"
        case toolChoice = "tool_choice"
        case functionCall = "function_call"
        case sessionID = "session_id"
    }

    /// What one turn needs from the request: the question (the last message, from the user) and
    /// the earlier messages, to find the conversation again.
    struct Turn: Sendable {
        var question: String
        var earlier: [Message]
    }

    /// Checks the request and extracts the turn; throws ``APIError`` with a code that says what to change.
    func turn() throws -> Turn {
        if Self.offersTools(tools) || Self.offersTools(functions) || Self.choosesTool(toolChoice) || Self.choosesTool(functionCall)
            || messages.contains(where: { ["tool", "function"].contains($0.role) || $0.toolCalls.map(Self.offersTools) == true
                                          || $0.functionCall.map({ $0 != .null }) == true }) {
            throw APIError(.badRequest, code: "tools_not_supported",
                           message: "Retail Copilot does not call client tools or functions; send the question as a user message "
                           + "(it answers with its own guarded queries). Remove tools, functions, tool_choice and tool messages.")
        }
        if let n, n != 1 {
            throw APIError(.badRequest, code: "unsupported_parameter", message: "Only one choice per request (n = 1) is supported.")
        }
        guard let last = messages.last, last.role == "user" else {
            throw APIError(.badRequest, code: "invalid_messages", message: "The last message must be the user's question (role \"user\").")
        }
        if let unknown = messages.first(where: { !["system", "developer", "user", "assistant"].contains($0.role) }) {
            throw APIError(.badRequest, code: "invalid_messages", message: "Unknown message role \"\(unknown.role.prefix(20))\".")
        }
        guard let text = last.text else {
            throw APIError(.badRequest, code: "unsupported_content", message: "Only text content is supported (no images, audio or files).")
        }
        let question = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !InputLimits.isBlank(question) else { throw APIError(.badRequest, code: "empty_message", message: "The message is empty.") }
        guard question.count <= 2_000 else {
            throw APIError(.contentTooLarge, code: "message_too_long", message: "Messages are limited to 2,000 characters.")
        }
        return Turn(question: question, earlier: Array(messages.dropLast()))
    }

    /// A non-empty list of tools (an empty list offers nothing).
    private static func offersTools(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null: false
        case .array(let items): !items.isEmpty
        default: true
        }
    }

    /// Any choice but "none" (and "auto" with nothing to choose from, which some clients always send).
    private static func choosesTool(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null, .string("none"), .string("auto"): false
        default: true
        }
    }
}
