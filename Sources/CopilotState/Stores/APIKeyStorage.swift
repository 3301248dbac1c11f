import CopilotCore

/// Where API keys live: the state database (``StateAPIKeyStore``), shared by every instance that uses
/// the same one. Only a SHA-256 hash of each secret is stored; the secret is shown once, at creation.
/// Revocation takes effect on the next request.
public protocol APIKeyStorage: Sendable {
    /// Creates a key and returns it with its secret (shown once).
    func create(name: String, role: Role) async throws -> (record: APIKeyRecord, secret: String)
    func list() async throws -> [APIKeyRecord]
    /// Revokes a key by id or name. Returns false when there is no such active key.
    func revoke(_ idOrName: String) async throws -> Bool
    /// The caller a secret belongs to, or nil when it is unknown or revoked.
    func authenticate(_ secret: String) async throws -> Caller?
    /// True when at least one key is active (the service then requires keys).
    func hasActiveKeys() async throws -> Bool
}
