import Foundation
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotPostgres

/// A throwaway PostgreSQL cluster for the tests: `initdb` + `pg_ctl` in a temporary directory,
/// listening only on a Unix socket there, started once per test process on first use and stopped
/// when the process exits.
///
/// As root, `initdb` refuses to run, so the cluster is created and started as the `postgres` user
/// (`runuser`), which owns the directory. `pg_ctl start` daemonizes the server, and a daemon keeps
/// the pipes of a Foundation `Process` open forever, so commands run through `system(3)` with
/// their output in a log file.
package final class PostgresTestCluster: Sendable {
    let directory: String
    let binaries: String
    /// `runuser -u postgres --` when running as root, else empty.
    let asUser: String

    /// The cluster shared by every test, or the reason there is none.
    private static let shared: Result<PostgresTestCluster, any Error> = Result { try PostgresTestCluster() }

    /// The shared cluster; the test fails when PostgreSQL is not installed or does not start
    /// (`.ci/run` installs the server, so these tests never skip).
    package static func require() throws -> PostgresTestCluster {
        try shared.get()
    }

    private init() throws {
        guard let binaries = Self.findBinaries() else {
            throw TestProcess.Missing(description: "PostgreSQL server binaries (initdb, pg_ctl) are not installed; .ci/run installs the postgresql package")
        }
        self.binaries = binaries
        let root = getuid() == 0
        asUser = root ? "runuser -u postgres -- " : ""
        directory = try TestSupport.temporaryDirectory("pg").path
        if root {
            guard let account = getpwnam("postgres") else {
                throw TestProcess.Missing(description: "running as root and there is no postgres user to run the server as")
            }
            chmod(directory, 0o755)
            chown(directory, account.pointee.pw_uid, account.pointee.pw_gid)
        }
        try run("\(binaries)/initdb -D \(directory)/data -A trust -U postgres --no-locale -E UTF8 --no-sync", log: "initdb.log")
        // Durability buys nothing in a throwaway cluster; turning it off makes loads several times faster.
        let options = "-k \(directory) -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        try run("\(binaries)/pg_ctl -D \(directory)/data -o \"\(options)\" -l \(directory)/server.log -w -t 60 start", log: "pg_ctl.log")
        atexit { PostgresTestCluster.stopShared() }
    }

    private static func stopShared() {
        guard case .success(let cluster) = shared else { return }
        _ = try? cluster.run("\(cluster.binaries)/pg_ctl -D \(cluster.directory)/data -m immediate -w stop", log: "stop.log")
        try? FileManager.default.removeItem(atPath: cluster.directory)
    }

    /// A libpq URL for `database` as `user`, over the cluster's socket.
    package func url(database: String = "postgres", user: String = "postgres", password: String? = nil) -> String {
        let credentials = password.map { "\(user):\($0)" } ?? user
        return "postgresql://\(credentials)@/\(database)?host=\(directory)"
    }

    /// Runs SQL as the superuser in `database` (set-up only; tests exercise the product's code paths).
    package func execute(_ sql: String, database: String = "postgres") async throws {
        try await PostgresSession(url: url(database: database), label: "test").withConnection { connection in
            try connection.execute(sql, context: "test set-up")
        }
    }

    /// Rows of a query run as the superuser.
    package func query(_ sql: String, database: String = "postgres") async throws -> QueryResult {
        try await PostgresSession(url: url(database: database), label: "test").withConnection { connection in
            try connection.query(sql, context: "test query")
        }
    }

    /// Creates a fresh, empty database with a unique name and returns the name.
    package func createDatabase(_ prefix: String) async throws -> String {
        let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        try await execute("CREATE DATABASE \(name)")
        return name
    }

    private func run(_ command: String, log: String) throws {
        let logPath = "\(directory)/\(log)"
        let status = system("\(asUser)\(command) > \(logPath) 2>&1")
        guard status == 0 else {
            let output = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            throw PostgresError(.client, message: "`\(command)` exited with \(status): \(output.suffix(2_000))", context: "managing the test cluster")
        }
    }

    private static func findBinaries() -> String? {
        var candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        candidates += ["/usr/local/bin", "/usr/bin"]
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        candidates += versions.sorted(by: >).map { "/usr/lib/postgresql/\($0)/bin" }
        return candidates.first { directory in
            FileManager.default.isExecutableFile(atPath: "\(directory)/initdb")
                && FileManager.default.isExecutableFile(atPath: "\(directory)/pg_ctl")
        }
    }
}
