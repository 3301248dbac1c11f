import CopilotCore
import CopilotDemoData
import CopilotPostgres
import CopilotSQLite
import Foundation

/// The composition root for reporting databases: turns a `--db` value (or its absence) into a
/// concrete ``ReportingDatabase``.
public enum ReportingDatabases {
    /// Opens `location` — a SQLite file or a `postgres://`/`postgresql://` URL — or the embedded demo
    /// database in `dataDirectory` when `location` is nil, generating the demo on first use. `notice`
    /// receives one-line messages for the user. `timeLimit` overrides the per-query time limit
    /// (seconds; default 2).
    public static func open(
        _ location: String?,
        dataDirectory: DataDirectory,
        timeLimit: Double? = nil,
        notice: (String) -> Void = { _ in }
    ) async throws -> any ReportingDatabase {
        let configure: (inout SQLPolicy) -> Void = { policy in if let timeLimit { policy.timeLimit = timeLimit } }
        if let location, !location.isEmpty {
            if PostgresURL.matches(location) {
                return try await PostgresReportingDatabase.open(url: location, configure: configure)
            }
            guard FileManager.default.fileExists(atPath: location) else {
                throw DatabaseError(code: 14, message: "no database file at \(location)")
            }
            return try SQLiteReportingDatabase(path: location, configure: configure)
        }
        let path = try ensureDemoDatabase(in: dataDirectory, notice: notice)
        return try SQLiteReportingDatabase(path: path, configure: configure)
    }

    /// Path of the embedded demo database, generated with the default seed and scale if missing.
    public static func ensureDemoDatabase(in dataDirectory: DataDirectory, notice: (String) -> Void) throws -> String {
        let path = dataDirectory.demoDatabasePath
        if !FileManager.default.fileExists(atPath: path) {
            try dataDirectory.ensureExists()
            notice("No --db given: generating the demo shop database at \(path) (one-time, a few seconds)…")
            _ = try DemoGenerator(options: .init()).generate(to: path)
        }
        return path
    }
}
