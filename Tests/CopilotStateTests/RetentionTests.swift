import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotResources
@testable import CopilotServer
@testable import CopilotState
@testable import RetailCopilot

final class RetentionTests: XCTestCase {
    func testRetentionDeletesOnlyWhatIsPastItsTimeInSQLite() async throws {
        let directory = try TestSupport.temporaryDirectory("retention")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("state.db").path
        try await StateChecks.verifyRetention(database: StateDatabase.sqlite(path: path))
    }

    func testTheServerServicePrunesAtStartAndStopsWhenCancelled() async throws {
        let directory = try TestSupport.temporaryDirectory("retention-service")
        defer { try? FileManager.default.removeItem(at: directory) }
        let services = try await CopilotEnvironment.makeServices(CopilotConfiguration(
            database: TestSupport.demoDatabasePath, dataDirectory: DataDirectory(explicit: directory.path),
            resources: ResourceLibrary(root: TestSupport.repositoryRoot)))
        let engine = services.engine
        let session = try await engine.store.createSession(owner: "alice", title: "revenue")
        // A zero-day policy makes everything already stored past its time.
        let service = RetentionService(policy: RetentionPolicy(sessionDays: 0, auditDays: 0), conversations: engine.store,
                                       actions: services.actions?.store,
                                       interval: .milliseconds(20), logger: TestSupport.quietLogger)
        let running = Task { try await service.run() }
        var gone = false
        for _ in 0..<200 where !gone {
            try await Task.sleep(for: .milliseconds(10))
            gone = try await engine.store.session(id: session.id) == nil
        }
        XCTAssertTrue(gone, "the service never pruned the session")
        running.cancel()
        try await running.value
    }
}
