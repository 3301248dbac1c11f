import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest

/// The zero-set-up commands end to end: a multi-database suite with `copilot eval`, and a drafted
/// model written by `model init`, edited, and checked by `model check`.
final class OwnDatabaseCLITests: XCTestCase {
    private func shop(_ path: String, products: [String]) throws {
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name TEXT, product_price REAL);")
            for (index, name) in products.enumerated() {
                try connection.execute("INSERT INTO products VALUES (\(index + 1), '\(name)', \(10 * (index + 1)))")
            }
        }
    }

    func testMultiDatabaseSuiteAndModelCheck() throws {
        let binary = try TestProcess.copilot()
        let directory = try TestSupport.temporaryDirectory("own-db-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        let databases = directory.appendingPathComponent("databases", isDirectory: true)
        try FileManager.default.createDirectory(at: databases, withIntermediateDirectories: true)
        try shop(databases.appendingPathComponent("alpha.sqlite").path, products: ["Desk", "Lamp"])
        try shop(databases.appendingPathComponent("beta.sqlite").path, products: ["Mug", "Plate", "Bowl"])
        let suite = directory.appendingPathComponent("questions.jsonl")
        try """
            {"id": "a-1", "db": "databases/alpha.sqlite", "question": "how many products", "sql": "SELECT count(*) FROM products", "order_matters": false}
            {"id": "b-1", "db": "databases/beta.sqlite", "question": "how many products", "sql": "SELECT count(*) FROM products"}
            """.write(to: suite, atomically: true, encoding: .utf8)
        let environment = ["COPILOT_DATA_DIR": directory.appendingPathComponent("data").path]
        let eval = try TestProcess.run(binary, ["eval", "--suite", suite.path, "--json"], environment: environment)
        XCTAssertEqual(eval.status, 0, eval.output)
        let json = try XCTUnwrap(eval.output.firstIndex(of: "{").map { String(eval.output[$0...]) })
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let perDatabase = try XCTUnwrap(report["databases"] as? [[String: Any]])
        XCTAssertEqual(perDatabase.compactMap { $0["db"] as? String }, ["alpha", "beta"])
        XCTAssertEqual(perDatabase.compactMap { $0["correct"] as? Int }, [1, 1])
        let total = try XCTUnwrap(report["total"] as? [String: Any])
        XCTAssertEqual(total["total"] as? Int, 2)
        let text = try TestProcess.run(binary, ["eval", "--suite", suite.path], environment: environment)
        XCTAssertTrue(text.output.contains("alpha") && text.output.contains("execution accuracy 100.0% (2/2)"), text.output)

        let alpha = databases.appendingPathComponent("alpha.sqlite").path
        let drafted = try TestProcess.run(binary, ["model", "init", "--db", alpha], environment: environment)
        XCTAssertEqual(drafted.status, 0, drafted.output)
        let model = directory.appendingPathComponent("model.yaml")
        try drafted.output.write(to: model, atomically: true, encoding: .utf8)
        let good = try TestProcess.run(binary, ["model", "check", model.path, "--db", alpha], environment: environment)
        XCTAssertEqual(good.status, 0, good.output)
        try drafted.output.replacingOccurrences(of: "products.product_price", with: "products.product_cost")
            .write(to: model, atomically: true, encoding: .utf8)
        let bad = try TestProcess.run(binary, ["model", "check", model.path, "--db", alpha], environment: environment)
        XCTAssertEqual(bad.status, 1, bad.output)
        XCTAssertTrue(bad.output.contains("products has no column product_cost"), bad.output)
    }
}
