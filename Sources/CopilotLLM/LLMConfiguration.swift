import CopilotCore
import Foundation

/// Language-model settings, from flags and the environment: `COPILOT_LLM_BASE_URL`,
/// `COPILOT_LLM_MODEL`, `COPILOT_LLM_API_KEY` (never logged or printed), `COPILOT_LLM_TIMEOUT`,
/// `COPILOT_LLM_MAX_TOKENS`, `COPILOT_LLM_RECORD=DIR` and `COPILOT_LLM_REPLAY=DIR`.
public struct LLMConfiguration: Sendable, Equatable, CustomStringConvertible {
    /// nil: hybrid when an endpoint (or a replay directory) is configured, offline otherwise.
    public var mode: PlannerMode?
    /// An OpenAI-compatible API base (`https://api.openai.com/v1`, `http://127.0.0.1:11434/v1`).
    public var baseURL: String?
    public var model: String?
    public var apiKey: String?
    /// Seconds one HTTP request may take; a turn may take twice that.
    public var timeout: Double
    public var maxTokens: Int?
    /// Store every exchange here (record mode).
    public var recordDirectory: String?
    /// Serve recorded exchanges from here instead of calling an endpoint (replay mode).
    public var replayDirectory: String?
    public var retry: RetryPolicy
    /// Stream completions (`stream: true`).
    public var streaming: Bool

    public init(mode: PlannerMode? = nil, baseURL: String? = nil, model: String? = nil, apiKey: String? = nil, timeout: Double = 30,
                maxTokens: Int? = 1_024, recordDirectory: String? = nil, replayDirectory: String? = nil,
                retry: RetryPolicy = .standard, streaming: Bool = false) {
        self.mode = mode
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.timeout = timeout
        self.maxTokens = maxTokens
        self.recordDirectory = recordDirectory
        self.replayDirectory = replayDirectory
        self.retry = retry
        self.streaming = streaming
    }

    /// The settings in the environment (flags override them field by field).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> LLMConfiguration {
        func value(_ name: String) -> String? {
            environment[name].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var configuration = LLMConfiguration(baseURL: value("COPILOT_LLM_BASE_URL"), model: value("COPILOT_LLM_MODEL"),
                                             apiKey: value("COPILOT_LLM_API_KEY"), recordDirectory: value("COPILOT_LLM_RECORD"),
                                             replayDirectory: value("COPILOT_LLM_REPLAY"))
        if let timeout = value("COPILOT_LLM_TIMEOUT").flatMap(Double.init), timeout > 0 { configuration.timeout = timeout }
        if let tokens = value("COPILOT_LLM_MAX_TOKENS").flatMap(Int.init), tokens > 0 { configuration.maxTokens = tokens }
        return configuration
    }

    /// The mode in force.
    public var effectiveMode: PlannerMode {
        mode ?? (baseURL != nil || replayDirectory != nil ? .hybrid : .offline)
    }

    /// The chat model these settings describe: replay, or an endpoint (recorded when asked).
    public func makeChatModel() throws(LLMError) -> any ChatModel {
        if let replayDirectory {
            return ReplayChatModel(directory: replayDirectory, modelName: model ?? "default")
        }
        guard let baseURL else {
            throw LLMError(.configuration, "planner \(effectiveMode.rawValue) needs an endpoint: set --llm-base-url or COPILOT_LLM_BASE_URL (or COPILOT_LLM_REPLAY=DIR)")
        }
        guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw LLMError(.configuration, "the LLM base URL must be an http(s) URL such as http://127.0.0.1:11434/v1")
        }
        guard let model, !model.isEmpty else {
            throw LLMError(.configuration, "set the model name with --llm-model or COPILOT_LLM_MODEL")
        }
        let endpoint = OpenAIChatModel(settings: .init(baseURL: baseURL, model: model, apiKey: apiKey, requestTimeout: timeout, retry: retry))
        guard let recordDirectory else { return endpoint }
        return RecordingChatModel(base: endpoint, directory: recordDirectory)
    }

    /// For messages and logs: never the API key, only whether one is set.
    public var description: String {
        var parts = ["planner=\(effectiveMode.rawValue)"]
        if let baseURL { parts.append("endpoint=\(OpenAIChatModel.redacted(baseURL))") }
        if let model { parts.append("model=\(model)") }
        parts.append("api_key=\(apiKey == nil ? "unset" : "set")")
        if let recordDirectory { parts.append("record=\(recordDirectory)") }
        if let replayDirectory { parts.append("replay=\(replayDirectory)") }
        return parts.joined(separator: " ")
    }
}
