import ArgumentParser
import CopilotCore
import CopilotResources
import Foundation
import RetailCopilot

/// `copilot kb`: the knowledge base of policies and definitions.
struct KnowledgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Index and search the knowledge base (policies, definitions) in knowledge/.",
        subcommands: [Index.self, Search.self]
    )

    struct Index: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Index markdown documents (incremental: unchanged files are skipped).")

        @Option(name: .customLong("data-dir"), help: "Where the index is kept (default: $COPILOT_DATA_DIR, else ~/.local/share/retail-copilot).")
        var dataDir: String?

        @Flag(name: .long, help: "Print the report as JSON.")
        var json = false

        @Argument(help: "A folder of markdown files (default: the shipped knowledge/).")
        var directory: String?

        func run() async throws {
            let configuration = CopilotConfiguration(dataDirectory: DataDirectory(explicit: dataDir))
            let knowledge = try CopilotEnvironment.openKnowledgeBase(configuration, model: try SemanticModel.demo())
            let documents = try Self.documents(in: directory)
            let report = try await knowledge.index(documents)
            if json {
                try Console.printJSON(report)
            } else {
                print("Indexed \(documents.count) documents: \(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged, \(report.removed) removed; \(report.chunks) chunks.")
            }
        }

        /// Path → markdown, from a folder or from the shipped resources.
        static func documents(in directory: String?) throws -> [String: String] {
            let resources = directory.map { ResourceLibrary(root: URL(fileURLWithPath: $0).deletingLastPathComponent()) } ?? .standard()
            let folder = directory.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "knowledge"
            if let directory, !FileManager.default.fileExists(atPath: directory) {
                throw ValidationError("no folder at \(directory)")
            }
            var documents: [String: String] = [:]
            for path in resources.files(in: folder, withExtension: "md") { documents[path] = resources.text(path) }
            return documents
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Search the knowledge base; prints ranked sections with a highlighted snippet.")

        @Option(name: .customLong("data-dir"), help: "Where the index is kept.")
        var dataDir: String?

        @Option(name: .long, help: "How many results to show.")
        var limit: Int = 5

        @Flag(name: .long, help: "Print results as JSON.")
        var json = false

        @Argument(help: "What to look for, or - to read it from standard input.")
        var query: String

        func run() async throws {
            let configuration = CopilotConfiguration(dataDirectory: DataDirectory(explicit: dataDir))
            let knowledge = try await CopilotEnvironment.knowledgeBase(configuration, model: try SemanticModel.demo(), shipped: true)
            let hits = try await knowledge.search(readArgument(query), limit: max(1, min(limit, 50)))
            if json {
                try Console.printJSON(hits)
                return
            }
            if hits.isEmpty { print("Nothing in the knowledge base matches.") }
            for (rank, hit) in hits.enumerated() {
                print("\(rank + 1). \(hit.headingPath)  [\(hit.source)]  score \(String(format: "%.2f", hit.score))")
                print("   \(hit.snippet.replacingOccurrences(of: "\n", with: " "))")
            }
        }
    }
}
