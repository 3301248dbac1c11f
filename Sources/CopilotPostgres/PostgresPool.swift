/// A small pool of ``PostgresSession``s (default 4), opened lazily: a caller waits for a free
/// session when all are busy. Reusable by every PostgreSQL-backed store.
///
/// A caller whose task is cancelled while it waits stops waiting at once; every session handed
/// out is given back when its caller returns, throws or is cancelled.
public actor PostgresPool {
    /// The location without its password.
    public nonisolated let displayName: String
    private let sessions: [PostgresSession]
    /// Indices of idle sessions; the most recently used is reused first, so connections that are
    /// already open serve most requests and the others stay closed until load needs them.
    private var idle: [Int]
    /// Callers waiting for a session, first come first served.
    private var waiters: [Waiter] = []
    private var nextWaiterID: UInt64 = 0

    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Int, any Error>
    }

    public init(url: String, size: Int = 4, label: String = "pool",
                prepare: @escaping @Sendable (PostgresConnection) throws -> Void = { _ in }) {
        displayName = PostgresURL.redacted(url)
        let count = max(1, size)
        sessions = (0..<count).map { PostgresSession(url: url, label: "\(label).\($0)", prepare: prepare) }
        idle = Array((0..<count).reversed())
    }

    /// Runs `body` on a free session's connection. Throws `CancellationError` when the task is
    /// cancelled while it waits for a session.
    public func withConnection<T: Sendable>(_ body: @Sendable (PostgresConnection) throws -> T) async throws -> T {
        let index = try await acquire()
        defer { release(index) }
        return try await sessions[index].withConnection(body)
    }

    /// Runs `body` on a free session's connection; cancelling the calling task also cancels the
    /// statement `body` is running, with a cancel request to the server, and throws
    /// `CancellationError`. For statements whose result is worthless once nobody waits for it
    /// (reporting queries); writes that must finish use ``withConnection(_:)``.
    public func withCancellableConnection<T: Sendable>(_ body: @Sendable (PostgresConnection) throws -> T) async throws -> T {
        let token = PostgresCancelToken()
        return try await withTaskCancellationHandler {
            let index = try await acquire()
            defer { release(index) }
            return try await sessions[index].withConnection(cancellableBy: token, body)
        } onCancel: {
            token.cancel()
        }
    }

    /// Sessions not in use, and callers waiting for one (for tests and diagnostics).
    var usage: (idle: Int, waiting: Int) { (idle.count, waiters.count) }

    /// A free session's index. Only waiting is cancellable: a cancelled task that finds a session
    /// free still gets it, so work that must finish (a store's write) is not refused.
    private func acquire() async throws -> Int {
        if let index = idle.popLast() { return index }
        let id = nextWaiterID
        nextWaiterID &+= 1
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiters.append(Waiter(id: id, continuation: continuation))
            }
        } onCancel: {
            // Runs after the waiter is added: this job holds the actor until it suspends.
            Task { await self.abandon(id) }
        }
    }

    /// Stops waiter `id` waiting, unless it was already handed a session.
    private func abandon(_ id: UInt64) {
        guard let position = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: position).continuation.resume(throwing: CancellationError())
    }

    private func release(_ index: Int) {
        if waiters.isEmpty {
            idle.append(index)
        } else {
            waiters.removeFirst().continuation.resume(returning: index)
        }
    }
}
