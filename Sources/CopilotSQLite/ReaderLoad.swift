import Foundation

/// Queries in flight per reader, to hand the next query to the least busy one. Every
/// ``acquire()`` is paired with a ``release(_:)`` in a `defer`, so a query that fails or is
/// cancelled gives its slot back like one that succeeds.
final class ReaderLoad: @unchecked Sendable {
    // @unchecked: `inFlight` is only read and written while holding `lock`.
    private let lock = NSLock()
    private var inFlight: [Int]

    init(count: Int) {
        inFlight = Array(repeating: 0, count: count)
    }

    /// The index of the least busy reader, now counted as one query busier.
    func acquire() -> Int {
        lock.withLock {
            var best = 0
            for index in inFlight.indices where inFlight[index] < inFlight[best] { best = index }
            inFlight[best] += 1
            return best
        }
    }

    func release(_ index: Int) {
        lock.withLock { inFlight[index] -= 1 }
    }

    /// Queries in flight on each reader (for tests and diagnostics).
    var snapshot: [Int] {
        lock.withLock { inFlight }
    }
}
