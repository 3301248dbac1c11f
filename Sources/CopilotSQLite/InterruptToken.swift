import CSQLite
import Foundation

/// Stops one execution on a ``Connection`` from any thread — and only that execution.
///
/// `sqlite3_interrupt` stops whatever is running on a connection at the moment it is called, so a
/// cancellation that arrives late could stop the next query that reused the connection. The token
/// closes that race: ``Connection/interruptible(by:_:)`` marks the execution as running and as
/// finished under the token's lock, and ``cancel()`` calls `sqlite3_interrupt` under the same lock,
/// only while the execution runs. SQLite forgets an interrupt that arrives before a statement starts
/// stepping, so the connection's progress handler also checks ``isCancelled``. A token cancelled
/// before its execution starts makes it fail at once without running anything.
///
/// Typical use: one token per query, cancelled from `withTaskCancellationHandler`'s `onCancel`.
public final class InterruptToken: @unchecked Sendable {
    // @unchecked: `running` and `cancelled` are only read and written while holding `lock`; the
    // handle is only used under the lock while the connection that owns it is inside
    // `interruptible(by:_:)`, so it cannot be closed meanwhile.
    // An NSLock, not an atomic: the progress handler reads `isCancelled` once per 1,000 VM
    // instructions, where an uncontended lock costs nothing measurable.
    private let lock = NSLock()
    private var running: SQLiteConnectionHandle?
    private var cancelled = false

    public init() {}

    /// True once ``cancel()`` was called.
    public var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    /// Interrupts the execution if it is running (`sqlite3_interrupt` is safe to call from another
    /// thread while the connection's own thread steps the statement); an execution that has not
    /// started yet will not start. Idempotent.
    public func cancel() {
        lock.withLock {
            cancelled = true
            if let running { sqlite3_interrupt(running) }
        }
    }

    /// Marks `handle` as running this token's execution; false when the token is already cancelled.
    func begin(_ handle: SQLiteConnectionHandle) -> Bool {
        lock.withLock {
            guard !cancelled else { return false }
            running = handle
            return true
        }
    }

    /// Marks the execution as finished: from now on ``cancel()`` leaves the connection alone.
    func end() {
        lock.withLock { running = nil }
    }
}
