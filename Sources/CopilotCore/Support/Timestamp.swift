import Foundation

/// ISO 8601 UTC timestamps with milliseconds (`2025-12-31T23:59:59.123Z`), formatted by hand:
/// `ISO8601DateFormatter` costs a few hundred microseconds to create on Linux, which is most of
/// what storing a turn costs, and it is not safe to share between threads.
public enum Timestamp {
    public static func iso8601(_ date: Date = Date()) -> String {
        let total = Int64((date.timeIntervalSince1970 * 1_000).rounded())
        var seconds = time_t(total.floorDivided(by: 1_000))
        let milliseconds = total - Int64(seconds) * 1_000
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(milliseconds), 3))Z"
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
