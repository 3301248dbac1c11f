/// Faults the reference agent server injects into its next requests, in order (one per request),
/// so tests can exercise the copilot's retries over real HTTP: a slow agent, a 5xx, an answer lost
/// after the effect was applied.
public actor AgentFaults {
    public enum Fault: Sendable, Equatable {
        /// Wait this many seconds before handling the request (the effect still happens after).
        case delay(Double)
        /// Answer with this status and do nothing.
        case status(Int)
        /// Apply the effect and store the receipt, then break the connection instead of answering.
        case dropAfterEffect
    }

    private var queue: [Fault] = []
    /// Requests seen (including those that carried a fault).
    public private(set) var requests = 0

    public init() {}

    public func enqueue(_ faults: Fault...) {
        queue += faults
    }

    func next() -> Fault? {
        requests += 1
        return queue.isEmpty ? nil : queue.removeFirst()
    }
}
