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

    func validate() throws {
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
