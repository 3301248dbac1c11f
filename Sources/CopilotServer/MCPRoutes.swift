import CopilotCore
import CopilotMCP
import Foundation
import Hummingbird
import MCP
import ServiceLifecycle

/// `/mcp`: the MCP server over Streamable HTTP (GET, POST, DELETE), behind the same API keys, rate
/// limit and roles as every other route. The access middleware has authenticated the caller; the
/// SDK's stateful transport, one per session in ``MCPSessionRegistry``, speaks the protocol.
struct MCPRoutes: Sendable {
    let sessions: MCPSessionRegistry

    func register(on router: Router<CopilotRequestContext>) {
        for method in [HTTPRequest.Method.get, .post, .delete] {
            router.on("/mcp", method: method) { request, context in try await handle(request, context: context) }
        }
    }

    func handle(_ request: Request, context: CopilotRequestContext) async throws -> Response {
        let caller = try context.require(.viewer)
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: context.maxUploadSize)
        } catch {
            throw APIError(.contentTooLarge, code: "body_too_large", message: "The request body is larger than \(context.maxUploadSize / 1024) KB.",
                           headers: [.connection: "close"])
        }
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { $0 + ", " + field.value } ?? field.value
        }
        // HTTP/1's Host header arrives as the authority; the transport's origin check needs it.
        if let authority = request.head.authority { headers["host"] = authority }
        let mcpRequest = MCP.HTTPRequest(method: request.method.rawValue, headers: headers,
                                         body: body.readableBytes > 0 ? Data(buffer: body) : nil, path: request.uri.path)
        return response(await sessions.handle(mcpRequest, caller: caller))
    }

    private func response(_ mcp: MCP.HTTPResponse) -> Response {
        var fields = HTTPFields()
        for (name, value) in mcp.headers {
            if let name = HTTPFields.Element.Name(name) { fields[name] = value }
        }
        let status = HTTPResponse.Status(code: mcp.statusCode)
        switch mcp {
        case .stream(let stream, _):
            let sessions = self.sessions
            return Response(status: status, headers: fields, body: ResponseBody { writer in
                // An open stream would hold up a graceful shutdown for ever: ending the sessions
                // ends their streams, so `copilot serve` stops promptly with MCP clients connected.
                try await withGracefulShutdownHandler {
                    for try await chunk in stream { try await writer.write(ByteBuffer(bytes: chunk)) }
                } onGracefulShutdown: {
                    Task { await sessions.closeAll() }
                }
                try await writer.finish(nil)
            })
        default:
            return Response(status: status, headers: fields, body: mcp.bodyData.map { ResponseBody(byteBuffer: ByteBuffer(bytes: $0)) } ?? .init())
        }
    }
}

extension APIError {
    /// The reason code and message the HTTP API gives for `error`, for MCP tool errors: both channels
    /// say the same thing for the same failure, and the mapping stays in ``APIError/init(_:)``.
    public static let toolFailure: ToolErrorDescriber = { error in
        if let failure = error as? ToolFailure { return failure }
        let apiError = APIError(error)
        return ToolFailure(code: apiError.code, message: apiError.message)
    }
}
