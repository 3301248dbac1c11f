import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import CopilotActions
@testable import CopilotResources
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

/// The reference agent services listening for real on a loopback port (their own `agents.db`,
/// seeded from the test demo database), and a copilot data directory whose agent registry points at
/// them: what `copilot agents serve` plus `--agents FILE` give a shop.
struct LiveAgents {
    let directory: URL
    let store: ReferenceAgentStore
    /// Where the agents listen (`http://127.0.0.1:PORT`).
    let origin: String
    let resources = ResourceLibrary(root: TestSupport.repositoryRoot)

    static func with(_ body: @Sendable (LiveAgents) async throws -> Void) async throws {
        let directory = try TestSupport.temporaryDirectory("mcp")
        defer { try? FileManager.default.removeItem(at: directory) }
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)
        let shipped = try AgentRegistry.parse(yaml: try XCTUnwrap(resources.text("agents/demo.yaml")))
        let store = try ReferenceAgentStore(path: directory.appendingPathComponent("agents.db").path, seedFrom: TestSupport.demoDatabasePath)
        let server = ReferenceAgentServer(registry: shipped, store: store, port: 0, environment: [:])
        try await server.application(logger: TestSupport.quietLogger).test(.live) { client in
            try await body(LiveAgents(directory: directory, store: store, origin: "http://127.0.0.1:\(try XCTUnwrap(client.port))"))
        }
    }

    /// The shipped registry with every agent's base URL moved to where the agents really listen.
    func registryYAML() throws -> String {
        let shipped = try XCTUnwrap(resources.text("agents/demo.yaml"))
        XCTAssertTrue(shipped.contains("http://127.0.0.1:8091/"))
        return shipped.replacingOccurrences(of: "http://127.0.0.1:8091/", with: origin + "/")
    }

    /// The configuration `copilot mcp`/`serve --data-dir DIRECTORY --db DEMO` runs with (state in `DIRECTORY/state.db`).
    var configuration: CopilotConfiguration {
        CopilotConfiguration(database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path), resources: resources)
    }

    /// `copilot serve` as composed for this data directory, the demo database and these agents
    /// (rate limits out of the way: the clients send many requests at once).
    func copilotServer() async throws -> CopilotServer {
        let registry = directory.appendingPathComponent("agents.yaml")
        try registryYAML().write(to: registry, atomically: true, encoding: .utf8)
        var configuration = configuration
        configuration.agentsPath = registry.path
        let services = try await CopilotEnvironment.makeServices(configuration)
        var settings = ServerConfiguration()
        settings.port = 0
        settings.rateLimit = 1_000
        settings.rateBurst = 1_000
        return CopilotServer(services: services, keys: try await CopilotEnvironment.keyStore(configuration),
                             configuration: settings, registry: CopilotMetrics.registry, resources: resources)
    }
}
