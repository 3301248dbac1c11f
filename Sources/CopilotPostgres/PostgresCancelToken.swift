import CPostgres
import Foundation

/// Cancels the statement one execution runs on a ``PostgresConnection`` — and only that
/// execution — from any thread, with libpq's cancel request.
///
/// `PQcancel` opens a second connection to the server, which signals the backend to stop whatever
/// it runs at that moment. Two races follow, and the token closes both:
/// - A request that arrives after the execution ended could stop the next user's statement. The
///   connection holds a `PGcancel` object in the token only while the execution runs, and
///   ``PostgresConnection/run(cancellableBy:_:)`` does not end (so the connection is not reused)
///   while a request is being sent. A request sent before that reaches a backend that is idle,
///   and the server drops a cancel that finds no statement running.
/// - A request that arrives while the backend reads or plans the statement (between the extended
///   protocol's Parse, Bind and Execute messages) is dropped by the server for the same reason.
///   So the token sends the request again every 20 ms until the execution ends.
final class PostgresCancelToken: @unchecked Sendable {
    // @unchecked: every stored property is read and written while holding `condition`'s lock.
    private let condition = NSCondition()
    /// The connection's `PGcancel` object, from `begin` until `end` frees it.
    private var target: OpaquePointer?
    private var running = false
    private var sending = false
    private var cancelled = false

    /// How long to wait for the execution to end before sending the request again.
    static let resendInterval: TimeInterval = 0.020

    /// True once ``cancel()`` was called.
    var isCancelled: Bool {
        condition.withLock { cancelled }
    }

    /// Cancels the execution if it is running; one that has not started will not start.
    /// Requests are sent from a global queue, never from the caller's thread (an event loop or
    /// Swift's cooperative pool: `PQcancel` blocks on the network). Idempotent.
    func cancel() {
        condition.withLock {
            guard !cancelled else { return }
            cancelled = true
            guard running else { return }
            sending = true
            DispatchQueue.global(qos: .userInitiated).async { [self] in sendUntilEnded() }
        }
    }

    /// Starts an execution on `connection` (from its own thread); false, and nothing to end, when
    /// the token is already cancelled.
    func begin(_ connection: OpaquePointer) -> Bool {
        condition.withLock {
            guard !cancelled else { return false }
            target = PQgetCancel(connection)
            running = target != nil
            return true
        }
    }

    /// Ends the execution: stops the requests, waits for one still being sent, frees the target.
    func end() {
        let finished: OpaquePointer? = condition.withLock {
            running = false
            condition.broadcast()
            while sending { condition.wait() }
            defer { target = nil }
            return target
        }
        if let finished { PQfreeCancel(finished) }
    }

    private func sendUntilEnded() {
        condition.lock()
        while running, let target {
            condition.unlock()
            // The error text is not used: if the request fails, statement_timeout still stops
            // the statement, and the caller already sees a cancellation.
            var buffer = [CChar](repeating: 0, count: 256)
            _ = PQcancel(target, &buffer, Int32(buffer.count))
            condition.lock()
            if running { _ = condition.wait(until: Date(timeIntervalSinceNow: Self.resendInterval)) }
        }
        sending = false
        condition.broadcast()
        condition.unlock()
    }
}
