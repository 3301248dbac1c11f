import CopilotCore
import CopilotKnowledge
import CopilotResources
import CopilotSQLite
import CopilotTestSupport
import Foundation
import RetailCopilot
import XCTest

/// The shipped documents answer for the demo database only: on another shop's database the demo's
/// return policy is never cited, unless `--knowledge` names that shop's own documents.
final class KnowledgeIsolationTests: XCTestCase {
    private var directory: URL!
    private let resources = ResourceLibrary(root: TestSupport.repositoryRoot)

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("kb-isolation")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func otherShop() throws -> String {
        let path = directory.appendingPathComponent("other.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE Products (product_id INTEGER PRIMARY KEY, product_name TEXT, price REAL);
                INSERT INTO Products VALUES (1, 'Desk', 120), (2, 'Lamp', 30);
                """)
        }
        return path
    }

    func testAnotherDatabaseHasNoKnowledgeUnlessGivenItsOwn() async throws {
        let data = DataDirectory(explicit: directory.appendingPathComponent("data").path)
        var configuration = CopilotConfiguration(database: try otherShop(), dataDirectory: data, resources: resources)
        let engine = try await CopilotEnvironment.makeEngine(configuration)
        let reply = try await engine.ask("what's our return window?", caller: .local)
        XCTAssertNotEqual(reply.kind, .knowledge, reply.text)
        XCTAssertFalse(reply.citations.contains { $0.source.hasPrefix("knowledge/") }, "\(reply.citations)")
        XCTAssertTrue(try CopilotEnvironment.knowledgeDocuments(configuration, shipped: false).isEmpty)

        // The shop's own folder answers, and only it.
        let own = directory.appendingPathComponent("policies", isDirectory: true)
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try "# Returns\n\nOur return window is 14 days from delivery for unworn items.\n"
            .write(to: own.appendingPathComponent("returns.md"), atomically: true, encoding: .utf8)
        configuration.knowledgeDirectory = own.path
        XCTAssertEqual(Array(try CopilotEnvironment.knowledgeDocuments(configuration, shipped: false).keys), ["policies/returns.md"])
        let withOwn = try await CopilotEnvironment.makeEngine(configuration)
        let answer = try await withOwn.ask("what's our return window?", caller: .local)
        XCTAssertEqual(answer.kind, .knowledge, answer.text)
        XCTAssertEqual(Set(answer.citations.map(\.source)), ["policies/returns.md"])
        XCTAssertTrue(answer.text.contains("14 days"), answer.text)

        configuration.knowledgeDirectory = directory.appendingPathComponent("missing").path
        XCTAssertThrowsError(try CopilotEnvironment.knowledgeDocuments(configuration, shipped: false)) { error in
            XCTAssertEqual((error as? KnowledgeError)?.reason, .folderMissing)
        }
    }

    func testTheDemoDatabaseKeepsTheShippedDocuments() async throws {
        let configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath,
                                                 dataDirectory: DataDirectory(explicit: directory.path), resources: resources)
        let engine = try await CopilotEnvironment.makeEngine(configuration)
        let reply = try await engine.ask("what's our return window?", caller: .local)
        XCTAssertEqual(reply.kind, .knowledge, reply.text)
        XCTAssertTrue(reply.citations.contains { $0.source == "knowledge/returns-and-refunds.md" })
    }
}
