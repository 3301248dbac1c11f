/// A caller already has as many requests running or waiting as its share allows.
public struct QueryQueueError: CopilotError, Equatable {
    public enum Reason: String, Sendable {
        case callerBusy = "caller_busy"
    }

    public var reason: Reason
    /// Seconds after which a retry is likely to be admitted.
    public var retryAfter: Int

    public init(_ reason: Reason, retryAfter: Int) {
        self.reason = reason
        self.retryAfter = retryAfter
    }

    public var code: String { reason.rawValue }
    public var userMessage: String { "You have too many requests in progress; retry in \(retryAfter) s." }
}
