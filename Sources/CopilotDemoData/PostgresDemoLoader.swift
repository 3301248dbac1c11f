import CopilotCore
import CopilotSQLite
import Foundation

/// Loads the demo shop into PostgreSQL with the same seed and therefore the same values as the
/// SQLite demo: the generator writes a private SQLite file, and ``PostgresTableCopier`` copies every
/// table of it with COPY.
public struct PostgresDemoLoader: Sendable {
    public struct Report: Sendable {
        public var rowCounts: [String: Int]
        /// Generating the SQLite file.
        public var generateSeconds: Double
        /// Creating, copying, indexing and analyzing in PostgreSQL.
        public var loadSeconds: Double
        public var seconds: Double { generateSeconds + loadSeconds }
    }

    public let url: String
    public let options: DemoGenerator.Options
    public var replace: Bool

    public init(url: String, options: DemoGenerator.Options, replace: Bool = false) {
        self.url = url
        self.options = options
        self.replace = replace
    }

    public func load() async throws -> Report {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("copilot-pg-demo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo.db").path
        let generated = try DemoGenerator(options: options).generate(to: path)
        let started = monotonicNanoseconds()
        let counts = try await PostgresTableCopier(url: url, replace: replace).copy(fromSQLite: path)
        return Report(rowCounts: counts, generateSeconds: generated.seconds,
                      loadSeconds: Double(monotonicNanoseconds() - started) / 1e9)
    }
}
