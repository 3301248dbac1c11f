import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotEvals
@testable import CopilotResources
@testable import RetailCopilot

/// Aggregate awareness: every eval question the compiler answers from a daily rollup gets exactly the
/// rows the base tables give, and the rollups are really used.
final class RollupTests: XCTestCase {
    func testRollupAnswersEqualBaseTableAnswersForEveryEvalQuestion() async throws {
        let directory = try TestSupport.temporaryDirectory("rollups")
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = CopilotConfiguration(database: TestSupport.fullDemoDatabasePath,
                                                 dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        // The base-table queries are the slow ones rollups exist for; this test checks they agree,
        // not how fast they are (a busy CI machine takes a return rate per category past 2 s).
        configuration.queryTimeLimit = 30
        let engine = try await CopilotEnvironment.makeEngine(configuration)
        XCTAssertEqual(engine.query.compiler.rollups.map(\.table),
                       ["rollup_daily_store_sales", "rollup_daily_category_sales", "rollup_daily_country_sales"])
        let base = SemanticCompiler(model: engine.model, dialect: .sqlite)
        let planner = engine.offline

        var cases: [QuestionSuite.Case] = []
        for name in ["evals/questions.jsonl", "evals/conversations.jsonl"] {
            let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent(name), encoding: .utf8)
            cases += try QuestionSuite(jsonLines: text).cases
        }
        var compared = 0, plans = 0
        var used: Set<String> = []
        let comparator = ResultComparator()
        for testCase in cases {
            var previous: QueryPlan?
            for turn in testCase.turns {
                guard case .plan(let plan, _) = await planner.plan(turn.question, context: PlanningContext(previousPlan: previous, asOf: engine.asOf))
                else { continue }
                previous = plan
                guard plan.kind == .metric, let fast = try? engine.query.compiler.compile(plan) else { continue }
                plans += 1
                let slow = try base.compile(plan)
                XCTAssertTrue(slow.rollups.isEmpty)
                guard !fast.rollups.isEmpty else {
                    XCTAssertEqual(fast.sql, slow.sql, "no rollup, same SQL: \(turn.question)")
                    continue
                }
                used.formUnion(fast.rollups)
                XCTAssertTrue(fast.rollups.allSatisfy { fast.sql.contains("FROM \($0)") }, fast.sql)
                if !fast.sql.hasPrefix("WITH") {
                    XCTAssertFalse(fast.sql.contains("order_items"), "a flat rollup query does not touch the base tables: \(fast.sql)")
                }
                let fromRollup = try await engine.runner.run(fast.sql).result
                let fromBase = try await engine.runner.run(slow.sql).result
                XCTAssertEqual(fromRollup.columns, fromBase.columns, turn.question)
                XCTAssertTrue(comparator.matches(generated: fromRollup, reference: fromBase, ordered: true),
                              "\(testCase.id): \(turn.question)\nrollup: \(fromRollup.rows.prefix(3))\nbase: \(fromBase.rows.prefix(3))\n\(fast.sql)")
                XCTAssertGreaterThan(fromBase.rowCount, 0, turn.question)
                compared += 1
            }
        }
        print("rollups: \(compared) of \(plans) metric plans answered from rollups, all equal to the base tables")
        XCTAssertGreaterThanOrEqual(compared, plans / 3, "rollups should answer a good share of the sales questions")
        XCTAssertEqual(used.count, 3, "every rollup is exercised: \(used)")
    }

    func testColumnRenamingLeavesQuotedTextAlone() {
        let map = ["orders.status": "r.status", "orders.ordered_at": "r.day"]
        XCTAssertEqual(SQLExpression.replacingColumns(in: "orders.status <> 'orders.status' AND strftime('%Y', orders.ordered_at)", map),
                       "r.status <> 'orders.status' AND strftime('%Y', r.day)")
        XCTAssertEqual(SQLExpression.replacingColumns(in: #"orders.status_code = 'it''s orders.status' OR "orders.status" = 1"#, map),
                       #"orders.status_code = 'it''s orders.status' OR "orders.status" = 1"#)
    }

    func testHourlyBucketsAndTimeOfDayPeriodsStayOnTheBaseTables() throws {
        let model = try SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        let compiler = SemanticCompiler(model: model, dialect: .sqlite, rollups: model.rollups)
        var plan = QueryPlan(metrics: ["revenue"])
        plan.period = .init(start: "2025-01-01", end: "2025-02-01", label: "January 2025")
        XCTAssertEqual(try compiler.compile(plan).rollups, ["rollup_daily_store_sales"])
        plan.grain = .hour
        XCTAssertEqual(try compiler.compile(plan).rollups, [])
        plan.grain = nil
        plan.period = .init(start: "2025-01-01 12:00:00", end: "2025-01-02", label: "since noon")
        XCTAssertEqual(try compiler.compile(plan).rollups, [])
        plan.period = .init(start: "2025-01-01", end: "2025-02-01", label: "January 2025")
        plan.dimensions = ["city"]
        XCTAssertEqual(try compiler.compile(plan).rollups, [], "customer city is not in any rollup")
        plan.dimensions = ["region"]
        XCTAssertEqual(try compiler.compile(plan).rollups, ["rollup_daily_country_sales"])
        plan.metrics = ["active_customers"]
        XCTAssertEqual(try compiler.compile(plan).rollups, [], "distinct customers do not add up across days")
    }
}
