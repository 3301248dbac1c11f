import CopilotCore
import Crypto
import Foundation

/// API keys in the state database, SQLite or PostgreSQL alike: a key created or revoked through one
/// instance is honoured by every instance sharing the database on its next request.
public final class StateAPIKeyStore: APIKeyStorage {
    /// Where the keys are (shared with the other stores of the process).
    public let database: StateDatabase
    private let stamps: RecordStamps

    /// `clock` stamps creation and revocation; `newID` makes key ids (hex digits). Secrets always
    /// come from the system's secure generator.
    public init(database: StateDatabase, clock: @escaping @Sendable () -> Date = { Date() },
                newID: @escaping @Sendable (Int) -> String = { RandomID.hex($0) }) {
        self.database = database
        stamps = RecordStamps(clock: clock, newID: newID)
    }

    public func create(name: String, role: Role) async throws -> (record: APIKeyRecord, secret: String) {
        guard !name.isEmpty, name.count <= 64 else { throw AccessError(message: "a key name must have 1 to 64 characters") }
        let secret = "rck_" + RandomID.hex(64)
        let record = APIKeyRecord(id: "key_" + stamps.newID(16), name: name, role: role, createdAt: stamps.now(),
                                  prefix: String(secret.prefix(10)))
        let inserted = try await database.run { session in
            try session.run("""
                INSERT INTO \(StateSchema.apiKeys) (id, name, role, hash, prefix, created_at)
                VALUES (\(record.id), \(name), \(role.rawValue), \(Self.hash(secret)), \(record.prefix), \(record.createdAt))
                ON CONFLICT (name) DO NOTHING
                """)
        }
        guard inserted == 1 else { throw AccessError(message: "a key named \(name) already exists") }
        return (record, secret)
    }

    public func list() async throws -> [APIKeyRecord] {
        try await database.run { session in
            try session.rows("SELECT id, name, role, created_at, revoked_at, prefix FROM \(StateSchema.apiKeys) ORDER BY created_at").map { row in
                APIKeyRecord(id: try row.text("id"), name: try row.text("name"), role: try Self.role(row), createdAt: try row.date("created_at"),
                             revokedAt: try row.optionalDate("revoked_at"), prefix: try row.text("prefix"))
            }
        }
    }

    public func revoke(_ idOrName: String) async throws -> Bool {
        let now = stamps.now()
        return try await database.run { session in
            try session.run("""
                UPDATE \(StateSchema.apiKeys) SET revoked_at = \(now)
                WHERE (id = \(idOrName) OR name = \(idOrName)) AND revoked_at IS NULL
                """) > 0
        }
    }

    public func authenticate(_ secret: String) async throws -> Caller? {
        // Secrets that cannot be keys are rejected before any look-up.
        guard secret.hasPrefix("rck_"), secret.count < 200 else { return nil }
        let digest = Self.hash(secret)
        return try await database.run { session in
            try session.row("SELECT id, name, role FROM \(StateSchema.apiKeys) WHERE hash = \(digest) AND revoked_at IS NULL").map { row in
                Caller(id: try row.text("id"), name: try row.text("name"), role: try Self.role(row))
            }
        }
    }

    public func hasActiveKeys() async throws -> Bool {
        try await database.run { session in
            try session.row("SELECT 1 AS active FROM \(StateSchema.apiKeys) WHERE revoked_at IS NULL LIMIT 1") != nil
        }
    }

    /// A role this release does not know reads as the least one.
    private static func role(_ row: StateRow) throws -> Role {
        Role(rawValue: try row.text("role")) ?? .viewer
    }

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
