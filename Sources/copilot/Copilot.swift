import ArgumentParser
import Foundation
import Logging

@main
struct Copilot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copilot",
        abstract: "Retail Copilot: ask your shop's data questions in plain language.",
        subcommands: [AskCommand.self, ChatCommand.self, SQLCommand.self, ServeCommand.self, MCPCommand.self, KeysCommand.self, KnowledgeCommand.self, ActionsCommand.self, AgentsCommand.self, EvalCommand.self, BenchCommand.self, ModelCommand.self, DemoCommand.self]
    )

    static func main() async {
        bootstrapLogging()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    /// Logs go to standard error; `COPILOT_LOG_LEVEL` (trace…critical) sets the level, default error
    /// so CLI output stays clean.
    private static func bootstrapLogging() {
        let level = ProcessInfo.processInfo.environment["COPILOT_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .error
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
