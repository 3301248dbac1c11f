import Foundation

/// Retries with exponential backoff on 429, 5xx, timeouts and transport errors. A server's
/// `Retry-After` is honoured up to ``maxRetryAfter``; a longer one ends the retries.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// Delay before the second attempt; doubled for each further one.
    public var baseDelay: Double
    /// Longest computed backoff, in seconds.
    public var maxDelay: Double
    /// Longest `Retry-After` the client waits for, in seconds.
    public var maxRetryAfter: Double

    public init(maxAttempts: Int = 3, baseDelay: Double = 0.5, maxDelay: Double = 8, maxRetryAfter: Double = 20) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    public static let standard = RetryPolicy()
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Seconds to wait before attempt `attempt + 1` after a failure of attempt `attempt` (1-based),
    /// or nil when the client should give up.
    public func delay(afterAttempt attempt: Int, error: LLMError, retryAfter: Double?) -> Double? {
        guard error.isTransient, attempt < maxAttempts else { return nil }
        if let retryAfter {
            guard retryAfter <= maxRetryAfter else { return nil }
            return max(0, retryAfter)
        }
        let exponential = baseDelay * pow(2, Double(attempt - 1))
        // ±20 % jitter so many clients do not retry in lockstep.
        return min(maxDelay, exponential) * Double.random(in: 0.8...1.2)
    }

    /// Parses a `Retry-After` header: delay-seconds or an HTTP date.
    public static func parseRetryAfter(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
