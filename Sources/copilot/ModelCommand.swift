import ArgumentParser
import CopilotCore
import Foundation
import RetailCopilot

/// `copilot model`: work with semantic models.
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Draft or check semantic models.",
        subcommands: [Init.self, Check.self, Parse.self]
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
        static let configuration = CommandConfiguration(
            abstract: "Validate a semantic model against a database.",
            discussion: "With FILE, lists what is wrong in it on --db (unknown tables and columns, expressions that do not run, names used twice) and exits 1 when anything is. Without FILE, checks the model the copilot would use."
        )

        @OptionGroup var engine: EngineOptions

        @Argument(help: "A semantic model YAML file to check (e.g. one drafted by `copilot model init` and edited).")
        var file: String?

        @Flag(name: .long, help: "Print the summary as JSON.")
        var json = false

        func run() async throws {
            if let file {
                try await check(file)
                return
            }
            let engine = try await engine.makeEngine()
            let summary = ModelSummary(name: engine.model.name, tables: engine.model.tables.count, metrics: engine.model.metrics.map(\.name),
                                       dimensions: engine.model.dimensions.map(\.name), asOf: engine.asOf.iso)
            if json {
                try Console.printJSON(summary)
            } else {
                print("Model \(summary.name) is valid: \(summary.tables) tables, \(summary.metrics.count) metrics, \(summary.dimensions.count) dimensions; as of \(summary.asOf).")
            }
        }

        private func check(_ file: String) async throws {
            let model: SemanticModel
            do {
                model = try SemanticModel.load(path: file)
            } catch {
                if json { try Console.printJSON([ModelChecker.Problem(kind: .badExpression, place: file, message: userFacing(error).message)]) }
                else { print("\(file): \(userFacing(error).message)") }
                throw ExitCode(1)
            }
            let problems = await ModelChecker(model: model, database: try await engine.database.openDatabase()).check()
            if json {
                try Console.printJSON(problems)
            } else if problems.isEmpty {
                print("\(file): no problems (\(model.tables.count) tables, \(model.dimensions.count) dimensions, \(model.metrics.count) metrics, \(model.entities.count) entities).")
            } else {
                for problem in problems { print("\(file): \(problem.place): \(problem.message) [\(problem.kind.rawValue)]") }
                print("\(problems.count) problem\(problems.count == 1 ? "" : "s")")
            }
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}

extension ModelCommand {
    /// `copilot model parse QUESTION`: how the offline parser reads a question with the model —
    /// every span and its meanings, then the plan and its one-line restatement. For people
    /// improving a model, and for us.
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show how a question is read: its tagged words and the plan.")

        @OptionGroup var engine: EngineOptions

        @Argument(help: "The question (- reads it from standard input).")
        var question: String

        @Flag(name: .long, help: "Print the reading as JSON.")
        var json = false

        func run() async throws {
            let engine = try await engine.makeEngine()
            let text = readArgument(question)
            let tagged = await engine.offline.tagger.tag(text, asOf: engine.asOf)
            let outcome = await engine.offline.plan(text, context: PlanningContext(asOf: engine.asOf))
            let spans = tagged.spans.map { span in
                ParsedSpan(text: span.text, meanings: span.meanings.map { String(describing: $0) }, fuzzy: span.fuzzy)
            }
            var plan: QueryPlan?
            var said: String
            switch outcome {
            case .plan(let read, _):
                plan = read
                said = PlanExplainer(model: engine.model).restate(read)
            case .clarification(let clarification): said = "asks back: " + clarification.text
            case .help: said = "help"
            case .verified(let query, _): said = "verified query: " + query.question
            default: said = String(describing: outcome)
            }
            if json {
                try Console.printJSON(ParseReport(spans: spans, plan: plan, reading: said))
                return
            }
            for span in spans {
                print("  \(span.text.padding(toLength: 28, withPad: " ", startingAt: 0)) \(span.meanings.isEmpty ? "UNKNOWN" : span.meanings.joined(separator: " | "))\(span.fuzzy ? " (typo corrected)" : "")")
            }
            print(said)
            if let plan, let data = try? JSONEncoder().encode(plan) { print(String(decoding: data, as: UTF8.self)) }
        }
    }
}

private struct ParsedSpan: Encodable {
    var text: String
    var meanings: [String]
    var fuzzy: Bool
}

private struct ParseReport: Encodable {
    var spans: [ParsedSpan]
    var plan: QueryPlan?
    var reading: String
}

private struct ModelSummary: Encodable {
    var name: String
    var tables: Int
    var metrics: [String]
    var dimensions: [String]
    var asOf: String
}
