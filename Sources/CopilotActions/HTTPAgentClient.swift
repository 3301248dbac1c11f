import AsyncHTTPClient
import CopilotCore
import Foundation
import Logging
import NIOCore

/// Calls agent services over HTTP: one JSON request per attempt with the action's arguments, an
/// `Idempotency-Key` header (the same on every retry), a per-request timeout, retries with
/// exponential backoff only on connection errors, timeouts and 5xx, and a ``CircuitBreaker`` per
/// agent. Auth header values are read from the environment per call and never logged.
public struct HTTPAgentClient: AgentClient {
    public struct Settings: Sendable {
        /// Attempts in all, the first included.
        public var maxAttempts: Int
        /// Delay before the second attempt; doubled for each further one.
        public var baseDelay: Double
        /// Seconds per request when the agent does not set `timeout_seconds`.
        public var defaultTimeout: Double
        public var maxResponseBytes: Int

        public init(maxAttempts: Int = 3, baseDelay: Double = 0.2, defaultTimeout: Double = 5, maxResponseBytes: Int = 256 * 1024) {
            self.maxAttempts = max(1, maxAttempts)
            self.baseDelay = baseDelay
            self.defaultTimeout = defaultTimeout
            self.maxResponseBytes = maxResponseBytes
        }
    }

    public let settings: Settings
    public let breaker: CircuitBreaker
    private let client: HTTPClient
    private let environment: [String: String]
    private let logger: Logger

    /// One client for every agent call: connections fail fast (5 s) and are not retried by the
    /// pool, so the action's own retry policy (same idempotency key) is the only one.
    public static let defaultClient: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(5)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    public init(settings: Settings = Settings(), breaker: CircuitBreaker = CircuitBreaker(), client: HTTPClient = HTTPAgentClient.defaultClient,
                environment: [String: String] = ProcessInfo.processInfo.environment, logger: Logger = Logger(label: "copilot.actions")) {
        self.settings = settings
        self.breaker = breaker
        self.client = client
        self.environment = environment
        self.logger = logger
    }

    public func execute(_ call: AgentCall) async -> AgentOutcome {
        var attempt = 0
        var last = AgentOutcome(result: .unavailable, message: "the agent was not called", attempts: 0)
        var retried: [String] = []
        while attempt < settings.maxAttempts {
            let permit = await breaker.permit(call.agent.name)
            guard permit.allowed else {
                let seconds = Int(permit.retryIn.rounded(.up))
                var open = AgentOutcome(result: .unavailable, status: last.status, body: last.body,
                                        message: "the \(call.agent.name) agent is failing, so calls to it are paused (circuit open); try again in \(seconds) s",
                                        attempts: attempt)
                open.retried = retried
                return open
            }
            if attempt > 0 { retried.append(last.message ?? "failed") }
            attempt += 1
            last = await send(call, attempt: attempt)
            last.retried = retried
            switch last.result {
            case .succeeded, .rejected:
                await breaker.recordSuccess(call.agent.name)  // the service answered: it is up
                return last
            case .unavailable:
                await breaker.recordFailure(call.agent.name)
                logger.warning("agent call failed", metadata: ["agent": .string(call.agent.name), "action": .string(call.action.name),
                                                             "attempt": .stringConvertible(attempt), "status": .string(last.status.map(String.init) ?? "-"),
                                                             "reason": .string(last.message ?? "")])
            }
            guard attempt < settings.maxAttempts else { break }
            let delay = settings.baseDelay * pow(2, Double(attempt - 1)) * Double.random(in: 0.8...1.2)
            do { try await Task.sleep(nanoseconds: UInt64(delay * 1e9)) } catch { break }
        }
        return last
    }

    /// One attempt.
    private func send(_ call: AgentCall, attempt: Int) async -> AgentOutcome {
        var base = call.agent.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        var request = HTTPClientRequest(url: base + (call.action.path.hasPrefix("/") ? call.action.path : "/" + call.action.path))
        request.method = .init(rawValue: call.action.method)
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: call.idempotencyKey)
        if let auth = call.agent.auth, let value = environment[auth.env], !value.isEmpty {
            request.headers.add(name: auth.header, value: value)
        }
        request.body = .bytes(ByteBuffer(string: JSONValue.object(call.arguments).jsonText))
        let timeout = call.agent.timeoutSeconds ?? settings.defaultTimeout
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .nanoseconds(Int64(timeout * 1e9)))
        } catch let error as HTTPClientError where [.deadlineExceeded, .readTimeout].contains(error) {
            return AgentOutcome(result: .unavailable, message: "the \(call.agent.name) agent did not answer within \(ParameterSchema.Property.text(timeout)) s",
                                attempts: attempt)
        } catch {
            return AgentOutcome(result: .unavailable, message: "the \(call.agent.name) agent could not be reached", attempts: attempt)
        }
        let status = Int(response.status.code)
        let body: JSONValue?
        do {
            let buffer = try await response.body.collect(upTo: settings.maxResponseBytes)
            body = JSONValue.parse(String(buffer: buffer))
        } catch {
            // The agent may have acted; the retry with the same key fetches its stored receipt.
            return AgentOutcome(result: .unavailable, status: status, message: "the connection to the \(call.agent.name) agent broke before its answer arrived",
                                attempts: attempt)
        }
        switch status {
        case 200..<300:
            guard let body else {
                return AgentOutcome(result: .unavailable, status: status, message: "the \(call.agent.name) agent's answer was not JSON", attempts: attempt)
            }
            return AgentOutcome(result: .succeeded, status: status, body: body, attempts: attempt)
        case 408, 429, 500...599:
            return AgentOutcome(result: .unavailable, status: status, body: body,
                                message: "the \(call.agent.name) agent answered HTTP \(status)\(Self.reason(body))", attempts: attempt)
        default:
            return AgentOutcome(result: .rejected, status: status, body: body,
                                message: "the \(call.agent.name) agent refused (HTTP \(status))\(Self.reason(body))", attempts: attempt)
        }
    }

    /// ": <the agent's error message>" when its body has one (bounded).
    static func reason(_ body: JSONValue?) -> String {
        guard let message = body?["error"]?["message"]?.stringValue ?? body?["error"]?.stringValue ?? body?["message"]?.stringValue else { return "" }
        return ": " + String(message.prefix(300))
    }
}
