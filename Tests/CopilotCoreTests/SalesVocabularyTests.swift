import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// Shop words in a drafted model: a dated document with lines (here a pharmacy's `txn` and
/// `txn_line`, abbreviated as such schemas are) counts "purchases", its lines' quantity is "units
/// sold", and revenue is the lines' quantity times their unit price when no amount is stored. A
/// table with no name column is named by its own description.
final class SalesVocabularyTests: XCTestCase {
    private var directory: URL!
    private var model: SemanticModel!

    override func setUp() async throws {
        directory = try TestSupport.temporaryDirectory("sales-words")
        let path = directory.appendingPathComponent("pharmacy.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE cust (cust_id INTEGER PRIMARY KEY, f_nm TEXT, l_nm TEXT, city TEXT);
                CREATE TABLE prod (prod_no TEXT PRIMARY KEY, prod_desc TEXT, cat TEXT, unit_prc REAL);
                CREATE TABLE txn (txn_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES cust(cust_id), dt TEXT, status TEXT);
                CREATE TABLE txn_line (txn_id INTEGER REFERENCES txn(txn_id), ln_no INTEGER, prod_no TEXT REFERENCES prod(prod_no),
                    qty INTEGER, unit_prc REAL, PRIMARY KEY (txn_id, ln_no));
                INSERT INTO cust VALUES (1, 'Zoë', 'Roy', 'Laval'), (2, 'Marc', 'Gagnon', 'Québec');
                INSERT INTO prod VALUES ('RX-1', 'Sertraline 50mg 30 caps', 'Rx', 12.5), ('VT-2', 'Vitamin D3 1000 IU', 'Vitamins', 9.99),
                    ('OT-3', 'Reactine 10mg', 'Allergy', 15);
                INSERT INTO txn VALUES (1, 1, '2025-03-02', 'COMPLETE'), (2, 2, '2025-03-05', 'COMPLETE'), (3, 1, '2025-04-11', 'VOID');
                INSERT INTO txn_line VALUES (1, 1, 'RX-1', 2, 12.5), (1, 2, 'VT-2', 1, 9.99), (2, 1, 'VT-2', 3, 9.99), (3, 1, 'OT-3', 1, 15);
                """)
        }
        model = try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft()
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func metric(saying phrase: String) -> SemanticModel.Metric? {
        model.metrics.first { $0.synonyms.contains(phrase) }
    }

    func testADocumentWithLinesGetsShopWords() {
        XCTAssertEqual(metric(saying: "purchases")?.expression, "COUNT(*)")
        XCTAssertEqual(metric(saying: "purchases")?.table, "txn")
        XCTAssertEqual(metric(saying: "units sold")?.expression, "SUM(txn_line.qty)")
        let revenue = metric(saying: "revenue")
        XCTAssertEqual(revenue?.expression, "SUM(txn_line.qty * txn_line.unit_prc)", "no amount stored: quantity times unit price")
        XCTAssertEqual(revenue?.format, .currency)
        XCTAssertEqual(metric(saying: "sales")?.name, revenue?.name)
    }

    func testATableWithoutANameIsNamedByItsDescription() {
        XCTAssertEqual(model.entity(named: "product")?.display, "prod.prod_desc")
    }

    func testTheWordsAnswerQuestions() async throws {
        let planner = OfflinePlanner(model: model)
        let top = try await planner.requirePlan("top 2 products by units sold", context: PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31)))
        XCTAssertEqual(top.metrics, [metric(saying: "units sold")?.name].compactMap { $0 })
        XCTAssertEqual(top.limit, 2)
        let buyer = try await planner.requirePlan("which customer has made the most purchases?",
                                                  context: PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31)))
        XCTAssertEqual(buyer.metrics, [metric(saying: "purchases")?.name].compactMap { $0 })
        XCTAssertEqual(buyer.limit, 1)
    }
}
