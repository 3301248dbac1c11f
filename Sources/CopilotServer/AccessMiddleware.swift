import CopilotCore
import CopilotState
import Foundation
import Hummingbird
import Metrics
import RetailCopilot

/// Authenticates every request (Bearer API key, or the local user in single-user mode), applies the
/// per-caller rate limit, counts responses by status, adds CORS headers, and turns every error into
/// the API's JSON error shape.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = CopilotRequestContext

    let keys: any APIKeyStorage
    let singleUser: Bool
    let limiter: RateLimiter
    let corsOrigins: [String]
    /// Paths anyone may call (probes, the page and its spec).
    static let publicPaths: Set<String> = ["/", "/healthz", "/readyz", "/metrics", "/openapi.yaml", "/favicon.ico"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            if request.method == .options {
                response = Response(status: .noContent)
            } else {
                var context = context
                context.caller = try await authenticate(request)
                if let caller = context.caller, let wait = await limiter.take(caller.id) {
                    let seconds = String(Int(wait.rounded(.up)))
                    throw APIError(.tooManyRequests, code: "rate_limited", message: "Too many requests; retry in \(seconds) s.",
                                   headers: [.retryAfter: seconds])
                }
                response = try await next(request, context)
            }
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

    private func authenticate(_ request: Request) async throws -> Caller? {
        let header = request.headers[.authorization]
        if let header, header.lowercased().hasPrefix("bearer ") {
            let secret = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            guard let caller = try await keys.authenticate(secret) else {
                throw APIError(.unauthorized, code: "invalid_key", message: "The API key is unknown or revoked.")
            }
            return caller
        }
        if singleUser { return .local }
        if Self.publicPaths.contains(request.uri.path) { return nil }
        throw APIError(.unauthorized, code: "missing_key", message: "Send an API key as 'Authorization: Bearer <key>'.",
                       headers: [.wwwAuthenticate: "Bearer"])
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
