import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotActions
@testable import CopilotResources
@testable import CopilotState
@testable import RetailCopilot

/// One state database per process: the composition root hands the same instance — one SQLite
/// queue, one PostgreSQL pool — to conversations, keys and actions, however often it is asked.
final class StateDatabaseSharingTests: XCTestCase {
    func testEveryStoreOfAProcessSharesOneDatabase() async throws {
        let directory = try TestSupport.temporaryDirectory("sharing")
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        let services = try await CopilotEnvironment.makeServices(configuration)
        let conversations = try XCTUnwrap(services.engine.store as? StateConversationStore)
        let actions = try XCTUnwrap(services.actions?.store as? StateActionStore)
        let keyStore = try await CopilotEnvironment.keyStore(configuration)
        let keys = try XCTUnwrap(keyStore as? StateAPIKeyStore)
        let actionStore = try await CopilotEnvironment.actionStore(configuration)
        let laterActions = try XCTUnwrap(actionStore as? StateActionStore)
        XCTAssertTrue(conversations.database === actions.database)
        XCTAssertTrue(conversations.database === keys.database)
        XCTAssertTrue(conversations.database === laterActions.database)
        XCTAssertEqual(conversations.database.displayName, configuration.dataDirectory.stateDatabasePath)

        let other = try TestSupport.temporaryDirectory("sharing-other")
        defer { try? FileManager.default.removeItem(at: other) }
        let elsewhere = try await CopilotEnvironment.stateDatabase(CopilotConfiguration(dataDirectory: DataDirectory(explicit: other.path)))
        XCTAssertFalse(elsewhere === conversations.database, "another location is another database")
    }

    func testConcurrentFirstUsesOpenTheDatabaseOnce() async throws {
        let directory = try TestSupport.temporaryDirectory("sharing-race")
        defer { try? FileManager.default.removeItem(at: directory) }
        let registry = OpenStateDatabases()
        let location = StateLocation.sqlite(path: directory.appendingPathComponent("state.db").path)
        let opened = try await withThrowingTaskGroup(of: StateDatabase.self) { group in
            for _ in 0..<8 { group.addTask { try await registry.database(at: location) } }
            return try await group.reduce(into: [StateDatabase]()) { $0.append($1) }
        }
        XCTAssertEqual(opened.count, 8)
        XCTAssertTrue(opened.allSatisfy { $0 === opened[0] })
    }
}
