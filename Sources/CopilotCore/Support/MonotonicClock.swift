
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nanoseconds on a clock that never jumps (for stage timings and deadlines).
public func monotonicNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// Milliseconds elapsed since a ``monotonicNanoseconds()`` reading.
public func milliseconds(since start: UInt64) -> Double {
    Double(monotonicNanoseconds() - start) / 1e6
}
