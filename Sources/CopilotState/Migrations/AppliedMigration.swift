import Foundation

/// A migration a database has had, as `copilot_schema_migrations` records it.
public struct AppliedMigration: Sendable, Equatable {
    /// Its place in the schema's history (1, 2, …).
    public let version: Int
    /// What it did.
    public let name: String
    /// When this database had it (the migrating process's clock).
    public let appliedAt: Date
}
