import CopilotCore
import Foundation
import MCP

/// The Streamable HTTP sessions of `copilot serve`'s `/mcp`. An `initialize` request opens a session:
/// a ``MCP/Server`` acting for the authenticated caller on the SDK's stateful transport, found again
/// by its `Mcp-Session-Id`. A session belongs to the key that opened it: another key sending its id
/// gets the same 404 as an unknown id, so ids cannot be probed. Idle sessions are closed after
/// ``idleTimeout`` and the oldest is dropped beyond ``maxSessions`` (clients then initialise again,
/// as the specification expects). Framework-neutral: the HTTP server adapts requests to the SDK's
/// ``MCP/HTTPRequest``.
public actor MCPSessionRegistry {
    private struct Session {
        let server: Server
        let transport: StatefulHTTPServerTransport
        let owner: String
        var lastUsed: UInt64
    }

    public nonisolated let mcp: CopilotMCPServer
    /// Seconds without a request after which a session is closed.
    public nonisolated let idleTimeout: Double
    public nonisolated let maxSessions: Int
    private nonisolated let validation: any HTTPRequestValidationPipeline
    private var sessions: [String: Session] = [:]

    /// - Parameters:
    ///   - loopbackOnly: the server listens on loopback only, so `Host` must name loopback (DNS rebinding).
    ///   - allowedOrigins: browser origins allowed besides loopback pages (the server's CORS origins).
    public init(mcp: CopilotMCPServer, loopbackOnly: Bool, allowedOrigins: [String], idleTimeout: Double = 1_800, maxSessions: Int = 256) {
        self.mcp = mcp
        self.idleTimeout = idleTimeout
        self.maxSessions = max(1, maxSessions)
        validation = StandardValidationPipeline(validators: [
            MCPOriginPolicy(loopbackOnly: loopbackOnly, allowedOrigins: allowedOrigins),
            AcceptHeaderValidator(mode: .sseRequired),
            ContentTypeValidator(),
            ProtocolVersionValidator(),
            SessionValidator(),
        ])
    }

    /// Open sessions (for metrics and tests).
    public var count: Int { sessions.count }

    /// Handles one `/mcp` request from an authenticated caller.
    public func handle(_ request: HTTPRequest, caller: Caller) async -> HTTPResponse {
        if let id = request.header(HTTPHeaderName.sessionID) {
            guard var session = sessions[id], session.owner == caller.id else {
                return .error(statusCode: 404, .invalidRequest("Not Found: no such session (it may have expired); initialize again"))
            }
            session.lastUsed = monotonicNanoseconds()
            sessions[id] = session
            let response = await session.transport.handleRequest(request)
            if request.method.uppercased() == "DELETE", response.statusCode == 200 { await close(id) }
            return response
        }
        guard request.method.uppercased() == "POST", let body = request.body, Self.isInitialize(body) else {
            return .error(statusCode: 400, .invalidRequest("Bad Request: send initialize first, then the \(HTTPHeaderName.sessionID) it returns"))
        }
        return await open(request, caller: caller)
    }

    /// Closes every session (the server is shutting down: open streams must end).
    public func closeAll() async {
        for id in Array(sessions.keys) { await close(id) }
    }

    // MARK: Sessions

    private func open(_ request: HTTPRequest, caller: Caller) async -> HTTPResponse {
        await evictIdle()
        let id = RandomID.hex(32)
        let transport = StatefulHTTPServerTransport(sessionIDGenerator: FixedSessionID(id: id), validationPipeline: validation)
        let server = await mcp.makeServer(for: caller)
        do {
            try await server.start(transport: transport)
        } catch {
            await server.stop()
            return .error(statusCode: 500, .internalError("The MCP session could not start."))
        }
        sessions[id] = Session(server: server, transport: transport, owner: caller.id, lastUsed: monotonicNanoseconds())
        let response = await transport.handleRequest(request)
        if case .error = response { await close(id) }
        return response
    }

    private func close(_ id: String) async {
        guard let session = sessions.removeValue(forKey: id) else { return }
        await session.server.stop()  // disconnects the transport, which ends its open streams
    }

    /// Closes sessions idle for longer than the timeout and, at the cap, the least recently used.
    private func evictIdle() async {
        let now = monotonicNanoseconds()
        let limit = UInt64(idleTimeout * 1e9)
        for (id, session) in sessions where now &- session.lastUsed > limit { await close(id) }
        while sessions.count >= maxSessions, let oldest = sessions.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key {
            await close(oldest)
        }
    }

    private static func isInitialize(_ body: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return false }
        return object["method"] as? String == "initialize" && object["id"] != nil
    }

    private struct FixedSessionID: SessionIDGenerator {
        let id: String
        func generateSessionID() -> String { id }
    }
}
