import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// A legacy schema that tags every column with its table (`brn_state` on `BRANCH`), and the
/// wording managers use on it: inclusions and denials that follow their values, "every sale",
/// "whatever its status". (Spending as money is held by the store-blind-5 floor, which asks
/// through the whole engine with its value index.)
final class TaggedSchemaTests: XCTestCase {
    private let asOf = PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31))

    private func draft() async throws -> (SemanticModel, URL) {
        let directory = try TestSupport.temporaryDirectory("tagged-schema")
        let path = directory.appendingPathComponent("garden.sqlite").path
        let queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE BRANCH (brn_id INTEGER PRIMARY KEY, brn_name TEXT, brn_state TEXT, brn_status TEXT, brn_open_date TEXT);
                CREATE TABLE CUSTOMER (cus_id INTEGER PRIMARY KEY, cus_name TEXT, cus_phone TEXT, cus_state TEXT);
                CREATE TABLE SUPPLIER (sup_id INTEGER PRIMARY KEY, sup_name TEXT, sup_phone TEXT);
                CREATE TABLE SALE (sal_id INTEGER PRIMARY KEY, sal_brn_id INTEGER REFERENCES BRANCH(brn_id),
                    sal_cus_id INTEGER REFERENCES CUSTOMER(cus_id), sal_date TEXT, sal_pay_method TEXT, sal_status TEXT, sal_total REAL);
                INSERT INTO BRANCH VALUES (1, 'Fern Hill', 'NSW', 'Open', '2019-01-02'), (2, 'Wattle Park', 'VIC', 'Closed', '2020-03-04'),
                    (3, 'Banksia Bay', 'QLD', 'Refurbishing', '2021-05-06');
                INSERT INTO CUSTOMER VALUES (1, 'Ivy Moss', '0400 111 222', 'NSW'), (2, 'Rowan Lee', '0400 333 444', 'VIC');
                INSERT INTO SUPPLIER VALUES (1, 'Bellbird Pottery', '02 9999 0000');
                INSERT INTO SALE VALUES (1, 1, 1, '2024-03-01', 'card', 'Paid', 40), (2, 1, 2, '2024-03-02', 'cash', 'Paid', 10),
                    (3, 2, 2, '2024-04-01', 'card', 'Paid', 15), (4, 1, 2, '2024-05-01', 'card', 'Refunded', 90), (5, 3, 1, '2025-01-02', 'cash', 'Paid', 5);
                """)
        }
        _ = queue
        return (try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft(), directory)
    }

    func testColumnTagsAreNotWordsOfTheField() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertEqual(model.dimensions.first { $0.expressions == ["sale.sal_status"] }?.label, "status")
        // `brn` is an abbreviation read as the table's own word, like `sup` on suppliers.
        XCTAssertEqual(model.dimensions.first { $0.expressions == ["branch.brn_state"] }?.label, "branch state")
        XCTAssertEqual(model.metrics.first { $0.expression == "SUM(sale.sal_total)" }?.label, "sales total", "never “total total”")
        let phone = try XCTUnwrap(model.dimensions.first { $0.expressions.count > 1 && $0.expressions.contains("supplier.sup_phone") })
        XCTAssertTrue(phone.synonyms.contains("phone number"), "a shared field takes the everyday names too: \(phone.synonyms)")
        XCTAssertNil(NameWords.columnTag(of: ["order_id", "order_date", "order_status"], table: "orders"), "a table word is no tag")
        XCTAssertNil(NameWords.columnTag(of: ["sup_id", "sup_name", "sup_phone"], table: "SUPPLIER"), "an abbreviation we read is no tag")
        XCTAssertEqual(NameWords.tablePhrase("tbl_Shop"), "shop", "a kind prefix is no word of the records")
        XCTAssertEqual(NameWords.tablePhrase("dim_customer"), "customer")
        XCTAssertEqual(NameWords.tablePhrase("tbl"), "tbl")
        XCTAssertFalse(model.dimensions.contains { $0.expressions == ["branch.brn_open_date"] && $0.synonyms.contains("open") },
                       "“open” is a status value here, not the opening date")

    }

    func testInclusionsAndDenialsAfterTheirValues() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planner = OfflinePlanner(model: model)
        let denied = try await planner.requirePlan("how many branches are there? closed or refurbishing ones don't count", context: asOf)
        XCTAssertEqual(denied.filters.filter(\.negated).flatMap(\.values).sorted(), ["Closed", "Refurbishing"])
        let included = try await planner.requirePlan("customers with more than 1 sale, refunded ones count too", context: asOf)
        XCTAssertFalse(included.filters.contains { $0.values == ["Refunded"] && !$0.negated }, "\(included.filters)")
        let every = try await planner.requirePlan("how many sales did each branch make in 2024? count every sale whatever its status", context: asOf)
        XCTAssertEqual(every.dimensions, [try XCTUnwrap(model.dimensions.first { $0.expressions == ["branch.brn_name"] }).name],
                       "“every sale” and “its status” name no breakdown")
    }
}
