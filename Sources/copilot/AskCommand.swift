import ArgumentParser
import CopilotCore
import Foundation
import RetailCopilot

/// `copilot ask`: one question, one answer.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Ask one question in plain words; --session continues a conversation."
    )

    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: "Continue this conversation (the session id printed by an earlier ask).")
    var session: String?

    @Flag(name: .long, help: "Print the reply as JSON.")
    var json = false

    @Argument(help: "The question, or - to read it from standard input.")
    var question: String

    func run() async throws {
        let text = readArgument(question)
        guard !text.isEmpty else { throw ValidationError("the question is empty") }
        let engine = try await engine.makeEngine()
        let reply: ChatReply
        do {
            reply = try await engine.ask(text, sessionID: session, caller: .local)
        } catch let error as ConversationError {
            Console.note(error.description)
            throw ExitCode(1)
        }
        if json {
            try Console.printJSON(reply)
        } else {
            print(ReplyRenderer(color: false).render(reply))
            Console.note("session \(reply.sessionID) · continue with --session \(reply.sessionID)")
        }
        if reply.kind == .error || reply.kind == .refusal { throw ExitCode(1) }
    }
}
