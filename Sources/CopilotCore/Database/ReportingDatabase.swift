/// A reporting database the copilot reads: read-only, guarded, limited. Implementations enforce
/// the guard's policy a second time at the engine level.
public protocol ReportingDatabase: Sendable {
    /// The dialect statements for this database must be written in.
    var dialect: SQLDialect { get }
    /// The allowlist and limits in force, derived from the schema and the configuration.
    var policy: SQLPolicy { get }
    /// Tables, columns and foreign keys (for drafting semantic models).
    var schema: DatabaseSchema { get }
    /// A short description for messages (a file name, a host) that never includes credentials.
    var displayName: String { get }

    /// Runs a statement the guard accepted. Throws ``SQLGuardError`` when an engine-level check or a
    /// limit stops it, `CancellationError` when the calling task is cancelled (the statement is
    /// stopped, not left to run to its time limit), ``DatabaseError`` for other failures.
    func execute(_ query: ValidatedQuery) async throws -> QueryResult

    /// The `as_of` date declared in `dataset_info`, if the database has one (`YYYY-MM-DD`).
    func declaredAsOfDate() async -> String?

    /// A short value that changes whenever the data may have changed (a file's size and time, a
    /// server's write counters), or nil when that cannot be told: what is derived from the data —
    /// drafted models, value indexes — is cached under it and rebuilt when it changes.
    func fingerprint() async -> String?
}
