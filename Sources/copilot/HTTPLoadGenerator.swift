import AsyncHTTPClient
import CopilotCore
import CopilotEvals
import CopilotSQLite
import Foundation
import NIOCore

/// Concurrent `POST /v1/chat` load on a running copilot over loopback HTTP: a fixed number of
/// connections, each sending the next question as soon as the previous answer arrives, for a fixed
/// time. Reports throughput, client-side latency, errors, and the HTTP overhead per request (client
/// latency minus the SQL execution time the server reports).
public struct HTTPLoadGenerator: Sendable {
    public var baseURL: String
    public var connections: Int
    public var duration: Double
    public var questions: [String]

    public init(baseURL: String, connections: Int, duration: Double, questions: [String]) {
        self.baseURL = baseURL
        self.connections = max(1, connections)
        self.duration = max(0.1, duration)
        self.questions = questions
    }

    public struct Report: Sendable, Codable {
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
            case connections, seconds, requests, errors, failures
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
        let url = baseURL + "/v1/chat"
        let questions = questions.isEmpty ? ["revenue last month"] : questions
        let samples = await withTaskGroup(of: [Sample].self) { group in
            for worker in 0..<connections {
                group.addTask {
                    var samples: [Sample] = []
                    var index = worker * 7
                    while monotonicNanoseconds() < deadline {
                        samples.append(await Self.send(questions[index % questions.count], to: url, client: client))
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
        return Report(connections: connections, seconds: seconds, requests: samples.count, errors: samples.count - succeeded.count,
                      requestsPerSecond: Double(samples.count) / seconds, latencyMS: Benchmark.Stats(succeeded.map(\.latency)),
                      overheadMS: Benchmark.Stats(succeeded.compactMap { sample in sample.execute.map { sample.latency - $0 } }),
                      failures: failures)
    }

    private static func send(_ question: String, to url: String, client: HTTPClient) async -> Sample {
        let start = monotonicNanoseconds()
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        let body = (try? JSONEncoder().encode(["message": question])) ?? Data()
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await client.execute(request, timeout: .seconds(30))
            let bytes = try await response.body.collect(upTo: 8 << 20)
            let latency = Double(monotonicNanoseconds() - start) / 1e6
            guard (200..<300).contains(Int(response.status.code)) else {
                return Sample(latency: latency, execute: nil, failure: "HTTP \(response.status.code)")
            }
            struct Reply: Decodable {
                struct Timings: Decodable { var execute: Double }
                var timings_ms: Timings
            }
            let reply = try? JSONDecoder().decode(Reply.self, from: Data(bytes.readableBytesView))
            return Sample(latency: latency, execute: reply?.timings_ms.execute, failure: nil)
        } catch {
            return Sample(latency: Double(monotonicNanoseconds() - start) / 1e6, execute: nil, failure: String(describing: type(of: error)))
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
