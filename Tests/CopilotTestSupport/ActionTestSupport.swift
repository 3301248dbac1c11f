import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotResources
@testable import CopilotSQLite
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

/// A copilot engine whose actions go to the reference agents, started for real on a loopback port
/// with their own `agents.db` (seeded from the test demo database) and a fault script.
package struct ActionFixture {
    package let directory: URL
    package let engine: CopilotEngine
    /// The actions feature the engine uses, talking to the reference agents.
    package let actions: ActionService
    package let agents: ReferenceAgentStore
    package let faults: AgentFaults
    /// Where the copilot calls the agents.
    package let registry: AgentRegistry
    /// Where the reference agents really listen.
    package let liveOrigin: String

    /// Ids from the demo data for each precondition.
    package struct Samples {
        package var cancellableOrder: Int
        package var shippedOrder: Int
        package var deliveredOrder: Int
        package var activeProduct: Int
        package var customer: Int
        /// A customer whose first and last name no other customer shares, and that name.
        package var namedCustomer: (id: Int, name: String)
        package var activeProductName: String
    }

    package static let samples: Samples = {
        let connection = try! Connection(path: TestSupport.demoDatabasePath, mode: .readOnly)
        func id(_ sql: String) -> Int { Int(try! connection.scalar(sql)!.int64Value!) }
        let named = try! connection.rows("""
            SELECT MIN(customer_id), first_name || ' ' || last_name FROM customers GROUP BY first_name, last_name
            HAVING COUNT(*) = 1 ORDER BY 1 LIMIT 1
            """)[0]
        return Samples(
            cancellableOrder: id("SELECT MIN(order_id) FROM orders WHERE status IN ('pending', 'paid')"),
            shippedOrder: id("SELECT MIN(order_id) FROM orders WHERE status = 'shipped'"),
            deliveredOrder: id("SELECT MIN(order_id) FROM orders WHERE status = 'delivered'"),
            activeProduct: id("SELECT MIN(product_id) FROM products WHERE is_active = 1"),
            customer: id("SELECT MIN(customer_id) FROM customers"),
            namedCustomer: (Int(named[0].int64Value!), named[1].description),
            activeProductName: try! connection.scalar("SELECT name FROM products WHERE product_id = (SELECT MIN(product_id) FROM products WHERE is_active = 1)")!.description)
    }()

    /// Runs `body` with the agents listening; `agentOrigin` overrides where the copilot calls them
    /// (e.g. a closed port), `timeout` is the per-request agent timeout.
    package static func with(expiry: Double = 600, timeout: Double = 2, agentOrigin: String? = nil,
                     _ body: @Sendable (ActionFixture) async throws -> Void) async throws {
        let directory = try TestSupport.temporaryDirectory("actions")
        defer { try? FileManager.default.removeItem(at: directory) }
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)
        var configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: resources)
        configuration.actionExpiry = expiry
        let base = try await CopilotEnvironment.makeServices(configuration)
        let shipped = try XCTUnwrap(base.actions?.registry)
        let store = try XCTUnwrap(base.actions?.store)
        let agents = try ReferenceAgentStore(path: directory.appendingPathComponent("agents.db").path, seedFrom: TestSupport.demoDatabasePath)
        let faults = AgentFaults()
        let server = ReferenceAgentServer(registry: shipped, store: agents, port: 0, faults: faults, environment: [:])
        try await server.application(logger: TestSupport.quietLogger).test(.live) { client in
            let port = try XCTUnwrap(client.port)
            var registry = shipped.rebased(to: agentOrigin ?? "http://127.0.0.1:\(port)")
            for index in registry.agents.indices { registry.agents[index].timeoutSeconds = timeout }
            let client = HTTPAgentClient(settings: .init(maxAttempts: 3, baseDelay: 0.05), breaker: CircuitBreaker(threshold: 3, coolDown: 60),
                                         environment: [:], logger: TestSupport.quietLogger)
            let engine = base.engine
            let actions = ActionService(registry: registry, store: store,
                                        client: client, runner: engine.runner, expiry: expiry, logger: TestSupport.quietLogger)
            try await body(ActionFixture(directory: directory, engine: Self.engine(engine, with: actions), actions: actions, agents: agents, faults: faults,
                                         registry: registry, liveOrigin: "http://127.0.0.1:\(port)"))
        }
    }

    /// The same pipeline as `engine`, composed with other actions (another store, another agent client).
    package static func engine(_ engine: CopilotEngine, with actions: ActionService) -> CopilotEngine {
        CopilotEngine(model: engine.model, offline: engine.offline, planning: engine.planning, runner: engine.runner, store: engine.store,
                      asOf: engine.asOf, asOfSource: engine.asOfSource, knowledge: engine.knowledge, actions: AgentActionDesk(service: actions))
    }

    package func effects() async throws -> Int { try await agents.effectCount() }

    /// Proposes through a chat turn and returns the reply (asserting it is a proposal).
    package func propose(_ message: String, caller: Caller = .local, sessionID: String? = nil,
                 file: StaticString = #filePath, line: UInt = #line) async throws -> ChatReply {
        let reply = try await engine.ask(message, sessionID: sessionID, caller: caller)
        XCTAssertEqual(reply.kind, .actionProposal, reply.text, file: file, line: line)
        XCTAssertEqual(reply.action?.status, "proposed", file: file, line: line)
        return reply
    }
}
