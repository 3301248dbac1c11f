import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// Schemas made in spreadsheet tools (`"Sale Lines"."Unit Price (£)"`, `"Archived?"`), dates a
/// record ends on, and a star schema's date keys: drafted, compiled and run on a real SQLite file.
final class QuotedSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func makeDatabase() throws -> (URL, String) {
        try TestSupport.sqliteFixture("quoted-schema", file: "yarn.sqlite", sql: """
                CREATE TABLE "Shops" ("Shop ID" INTEGER PRIMARY KEY, "Shop Name" TEXT NOT NULL, "Closed On" TEXT);
                CREATE TABLE "Staff" ("Staff ID" INTEGER PRIMARY KEY, "First Name" TEXT, "Last Name" TEXT, "Job Title" TEXT,
                    "Shop ID" INTEGER REFERENCES "Shops"("Shop ID"), "Leaving Date" TEXT, "Hourly Rate (£)" REAL);
                CREATE TABLE "Products" ("Product ID" INTEGER PRIMARY KEY, "Product Name" TEXT, "Category" TEXT, "Price (£)" REAL);
                CREATE TABLE "Sales" ("Sale ID" INTEGER PRIMARY KEY, "Shop ID" INTEGER REFERENCES "Shops"("Shop ID"),
                    "Sale Date" TEXT, "Total (£)" REAL);
                CREATE TABLE "Sale Lines" ("Sale ID" INTEGER REFERENCES "Sales"("Sale ID"),
                    "Product ID" INTEGER REFERENCES "Products"("Product ID"), "Qty" INTEGER, "Unit Price (£)" REAL,
                    PRIMARY KEY ("Sale ID", "Product ID"));
                INSERT INTO "Shops" VALUES (1, 'Bath', NULL), (2, 'York', '2024-06-30'), (3, 'Leeds', NULL);
                INSERT INTO "Staff" VALUES (1, 'Ana', 'Lopez', 'Manager', 1, NULL, 18.5), (2, 'Ben', 'Moss', 'Assistant', 1, NULL, 12.0),
                    (3, 'Cy', 'North', 'Assistant', 2, '2024-06-30', 11.0), (4, 'Di', 'Owen', 'Assistant', 3, NULL, 13.0);
                INSERT INTO "Products" VALUES (1, 'Merino DK', 'Yarn', 8.5), (2, 'Bamboo Needles', 'Needles', 6.0),
                    (3, 'Cardigan Kit', 'Kits', 60.0);
                INSERT INTO "Sales" VALUES (1, 1, '2025-01-04', 23.0), (2, 2, '2024-03-02', 60.0), (3, 3, '2025-02-11', 17.0),
                    (4, 1, '2025-03-09', 66.0);
                INSERT INTO "Sale Lines" VALUES (1, 1, 2, 8.5), (1, 2, 1, 6.0), (2, 3, 1, 60.0), (3, 1, 2, 8.5), (4, 3, 1, 60.0), (4, 2, 1, 6.0);
                """)
    }

    private func answer(_ question: String, model: SemanticModel, database: SQLiteReportingDatabase) async throws -> [[String]] {
        try await TestSupport.rows(answering: question, model: model, database: database, asOf: asOf)
    }

    func testNamesWithSpacesAndSignsAreDraftedAndQuoted() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        XCTAssertEqual(model.table(named: "sale_lines")?.source, "sale lines", "a table named with a space gets a plain alias")
        let price = try XCTUnwrap(model.dimensions.first { $0.expressions == ["products.\"price (£)\""] })
        XCTAssertEqual(price.label, "price", "a currency in brackets says money, not a word of the name")
        XCTAssertEqual(price.format, .currency)
        let problems = await ModelChecker(model: model, database: database).check()
        XCTAssertEqual(problems, [])
        // Revenue by category goes through the lines: quantity times unit price, summed.
        let rows = try await answer("revenue by category in 2025", model: model, database: database)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: rows.map { ($0[0], Double($0[1]) ?? 0) }), ["Yarn": 34.0, "Needles": 12.0, "Kits": 60.0])
    }

    func testADateARecordEndsOnSaysWhetherItLasts() async throws {
        let (directory, path) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let working = try await answer("how many staff are still working for us?", model: model, database: database)
        XCTAssertEqual(working, [["3"]])
        let open = try await answer("how many shops are still open?", model: model, database: database)
        XCTAssertEqual(open, [["2"]])
        let average = try await answer("average hourly rate of assistants who are still with us", model: model, database: database)
        XCTAssertEqual(average.first.flatMap { Double($0[0]) } ?? 0, 12.5, accuracy: 0.001)
    }

    func testAStarSchemasDateKeyDatesItsFacts() async throws {
        let directory = try TestSupport.temporaryDirectory("star-schema")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("star.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT, calendar_year INTEGER);
                CREATE TABLE dim_store (store_key INTEGER PRIMARY KEY, store_name TEXT);
                CREATE TABLE fact_print_jobs (job_number TEXT PRIMARY KEY, date_key INTEGER REFERENCES dim_date(date_key),
                    store_key INTEGER REFERENCES dim_store(store_key), job_amount_cents INTEGER);
                INSERT INTO dim_date VALUES (20240105, '2024-01-05', 2024), (20250302, '2025-03-02', 2025), (20250417, '2025-04-17', 2025);
                INSERT INTO dim_store VALUES (1, 'Hobart'), (2, 'Perth');
                INSERT INTO fact_print_jobs VALUES ('J1', 20240105, 1, 1500), ('J2', 20250302, 1, 2500), ('J3', 20250417, 2, 1000);
                CREATE TABLE dim_status (status_key INTEGER PRIMARY KEY, status_domain TEXT, status_name TEXT);
                INSERT INTO dim_status VALUES (1, 'Sale', 'Paid'), (2, 'Sale', 'Cancelled'), (3, 'Print Job', 'Collected');
                CREATE TABLE fact_sales (invoice_number TEXT NOT NULL, line_number INTEGER NOT NULL,
                    order_date_key INTEGER REFERENCES dim_date(date_key), store_key INTEGER REFERENCES dim_store(store_key),
                    status_key INTEGER REFERENCES dim_status(status_key), quantity INTEGER, unit_price_cents INTEGER,
                    discount_cents INTEGER, net_amount_cents INTEGER, gst_cents INTEGER, PRIMARY KEY (invoice_number, line_number));
                INSERT INTO fact_sales VALUES ('INV-1', 1, 20250302, 1, 1, 2, 1000, 0, 2000, 200), ('INV-1', 2, 20250302, 1, 1, 1, 1000, 0, 1000, 100),
                    ('INV-2', 1, 20250417, 2, 1, 3, 1500, 0, 4500, 450), ('INV-3', 1, 20240105, 1, 2, 1, 700, 0, 700, 70);
                """)
        }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let rows = try await answer("how many print jobs in 2025?", model: model, database: database)
        XCTAssertEqual(rows, [["2"]], "the date key 20250302 is the job's date")
        // Lines keyed by invoice and line number: invoices are counted by their numbers, their
        // average value is the lines' money over that count, and "net sales" is the net amount.
        let invoices = try await answer("how many invoices did we have in 2025?", model: model, database: database)
        XCTAssertEqual(invoices, [["2"]])
        let average = try await answer("average invoice value in 2025", model: model, database: database)
        XCTAssertEqual(average.first.flatMap { Double($0[0]) } ?? 0, 37.5, accuracy: 0.001)
        let net = try await answer("net sales by store in 2025", model: model, database: database)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: net.map { ($0[0], Double($0[$0.count - 1]) ?? 0) }), ["Hobart": 30.0, "Perth": 45.0])
        // "Sale" and "Print Job" name the tables a status is for: no value the word "sales" matches alone.
        let domain = try XCTUnwrap(model.dimensions.first { $0.expressions == ["dim_status.status_domain"] })
        XCTAssertEqual(domain.valuesNeedDimensionWord, true)
    }
}
