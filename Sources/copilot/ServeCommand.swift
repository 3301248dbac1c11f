import ArgumentParser
import CopilotServer
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

    @Option(name: .customLong("retention-days"), help: "Delete sessions not updated for this many days at start-up.")
    var retentionDays: Int?

    func run() async throws {
        let registry = CopilotMetrics.registry
        let engine = try await engine.makeEngine()
        var settings = ServerConfiguration()
        settings.host = host
        settings.port = port
        settings.rateLimit = rateLimit
        settings.rateBurst = rateBurst
        settings.corsOrigins = corsOrigins
        settings.retentionDays = retentionDays
        let keys = try await CopilotEnvironment.keyStore(self.engine.configuration)
        let server = CopilotServer(engine: engine, keys: keys, configuration: settings, registry: registry)
        let access: (singleUser: Bool, notice: String)
        do {
            access = try await server.checkAccess()
        } catch {
            Console.note("copilot serve: \(error)")
            throw ExitCode(2)
        }
        if let days = retentionDays {
            let pruned = try await engine.store.prune(notUpdatedSince: Date().addingTimeInterval(-Double(days) * 86_400))
            if pruned > 0 { Console.note("Deleted \(pruned) sessions older than \(days) days.") }
        }
        Console.note(access.notice)
        var logger = Logger(label: "copilot.http")
        logger.logLevel = .info
        let app = server.application(singleUser: access.singleUser, logger: logger) { port in
            Console.note("Retail Copilot listening on http://\(host):\(port) (as of \(engine.asOf.iso); Ctrl-C to stop)")
        }
        try await app.runService()
    }
}
