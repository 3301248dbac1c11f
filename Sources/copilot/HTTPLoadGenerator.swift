import AsyncHTTPClient
import CopilotCore
import CopilotEvals
import CopilotSQLite
import Foundation
import NIOCore

/// Concurrent load on a running copilot over loopback HTTP, on `POST /v1/chat` or the
/// OpenAI-compatible `POST /v1/chat/completions`: a fixed number of connections, each sending the
/// next question as soon as the previous answer arrives, for a fixed time. Reports throughput,
/// client-side latency, errors, and the HTTP overhead per request (client latency minus the SQL
/// execution time the server reports).
public struct HTTPLoadGenerator: Sendable {
    /// The route under load; each request is one new one-question conversation.
    public enum Endpoint: String, Sendable, Codable {
        case chat = "/v1/chat"
        case chatCompletions = "/v1/chat/completions"
    }

    public var baseURL: String
    public var endpoint: Endpoint
    public var connections: Int
    public var duration: Double
    public var questions: [String]

    public init(baseURL: String, endpoint: Endpoint = .chat, connections: Int, duration: Double, questions: [String]) {
        self.baseURL = baseURL
        self.endpoint = endpoint
        self.connections = max(1, connections)
        self.duration = max(0.1, duration)
        self.questions = questions
    }

    public struct Report: Sendable, Codable {
        public var endpoint: Endpoint
        public var connections: Int
        public var seconds: Double
        public var requests: Int
        public var errors: Int
        public var requestsPerSecond: Double
        /// Client-side latency per request, milliseconds.
        public var latencyMS: Benchmark.Stats
        /// Latency minus the server's SQL execution time, milliseconds.
        public var overheadMS: Benchmark.Stats
        /// Non-2xx statuses and transport failures by name, for diagnosis.
        public var failures: [String: Int]

        enum CodingKeys: String, CodingKey {
            case endpoint, connections, seconds, requests, errors, failures
            case requestsPerSecond = "requests_per_second"
            case latencyMS = "latency_ms"
            case overheadMS = "overhead_ms"
        }
    }

    private struct Sample: Sendable {
        var latency: Double
        var execute: Double?
        var failure: String?
    }

    public func run() async throws -> Report {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = connections
        configuration.timeout.read = .seconds(30)
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let started = monotonicNanoseconds()
        let deadline = started + UInt64(duration * 1e9)
        let url = baseURL + endpoint.rawValue
        let endpoint = self.endpoint
        let questions = questions.isEmpty ? ["revenue last month"] : questions
        let samples = await withTaskGroup(of: [Sample].self) { group in
            for worker in 0..<connections {
                group.addTask {
                    var samples: [Sample] = []
                    var index = worker * 7
                    while monotonicNanoseconds() < deadline {
                        samples.append(await Self.send(questions[index % questions.count], to: url, endpoint: endpoint, client: client))
                        index += 1
                    }
                    return samples
                }
            }
            var all: [Sample] = []
            for await part in group { all += part }
            return all
        }
        let seconds = Double(monotonicNanoseconds() - started) / 1e9
        try await client.shutdown()
        let succeeded = samples.filter { $0.failure == nil }
        var failures: [String: Int] = [:]
        for sample in samples { if let failure = sample.failure { failures[failure, default: 0] += 1 } }
        return Report(endpoint: endpoint, connections: connections, seconds: seconds, requests: samples.count, errors: samples.count - succeeded.count,
                      requestsPerSecond: Double(samples.count) / seconds, latencyMS: Benchmark.Stats(succeeded.map(\.latency)),
                      overheadMS: Benchmark.Stats(succeeded.compactMap { sample in sample.execute.map { sample.latency - $0 } }),
                      failures: failures)
    }

    private static func send(_ question: String, to url: String, endpoint: Endpoint, client: HTTPClient) async -> Sample {
        let start = monotonicNanoseconds()
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: body(question, for: endpoint)))
        do {
            let response = try await client.execute(request, timeout: .seconds(30))
            let bytes = try await response.body.collect(upTo: 8 << 20)
            let latency = Double(monotonicNanoseconds() - start) / 1e6
            guard (200..<300).contains(Int(response.status.code)) else {
                return Sample(latency: latency, execute: nil, failure: "HTTP \(response.status.code)")
            }
            return Sample(latency: latency, execute: executeTime(Data(bytes.readableBytesView), endpoint: endpoint), failure: nil)
        } catch {
            return Sample(latency: Double(monotonicNanoseconds() - start) / 1e6, execute: nil, failure: String(describing: type(of: error)))
        }
    }

    /// A one-question request body for `endpoint`.
    static func body(_ question: String, for endpoint: Endpoint) -> Data {
        switch endpoint {
        case .chat:
            return (try? JSONEncoder().encode(["message": question])) ?? Data()
        case .chatCompletions:
            struct Message: Encodable { var role = "user"; var content: String }
            struct Request: Encodable { var model = "retail-copilot"; var messages: [Message] }
            return (try? JSONEncoder().encode(Request(messages: [Message(content: question)]))) ?? Data()
        }
    }

    /// The SQL execution time the server reports in the reply (the full reply sits under `copilot`
    /// in a chat completion).
    static func executeTime(_ body: Data, endpoint: Endpoint) -> Double? {
        struct Reply: Decodable {
            struct Timings: Decodable { var execute: Double }
            var timings_ms: Timings
        }
        struct Completion: Decodable { var copilot: Reply }
        switch endpoint {
        case .chat: return (try? JSONDecoder().decode(Reply.self, from: body))?.timings_ms.execute
        case .chatCompletions: return (try? JSONDecoder().decode(Completion.self, from: body))?.copilot.timings_ms.execute
        }
    }

    /// Resident memory of this process in megabytes (Linux `/proc`), nil elsewhere.
    public static func residentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }
}
