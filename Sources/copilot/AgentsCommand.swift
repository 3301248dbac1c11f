import ArgumentParser
import CopilotActions
import CopilotResources
import CopilotServer
import Foundation
import Hummingbird
import Logging
import RetailCopilot

/// `copilot agents`: the reference agent services the demo's actions go to.
struct AgentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agents",
        abstract: "Run or list the agent services actions are carried out by.",
        subcommands: [Serve.self, List.self]
    )

    struct Registry: ParsableArguments {
        @Option(name: .long, help: "Agent registry YAML (or $COPILOT_AGENTS). Default: the shipped agents/demo.yaml.")
        var agents: String?

        func load() throws -> AgentRegistry {
            try AgentRegistry.load(path: agents, shipped: ResourceLibrary.standard().text("agents/demo.yaml"))
        }
    }

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve demo Order, Inventory, After-sales and Customer-communication agents over their own SQLite file (agents.db).")

        @OptionGroup var registry: Registry

        @Option(name: .long, help: "Address to listen on.")
        var host: String = "127.0.0.1"

        @Option(name: .long, help: "Port to listen on (default: the port in the registry's base URLs, 8091 for the demo; 0 picks a free one).")
        var port: Int?

        @Option(name: .customLong("data-dir"), help: "Where agents.db is kept (default: $COPILOT_DATA_DIR, else ~/.local/share/retail-copilot).")
        var dataDir: String?

        @Option(name: .long, help: "Reporting database whose orders, products and customers seed agents.db (read-only). Default: the demo database in the data directory.")
        var db: String?

        func run() async throws {
            let registry = try registry.load()
            let directory = DataDirectory(explicit: dataDir)
            try directory.ensureExists()
            // The seed source must exist; generating the demo here keeps the demo working with no set-up.
            let source = try db ?? ReportingDatabases.ensureDemoDatabase(in: directory, notice: { Console.note($0) })
            let store = try ReferenceAgentStore(path: directory.url.appendingPathComponent("agents.db").path, seedFrom: source)
            let server = ReferenceAgentServer(registry: registry, store: store, host: host, port: port ?? ReferenceAgentServer.defaultPort(of: registry))
            var logger = Logger(label: "copilot.agents")
            logger.logLevel = .info
            let app = server.application(logger: logger) { port in
                let names = registry.agents.map(\.name).joined(separator: ", ")
                Console.note("Reference agents (\(names)) listening on http://\(host):\(port); state in \(store.path) (Ctrl-C to stop)")
            }
            try await app.runService()
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the registry's agents and actions.")

        @OptionGroup var registry: Registry

        @Flag(name: .long, help: "Print the registry as JSON.")
        var json = false

        func run() async throws {
            let registry = try registry.load()
            if json { return try Console.printJSON(registry) }
            for agent in registry.agents {
                print("\(agent.name)  \(agent.baseURL)")
                for action in agent.actions {
                    let parameters = action.parameters.properties.keys.sorted().map { action.parameters.required.contains($0) ? $0 : $0 + "?" }
                    print("  \(action.name)(\(parameters.joined(separator: ", ")))  \(action.method) \(action.path)  confirm: \(action.confirmRole.rawValue)")
                    print("    \(action.description) Risk: \(action.risk)")
                }
            }
        }
    }
}
