import ArgumentParser
import CopilotCore
import CopilotServer
import CopilotState
import Foundation
import Hummingbird
import Logging
import RetailCopilot

/// `copilot serve`: the HTTP API and web chat page.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the chat API and web page over HTTP (graceful shutdown on SIGINT/SIGTERM)."
    )

    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: "Address to listen on. Anything but loopback requires API keys.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0 picks a free one and prints it).")
    var port: Int = 8080

    @Option(name: .customLong("rate-limit"), help: "Requests per second allowed per API key.")
    var rateLimit: Double = 20

    @Option(name: .customLong("rate-burst"), help: "Requests an API key may send at once before the rate limit applies.")
    var rateBurst: Int = 40

    @Option(name: .customLong("cors-origin"), help: "An origin allowed to call the API from a browser (repeatable; none by default).")
    var corsOrigins: [String] = []

    @Option(name: .customLong("retention-days"),
            help: "Delete conversations not updated for this many days, at start-up and every 6 hours (0 keeps them forever).")
    var retentionDays: Int = 90

    @Option(name: .customLong("audit-retention-days"),
            help: "Delete action audit entries proposed more than this many days ago (0 keeps them forever).")
    var auditRetentionDays: Int = 730

    @Option(name: .customLong("idle-timeout"),
            help: "Seconds a connection may go without a complete request part (idle keep-alive, or a slow request head) before it is closed.")
    var idleTimeout: Double = 30

    @Option(name: .customLong("body-timeout"), help: "Seconds a request body may take to arrive in full (408 after).")
    var bodyTimeout: Double = 30

    @Option(name: .customLong("max-connections"),
            help: "Open connections at most; past it the connection idle longest is closed to make room.")
    var maxConnections: Int = 1_000

    @Option(name: .customLong("queries-per-caller"), help: "Reporting queries one caller may run at once; more wait their turn.")
    var queriesPerCaller: Int = 2

    @Option(name: .customLong("pending-per-caller"), help: "Query-running requests one caller may have in progress; more get 429.")
    var pendingPerCaller: Int = 8

    @Option(name: .customLong("auth-failures"), help: "Failed authentications per client address per minute before 429.")
    var authFailures: Int = 10

    func validate() throws {
        guard idleTimeout > 0, bodyTimeout > 0 else { throw ValidationError("--idle-timeout and --body-timeout take a number of seconds above 0.") }
        guard maxConnections >= 1, queriesPerCaller >= 1, pendingPerCaller >= 1, authFailures >= 1 else {
            throw ValidationError("--max-connections, --queries-per-caller, --pending-per-caller and --auth-failures take a number, 1 or more.")
        }
        guard retentionDays >= 0, auditRetentionDays >= 0 else {
            throw ValidationError("--retention-days and --audit-retention-days take a number of days, 0 or more (0 keeps forever).")
        }
    }

    func run() async throws {
        let registry = CopilotMetrics.registry
        let services = try await engine.makeServices()
        var settings = ServerConfiguration()
        settings.host = host
        settings.port = port
        settings.rateLimit = rateLimit
        settings.rateBurst = rateBurst
        settings.corsOrigins = corsOrigins
        settings.idleTimeout = idleTimeout
        settings.bodyTimeout = bodyTimeout
        settings.maxConnections = maxConnections
        settings.queriesPerCaller = queriesPerCaller
        settings.pendingPerCaller = pendingPerCaller
        settings.authFailureLimit = authFailures
        settings.retention = RetentionPolicy(sessionDays: retentionDays > 0 ? retentionDays : nil,
                                             auditDays: auditRetentionDays > 0 ? auditRetentionDays : nil)
        let keys = try await CopilotEnvironment.keyStore(self.engine.configuration)
        let server = CopilotServer(services: services, keys: keys, configuration: settings, registry: registry)
        let access: (singleUser: Bool, notice: String)
        do {
            access = try await server.checkAccess()
        } catch {
            Console.note("copilot serve: \(error)")
            throw ExitCode(2)
        }
        Console.note(access.notice)
        var logger = Logger(label: "copilot.http")
        logger.logLevel = .info
        let app = server.application(singleUser: access.singleUser, logger: logger) { port in
            Console.note("Retail Copilot listening on http://\(host):\(port) (as of \(services.engine.asOf.iso); Ctrl-C to stop)")
        }
        try await app.runService()
    }
}
