import Dispatch

/// A serial executor backed by its own dispatch queue. Actors that make blocking C calls (SQLite,
/// libpq) run on one of these so a slow query never occupies a thread of Swift's cooperative pool.
public final class QueueExecutor: SerialExecutor, @unchecked Sendable {
    // @unchecked: the only state is an immutable DispatchQueue, which is thread-safe.
    public let queue: DispatchQueue

    public init(label: String) {
        queue = DispatchQueue(label: label)
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
