import CopilotCore
import CopilotSQLite
import Crypto
import Foundation

/// An API key as listed (never with its secret).
public struct APIKeyRecord: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var role: Role
    public var createdAt: String
    public var revokedAt: String?
    /// The first characters of the secret, to tell keys apart in listings.
    public var prefix: String

    enum CodingKeys: String, CodingKey {
        case id, name, role, prefix
        case createdAt = "created_at"
        case revokedAt = "revoked_at"
    }
}

/// Errors about API keys.
public struct AccessError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) {
        self.message = message
    }
}

/// Where API keys live: the SQLite state database (``APIKeyStore``) or PostgreSQL
/// (``PostgresAPIKeyStore``, shared by several instances). Only a SHA-256 hash of each secret is
/// stored; the secret is shown once, at creation. Revocation takes effect on the next request.
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

extension APIKeyStorage {
    /// A new key's record and secret (not yet stored).
    static func newKey(name: String, role: Role) throws -> (record: APIKeyRecord, secret: String) {
        guard !name.isEmpty, name.count <= 64 else { throw AccessError(message: "a key name must have 1 to 64 characters") }
        var generator = SystemRandomNumberGenerator()
        let secret = "rck_" + (0..<4).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(to: 16) }.joined()
        let record = APIKeyRecord(id: "key_" + String(generator.next() as UInt64, radix: 16).leftPadded(to: 16), name: name, role: role,
                                  createdAt: SQLiteConversationStore.now(), revokedAt: nil, prefix: String(secret.prefix(10)))
        return (record, secret)
    }

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Secrets that cannot be keys are rejected before any look-up.
    static func isPlausibleSecret(_ secret: String) -> Bool {
        secret.hasPrefix("rck_") && secret.count < 200
    }
}

/// API keys in the SQLite state database.
public final class APIKeyStore: APIKeyStorage {
    private let queue: DatabaseQueue

    public init(path: String) throws {
        queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "keys") { connection in
            try connection.enableWAL()
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS copilot_api_keys (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL,
                    hash TEXT NOT NULL UNIQUE,
                    prefix TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    revoked_at TEXT
                );
                """)
        }
    }

    public func create(name: String, role: Role) async throws -> (record: APIKeyRecord, secret: String) {
        let (record, secret) = try Self.newKey(name: name, role: role)
        try await queue.withConnection { connection in
            if try connection.scalar("SELECT 1 FROM copilot_api_keys WHERE name = ?", [.text(name)]) != nil {
                throw AccessError(message: "a key named \(name) already exists")
            }
            try connection.execute("INSERT INTO copilot_api_keys (id, name, role, hash, prefix, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                                   [.text(record.id), .text(name), .text(role.rawValue), .text(Self.hash(secret)),
                                    .text(record.prefix), .text(record.createdAt)])
        }
        return (record, secret)
    }

    public func list() async throws -> [APIKeyRecord] {
        try await queue.withConnection { connection in
            try connection.rows("SELECT id, name, role, created_at, revoked_at, prefix FROM copilot_api_keys ORDER BY created_at").map { row in
                APIKeyRecord(id: row[0].description, name: row[1].description, role: Role(rawValue: row[2].description) ?? .viewer,
                             createdAt: row[3].description, revokedAt: row[4].stringValue, prefix: row[5].description)
            }
        }
    }

    public func revoke(_ idOrName: String) async throws -> Bool {
        try await queue.withConnection { connection in
            try connection.execute("UPDATE copilot_api_keys SET revoked_at = ? WHERE (id = ? OR name = ?) AND revoked_at IS NULL",
                                   [.text(SQLiteConversationStore.now()), .text(idOrName), .text(idOrName)])
            return connection.changes > 0
        }
    }

    public func authenticate(_ secret: String) async throws -> Caller? {
        guard Self.isPlausibleSecret(secret) else { return nil }
        let digest = Self.hash(secret)
        return try await queue.withConnection { connection in
            guard let row = try connection.rows("SELECT id, name, role FROM copilot_api_keys WHERE hash = ? AND revoked_at IS NULL",
                                                [.text(digest)]).first else { return nil }
            return Caller(id: row[0].description, name: row[1].description, role: Role(rawValue: row[2].description) ?? .viewer)
        }
    }

    public func hasActiveKeys() async throws -> Bool {
        try await queue.withConnection { connection in
            try connection.scalar("SELECT 1 FROM copilot_api_keys WHERE revoked_at IS NULL LIMIT 1") != nil
        }
    }
}
