import MCP

/// DNS-rebinding and cross-site protection for `/mcp`, as the MCP specification asks of HTTP
/// servers. On a loopback-only server (where keyless single-user mode may apply) the `Host` must name
/// loopback, so a web page whose name was rebound to 127.0.0.1 cannot reach it. A browser `Origin`,
/// when one is sent, must be a loopback page or one of the server's allowed CORS origins. Programs
/// (the MCP SDKs, IDEs, Claude Desktop's bridges) send no `Origin` and are checked by API key alone.
struct MCPOriginPolicy: HTTPRequestValidator {
    let loopbackOnly: Bool
    let allowedOrigins: [String]

    func validate(_ request: HTTPRequest, context: HTTPValidationContext) -> HTTPResponse? {
        if loopbackOnly, let host = request.header(HTTPHeaderName.host), !Self.isLoopback(hostHeader: host) {
            return .error(statusCode: 421, .invalidRequest("Misdirected Request: this server answers only to a loopback host name"),
                          sessionID: context.sessionID)
        }
        if let origin = request.header(HTTPHeaderName.origin), !allows(origin: origin) {
            return .error(statusCode: 403, .invalidRequest("Forbidden: origin not allowed"), sessionID: context.sessionID)
        }
        return nil
    }

    func allows(origin: String) -> Bool {
        if allowedOrigins.contains("*") || allowedOrigins.contains(origin) { return true }
        for scheme in ["http://", "https://"] where origin.hasPrefix(scheme) {
            return Self.isLoopback(hostHeader: String(origin.dropFirst(scheme.count)))
        }
        return false
    }

    /// `localhost`, `127.x.x.x` or `[::1]`, with or without a port.
    static func isLoopback(hostHeader: String) -> Bool {
        var host = Substring(hostHeader.lowercased())
        if host.hasPrefix("[") {
            host = host.dropFirst().prefix { $0 != "]" }
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        return host == "localhost" || host == "::1" || (host.hasPrefix("127.") && host.split(separator: ".").count == 4
                                                         && host.split(separator: ".").allSatisfy { UInt8($0) != nil })
    }
}
