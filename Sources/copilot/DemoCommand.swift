import ArgumentParser
import CopilotDemoData
import CopilotPostgres
import Foundation
import RetailCopilot

/// `copilot demo`: generate the deterministic demo shop database, as a SQLite file or into
/// PostgreSQL.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate the demo shop reporting database (deterministic for a given seed).",
        discussion: "Give --out for a SQLite file or --postgres for a PostgreSQL database (same seed, same values)."
    )

    @Option(name: .long, help: "Path of the SQLite file to create (must not exist).")
    var out: String?

    @Option(name: .long, help: "PostgreSQL URL (postgres://user@host/db) to load the demo into, in the connection's current schema.")
    var postgres: String?

    @Flag(name: .long, help: "With --postgres: drop existing tables of the same names first.")
    var replace = false

    @Option(name: .long, help: "Size factor: 1.0 is about 20,000 customers and 120,000 orders.")
    var scale: Double = 1.0

    @Option(name: .long, help: "Random seed; the same seed always produces the same data.")
    var seed: UInt64 = 42

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        guard scale > 0, scale <= 100 else { throw ValidationError("--scale must be in (0, 100]") }
        guard (out == nil) != (postgres == nil) else { throw ValidationError("give exactly one of --out PATH or --postgres URL") }
        if let postgres, !PostgresURL.matches(postgres) {
            throw ValidationError("--postgres takes a postgres:// or postgresql:// URL")
        }
        if let out, FileManager.default.fileExists(atPath: out) {
            throw ValidationError("\(out) already exists; choose another --out or delete it first")
        }
    }

    func run() async throws {
        let options = DemoGenerator.Options(seed: seed, scale: scale)
        let target: String
        let rows: [String: Int]
        let seconds: Double
        var loadSeconds: Double?
        if let postgres {
            let report = try await PostgresDemoLoader(url: postgres, options: options, replace: replace).load()
            (target, rows, seconds, loadSeconds) = (PostgresURL.redacted(postgres), report.rowCounts, report.seconds, report.loadSeconds)
        } else {
            let path = out ?? ""
            let report = try DemoGenerator(options: options).generate(to: path)
            (target, rows, seconds) = (path, report.rowCounts, report.seconds)
        }
        if json {
            try Console.printJSON(DemoReport(path: target, seed: seed, scale: scale, seconds: seconds, loadSeconds: loadSeconds, rows: rows))
            return
        }
        let total = rows.values.reduce(0, +)
        var line = "Wrote \(target): \(total) rows in \(rows.count) tables in \(String(format: "%.1f", seconds)) s"
        if let loadSeconds { line += " (PostgreSQL load \(String(format: "%.1f", loadSeconds)) s)" }
        print(line + " (seed \(seed), scale \(scale)).")
        let width = max(14, rows.keys.map(\.count).max() ?? 0)
        for (table, count) in rows.sorted(by: { $0.key < $1.key }) {
            print("  \(table.padding(toLength: width, withPad: " ", startingAt: 0)) \(count)")
        }
    }
}

private struct DemoReport: Encodable {
    var path: String
    var seed: UInt64
    var scale: Double
    var seconds: Double
    var loadSeconds: Double?
    var rows: [String: Int]

    enum CodingKeys: String, CodingKey {
        case path, seed, scale, seconds, rows
        case loadSeconds = "load_seconds"
    }
}
