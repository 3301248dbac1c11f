import CopilotCore
import CopilotState
import Foundation
import Hummingbird
import Metrics
import RetailCopilot

/// Authenticates every request (Bearer API key, or the local user while keyless mode lasts), limits
/// failed authentications per client address and requests per caller, counts responses by status,
/// adds CORS headers, and turns every error into the API's JSON error shape.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = CopilotRequestContext

    let keys: any APIKeyStorage
    let keyless: KeylessMode
    let limiter: RateLimiter
    /// Failed authentications per client address.
    let failures: RateLimiter
    let corsOrigins: [String]
    let bodyTimeout: Double
    /// The reporting database's fair queue, and each caller's share of it.
    let queue: QueryQueue?
    let queriesPerCaller: Int
    let pendingPerCaller: Int
    /// Requests that run reporting queries: admitted per caller by the queue (429 past the share).
    static let queuedPaths: Set<String> = ["/v1/chat", "/v1/chat/completions", "/v1/sql", "/mcp"]
    /// Paths anyone may call (probes, the page and its spec).
    static let publicPaths: Set<String> = ["/", "/healthz", "/readyz", "/metrics", "/openapi.yaml", "/favicon.ico"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            if request.method == .options {
                response = Response(status: .noContent)
            } else {
                var context = context
                context.bodyTimeout = bodyTimeout
                context.caller = try await authenticate(request, context: context)
                if let caller = context.caller, let wait = await limiter.take(caller.id) {
                    throw Self.tooMany(wait, code: "rate_limited", message: "Too many requests")
                }
                response = try await handleFairly(request, context: context, next: next)
            }
        } catch let error as HTTPError where error.status == .notFound && request.method != .options {
            // The router found no route: a known path with another method is 405, not 404.
            let apiError = MethodNotAllowedRoutes.error(method: request.method, path: request.uri.path) ?? APIError(error)
            response = try apiError.response(from: request, context: context)
        } catch {
            let apiError = APIError(error)
            if apiError.status.code >= 500 { context.logger.error("request failed", metadata: ["error": "\(error)"]) }
            response = try apiError.response(from: request, context: context)
        }
        Counter(label: "copilot_http_responses_total", dimensions: [("status", String(response.status.code))]).increment()
        if let origin = request.headers[.origin], corsOrigins.contains(origin) || corsOrigins.contains("*") {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlAllowHeaders] = "Authorization, Content-Type, Accept"
            response.headers[.accessControlAllowMethods] = "GET, POST, PATCH, DELETE, OPTIONS"
            response.headers[.vary] = "Origin"
        }
        return response
    }

    /// Runs the request with its reporting queries attributed to the caller; a request that runs
    /// queries first takes a place in the caller's share, held until its response is written — to
    /// the end of the stream for a streamed one (``QueueTicket``).
    private func handleFairly(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let caller = context.caller else { return try await next(request, context) }
        let share = QueryCaller(id: caller.id, maxInFlight: queriesPerCaller, maxPending: pendingPerCaller)
        return try await QueryCaller.$current.withValue(share) {
            guard let queue, request.method == .post, Self.queuedPaths.contains(request.uri.path) else { return try await next(request, context) }
            try await queue.enter(share)
            let ticket = QueueTicket(queue: queue, share: share)
            var response = try await next(request, context)
            if response.body.contentLength == nil {
                let body = response.body
                response.body = ResponseBody { writer in
                    defer { withExtendedLifetime(ticket) {} }
                    try await body.write(writer)
                }
            }
            return response
        }
    }

    private func authenticate(_ request: Request, context: Context) async throws -> Caller? {
        let address = context.channel.remoteAddress?.ipAddress ?? "unknown"
        // A credential that is sent is always checked, even in keyless mode: only `Bearer <key>`.
        if let header = request.headers[.authorization] {
            if let wait = await failures.waitTime(address) {
                throw Self.tooMany(wait, code: "auth_rate_limited", message: "Too many failed authentications from this address")
            }
            let isBearer = header.lowercased().hasPrefix("bearer ")
            let secret = isBearer ? String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces) : ""
            guard isBearer, let caller = try await keys.authenticate(secret) else {
                _ = await failures.take(address)
                throw APIError(.unauthorized, code: "invalid_key", message: "The API key is unknown or revoked.")
            }
            return caller
        }
        if try await keyless.isActive() {
            // DNS rebinding: a page on attacker.example rebound to 127.0.0.1 still sends its own name.
            if let authority = request.head.authority, !LoopbackHost.isLoopbackAuthority(authority) {
                throw APIError(.misdirectedRequest, code: "misdirected_host",
                               message: "Without API keys this server answers only to a loopback host name (localhost, 127.0.0.1, [::1]).")
            }
            return .local
        }
        if Self.publicPaths.contains(request.uri.path) { return nil }
        if let wait = await failures.waitTime(address) {
            throw Self.tooMany(wait, code: "auth_rate_limited", message: "Too many failed authentications from this address")
        }
        _ = await failures.take(address)
        throw APIError(.unauthorized, code: "missing_key", message: "Send an API key as 'Authorization: Bearer <key>'.",
                       headers: [.wwwAuthenticate: "Bearer"])
    }

    private static func tooMany(_ wait: Double, code: String, message: String) -> APIError {
        let seconds = String(max(1, Int(wait.rounded(.up))))
        return APIError(.tooManyRequests, code: code, message: "\(message); retry in \(seconds) s.", headers: [.retryAfter: seconds])
    }
}

extension CopilotRequestContext {
    /// The caller, required to have at least `role`.
    func require(_ role: Role) throws -> Caller {
        guard let caller else {
            throw APIError(.unauthorized, code: "missing_key", message: "Send an API key as 'Authorization: Bearer <key>'.")
        }
        guard caller.may(role) else {
            throw APIError(.forbidden, code: "forbidden", message: "This needs the \(role.rawValue) role; your key has \(caller.role.rawValue).")
        }
        return caller
    }
}
