import CopilotCore
import Foundation

/// The OpenAI Chat Completions wire format: request bodies, responses, streaming chunks, and the
/// JSON-mode rewrite for servers that do not accept `tools`.
enum OpenAIWireFormat {
    struct Body: Encodable {
        struct Function: Encodable { var name: String; var description: String; var parameters: JSONValue }
        struct Tool: Encodable { var type = "function"; var function: Function }
        struct StreamOptions: Encodable { var include_usage = true }
        struct ResponseFormat: Encodable { var type = "json_object" }

        var model: String
        var messages: [ChatMessage]
        var tools: [Tool]?
        var tool_choice: String?
        var temperature: Double?
        var max_tokens: Int?
        var stream: Bool?
        var stream_options: StreamOptions?
        var response_format: ResponseFormat?
    }

    /// The JSON body for `request`. In JSON mode the tools are described in a system message and
    /// `response_format: json_object` asks for one JSON object instead.
    static func body(_ request: ChatRequest, model: String, stream: Bool, jsonMode: Bool) -> Data {
        let prepared = jsonMode ? jsonModeRequest(request) : request
        let tools = prepared.tools.map { Body.Tool(function: .init(name: $0.name, description: $0.description, parameters: $0.parameters)) }
        let body = Body(model: model, messages: prepared.messages, tools: tools.isEmpty ? nil : tools,
                        tool_choice: tools.isEmpty ? nil : "auto", temperature: prepared.temperature,
                        max_tokens: prepared.maxTokens, stream: stream ? true : nil,
                        stream_options: stream ? Body.StreamOptions() : nil,
                        response_format: jsonMode && !request.tools.isEmpty ? Body.ResponseFormat() : nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(body)) ?? Data("{}".utf8)
    }

    // MARK: Responses

    struct Response: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                var content: String?
                var tool_calls: [ToolCall]?
            }
            var message: Message?
            var finish_reason: String?
        }
        var choices: [Choice]?
        var usage: TokenUsage?
    }

    /// A non-streaming completion; throws ``LLMError/Reason/badResponse`` for anything else.
    static func completion(from data: Data, request: ChatRequest, jsonMode: Bool) throws(LLMError) -> ChatCompletion {
        let response: Response
        do {
            response = try JSONDecoder().decode(Response.self, from: data)
        } catch {
            throw LLMError(.badResponse, "the server's answer is not a chat completion (\(data.count) bytes of invalid JSON)")
        }
        guard let choice = response.choices?.first, let message = choice.message else {
            throw LLMError(.badResponse, "the server's answer has no choices")
        }
        let completion = ChatCompletion(content: message.content, toolCalls: message.tool_calls ?? [],
                                        usage: response.usage ?? TokenUsage(), finishReason: choice.finish_reason)
        return jsonMode ? readingJSONMode(completion, request: request) : completion
    }

    /// One `data:` chunk of a streamed completion.
    struct Chunk: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable {
                struct ToolCallDelta: Decodable {
                    struct Function: Decodable { var name: String?; var arguments: String? }
                    var index: Int?
                    var id: String?
                    var function: Function?
                }
                var content: String?
                var tool_calls: [ToolCallDelta]?
            }
            var delta: Delta?
            var finish_reason: String?
        }
        var choices: [Choice]?
        var usage: TokenUsage?
    }

    // MARK: JSON mode

    /// The request for a server without tool support: tool calls in the history become text, and a
    /// system message lists the tools and the one-JSON-object reply format.
    static func jsonModeRequest(_ request: ChatRequest) -> ChatRequest {
        guard !request.tools.isEmpty else { return request }
        var messages: [ChatMessage] = request.messages.map { message in
            switch message.role {
            case .assistant where !message.toolCalls.isEmpty:
                let calls = message.toolCalls.map { call in
                    JSONValue.object(["tool": .string(call.name), "arguments": call.parsedArguments ?? .object([:])]).jsonText
                }
                return .assistant(([message.content].compactMap { $0 } + calls).joined(separator: "\n"))
            case .tool:
                return .user("Result of your tool call:\n" + (message.content ?? ""))
            default:
                return message
            }
        }
        var lines = ["Function calling is not available on this server. Reply with exactly one JSON object and nothing else:",
                     #"{"tool": "<tool name>", "arguments": {<argument name>: <value>, ...}}"#, "Tools:"]
        for tool in request.tools {
            let properties: [String] = {
                guard case .object(let members)? = tool.parameters["properties"] else { return [] }
                return members.keys.sorted().map { key in "\(key) (\(members[key]?["description"]?.stringValue ?? "string"))" }
            }()
            lines.append("- \(tool.name): \(tool.description) Arguments: \(properties.joined(separator: "; ")).")
        }
        messages.append(.system(lines.joined(separator: "\n")))
        var rewritten = request
        rewritten.messages = messages
        rewritten.tools = []
        return rewritten
    }

    /// Reads `{"tool": …, "arguments": …}` written in JSON mode back into a tool call.
    static func readingJSONMode(_ completion: ChatCompletion, request: ChatRequest) -> ChatCompletion {
        var completion = completion
        completion.usedJSONMode = true
        guard completion.toolCalls.isEmpty, let content = completion.content,
              let object = ModelReplyParser.jsonObject(in: content) else { return completion }
        let name = (object["tool"] ?? object["name"] ?? object["function"])?.stringValue
        guard let name, request.tools.contains(where: { $0.name == name }) else { return completion }
        let arguments = object["arguments"] ?? object["parameters"] ?? .object([:])
        let text = arguments.stringValue.flatMap { JSONValue.parse($0) }?.jsonText ?? arguments.jsonText
        completion.toolCalls = [ToolCall(id: "json_call_1", name: name, arguments: text)]
        return completion
    }
}
