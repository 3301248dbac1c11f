import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotEvals
@testable import CopilotSQLite

final class SafetySuiteTests: XCTestCase {
    func testEveryAttackIsRefusedAndEveryControlRuns() async throws {
        let suite = try SafetySuite(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("evals/safety.jsonl"))
        XCTAssertGreaterThanOrEqual(suite.cases.filter { $0.expect == .blocked }.count, 150)
        XCTAssertGreaterThanOrEqual(Double(suite.cases.filter { $0.expect == .ok }.count), Double(suite.cases.count) * 0.1)

        // Work on a copy so a (hypothetical) write could never affect other tests, and compare
        // checksums of the copy before and after.
        let directory = try TestSupport.temporaryDirectory("safety")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo.db").path
        try FileManager.default.copyItem(atPath: TestSupport.fullDemoDatabasePath, toPath: path)
        let before = try TestSupport.fileFingerprint(path)

        let timeLimit = 1.0
        let database = try SQLiteReportingDatabase(path: path) { $0.timeLimit = timeLimit }
        // The controls must run, however busy the machine: the same copy, with room to finish.
        let roomy = try SQLiteReportingDatabase(path: path) { $0.timeLimit = 30 }
        let report = await suite.run(with: GuardedSQLRunner(database: database, logger: TestSupport.quietLogger),
                                     controls: GuardedSQLRunner(database: roomy, logger: TestSupport.quietLogger))

        for failure in report.failures {
            XCTFail("\(failure.id) expected \(failure.expected), observed \(failure.observed)")
        }
        if let slowest = report.slowestBlocked {
            XCTAssertLessThan(slowest.milliseconds, timeLimit * 1000 + 500, "\(slowest.id) took too long to stop")
            print("safety suite: \(report.attacks) attacks, \(report.controls) controls, slowest refusal \(slowest.id) \(String(format: "%.1f", slowest.milliseconds)) ms")
        }
        XCTAssertEqual(try TestSupport.fileFingerprint(path), before, "the reporting database changed")
    }
}
