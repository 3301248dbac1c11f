import Foundation

/// Per-agent circuit breakers: after `threshold` consecutive failed requests an agent's circuit opens
/// and calls fail fast for `coolDown` seconds; then one trial request is let through (half-open) and
/// its result closes or reopens the circuit.
public actor CircuitBreaker {
    public enum State: String, Sendable { case closed, open, halfOpen = "half_open" }

    private struct Entry {
        var failures = 0
        var openedAt: Date?
        var trialInFlight = false
    }

    public let threshold: Int
    public let coolDown: Double
    private var entries: [String: Entry] = [:]

    public init(threshold: Int = 3, coolDown: Double = 30) {
        self.threshold = max(1, threshold)
        self.coolDown = coolDown
    }

    /// Whether a request to `agent` may go out now; when not, the seconds until it may.
    public func permit(_ agent: String, now: Date = Date()) -> (allowed: Bool, retryIn: Double) {
        var entry = entries[agent, default: Entry()]
        defer { entries[agent] = entry }
        guard let openedAt = entry.openedAt else { return (true, 0) }
        let waited = now.timeIntervalSince(openedAt)
        guard waited >= coolDown, !entry.trialInFlight else { return (false, max(0, coolDown - waited)) }
        entry.trialInFlight = true
        return (true, 0)
    }

    /// The agent answered (2xx or 4xx): it is up, the circuit closes.
    public func recordSuccess(_ agent: String) {
        entries[agent] = Entry()
    }

    /// A request failed (unreachable, timeout, 5xx); the threshold-th in a row, or a failed trial, opens the circuit.
    public func recordFailure(_ agent: String, now: Date = Date()) {
        var entry = entries[agent, default: Entry()]
        entry.failures += 1
        entry.trialInFlight = false
        if entry.failures >= threshold || entry.openedAt != nil { entry.openedAt = now }
        entries[agent] = entry
    }

    /// The circuit as seen at `now` (for status pages and tests).
    public func state(_ agent: String, now: Date = Date()) -> State {
        guard let entry = entries[agent], let openedAt = entry.openedAt else { return .closed }
        return now.timeIntervalSince(openedAt) >= coolDown ? .halfOpen : .open
    }
}
