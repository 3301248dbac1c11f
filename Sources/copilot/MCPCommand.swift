import ArgumentParser
import CopilotCore
import CopilotMCP
import CopilotServer
import Foundation
import RetailCopilot

/// `copilot mcp`: the copilot as an MCP server on standard input and output, for clients that start
/// it as a subprocess (Claude Desktop, IDE assistants).
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the copilot to an MCP client (Claude Desktop, IDEs) over standard input and output.",
        discussion: """
            Acts as the local user (admin), like `copilot ask`. With COPILOT_API_KEY set it acts as that key \
            instead, and the key's role applies (run_sql needs analyst, confirm_action operator). The key is \
            read from the environment, never from the command line, so it does not show in process lists. \
            Standard output carries the protocol only; notices go to standard error.
            """
    )

    @OptionGroup var engine: EngineOptions

    func run() async throws {
        let configuration = engine.configuration
        let services = try await engine.makeServices()
        let caller = try await caller(configuration)
        let server = CopilotMCPServer(services: services, library: configuration.resources, describeError: APIError.toolFailure)
        Console.note("Retail Copilot MCP server on stdio, acting as \(caller.name) (\(caller.role.rawValue)); "
                     + "data as of \(services.engine.asOf.iso). Close standard input to stop.")
        try await server.runStdio(caller: caller)
    }

    /// The caller `COPILOT_API_KEY` belongs to, or the local user when it is unset.
    private func caller(_ configuration: CopilotConfiguration) async throws -> Caller {
        guard let secret = ProcessInfo.processInfo.environment["COPILOT_API_KEY"], !secret.isEmpty else { return .local }
        let keys = try await CopilotEnvironment.keyStore(configuration)
        guard let caller = try await keys.authenticate(secret.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Console.note("copilot mcp: COPILOT_API_KEY is unknown or revoked.")
            throw ExitCode(2)
        }
        return caller
    }
}
