import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore
@testable import CopilotDemoData
@testable import CopilotEvals
@testable import CopilotPostgres
@testable import CopilotResources
@testable import CopilotSQLite
@testable import RetailCopilot

/// PostgreSQL against a real server (``PostgresTestCluster``): the demo load, the execution path
/// and its limits, the eval and safety suites, the least-privilege role and model drafting.
final class PostgresTests: XCTestCase {
    /// The demo at the SQLite fixture's seed and scale, loaded once per test process.
    static let demo = SharedDemo()

    actor SharedDemo {
        private var name: String?

        /// The database's name, loading it on first use.
        func name(in cluster: PostgresTestCluster) async throws -> String {
            if let name { return name }
            let name = try await cluster.createDatabase("demo")
            _ = try await PostgresTableCopier(url: cluster.url(database: name)).copy(fromSQLite: TestSupport.demoDatabasePath)
            self.name = name
            return name
        }
    }

    private func demoURL() async throws -> (PostgresTestCluster, String) {
        let cluster = try PostgresTestCluster.require()
        return (cluster, cluster.url(database: try await Self.demo.name(in: cluster)))
    }

    func testDemoLoadCopiesEveryTableWithTheSameValues() async throws {
        let (_, url) = try await demoURL()
        let postgres = try await PostgresReportingDatabase.open(url: url)
        let sqlite = try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath)
        XCTAssertEqual(Set(postgres.schema.tables.map(\.name)), Set(sqlite.schema.tables.map(\.name)))
        let types = Dictionary(uniqueKeysWithValues: postgres.schema.tables.first { $0.name == "orders" }!.columns.map { ($0.name, $0.type) })
        XCTAssertEqual(types["ordered_at"], "TIMESTAMP")
        XCTAssertEqual(types["total_amount"], "NUMERIC")
        XCTAssertEqual(types["order_id"], "INTEGER")
        XCTAssertTrue(postgres.schema.tables.first { $0.name == "stores" }!.columns.contains { $0.name == "opened_on" && $0.type == "DATE" })
        XCTAssertTrue(postgres.schema.tables.first { $0.name == "order_items" }!.foreignKeys.contains { $0.table == "orders" })

        let checks = [
            "SELECT count(*) AS n, sum(total_amount) AS total, min(ordered_at) AS first, max(ordered_at) AS last FROM orders",
            "SELECT status, count(*) AS n, round(sum(total_amount), 2) AS total FROM orders GROUP BY status ORDER BY status",
            "SELECT first_name, email, signup_date FROM customers ORDER BY customer_id LIMIT 5",
            "SELECT count(*) AS n, sum(on_hand) AS stock FROM inventory",
            "SELECT key, value FROM dataset_info ORDER BY key",
            "SELECT shipment_id, delivered_at, promised_at FROM shipments ORDER BY shipment_id LIMIT 20",
        ]
        let comparator = ResultComparator()
        for sql in checks {
            let expected = try await GuardedSQLRunner(database: sqlite).run(sql).result
            let actual = try await GuardedSQLRunner(database: postgres).run(sql).result
            XCTAssertTrue(comparator.matches(generated: actual, reference: expected, ordered: true), "\(sql)\nSQLite: \(expected.rows.prefix(3))\nPostgreSQL: \(actual.rows.prefix(3))")
        }
        let asOf = await postgres.declaredAsOfDate()
        XCTAssertEqual(asOf, "2025-12-31")
    }

    func testLimitsTimeoutsAndCredentialsOnPostgres() async throws {
        let (cluster, url) = try await demoURL()
        let database = try await PostgresReportingDatabase.open(url: url) { $0.timeLimit = 0.5 }
        let runner = GuardedSQLRunner(database: database, logger: TestSupport.quietLogger)

        let capped = try await runner.run("SELECT order_item_id FROM order_items ORDER BY order_item_id").result
        XCTAssertEqual(capped.rowCount, database.policy.rowLimit)
        XCTAssertTrue(capped.truncated)

        let started = Date()
        do {
            _ = try await runner.run("SELECT count(*) AS n FROM order_items a, order_items b, order_items c")
            XCTFail("a cartesian product finished within the time limit")
        } catch let error as SQLGuardError {
            XCTAssertEqual(error.reason, .timeout)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
        // The connection is usable after a cancelled statement.
        let after = try await runner.run("SELECT count(*) AS n FROM regions").result
        XCTAssertEqual(after.rows.first?.first, .integer(4))

        // The transaction is read-only even for SQL the guard never sees.
        let writeError = await Self.error {
            _ = try await PostgresPool(url: url).withConnection { connection in
                try PostgresReportingDatabase.run("INSERT INTO regions (region_id, name) VALUES (99, 'Antarctica')", on: connection, policy: database.policy)
            }
        }
        XCTAssertEqual((writeError as? PostgresError)?.sqlState, "25006")

        // No password in names or connection errors.
        let secretURL = cluster.url(database: "no_such_db", user: "postgres", password: "s3cret-pw")
        XCTAssertFalse(PostgresURL.redacted(secretURL).contains("s3cret"))
        XCTAssertEqual(PostgresURL.redacted("postgres://u:pw@db.example:5432/shop?sslmode=require&password=x"),
                       "postgres://u@db.example:5432/shop?sslmode=require")
        let connectError = await Self.error { _ = try await PostgresReportingDatabase.open(url: secretURL) }
        XCTAssertNotNil(connectError)
        XCTAssertFalse("\(String(describing: connectError))".contains("s3cret"))
    }

    func testEvalSuiteAccuracyMatchesSQLite() async throws {
        let (_, url) = try await demoURL()
        let directory = try TestSupport.temporaryDirectory("pg-eval")
        defer { try? FileManager.default.removeItem(at: directory) }
        let resources = ResourceLibrary(root: TestSupport.repositoryRoot)
        var cases: [QuestionSuite.Case] = []
        for name in ["evals/questions.jsonl", "evals/conversations.jsonl"] {
            let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent(name), encoding: .utf8)
            cases += try QuestionSuite(jsonLines: text).cases
        }
        let suite = QuestionSuite(cases: cases)
        func engine(_ database: String, _ subdirectory: String) async throws -> CopilotEngine {
            try await CopilotEnvironment.makeEngine(CopilotConfiguration(
                database: database, dataDirectory: DataDirectory(explicit: directory.appendingPathComponent(subdirectory).path),
                resources: resources))
        }
        let sqliteEngine = try await engine(TestSupport.demoDatabasePath, "sqlite")
        let postgresEngine = try await engine(url, "postgres")
        XCTAssertEqual(postgresEngine.runner.database.dialect, .postgres)
        let sqliteReport = await EvalRunner(engine: sqliteEngine).run(suite)
        var postgresRunner = EvalRunner(engine: postgresEngine)
        postgresRunner.reference = sqliteEngine.runner  // the reference SQL is written for SQLite
        let postgresReport = await postgresRunner.run(suite)
        print(String(format: "eval (scale 0.05): SQLite %.1f%% (%d/%d, p50 %.1f ms), PostgreSQL %.1f%% (%d/%d, p50 %.1f ms)",
                     sqliteReport.accuracy * 100, sqliteReport.correct, sqliteReport.total, sqliteReport.latency(percentile: 50),
                     postgresReport.accuracy * 100, postgresReport.correct, postgresReport.total, postgresReport.latency(percentile: 50)))
        let sqliteVerdicts = Dictionary(uniqueKeysWithValues: sqliteReport.records.map { ("\($0.id)#\($0.turn)", $0.verdict) })
        for record in postgresReport.records where record.verdict != sqliteVerdicts["\(record.id)#\(record.turn)"] {
            print("differs on PostgreSQL: \(record.id)#\(record.turn) \(record.question) → \(record.verdict.rawValue): \(record.text.prefix(160)) \(record.sql ?? "")")
        }
        XCTAssertEqual(postgresReport.accuracy, sqliteReport.accuracy, accuracy: 0.01)
    }

    /// The two resource attacks SQLite's own limits refuse — a 300-deep `NOT NOT …` chain and a
    /// 200-wildcard `LIKE` pattern — are refused on PostgreSQL too, by the guard, before they run.
    func testDeepExpressionsAndLongPatternsAreRefusedAsOnSQLite() async throws {
        let (_, url) = try await demoURL()
        let postgres = GuardedSQLRunner(database: try await PostgresReportingDatabase.open(url: url), logger: TestSupport.quietLogger)
        let sqlite = GuardedSQLRunner(database: try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath), logger: TestSupport.quietLogger)
        let attacks = [
            "SELECT count(*) AS n FROM orders WHERE " + String(repeating: "NOT ", count: 300) + "status = 'paid'",
            "SELECT count(*) AS n FROM products WHERE name LIKE '" + String(repeating: "%a", count: 200) + "'",
            "SELECT count(*) AS n FROM products WHERE name ILIKE '" + String(repeating: "%_", count: 100) + "'",
        ]
        for (engine, runner) in [("PostgreSQL", postgres), ("SQLite", sqlite)] {
            for sql in attacks where engine == "PostgreSQL" || !sql.contains("ILIKE") {
                do {
                    _ = try await runner.run(sql)
                    XCTFail("\(engine) ran \(sql.prefix(60))…")
                } catch let error as SQLGuardError {
                    XCTAssertEqual(error.reason, .tooComplex, "\(engine): \(error.message)")
                }
            }
            let ordinary = try await runner.run("SELECT count(*) AS n FROM products WHERE NOT NOT name LIKE '%a%'").result
            XCTAssertEqual(ordinary.rowCount, 1, engine)
        }
    }

    func testSafetySuiteOnPostgresLeavesTheDataUnchanged() async throws {
        let cluster = try PostgresTestCluster.require()
        let database = try await Self.demo.name(in: cluster)
        let url = cluster.url(database: database)
        let suite = try SafetySuite(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("evals/safety.jsonl"))
        XCTAssertGreaterThanOrEqual(suite.cases.filter { $0.dialect == "postgres" && $0.expect == .blocked }.count, 100)
        let before = try await Self.checksum(cluster, database: database)

        let timeLimit = 1.0
        let reporting = try await PostgresReportingDatabase.open(url: url) { $0.timeLimit = timeLimit }
        let report = await suite.run(with: GuardedSQLRunner(database: reporting, logger: TestSupport.quietLogger))
        for failure in report.failures {
            XCTFail("\(failure.id) expected \(failure.expected), observed \(failure.observed)")
        }
        if let slowest = report.slowestBlocked {
            XCTAssertLessThan(slowest.milliseconds, timeLimit * 1000 + 1_500, "\(slowest.id) took too long to stop")
            print("PostgreSQL safety suite: \(report.attacks) attacks, \(report.controls) controls, slowest refusal \(slowest.id) \(String(format: "%.1f", slowest.milliseconds)) ms")
        }
        let after = try await Self.checksum(cluster, database: database)
        XCTAssertEqual(after, before, "the reporting database changed")
    }

    func testLeastPrivilegeRoleFromTheDocsCanReadButNotWrite() async throws {
        let cluster = try PostgresTestCluster.require()
        let name = try await cluster.createDatabase("roles")
        _ = try await PostgresTableCopier(url: cluster.url(database: name)).copy(fromSQLite: TestSupport.demoDatabasePath)
        let document = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/postgresql.md"), encoding: .utf8)
        let block = try XCTUnwrap(document.components(separatedBy: "<!-- role-sql:start -->").last?
            .components(separatedBy: "<!-- role-sql:end -->").first)
        let sql = block.replacingOccurrences(of: "```sql", with: "").replacingOccurrences(of: "```", with: "")
            .replacingOccurrences(of: "DATABASE retail", with: "DATABASE \(name)")
        try await cluster.execute(sql, database: name)

        let reader = cluster.url(database: name, user: "copilot_reader")
        let database = try await PostgresReportingDatabase.open(url: reader)
        XCTAssertTrue(database.policy.allows(table: "orders"))
        let count = try await GuardedSQLRunner(database: database).run("SELECT count(*) AS n FROM orders").result
        XCTAssertGreaterThan(count.rows.first?.first?.int64Value ?? 0, 0)

        let session = PostgresSession(url: reader, label: "reader")
        func state(_ sql: String) async -> String? {
            let error = await Self.error { try await session.withConnection { try $0.execute(sql, context: "role test") } }
            return (error as? PostgresError)?.sqlState ?? (error == nil ? "ok" : "\(String(describing: error))")
        }
        let insert = "INSERT INTO regions (region_id, name) VALUES (99, 'Antarctica')"
        let readOnly = await state(insert)
        XCTAssertEqual(readOnly, "25006", "default_transaction_read_only")
        // Even with read-only switched off for the session, the role has no right to write or create.
        let writable = await state("SET default_transaction_read_only = off")
        XCTAssertEqual(writable, "ok")
        let insertDenied = await state(insert)
        XCTAssertEqual(insertDenied, "42501")
        let createDenied = await state("CREATE TABLE public.copilot_scratch (x int)")
        XCTAssertEqual(createDenied, "42501")
        let temporaryDenied = await state("CREATE TEMP TABLE scratch (x int)")
        XCTAssertEqual(temporaryDenied, "42501")
        let timeout = try await cluster.query("SELECT setting FROM pg_settings WHERE name = 'statement_timeout'", database: name)
        XCTAssertNotNil(timeout.rows.first)
    }

    func testModelDraftedFromInformationSchemaAndCompiledForPostgres() async throws {
        let (_, url) = try await demoURL()
        let database = try await PostgresReportingDatabase.open(url: url)
        let drafted = try await ModelDrafter(database: database).draft()
        XCTAssertTrue(drafted.tables.contains { $0.name == "orders" })
        XCTAssertTrue(drafted.joins.contains { $0.from == "order_items" && $0.to == "orders" })
        // The same drafting rules on PostgreSQL's types: display attributes, dates, measures on quantities only.
        XCTAssertEqual(drafted.entities.first { $0.table == "customers" }?.display, "customers.first_name || ' ' || customers.last_name")
        XCTAssertEqual(drafted.entities.first { $0.table == "products" }?.display, "products.name")
        XCTAssertEqual(drafted.dimensions.first { $0.expressions == ["orders.ordered_at"] }?.fieldType, .date)
        let sums = drafted.metrics.compactMap(\.expression).filter { $0.hasPrefix("SUM(") }
        XCTAssertTrue(sums.contains("SUM(orders.total_amount)"), "\(sums)")
        XCTAssertFalse(sums.contains { $0.contains("_id)") }, "\(sums)")
        let problems = await ModelChecker(model: drafted, database: database).check()
        XCTAssertEqual(problems, [])

        let model = try SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        XCTAssertEqual(model.specialized(for: .sqlite), model)
        let postgres = model.specialized(for: .postgres)
        XCTAssertEqual(postgres.specialized(for: .postgres), postgres)
        let text = postgres.metrics.compactMap(\.expression).joined(separator: " ") + postgres.verifiedQueries.map(\.sql).joined(separator: " ")
        for sqliteOnly in ["julianday(", "date(shipments", "AS REAL)"] {
            XCTAssertFalse(text.contains(sqliteOnly), "\(sqliteOnly) left in the PostgreSQL model")
        }
        // Every verified query runs on PostgreSQL through the guard.
        let runner = GuardedSQLRunner(database: database)
        for query in postgres.verifiedQueries {
            _ = try await runner.run(query.sql)
        }
    }

    /// "weekly orders in December 2024, weeks starting Sunday": the same Sunday-labelled weeks on
    /// both dialects.
    func testWeeksFromSundayOnBothDialects() async throws {
        let (_, url) = try await demoURL()
        let postgresDatabase = try await PostgresReportingDatabase.open(url: url)
        let model = try SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        var plan = QueryPlan(kind: .metric, metrics: ["orders"])
        plan.grain = .week
        plan.weekStart = .sunday
        plan.period = QueryPlan.Period(start: "2024-12-01", end: "2025-01-01", label: "December 2024", relative: false)
        let sqliteSQL = try SemanticCompiler(model: model, dialect: .sqlite).compile(plan).sql
        let postgresSQL = try SemanticCompiler(model: model.specialized(for: .postgres), dialect: .postgres).compile(plan).sql
        let sqliteRows = try await GuardedSQLRunner(database: try SQLiteReportingDatabase(path: TestSupport.demoDatabasePath)).run(sqliteSQL).result.rows
        let postgresRows = try await GuardedSQLRunner(database: postgresDatabase).run(postgresSQL).result.rows
        XCTAssertEqual(sqliteRows.first?.first?.description, "2024-12-01", "December 2024 opens on a Sunday: \(sqliteSQL)")
        XCTAssertEqual(sqliteRows.map { $0.map(\.description) }, postgresRows.map { $0.map(\.description) }, postgresSQL)
        plan.weekStart = nil
        let mondays = try await GuardedSQLRunner(database: postgresDatabase)
            .run(SemanticCompiler(model: model.specialized(for: .postgres), dialect: .postgres).compile(plan).sql).result.rows
        XCTAssertEqual(mondays.first?.first?.description, "2024-11-25", "weeks start on Monday unless said")
    }

    func testCommandLineWithPostgresURLs() async throws {
        let binary = try TestProcess.copilot()
        let (_, url) = try await demoURL()
        let directory = try TestSupport.temporaryDirectory("pg-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["COPILOT_DATA_DIR": directory.path]
        let ask = try TestProcess.run(binary, ["ask", "--db", url, "--json", "orders in 2024"], environment: environment)
        XCTAssertEqual(ask.status, 0, ask.output)
        XCTAssertTrue(ask.output.contains("\"kind\" : \"answer\"") || ask.output.contains("\"kind\":\"answer\""), ask.output)
        let refused = try TestProcess.run(binary, ["sql", "--db", url, "--json", "SELECT pg_sleep(5)"], environment: environment)
        XCTAssertEqual(refused.status, 3, refused.output)
        XCTAssertTrue(refused.output.contains("function_not_allowed"))
        let drafted = try TestProcess.run(binary, ["model", "init", "--db", url], environment: environment)
        XCTAssertEqual(drafted.status, 0, drafted.output)
        XCTAssertTrue(drafted.output.contains("order_items"))
        try TestProcess.checkBench(binary, database: url, environment: environment)
    }

    // MARK: Helpers

    static func error(_ body: () async throws -> Void) async -> (any Error)? {
        do {
            try await body()
            return nil
        } catch {
            return error
        }
    }

    /// md5 over every table's rows in a fixed order, computed as the superuser.
    static func checksum(_ cluster: PostgresTestCluster, database: String) async throws -> String {
        let tables = try await cluster.query("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", database: database)
            .rows.compactMap { $0.first?.stringValue }
        let parts = tables.map { "SELECT '\($0)' || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM \"\($0)\" t" }
        let result = try await cluster.query("SELECT md5(string_agg(h, ',' ORDER BY h)) FROM (\(parts.joined(separator: " UNION ALL "))) AS x",
                                             database: database)
        return result.rows.first?.first?.stringValue ?? ""
    }
}
