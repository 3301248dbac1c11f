import CopilotCore
import CopilotPostgres
import CopilotSQLite
import Foundation

/// The state database — conversations, API keys and the action audit log — in a SQLite file or in
/// PostgreSQL. Open it once per process and give the same instance to every store: it owns the one
/// connection queue (SQLite) or pool (PostgreSQL) they share. Opening brings the schema up to date
/// (``Migrator``).
public final class StateDatabase: Sendable {
    let driver: any StateDriver
    /// The engine it runs on.
    public let dialect: SQLDialect
    /// Where it is, for messages: a path, or a URL without its password.
    public let displayName: String

    init(driver: any StateDriver, dialect: SQLDialect, displayName: String) {
        self.driver = driver
        self.dialect = dialect
        self.displayName = displayName
    }

    /// Opens (creating it if needed) the SQLite state file at `path` and migrates it.
    public static func sqlite(path: String) async throws -> StateDatabase {
        try await opened(StateDatabase(driver: try DatabaseQueue.stateQueue(path: path), dialect: .sqlite, displayName: path))
    }

    /// Connects to the PostgreSQL state database at `url` with a pool of `size` connections (opened
    /// as load needs them) and migrates it.
    public static func postgres(url: String, size: Int = 8) async throws -> StateDatabase {
        let pool = PostgresPool(url: url, size: size, label: "state")
        return try await opened(StateDatabase(driver: pool, dialect: .postgres, displayName: pool.displayName))
    }

    /// Opens the database at `location`.
    public static func open(_ location: StateLocation) async throws -> StateDatabase {
        switch location {
        case .sqlite(let path): try await sqlite(path: path)
        case .postgres(let url): try await postgres(url: url)
        }
    }

    private static func opened(_ database: StateDatabase) async throws -> StateDatabase {
        try await database.migrate()
        return database
    }

    /// Applies the migrations this database has not had yet, each once, in order, each in its own
    /// transaction; safe when several processes open the database at the same moment. Returns the
    /// versions applied (none when it was up to date).
    @discardableResult
    public func migrate(clock: @escaping @Sendable () -> Date = { Date() }) async throws -> [Int] {
        let migrator = Migrator(migrations: StateMigrations.all, clock: clock)
        return try await run { session in try migrator.migrate(session) }
    }

    /// The migrations recorded in the database, oldest first.
    public func appliedMigrations() async throws -> [AppliedMigration] {
        try await run { session in try Migrator.applied(session) }
    }

    /// Runs `body` on a connection, each statement committed on its own.
    @discardableResult
    func run<T: Sendable>(_ body: @Sendable (StateSession) throws -> T) async throws -> T {
        let dialect = dialect
        return try await driver.withStateConnection { connection in try body(StateSession(connection: connection, dialect: dialect)) }
    }

    /// Runs `body` in one write transaction on a connection.
    @discardableResult
    func transaction<T: Sendable>(_ body: @Sendable (StateSession) throws -> T) async throws -> T {
        try await run { session in try session.transaction { try body(session) } }
    }
}
