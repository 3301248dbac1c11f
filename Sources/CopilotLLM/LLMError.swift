/// Why a call to a chat model failed. The message and context never include the API key or the
/// prompt text; they are safe to log and to show to an operator.
public struct LLMError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable, Codable {
        /// The endpoint could not be reached (connection refused, DNS, TLS, reset).
        case transport
        /// One request took longer than the per-request timeout.
        case timeout
        /// The turn's overall deadline passed.
        case deadlineExceeded = "deadline_exceeded"
        /// 429 after the retries (or a `Retry-After` beyond the bound).
        case rateLimited = "rate_limited"
        /// A 5xx after the retries.
        case serverError = "server_error"
        /// A 4xx the server will keep answering (bad request, unknown model, auth).
        case rejected
        /// The server answered 2xx with something that is not a chat completion.
        case badResponse = "bad_response"
        /// Replay mode found no recording for a request.
        case replayMiss = "replay_miss"
        /// The copilot's LLM settings are incomplete or invalid.
        case configuration
        case cancelled
    }

    public var reason: Reason
    public var message: String
    /// Where it happened: `status`, `attempts`, `model`, `endpoint` (never the key), `key` (replay).
    public var context: [String: String]

    public init(_ reason: Reason, _ message: String, context: [String: String] = [:]) {
        self.reason = reason
        self.message = message
        self.context = context
    }

    /// The HTTP status, when the failure was an HTTP answer.
    public var status: Int? { context["status"].flatMap(Int.init) }

    public var description: String {
        let details = context.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return "\(reason.rawValue): \(message)" + (details.isEmpty ? "" : " (\(details))")
    }

    /// Retrying may help: rate limits, server errors, timeouts and transport failures.
    public var isTransient: Bool {
        [.transport, .timeout, .rateLimited, .serverError].contains(reason)
    }
}
