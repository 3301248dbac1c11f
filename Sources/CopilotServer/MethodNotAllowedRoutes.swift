import Hummingbird

/// The methods each known path takes, so a method a known path does not take — any method, even
/// one the router has never heard of (`QUERY`) — is answered 405 with an `Allow` header and the
/// JSON error body rather than the router's 404. ``AccessMiddleware`` consults it when the router
/// finds no route. `InputTests` checks the table against the routes.
enum MethodNotAllowedRoutes {
    /// Every path (as registered) and the methods it takes. `HEAD` comes with every `GET`, and
    /// `OPTIONS` (CORS preflight) with every path.
    static let routes: [(path: String, methods: [HTTPRequest.Method])] = [
        ("/", [.get]), ("/healthz", [.get]), ("/readyz", [.get]), ("/metrics", [.get]), ("/openapi.yaml", [.get]),
        ("/v1/chat", [.post]), ("/v1/chat/completions", [.post]), ("/v1/models", [.get]), ("/v1/models/:id", [.get]),
        ("/v1/sessions", [.get]), ("/v1/sessions/:id", [.get, .patch, .delete]),
        ("/v1/sql", [.post]), ("/v1/knowledge/search", [.get]),
        ("/v1/actions", [.get]), ("/v1/actions/:id", [.get]), ("/v1/actions/:id/confirm", [.post]), ("/v1/actions/:id/cancel", [.post]),
        ("/mcp", [.get, .post, .delete]),
    ]

    /// The `Allow` header value for `path`, or nil when no route has that path.
    static func allow(for path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let route = routes.first(where: { route in
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { $0.hasPrefix(":") ? !$1.isEmpty : $0 == $1 }
        }) else { return nil }
        var allowed = route.methods
        if allowed.contains(.get) { allowed.append(.head) }
        allowed.append(.options)
        return allowed.map(\.rawValue).joined(separator: ", ")
    }

    /// The 405 for `method` on `path`, when `path` is a known route.
    static func error(method: HTTPRequest.Method, path: String) -> APIError? {
        guard let allow = allow(for: path) else { return nil }
        return APIError(.methodNotAllowed, code: "method_not_allowed",
                        message: "This path does not take \(InputLimits.echo(method.rawValue)); it takes \(allow).", headers: [.allow: allow])
    }
}
