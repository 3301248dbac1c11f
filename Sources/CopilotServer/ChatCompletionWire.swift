import CopilotCore
import Foundation

/// The OpenAI chat-completion wire shapes the copilot answers with: a whole completion, stream
/// chunks, usage and the model list. Extensions beyond OpenAI's fields (`session_id`, `copilot`)
/// are ignored by clients that do not know them and kept by those that do.
enum ChatCompletionWire {
    /// The one model the endpoint serves.
    static let model = "retail-copilot"

    struct Usage: Encodable {
        var promptTokens: Int
        var completionTokens: Int
        var totalTokens: Int

        /// The copilot's own language-model tokens for the turn (zero when it planned offline).
        init(_ usage: TurnUsage?) {
            promptTokens = usage?.promptTokens ?? 0
            completionTokens = usage?.completionTokens ?? 0
            totalTokens = promptTokens + completionTokens
        }

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
            case totalTokens = "total_tokens"
        }
    }

    struct Message: Encodable {
        var role = "assistant"
        var content: String
    }

    /// `POST /v1/chat/completions` without `stream`.
    struct Completion: Encodable {
        struct Choice: Encodable {
            var index = 0
            var message: Message
            var finishReason = "stop"

            enum CodingKeys: String, CodingKey {
                case index, message
                case finishReason = "finish_reason"
            }
        }

        var id: String
        var object = "chat.completion"
        var created: Int
        var model = ChatCompletionWire.model
        var choices: [Choice]
        var usage: Usage
        var sessionID: String
        /// The full reply (kind, table, SQL, action…), as `POST /v1/chat` returns it.
        var copilot: ChatReply

        enum CodingKeys: String, CodingKey {
            case id, object, created, model, choices, usage, copilot
            case sessionID = "session_id"
        }
    }

    /// One `data:` event of a streamed completion.
    struct Chunk: Encodable {
        struct Delta: Encodable {
            var role: String?
            var content: String?
        }

        struct Choice: Encodable {
            var index = 0
            var delta: Delta
            var finishReason: String?

            enum CodingKeys: String, CodingKey {
                case index, delta
                case finishReason = "finish_reason"
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(index, forKey: .index)
                try container.encode(delta, forKey: .delta)
                try container.encode(finishReason, forKey: .finishReason)  // null until the last chunk, as OpenAI sends it
            }
        }

        var id: String
        var object = "chat.completion.chunk"
        var created: Int
        var model = ChatCompletionWire.model
        var choices: [Choice]
        var usage: Usage?
        var sessionID: String
        /// On the last content chunk only: the full reply.
        var copilot: ChatReply?

        enum CodingKeys: String, CodingKey {
            case id, object, created, model, choices, usage, copilot
            case sessionID = "session_id"
        }
    }

    /// `GET /v1/models` entries.
    struct ModelEntry: Encodable {
        var id = ChatCompletionWire.model
        var object = "model"
        var created: Int
        var ownedBy = "retail-copilot"

        enum CodingKeys: String, CodingKey {
            case id, object, created
            case ownedBy = "owned_by"
        }
    }

    struct ModelList: Encodable {
        var object = "list"
        var data: [ModelEntry]
    }
}
