import Foundation

/// A question the offline planner answers with a verified query that runs for minutes on the demo
/// (a count over the cartesian cube of `order_items`), for tests that cancel a turn while its
/// query runs. The shipped model is left untouched: the question lives in a copy.
package enum SlowQuestion {
    package static let question = "count every triple of order lines"
    package static let sql = "SELECT count(*) AS n FROM order_items a, order_items b, order_items c"

    /// Writes the shipped demo model plus the slow verified question to `directory/model.yaml`
    /// and returns its path (for `--model` or `CopilotConfiguration.modelPath`).
    package static func writeModel(in directory: URL) throws -> String {
        let shipped = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("knowledge/semantic/demo.yaml"), encoding: .utf8)
        let entry = "verified_queries:\n  - question: \(question)\n    sql: \(sql)\n"
        guard shipped.contains("\nverified_queries:\n") else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "the demo model has no verified_queries section"])
        }
        let model = shipped.replacingOccurrences(of: "\nverified_queries:\n", with: "\n" + entry)
        let path = directory.appendingPathComponent("model.yaml").path
        try model.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
