import CopilotSQLite
import CopilotTestSupport
@testable import CopilotValueIndex
import Foundation
import XCTest
@testable import CopilotCore

/// A till's nightly export (`BRN_MST`, `TRN_HDR`, `TRN_LIN`: cryptic abbreviations, money in
/// integer cents named `_cts`, sale times as seconds since 1970) and a hand-rolled app whose every
/// table carries its prefix (`mm_ticket`, `mm_ticket_item` under tickets, not under items): drafted,
/// compiled and run on real SQLite files. First met on blind store batch 19.
final class TillExportSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func makeTill() throws -> (URL, String) {
        // 1735725600 is 2025-01-01 10:00 UTC; 1704103200 is 2024-01-01 10:00 UTC.
        try TestSupport.sqliteFixture("till-export-schema", file: "till.sqlite", sql: """
                CREATE TABLE BRN_MST (brn_cd TEXT PRIMARY KEY, brn_nm TEXT NOT NULL, opn_dt INTEGER NOT NULL);
                CREATE TABLE ITM_MST (itm_no INTEGER PRIMARY KEY, itm_dsc TEXT NOT NULL, sell_prc_cts INTEGER NOT NULL);
                CREATE TABLE TRN_HDR (trn_id INTEGER PRIMARY KEY, brn_cd TEXT NOT NULL REFERENCES BRN_MST(brn_cd),
                    trn_ts INTEGER NOT NULL, gross_cts INTEGER NOT NULL, vat_cts INTEGER NOT NULL);
                CREATE TABLE TRN_LIN (trn_id INTEGER NOT NULL REFERENCES TRN_HDR(trn_id), ln_no INTEGER NOT NULL,
                    itm_no INTEGER NOT NULL REFERENCES ITM_MST(itm_no), qty_sld INTEGER NOT NULL, ln_amt_cts INTEGER NOT NULL,
                    PRIMARY KEY (trn_id, ln_no));
                INSERT INTO BRN_MST VALUES ('GAL', 'Galway', 20150301), ('ENN', 'Ennis', 20180601);
                INSERT INTO ITM_MST VALUES (1, 'Neon Tetra', 299), (2, 'Juwel Rio 125', 36999);
                INSERT INTO TRN_HDR VALUES (1, 'GAL', 1704103200, 1495, 280), (2, 'GAL', 1735725600, 36999, 6919),
                    (3, 'ENN', 1735725600, 598, 112), (4, 'GAL', 1735812000, 299, 56);
                INSERT INTO TRN_LIN VALUES (1, 1, 1, 5, 1495), (2, 1, 2, 1, 36999), (3, 1, 1, 2, 598), (4, 1, 1, 1, 299);
                """)
    }

    func testTillAbbreviationsCentsAndEpochTimesAreRead() async throws {
        let (directory, path) = try makeTill()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        XCTAssertNotNil(model.entities.first { $0.synonyms.contains("branch") && $0.table.lowercased() == "brn_mst" }, "brn is a branch, mst no word")
        let gross = try XCTUnwrap(model.metrics.first { $0.table?.lowercased() == "trn_hdr" && $0.expression?.contains("gross_cts") == true && $0.expression?.hasPrefix("SUM") == true })
        XCTAssertTrue(gross.expression?.contains("/ 100.0") == true, "cents said in euro")
        XCTAssertEqual(gross.format, .currency)
        XCTAssertEqual(gross.time?.lowercased(), "datetime(trn_hdr.trn_ts, 'unixepoch')", "seconds since 1970 are the sale's date")
        XCTAssertTrue(model.metrics.contains { $0.expression?.contains("vat_cts") == true }, "VAT in cents is an amount, not a VAT number")
        let rows = try await TestSupport.rows(answering: "how many transactions did Galway have in 2025?", model: model, database: database, asOf: asOf,
                                              values: ["brn_mst.brn_nm": ["Galway", "Ennis"]])
        XCTAssertEqual(rows.first?.last, "2")
    }

    private func makeApp() throws -> (URL, String) {
        try TestSupport.sqliteFixture("prefixed-app-schema", file: "app.sqlite", sql: """
                CREATE TABLE mm_location (locationId INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL);
                CREATE TABLE mm_item (itemId INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL NOT NULL, addedOn TEXT NOT NULL);
                CREATE TABLE mm_ticket (ticketId INTEGER PRIMARY KEY, locationId INTEGER NOT NULL REFERENCES mm_location(locationId),
                    ticketDate TEXT NOT NULL, total REAL NOT NULL);
                CREATE TABLE mm_ticket_item (lineId INTEGER PRIMARY KEY, ticketId INTEGER NOT NULL REFERENCES mm_ticket(ticketId),
                    itemId INTEGER NOT NULL REFERENCES mm_item(itemId), qty INTEGER NOT NULL, lineTotal REAL NOT NULL);
                INSERT INTO mm_location VALUES (1, 'Meeple & Mug Uptown', 'Minneapolis'), (2, 'Meeple & Mug Grand Ave', 'St. Paul');
                INSERT INTO mm_item VALUES (1, 'Cold Brew', 4.5, '01/15/2019'), (2, 'Nachos', 9.0, '03/02/2021');
                INSERT INTO mm_ticket VALUES (1, 1, '02/14/2025', 13.5), (2, 2, '11/30/2024', 9.0), (3, 2, '12/24/2025', 18.0);
                INSERT INTO mm_ticket_item VALUES (1, 1, 1, 3, 13.5), (2, 2, 2, 1, 9.0), (3, 3, 2, 2, 18.0);
                """)
    }

    func testAnAppsTablePrefixIsNoWordAndLinesBelongToTheirTicket() async throws {
        let (directory, path) = try makeApp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let ticket = try XCTUnwrap(model.entities.first { $0.table == "mm_ticket" })
        XCTAssertEqual(ticket.name, "ticket", "mm_ is the application's prefix")
        XCTAssertEqual(ticket.details?.table, "mm_ticket_item", "a ticket's items")
        XCTAssertNil(model.entities.first { $0.table == "mm_item" }?.details, "an item has no lines of its own")
        let quantity = try XCTUnwrap(model.metrics.first { $0.table == "mm_ticket_item" && $0.expression == "SUM(mm_ticket_item.qty)" })
        XCTAssertTrue(quantity.time?.contains("ticketdate") == true, "lines dated by their ticket, not by when the item was added")
        let rows = try await TestSupport.rows(answering: "how many units did we sell in 2025?", model: model, database: database, asOf: asOf)
        XCTAssertEqual(rows.first?.last, "5", "the items on 2025's tickets")
    }

    func testAChainsSiteNamesAreFoundByWhatFollowsTheBrand() async throws {
        XCTAssertGreaterThan(ValueIndexBuilder.sharedLeadingWords(of: ["Meeple & Mug Uptown", "Meeple & Mug Grand Ave", "Meeple & Mug Rochester"]), 1)
        XCTAssertEqual(ValueIndexBuilder.sharedLeadingWords(of: ["Store 1", "Store 2"]), 0, "a number is no name")
        XCTAssertEqual(ValueIndexBuilder.sharedLeadingWords(of: ["Galway", "Ennis"]), 0)
        let (directory, path) = try makeApp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let indexPath = directory.appendingPathComponent("values.db").path
        try await ValueIndexBuilder.build(at: indexPath, model: model, runner: GuardedSQLRunner(database: database))
        let index = try SQLiteValueIndex(path: indexPath)
        let found = await index.matches(in: ["sales", "at", "grand", "ave"], codes: [], known: [])
        XCTAssertTrue(found.contains { $0.value == "Meeple & Mug Grand Ave" && $0.range == 2..<4 }, "\(found)")
    }
}
