import CopilotState

/// Keyless (local single-user) mode, which lasts only while no API key exists. Checked on every
/// request, not at start-up: a key created while the server runs — through this process or
/// `copilot keys create` on the same state database — ends it for the very next request. The check
/// is one indexed `SELECT … LIMIT 1`, and once a key has been seen keyless mode stays off for the
/// life of the process (revoking every key later does not reopen it).
actor KeylessMode {
    private let keys: any APIKeyStorage
    private var ended: Bool

    /// `allowed` is false when the server did not start keyless (a key existed, or it is not loopback).
    init(keys: any APIKeyStorage, allowed: Bool) {
        self.keys = keys
        ended = !allowed
    }

    /// True while keyless requests may act as the local admin.
    func isActive() async throws -> Bool {
        if ended { return false }
        if try await keys.hasActiveKeys() { ended = true }
        return !ended
    }
}
