import ArgumentParser
import CopilotCore
import Foundation
import RetailCopilot

/// `copilot model`: work with semantic models.
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Draft or check semantic models.",
        subcommands: [Init.self, Check.self]
    )

    /// `copilot model init`: draft a model from a database's schema.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft a semantic model (YAML) for a database from its schema; edit it, then pass it with --model."
        )

        @OptionGroup var database: DatabaseOptions

        @Flag(name: .long, help: "Print the model as JSON instead of YAML.")
        var json = false

        func run() async throws {
            let model = try await ModelDrafter(database: try await database.openDatabase()).draft()
            if json {
                try Console.printJSON(model)
            } else {
                print("# Drafted by `copilot model init`: review the synonyms, values and metrics before relying on it.")
                print(try model.yaml())
            }
        }
    }

    /// `copilot model check`: load a model and validate it against a database.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a semantic model against a database.")

        @OptionGroup var engine: EngineOptions

        @Flag(name: .long, help: "Print the summary as JSON.")
        var json = false

        func run() async throws {
            let engine = try await engine.makeEngine()
            let summary = ModelSummary(name: engine.model.name, tables: engine.model.tables.count, metrics: engine.model.metrics.map(\.name),
                                       dimensions: engine.model.dimensions.map(\.name), asOf: engine.asOf.iso)
            if json {
                try Console.printJSON(summary)
            } else {
                print("Model \(summary.name) is valid: \(summary.tables) tables, \(summary.metrics.count) metrics, \(summary.dimensions.count) dimensions; as of \(summary.asOf).")
            }
        }
    }
}

private struct ModelSummary: Encodable {
    var name: String
    var tables: Int
    var metrics: [String]
    var dimensions: [String]
    var asOf: String
}
