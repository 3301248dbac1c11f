import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import CopilotServer

/// Connections cannot be held forever: idle ones are closed, a cap makes room by closing the one
/// idle longest (so `/healthz` still answers), and `Connection: close`, HTTP/1.0 and a 413 end the
/// connection after the response. Raw sockets on loopback.
final class ConnectionTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("connections")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testAnIdleConnectionIsClosedWithinTheTimeout() async throws {
        let server = try await ServerFixture.make(in: directory) { $0.idleTimeout = 1 }
        try await server.application(singleUser: true, logger: TestSupport.quietLogger).test(.live) { client in
            let port = try XCTUnwrap(client.port)
            let silent = try LoopbackSocket(port: port)
            let started = Date()
            XCTAssertEqual(silent.readToEnd(), "", "the server closed the idle connection")
            let waited = Date().timeIntervalSince(started)
            print("idle connection closed after \(String(format: "%.2f", waited)) s (timeout 1 s)")
            XCTAssertLessThan(waited, 5)
            // A slow request head (sent in part, never finished) is closed the same way.
            let slow = try LoopbackSocket(port: port)
            try slow.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n")
            XCTAssertEqual(slow.readToEnd(), "")
        }
    }

    func testTheCapClosesTheOldestIdleConnectionSoProbesStillAnswer() async throws {
        let server = try await ServerFixture.make(in: directory) { $0.maxConnections = 3 }
        try await server.application(singleUser: true, logger: TestSupport.quietLogger).test(.live) { client in
            let port = try XCTUnwrap(client.port)
            var idle: [LoopbackSocket] = []
            for _ in 0..<3 {
                idle.append(try LoopbackSocket(port: port))
                try await Task.sleep(nanoseconds: 50_000_000)
            }
            let probe = try ServerFixture.raw("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", port: port)
            XCTAssertEqual(probe.status, 200, probe.text)
            XCTAssertEqual(idle[0].readToEnd(), "", "the oldest idle connection made room")
        }
    }

    func testConnectionCloseHTTP10And413EndTheConnection() async throws {
        let server = try await ServerFixture.make(in: directory)
        try await server.application(singleUser: true, logger: TestSupport.quietLogger).test(.live) { client in
            let port = try XCTUnwrap(client.port)
            for request in ["GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: Close\r\n\r\n",
                            "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive, close\r\n\r\n",
                            "GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n"] {
                let answer = try ServerFixture.raw(request, port: port)
                XCTAssertEqual(answer.status, 200, request)
            }
            let socket = try LoopbackSocket(port: port)
            let body = String(repeating: "x", count: 70 * 1024)
            try socket.send("POST /v1/sql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200000\r\n\r\n" + body)
            let answer = try XCTUnwrap(socket.readToEnd(), "the connection stayed open after 413")
            XCTAssertTrue(answer.hasPrefix("HTTP/1.1 413"), answer)
            XCTAssertTrue(answer.lowercased().contains("connection: close"), answer)
            XCTAssertTrue(answer.contains(#""code":"body_too_large""#), answer)
        }
    }
}
