import CopilotCore

/// One PostgreSQL connection on its own serial queue: libpq blocks while the server works, so its
/// calls never run on Swift's cooperative pool or an event loop. The connection is opened on first
/// use and reopened after the server drops it.
public actor PostgresSession {
    private let executor: QueueExecutor
    private let url: String
    private let prepare: @Sendable (PostgresConnection) throws -> Void
    private var connection: PostgresConnection?

    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// `prepare` runs once on each new connection (session settings, schema set-up).
    public init(url: String, label: String, prepare: @escaping @Sendable (PostgresConnection) throws -> Void = { _ in }) {
        self.url = url
        self.prepare = prepare
        executor = QueueExecutor(label: "RetailCopilot.postgres.\(label)")
    }

    /// Runs `body` with exclusive use of the connection.
    public func withConnection<T: Sendable>(_ body: @Sendable (PostgresConnection) throws -> T) throws -> T {
        let current: PostgresConnection
        if let connection, connection.isHealthy {
            current = connection
        } else {
            connection = nil
            current = try PostgresConnection(url: url)
            try prepare(current)
            connection = current
        }
        do {
            return try body(current)
        } catch {
            if !current.isHealthy { connection = nil }
            throw error
        }
    }
}

/// A small pool of ``PostgresSession``s (default 4), opened lazily: a caller waits for a free
/// session when all are busy. Reusable by every PostgreSQL-backed store.
public actor PostgresPool {
    /// The location without its password.
    public nonisolated let displayName: String
    private let sessions: [PostgresSession]
    /// Indices of idle sessions; the most recently used is reused first, so connections that are
    /// already open serve most requests and the others stay closed until load needs them.
    private var idle: [Int]
    private var waiters: [CheckedContinuation<Int, Never>] = []

    public init(url: String, size: Int = 4, label: String = "pool",
                prepare: @escaping @Sendable (PostgresConnection) throws -> Void = { _ in }) {
        displayName = PostgresURL.redacted(url)
        let count = max(1, size)
        sessions = (0..<count).map { PostgresSession(url: url, label: "\(label).\($0)", prepare: prepare) }
        idle = Array((0..<count).reversed())
    }

    /// Runs `body` on a free session's connection.
    public func withConnection<T: Sendable>(_ body: @Sendable (PostgresConnection) throws -> T) async throws -> T {
        let index = await acquire()
        do {
            let value = try await sessions[index].withConnection(body)
            release(index)
            return value
        } catch {
            release(index)
            throw error
        }
    }

    private func acquire() async -> Int {
        if let index = idle.popLast() { return index }
        return await withCheckedContinuation { waiters.append($0) }
    }

    private func release(_ index: Int) {
        if waiters.isEmpty {
            idle.append(index)
        } else {
            waiters.removeFirst().resume(returning: index)
        }
    }
}
