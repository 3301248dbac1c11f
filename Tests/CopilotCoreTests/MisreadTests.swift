import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Readings that used every word yet would answer something else, on the drafted model of a small
/// bookshop written here: a ranking "by" a number field orders records, a "have no" over records
/// that point at the subject is a related condition, and a "who" answered with the very record
/// it names, or a ranking of a single figure, is asked back.
final class MisreadTests: XCTestCase {
    private var directory: URL!
    private var planner: OfflinePlanner!
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    override func setUp() async throws {
        directory = try TestSupport.temporaryDirectory("misread")
        let path = directory.appendingPathComponent("books.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
                CREATE TABLE book (book_id INTEGER PRIMARY KEY, title TEXT, page_count INTEGER, price REAL,
                                   publisher_id INTEGER REFERENCES publisher(publisher_id));
                INSERT INTO publisher VALUES (1, 'Vintage'), (2, 'Faber'), (3, 'Small Beer Press');
                INSERT INTO book VALUES (1, 'Good Omens', 412, 17.99, 1), (2, 'It', 1138, 21.5, 1), (3, 'Ulysses', 730, 14, 2),
                    (4, 'Dubliners', 152, 9.5, 2);
                """)
        }
        planner = OfflinePlanner(model: try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft())
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func plan(_ question: String) async throws -> QueryPlan {
        try await planner.requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    func testARankingByANumberFieldOrdersRecords() async throws {
        let longest = try await plan("Which is the longest book we have, by page count?")
        XCTAssertEqual(longest.kind, .records, "not a count of books grouped by page count")
        XCTAssertEqual(longest.subject, "book")
        XCTAssertEqual(longest.orderBy, "page_count")
        XCTAssertEqual(longest.limit, 1)
        XCTAssertEqual(longest.keepTies, true)
        let top = try await plan("top 2 books by price")
        XCTAssertEqual(top.kind, .records)
        XCTAssertEqual(top.orderBy, "price")
        XCTAssertEqual(top.limit, 2)
        let grouped = try await plan("books by page count")
        XCTAssertEqual(grouped.kind, .metric, "without a superlative, “by” still breaks down")
    }

    func testHavingNoRecordsThatPointAtTheSubjectIsARelatedCondition() async throws {
        let idle = try await plan("Which publishers don't have any books?")
        XCTAssertEqual(idle.subject, "publisher")
        XCTAssertEqual(idle.related.map(\.exists), [false])
        XCTAssertEqual(idle.conditions, [], "not books whose title is missing")
    }

    func testAWhoAnsweredWithTheRecordItNamesIsAskedBack() async throws {
        let outcome = await planner.plan("Who wrote Good Omens?", context: PlanningContext(asOf: asOf))
        guard case .clarification = outcome else { return XCTFail("answered with the book itself: \(outcome)") }
    }

    func testARankingOfOneFigureIsAskedBack() async throws {
        let demo = OfflinePlanner(model: try SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot)))
        let outcome = await demo.plan("top 5 customers in france", context: PlanningContext(asOf: asOf))
        if case .plan(let plan, _) = outcome {
            XCTAssertFalse(plan.kind == .metric && plan.dimensions.isEmpty && plan.limit != nil, "a top 5 of one number: \(plan)")
        }
    }
}
