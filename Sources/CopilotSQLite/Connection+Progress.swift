import CSQLite
import CopilotCore

/// Stopping a statement from outside: a wall-clock deadline and cancellation through an
/// ``InterruptToken``. One progress handler serves both: SQLite allows one per connection.
extension Connection {
    /// Runs `body` with a wall-clock deadline enforced by a progress handler: a statement still running
    /// after `seconds` is interrupted and fails with a `.timeout` ``DatabaseError``.
    public func withDeadline<T>(seconds: Double, _ body: () throws -> T) throws -> T {
        let previous = progress.deadline
        progress.deadline = monotonicNanoseconds() + UInt64(max(0, seconds) * 1e9)
        progress.fired = false
        updateProgressHandler()
        defer {
            progress.deadline = previous
            updateProgressHandler()
        }
        return try body()
    }

    /// Runs `body` so that `token.cancel()`, from any thread, stops it and nothing that runs on
    /// this connection after `body` returns.
    ///
    /// The cancellation calls `sqlite3_interrupt`, which stops a running statement at once. SQLite
    /// forgets an interrupt that arrives before a statement starts (while `body` prepares it), so
    /// the progress handler also checks the token every 1,000 VM instructions.
    ///
    /// Throws `CancellationError` when the token was cancelled before `body` started, or when the
    /// cancellation stopped `body`; a deadline interrupt stays a `.timeout` ``DatabaseError``. A
    /// `body` that finished before the cancellation landed returns its value: the caller decides
    /// what a late cancellation means.
    public func interruptible<T>(by token: InterruptToken, _ body: () throws -> T) throws -> T {
        guard token.begin(handle) else { throw CancellationError() }
        let previous = progress.token
        progress.token = token
        updateProgressHandler()
        defer {
            progress.token = previous
            updateProgressHandler()
            token.end()
        }
        do {
            return try body()
        } catch let error as DatabaseError where error.kind == .interrupted && token.isCancelled {
            throw CancellationError()
        }
    }

    /// Installs the progress handler while a deadline or a token is in force, removes it otherwise.
    private func updateProgressHandler() {
        guard progress.deadline != nil || progress.token != nil else {
            sqlite3_progress_handler(handle, 0, nil, nil)
            return
        }
        // Every 1,000 VM instructions: cheap enough to be invisible, fine-grained enough to stop
        // within microseconds. `progress` lives as long as the connection.
        sqlite3_progress_handler(handle, 1_000, { context in
            guard let context else { return 0 }
            let state = Unmanaged<ProgressState>.fromOpaque(context).takeUnretainedValue()
            if let deadline = state.deadline, monotonicNanoseconds() >= deadline {
                state.fired = true
                return 1
            }
            return state.token?.isCancelled == true ? 1 : 0
        }, Unmanaged.passUnretained(progress).toOpaque())
    }
}

/// What a connection's progress handler checks. Only touched on the connection's own thread.
final class ProgressState {
    /// When the statement must stop (`monotonicNanoseconds`), if there is a deadline.
    var deadline: UInt64?
    /// Set when the deadline stopped the statement, to tell a timeout from a cancellation.
    var fired = false
    /// The token of the running ``Connection/interruptible(by:_:)`` execution.
    var token: InterruptToken?
}
