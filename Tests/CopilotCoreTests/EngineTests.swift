import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotResources
@testable import RetailCopilot

/// The whole turn: plan, compile, guard, execute, answer, persist — on a real demo database.
final class EngineTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory("engine")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func engine() async throws -> CopilotEngine {
        let configuration = CopilotConfiguration(database: TestSupport.demoDatabasePath,
                                                 dataDirectory: DataDirectory(explicit: directory.path),
                                                 resources: ResourceLibrary(root: TestSupport.repositoryRoot))
        return try await CopilotEnvironment.makeEngine(configuration)
    }

    func testAnswersWithTextTableSQLAndAsOf() async throws {
        let engine = try await engine()
        XCTAssertEqual(engine.asOf.iso, "2025-12-31", "relative dates come from dataset_info.as_of")
        let reply = try await engine.ask("revenue last month", caller: .local)
        XCTAssertEqual(reply.kind, .answer)
        XCTAssertTrue(reply.text.hasPrefix("Revenue in November 2025 was $"), reply.text)
        XCTAssertTrue(reply.text.contains("2025-12-31"), "the answer states the reference date")
        XCTAssertEqual(reply.result?.rowCount, 1)
        XCTAssertTrue(reply.sql?.contains("FROM rollup_daily_store_sales") ?? false, "a daily rollup answers it: \(reply.sql ?? "")")
        XCTAssertTrue(reply.sql?.contains("rollup_daily_store_sales.status <> 'cancelled'") ?? false, "with the metric's own filter")
        XCTAssertEqual(reply.planner, "offline")
        XCTAssertEqual(reply.turn, 1)

        let ranking = try await engine.ask("top 5 categories by revenue in 2024", caller: .local)
        XCTAssertEqual(ranking.result?.rowCount, 5)
        XCTAssertEqual(ranking.chart?.type, .bar)
        let series = try await engine.ask("monthly orders in 2025", caller: .local)
        XCTAssertEqual(series.result?.rowCount, 12)
        XCTAssertEqual(series.chart?.type, .line)
    }

    /// A comparison by quarter lines each quarter up with the same quarter a year before (the
    /// previous column was 0 when buckets were compared by their own dates); a ranking by change
    /// keeps the change columns.
    func testPeriodComparisonsByBucketAndRankingsByChange() async throws {
        let engine = try await engine()
        let quarters = try await engine.ask("revenue by quarter in 2025 compared with 2024", caller: .local)
        XCTAssertEqual(quarters.result?.rowCount, 4)
        let previous = try XCTUnwrap(quarters.result?.columns.firstIndex(of: "revenue_previous"))
        let q1Before = try await engine.ask("revenue in Q1 2024", caller: .local)
        let expected = try XCTUnwrap(q1Before.result?.rows.first?.first?.doubleValue)
        XCTAssertEqual(try XCTUnwrap(quarters.result?.rows.first?[previous].doubleValue), expected, accuracy: 0.01)

        let grew = try await engine.ask("which category grew the most in 2025", caller: .local)
        XCTAssertEqual(grew.result?.rowCount, 1)
        XCTAssertEqual(grew.result?.columns.contains("change"), true, "\(grew.result?.columns ?? [])")
    }

    /// A question about one person named by a name several customers share asks which one — for a
    /// field, a figure or a list — instead of answering for all of them; a name one customer has is
    /// answered.
    func testANameSeveralShareIsAskedBack() async throws {
        let engine = try await engine()
        func name(_ having: String) async throws -> String {
            let rows = try await engine.runner.run("""
                SELECT first_name || ' ' || last_name AS name FROM customers GROUP BY first_name, last_name
                HAVING \(having) ORDER BY COUNT(*) DESC, name LIMIT 1
                """).result.rows
            guard case .text(let text)? = rows.first?.first else {
                XCTFail("the demo data has no such name (\(having))")
                return ""
            }
            return text
        }
        let shared = try await name("COUNT(*) > 1")
        for question in ["What loyalty tier is \(shared)?", "how much did \(shared) spend with us in 2025?", "show me \(shared)'s orders from 2025"] {
            let reply = try await engine.ask(question, caller: .local)
            XCTAssertEqual(reply.kind, .clarification, question)
            XCTAssertEqual(reply.reason, "several_match", question)
        }
        let single = try await name("COUNT(*) = 1")
        let answered = try await engine.ask("What loyalty tier is \(single)?", caller: .local)
        XCTAssertEqual(answered.kind, .answer, answered.text)
        XCTAssertEqual(answered.result?.rowCount, 1)
    }

    func testFollowUpsContinueAcrossCallsThroughTheStore() async throws {
        let first = try await engine().ask("revenue in 2025", caller: .local)
        // A new engine (a new process, as with `copilot ask --session`) sees the stored conversation.
        let second = try await engine().ask("and last year?", sessionID: first.sessionID, caller: .local)
        XCTAssertEqual(second.sessionID, first.sessionID)
        XCTAssertEqual(second.turn, 2)
        XCTAssertEqual(second.plan?.period?.start, "2024-01-01")
        XCTAssertEqual(second.plan?.metrics, ["revenue"])
        let turns = try await engine().store.turns(sessionID: first.sessionID)
        XCTAssertEqual(turns.map(\.message), ["revenue in 2025", "and last year?"])
        XCTAssertNotNil(turns[1].plan)
    }

    func testUnknownSessionAndForeignOwnerAreRefused() async throws {
        let engine = try await engine()
        do {
            _ = try await engine.ask("revenue", sessionID: "nope", caller: .local)
            XCTFail("unknown session accepted")
        } catch let error as ConversationError {
            XCTAssertEqual(error, .unknownSession("nope"))
        }
        let mine = try await engine.ask("orders in 2024", caller: .viewer("alice"))
        do {
            _ = try await engine.ask("and 2023?", sessionID: mine.sessionID, caller: .viewer("bob"))
            XCTFail("another user continued alice's session")
        } catch is ConversationError {}
    }

    func testClarifiesAndHelpsWithoutSQL() async throws {
        let engine = try await engine()
        let vague = try await engine.ask("how are we doing?", caller: .local)
        XCTAssertEqual(vague.kind, .clarification)
        XCTAssertNil(vague.sql)
        XCTAssertFalse(vague.suggestions.isEmpty)
        let help = try await engine.ask("what can you do", caller: .local)
        XCTAssertEqual(help.kind, .answer)
        XCTAssertTrue(help.text.contains("revenue"))
    }
}
