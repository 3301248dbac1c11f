import CopilotCore

/// Owns one non-`Sendable` ``Connection`` and serializes all access to it on a dedicated queue.
public actor DatabaseQueue {
    private let executor: QueueExecutor
    private let connection: Connection
    public nonisolated let path: String

    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// Opens `path` and runs `prepare` once on the new connection (pragmas, limits, authorizer).
    public init(
        path: String,
        mode: Connection.Mode,
        label: String = "sqlite",
        prepare: @Sendable (Connection) throws -> Void = { _ in }
    ) throws {
        executor = QueueExecutor(label: "RetailCopilot.\(label)")
        let connection = try Connection(path: path, mode: mode)
        try prepare(connection)
        self.connection = connection
        self.path = path
    }

    /// Runs `body` with exclusive use of the connection.
    public func withConnection<T: Sendable>(_ body: @Sendable (Connection) throws -> T) throws -> T {
        try body(connection)
    }
}
