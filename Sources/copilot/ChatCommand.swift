import ArgumentParser
import Foundation
import RetailCopilot

/// `copilot chat`: an interactive conversation in the terminal (or one question per line from a pipe).
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat in the terminal: line editing, history, slash commands (/help). Reads one question per line when piped."
    )

    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: "Continue this conversation.")
    var session: String?

    @Flag(name: .long, help: "Print each reply as one line of JSON (for scripts).")
    var json = false

    func run() async throws {
        let usesDemo = engine.database.db == nil
        let repl = ChatSession(services: try await engine.makeServices(), sessionID: session, dataDirectory: engine.database.dataDirectory, json: json)
        if Terminal.stdinIsTTY && !json {
            if usesDemo {
                Console.note("Using the built-in demo shop (data as of \(repl.engine.asOf.iso)). Try: “revenue last month”, “top 5 products by units sold this year”, “what's our return window?” — /help for commands, Ctrl-D to quit.")
            }
            await repl.runInteractive()
        } else {
            try await repl.runBatch()
        }
    }
}
