import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotLLM

final class SQLGuardTests: XCTestCase {
    private let policy = SQLPolicy(dialect: .sqlite, tables: [
        "orders": ["order_id", "customer_id", "status", "ordered_at", "total_amount"],
        "order_items": ["order_item_id", "order_id", "product_id", "quantity", "line_total"],
        "products": ["product_id", "name", "category_id"],
        "sqlite_master": ["name", "sql"],  // must be dropped by the policy itself
    ])

    private func accept(_ sql: String, file: StaticString = #filePath, line: UInt = #line) -> ValidatedQuery? {
        do {
            return try SQLGuard(policy: policy).validate(sql)
        } catch {
            XCTFail("refused \(sql): \(error)", file: file, line: line)
            return nil
        }
    }

    private func refuse(_ sql: String, _ reason: SQLGuardError.Reason, dialect: SQLDialect = .sqlite,
                        file: StaticString = #filePath, line: UInt = #line) {
        var policy = self.policy
        policy.dialect = dialect
        do {
            let query = try SQLGuard(policy: policy).validate(sql)
            XCTFail("accepted \(sql) as \(query.sql)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.reason, reason, "\(sql): \(error.message)", file: file, line: line)
        }
    }

    func testAcceptsOrdinaryAnalyticalQueries() {
        XCTAssertNotNil(accept("SELECT count(*) FROM orders"))
        XCTAssertNotNil(accept("select o.status, sum(oi.line_total) as revenue from orders o join order_items oi on oi.order_id = o.order_id group by 1 order by 2 desc limit 5;"))
        XCTAssertNotNil(accept("WITH monthly AS (SELECT strftime('%Y-%m', ordered_at) AS month, sum(total_amount) total FROM orders GROUP BY 1) SELECT month, total, lag(total) OVER (ORDER BY month) FROM monthly"))
        XCTAssertNotNil(accept("SELECT 'DROP TABLE orders; --' AS text, \"orders\".\"order_id\" FROM \"orders\" -- trailing comment"))
        XCTAssertNotNil(accept("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT x FROM n"))
        XCTAssertNotNil(accept("SELECT p.name FROM products p WHERE p.product_id IN (SELECT product_id FROM order_items) AND p.name LIKE '%a%'"))
        XCTAssertNotNil(accept("SELECT CAST(total_amount AS INTEGER), CASE WHEN status = 'paid' THEN 1 ELSE 0 END FROM orders"))
    }

    func testAppendsLimitOnlyWhenMissing() throws {
        let appended = try XCTUnwrap(accept("SELECT order_id FROM orders;"))
        XCTAssertTrue(appended.limitAppended)
        XCTAssertEqual(appended.sql, "SELECT order_id FROM orders\nLIMIT 1001")
        let kept = try XCTUnwrap(accept("SELECT order_id FROM orders LIMIT 5"))
        XCTAssertFalse(kept.limitAppended)
        XCTAssertEqual(kept.sql, "SELECT order_id FROM orders LIMIT 5")
        // A LIMIT inside a subquery does not bound the outer query.
        XCTAssertTrue(try XCTUnwrap(accept("SELECT * FROM (SELECT order_id FROM orders LIMIT 5)")).limitAppended)
        XCTAssertEqual(appended.tables, ["orders"])
    }

    func testStatementBoundaries() {
        refuse("SELECT 1; DROP TABLE orders", .writeNotAllowed)
        refuse("SELECT 1; SELECT 2", .multipleStatements)
        refuse("SELECT 1 /* ; */ ; SELECT 2", .multipleStatements)
        XCTAssertNotNil(accept("SELECT ';' AS semicolon, '--' AS dashes /* ; */"))
        refuse("", .emptyQuery)
        refuse(" ;; ", .emptyQuery)
        refuse("SELECT 'unterminated", .syntaxError)
        refuse("SELECT 1 /* open", .syntaxError)
        refuse("SELECT (1", .syntaxError)
        refuse("SELECT 1\u{0}; DROP TABLE orders", .syntaxError)
    }

    func testRefusesEverythingButReads() {
        refuse("DELETE FROM orders", .writeNotAllowed)
        refuse("dRoP/**/TABLE orders", .writeNotAllowed)
        refuse("REPLACE INTO orders VALUES (1)", .writeNotAllowed)
        refuse("PRAGMA writable_schema = 1", .pragmaNotAllowed)
        refuse("ATTACH DATABASE '/tmp/x.db' AS x", .attachNotAllowed)
        refuse("BEGIN", .transactionControl)
        refuse("COMMIT", .transactionControl)
        refuse("VALUES (1)", .notSelect)
        refuse("EXPLAIN SELECT 1", .writeNotAllowed)
        refuse("SELECT * INTO backup FROM orders", .writeNotAllowed)
        refuse("WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d", .writeNotAllowed, dialect: .postgres)
        refuse("SELECT * FROM orders FOR UPDATE", .writeNotAllowed, dialect: .postgres)
        // SQLite bounds a recursive CTE with its length limit; PostgreSQL has none, so recursion is refused there.
        let recursive = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT x FROM n"
        XCTAssertNotNil(accept(recursive))
        refuse(recursive, .tooComplex, dialect: .postgres)
        refuse("SELECT order_id FROM orders WHERE order_id = ?", .parameterNotAllowed)
    }

    func testAllowlist() {
        refuse("SELECT * FROM sqlite_master", .tableNotAllowed)
        refuse("SELECT * FROM \"sqlite_schema\"", .tableNotAllowed)
        refuse("SELECT * FROM temp.sqlite_master", .tableNotAllowed)
        refuse("SELECT * FROM customers", .tableNotAllowed)
        refuse("SELECT * FROM pragma_table_info('orders')", .tableNotAllowed)
        refuse("SELECT secret FROM orders", .columnNotAllowed)
        refuse("SELECT o.secret FROM orders o", .columnNotAllowed)
        refuse("SELECT load_extension('x')", .functionNotAllowed)
        refuse("SELECT readfile('/etc/passwd')", .functionNotAllowed)
        refuse("SELECT hex(randomblob(1000000000))", .functionNotAllowed)
        refuse("SELECT pg_sleep(10)", .functionNotAllowed, dialect: .postgres)
        refuse("SELECT * FROM pg_catalog.pg_authid", .tableNotAllowed, dialect: .postgres)
        XCTAssertNotNil(accept("SELECT * FROM main.orders"))
    }

    func testDialectLexing() throws {
        var postgres = policy
        postgres.dialect = .postgres
        let guardPG = SQLGuard(policy: postgres)
        // Dollar quoting and E-strings hide semicolons from a naive splitter, not from us.
        XCTAssertNoThrow(try guardPG.validate("SELECT $$; DROP TABLE orders$$ AS text"))
        XCTAssertThrowsError(try guardPG.validate("SELECT E'\\''; DROP TABLE orders; --'"))
        XCTAssertNoThrow(try guardPG.validate("SELECT extract(year FROM ordered_at), date_trunc('month', ordered_at)::date FROM orders"))
        // Backticks and brackets quote identifiers in SQLite only.
        XCTAssertNotNil(accept("SELECT `order_id`, [status] FROM orders"))
    }

    func testResourceCaps() {
        refuse(String(repeating: "(", count: 60) + "1" + String(repeating: ")", count: 60), .tooComplex)
        let union = Array(repeating: "SELECT 1", count: 20).joined(separator: " UNION ALL ")
        refuse(union, .tooComplex)
        refuse("SELECT '" + String(repeating: "x", count: 200_000) + "'", .tooLong)
    }

    /// Resource attacks SQLite's own limits refuse are refused by the guard for every dialect, so
    /// PostgreSQL refuses them too.
    func testExpressionDepthAndPatternLimitsForEveryDialect() {
        let nots = "SELECT 1 FROM orders WHERE " + String(repeating: "NOT ", count: 300) + "status = 'paid'"
        let minuses = "SELECT " + String(repeating: "- ", count: 300) + "1"
        let wildcards = "SELECT count(*) FROM products WHERE name LIKE '" + String(repeating: "%a", count: 200) + "'"
        let long = "SELECT count(*) FROM products WHERE name NOT LIKE '" + String(repeating: "a", count: 51) + "'"
        let glued = "SELECT count(*) FROM products WHERE name LIKE " + Array(repeating: "'%_'", count: 30).joined(separator: " || ")
        let ilike = "SELECT count(*) FROM products WHERE name ILIKE '" + String(repeating: "_", count: 40) + "'"
        for dialect in [SQLDialect.sqlite, .postgres] {
            for sql in [nots, minuses, wildcards, long, glued] { refuse(sql, .tooComplex, dialect: dialect) }
        }
        refuse(ilike, .tooComplex, dialect: .postgres)
        var postgres = policy
        postgres.dialect = .postgres
        for guardian in [SQLGuard(policy: policy), SQLGuard(policy: postgres)] {
            XCTAssertNoThrow(try guardian.validate("SELECT count(*) FROM orders WHERE NOT NOT status = 'paid' AND status NOT LIKE '%refund%'"))
            XCTAssertNoThrow(try guardian.validate("SELECT count(*) FROM orders WHERE status LIKE 'p_id' ESCAPE '!'"))
        }
    }

    func testRefusalMessagesNeverEchoLiterals() {
        do {
            _ = try SQLGuard(policy: policy).validate("SELECT 'my-secret-token'; DELETE FROM orders")
            XCTFail("accepted")
        } catch {
            XCTAssertFalse(error.message.contains("my-secret-token"))
        }
    }
}
