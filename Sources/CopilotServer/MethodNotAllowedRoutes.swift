import Hummingbird

/// 405 with an `Allow` header (and the JSON error body) for a method a known path does not take,
/// rather than the router's 404. The table lists every route the server registers; a test checks
/// it against the OpenAPI document.
struct MethodNotAllowedRoutes: Sendable {
    /// Every path (as registered) and the methods it takes. `HEAD` comes with every `GET`.
    static let routes: [(path: String, methods: [HTTPRequest.Method])] = [
        ("/", [.get]), ("/healthz", [.get]), ("/readyz", [.get]), ("/metrics", [.get]), ("/openapi.yaml", [.get]),
        ("/v1/chat", [.post]), ("/v1/chat/completions", [.post]), ("/v1/models", [.get]), ("/v1/models/:id", [.get]),
        ("/v1/sessions", [.get]), ("/v1/sessions/:id", [.get, .patch, .delete]),
        ("/v1/sql", [.post]), ("/v1/knowledge/search", [.get]),
        ("/v1/actions", [.get]), ("/v1/actions/:id", [.get]), ("/v1/actions/:id/confirm", [.post]), ("/v1/actions/:id/cancel", [.post]),
        ("/mcp", [.get, .post, .delete]),
    ]

    /// Methods a client may send that some path does not take (OPTIONS is CORS preflight, answered
    /// for every path by ``AccessMiddleware``).
    static let candidates: [HTTPRequest.Method] = [.get, .post, .put, .patch, .delete, .trace, .connect, .head]

    func register(on router: Router<CopilotRequestContext>) {
        for (path, methods) in Self.routes {
            var allowed = methods
            if allowed.contains(.get) { allowed.append(.head) }
            allowed.append(.options)
            let header = allowed.map(\.rawValue).joined(separator: ", ")
            for method in Self.candidates where !allowed.contains(method) {
                router.on(RouterPath(path), method: method) { _, _ -> Response in
                    throw APIError(.methodNotAllowed, code: "method_not_allowed",
                                   message: "\(path == "/" ? "The page" : "This path") does not take \(method.rawValue); it takes \(header).",
                                   headers: [.allow: header])
                }
            }
        }
    }
}
