import CopilotCore
import CopilotState

/// The key store of `copilot bench --http`'s in-process server: it never has a key, so the bench
/// measures the keyless loopback server whatever keys the data directory holds.
struct NoAPIKeys: APIKeyStorage {
    func create(name: String, role: Role) async throws -> (record: APIKeyRecord, secret: String) {
        throw AccessError(message: "the benchmark server has no key store")
    }

    func list() async throws -> [APIKeyRecord] { [] }
    func revoke(_ idOrName: String) async throws -> Bool { false }
    func authenticate(_ secret: String) async throws -> Caller? { nil }
    func hasActiveKeys() async throws -> Bool { false }
}
