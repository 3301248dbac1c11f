import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import CopilotResources
@testable import CopilotServer
@testable import RetailCopilot

/// A server over the small demo database with its state in `directory`, for the abuse tests.
enum ServerFixture {
    static func make(in directory: URL, slowQuestion: Bool = false, timeLimit: Double = 30, database: String = TestSupport.demoDatabasePath,
                     _ configure: (inout ServerConfiguration) -> Void = { _ in }) async throws -> CopilotServer {
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)
        var configuration = CopilotConfiguration(database: database, dataDirectory: DataDirectory(explicit: directory.path),
                                                 modelPath: slowQuestion ? try SlowQuestion.writeModel(in: directory) : nil,
                                                 resources: resources)
        configuration.queryTimeLimit = timeLimit
        let services = try await CopilotEnvironment.makeServices(configuration)
        var settings = ServerConfiguration()
        settings.port = 0
        settings.rateLimit = 1_000
        settings.rateBurst = 1_000
        configure(&settings)
        return CopilotServer(services: services, keys: try await CopilotEnvironment.keyStore(configuration),
                             configuration: settings, registry: CopilotMetrics.registry, resources: resources)
    }

    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    static func errorCode(_ response: TestResponse) -> String? {
        (json(response)["error"] as? [String: Any])?["code"] as? String
    }

    /// The status code and body of a raw HTTP/1.1 exchange on a fresh connection (the request must
    /// close the connection, e.g. with `Connection: close`).
    static func raw(_ request: String, port: Int) throws -> (status: Int, text: String) {
        let socket = try LoopbackSocket(port: port)
        defer { socket.close() }
        try socket.send(request)
        let text = try XCTUnwrap(socket.readToEnd(), "the server did not close the connection")
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, text)
    }
}
