import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// A point-of-sale platform's export (money as whole pence in `…_money` columns, an email on
/// customers and on staff, refunds as their own rows): drafted, compiled and run on a real SQLite
/// file. First met on blind store batch 15.
final class PointOfSaleSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func makeDatabase() throws -> (URL, String) {
        try TestSupport.sqliteFixture("point-of-sale-schema", file: "pos.sqlite", sql: """
                CREATE TABLE locations (id TEXT PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE team_members (id TEXT PRIMARY KEY, given_name TEXT NOT NULL, family_name TEXT NOT NULL,
                    email_address TEXT NOT NULL);
                CREATE TABLE customers (id TEXT PRIMARY KEY, given_name TEXT, family_name TEXT, company_name TEXT,
                    email_address TEXT, locality TEXT, county TEXT);
                CREATE TABLE orders (id TEXT PRIMARY KEY, location_id TEXT NOT NULL REFERENCES locations(id),
                    customer_id TEXT REFERENCES customers(id), team_member_id TEXT NOT NULL REFERENCES team_members(id),
                    state TEXT NOT NULL, total_money INTEGER NOT NULL, total_tax_money INTEGER NOT NULL, created_at TEXT NOT NULL);
                CREATE TABLE refunds (id TEXT PRIMARY KEY, order_id TEXT NOT NULL REFERENCES orders(id),
                    amount_money INTEGER NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL);
                INSERT INTO locations VALUES ('L1', 'Ludlow'), ('L2', 'Hereford');
                INSERT INTO team_members VALUES ('T1', 'Owain', 'Price', 'owain@shop.example'), ('T2', 'Zoe', 'Hart', 'zoe@shop.example');
                INSERT INTO customers VALUES ('C1', 'Olivia', 'Davies', 'Wye Valley Cookery School', 'olivia@school.example', 'Newport', 'Shropshire'),
                    ('C2', 'Sam', 'Lee', NULL, 'sam@mail.example', 'Newport', 'Gwent');
                INSERT INTO orders VALUES
                    ('O1', 'L1', 'C1', 'T1', 'COMPLETED', 4700, 783, '2025-03-01T10:00:00.000Z'),
                    ('O2', 'L1', 'C2', 'T1', 'COMPLETED', 1250, 208, '2025-03-02T11:00:00.000Z'),
                    ('O3', 'L2', NULL, 'T2', 'COMPLETED', 9900, 1650, '2025-04-09T09:30:00.000Z'),
                    ('O4', 'L2', 'C1', 'T2', 'COMPLETED', 500, 83, '2025-06-01T12:00:00.000Z'),
                    ('O5', 'L1', NULL, 'T1', 'CANCELED', 3000, 500, '2025-07-01T12:00:00.000Z'),
                    ('O6', 'L1', 'C2', 'T1', 'COMPLETED', 2000, 333, '2024-07-01T12:00:00.000Z');
                INSERT INTO refunds VALUES ('R1', 'O1', 1500, 'Faulty', '2025-03-10T10:00:00.000Z'),
                    ('R2', 'O3', 900, 'Changed mind', '2025-04-20T10:00:00.000Z'), ('R3', 'O6', 700, 'Faulty', '2024-07-09T10:00:00.000Z');
                """)
    }

    private func answer(_ question: String, model: SemanticModel, database: SQLiteReportingDatabase) async throws -> [[String]] {
        try await TestSupport.rows(answering: question, model: model, database: database, asOf: asOf, values: [
            "locations.name": ["Ludlow", "Hereford"], "orders.state": ["COMPLETED", "CANCELED"],
            "customers.company_name": ["Wye Valley Cookery School"], "refunds.reason": ["Faulty", "Changed mind"],
            "customers.locality": ["Newport"], "customers.county": ["Shropshire", "Gwent"],
        ])
    }

    func testWholeNumbersCalledMoneyArePence() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let total = try XCTUnwrap(model.metrics.first { $0.expression == "SUM((orders.total_money / 100.0))" })
        XCTAssertFalse(total.label?.contains("money") ?? true, "the unit word is no part of the name: \(total.label ?? "")")
        let rows = try await answer("how much did Hereford take in 2025?", model: model, database: database)
        XCTAssertEqual(rows.first.flatMap { $0.first.flatMap(Double.init) } ?? 0, 104.0, accuracy: 0.001)
    }

    func testTheValueOfRecordsIsTheirMoney() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let ranked = try await answer("Which location had the highest value of orders in 2025?", model: model, database: database)
        XCTAssertEqual(ranked.count, 1)
        XCTAssertEqual(ranked.first?.first, "Hereford", "Hereford's £104.00 beats Ludlow's £89.50 (the cancelled order included)")
        let refunded = try await answer("How much did we refund to customers in 2025?", model: model, database: database)
        XCTAssertEqual(refunded.count, 1)
        XCTAssertEqual(refunded.first?.count, 1, "one amount, no count of customers beside it")
        XCTAssertEqual(refunded.first.flatMap { $0.first.flatMap(Double.init) } ?? 0, 24.0, accuracy: 0.001)
    }

    func testAFieldSeveralTablesHaveIsTheNamedRecords() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let email = try await answer("What email address do we have for the Wye Valley Cookery School?", model: model, database: database)
        XCTAssertEqual(email, [["olivia@school.example"]], "the customer's own email, not the staff who served her")
    }

    func testAValueKeptAndLeftOutIsAskedBack() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        do {
            let rows = try await answer("How many customers live in Newport, Shropshire (not Newport in Gwent)?", model: model, database: database)
            XCTFail("answered a plan that keeps and leaves out Newport: \(rows)")
        } catch let error as NoPlan {
            guard case .clarification = error.outcome else { return XCTFail("\(error)") }
        }
    }
}
