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

    /// Loopback addresses, where a keyless single-user mode is acceptable.
    public var isLoopback: Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}
