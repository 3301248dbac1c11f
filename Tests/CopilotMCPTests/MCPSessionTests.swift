import AsyncHTTPClient
import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import XCTest
@testable import CopilotMCP
@testable import CopilotServer
@testable import CopilotState

/// `/mcp` at the HTTP level, over real loopback connections: sessions belong to the key that
/// opened them, requests need a session, DNS-rebinding protection, and a graceful shutdown that an
/// open event stream cannot hold up.
final class MCPSessionTests: XCTestCase {
    private static let initialize = #"""
        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}
        """#
    private static let listTools = #"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#

    /// A POST with `body`, or the GET that opens the session's standalone event stream.
    private static func request(_ url: String, stream: Bool = false, key: String, session: String? = nil, body: String? = nil,
                         host: String? = nil) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.method = stream ? .GET : .POST
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.headers.add(name: "Accept", value: stream ? "text/event-stream" : "application/json, text/event-stream")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        if let session { request.headers.add(name: "Mcp-Session-Id", value: session) }
        if let host { request.headers.replaceOrAdd(name: "Host", value: host) }
        return request
    }

    func testSessionsBelongToTheirKeyAndShutdownEndsOpenStreams() async throws {
        let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
        do {
            // A watchdog: a shutdown held up by the open stream fails the test instead of hanging it
            // (cancelling the server's task ends the stream).
            let finished = try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask { try await Self.sessionsAndShutdown(http); return true }
                group.addTask { try await Task.sleep(nanoseconds: 60_000_000_000); return false }
                let first = try await group.next() ?? false
                group.cancelAll()
                return first
            }
            XCTAssertTrue(finished, "the server did not shut down while an MCP event stream was open")
            try await http.shutdown()
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    private static func sessionsAndShutdown(_ http: HTTPClient) async throws {
        try await LiveAgents.with { agents in
            let server = try await agents.copilotServer()
            let alice = try await server.keys.create(name: "alice", role: .viewer).secret
            let bob = try await server.keys.create(name: "bob", role: .admin).secret
            let streaming = try await server.application(singleUser: false, logger: TestSupport.quietLogger).test(.live) { client in
                let url = "http://127.0.0.1:\(try XCTUnwrap(client.port))/mcp"
                let opened = try await http.execute(Self.request(url, key: alice, body: Self.initialize), timeout: .seconds(30))
                XCTAssertEqual(opened.status, .ok)
                let session = try XCTUnwrap(opened.headers.first(name: "Mcp-Session-Id"))
                let greeting = String(buffer: try await opened.body.collect(upTo: 1 << 20))
                XCTAssertTrue(greeting.contains("retail-copilot"), greeting)

                // Another key, even an admin's, cannot use the session: the same 404 as an unknown id.
                let foreign = try await http.execute(Self.request(url, key: bob, session: session, body: Self.listTools), timeout: .seconds(30))
                XCTAssertEqual(foreign.status, .notFound)
                let own = try await http.execute(Self.request(url, key: alice, session: session, body: Self.listTools), timeout: .seconds(30))
                XCTAssertEqual(own.status, .ok)
                let tools = String(buffer: try await own.body.collect(upTo: 1 << 20))
                XCTAssertTrue(tools.contains("confirm_action"), tools)
                let sessionless = try await http.execute(Self.request(url, key: alice, body: Self.listTools), timeout: .seconds(30))
                XCTAssertEqual(sessionless.status, .badRequest)
                // A page whose name was rebound to 127.0.0.1 (DNS rebinding) is refused.
                let rebound = try await http.execute(Self.request(url, key: alice, body: Self.initialize, host: "shop.attacker.example"),
                                                     timeout: .seconds(30))
                XCTAssertEqual(rebound.status.code, 421)

                // A standalone event stream stays open until the server shuts down.
                let stream = try await http.execute(Self.request(url, stream: true, key: alice, session: session), timeout: .seconds(60))
                XCTAssertEqual(stream.status, .ok)
                let sessions = await server.mcpSessions.count
                XCTAssertEqual(sessions, 1)
                return Task {
                    var received = 0
                    for try await chunk in stream.body { received += chunk.readableBytes }
                    return received
                }
            }
            // Leaving `test(.live)` shut the server down gracefully: the stream ended instead of holding it up.
            let received = try await streaming.value
            XCTAssertGreaterThan(received, 0, "the priming event arrived before the stream ended")
            let open = await server.mcpSessions.count
            XCTAssertEqual(open, 0)
        }
    }

    func testOriginPolicy() {
        XCTAssertTrue(MCPOriginPolicy.isLoopback(hostHeader: "127.0.0.1:8080"))
        XCTAssertTrue(MCPOriginPolicy.isLoopback(hostHeader: "localhost"))
        XCTAssertTrue(MCPOriginPolicy.isLoopback(hostHeader: "[::1]:8080"))
        XCTAssertFalse(MCPOriginPolicy.isLoopback(hostHeader: "127.0.0.1.attacker.example"))
        XCTAssertFalse(MCPOriginPolicy.isLoopback(hostHeader: "localhost.attacker.example:8080"))
        let policy = MCPOriginPolicy(loopbackOnly: false, allowedOrigins: ["https://shop.example"])
        XCTAssertTrue(policy.allows(origin: "https://shop.example"))
        XCTAssertTrue(policy.allows(origin: "http://localhost:6274"))
        XCTAssertFalse(policy.allows(origin: "https://attacker.example"))
        XCTAssertFalse(policy.allows(origin: "null"))
    }
}
