import CopilotCore
import Foundation

/// Brings a state database up to the current schema: records each applied ``Migration`` in
/// `copilot_schema_migrations(version, name, applied_at)` and applies the missing ones in version
/// order, each in its own transaction together with its record.
///
/// Two processes starting at once: each step's transaction first takes the dialect's migration lock
/// (SQLite's write lock; a PostgreSQL advisory lock) and then re-reads the versions, so the second
/// waits and finds the step done. An up-to-date database is recognised without taking any lock.
struct Migrator {
    let migrations: [Migration]
    let clock: @Sendable () -> Date

    /// The newest version this build knows.
    var known: Int { migrations.map(\.version).max() ?? 0 }

    /// Applies what is missing and returns the versions applied.
    func migrate(_ session: StateSession) throws -> [Int] {
        if try isCurrent(session) { return [] }
        var applied: [Int] = []
        for migration in migrations.sorted(by: { $0.version < $1.version }) {
            let done = try session.transaction {
                if let lock = session.dialect.migrationLock { _ = try session.rows(lock) }
                try session.execute(SchemaRenderer(dialect: session.dialect).createTable(StateSchema.migrations))
                guard try !versions(session).contains(migration.version) else { return false }
                for change in migration.changes { try apply(change, session) }
                try session.run("""
                    INSERT INTO \(StateSchema.migrations) (version, name, applied_at)
                    VALUES (\(migration.version), \(migration.name), \(clock()))
                    """)
                return true
            }
            if done { applied.append(migration.version) }
        }
        return applied
    }

    /// True when every known migration is recorded; throws when the database is newer than this build.
    private func isCurrent(_ session: StateSession) throws -> Bool {
        guard try !Self.columns(of: StateSchema.migrations, session).isEmpty else { return false }
        let versions = try versions(session)
        return migrations.allSatisfy { versions.contains($0.version) }
    }

    /// The recorded versions, refusing a database some newer release has migrated further.
    private func versions(_ session: StateSession) throws -> Set<Int> {
        let versions = Set(try Self.applied(session).map(\.version))
        if let newest = versions.max(), newest > known { throw StateError.newerSchema(found: newest, known: known) }
        return versions
    }

    static func applied(_ session: StateSession) throws -> [AppliedMigration] {
        guard try !columns(of: StateSchema.migrations, session).isEmpty else { return [] }
        return try session.rows("SELECT version, name, applied_at FROM \(StateSchema.migrations) ORDER BY version").map { row in
            AppliedMigration(version: try row.int("version"), name: try row.text("name"), appliedAt: try row.date("applied_at"))
        }
    }

    /// The names of the columns `table` has in the database (none when it does not exist).
    static func columns(of table: TableDefinition, _ session: StateSession) throws -> Set<String> {
        Set(try session.rows(session.dialect.columnNames(of: table.name)).map { try $0.text("name") })
    }

    private func apply(_ change: SchemaChange, _ session: StateSession) throws {
        let renderer = SchemaRenderer(dialect: session.dialect)
        switch change {
        case .createTable(let table):
            try session.execute(renderer.createTable(table))
            for index in renderer.createIndexes(table) { try session.execute(index) }
        case .addColumns(let columns, let table):
            let existing = try Self.columns(of: table, session)
            for column in columns where !existing.contains(column.name) {
                try session.execute(renderer.addColumn(column, to: table))
            }
        case .addSequenceKey(let table):
            try addSequenceKey(to: table, session, renderer: renderer)
        }
    }

    /// Rebuilds `table` with its sequence key: a new table, the rows copied in insertion order (the
    /// database numbers them as they arrive), the old table dropped, the new one renamed.
    private func addSequenceKey(to table: TableDefinition, _ session: StateSession, renderer: SchemaRenderer) throws {
        guard let key = table.columns.first(where: { $0.type == .sequence }) else { return }
        let existing = try Self.columns(of: table, session)
        guard !existing.isEmpty, !existing.contains(key.name) else { return }
        let rebuilt = table.name + "_rebuilt"
        let copied = table.columns.map(\.name).filter { $0 != key.name && existing.contains($0) }.joined(separator: ", ")
        try session.execute(renderer.createTable(table, named: rebuilt))
        try session.execute("""
            INSERT INTO \(rebuilt) (\(copied)) SELECT \(copied) FROM \(table.name) ORDER BY \(session.dialect.insertionOrder)
            """)
        try session.execute("DROP TABLE \(table.name)")
        try session.execute("ALTER TABLE \(rebuilt) RENAME TO \(table.name)")
        for index in renderer.createIndexes(table) { try session.execute(index) }
    }
}
