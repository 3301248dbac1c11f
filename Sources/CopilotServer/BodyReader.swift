import Foundation
import Hummingbird

/// Reads a request body whole, bounded in size (413) and in time (408), so a client cannot hold a
/// handler by sending its body a byte at a time.
enum BodyReader {
    /// 415 unless the body is declared exactly `application/json` (parameters such as
    /// `; charset=utf-8` allowed; `application/jsonfoo` is not JSON).
    static func requireJSON(_ request: Request) throws {
        let mediaType = (request.headers[.contentType] ?? "").split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json" else {
            throw APIError(.unsupportedMediaType, code: "unsupported_media_type", message: "Send the body as application/json.")
        }
    }

    static func collect(_ request: Request, context: CopilotRequestContext) async throws -> ByteBuffer {
        let limit = context.maxUploadSize
        let timeout = context.bodyTimeout
        let body = request.body
        return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                do {
                    return try await body.collect(upTo: limit)
                } catch is CancellationError {
                    throw CancellationError()
                } catch {
                    // The rest of the body is not read: the connection closes after the answer.
                    throw APIError(.contentTooLarge, code: "body_too_large", message: "The request body is larger than \(limit / 1024) KB.",
                                   headers: [.connection: "close"])
                }
            }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(timeout * 1e9))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else {
                throw APIError(.requestTimeout, code: "body_timeout", message: "The request body did not arrive within \(Int(timeout)) s.",
                               headers: [.connection: "close"])
            }
            return buffer
        }
    }
}
