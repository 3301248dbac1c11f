/// Runs async work under a time limit: past it the work is cancelled and `error` is thrown.
enum TimeLimit {
    static func run<T: Sendable>(seconds: Double, error: LLMError,
                                 _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        guard seconds > 0 else { throw error }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw error }
            guard let value = first else { throw error }
            return value
        }
    }

    /// Seconds left until `deadline` (negative when it has passed).
    static func remaining(until deadline: ContinuousClock.Instant) -> Double {
        let duration = deadline - ContinuousClock.now
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
