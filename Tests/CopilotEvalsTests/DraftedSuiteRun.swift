import CopilotTestSupport
import Foundation
@testable import CopilotEvals
@testable import CopilotResources
@testable import RetailCopilot

/// Multi-database suites asked the way a new shop would: each item against its own database with
/// the model the copilot drafts for it, in a data directory of its own. The floor tests share it.
enum DraftedSuiteRun {
    /// The cases of the suite files (paths relative to the repository).
    static func cases(_ suites: [String]) throws -> [QuestionSuite.Case] {
        try suites.flatMap { path in
            let suite = TestSupport.repositoryRoot.appendingPathComponent(path)
            let text = try String(contentsOf: suite, encoding: .utf8)
            return try QuestionSuite(jsonLines: text, base: suite.deletingLastPathComponent()).cases
        }
    }

    /// Runs `cases` with drafted models and prints each database's figures under `label`.
    static func run(_ cases: [QuestionSuite.Case], label: String) async throws -> MultiDatabaseReport {
        let directory = try TestSupport.temporaryDirectory(label)
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = CopilotConfiguration(dataDirectory: DataDirectory(explicit: directory.path),
                                        resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        let report = await MultiDatabaseEval { database in
            var configuration = base
            configuration.database = database
            return try await CopilotEnvironment.makeEngine(configuration)
        }.run(QuestionSuite(cases: cases))
        for summary in report.summaries {
            print(String(format: "%@ %@: EX %.1f%%, wrong %.1f%%, clarified %.1f%% (%d)", label, summary.database, summary.accuracy * 100,
                         summary.wrongRate * 100, summary.clarificationRate * 100, summary.total))
        }
        return report
    }
}
