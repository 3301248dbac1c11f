import CopilotCore
import CopilotMCP
import CopilotResources
import CopilotState
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import RetailCopilot

/// The HTTP service around a ``CopilotEngine``.
public struct CopilotServer: Sendable {
    public let services: CopilotServices
    public var engine: CopilotEngine { services.engine }
    public let keys: any APIKeyStorage
    public let configuration: ServerConfiguration
    public let registry: PrometheusCollectorRegistry
    public let resources: ResourceLibrary
    /// The Streamable HTTP sessions of `/mcp`.
    public let mcpSessions: MCPSessionRegistry

    public init(services: CopilotServices, keys: any APIKeyStorage, configuration: ServerConfiguration,
                registry: PrometheusCollectorRegistry, resources: ResourceLibrary = .standard()) {
        self.services = services
        self.keys = keys
        self.configuration = configuration
        self.registry = registry
        self.resources = resources
        mcpSessions = MCPSessionRegistry(mcp: CopilotMCPServer(services: services, library: resources, describeError: APIError.toolFailure),
                                         loopbackOnly: configuration.isLoopback, allowedOrigins: configuration.corsOrigins)
    }

    /// Refuses an unsafe set-up: listening beyond loopback with no API keys.
    public func checkAccess() async throws -> (singleUser: Bool, notice: String) {
        let hasKeys = try await keys.hasActiveKeys()
        if hasKeys { return (false, "API keys required (Authorization: Bearer <key>).") }
        guard configuration.isLoopback else {
            throw AccessError(message: "refusing to listen on \(configuration.host) without API keys: create one with `copilot keys create --name NAME --role admin`, or bind to 127.0.0.1")
        }
        return (true, "No API keys configured: local single-user mode on \(configuration.host) (every request acts as the local admin).")
    }

    /// `singleUser`: the server started keyless (see ``checkAccess()``); keyless mode still ends
    /// the moment a key exists.
    public func router(singleUser: Bool) -> Router<CopilotRequestContext> {
        let router = Router(context: CopilotRequestContext.self, options: .autoGenerateHeadEndpoints)
        let failures = RateLimiter(ratePerSecond: Double(configuration.authFailureLimit) / max(configuration.authFailureWindow, 1),
                                   burst: configuration.authFailureLimit)
        router.add(middleware: AccessMiddleware(keys: keys, keyless: KeylessMode(keys: keys, allowed: singleUser && configuration.isLoopback),
                                                limiter: RateLimiter(ratePerSecond: configuration.rateLimit, burst: configuration.rateBurst),
                                                failures: failures, corsOrigins: configuration.corsOrigins, bodyTimeout: configuration.bodyTimeout,
                                                queue: engine.runner.queue, queriesPerCaller: configuration.queriesPerCaller,
                                                pendingPerCaller: configuration.pendingPerCaller))
        SystemRoutes(engine: engine, registry: registry, resources: resources).register(on: router)
        ChatRoutes(engine: engine).register(on: router)
        SessionRoutes(store: engine.store).register(on: router)
        DataRoutes(runner: engine.runner, knowledge: services.knowledge).register(on: router)
        ActionRoutes(engine: engine, actions: services.actions).register(on: router)
        ChatCompletionRoutes(engine: engine).register(on: router)
        MCPRoutes(sessions: mcpSessions).register(on: router)
        return router
    }

    /// The Hummingbird application (graceful shutdown on SIGINT/SIGTERM when run as a service).
    public func application(singleUser: Bool, logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        let connections = ConnectionRegistry(limit: configuration.maxConnections)
        return Application(
            router: router(singleUser: singleUser),
            // Per connection: a ClientConnectionHandler (a client that leaves cancels its chat turn) and
            // a ConnectionPolicyHandler (the connection cap, `Connection: close`, JSON parse errors).
            server: .http1(configuration: .init(additionalChannelHandlers: [ClientConnectionHandler(), ConnectionPolicyHandler(registry: connections)],
                                                idleTimeout: .nanoseconds(Int64(configuration.idleTimeout * 1e9)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "retail-copilot"),
            services: [RetentionService(policy: configuration.retention, conversations: engine.store, actions: services.actions?.store)],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }
}
