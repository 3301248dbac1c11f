import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
import CopilotState
@testable import CopilotServer

/// Keyless mode that ends when a key appears, loopback decided by resolution, DNS-rebinding
/// protection, and rate-limited failed authentication — over real HTTP on loopback.
final class AccessTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("access")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testKeylessModeEndsTheMomentAKeyExists() async throws {
        let server = try await ServerFixture.make(in: directory)
        let access = try await server.checkAccess()
        XCTAssertTrue(access.singleUser)
        try await server.application(singleUser: true, logger: TestSupport.quietLogger).test(.live) { client in
            try await client.execute(uri: "/v1/sql", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"sql": "SELECT 1"}"#)) { XCTAssertEqual($0.status, .ok) }
            let secret = try await server.keys.create(name: "first", role: .admin).secret
            try await client.execute(uri: "/v1/sql", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"sql": "SELECT 1"}"#)) { response in
                XCTAssertEqual(response.status, .unauthorized, "a keyless request after a key was created")
                XCTAssertEqual(ServerFixture.errorCode(response), "missing_key")
            }
            try await client.execute(uri: "/v1/sessions", method: .get) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: "/v1/sessions", method: .get, headers: [.authorization: "Bearer \(secret)"]) {
                XCTAssertEqual($0.status, .ok)
            }
            // Revoking every key does not reopen keyless mode in this process.
            _ = try await server.keys.revoke("first")
            try await client.execute(uri: "/v1/sessions", method: .get) { XCTAssertEqual($0.status, .unauthorized) }
        }
    }

    func testLoopbackIsDecidedByResolutionNotSpelling() {
        for host in ["127.0.0.1", "127.0.0.2", "localhost", "::1"] {
            XCTAssertTrue(LoopbackHost.bindAddressIsLoopback(host), host)
        }
        for host in ["0.0.0.0", "::", "10.1.2.3", "127.0.0.1.invalid", "localhost.invalid", "8.8.8.8"] {
            XCTAssertFalse(LoopbackHost.bindAddressIsLoopback(host), host)
        }
        for authority in ["localhost", "LOCALHOST:8080", "127.0.0.1", "127.9.8.7:1", "[::1]", "[::1]:8080"] {
            XCTAssertTrue(LoopbackHost.isLoopbackAuthority(authority), authority)
        }
        for authority in ["attacker.example", "127.0.0.1.nip.io", "localhost.attacker.example:80", "127.0.0.1:80x", "[::1]x",
                          "[::2]:80", "127.0.0", "128.0.0.1", "", "127.0.0.1:"] {
            XCTAssertFalse(LoopbackHost.isLoopbackAuthority(authority), authority)
        }
    }

    func testRefusesToStartKeylessOnANameThatOnlyLooksLikeLoopback() async throws {
        let server = try await ServerFixture.make(in: directory) { $0.host = "127.0.0.1.invalid" }
        do {
            _ = try await server.checkAccess()
            XCTFail("started keyless on 127.0.0.1.invalid")
        } catch is AccessError {}
    }

    func testKeylessModeRefusesAForeignHost() async throws {
        let server = try await ServerFixture.make(in: directory)
        try await server.application(singleUser: true, logger: TestSupport.quietLogger).test(.live) { client in
            let port = try XCTUnwrap(client.port)
            let foreign = try ServerFixture.raw("GET /v1/sessions HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n", port: port)
            XCTAssertEqual(foreign.status, 421, foreign.text)
            XCTAssertTrue(foreign.text.contains(#""code":"misdirected_host""#), foreign.text)
            let rebound = try ServerFixture.raw("GET /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1.nip.io:\(port)\r\nConnection: close\r\n\r\n", port: port)
            XCTAssertEqual(rebound.status, 421, rebound.text)
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] {
                let local = try ServerFixture.raw("GET /v1/sessions HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n", port: port)
                XCTAssertEqual(local.status, 200, host)
            }
        }
    }

    func testFailedAuthenticationIsRateLimitedPerAddress() async throws {
        let server = try await ServerFixture.make(in: directory) { settings in
            settings.authFailureLimit = 3
            settings.authFailureWindow = 600
        }
        let secret = try await server.keys.create(name: "owner", role: .viewer).secret
        try await server.application(singleUser: false, logger: TestSupport.quietLogger).test(.live) { client in
            for _ in 0..<3 {
                try await client.execute(uri: "/v1/sessions", method: .get, headers: [.authorization: "Bearer rck_guess"]) {
                    XCTAssertEqual($0.status, .unauthorized)
                }
            }
            for headers: HTTPFields in [[.authorization: "Bearer rck_guess"], [:], [.authorization: "Bearer \(secret)"]] {
                try await client.execute(uri: "/v1/sessions", method: .get, headers: headers) { response in
                    XCTAssertEqual(response.status, .tooManyRequests)
                    XCTAssertEqual(ServerFixture.errorCode(response), "auth_rate_limited")
                    XCTAssertNotNil(response.headers[.retryAfter])
                }
            }
            try await client.execute(uri: "/healthz", method: .get) { XCTAssertEqual($0.status, .ok, "probes stay open") }
        }
    }
}
