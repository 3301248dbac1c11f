import ArgumentParser
import Foundation
import RetailCopilot

/// `copilot demo`: generate the deterministic demo shop database.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate the demo shop reporting database (deterministic for a given seed)."
    )

    @Option(name: .long, help: "Path of the SQLite file to create (must not exist).")
    var out: String

    @Option(name: .long, help: "Size factor: 1.0 is about 20,000 customers and 120,000 orders.")
    var scale: Double = 1.0

    @Option(name: .long, help: "Random seed; the same seed always produces the same data.")
    var seed: UInt64 = 42

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        guard scale > 0, scale <= 100 else { throw ValidationError("--scale must be in (0, 100]") }
        guard !FileManager.default.fileExists(atPath: out) else {
            throw ValidationError("\(out) already exists; choose another --out or delete it first")
        }
    }

    func run() throws {
        let report = try DemoGenerator(options: .init(seed: seed, scale: scale)).generate(to: out)
        if json {
            try Console.printJSON(DemoReport(path: out, seed: seed, scale: scale, seconds: report.seconds, rows: report.rowCounts))
        } else {
            let total = report.rowCounts.values.reduce(0, +)
            print("Wrote \(out): \(total) rows in \(report.rowCounts.count) tables in \(String(format: "%.1f", report.seconds)) s (seed \(seed), scale \(scale)).")
            for (table, count) in report.rowCounts.sorted(by: { $0.key < $1.key }) {
                print("  \(table.padding(toLength: 14, withPad: " ", startingAt: 0)) \(count)")
            }
        }
    }
}

private struct DemoReport: Encodable {
    var path: String
    var seed: UInt64
    var scale: Double
    var seconds: Double
    var rows: [String: Int]
}
