/// A token bucket per caller: `burst` requests at once, refilled at `ratePerSecond`.
public actor RateLimiter {
    public let ratePerSecond: Double
    public let burst: Double
    private var buckets: [String: (tokens: Double, updated: UInt64)] = [:]

    public init(ratePerSecond: Double, burst: Int) {
        self.ratePerSecond = ratePerSecond
        self.burst = Double(max(1, burst))
    }

    /// The seconds until `key` has a token again, or nil when it has one now (nothing is taken).
    public func waitTime(_ key: String, now: UInt64 = monotonicNanoseconds()) -> Double? {
        guard let bucket = buckets[key] else { return nil }
        let tokens = min(burst, bucket.tokens + Double(now &- bucket.updated) / 1e9 * ratePerSecond)
        return tokens >= 1 ? nil : (1 - tokens) / max(ratePerSecond, 1e-9)
    }

    /// Takes one token for `key`. Returns nil when allowed, otherwise the seconds until a token is free.
    public func take(_ key: String, now: UInt64 = monotonicNanoseconds()) -> Double? {
        var bucket = buckets[key] ?? (burst, now)
        let elapsed = Double(now &- bucket.updated) / 1e9
        bucket.tokens = min(burst, bucket.tokens + elapsed * ratePerSecond)
        bucket.updated = now
        defer { buckets[key] = bucket }
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            return nil
        }
        return (1 - bucket.tokens) / max(ratePerSecond, 1e-9)
    }
}
