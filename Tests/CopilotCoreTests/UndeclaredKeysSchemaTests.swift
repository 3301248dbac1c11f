import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// Copies of shop systems that declare no foreign keys: a PrestaShop-like web shop (`ps_orders`
/// with `id_customer`, the customers' own key name) and a Dynamics NAV-like export (tables behind
/// a company name and a `$`, a demo company left in, `Sell-to Customer No_` pointing at `No_`):
/// drafted, compiled and run on real SQLite files. First met on blind store batch 21.
final class UndeclaredKeysSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    func testKeysNamedLikeAnotherTablesKeyAreJoins() async throws {
        let (directory, path) = try TestSupport.sqliteFixture("prestashop-like-schema", file: "shop.sqlite", sql: """
                CREATE TABLE ps_customer (id_customer INTEGER PRIMARY KEY, firstname TEXT, lastname TEXT, email TEXT);
                CREATE TABLE ps_shop (id_shop INTEGER PRIMARY KEY, name TEXT);
                CREATE TABLE ps_orders (id_order INTEGER PRIMARY KEY, reference TEXT, id_shop INTEGER, id_customer INTEGER,
                    total_paid REAL, date_add TEXT);
                INSERT INTO ps_customer VALUES (1, 'Inês', 'Moura', 'ines@example.pt'), (2, 'Tiago', 'Costa', 'tiago@example.pt');
                INSERT INTO ps_shop VALUES (1, 'Ericeira'), (2, 'Peniche');
                INSERT INTO ps_orders VALUES (1, 'AAA', 1, 1, 120.0, '2025-03-01 10:00:00'), (2, 'BBB', 2, 1, 80.0, '2025-04-01 11:00:00'),
                    (3, 'CCC', 1, 2, 40.0, '2025-05-01 12:00:00');
                """)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        XCTAssertTrue(model.joins.contains { $0.from == "ps_orders" && $0.to == "ps_customer" && $0.on.contains("id_customer") },
                      "id_customer is the customers' own key name: \(model.joins)")
        XCTAssertTrue(model.joins.contains { $0.from == "ps_orders" && $0.to == "ps_shop" })
        XCTAssertFalse(model.metrics.contains { $0.expression?.contains("id_customer") == true }, "a key is no quantity")
        let rows = try await TestSupport.rows(answering: "how many orders did the Peniche shop get in 2025?", model: model, database: database,
                                              asOf: asOf, values: ["ps_shop.name": ["Ericeira", "Peniche"]])
        XCTAssertEqual(rows.first?.last, "1")
    }

    func testACompanysTablesAreReadWithoutItsNameAndNumbersPointAtNumbers() async throws {
        let (directory, path) = try TestSupport.sqliteFixture("nav-like-schema", file: "nav.sqlite", sql: """
                CREATE TABLE "Fjord AS$Customer" ("No_" TEXT PRIMARY KEY, "Name" TEXT, "City" TEXT);
                CREATE TABLE "Fjord AS$Sales Invoice Header" ("No_" TEXT PRIMARY KEY, "Sell-to Customer No_" TEXT, "Posting Date" TEXT,
                    "Amount" REAL);
                CREATE TABLE "CRONUS AS$Customer" ("No_" TEXT PRIMARY KEY, "Name" TEXT, "City" TEXT);
                INSERT INTO "Fjord AS$Customer" VALUES ('K1', 'Bergen kommune', 'Bergen'), ('K2', 'Lille Atelier', 'Stavanger');
                INSERT INTO "Fjord AS$Sales Invoice Header" VALUES ('F1', 'K1', '2025-02-03', 500.0), ('F2', 'K1', '2025-06-01', 250.0),
                    ('F3', 'K2', '2025-06-02', 90.0);
                INSERT INTO "CRONUS AS$Customer" VALUES ('10000', 'The Cannon Group', 'London');
                """)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        XCTAssertFalse(model.tables.contains { ($0.source ?? $0.name).lowercased().hasPrefix("cronus") },
                       "a demo company's copy of the tables is left out")
        XCTAssertTrue(model.joins.contains { $0.on.lowercased().contains("sell-to customer no_") }, "\(model.joins)")
        XCTAssertTrue(model.entities.contains { $0.synonyms.contains("customer") }, "the company's name is no part of the table's")
        let rows = try await TestSupport.rows(answering: "how many sales invoices did Bergen kommune get in 2025?", model: model,
                                              database: database, asOf: asOf, values: [:])
        XCTAssertEqual(rows.first?.last, "2")
    }
}
