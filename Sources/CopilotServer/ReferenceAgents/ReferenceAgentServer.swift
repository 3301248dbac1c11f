import CopilotActions
import CopilotCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import RetailCopilot

/// `copilot agents serve`: demo Order, Inventory, After-sales and Customer-communication agents in
/// one Hummingbird process, one route per registry action (`base_url` path prefix + action path),
/// speaking the agent protocol of docs/agents.md: a JSON body with the arguments, a required
/// `Idempotency-Key` (same key and body → the stored receipt, no second effect; same key, other
/// body → 422), JSON receipts and JSON errors.
public struct ReferenceAgentServer: Sendable {
    public let registry: AgentRegistry
    public let store: ReferenceAgentStore
    public let faults: AgentFaults
    public let host: String
    public let port: Int
    /// Header name → expected value, per agent name (from the registry's `auth.env` variables that are set).
    let credentials: [String: (header: String, value: String)]

    /// `environment` supplies the agents' expected credentials (the registry's `auth.env` variables).
    public init(registry: AgentRegistry, store: ReferenceAgentStore, host: String = "127.0.0.1", port: Int,
                faults: AgentFaults = AgentFaults(), environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.registry = registry
        self.store = store
        self.faults = faults
        self.host = host
        self.port = port
        var credentials: [String: (header: String, value: String)] = [:]
        for agent in registry.agents {
            if let auth = agent.auth, let value = environment[auth.env], !value.isEmpty { credentials[agent.name] = (auth.header, value) }
        }
        self.credentials = credentials
    }

    /// The port of the first agent's base URL (where the shipped registry expects the agents).
    public static func defaultPort(of registry: AgentRegistry) -> Int {
        registry.agents.first.flatMap { URLComponents(string: $0.baseURL)?.port } ?? 8091
    }

    /// `GET /healthz` and one route per registry action the reference agents implement.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.get("/healthz") { _, _ in Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#))) }
        for agent in registry.agents {
            let prefix = URLComponents(string: agent.baseURL)?.path ?? ""
            for action in agent.actions where ReferenceAgentHandlers.supported.contains(action.name) {
                let path = prefix + (action.path.hasPrefix("/") ? action.path : "/" + action.path)
                let method = HTTPRequest.Method(action.method) ?? .post
                router.on(RouterPath(path), method: method) { request, context in
                    try await handle(request, context: context, agent: agent, action: action)
                }
            }
        }
        return router
    }

    /// The Hummingbird application; `onServerRunning` receives the bound port (useful with port 0).
    public func application(logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "copilot-reference-agents"),
                    onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    // MARK: One request

    private func handle(_ request: Request, context: BasicRequestContext, agent: AgentDefinition, action: ActionDefinition) async throws -> Response {
        if let credential = credentials[agent.name], request.headers[values: HTTPField.Name(credential.header)!].first != credential.value {
            return Self.error(401, "unauthorized", "Send the agent key in \(credential.header).")
        }
        guard let key = request.headers[HTTPField.Name("Idempotency-Key")!], !key.isEmpty, key.count <= 128 else {
            return Self.error(400, "missing_idempotency_key", "Every request needs an Idempotency-Key header.")
        }
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        guard case .object(let raw)? = JSONValue.parse(String(buffer: buffer)) else {
            return Self.error(400, "invalid_json", "The body must be a JSON object with the action's arguments.")
        }
        let arguments: [String: JSONValue]
        do {
            arguments = try action.parameters.validate(raw)
        } catch {
            return Self.error(422, "invalid_arguments", error.message)
        }
        let fault = await faults.next()
        if case .delay(let seconds) = fault { try await Task.sleep(nanoseconds: UInt64(seconds * 1e9)) }
        if case .status(let status) = fault { return Self.error(status, "injected_fault", "Injected fault (HTTP \(status)).") }

        try await ReferenceAgentHandlers.seed(action.name, arguments, store: store)
        let hash = Fingerprint.fnv1a(JSONValue.object(arguments).jsonText)
        let name = action.name, agentName = agent.name
        let (stored, replayed) = try await store.perform(key: key, agent: agentName, action: name, bodyHash: hash) { connection in
            try ReferenceAgentHandlers.apply(name, arguments, agent: agentName, key: key, connection: connection)
        }
        if replayed && stored.bodyHash != hash {
            return Self.error(422, "idempotency_key_reused", "This Idempotency-Key was already used with different arguments.")
        }
        if fault == .dropAfterEffect {
            // Announce a body, then fail while writing it: the server closes the connection and the
            // client never sees the receipt, although the effect is stored.
            return Response(status: .ok, headers: [.contentType: "application/json", .contentLength: "512"],
                            body: ResponseBody { _ in throw CancellationError() })
        }
        var response = Self.json(stored.status, stored.body)
        if replayed { response.headers[HTTPField.Name("Idempotent-Replayed")!] = "true" }
        return response
    }

    static func json(_ status: Int, _ body: JSONValue) -> Response {
        Response(status: HTTPResponse.Status(code: status), headers: [.contentType: "application/json"],
                 body: .init(byteBuffer: ByteBuffer(string: body.jsonText)))
    }

    static func error(_ status: Int, _ code: String, _ message: String) -> Response {
        json(status, .object(["error": .object(["code": .string(code), "message": .string(message)])]))
    }
}
