import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import CopilotServer

/// What the API accepts, exactly: control characters refused (never cut), bounded titles and ids,
/// short error echoes, paginated turns, strict page sizes and content types, 405 with `Allow`, and
/// JSON bodies for every error — over real HTTP on loopback.
final class InputTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("input")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private static let json: HTTPFields = [.contentType: "application/json"]

    func testControlCharactersTitlesIdsAndEchoes() async throws {
        let server = try await ServerFixture.make(in: directory)
        try await server.application(singleUser: true, logger: TestSupport.quietLogger).test(.live) { client in
            for message in ["revenue\u{0000} last month", "revenue\u{0007}", "revenue\u{007F}", "\u{0085}revenue"] {
                let body = try JSONSerialization.data(withJSONObject: ["message": message])
                try await client.execute(uri: "/v1/chat", method: .post, headers: Self.json, body: ByteBuffer(data: body)) { response in
                    XCTAssertEqual(response.status, .badRequest, message)
                    XCTAssertEqual(ServerFixture.errorCode(response), "control_character")
                }
            }
            let stored = try await server.engine.store.sessions(owner: "local", limit: 10)
            XCTAssertEqual(stored.count, 0, "a refused message stores nothing")

            let turn = try await client.execute(uri: "/v1/chat", method: .post, headers: Self.json,
                                                body: ByteBuffer(string: #"{"message": "revenue last month\tplease"}"#))
            XCTAssertEqual(turn.status, .ok, "tab, line feed and carriage return are text")
            let session = try XCTUnwrap(ServerFixture.json(turn)["session_id"] as? String)

            for (title, status, code) in [("a\u{0000}b", 400, "control_character"), (String(repeating: "t", count: 121), 400, "title_too_long"),
                                          (String(repeating: "t", count: 120), 200, nil)] {
                let body = try JSONSerialization.data(withJSONObject: ["title": title])
                try await client.execute(uri: "/v1/sessions/\(session)", method: .patch, headers: Self.json, body: ByteBuffer(data: body)) { response in
                    XCTAssertEqual(Int(response.status.code), status)
                    if let code { XCTAssertEqual(ServerFixture.errorCode(response), code) }
                }
            }
            let renamed = try await server.engine.store.session(id: session)
            XCTAssertEqual(renamed?.title, String(repeating: "t", count: 120), "stored exactly as sent")

            let hugeID = String(repeating: "x", count: 60_000)
            try await client.execute(uri: "/v1/sessions/\(hugeID)", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertLessThan(response.body.readableBytes, 300, "the error does not echo the id")
            }
            let longID = String(repeating: "y", count: 90)
            try await client.execute(uri: "/v1/sessions/\(longID)", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertFalse(String(buffer: response.body).contains(String(repeating: "y", count: 41)), "at most 40 characters echoed")
            }
        }
    }

    func testTurnsPaginateAndLimitsAreStrict() async throws {
        let server = try await ServerFixture.make(in: directory)
        try await server.application(singleUser: true, logger: TestSupport.quietLogger).test(.live) { client in
            var session: String?
            for message in ["revenue in 2025", "and 2024?", "and 2023?"] {
                var object: [String: String] = ["message": message]
                if let session { object["session_id"] = session }
                let response = try await client.execute(uri: "/v1/chat", method: .post, headers: Self.json,
                                                        body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: object)))
                session = ServerFixture.json(response)["session_id"] as? String
            }
            let id = try XCTUnwrap(session)
            let page = ServerFixture.json(try await client.execute(uri: "/v1/sessions/\(id)?limit=2", method: .get))
            XCTAssertEqual((page["turns"] as? [[String: Any]])?.compactMap { $0["turn"] as? Int }, [2, 3])
            XCTAssertEqual(page["next_before"] as? Int, 2)
            let earlier = ServerFixture.json(try await client.execute(uri: "/v1/sessions/\(id)?limit=2&before=2", method: .get))
            XCTAssertEqual((earlier["turns"] as? [[String: Any]])?.compactMap { $0["turn"] as? Int }, [1])
            XCTAssertNil(earlier["next_before"])
            for query in ["limit=0", "limit=501", "limit=abc", "limit=1.5", "limit="] {
                for path in ["/v1/sessions/\(id)", "/v1/sessions", "/v1/actions"] {
                    try await client.execute(uri: "\(path)?\(query)", method: .get) { response in
                        XCTAssertEqual(response.status, .badRequest, "\(path)?\(query)")
                        XCTAssertEqual(ServerFixture.errorCode(response), "invalid_limit")
                    }
                }
            }
            try await client.execute(uri: "/v1/sessions/\(id)?before=x", method: .get) { XCTAssertEqual($0.status, .badRequest) }
            try await client.execute(uri: "/v1/sessions?limit=500", method: .get) { XCTAssertEqual($0.status, .ok) }
        }
    }

    /// The 405 table names exactly the paths the OpenAPI document describes.
    func testTheMethodTableMatchesTheOpenAPIDocument() throws {
        let document = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        let documented = Set(document.split(separator: "\n").filter { $0.hasPrefix("  /") && $0.hasSuffix(":") }
            .map { String($0.dropFirst(2).dropLast()) })
        let table = Set(MethodNotAllowedRoutes.routes.map { $0.path.replacingOccurrences(of: ":id", with: "{id}") })
        XCTAssertEqual(table, documented)
    }

    func testContentTypesMethodsAndParseErrors() async throws {
        let server = try await ServerFixture.make(in: directory)
        try await server.application(singleUser: true, logger: TestSupport.quietLogger).test(.live) { client in
            for (type, status) in [("application/jsonfoo", 415), ("text/plain", 415), ("application/json; charset=utf-8", 200),
                                   ("Application/JSON", 200)] {
                try await client.execute(uri: "/v1/sql", method: .post, headers: [.contentType: type], body: ByteBuffer(string: #"{"sql": "SELECT 1"}"#)) {
                    XCTAssertEqual(Int($0.status.code), status, type)
                }
            }
            try await client.execute(uri: "/v1/chat", method: .put, headers: Self.json, body: ByteBuffer(string: "{}")) { response in
                XCTAssertEqual(response.status, .methodNotAllowed)
                XCTAssertEqual(response.headers[.allow], "POST, OPTIONS")
                XCTAssertEqual(ServerFixture.errorCode(response), "method_not_allowed")
            }
            try await client.execute(uri: "/v1/sessions/abc", method: .post) { response in
                XCTAssertEqual(response.status, .methodNotAllowed)
                XCTAssertEqual(response.headers[.allow], "GET, PATCH, DELETE, HEAD, OPTIONS")
            }
            try await client.execute(uri: "/healthz", method: .head) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: "/healthz", method: HTTPRequest.Method("QUERY")!) { response in
                XCTAssertEqual(response.status, .methodNotAllowed, "a method the router does not know")
                XCTAssertEqual(response.headers[.allow], "GET, HEAD, OPTIONS")
            }
            try await client.execute(uri: "/v1/sessions", method: .get, headers: [.authorization: "Basic abc"]) { response in
                XCTAssertEqual(response.status, .unauthorized, "a credential that is sent is checked, even keyless")
            }
            try await client.execute(uri: "/nowhere", method: .get) { XCTAssertEqual($0.status, .notFound) }

            let port = try XCTUnwrap(client.port)
            let garbage = try ServerFixture.raw("NOT HTTP AT ALL\r\n\r\n", port: port)
            XCTAssertEqual(garbage.status, 400, garbage.text)
            XCTAssertTrue(garbage.text.contains(#""code":"malformed_request""#), garbage.text)
            XCTAssertTrue(garbage.text.lowercased().contains("content-type: application/json"), garbage.text)
        }
    }
}
