import CopilotCore
import CopilotPostgres

/// API keys in PostgreSQL (`--state postgres://…`), shared by every instance that uses the same
/// state database: a key created or revoked on one is honoured by all on their next request.
public final class PostgresAPIKeyStore: APIKeyStorage {
    private let pool: PostgresPool

    /// Uses `pool` (which other state stores may share) and creates the table if needed.
    public init(pool: PostgresPool) async throws {
        self.pool = pool
        try await PostgresStateSchema.ensure("""
            CREATE TABLE IF NOT EXISTS copilot_api_keys (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                hash TEXT NOT NULL UNIQUE,
                prefix TEXT NOT NULL,
                created_at TEXT NOT NULL,
                revoked_at TEXT
            );
            """, name: "API key", in: pool)
    }

    public convenience init(url: String) async throws {
        try await self.init(pool: PostgresPool(url: url, size: 2, label: "keys"))
    }

    public func create(name: String, role: Role) async throws -> (record: APIKeyRecord, secret: String) {
        let (record, secret) = try Self.newKey(name: name, role: role)
        let inserted = try await pool.withConnection { connection in
            try connection.query("""
                INSERT INTO copilot_api_keys (id, name, role, hash, prefix, created_at) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (name) DO NOTHING RETURNING id
                """, [.text(record.id), .text(name), .text(role.rawValue), .text(Self.hash(secret)), .text(record.prefix),
                      .text(record.createdAt)], context: "creating an API key").rows.count
        }
        guard inserted == 1 else { throw AccessError(message: "a key named \(name) already exists") }
        return (record, secret)
    }

    public func list() async throws -> [APIKeyRecord] {
        try await pool.withConnection { connection in
            try connection.query("SELECT id, name, role, created_at, revoked_at, prefix FROM copilot_api_keys ORDER BY created_at",
                                 context: "listing API keys").rows.map { row in
                APIKeyRecord(id: row[0].description, name: row[1].description, role: Role(rawValue: row[2].description) ?? .viewer,
                             createdAt: row[3].description, revokedAt: row[4].stringValue, prefix: row[5].description)
            }
        }
    }

    public func revoke(_ idOrName: String) async throws -> Bool {
        try await pool.withConnection { connection in
            try !connection.query("""
                UPDATE copilot_api_keys SET revoked_at = $1 WHERE (id = $2 OR name = $2) AND revoked_at IS NULL RETURNING id
                """, [.text(SQLiteConversationStore.now()), .text(idOrName)], context: "revoking an API key").rows.isEmpty
        }
    }

    public func authenticate(_ secret: String) async throws -> Caller? {
        guard Self.isPlausibleSecret(secret) else { return nil }
        let digest = Self.hash(secret)
        let row = try await pool.withConnection { connection in
            try connection.query("SELECT id, name, role FROM copilot_api_keys WHERE hash = $1 AND revoked_at IS NULL", [.text(digest)],
                                 context: "checking an API key").rows.first
        }
        return row.map { Caller(id: $0[0].description, name: $0[1].description, role: Role(rawValue: $0[2].description) ?? .viewer) }
    }

    public func hasActiveKeys() async throws -> Bool {
        try await pool.withConnection { connection in
            try !connection.query("SELECT 1 FROM copilot_api_keys WHERE revoked_at IS NULL LIMIT 1", context: "checking for API keys")
                .rows.isEmpty
        }
    }
}
