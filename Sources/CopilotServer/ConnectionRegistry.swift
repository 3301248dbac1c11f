import CopilotCore
import Foundation
import Metrics
import NIOCore

/// The server's open HTTP connections, capped. When a new connection would pass the cap, the one
/// idle longest (no request in progress: kept alive, or never sent a complete request head) is
/// closed to make room; only when every connection is busy is the newcomer refused. So idle or
/// slow-header sockets can never lock out `/healthz` or anyone else.
final class ConnectionRegistry: @unchecked Sendable {
    // @unchecked: every stored property is read and written while holding `lock`.
    private struct Entry {
        var channel: any Channel
        var busy: Bool
        /// When the connection last became idle (monotonic nanoseconds).
        var idleSince: UInt64
    }

    enum Admission {
        case admitted(key: UInt64, evicting: (any Channel)?)
        case refused
    }

    let limit: Int
    private let lock = NSLock()
    private var entries: [UInt64: Entry] = [:]
    private var nextKey: UInt64 = 0
    private let open = Gauge(label: "copilot_http_connections")
    private let evicted = Counter(label: "copilot_http_connections_evicted_total")
    private let refused = Counter(label: "copilot_http_connections_refused_total")

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    var count: Int { lock.withLock { entries.count } }

    func admit(_ channel: any Channel, now: UInt64 = monotonicNanoseconds()) -> Admission {
        let admission: Admission = lock.withLock {
            var victim: (any Channel)?
            if entries.count >= limit {
                guard let oldest = entries.filter({ !$0.value.busy }).min(by: { $0.value.idleSince < $1.value.idleSince }) else {
                    return .refused
                }
                victim = oldest.value.channel
                entries[oldest.key] = nil
            }
            nextKey += 1
            entries[nextKey] = Entry(channel: channel, busy: false, idleSince: now)
            return .admitted(key: nextKey, evicting: victim)
        }
        switch admission {
        case .refused: refused.increment()
        case .admitted(_, let victim): if victim != nil { evicted.increment() }
        }
        open.record(count)
        return admission
    }

    func setBusy(_ key: UInt64, _ busy: Bool, now: UInt64 = monotonicNanoseconds()) {
        lock.withLock {
            entries[key]?.busy = busy
            if !busy { entries[key]?.idleSince = now }
        }
    }

    func remove(_ key: UInt64) {
        lock.withLock { entries[key] = nil }
        open.record(count)
    }
}
