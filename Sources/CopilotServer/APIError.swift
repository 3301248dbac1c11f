import CopilotActions
import CopilotCore
import CopilotState
import Foundation
import Hummingbird
import RetailCopilot

/// Every error the API returns, as `{"error": {"code": "...", "message": "..."}}` with the right
/// status. All mapping from internal errors to HTTP happens in ``APIError/init(_:)``.
public struct APIError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    /// Maps any error thrown while handling a request.
    public init(_ error: any Error) {
        switch error {
        case let error as APIError:
            self = error
        case let error as ConversationError:
            self.init(.notFound, code: "not_found", message: error.description)
        case let error as ActionError:
            let status: HTTPResponse.Status = switch error.reason {
            case .notFound: .notFound
            case .forbidden: .forbidden
            case .expired: .gone
            case .conflict: .conflict
            case .unknownAction, .invalidArguments, .precondition: .unprocessableContent
            case .configuration: .internalServerError
            }
            let code = switch error.reason {
            case .notFound: "not_found"
            case .forbidden: "forbidden"
            case .expired: "action_expired"
            case .conflict: "action_conflict"
            default: error.reason.rawValue
            }
            self.init(status, code: code, message: error.message)
        case let error as AccessError:
            self.init(.badRequest, code: "bad_request", message: error.message)
        case let error as QueryQueueError:
            self.init(.tooManyRequests, code: error.code, message: error.userMessage, headers: [.retryAfter: String(error.retryAfter)])
        case let error as SQLGuardError:
            self.init(.unprocessableContent, code: error.reason.rawValue, message: error.message)
        case let error as HTTPError:
            let code: String = switch error.status {
            case .contentTooLarge: "body_too_large"
            case .notFound: "not_found"
            case .methodNotAllowed: "method_not_allowed"
            case .unsupportedMediaType: "unsupported_media_type"
            default: error.status.code < 500 ? "bad_request" : "internal_error"
            }
            self.init(error.status, code: code, message: error.body ?? error.status.reasonPhrase)
        case is DecodingError:
            self.init(.badRequest, code: "invalid_json", message: "The request body is not the JSON this endpoint expects.")
        default:
            self.init(.internalServerError, code: "internal_error", message: "Something went wrong on our side.")
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONResponse.make(ErrorBody(error: .init(code: code, message: message)), status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}

private struct ErrorBody: Encodable {
    struct Detail: Encodable {
        var code: String
        var message: String
    }

    var error: Detail
}

/// JSON responses with one encoder configuration.
enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
