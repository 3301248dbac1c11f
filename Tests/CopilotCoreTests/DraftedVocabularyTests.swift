import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// Everyday words a drafted model gives a terse schema: a flag's name is a value ("organic
/// coffees"), a key back into its own table is a supervisor or a parent, branches are stores and
/// items products.
final class DraftedVocabularyTests: XCTestCase {
    private var databasePath: String?

    private func draft() async throws -> (SemanticModel, URL) {
        let directory = try TestSupport.temporaryDirectory("drafted-vocabulary")
        let path = directory.appendingPathComponent("hardware.sqlite").path
        let queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE branches (br_id INTEGER PRIMARY KEY, br_nm TEXT, is_active INTEGER);
                CREATE TABLE staff (emp_id INTEGER PRIMARY KEY, emp_nm TEXT, sup_id INTEGER REFERENCES staff(emp_id),
                    br_id INTEGER REFERENCES branches(br_id));
                CREATE TABLE categories (cat_id INTEGER PRIMARY KEY, cat_nm TEXT, parent_id INTEGER REFERENCES categories(cat_id));
                CREATE TABLE items (sku TEXT PRIMARY KEY, item_nm TEXT, px REAL, is_organic INTEGER,
                    cat_id INTEGER REFERENCES categories(cat_id));
                CREATE TABLE Orders (orderId INTEGER PRIMARY KEY, br_id INTEGER REFERENCES branches(br_id), orderDate TEXT,
                    orderStatus TEXT, orderTotal REAL);
                CREATE TABLE OrderLines (orderLineId INTEGER PRIMARY KEY, orderId INTEGER REFERENCES Orders(orderId),
                    sku TEXT REFERENCES items(sku), quantity INTEGER, lineAmount REAL);
                INSERT INTO Orders VALUES (1, 1, '2024-03-01', 'Delivered', 45), (2, 2, '2024-04-02', 'Cancelled', 5),
                    (3, 1, '2025-01-05', 'Delivered', 9), (4, 4, '2025-02-06', 'Delivered', 20);
                INSERT INTO OrderLines VALUES (1, 1, 'A1', 1, 20), (2, 1, 'A2', 1, 25), (3, 2, 'B1', 1, 5), (4, 3, 'B2', 1, 9), (5, 4, 'A1', 1, 20);
                INSERT INTO branches VALUES (1, 'Ridge North', 1), (2, 'Ridge South', 1), (3, 'Ridge East', 0), (4, 'Ridge West', 1);
                INSERT INTO staff VALUES (1, 'Ana Lopez', NULL, 1), (2, 'Ben Moss', 1, 1), (3, 'Cy North', 1, 2), (4, 'Di Owen', 2, 3);
                INSERT INTO categories VALUES (1, 'Garden', NULL), (2, 'Hoses', 1), (3, 'Paint', NULL), (4, 'Brushes', 3);
                INSERT INTO items VALUES ('A1', 'Green Hose', 20, 1, 2), ('A2', 'Blue Hose', 25, 0, 2), ('B1', 'Soft Brush', 5, 1, 4),
                    ('B2', 'Wide Brush', 9, 0, 4), ('B3', 'Thin Brush', 4, 0, 4);
                """)
        }
        _ = queue
        databasePath = path
        return (try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft(), directory)
    }

    func testFlagsAndHierarchiesHaveEverydayNames() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let organic = try XCTUnwrap(model.dimensions.first { $0.expressions == ["items.is_organic"] })
        XCTAssertEqual(organic.values, ["1"])
        XCTAssertEqual(organic.valueSynonyms?["1"]?.first, "organic", "a set flag is named by its adjective")
        let supervisor = try XCTUnwrap(model.dimensions.first { $0.synonyms.contains("supervisor") })
        XCTAssertTrue(supervisor.synonyms.contains("manager"), "a key back into staff is the person's manager: \(supervisor.synonyms)")
        XCTAssertFalse(model.dimensions.contains { $0.synonyms.contains("supplier") }, "sup_id on staff is no supplier")
        XCTAssertTrue(model.dimensions.contains { $0.synonyms.contains("department") }, "a category's parent is its department")
        let names = Set(model.entities.flatMap { [$0.name] + $0.synonyms })
        XCTAssertTrue(names.isSuperset(of: ["store", "product"]), "branches are stores, items products: \(names)")
    }

    func testAFlagAdjectiveFilters() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planner = OfflinePlanner(model: model)
        let plan = try await planner.requirePlan("how many organic products do we have", context: PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31)))
        XCTAssertTrue(plan.filters.contains { $0.values == ["1"] && !$0.negated }, "\(plan.filters)")
    }

    func testAVerbOfBuyingAfterANegationNamesTheSalesDocuments() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planner = OfflinePlanner(model: model)
        let plan = try await planner.requirePlan("how many branches have never bought anything?",
                                                 context: PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31)))
        let orders = try XCTUnwrap(model.entities.first { $0.table == "orders" }?.name)
        XCTAssertEqual(plan.related.map(\.through), [orders])
        XCTAssertEqual(plan.related.first?.exists, false)
    }

    func testAnOrgChartsPeopleReportToTheirManager() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planner = OfflinePlanner(model: model)
        let context = PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31))
        let supervisor = try XCTUnwrap(model.dimensions.first { $0.synonyms.contains("supervisor") }?.name)
        let staff = try XCTUnwrap(model.entities.first { $0.table == "staff" })
        XCTAssertTrue(staff.synonyms.contains("people") && staff.synonyms.contains("direct reports"), "\(staff.synonyms)")
        for question in ["how many people report to each supervisor?", "how many direct reports does each manager have?"] {
            let plan = try await planner.requirePlan(question, context: context)
            XCTAssertEqual(plan.dimensions, [supervisor], question)
            XCTAssertEqual(plan.metrics.first.flatMap { model.metric(named: $0)?.table }, "staff", question)
            XCTAssertEqual(plan.metrics.first.flatMap { model.metric(named: $0)?.expression }, "COUNT(*)", question)
        }
    }

    func testOrderLinesAreSalesDatedByTheirOrder() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertEqual(model.entities.first { $0.table == "orders" }?.details?.table, "orderlines", "lines found though the name runs together")
        let revenue = try XCTUnwrap(model.metrics.first { $0.synonyms.contains("revenue") })
        XCTAssertEqual(revenue.table, "orderlines")
        XCTAssertEqual(revenue.time, "orders.orderdate", "lines are dated by their order")
        XCTAssertTrue(model.metrics.contains { $0.synonyms.contains("average order value") && $0.expression == "AVG(orders.ordertotal)" })
        let planner = OfflinePlanner(model: model)
        let plan = try await planner.requirePlan("revenue from delivered orders in 2024", context: PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31)))
        XCTAssertEqual(plan.metrics.first, revenue.name)
        XCTAssertTrue(plan.filters.contains { $0.values == ["Delivered"] }, "“delivered” before its noun describes it: \(plan.filters)")
    }

    func testDatedEventsAnswerToTheirVerb() {
        XCTAssertTrue(FieldVocabulary.eventNames(["open", "date"]).contains("opened"))
        XCTAssertTrue(FieldVocabulary.eventNames(["hire", "date"]).contains("joined"))
        XCTAssertTrue(FieldVocabulary.eventNames(["joined", "on"]).contains("join"), "“when did she join” meets `joined_on`")
        XCTAssertTrue(FieldVocabulary.eventNames(["founded", "year"]).contains("founded"))
        XCTAssertEqual(FieldVocabulary.eventNames(["unit", "price"]), [])
    }

    func testAWhoQuestionIsNotAnsweredWithTheNamedPlace() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = await OfflinePlanner(model: model).plan("who works at the Ridge North branch?",
                                                               context: PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31)))
        if case .plan(let plan, _) = outcome {
            XCTAssertNotEqual(plan.subject, "branch", "a “who” is answered with people, not with the branch it names: \(plan)")
        }
    }

    func testGroupsWithNoneCountZero() async throws {
        let (model, directory) = try await draft()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = try await OfflinePlanner(model: model).requirePlan("how many products are there in each category?",
                                                                      context: PlanningContext(asOf: CalendarDate(year: 2025, month: 12, day: 31)))
        let compiled = try SemanticCompiler(model: model, dialect: .sqlite).compile(plan)
        let run = try await GuardedSQLRunner(database: try SQLiteReportingDatabase(path: try XCTUnwrap(databasePath))).run(compiled.sql)
        let counts = Dictionary(uniqueKeysWithValues: run.result.rows.map { ($0[0].description, $0[2].description) })
        XCTAssertEqual(counts["Garden"], "0", "a category with no products of its own is 0, not missing: \(counts)")
        XCTAssertEqual(counts["Brushes"], "3")
    }

    func testPascalCaseTablesKeepTheirWords() async throws {
        let directory = try TestSupport.temporaryDirectory("drafted-pascal")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("repairs.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE RepairTicket (ticketId INTEGER PRIMARY KEY, receivedAt TEXT, faultType TEXT, labourCharge REAL);
                INSERT INTO RepairTicket VALUES (1, '2024-01-02', 'screen', 40), (2, '2024-02-03', 'battery', 25),
                    (3, '2024-03-04', 'screen', 40), (4, '2024-04-05', 'water damage', 90);
                """)
        }
        let model = try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft()
        let entity = try XCTUnwrap(model.entities.first { $0.table == "repairticket" })
        XCTAssertTrue(entity.synonyms.contains("repair tickets"), "\(entity.synonyms)")
        XCTAssertTrue(entity.synonyms.contains("repairs"), "a repair ticket is a repair: \(entity.synonyms)")
    }
}
