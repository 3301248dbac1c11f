import CopilotSQLite
import CopilotTestSupport
import Foundation
import XCTest
@testable import CopilotCore
@testable import CopilotResources

/// Questions over the drafted model of a small products-and-manufacturers database written here:
/// a list of aggregates shares its field, the records an aggregate runs over are neither counted
/// nor grouped, listed fields share their owner, and an imperative opening asks for a list —
/// while "return" in the demo model keeps its meaning.
final class AggregateListTests: XCTestCase {
    private var directory: URL!
    private var model: SemanticModel!
    private var planner: OfflinePlanner!
    private let asOf = CalendarDate(year: 2025, month: 12, day: 31)

    override func setUp() async throws {
        directory = try TestSupport.temporaryDirectory("aggregates")
        let path = directory.appendingPathComponent("shop.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE manufacturers (id INTEGER PRIMARY KEY, name TEXT, headquarter TEXT);
                CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, price REAL, manufacturer INTEGER REFERENCES manufacturers(id));
                INSERT INTO manufacturers VALUES (1, 'Sony', 'Tokyo'), (2, 'Creative Labs', 'Austin'), (3, 'Hewlett-Packard', 'Los Angeles');
                INSERT INTO products VALUES (1, 'Hard drive', 240, 3), (2, 'Memory', 120, 2), (3, 'ZIP drive', 150, 1), (4, 'Monitor', 240, 1),
                    (5, 'DVD drive', 180, 2), (6, 'Printer', 270, 3), (7, 'Toner cartridge', 66, 3);
                """)
        }
        model = try await ModelDrafter(database: try SQLiteReportingDatabase(path: path)).draft()
        planner = OfflinePlanner(model: model)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func plan(_ question: String, with planner: OfflinePlanner? = nil) async throws -> QueryPlan {
        try await (planner ?? self.planner).requirePlan(question, context: PlanningContext(asOf: asOf))
    }

    func testAListOfAggregatesSharesItsField() async throws {
        let expected = ["avg", "min", "max", "sum"].map { model.aggregateMetric($0, of: "price") }
        XCTAssertEqual(Set(expected).count, 4)
        let stats = try await plan("What are the average, minimum, maximum and total price?")
        XCTAssertEqual(stats.kind, .metric)
        XCTAssertEqual(stats.metrics, expected, "each aggregate of the price, in the order asked")
        XCTAssertEqual(stats.dimensions, [])
        let products = try await plan("What are the average, minimum, maximum and total prices of all products?")
        XCTAssertEqual(products.metrics, expected)
        XCTAssertEqual(products.dimensions, [])
    }

    func testThePopulationOfAnAggregateIsNeitherCountedNorGrouped() async throws {
        let average = try await plan("average price of all products")
        XCTAssertEqual(average.kind, .metric)
        XCTAssertEqual(average.metrics, [model.aggregateMetric("avg", of: "price")], "one figure, not also a count of products")
        XCTAssertEqual(average.dimensions, [], "not broken down by product")
    }

    func testListedFieldsShareTheirOwner() async throws {
        for question in ["the id and name of the manufacturer with the most products",
                         "What are the id and name of the manufacturer with the most products?"] {
            let best = try await plan(question)
            XCTAssertEqual(best.dimensions, ["manufacturer.id", "manufacturer.name"], question)
            XCTAssertEqual(best.metrics, ["products"], question)
            XCTAssertEqual(best.limit, 1, question)
        }
    }

    func testAnImperativeOpeningAsksForAList() async throws {
        let sony = try await plan("Return the names of products made by Sony")
        XCTAssertEqual(sony.kind, .records)
        XCTAssertEqual(sony.subject, "product")
        XCTAssertEqual(sony.filters, [.init(dimension: "manufacturer", values: ["Sony"])])
        let selected = try await plan("Select the names of products with price above 200")
        XCTAssertEqual(selected.kind, .records)
        XCTAssertEqual(selected.subject, "product")
        XCTAssertEqual(selected.conditions, [Condition(field: "price", op: .greater, values: [.number(200)])])
        let computed = try await plan("Compute the average price")
        XCTAssertEqual(computed.metrics, [model.aggregateMetric("avg", of: "price")])
        // Only an opening verb is a command: elsewhere this model has no "return" to read it as.
        let outcome = await planner.plan("names of products made by Sony return", context: PlanningContext(asOf: asOf))
        guard case .clarification(let clarification) = outcome, case .unknownWords(let words, _) = clarification.reason else {
            return XCTFail("expected a question about “return”, got \(outcome)")
        }
        XCTAssertEqual(words, ["return"])
    }

    func testReturnKeepsItsMeaningInTheDemoModel() async throws {
        let demo = OfflinePlanner(model: try SemanticModel.demo(resources: ResourceLibrary(root: TestSupport.repositoryRoot)),
                                  values: MemoryValueIndex(values: ["category": ["Electronics", "Fashion"]]))
        let rate = try await plan("return rate by category last month", with: demo)
        XCTAssertEqual(rate.metrics, ["return_rate"])
        XCTAssertEqual(rate.dimensions, ["category"])
        XCTAssertEqual(rate.period?.start, "2025-11-01")
        // Opening a question, "return" asks for the figure; later in it, it is still the return rate.
        let asked = try await plan("Return the return rate by category last month", with: demo)
        XCTAssertEqual(asked.metrics, ["return_rate"])
        XCTAssertEqual(asked.dimensions, ["category"])
    }
}
