import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// A web shop's export (statuses with a code prefix, `wc-completed`; a role value that ends in the
/// table's own noun, `wholesale_customer`; a `created_via` channel next to the real dates) and an
/// app's two keys to one table (`branch_id`, `lab_branch_id`): drafted, compiled and run on a real
/// SQLite file. First met on blind store batch 14.
final class WebShopSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func makeDatabase() throws -> (URL, String) {
        try TestSupport.sqliteFixture("web-shop-schema", file: "shop.sqlite", sql: """
                CREATE TABLE customers (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, role TEXT NOT NULL);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT NOT NULL, created_via TEXT NOT NULL,
                    customer_id INTEGER REFERENCES customers(id), date_created TEXT NOT NULL, total REAL NOT NULL);
                CREATE TABLE branch (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE film_order (id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branch(id),
                    lab_branch_id INTEGER NOT NULL REFERENCES branch(id), received_at TEXT NOT NULL);
                INSERT INTO customers VALUES (1, 'Ana', 'Lopez', 'customer'), (2, 'Ben', 'Moss', 'wholesale_customer'),
                    (3, 'Cy', 'North', 'customer');
                INSERT INTO orders VALUES
                    (1, 'wc-completed', 'checkout', 1, '2024-03-01 10:00:00', 40.0),
                    (2, 'wc-cancelled', 'checkout', 1, '2024-03-02 11:00:00', 15.0),
                    (3, 'wc-completed', 'admin', 2, '2024-05-09 09:30:00', 300.0),
                    (4, 'wc-failed', 'checkout', 3, '2024-07-01 18:00:00', 22.0),
                    (5, 'wc-completed', 'checkout', 3, '2025-01-04 12:00:00', 60.0);
                INSERT INTO branch VALUES (1, 'Cork'), (2, 'Dame Street');
                INSERT INTO film_order VALUES (1, 1, 2, '2025-02-01 10:00:00'), (2, 1, 2, '2025-02-03 10:00:00'),
                    (3, 2, 2, '2025-02-04 10:00:00');
                """)
    }

    private func answer(_ question: String, model: SemanticModel, database: SQLiteReportingDatabase) async throws -> [[String]] {
        // The index of values the engine builds from the database, by each field's drafted name.
        try await TestSupport.rows(answering: question, model: model, database: database, asOf: asOf, values: [
            "orders.status": ["wc-completed", "wc-cancelled", "wc-failed"], "customers.role": ["customer", "wholesale_customer"],
            "branch.name": ["Cork", "Dame Street"],
        ])
    }

    func testCodePrefixesAndOwnNounsAreNoPartOfAValuesName() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let status = try XCTUnwrap(model.dimensions.first { $0.expressions == ["orders.status"] })
        XCTAssertEqual(status.valueSynonyms?["wc-completed"]?.contains("completed"), true)
        let role = try XCTUnwrap(model.dimensions.first { $0.expressions == ["customers.role"] })
        XCTAssertEqual(role.valueSynonyms?["wholesale_customer"]?.contains("wholesale"), true)
        let via = try XCTUnwrap(model.dimensions.first { $0.expressions == ["orders.created_via"] })
        XCTAssertNotEqual(via.fieldType, .date, "who or what created an order is no date")
        let kept = try await answer("how many orders in 2024, not counting cancelled or failed ones", model: model, database: database)
        XCTAssertEqual(kept, [["2"]])
    }

    func testTheKeyNamedForItsTableIsThePlainRelationship() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        XCTAssertTrue(model.joins.contains { $0.from == "film_order" && $0.to == "branch" && $0.on == "film_order.branch_id = branch.id" })
        let cork = try await answer("how many film orders did Cork take in 2025", model: model, database: database)
        XCTAssertEqual(cork, [["2"]], "the shop that took the order, not the lab that developed it")
    }
}
