import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// An e-commerce platform's export (money as text, `line_items` under `orders`, refunds with lines
/// of their own) and a hand-rolled dealer table with `DD/MM/YYYY` text dates: drafted, compiled and
/// run on a real SQLite file. First met on blind store batch 18.
final class ShopPlatformSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func makeDatabase() throws -> (URL, String) {
        try TestSupport.sqliteFixture("shop-platform-schema", file: "platform.sqlite", sql: """
                CREATE TABLE locations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL);
                CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, location_id INTEGER REFERENCES locations(id),
                    created_at TEXT NOT NULL, subtotal_price TEXT NOT NULL, total_price TEXT NOT NULL);
                CREATE TABLE line_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
                    product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL, price TEXT NOT NULL);
                CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), created_at TEXT NOT NULL, note TEXT);
                CREATE TABLE refund_line_items (id INTEGER PRIMARY KEY, refund_id INTEGER NOT NULL REFERENCES refunds(id),
                    line_item_id INTEGER NOT NULL REFERENCES line_items(id), quantity INTEGER NOT NULL, subtotal TEXT NOT NULL);
                CREATE TABLE dealers (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
                    joined_dt TEXT NOT NULL, left_dt TEXT);
                INSERT INTO locations VALUES (1, 'Norwich', 'Norwich'), (2, 'Lowestoft', 'Lowestoft');
                INSERT INTO products VALUES (1, 'Carp Rod', '2023-01-05T09:00:00+00:00'), (2, 'Maggots 1 pint', '2023-02-01T09:00:00+00:00');
                INSERT INTO orders VALUES
                    (1, '#1001', 1, '2024-03-02T10:00:00+00:00', '40.00', '45.00'),
                    (2, '#1002', 1, '2024-07-09T11:00:00+01:00', '10.00', '12.50'),
                    (3, '#1003', 2, '2025-01-04T09:30:00+00:00', '20.00', '24.00'),
                    (4, '#1004', 2, '2025-05-06T12:00:00+01:00', '8.00', '9.60'),
                    (5, '#1005', 1, '2025-06-01T12:00:00+01:00', '5.00', '6.00');
                INSERT INTO line_items VALUES (1, 1, 1, 1, '40.00'), (2, 2, 2, 4, '2.50'), (3, 3, 1, 1, '20.00'), (4, 4, 2, 3, '2.67'),
                    (5, 5, 2, 2, '2.50');
                INSERT INTO refunds VALUES (1, 1, '2024-03-20T10:00:00+00:00', 'snapped'), (2, 3, '2025-01-10T10:00:00+00:00', NULL),
                    (3, 4, '2025-05-08T10:00:00+01:00', 'wrong size');
                INSERT INTO refund_line_items VALUES (1, 1, 1, 1, '40.00'), (2, 2, 3, 1, '20.00'), (3, 3, 4, 1, '2.67');
                INSERT INTO dealers VALUES (1, 'Percy', 'Hall', '12/03/2021', NULL), (2, 'Ada', 'Moss', '01/06/2022', '27/06/2025'),
                    (3, 'Tom', 'Reed', '05/09/2020', '14/02/2024'), (4, 'Eve', 'Lund', '20/01/2023', NULL);
                """)
    }

    private func answer(_ question: String, model: SemanticModel, database: SQLiteReportingDatabase) async throws -> [[String]] {
        try await TestSupport.rows(answering: question, model: model, database: database, asOf: asOf, values: ["locations.name": ["Norwich", "Lowestoft"], "locations.city": ["Norwich", "Lowestoft"]])
    }

    func testLineItemsAreTheOrdersLinesAndRefundsMakeNoSales() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        XCTAssertEqual(model.entities.first { $0.table == "orders" }?.details?.table, "line_items")
        let refundCount = model.metrics.first { $0.table == "refunds" && $0.expression == "COUNT(*)" }
        XCTAssertFalse(refundCount?.synonyms.contains("number of sales") ?? false, "refunds are no sales")
        let sales = try await answer("How many sales did the Lowestoft shop ring up in 2025?", model: model, database: database)
        XCTAssertEqual(sales.first?.last, "2")
    }

    func testTakingsBeforeRefundsAreTheOrdersTotal() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let takings = try await answer("What did the Norwich shop take in 2024, before any refunds?", model: model, database: database)
        XCTAssertEqual(takings.first?.last.flatMap(Double.init) ?? 0, 57.5, accuracy: 0.001, "the total price, not the subtotal, nothing taken off")
    }

    func testLeavingIsDatedByTheLeavingDate() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let left = try await answer("Which dealers left us during 2025, and on what date?", model: model, database: database)
        XCTAssertEqual(left.count, 1, "only Ada left in 2025: \(left)")
        XCTAssertTrue(left.first?.contains("2025-06-27") ?? false, "the leaving date shown: \(left)")
    }
}
