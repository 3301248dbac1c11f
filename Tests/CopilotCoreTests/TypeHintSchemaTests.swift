import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// A schema whose columns end in a type hint (`sqft_n`, `tot_usd`, `status_cd`, `disc_flg`), whose
/// tables carry a `t_` prefix, and whose sales keep their own total beside lines of quantity ×
/// unit price: what a drafted model reads from it and which revenue a breakdown takes.
final class TypeHintSchemaTests: XCTestCase {
    private let asOf = PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31))

    private func draft() async throws -> (SemanticModel, URL) {
        let directory = try TestSupport.temporaryDirectory("type-hint-schema")
        let path = directory.appendingPathComponent("toys.sqlite").path
        let queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE t_store (store_id INTEGER PRIMARY KEY, store_nm TEXT, city_nm TEXT, sqft_n INTEGER, status_cd TEXT);
                CREATE TABLE t_employee (emp_id INTEGER PRIMARY KEY, emp_nm TEXT, role_nm TEXT, supervisorId INTEGER REFERENCES t_employee(emp_id),
                    pay_rt_usd REAL, ft_flg INTEGER);
                CREATE TABLE t_category (cat_id INTEGER PRIMARY KEY, cat_nm TEXT);
                CREATE TABLE t_product (prod_id INTEGER PRIMARY KEY, prod_nm TEXT, cat_id INTEGER REFERENCES t_category(cat_id),
                    list_prc_usd REAL, disc_flg INTEGER);
                CREATE TABLE t_sale (sale_id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES t_store(store_id), sale_dt TEXT,
                    chan_cd TEXT, status_cd TEXT, tot_usd REAL);
                CREATE TABLE t_sale_ln (sale_id INTEGER REFERENCES t_sale(sale_id), prod_id INTEGER REFERENCES t_product(prod_id),
                    qty_n INTEGER, unit_prc_usd REAL, PRIMARY KEY (sale_id, prod_id));
                INSERT INTO t_store VALUES (1, 'Maple', 'Akron', 9000, 'OPEN'), (2, 'Birch', 'Ames', 12000, 'OPEN'),
                    (3, 'Cedar', 'Akron', 8000, 'CLOSED'), (4, 'Elm', 'Ames', 7000, 'REMODEL');
                INSERT INTO t_employee VALUES (1, 'Ada Park', 'Manager', NULL, 30, 1), (2, 'Ben Ode', 'Cashier', 1, 18, 0),
                    (3, 'Cy Ray', 'Cashier', 1, 17, 1), (4, 'Di Fox', 'Stocker', 2, 16, 0);
                INSERT INTO t_category VALUES (1, 'Puzzles'), (2, 'Dolls');
                INSERT INTO t_product VALUES (1, 'Castle Run', 1, 60, 0), (2, 'Rag Doll', 2, 20, 1), (3, 'Cube', 1, 10, 0),
                    (4, 'Tea Set', 2, 25, 0);
                INSERT INTO t_sale VALUES (1, 1, '2025-01-05', 'STORE', 'COMPLETE', 80), (2, 2, '2025-02-06', 'ONLINE', 'COMPLETE', 60),
                    (3, 1, '2025-03-07', 'STORE', 'VOID', 20), (4, 4, '2025-04-08', 'STORE', 'COMPLETE', 65);
                INSERT INTO t_sale_ln VALUES (1, 1, 1, 60), (1, 2, 1, 20), (2, 3, 6, 10), (3, 2, 1, 20), (4, 4, 1, 25), (4, 2, 2, 20);
                """)
        }
        _ = queue
        return (try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft(), directory)
    }

    func testTypeHintsAndTablePrefixesAreNoWords() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertEqual(model.dimensions.first { $0.expressions == ["t_store.sqft_n"] }?.label, "square feet")
        XCTAssertEqual(model.dimensions.first { $0.expressions == ["t_sale.chan_cd"] }?.label, "channel")
        let city = try XCTUnwrap(model.dimensions.first { $0.expressions == ["t_store.city_nm"] })
        XCTAssertTrue(city.synonyms.contains("city"), "a `_nm` column is also its thing: \(city.synonyms)")
        XCTAssertEqual(model.dimensions.first { $0.expressions == ["t_product.list_prc_usd"] }?.format, .currency,
                       "a currency code says the column is money")
        let discontinued = try XCTUnwrap(model.dimensions.first { $0.expressions == ["t_product.disc_flg"] })
        XCTAssertEqual(discontinued.label, "discontinued", "a flag names a state, not a discount")
        XCTAssertEqual(model.dimensions.first { $0.expressions == ["t_employee.ft_flg"] }?.label, "full time")
        XCTAssertEqual(NameWords.tablePhrase("t_branches"), "branches")
        XCTAssertTrue(model.metrics.contains { $0.label == "number of stores" }, "no “t stores”: \(model.metrics.map(\.label))")
        let supervisor = try XCTUnwrap(model.dimensions.first { $0.key?.hasSuffix(".emp_id") == true && $0.synonyms.contains("report to") })
        XCTAssertEqual(supervisor.label, "supervisor", "the role is read from `supervisorId` as spelled")
    }

    func testRevenueOverLinesAnswersWhatTheDocumentTotalCannotReach() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planner = OfflinePlanner(model: model)
        let total = try await planner.requirePlan("total revenue in 2025", context: asOf)
        XCTAssertEqual(total.metrics.first.flatMap { model.metric(named: $0)?.expression }, "SUM(t_sale.tot_usd)",
                       "the sales' own total answers for the sales")
        let byProduct = try await planner.requirePlan("which product brought in the most revenue in 2025", context: asOf)
        let line = try XCTUnwrap(byProduct.metrics.first.flatMap { model.metric(named: $0) })
        XCTAssertEqual(line.expression, "SUM(t_sale_ln.qty_n * t_sale_ln.unit_prc_usd)", "a product is reached through the lines")
        let compiled = try SemanticCompiler(model: model, dialect: .sqlite).compile(byProduct)
        let database = try SQLiteReportingDatabase(path: directory.appendingPathComponent("toys.sqlite").path)
        let run = try await GuardedSQLRunner(database: database).run(compiled.sql)
        XCTAssertEqual(run.result.rows.first?.first, .text("Rag Doll"), "20 + 20 + 2 × 20 over the lines: \(run.result.rows)")
    }

    func testAStoreWordIsNoChannelValue() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planner = OfflinePlanner(model: model)
        let stores = try await planner.requirePlan("how many stores do we have in each city", context: asOf)
        XCTAssertTrue(stores.filters.isEmpty, "“stores” are the records counted, not the STORE channel: \(stores.filters)")
        let denied = try await planner.requirePlan("how many stores are open? don't count closed stores or ones shut for remodel", context: asOf)
        XCTAssertEqual(Set(denied.filters.filter(\.negated).flatMap(\.values)), ["CLOSED", "REMODEL"], "\(denied.filters)")
        XCTAssertEqual(denied.filters.filter { !$0.negated }.flatMap(\.values), ["OPEN"], "the value before the denial keeps its sense")
    }

    func testAValueSaidAsANounNamesItsRecords() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planner = OfflinePlanner(model: model)
        let cashiers = try await planner.requirePlan("which cashiers have a pay rate above 17.5", context: asOf)
        XCTAssertEqual(cashiers.kind, .records)
        XCTAssertEqual(cashiers.subject, "employee", "a role said as a noun stands for the staff who have it")
        XCTAssertTrue(cashiers.filters.contains { $0.values == ["Cashier"] }, "\(cashiers.filters)")
        let completed = try await planner.requirePlan("break down complete sales by channel", context: asOf)
        XCTAssertEqual(completed.kind, .metric, "a status before its records' noun only qualifies them")
        XCTAssertEqual(completed.dimensions.count, 1, "\(completed.dimensions)")
    }
}
