import Metrics

/// Fair access to the reporting database across callers. At most ``capacity`` queries run at once;
/// each caller may run at most its ``QueryCaller/maxInFlight`` of them, and further queries wait in a
/// queue per caller, served round-robin across callers — so a caller flooding the server waits
/// behind its own queries while everyone else's run. Queries that are expensive (raw SQL from an
/// analyst, an MCP client or a language model, and every query of a caller whose recent query ran
/// past ``expensiveAfter`` seconds or hit the time limit) share a lane of ``expensiveCapacity``
/// slots, so ordinary questions always find a slot. Requests beyond a caller's
/// ``QueryCaller/maxPending`` are refused up front (``enter(_:)``) with a ``QueryQueueError``.
///
/// Metrics: `copilot_query_queue_depth` (waiting queries, by lane), `copilot_query_queue_wait`
/// (time from asking to starting, by lane) and `copilot_query_queue_rejections_total`.
public actor QueryQueue {
    /// Which share of the slots a query draws on.
    public enum Lane: String, Sendable, CaseIterable {
        case standard, expensive
    }

    private struct Waiter {
        var id: UInt64
        var caller: QueryCaller
        var lane: Lane
        var continuation: CheckedContinuation<Void, any Error>
    }

    public let capacity: Int
    public let expensiveCapacity: Int
    /// A query that runs this long (seconds) marks its caller expensive for ``penalty`` seconds.
    public let expensiveAfter: Double
    public let penalty: Double

    private var running: [Lane: Int] = [:]
    private var inFlight: [String: Int] = [:]
    private var pending: [String: Int] = [:]
    private var waiters: [String: [Waiter]] = [:]
    /// Callers with waiting queries, in the order they are served.
    private var ring: [String] = []
    private var cursor = 0
    private var expensiveUntil: [String: UInt64] = [:]
    private var nextID: UInt64 = 0

    public init(capacity: Int = 4, expensiveCapacity: Int = 1, expensiveAfter: Double = 1, penalty: Double = 60) {
        self.capacity = max(1, capacity)
        self.expensiveCapacity = min(max(1, expensiveCapacity), self.capacity)
        self.expensiveAfter = expensiveAfter
        self.penalty = penalty
    }

    /// Admits one request of `caller`, or throws ``QueryQueueError`` when the caller already has
    /// ``QueryCaller/maxPending`` requests running or waiting. Pair with ``leave(_:)``.
    public func enter(_ caller: QueryCaller) throws(QueryQueueError) {
        let count = pending[caller.id, default: 0]
        guard count < caller.maxPending else {
            Counter(label: "copilot_query_queue_rejections_total").increment()
            throw QueryQueueError(.callerBusy, retryAfter: max(1, Int(expensiveAfter.rounded(.up))))
        }
        pending[caller.id] = count + 1
    }

    public func leave(_ caller: QueryCaller) {
        let count = pending[caller.id, default: 1] - 1
        pending[caller.id] = count > 0 ? count : nil
    }

    /// Runs `operation` (one query) when the current task's ``QueryCaller`` gets a slot; at once
    /// when there is no caller. Cancelling the task while it waits removes it from the queue.
    public nonisolated func run<T: Sendable>(lane: Lane, _ operation: @Sendable () async throws -> T) async throws -> T {
        guard let caller = QueryCaller.current else { return try await operation() }
        let granted = try await acquire(caller, lane: lane)
        let started = monotonicNanoseconds()
        do {
            let value = try await operation()
            await release(caller, lane: granted, seconds: Double(monotonicNanoseconds() - started) / 1e9, timedOut: false)
            return value
        } catch {
            let timedOut = (error as? SQLGuardError)?.reason == .timeout
            await release(caller, lane: granted, seconds: Double(monotonicNanoseconds() - started) / 1e9, timedOut: timedOut)
            throw error
        }
    }

    /// Queries waiting, by lane (for tests and metrics).
    public var depth: [Lane: Int] {
        waiters.values.joined().reduce(into: [:]) { $0[$1.lane, default: 0] += 1 }
    }

    private func acquire(_ caller: QueryCaller, lane requested: Lane) async throws -> Lane {
        let now = monotonicNanoseconds()
        let lane = expensiveUntil[caller.id].map { $0 > now } == true ? .expensive : requested
        if waiters[caller.id] == nil, canStart(caller, lane) {
            start(caller.id, lane)
            Timer(label: "copilot_query_queue_wait", dimensions: [("lane", lane.rawValue)]).recordNanoseconds(0)
            return lane
        }
        nextID += 1
        let id = nextID
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                waiters[caller.id, default: []].append(Waiter(id: id, caller: caller, lane: lane, continuation: continuation))
                if !ring.contains(caller.id) { ring.append(caller.id) }
                recordDepth()
            }
        } onCancel: {
            Task { await self.cancel(id, of: caller.id) }
        }
        Timer(label: "copilot_query_queue_wait", dimensions: [("lane", lane.rawValue)]).recordNanoseconds(Int64(monotonicNanoseconds() - now))
        return lane
    }

    private func canStart(_ caller: QueryCaller, _ lane: Lane) -> Bool {
        running.values.reduce(0, +) < capacity && inFlight[caller.id, default: 0] < caller.maxInFlight
            && (lane == .standard || running[.expensive, default: 0] < expensiveCapacity)
    }

    private func start(_ callerID: String, _ lane: Lane) {
        running[lane, default: 0] += 1
        inFlight[callerID, default: 0] += 1
    }

    private func release(_ caller: QueryCaller, lane: Lane, seconds: Double, timedOut: Bool) {
        running[lane, default: 1] -= 1
        let count = inFlight[caller.id, default: 1] - 1
        inFlight[caller.id] = count > 0 ? count : nil
        if timedOut || seconds >= expensiveAfter {
            expensiveUntil[caller.id] = monotonicNanoseconds() + UInt64(penalty * 1e9)
        }
        dispatch()
    }

    /// Starts waiting queries while slots are free, one caller at a time in ring order.
    private func dispatch() {
        var progressed = true
        while progressed, !ring.isEmpty {
            progressed = false
            for _ in 0..<ring.count {
                if cursor >= ring.count { cursor = 0 }
                let id = ring[cursor]
                guard let head = waiters[id]?.first, canStart(head.caller, head.lane) else {
                    cursor += 1
                    continue
                }
                waiters[id]?.removeFirst()
                start(id, head.lane)
                if waiters[id]?.isEmpty == true {
                    waiters[id] = nil
                    ring.remove(at: cursor)
                } else {
                    cursor += 1
                }
                head.continuation.resume()
                progressed = true
                break
            }
        }
        recordDepth()
    }

    private func cancel(_ waiterID: UInt64, of callerID: String) {
        guard let index = waiters[callerID]?.firstIndex(where: { $0.id == waiterID }), let waiter = waiters[callerID]?.remove(at: index) else { return }
        if waiters[callerID]?.isEmpty == true {
            waiters[callerID] = nil
            if let position = ring.firstIndex(of: callerID) {
                ring.remove(at: position)
                if cursor > position { cursor -= 1 }
            }
        }
        waiter.continuation.resume(throwing: CancellationError())
        recordDepth()
    }

    private func recordDepth() {
        let depth = self.depth
        for lane in Lane.allCases {
            Gauge(label: "copilot_query_queue_depth", dimensions: [("lane", lane.rawValue)]).record(depth[lane, default: 0])
        }
    }
}
