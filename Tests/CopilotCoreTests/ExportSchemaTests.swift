import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// A shop's e-commerce export (money kept as decimal text, timestamps with the shop's UTC offset,
/// cancellation as a date) and a till system's staff with an active flag and a leaving date:
/// drafted, compiled and run on a real SQLite file. First met on blind store batch 13.
final class ExportSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func makeDatabase() throws -> (URL, String) {
        try TestSupport.sqliteFixture("export-schema", file: "records.sqlite", sql: """
                CREATE TABLE locations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
                CREATE TABLE staff (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, location_id INTEGER REFERENCES locations(id),
                    leave_date TEXT);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, location_id INTEGER REFERENCES locations(id), created_at TEXT NOT NULL,
                    cancelled_at TEXT, financial_status TEXT NOT NULL, total_price TEXT NOT NULL);
                INSERT INTO locations VALUES (1, 'Old Port Shop', 'Portland'), (2, 'Hawthorne Shop', 'Portland');
                INSERT INTO staff VALUES (1, 'Ana', 'Lopez', 1, NULL), (2, 'Ben', 'Moss', 1, '2024-05-31'), (3, 'Cy', 'North', 2, NULL),
                    (4, 'Di', 'Owen', 2, NULL), (5, 'Ed', 'Park', 2, '2025-01-31');
                INSERT INTO orders VALUES
                    (1, 1, '2024-12-31T22:30:00-08:00', NULL, 'paid', '19.99'),
                    (2, 1, '2025-01-02T10:00:00-08:00', NULL, 'paid', '100.01'),
                    (3, 2, '2025-03-14T09:00:00-07:00', '2025-03-15T09:00:00-07:00', 'voided', '50.00'),
                    (4, 2, '2025-06-01T12:00:00-07:00', NULL, 'refunded', '30.00'),
                    (5, 1, '2025-07-04T16:45:00-07:00', NULL, 'paid', '12.50');
                """)
    }

    private func answer(_ question: String, model: SemanticModel, database: SQLiteReportingDatabase) async throws -> [[String]] {
        try await TestSupport.rows(answering: question, model: model, database: database, asOf: asOf)
    }

    func testDecimalTextIsMoneyAndOffsetTimesStayOnTheShopsClock() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let total = try XCTUnwrap(model.dimensions.first { $0.name == "total_price" })
        XCTAssertEqual(total.expressions, ["CAST(orders.total_price AS REAL)"], "decimals kept as text are numbers")
        XCTAssertEqual(total.format, .currency)
        let created = try XCTUnwrap(model.dimensions.first { $0.expressions.contains("substr(orders.created_at, 1, 19)") })
        XCTAssertEqual(created.fieldType, .date)
        // Order 1 was placed on 31 December 2024 in Portland (1 January in UTC): it stays in 2024.
        let orders2025 = try await answer("how many orders in 2025", model: model, database: database)
        XCTAssertEqual(orders2025, [["4"]])
        // "cancelled" is the column that says it, not the `voided` status guessed to mean it.
        let kept = try await answer("how many orders in 2025, leaving out cancelled ones", model: model, database: database)
        XCTAssertEqual(kept, [["3"]])
        // "how many sales" counts the orders; their money sums the text amounts.
        let sales = try await answer("how many sales did the Old Port Shop ring up in 2025?", model: model, database: database)
        XCTAssertEqual(sales, [["2"]])
    }

    func testCurrentlyNarrowsToRecordsStillCurrent() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let rows = try await answer("How many staff currently work at each location?", model: model, database: database)
        let byShop = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0.last ?? "") })
        XCTAssertEqual(byShop["Old Port Shop"], "1", "\(rows)")
        XCTAssertEqual(byShop["Hawthorne Shop"], "2", "\(rows)")
    }
}
