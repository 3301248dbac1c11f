import CopilotCore
import CopilotResources
import Foundation
import Logging
import MCP
import RetailCopilot

/// The copilot as an MCP server (official Swift SDK): tools `ask`, `run_sql`, `search_knowledge`,
/// `describe_data`, `propose_action`, `confirm_action`, `cancel_action`, and the knowledge documents
/// and semantic model as resources. One ``MCP/Server`` is made per connection (a `copilot mcp`
/// process, or a Streamable HTTP session of `copilot serve`) and acts for one ``Caller``, whose role
/// the tools check exactly as the HTTP API does.
public struct CopilotMCPServer: Sendable {
    public static let name = "retail-copilot"
    public static let version = "1.0.0"

    public let services: CopilotServices
    /// Where the knowledge documents are read from (the same files the knowledge base indexes).
    public let library: ResourceLibrary
    /// The HTTP API's reason codes for errors, so MCP tool errors carry the same ones.
    public let describeError: ToolErrorDescriber
    /// The pipeline without chat confirmations (see ``ProposalOnlyDesk``).
    let engine: CopilotEngine

    public init(services: CopilotServices, library: ResourceLibrary, describeError: @escaping ToolErrorDescriber = ToolFailure.describing) {
        self.services = services
        self.library = library
        self.describeError = describeError
        engine = services.engine.proposingOnly()
    }

    /// Told to the client at initialisation; clients may put it in their model's prompt.
    static let instructions = """
        Retail Copilot answers questions about one shop's data (sales, orders, products, customers, stock, \
        deliveries, returns) and its policies. Use ask for questions in words and pass its session_id back \
        for follow-ups; describe_data tells what can be asked; search_knowledge finds policy passages to \
        cite. Numbers come from guarded, read-only SQL shown with every answer. Actions are only ever \
        proposed (propose_action, or ask); confirm_action carries one out and must be approved by the user.
        """

    /// A new MCP server acting for `caller`, with every handler registered (not yet started).
    public func makeServer(for caller: Caller) async -> Server {
        let server = Server(name: Self.name, version: Self.version, title: "Retail Copilot", instructions: Self.instructions,
                            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        let actions = services.actions
        let tools = ToolCatalog(registry: actions?.registry, expiryMinutes: max(1, Int(((actions?.expiry ?? 600) / 60).rounded()))).tools
        let runner = ToolRunner(engine: engine, services: services, caller: caller, describeError: describeError,
                                markdown: MarkdownReply(model: engine.model))
        let catalog = ResourceCatalog(documents: services.documents, model: engine.model, asOf: engine.asOf)
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: tools) }
        await server.withMethodHandler(CallTool.self) { params in try await runner.call(params.name, arguments: params.arguments) }
        await server.withMethodHandler(ListResources.self) { _ in ListResources.Result(resources: catalog.resources) }
        await server.withMethodHandler(ListResourceTemplates.self) { _ in ListResourceTemplates.Result(templates: []) }
        await server.withMethodHandler(ReadResource.self) { params in ReadResource.Result(contents: [try catalog.read(params.uri)]) }
        return server
    }

    /// Serves one client over standard input and output until it closes the connection. Nothing
    /// else may write to standard output meanwhile: notices and logs go to standard error.
    public func runStdio(caller: Caller, logger: Logger? = nil) async throws {
        let server = await makeServer(for: caller)
        try await server.start(transport: StdioTransport(logger: logger))
        await server.waitUntilCompleted()
        await server.stop()
    }
}
