import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore

/// The drafted model of a small staff-and-products database written here: display attributes,
/// labels, measures only on quantities, dates stored as text, role names and link tables.
final class ModelDrafterTests: XCTestCase {
    static func makeDatabase() throws -> (URL, String) {
        let directory = try TestSupport.temporaryDirectory("drafter")
        let path = directory.appendingPathComponent("shop.sqlite").path
        let queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE Departments (dept_no INTEGER PRIMARY KEY, dept_name TEXT);
                CREATE TABLE Staff (staff_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, phone_number TEXT,
                    hired TEXT, salary REAL, manager_id INTEGER REFERENCES Staff(staff_id), dept_no INTEGER REFERENCES Departments(dept_no),
                    birth_year INTEGER, zip_code TEXT);
                CREATE TABLE Products (productId INTEGER PRIMARY KEY, productName TEXT, unitPrice REAL, total_amount REAL, order_qty INTEGER,
                    product_category_code TEXT);
                CREATE TABLE Suppliers (supplier_id INTEGER PRIMARY KEY, supplier_name TEXT);
                CREATE TABLE Product_Suppliers (productId INTEGER REFERENCES Products(productId),
                    supplier_id INTEGER REFERENCES Suppliers(supplier_id), PRIMARY KEY (productId, supplier_id));
                INSERT INTO Departments VALUES (1, 'Sales'), (2, 'Finance');
                INSERT INTO Staff VALUES (1, 'Ana', 'Lopez', '555-0101', '2019-04-02 09:00:00', 5200, NULL, 1, 1980, '10001'),
                    (2, 'Ben', 'Moss', '555-0102', '2020-01-15 09:00:00', 4100, 1, 1, 1991, '10002'),
                    (3, 'Cy', 'North', '555-0103', '2021-06-30 09:00:00', 3900, 1, 2, 1995, '10003'),
                    (4, 'Di', 'Owen', '555-0104', '2022-02-01 09:00:00', 3500, 2, 2, 1999, '10004');
                INSERT INTO Products VALUES (1, 'Desk', 120.5, 800, 3, 'Furniture'), (2, 'Lamp', 30, 120, 4, 'Lighting');
                INSERT INTO Suppliers VALUES (1, 'Acme'), (2, 'Birch');
                INSERT INTO Product_Suppliers VALUES (1, 1), (2, 1), (2, 2);
                """)
        }
        _ = queue
        return (directory, path)
    }

    func testDraftReadsTheSchemaAndTheData() async throws {
        let (directory, path) = try Self.makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft()
        func dimension(_ expression: String) -> SemanticModel.Dimension? { model.dimensions.first { $0.expressions.contains(expression) } }

        // One display attribute per table: a name column, or first + last name for people.
        XCTAssertEqual(model.entities.first { $0.table == "staff" }?.display, "staff.first_name || ' ' || staff.last_name")
        XCTAssertEqual(model.entities.first { $0.table == "staff" }?.person, true)
        XCTAssertEqual(model.entities.first { $0.table == "products" }?.display, "products.productname")
        XCTAssertEqual(model.entities.first { $0.table == "departments" }?.display, "departments.dept_name")
        XCTAssertEqual(dimension("departments.dept_name")?.values, ["Finance", "Sales"])

        // Labels from snake_case and camelCase, abbreviations spelled out.
        XCTAssertEqual(dimension("products.unitprice")?.label, "unit price")
        // "Expensive" ranks a table's records by its own price.
        XCTAssertEqual(dimension("products.unitprice")?.adjectives?.high.contains("priciest"), true)
        XCTAssertTrue(model.metrics.contains { $0.label == "total order quantity" })
        XCTAssertFalse(model.metrics.contains { $0.label?.contains("total total") == true })
        XCTAssertTrue(model.metrics.contains { $0.label == "total amount" && $0.expression == "SUM(products.total_amount)" })

        // Measures only on quantities: not keys, phone numbers, postal codes or years.
        let summed = Set(model.metrics.compactMap(\.expression).filter { $0.hasPrefix("SUM(") })
        XCTAssertTrue(summed.contains("SUM(staff.salary)"))
        for column in ["staff_id", "manager_id", "dept_no", "phone_number", "zip_code", "birth_year"] {
            XCTAssertFalse(summed.contains("SUM(staff.\(column))"), column)
        }
        XCTAssertEqual(dimension("staff.phone_number")?.fieldType, .identifier)
        XCTAssertEqual(dimension("staff.birth_year")?.fieldType, .number)
        XCTAssertEqual(dimension("products.product_category_code")?.values, ["Furniture", "Lighting"])

        // A date stored as text is found from its values.
        XCTAssertEqual(dimension("staff.hired")?.fieldType, .date)
        XCTAssertEqual(model.entities.first { $0.table == "staff" }?.time, "staff.hired")

        // Foreign keys as joins; a self-reference reads the table again under its role name.
        XCTAssertTrue(model.joins.contains { $0.from == "staff" && $0.to == "departments" })
        XCTAssertEqual(model.table(named: "manager")?.source, "staff")
        XCTAssertTrue(model.joins.contains { $0.from == "staff" && $0.to == "manager" && $0.on == "staff.manager_id = manager.staff_id" })
        XCTAssertEqual(model.dimensions.first { $0.label == "manager" }?.expressions, ["manager.first_name || ' ' || manager.last_name"])

        // The link table is recognised and is no entity of its own.
        let link = try XCTUnwrap(model.table(named: "product_suppliers")?.description)
        XCTAssertTrue(link.hasPrefix("links ") && link.contains("products") && link.contains("suppliers"), link)
        XCTAssertFalse(model.entities.contains { $0.table == "product_suppliers" })

        // No synonym twice among the fields, none twice among the metrics.
        for synonyms in [model.dimensions.flatMap(\.synonyms), model.metrics.flatMap(\.synonyms)] {
            XCTAssertEqual(synonyms.count, Set(synonyms).count, "\(Dictionary(grouping: synonyms, by: { $0 }).filter { $0.value.count > 1 }.keys)")
        }

        // The draft is a model the checker finds nothing wrong with, and it reads back from YAML.
        let database = try SQLiteReportingDatabase(path: path)
        let problems = await ModelChecker(model: model, database: database).check()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(try SemanticModel.parse(yaml: try model.yaml()).dimensions.count, model.dimensions.count)
    }

    func testCheckerReportsWhatIsWrongInAnEditedModel() async throws {
        let (directory, path) = try Self.makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteReportingDatabase(path: path)
        var model = try await ModelDrafter(database: database).draft()
        model.tables.append(.init(name: "Invoices"))
        model.dimensions.append(.init(name: "wage", synonyms: ["wage"], expressions: ["staff.wage"]))
        model.dimensions.append(.init(name: "pay", synonyms: ["pay"], expressions: ["staff.salary +* 2"]))
        model.dimensions.append(model.dimensions[0])
        let kinds = Set(await ModelChecker(model: model, database: database).check().map(\.kind))
        XCTAssertEqual(kinds, [.unknownTable, .unknownColumn, .badExpression, .duplicateName])
    }

    /// Money kept in cents is read in dollars; a shared code table is read under each key's own
    /// name, and each such field lists only the codes its key uses.
    func testCentsAndASharedCodeTable() async throws {
        let directory = try TestSupport.temporaryDirectory("drafter-codes")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("codes.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE lookup_values (lookup_id INTEGER PRIMARY KEY, lookup_type TEXT, code TEXT, label TEXT);
                CREATE TABLE orders (order_id INTEGER PRIMARY KEY, status_id INTEGER REFERENCES lookup_values(lookup_id),
                    channel_id INTEGER REFERENCES lookup_values(lookup_id), payment_method_id INTEGER REFERENCES lookup_values(lookup_id),
                    total_cents INTEGER, placed_on TEXT, item_count INTEGER);
                INSERT INTO lookup_values VALUES (1, 'order_status', 'C', 'Completed'), (2, 'order_status', 'X', 'Cancelled'),
                    (3, 'channel', 'W', 'Web'), (4, 'channel', 'S', 'Store'), (5, 'payment', 'CARD', 'Card'), (6, 'payment', 'CASH', 'Cash');
                INSERT INTO orders VALUES (1, 1, 3, 5, 1250, '2025-01-03', 2), (2, 2, 4, 6, 990, '2025-01-04', 1),
                    (3, 1, 4, 5, 4000, '2025-02-01', 7), (4, 1, 3, 6, 1575, '2025-02-11', 3);
                """)
        }
        let model = try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft()
        func field(_ name: String) -> SemanticModel.Dimension? { model.dimensions.first { $0.name == name } }

        XCTAssertEqual(field("status")?.values, ["Cancelled", "Completed"])
        XCTAssertEqual(field("channel")?.values, ["Store", "Web"])
        XCTAssertEqual(field("payment_method")?.values, ["Card", "Cash"])
        XCTAssertEqual(model.table(named: "status")?.source, "lookup_values")
        XCTAssertTrue(model.joins.contains { $0.from == "orders" && $0.to == "status" && $0.on == "orders.status_id = status.lookup_id" })

        let total = try XCTUnwrap(model.metrics.first { $0.expression?.hasPrefix("SUM(") == true && $0.expression?.contains("total_cents") == true })
        XCTAssertEqual(total.expression, "SUM((orders.total_cents / 100.0))")
        XCTAssertFalse(total.label?.contains("cents") ?? true, total.label ?? "")
        // A count column is said by the things counted: "orders with more than 5 items".

        XCTAssertEqual(model.dimensions.first { $0.expressions == ["orders.item_count"] }?.synonyms.contains("items"), true)
        let problems = await ModelChecker(model: model, database: try SQLiteReportingDatabase(path: path)).check()
        XCTAssertEqual(problems, [])
    }

    /// Schemas nobody here wrote: names run together (`custnm`), Hungarian prefixes (`dtmStart`),
    /// dates kept as `DD/MM/YYYY` text or as `YYYYMMDD` numbers, and a key named for the part its
    /// target plays (`driverno` → staff as the driver).
    func testRunTogetherNamesTextDatesAndRoleKeys() async throws {
        XCTAssertEqual(NameWords.phrase("custnm"), "customer name")
        XCTAssertEqual(NameWords.phrase("prcperdlv"), "price per delivery")
        XCTAssertEqual(NameWords.phrase("strFirstName"), "first name")
        XCTAssertEqual(NameWords.phrase("lngSalonID"), "salon id")
        XCTAssertEqual(NameWords.phrase("FRST_NM"), "first name")
        // Whole words are left whole: no "seas" + "on", no "cust" + "omer".
        XCTAssertNil(NameWords.segmented("season"))
        XCTAssertNil(NameWords.segmented("customer"))

        let directory = try TestSupport.temporaryDirectory("drafter-dates")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("florist.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE staff (staffno INTEGER PRIMARY KEY, firstnm TEXT, lastnm TEXT);
                CREATE TABLE delv (delvno INTEGER PRIMARY KEY, driverno INTEGER REFERENCES staff(staffno), delvdt TEXT, PKUP_DT INTEGER, delvfee REAL);
                INSERT INTO staff VALUES (1, 'Anh', 'Le'), (2, 'Evie', 'Garcia');
                INSERT INTO delv VALUES (1, 1, '14/02/2025', 20250214, 12.5), (2, 2, '03/01/2025', 20250103, 9.0),
                    (3, 1, '28/12/2024', 20241228, 12.5), (4, 2, '01/03/2025', 20250301, 15.0);
                """)
        }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let textDate = try XCTUnwrap(model.dimensions.first { $0.expressions.first?.contains("delv.delvdt") == true })
        XCTAssertEqual(textDate.fieldType, .date)
        XCTAssertEqual(textDate.expressions, ["(substr(delv.delvdt, 7, 4) || '-' || substr(delv.delvdt, 4, 2) || '-' || substr(delv.delvdt, 1, 2))"])
        let numberDate = try XCTUnwrap(model.dimensions.first { $0.expressions.first?.lowercased().contains("pkup_dt") == true })
        XCTAssertEqual(numberDate.fieldType, .date)
        // Both read as ISO dates in SQL, so periods compare as dates.
        for dimension in [textDate, numberDate] {
            let rows = try await GuardedSQLRunner(database: database).run("SELECT \(dimension.expressions[0]) AS day FROM delv WHERE \(dimension.expressions[0]) >= '2025-01-01' ORDER BY day").result.rows
            XCTAssertEqual(rows.map { $0.map(\.description) }, [["2025-01-03"], ["2025-02-14"], ["2025-03-01"]], dimension.name)
        }
        XCTAssertEqual(model.table(named: "driver")?.source, "staff")
        XCTAssertTrue(model.joins.contains { $0.from == "delv" && $0.to == "driver" })
        let problems = await ModelChecker(model: model, database: database).check()
        XCTAssertEqual(problems, [])
    }

    func testGermanSchemaWordsAndStatusesReadInEnglish() {
        XCTAssertEqual(NameWords.phrase("auftragsdatum"), "order date", "a compound with its linking s cut into known pieces")
        XCTAssertEqual(NameWords.phrase("stammfiliale_id"), "home branch id")
        XCTAssertEqual(NameWords.phrase("kunden"), "customers")
        XCTAssertEqual(NameWords.phrase("position"), "position", "an English schema's word stays English")
        XCTAssertTrue(FieldVocabulary.valueNames(for: "storniert").contains("cancelled"))
        XCTAssertTrue(FieldVocabulary.valueNames(for: "nicht erschienen").contains("no-show"))
        XCTAssertFalse(FieldVocabulary.valueNames(for: "offen").contains("open"), "“open” is a branch's state, not an order's")
    }

    func testNameWords() {
        XCTAssertEqual(NameWords.phrase("customerFirstName"), "customer first name")
        XCTAssertEqual(NameWords.phrase("order_qty"), "order quantity")
        XCTAssertEqual(NameWords.phrase("Dept_No"), "department number")
        XCTAssertEqual(NameWords.phrase("br_nm"), "branch name")
        XCTAssertEqual(NameWords.phrase("f_nm"), "first name", "an initial before a name is its part")
        XCTAssertEqual(NameWords.phrase("l_name"), "last name")
        XCTAssertEqual(NameWords.phrase("unit_prc"), "unit price")
        XCTAssertEqual(NameWords.phrase("f_stop"), "f stop", "an initial before anything else stays")
        XCTAssertEqual(NameWords.singular("customer addresses"), "customer address")
        XCTAssertEqual(NameWords.plural("category"), "categories")
        XCTAssertEqual(NameWords.singular("staff"), "staff")
        XCTAssertEqual(NameWords.singular("warehouses"), "warehouse")
        XCTAssertEqual(NameWords.plural("date assigned"), "date assigned")
    }
}
