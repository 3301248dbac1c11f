import CPostgres
import Dispatch
import Foundation

/// Cancels the statement one execution runs on a ``PostgresConnection`` — and only that statement —
/// from any thread, with libpq's cancel request.
///
/// `PQcancel` opens a second connection to the server and asks it to stop whatever the backend
/// is running at that moment, so a request that arrives late could stop the next statement on the
/// connection. The token closes that race: the connection holds a `PGcancel` object in the token
/// only while the execution runs, and ``PostgresConnection/run(cancellableBy:_:)`` does not finish
/// (and the connection cannot be reused) while a request is still being sent. Once `PQcancel` has
/// returned, the server has signalled the backend, which ignores a cancel that finds it idle.
final class PostgresCancelToken: @unchecked Sendable {
    // @unchecked: every stored property is read and written while holding `condition`'s lock.
    private let condition = NSCondition()
    /// The `PGcancel` of the connection while the execution runs.
    private var target: OpaquePointer?
    private var sending = false
    private var cancelled = false

    /// True once ``cancel()`` was called.
    var isCancelled: Bool {
        condition.withLock { cancelled }
    }

    /// Sends a cancel request if the execution is running; an execution that has not started will
    /// not start. The request is sent from a global queue, never from the caller's thread (it may
    /// be an event loop or Swift's cooperative pool, and `PQcancel` blocks on the network).
    /// Idempotent.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        guard !cancelled else { return }
        cancelled = true
        guard target != nil else { return }
        sending = true
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // `end()` waits while `sending`, so the target stays allocated until PQcancel returns.
            if let target = condition.withLock({ target }) {
                // The error text is not used: if the request fails, statement_timeout still stops
                // the statement, and the caller already sees a cancellation.
                var buffer = [CChar](repeating: 0, count: 256)
                _ = PQcancel(target, &buffer, Int32(buffer.count))
            }
            condition.withLock {
                sending = false
                condition.broadcast()
            }
        }
    }

    /// Starts an execution on `connection` (from its own thread); false, and nothing to end, when
    /// the token is already cancelled.
    func begin(_ connection: OpaquePointer) -> Bool {
        condition.withLock {
            guard !cancelled else { return false }
            target = PQgetCancel(connection)
            return true
        }
    }

    /// Ends the execution: waits for a cancel request still being sent, then forgets the target.
    func end() {
        let finished: OpaquePointer? = condition.withLock {
            while sending { condition.wait() }
            defer { target = nil }
            return target
        }
        if let finished { PQfreeCancel(finished) }
    }
}
