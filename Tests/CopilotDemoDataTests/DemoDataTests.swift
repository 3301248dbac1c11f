import Foundation
import XCTest
@testable import CopilotActions
@testable import CopilotDemoData
@testable import CopilotEvals
@testable import CopilotSQLite
@testable import CopilotState

/// One small demo database (scale 0.02) shared by the read-only checks below.
private let demoFixture: Result<(path: String, report: DemoGenerator.Report), any Error> = Result {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("copilot-demodata-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("demo.db").path
    let report = try DemoGenerator(options: .init(seed: 42, scale: 0.02)).generate(to: path)
    return (path, report)
}

final class DemoDataTests: XCTestCase {
    private func database() throws -> Connection {
        try Connection(path: demoFixture.get().path, mode: .readOnly)
    }

    private func integer(_ connection: Connection, _ sql: String, file: StaticString = #filePath,
                         line: UInt = #line) throws -> Int {
        guard let value = try connection.scalar(sql)?.int64Value else {
            XCTFail("no integer from \(sql)", file: file, line: line)
            return -1
        }
        return Int(value)
    }

    private func real(_ connection: Connection, _ sql: String) throws -> Double {
        try connection.scalar(sql)?.doubleValue ?? .nan
    }

    private func strings(_ connection: Connection, _ sql: String) throws -> [String] {
        try connection.rows(sql).map { $0.first?.description ?? "" }
    }

    /// Asserts that `sql` (a COUNT of offending rows) finds none.
    private func assertNone(_ connection: Connection, _ sql: String, _ message: String,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try integer(connection, sql, file: file, line: line), 0, message, file: file, line: line)
    }

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("copilot-demodata-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    // MARK: Contract

    func testTablesAndColumnsMatchTheContract() throws {
        let expected: [(String, [String])] = [
            ("dataset_info", ["key", "value"]),
            ("regions", ["region_id", "name"]),
            ("countries", ["country_code", "name", "region_id"]),
            ("stores", ["store_id", "name", "channel", "marketplace", "city", "country_code", "opened_on"]),
            ("customers", ["customer_id", "first_name", "last_name", "email", "city", "country_code", "segment",
                           "loyalty_tier", "signup_date", "acquisition_channel"]),
            ("categories", ["category_id", "name", "parent_id"]),
            ("suppliers", ["supplier_id", "name", "country_code", "lead_time_days"]),
            ("products", ["product_id", "sku", "name", "category_id", "brand", "supplier_id", "list_price", "unit_cost",
                          "launched_on", "is_active"]),
            ("orders", ["order_id", "customer_id", "store_id", "ordered_at", "status", "payment_method", "promo_code",
                        "subtotal", "discount_amount", "shipping_fee", "tax_amount", "total_amount"]),
            ("order_items", ["order_item_id", "order_id", "product_id", "quantity", "unit_price", "discount_amount",
                             "line_total"]),
            ("warehouses", ["warehouse_id", "name", "city", "country_code"]),
            ("shipments", ["shipment_id", "order_id", "warehouse_id", "carrier", "service_level", "shipped_at",
                           "promised_at", "delivered_at", "shipping_cost", "status"]),
            ("returns", ["return_id", "order_id", "order_item_id", "product_id", "requested_at", "reason", "status",
                         "refund_amount"]),
            ("inventory", ["product_id", "warehouse_id", "on_hand", "reserved", "reorder_point", "reorder_quantity",
                           "updated_at"]),
            ("reviews", ["review_id", "product_id", "customer_id", "order_id", "rating", "created_at"]),
        ]
        let db = try database()
        let tables = try strings(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        // The contract's tables, plus the daily rollups the semantic model declares (not part of the contract).
        XCTAssertEqual(tables.filter { !$0.hasPrefix("rollup_") }, expected.map(\.0).sorted())
        XCTAssertEqual(tables.filter { $0.hasPrefix("rollup_") },
                       ["rollup_daily_category_sales", "rollup_daily_country_sales", "rollup_daily_store_sales"])
        for (table, columns) in expected {
            let info = try db.rows("PRAGMA table_info(\(table))")
            XCTAssertEqual(info.map { $0[1].description }, columns, table)
        }
        let inventoryKey = try db.rows("PRAGMA table_info(inventory)").filter { ($0[5].int64Value ?? 0) > 0 }
        XCTAssertEqual(inventoryKey.map { $0[1].description }, ["product_id", "warehouse_id"])
        XCTAssertEqual(try strings(db, "PRAGMA foreign_key_check"), [], "dangling references")
        XCTAssertEqual(try strings(db, "PRAGMA integrity_check"), ["ok"])
    }

    func testDatasetInfoAndReportedCounts() throws {
        let db = try database()
        let info = Dictionary(uniqueKeysWithValues: try db.rows("SELECT key, value FROM dataset_info").map {
            ($0[0].description, $0[1].description)
        })
        XCTAssertEqual(info["as_of"], "2025-12-31")
        XCTAssertEqual(info["seed"], "42")
        XCTAssertEqual(info["scale"], "0.02")
        XCTAssertEqual(info["generator_version"], DemoGenerator.generatorVersion)

        let report = try demoFixture.get().report
        XCTAssertEqual(report.rowCounts.count, 15)
        for (table, count) in report.rowCounts {
            XCTAssertEqual(try integer(db, "SELECT COUNT(*) FROM \(table)"), count, table)
        }
        XCTAssertEqual(report.rowCounts["orders"], 2_400)
        XCTAssertEqual(report.rowCounts["customers"], 400)
        XCTAssertGreaterThanOrEqual(report.rowCounts["products"] ?? 0, 31 * DemoBuild.minimumProductsPerSubcategory)
        let items = Double(report.rowCounts["order_items"] ?? 0) / 2_400
        XCTAssertTrue((2.0...3.2).contains(items), "items per order \(items)")
    }

    // MARK: Identities

    func testMoneyIdentitiesHoldOnEveryRow() throws {
        let db = try database()
        try assertNone(db, """
            SELECT COUNT(*) FROM order_items WHERE abs(line_total - (quantity * unit_price - discount_amount)) > 0.005
               OR quantity <= 0 OR unit_price <= 0 OR discount_amount < 0
            """, "line_total = quantity * unit_price - discount_amount")
        try assertNone(db, """
            SELECT COUNT(*) FROM orders o JOIN (
                SELECT order_id, SUM(quantity * unit_price) AS gross, SUM(discount_amount) AS discount
                FROM order_items GROUP BY order_id) i USING (order_id)
            WHERE abs(o.subtotal - i.gross) > 0.005 OR abs(o.discount_amount - i.discount) > 0.005
            """, "order subtotal and discount are the sums of the items")
        try assertNone(db, "SELECT COUNT(*) FROM orders WHERE order_id NOT IN (SELECT order_id FROM order_items)",
                       "every order has items")
        try assertNone(db, """
            SELECT COUNT(*) FROM orders
            WHERE abs(total_amount - round(subtotal - discount_amount + shipping_fee + tax_amount, 2)) > 0.005
               OR shipping_fee < 0 OR tax_amount < 0
            """, "total = subtotal - discount + shipping + tax")
        try assertNone(db, "SELECT COUNT(*) FROM returns WHERE refund_amount < 0 OR refund_amount > 0 AND status = 'rejected'",
                       "rejected returns refund nothing")
        try assertNone(db, "SELECT COUNT(*) FROM products WHERE unit_cost <= 0 OR unit_cost >= list_price",
                       "costs are positive and below list price")
    }

    func testLifecycleRules() throws {
        let db = try database()
        try assertNone(db, "SELECT COUNT(*) FROM shipments s JOIN orders o USING (order_id) WHERE o.status = 'cancelled'",
                       "cancelled orders have no shipment")
        try assertNone(db, """
            SELECT COUNT(*) FROM orders o
            WHERE (SELECT COUNT(*) FROM shipments s WHERE s.order_id = o.order_id)
                  <> (CASE WHEN o.status IN ('shipped', 'delivered', 'returned') THEN 1 ELSE 0 END)
            """, "exactly the shipped, delivered and returned orders have one shipment")
        try assertNone(db, """
            SELECT COUNT(*) FROM shipments s JOIN orders o USING (order_id)
            WHERE s.shipped_at <= o.ordered_at OR s.promised_at < date(s.shipped_at)
               OR (s.status = 'delivered') <> (s.delivered_at IS NOT NULL)
               OR s.delivered_at <= s.shipped_at
               OR (o.status IN ('delivered', 'returned')) <> (s.status = 'delivered')
            """, "shipment times and statuses are consistent with the order")
        try assertNone(db, """
            SELECT COUNT(*) FROM returns r JOIN orders o USING (order_id) WHERE o.status NOT IN ('delivered', 'returned')
            """, "only delivered or returned orders have returns")
        try assertNone(db, """
            SELECT COUNT(*) FROM reviews r JOIN orders o USING (order_id) WHERE o.status NOT IN ('delivered', 'returned')
            """, "only delivered or returned orders have reviews")
        try assertNone(db, """
            SELECT COUNT(*) FROM orders o WHERE o.status = 'returned'
              AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.order_id AND r.status <> 'rejected')
            """, "returned orders have returns")
        try assertNone(db, """
            SELECT COUNT(*) FROM returns r JOIN order_items i USING (order_item_id)
            JOIN shipments s ON s.order_id = r.order_id
            WHERE i.order_id <> r.order_id OR i.product_id <> r.product_id OR r.requested_at <= s.delivered_at
               OR r.status = 'refunded' AND abs(r.refund_amount - i.line_total) > 0.005
            """, "a return points at an item of its own order, after delivery")
        try assertNone(db, """
            SELECT COUNT(*) FROM reviews v JOIN orders o USING (order_id) JOIN shipments s USING (order_id)
            WHERE v.customer_id <> o.customer_id OR v.created_at <= s.delivered_at
               OR NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = v.order_id AND i.product_id = v.product_id)
            """, "a review is by the buyer, of a product in the order, after delivery")
        try assertNone(db, """
            SELECT COUNT(*) FROM orders o JOIN customers c USING (customer_id) JOIN stores s USING (store_id)
            WHERE date(o.ordered_at) < c.signup_date OR date(o.ordered_at) < s.opened_on
            """, "nobody buys before signing up, no store sells before opening")
        try assertNone(db, """
            SELECT COUNT(*) FROM order_items i JOIN orders o USING (order_id) JOIN products p USING (product_id)
            WHERE date(o.ordered_at) < p.launched_on
            """, "no product sells before its launch")
    }

    func testDateAndTimeFormats() throws {
        let db = try database()
        let stamp = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]"
        let date = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
        let checks: [(String, String, String)] = [
            ("orders", "ordered_at", stamp), ("shipments", "shipped_at", stamp), ("shipments", "delivered_at", stamp),
            ("returns", "requested_at", stamp), ("reviews", "created_at", stamp), ("inventory", "updated_at", stamp),
            ("shipments", "promised_at", date), ("stores", "opened_on", date), ("customers", "signup_date", date),
            ("products", "launched_on", date),
        ]
        for (table, column, pattern) in checks {
            try assertNone(db, """
                SELECT COUNT(*) FROM \(table) WHERE \(column) IS NOT NULL
                  AND (typeof(\(column)) <> 'text' OR \(column) NOT GLOB '\(pattern)'
                       OR datetime(\(column)) IS NULL OR substr(datetime(\(column)), 1, length(\(column))) <> \(column))
                """, "\(table).\(column) is a valid '\(pattern)'")
        }
        XCTAssertEqual(try integer(db, "SELECT MIN(ordered_at) >= '2023-01-01 00:00:00' FROM orders"), 1)
        XCTAssertEqual(try integer(db, "SELECT MAX(ordered_at) <= '2025-12-31 23:59:59' FROM orders"), 1)
        for (table, column) in [("shipments", "delivered_at"), ("returns", "requested_at"), ("reviews", "created_at"),
                                ("inventory", "updated_at"), ("customers", "signup_date")] {
            try assertNone(db, "SELECT COUNT(*) FROM \(table) WHERE \(column) > '2025-12-31 23:59:59'",
                           "\(table).\(column) is not after the as-of date")
        }
    }

    // MARK: Reference data

    func testReferenceData() throws {
        let db = try database()
        XCTAssertEqual(try strings(db, "SELECT name FROM regions ORDER BY region_id"),
                       ["North America", "Europe", "Asia Pacific", "Latin America"])
        let countries = Set(try strings(db, "SELECT country_code FROM countries"))
        XCTAssertGreaterThanOrEqual(countries.count, 12)
        XCTAssertTrue(Set(["US", "CA", "FR", "DE", "GB", "ES", "IT", "NL", "JP", "AU", "BR", "MX"]).isSubset(of: countries))
        XCTAssertEqual(try strings(db, """
            SELECT c.country_code || ':' || r.name FROM countries c JOIN regions r USING (region_id)
            WHERE c.country_code IN ('US', 'MX', 'BR', 'JP', 'FR') ORDER BY 1
            """), ["BR:Latin America", "FR:Europe", "JP:Asia Pacific", "MX:Latin America", "US:North America"])
        XCTAssertEqual(try strings(db, "SELECT DISTINCT marketplace FROM stores WHERE marketplace IS NOT NULL ORDER BY 1"),
                       ["Amazon", "BackMarket", "CDiscount", "Mirakl", "Refurbed", "eBay"])
        XCTAssertEqual(try strings(db, "SELECT DISTINCT marketplace FROM stores s JOIN orders o USING (store_id) WHERE marketplace IS NOT NULL ORDER BY 1").count,
                       6, "every marketplace sells")
        try assertNone(db, "SELECT COUNT(*) FROM stores WHERE (channel = 'marketplace') <> (marketplace IS NOT NULL)",
                       "marketplace is set exactly for marketplace stores")
        XCTAssertEqual(try strings(db, "SELECT DISTINCT channel FROM stores ORDER BY 1"), ["marketplace", "online", "retail"])

        XCTAssertEqual(Set(try strings(db, "SELECT name FROM categories WHERE parent_id IS NULL")),
                       ["Electronics", "Home & Kitchen", "Fashion", "Sports & Outdoors", "Beauty", "Toys & Games",
                        "Books", "Grocery"])
        try assertNone(db, """
            SELECT COUNT(*) FROM categories p
            WHERE p.parent_id IS NULL AND (SELECT COUNT(*) FROM categories c WHERE c.parent_id = p.category_id) NOT BETWEEN 2 AND 5
            """, "every top-level category has 2 to 5 subcategories")
        try assertNone(db, """
            SELECT COUNT(*) FROM categories c JOIN categories p ON p.category_id = c.parent_id WHERE p.parent_id IS NOT NULL
            """, "two levels only")
        try assertNone(db, """
            SELECT COUNT(*) FROM products p JOIN categories c USING (category_id) WHERE c.parent_id IS NULL
            """, "products belong to subcategories")
        try assertNone(db, """
            SELECT COUNT(*) FROM categories c WHERE c.parent_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM products p WHERE p.category_id = c.category_id)
            """, "every subcategory has products")
        XCTAssertEqual(try integer(db, "SELECT COUNT(DISTINCT name) * 1.0 / COUNT(*) >= 0.99 FROM products"), 1,
                       "product names are (nearly) unique")
        XCTAssertEqual(try integer(db, "SELECT COUNT(*) FROM products WHERE name GLOB '*[A-Za-z]* *[A-Za-z]*'"),
                       try integer(db, "SELECT COUNT(*) FROM products"))
        XCTAssertGreaterThan(try integer(db, "SELECT COUNT(DISTINCT country_code) FROM customers"), 12)
        XCTAssertEqual(try integer(db, "SELECT COUNT(DISTINCT carrier) FROM shipments"), 6)
    }

    // MARK: Realism

    func testBusinessShape() throws {
        let db = try database()
        let revenueByYear = try db.rows("""
            SELECT substr(o.ordered_at, 1, 4), SUM(i.line_total) FROM orders o JOIN order_items i USING (order_id)
            WHERE o.status <> 'cancelled' GROUP BY 1 ORDER BY 1
            """).map { $0[1].doubleValue ?? 0 }
        XCTAssertEqual(revenueByYear.count, 3)
        XCTAssertGreaterThan(revenueByYear[1], revenueByYear[0] * 1.05, "2024 grows over 2023")
        XCTAssertGreaterThan(revenueByYear[2], revenueByYear[1] * 1.05, "2025 grows over 2024")

        let perDay = """
            SELECT SUM(i.line_total) / COUNT(DISTINCT date(o.ordered_at)) FROM orders o JOIN order_items i USING (order_id)
            WHERE o.status <> 'cancelled'
            """
        let peak = try real(db, perDay + " AND substr(o.ordered_at, 6, 2) IN ('11', '12')")
        let average = try real(db, perDay)
        XCTAssertGreaterThan(peak, average * 1.15, "November/December sell more per day")

        let cancelled = try real(db, "SELECT AVG(status = 'cancelled') FROM orders")
        XCTAssertTrue((0.03...0.07).contains(cancelled), "cancellation rate \(cancelled)")
        let promoted = try real(db, "SELECT AVG(promo_code IS NOT NULL) FROM orders")
        XCTAssertTrue((0.04...0.2).contains(promoted), "promo share \(promoted)")
        try assertNone(db, "SELECT COUNT(*) FROM orders WHERE (promo_code IS NULL) AND discount_amount > 0",
                       "discounts come from promotions")

        let lowStock = try real(db, "SELECT AVG(on_hand - reserved <= reorder_point) FROM inventory")
        XCTAssertTrue((0.03...0.15).contains(lowStock), "low-stock share \(lowStock)")

        let returnRate = """
            SELECT COUNT(r.return_id) * 1.0 / COUNT(*) FROM order_items i JOIN orders o USING (order_id)
            JOIN products p USING (product_id) JOIN categories s ON s.category_id = p.category_id
            JOIN categories c ON c.category_id = s.parent_id
            LEFT JOIN returns r ON r.order_item_id = i.order_item_id
            WHERE o.status <> 'cancelled' AND c.name =
            """
        XCTAssertGreaterThan(try real(db, returnRate + " 'Fashion'"), try real(db, returnRate + " 'Grocery'") * 3,
                             "fashion comes back far more than groceries")

        let onTime = try db.rows("""
            SELECT carrier, AVG(date(delivered_at) <= promised_at) FROM shipments WHERE status = 'delivered' GROUP BY 1
            """).compactMap { $0[1].doubleValue }
        XCTAssertGreaterThan((onTime.max() ?? 0) - (onTime.min() ?? 0), 0.05, "carriers differ in punctuality")

        let rating = try real(db, "SELECT AVG(rating) FROM reviews")
        XCTAssertTrue((3.6...4.5).contains(rating), "average rating \(rating)")
        XCTAssertEqual(try integer(db, "SELECT rating FROM reviews GROUP BY rating ORDER BY COUNT(*) DESC LIMIT 1") >= 4, true)

        // Long tail: the best-selling tenth of the products moves a large share of the units (about half
        // at scale 1; less here, where most subcategories hold only the minimum 4 products).
        let units = try db.rows("""
            SELECT SUM(quantity) FROM order_items GROUP BY product_id ORDER BY 1 DESC
            """).compactMap { $0[0].int64Value }
        let top = units.prefix(max(1, units.count / 10)).reduce(0, +)
        XCTAssertGreaterThan(Double(top) / Double(units.reduce(0, +)), 0.25, "top 10 % of products sell > 25 % of units")

        // Repeat customers: a minority buys often.
        XCTAssertGreaterThan(try integer(db, "SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY 1 HAVING COUNT(*) >= 5)"), 10)
        XCTAssertGreaterThan(try integer(db, "SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY 1 HAVING COUNT(*) = 1)"), 10)

        let statuses = Set(try strings(db, "SELECT DISTINCT status FROM orders"))
        XCTAssertTrue(statuses.isSuperset(of: ["delivered", "cancelled", "returned", "shipped"]), "\(statuses)")
        try assertNone(db, """
            SELECT COUNT(*) FROM orders WHERE status IN ('pending', 'paid') AND ordered_at < '2025-12-20'
            """, "only recent orders are still unpaid or unshipped")
    }

    // MARK: Determinism and file handling

    func testSameSeedGivesIdenticalBytesAndOtherSeedsDiffer() throws {
        let directory = try temporaryDirectory()
        func generate(_ name: String, seed: UInt64) throws -> Data {
            let path = directory.appendingPathComponent(name).path
            _ = try DemoGenerator(options: .init(seed: seed, scale: 0.01)).generate(to: path)
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let first = try generate("a.db", seed: 7)
        let second = try generate("b.db", seed: 7)
        let other = try generate("c.db", seed: 8)
        XCTAssertEqual(first, second, "same seed and scale must give the same bytes")
        XCTAssertNotEqual(first, other, "another seed must give other data")
        XCTAssertEqual(first.count % 4_096, 0, "page size is 4096")
    }

    func testRefusesToOverwriteAndLeavesNoTemporaryFile() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("demo.db").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("keep".utf8)))
        XCTAssertThrowsError(try DemoGenerator(options: .init(seed: 1, scale: 0.005)).generate(to: path)) { error in
            guard case DemoGenerator.GenerationError.destinationExists = error else {
                return XCTFail("unexpected error \(error)")
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data("keep".utf8))

        let fresh = directory.appendingPathComponent("fresh.db").path
        // A stale temporary file from a crashed run is replaced, not an obstacle.
        XCTAssertTrue(FileManager.default.createFile(atPath: fresh + ".tmp", contents: Data("junk".utf8)))
        let report = try DemoGenerator(options: .init(seed: 1, scale: 0.005)).generate(to: fresh)
        XCTAssertGreaterThan(report.rowCounts["orders"] ?? 0, 0)
        XCTAssertGreaterThan(report.seconds, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh + ".tmp"))
        XCTAssertThrowsError(try DemoGenerator(options: .init(seed: 1, scale: 0)).generate(to: fresh + "2"))
    }

    // MARK: Building blocks

    func testCalendarArithmetic() {
        XCTAssertEqual(DemoCalendar.day(year: 1970, month: 1, day: 1), 0)
        XCTAssertEqual(DemoCalendar.dateString(DemoCalendar.day(year: 2024, month: 2, day: 29)), "2024-02-29")
        XCTAssertEqual(DemoCalendar.day(year: 2024, month: 3, day: 1) - DemoCalendar.day(year: 2024, month: 2, day: 28), 2)
        XCTAssertEqual(DemoCalendar.weekday(DemoCalendar.day(year: 2025, month: 12, day: 31)), 2, "a Wednesday")
        XCTAssertEqual(DemoCalendar.timestampString(DemoCalendar.day(year: 2023, month: 1, day: 1) * 86_400 + 3_723),
                       "2023-01-01 01:02:03")
        XCTAssertEqual(DemoCalendar.dateString(DemoTimeline.blackFriday(year: 2024)), "2024-11-29")
        XCTAssertEqual(DemoCalendar.dateString(DemoTimeline.blackFriday(year: 2025)), "2025-11-28")
        for day in stride(from: -1_000, to: 30_000, by: 37) {
            let civil = DemoCalendar.civil(day)
            XCTAssertEqual(DemoCalendar.day(year: civil.year, month: civil.month, day: civil.day), day)
        }
    }

    func testSeededRandomIsReproducibleAndInRange() {
        var a = SeededRandom(seed: 99, stream: 3)
        var b = SeededRandom(seed: 99, stream: 3)
        var c = SeededRandom(seed: 99, stream: 4)
        let first = (0..<8).map { _ in a.next() }
        XCTAssertEqual(first, (0..<8).map { _ in b.next() })
        XCTAssertNotEqual(first, (0..<8).map { _ in c.next() })
        for _ in 0..<10_000 {
            XCTAssertTrue((0..<7).contains(a.int(below: 7)))
            let u = a.uniform()
            XCTAssertTrue(u >= 0 && u < 1)
        }
        let picker = WeightedPicker(weights: [0, 1, 0, 3])
        var counts = [0, 0, 0, 0]
        for _ in 0..<4_000 { counts[picker.pick(using: &a)] += 1 }
        XCTAssertEqual(counts[0] + counts[2], 0)
        XCTAssertTrue((800...1_200).contains(counts[1]), "\(counts)")
        XCTAssertEqual(DemoBuild.apportion(total: 10, weights: [1, 1, 1]).reduce(0, +), 10)
    }
}
