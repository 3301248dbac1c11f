import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// A bakery's hand-made database: keys named after a table (`Shop`) or after its key's stem
/// (`ProdID` for `prod_id`, `ParentCat` for `CatID`) and declared nowhere, a date column named for
/// its event (`opened`), statuses typed by hand in several spellings, and a name both a customer
/// and a member of staff have. Drafted, planned, compiled and run on a real SQLite file. First met
/// on blind store batch 22.
final class HandMadeSchemaTests: XCTestCase {
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    private func bakery() throws -> (URL, String) {
        try TestSupport.sqliteFixture("hand-made-bakery", file: "bakery.sqlite", sql: """
            CREATE TABLE shops (id INTEGER PRIMARY KEY, shopName varchar(100), town varchar(50), opened DATE, closed DATE);
            CREATE TABLE Staff (StaffID INTEGER PRIMARY KEY, FirstName varchar(50), Surname varchar(50), Shop int, Role varchar(30));
            CREATE TABLE customers (CustID INTEGER PRIMARY KEY, Name varchar(100), email varchar(100));
            CREATE TABLE Categories (CatID INTEGER PRIMARY KEY, Category varchar(50), ParentCat int);
            CREATE TABLE products (prod_id INTEGER PRIMARY KEY, prod_name varchar(100), CatID int, price money);
            CREATE TABLE orders (OrderNo INTEGER PRIMARY KEY, CustID int, shop_id int, placed datetime, status varchar(20), total float);
            CREATE TABLE OrderLines (id INTEGER PRIMARY KEY, order_no int REFERENCES orders(OrderNo), ProdID int, qty int);
            INSERT INTO shops VALUES (1, 'Leith Walk', 'Edinburgh', '2019-04-01', NULL), (2, 'Dunfermline', 'Dunfermline', '2024-09-07', NULL);
            INSERT INTO Staff VALUES (1, 'Mhairi', 'Reid', 2, 'Manager'), (2, 'Callum', 'Baird', 1, 'Manager'), (3, 'Ewan', 'Reid', 1, 'Counter');
            INSERT INTO customers VALUES (1, 'Mhairi Reid', 'm.reid@example.com'), (2, 'Isla Grant', NULL);
            INSERT INTO Categories VALUES (1, 'Bread', NULL), (2, 'Sourdough', 1);
            INSERT INTO products VALUES (1, 'White sourdough', 2, 4.2), (2, 'Plain loaf', 1, 2.1);
            INSERT INTO orders VALUES (1, 1, 1, '2025-02-01 09:00:00', 'Collected', 12.0), (2, 2, 1, '2025-03-01 09:00:00', 'collected ', 8.0),
                (3, 2, 2, '2025-04-01 09:00:00', 'COLLECTED', 5.0), (4, 1, 2, '2025-05-01 09:00:00', 'No show', 6.0),
                (5, 2, 2, '2025-06-01 09:00:00', 'No-show', 7.0), (6, 2, 1, '2025-07-01 09:00:00', 'Cancelled', 9.0);
            INSERT INTO OrderLines VALUES (1, 1, 1, 2), (2, 2, 2, 1), (3, 3, 1, 1), (4, 4, 2, 3);
            """)
    }

    func testKeysNamedAfterATableOrItsKeyStemAreJoins() async throws {
        let (directory, path) = try bakery()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft()
        let joins = model.joins.map { "\($0.from)->\($0.to): \($0.on)" }
        XCTAssertTrue(model.joins.contains { $0.from == "orderlines" && $0.to == "products" && $0.on.contains("prodid") }, "\(joins)")
        XCTAssertTrue(model.joins.contains { $0.from == "staff" && $0.to == "shops" && $0.on.contains("staff.shop") }, "\(joins)")
        XCTAssertTrue(model.joins.contains { $0.from == "categories" && $0.on.contains("parentcat") }, "a parent of the same table: \(joins)")
        XCTAssertFalse(model.dimensions.contains { $0.synonyms.contains("for") || $0.synonyms.contains("open") && $0.name != "opened" },
                       "no field answers to a bare preposition")
    }

    func testAnsweredOnTheFile() async throws {
        let (directory, path) = try bakery()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        func field(_ column: String) -> String {
            model.dimensions.first { $0.expressions.first?.contains(column) == true && $0.fieldType != .identifier }?.expressions.first ?? column
        }
        let values = [field("shopname"): ["Leith Walk", "Dunfermline"], field("staff.firstname"): ["Mhairi Reid", "Callum Baird", "Ewan Reid"],
                      field("customers.name"): ["Mhairi Reid", "Isla Grant"], field("staff.role"): ["Manager", "Counter"]]

        let opened = try await TestSupport.rows(answering: "When did the Dunfermline shop open?", model: model, database: database,
                                                asOf: asOf, values: values)
        XCTAssertTrue(opened.first?.contains("2024-09-07") == true, "\(opened)")

        let managed = try await TestSupport.rows(answering: "Which shop does Mhairi Reid manage?", model: model, database: database,
                                                 asOf: asOf, values: values)
        XCTAssertTrue(managed.first?.contains("Dunfermline") == true, "the manager's shop, not a customer's: \(managed)")

        let collected = try await TestSupport.rows(answering: "how many collected orders were there in 2025?", model: model,
                                                   database: database, asOf: asOf, values: values)
        XCTAssertEqual(collected.first?.last, "3", "Collected, 'collected ' and COLLECTED are one status")

        let noShows = try await TestSupport.rows(answering: "how many no-shows in 2025?", model: model, database: database, asOf: asOf,
                                                 values: values)
        XCTAssertEqual(noShows.first?.last, "2", "the orders holding the status, counted")
    }

    func testSpellingsOfOneValue() {
        XCTAssertEqual(ValueSpelling.variants(of: "Collected", among: ["Collected", "collected ", "COLLECTED", "Delivered"]),
                       ["Collected", "collected ", "COLLECTED"])
        XCTAssertEqual(ValueSpelling.variants(of: "No show", among: ["No show", "No-show", "no show", "Shown"]), ["No show", "No-show", "no show"])
        XCTAssertEqual(ValueSpelling.key("cancelled"), ValueSpelling.key("Canceled"))
        XCTAssertEqual(ValueSpelling.distinct(["Collected", "collected ", "Delivered"]), ["Collected", "Delivered"])
    }
}
