import Foundation
import NIOCore

/// Whether the client of one HTTP connection is still there, so a handler can stop work nobody
/// will read — a chat turn and the query it runs — the moment the client leaves.
///
/// Fed by the connection's ``ClientConnectionHandler``, which sees the client close its side
/// (`ChannelEvent.inputClosed`, the event that also ends Hummingbird's inbound request stream) or
/// the connection drop. Watching costs nothing while the client stays: no polling, and the
/// connection stays open for its next request (keep-alive), which Hummingbird's own
/// `RequestBody.consumeWithCancellationOnInboundClose` cannot offer: it ends the inbound stream, so
/// the server closes the connection after every response.
final class ClientConnection: @unchecked Sendable {
    // @unchecked: every stored property is read and written while holding `lock`.
    private let lock = NSLock()
    private var isClosed = false
    private var watchers: [UInt64: @Sendable () -> Void] = [:]
    private var nextKey: UInt64 = 0

    /// The connection `channel` carries; nil on a server built without a ``ClientConnectionHandler``.
    static func of(_ channel: any Channel) async -> ClientConnection? {
        try? await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.handler(type: ClientConnectionHandler.self).connection
        }.get()
    }

    /// Runs `operation` in a task of its own that is cancelled when the client leaves (or when the
    /// caller is cancelled), and returns or throws what it does.
    func cancellingOnClose<Value: Sendable>(_ operation: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let task = Task { try await operation() }
        let key = watch { task.cancel() }
        defer { unwatch(key) }
        return try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            task.cancel()
        }
    }

    /// Calls `action` once when the client leaves — at once if it already has (and returns nil).
    /// The key stops the watch (``unwatch(_:)``) when the work ends first.
    func watch(_ action: @escaping @Sendable () -> Void) -> UInt64? {
        let key: UInt64? = lock.withLock {
            guard !isClosed else { return nil }
            nextKey += 1
            watchers[nextKey] = action
            return nextKey
        }
        if key == nil { action() }
        return key
    }

    func unwatch(_ key: UInt64?) {
        guard let key else { return }
        lock.withLock { _ = watchers.removeValue(forKey: key) }
    }

    /// The client has gone: every watcher runs once, outside the lock (they cancel tasks).
    func close() {
        let actions: [@Sendable () -> Void] = lock.withLock {
            guard !isClosed else { return [] }
            isClosed = true
            defer { watchers = [:] }
            return Array(watchers.values)
        }
        for action in actions { action() }
    }
}
