import CopilotCore

/// A caller's place in its share of the reporting database (``QueryQueue/enter(_:)``), given back
/// when the ticket is released: when the response that holds it has been written, or dropped
/// unwritten (a client that left before the headers) — never leaked.
final class QueueTicket: Sendable {
    private let queue: QueryQueue
    private let share: QueryCaller

    init(queue: QueryQueue, share: QueryCaller) {
        self.queue = queue
        self.share = share
    }

    deinit {
        let queue = self.queue, share = self.share
        Task { await queue.leave(share) }
    }
}
