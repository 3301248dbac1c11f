import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import XCTest
@testable import CopilotResources
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

/// Every route, auth rule, rate limit and error case, over real loopback HTTP.
final class HTTPTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("http")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func makeServer(rateLimit: Double = 100, burst: Int = 100) async throws -> CopilotServer {
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)
        let configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: resources)
        let services = try await CopilotEnvironment.makeServices(configuration)
        var settings = ServerConfiguration()
        settings.port = 0
        settings.rateLimit = rateLimit
        settings.rateBurst = burst
        settings.corsOrigins = ["https://shop.example"]
        return CopilotServer(services: services, keys: try await CopilotEnvironment.keyStore(configuration),
                             configuration: settings, registry: CopilotMetrics.registry, resources: resources)
    }

    private static func json(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    private static func decode(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    private static let jsonHeaders: HTTPFields = [.contentType: "application/json"]

    private static func headers(_ key: String? = nil, accept: String? = nil) -> HTTPFields {
        var fields = Self.jsonHeaders
        if let key { fields[.authorization] = "Bearer \(key)" }
        if let accept { fields[.accept] = accept }
        return fields
    }

    func testLocalSingleUserChatSessionsAndErrors() async throws {
        let server = try await makeServer()
        let access = try await server.checkAccess()
        XCTAssertTrue(access.singleUser)
        let app = server.application(singleUser: true, logger: Logger(label: "test"))
        try await app.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: "/readyz", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Self.decode(response)["reporting_db"] as? String, "ok")
            }
            // A turn, then a follow-up in the same session.
            let first = try await client.execute(uri: "/v1/chat", method: .post, headers: Self.headers(),
                                                 body: Self.json(["message": "revenue in 2025"]))
            XCTAssertEqual(first.status, .ok)
            let reply = Self.decode(first)
            XCTAssertEqual(reply["kind"] as? String, "answer")
            let session = try XCTUnwrap(reply["session_id"] as? String)
            let second = try await client.execute(uri: "/v1/chat", method: .post, headers: Self.headers(),
                                                  body: Self.json(["message": "and last year?", "session_id": session]))
            XCTAssertEqual(Self.decode(second)["turn"] as? Int, 2)
            XCTAssertTrue((Self.decode(second)["text"] as? String ?? "").contains("2024"))

            try await client.execute(uri: "/v1/sessions", method: .get) { response in
                let sessions = Self.decode(response)["sessions"] as? [[String: Any]] ?? []
                XCTAssertEqual(sessions.first?["id"] as? String, session)
            }
            try await client.execute(uri: "/v1/sessions/\(session)", method: .get) { response in
                XCTAssertEqual((Self.decode(response)["turns"] as? [Any])?.count, 2)
            }
            try await client.execute(uri: "/v1/sessions/\(session)", method: .patch, headers: Self.headers(),
                                     body: Self.json(["title": "Revenue review"])) { response in
                XCTAssertEqual(Self.decode(response)["title"] as? String, "Revenue review")
            }

            // Errors are JSON with a code, and 4xx. (An oversized body also closes the connection:
            // ConnectionTests covers it on a connection of its own.)
            let cases: [(String, HTTPRequest.Method, HTTPFields, ByteBuffer?, HTTPResponse.Status, String)] = [
                ("/v1/chat", .post, Self.headers(), ByteBuffer(string: "{not json"), .badRequest, "invalid_json"),
                ("/v1/chat", .post, [.contentType: "text/plain"], ByteBuffer(string: "hi"), .unsupportedMediaType, "unsupported_media_type"),
                ("/v1/chat", .post, Self.headers(), Self.json(["message": "  "]), .badRequest, "empty_message"),
                ("/v1/chat", .post, Self.headers(), Self.json(["message": "hi", "session_id": "missing"]), .notFound, "not_found"),
                ("/v1/sessions/missing", .get, [:], nil, .notFound, "not_found"),
                ("/v1/knowledge/search", .get, [:], nil, .badRequest, "missing_query"),
                // Blank as the OpenAPI patterns read `\s`: line breaks and U+FEFF are blank too.
                ("/v1/knowledge/search?q=%0D", .get, [:], nil, .badRequest, "missing_query"),
                ("/v1/chat", .post, Self.headers(), Self.json(["message": "\r\n\u{FEFF}"]), .badRequest, "empty_message"),
                ("/v1/nothing", .get, [:], nil, .notFound, "not_found"),
            ]
            for (uri, method, headers, body, status, code) in cases {
                let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
                XCTAssertEqual(response.status, status, "\(method) \(uri)")
                XCTAssertEqual((Self.decode(response)["error"] as? [String: Any])?["code"] as? String, code, "\(method) \(uri)")
            }

            // Guarded SQL: ran, refused (422 with the reason), nothing changed.
            try await client.execute(uri: "/v1/sql", method: .post, headers: Self.headers(),
                                     body: Self.json(["sql": "SELECT count(*) AS n FROM orders"])) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Self.decode(response)["ok"] as? Bool, true)
            }
            try await client.execute(uri: "/v1/sql", method: .post, headers: Self.headers(),
                                     body: Self.json(["sql": "DROP TABLE orders"])) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertEqual((Self.decode(response)["error"] as? [String: Any])?["reason"] as? String, "write_not_allowed")
            }
            try await client.execute(uri: "/v1/knowledge/search?q=return%20window", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertFalse((Self.decode(response)["results"] as? [Any] ?? []).isEmpty)
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                XCTAssertTrue(text.contains("copilot_turns_total"), "turn counter exported")
                XCTAssertTrue(text.contains("copilot_http_responses_total"))
                XCTAssertTrue(text.contains("copilot_guard_refusals_total"))
            }
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(String(buffer: response.body).contains("openapi: 3.1"))
            }
            try await client.execute(uri: "/v1/sessions/\(session)", method: .delete) { XCTAssertEqual($0.status, .noContent) }
            try await client.execute(uri: "/v1/sessions/\(session)", method: .get) { XCTAssertEqual($0.status, .notFound) }
        }
    }

    func testServerSentEventsStreamTheTurn() async throws {
        let server = try await makeServer()
        let app = server.application(singleUser: true, logger: Logger(label: "test"))
        try await app.test(.live) { client in
            let response = try await client.execute(uri: "/v1/chat", method: .post, headers: Self.headers(accept: "text/event-stream"),
                                                    body: Self.json(["message": "orders by channel in 2024"]))
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/event-stream")
            let events = String(buffer: response.body).components(separatedBy: "\n").filter { $0.hasPrefix("event: ") }.map { String($0.dropFirst(7)) }
            XCTAssertEqual(events, ["plan", "sql", "result", "text", "done"])
            XCTAssertTrue(String(buffer: response.body).contains("\"kind\":\"answer\""))
        }
    }

    func testKeysRolesOwnershipRevocationAndRateLimits() async throws {
        let server = try await makeServer(rateLimit: 0.5, burst: 3)
        let viewer = try await server.keys.create(name: "viewer", role: .viewer).secret
        let analyst = try await server.keys.create(name: "analyst", role: .analyst).secret
        let other = try await server.keys.create(name: "other", role: .viewer).secret
        let admin = try await server.keys.create(name: "admin", role: .admin).secret
        let access = try await server.checkAccess()
        XCTAssertFalse(access.singleUser, "with keys, every request needs one")
        let app = server.application(singleUser: false, logger: Logger(label: "test"))
        try await app.test(.live) { client in
            try await client.execute(uri: "/v1/sessions", method: .get) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: "/v1/sessions", method: .get, headers: Self.headers("rck_wrong")) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: "/healthz", method: .get) { XCTAssertEqual($0.status, .ok, "probes stay public") }

            let chat = try await client.execute(uri: "/v1/chat", method: .post, headers: Self.headers(viewer),
                                                body: Self.json(["message": "orders in 2024"]))
            XCTAssertEqual(chat.status, .ok)
            let session = try XCTUnwrap(Self.decode(chat)["session_id"] as? String)
            // Viewers cannot run SQL; analysts can.
            try await client.execute(uri: "/v1/sql", method: .post, headers: Self.headers(viewer), body: Self.json(["sql": "SELECT 1"])) {
                XCTAssertEqual($0.status, .forbidden)
            }
            try await client.execute(uri: "/v1/sql", method: .post, headers: Self.headers(analyst), body: Self.json(["sql": "SELECT 1"])) {
                XCTAssertEqual($0.status, .ok)
            }
            // Another user's session does not exist for them; an admin sees it.
            try await client.execute(uri: "/v1/sessions/\(session)", method: .get, headers: Self.headers(other)) { XCTAssertEqual($0.status, .notFound) }
            try await client.execute(uri: "/v1/chat", method: .post, headers: Self.headers(other),
                                     body: Self.json(["message": "and 2023?", "session_id": session])) { XCTAssertEqual($0.status, .notFound) }
            try await client.execute(uri: "/v1/sessions/\(session)", method: .get, headers: Self.headers(admin)) { XCTAssertEqual($0.status, .ok) }

            // The viewer has used 3 of 3 tokens (chat, sql, nothing else): the next request is limited.
            let limited = try await client.execute(uri: "/v1/sessions", method: .get, headers: Self.headers(viewer))
            let second = try await client.execute(uri: "/v1/sessions", method: .get, headers: Self.headers(viewer))
            XCTAssertTrue([limited.status, second.status].contains(.tooManyRequests))
            let tooMany = limited.status == .tooManyRequests ? limited : second
            XCTAssertNotNil(tooMany.headers[.retryAfter])
            XCTAssertEqual((Self.decode(tooMany)["error"] as? [String: Any])?["code"] as? String, "rate_limited")

            // Revocation is immediate.
            _ = try await server.keys.revoke("analyst")
            try await client.execute(uri: "/v1/sql", method: .post, headers: Self.headers(analyst), body: Self.json(["sql": "SELECT 1"])) {
                XCTAssertEqual($0.status, .unauthorized)
            }
            // CORS only for configured origins.
            var cors = Self.headers(admin)
            cors[.origin] = "https://shop.example"
            try await client.execute(uri: "/healthz", method: .get, headers: cors) {
                XCTAssertEqual($0.headers[.accessControlAllowOrigin], "https://shop.example")
            }
            cors[.origin] = "https://evil.example"
            try await client.execute(uri: "/healthz", method: .get, headers: cors) { XCTAssertNil($0.headers[.accessControlAllowOrigin]) }
        }
    }

    func testRefusesToListenPubliclyWithoutKeys() async throws {
        let server = try await makeServer()
        var settings = server.configuration
        settings.host = "0.0.0.0"
        let exposed = CopilotServer(services: server.services, keys: server.keys, configuration: settings, registry: server.registry)
        do {
            _ = try await exposed.checkAccess()
            XCTFail("started on 0.0.0.0 without keys")
        } catch is AccessError {}
    }
}
