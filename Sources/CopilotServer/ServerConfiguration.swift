import CopilotCore
import CopilotState
import RetailCopilot

/// How `copilot serve` listens and protects itself.
public struct ServerConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Requests per second per caller, and how many may burst at once.
    public var rateLimit: Double = 20
    public var rateBurst: Int = 40
    /// Origins allowed to call the API from a browser (none by default).
    public var corsOrigins: [String] = []
    /// What the state database keeps, applied at start-up and every few hours while serving.
    public var retention = RetentionPolicy()

    public init() {}

    /// Reporting queries one caller may run at once (more wait, served round-robin across callers).
    public var queriesPerCaller: Int = 2
    /// Requests running queries one caller may have in progress at once; one more gets 429.
    public var pendingPerCaller: Int = 8
    /// Seconds a connection may stay without a complete request part: idle between keep-alive
    /// requests, and sending a request head (counted from the last complete part). Then it is closed.
    public var idleTimeout: Double = 30
    /// Seconds a request body may take to arrive in full (408 after).
    public var bodyTimeout: Double = 30
    /// Open connections at most; past it the one idle longest is closed (see `ConnectionRegistry`).
    public var maxConnections: Int = 1_000
    /// Failed authentications allowed per client address before it gets 429 (refilled over
    /// ``authFailureWindow`` seconds).
    public var authFailureLimit: Int = 10
    public var authFailureWindow: Double = 60

    /// Whether the bind address is loopback, decided from what `host` resolves to (every address
    /// must be 127.0.0.0/8 or ::1), never from its spelling. Only there is keyless mode acceptable.
    public var isLoopback: Bool { LoopbackHost.bindAddressIsLoopback(host) }
}
