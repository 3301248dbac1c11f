import AsyncHTTPClient
import CopilotCore
import CopilotEvals
import Foundation
import NIOCore

/// The round-trip time of MCP `tools/call ask` over Streamable HTTP on a running copilot: one session
/// (`initialize`, `notifications/initialized`), then one call per question, one at a time, each timed
/// from sending the request to receiving its result event. A minimal client on AsyncHTTPClient,
/// because the Swift SDK's client transport does not read event-stream responses on Linux.
struct MCPRoundTrip: Sendable {
    /// The `/mcp` endpoint.
    var url: String
    var questions: [String]

    struct Report: Sendable, Codable {
        var calls: Int
        var errors: Int
        /// Client-side time per `ask` call, milliseconds.
        var roundTripMS: Benchmark.Stats

        enum CodingKeys: String, CodingKey {
            case calls, errors
            case roundTripMS = "round_trip_ms"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func run() async throws -> Report {
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
        do {
            let report = try await measure(client)
            try await client.shutdown()
            return report
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func measure(_ client: HTTPClient) async throws -> Report {
        let initialize: [String: Any] = ["jsonrpc": "2.0", "id": 1, "method": "initialize",
                                         "params": ["protocolVersion": "2025-06-18", "capabilities": [String: Any](),
                                                    "clientInfo": ["name": "copilot-bench", "version": "1"]]]
        let opened = try await send(initialize, session: nil, client: client)
        guard let session = opened.session, opened.message?["result"] != nil else {
            throw Failure(description: "the MCP session did not initialize (HTTP \(opened.status))")
        }
        _ = try await send(["jsonrpc": "2.0", "method": "notifications/initialized"], session: session, client: client)
        var samples: [Double] = []
        var errors = 0
        for (index, question) in questions.enumerated() {
            let call: [String: Any] = ["jsonrpc": "2.0", "id": index + 2, "method": "tools/call",
                                       "params": ["name": "ask", "arguments": ["question": question]]]
            let started = monotonicNanoseconds()
            let answer = try await send(call, session: session, client: client)
            let result = answer.message?["result"] as? [String: Any]
            if result == nil || result?["isError"] as? Bool == true {
                errors += 1
            } else {
                samples.append(Double(monotonicNanoseconds() - started) / 1e6)
            }
        }
        var end = HTTPClientRequest(url: url)
        end.method = .DELETE
        end.headers.add(name: "Mcp-Session-Id", value: session)
        _ = try? await client.execute(end, timeout: .seconds(10))
        return Report(calls: questions.count, errors: errors, roundTripMS: Benchmark.Stats(samples))
    }

    /// POSTs one JSON-RPC message; returns the status, the session id header and the JSON-RPC
    /// response the body carries (the transport answers requests with an event stream).
    private func send(_ message: [String: Any], session: String?,
                      client: HTTPClient) async throws -> (status: Int, session: String?, message: [String: Any]?) {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json, text/event-stream")
        if let session { request.headers.add(name: "Mcp-Session-Id", value: session) }
        request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: message)))
        let response = try await client.execute(request, timeout: .seconds(60))
        let body = String(buffer: try await response.body.collect(upTo: 16 << 20))
        let sessionID = response.headers.first(name: "Mcp-Session-Id")
        let lines = body.hasPrefix("{") ? [body] : body.split(separator: "\n").filter { $0.hasPrefix("data:") }.map { String($0.dropFirst(5)) }
        let reply = lines.lazy.compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }.first { $0["id"] != nil }
        return (Int(response.status.code), sessionID, reply)
    }
}
