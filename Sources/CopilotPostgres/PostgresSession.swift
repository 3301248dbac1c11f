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
        let current = try open()
        do {
            return try body(current)
        } catch {
            if !current.isHealthy { connection = nil }
            throw error
        }
    }

    /// Runs `body` with exclusive use of the connection; `token.cancel()` cancels the statement it
    /// runs on the server (see ``PostgresConnection/run(cancellableBy:_:)``). A connection that is
    /// not idle afterwards — lost, or still in a transaction — is closed, and the next use opens a
    /// new one.
    func withConnection<T: Sendable>(cancellableBy token: PostgresCancelToken,
                                     _ body: @Sendable (PostgresConnection) throws -> T) throws -> T {
        guard !token.isCancelled else { throw CancellationError() }
        let current = try open()
        defer { if !current.isIdle { connection = nil } }
        return try current.run(cancellableBy: token) { try body(current) }
    }

    /// The open connection, or a new one when there is none or the server dropped it.
    private func open() throws -> PostgresConnection {
        if let connection, connection.isHealthy { return connection }
        connection = nil
        let fresh = try PostgresConnection(url: url)
        try prepare(fresh)
        connection = fresh
        return fresh
    }
}
