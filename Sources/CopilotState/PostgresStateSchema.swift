import CopilotPostgres

/// Creates the copilot's state tables in PostgreSQL once, even when several instances start at the
/// same moment (`CREATE TABLE IF NOT EXISTS` alone races on the catalog). Every PostgreSQL-backed state store (conversations, API keys, and later the action audit log)
/// calls this from its initializer with its own DDL.
enum PostgresStateSchema {
    static func ensure(_ ddl: String, name: String, in pool: PostgresPool) async throws {
        try await pool.withConnection { connection in
            try connection.execute("BEGIN", context: "creating the \(name) tables")
            do {
                try connection.execute("SELECT pg_advisory_xact_lock(7310283465); \(ddl)", context: "creating the \(name) tables")
                try connection.execute("COMMIT", context: "creating the \(name) tables")
            } catch {
                try? connection.execute("ROLLBACK", context: "creating the \(name) tables")
                throw error
            }
        }
    }
}
