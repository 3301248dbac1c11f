import CopilotSQLite
import CopilotTestSupport
@testable import CopilotValueIndex
import Foundation
import XCTest
@testable import CopilotCore
@testable import RetailCopilot

/// The value index on a real SQLite file: every text column of the drafted model, matched
/// regardless of case, accents, word order, typos and common place aliases; capped per column;
/// rebuilt when the data changes.
final class ValueIndexTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try TestSupport.temporaryDirectory("values") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    private func makeShop() throws -> String {
        let path = directory.appendingPathComponent("shop.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE Customers (customer_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, country TEXT, state TEXT, notes TEXT);
                INSERT INTO Customers VALUES (1, 'José', 'Álvarez', 'United States', 'New York', 'call before delivery'),
                    (2, 'Ann', 'Lee', 'United Kingdom', 'Kent', 'gift wrap'), (3, 'Bo', 'Ek', 'Sweden', 'Skåne', 'none'),
                    (4, 'Cy', 'Ng', 'Canada', 'Ontario', 'leave at door'), (5, 'Di', 'Oh', 'Japan', 'Osaka', 'fragile');
                """)
        }
        return path
    }

    private func matches(_ index: SQLiteValueIndex, _ text: String) async -> Set<String> {
        let words = Lexer.lex(text).map(\.folded)
        return Set(await index.matches(in: words, codes: [], known: []).map(\.value))
    }

    func testMatchesEveryTextColumnLoosely() async throws {
        let database = try SQLiteReportingDatabase(path: try makeShop())
        let model = try await ModelDrafter(database: database).draft()
        let path = directory.appendingPathComponent("values.db").path
        try await ValueIndexBuilder.build(at: path, model: model, runner: GuardedSQLRunner(database: database))
        let index = try SQLiteValueIndex(path: path)
        let alvarez = await matches(index, "orders of jose alvarez")
        XCTAssertTrue(alvarez.contains("José"), "\(alvarez)")
        XCTAssertTrue(alvarez.contains("Álvarez"), "\(alvarez)")
        let typo = await matches(index, "customers in swedn")
        XCTAssertTrue(typo.contains("Sweden"), "\(typo)")
        let usa = await matches(index, "customers in the usa")
        XCTAssertTrue(usa.contains("United States"), "\(usa)")
        let uk = await matches(index, "customers in the uk")
        XCTAssertTrue(uk.contains("United Kingdom"), "\(uk)")
        let ny = await matches(index, "customers in ny")
        XCTAssertTrue(ny.contains("New York"), "\(ny)")
        let order = await matches(index, "customers in kingdom united")
        XCTAssertTrue(order.contains("United Kingdom"), "\(order)")
        let notes = await matches(index, "customers who asked for gift wrap")
        XCTAssertTrue(notes.contains("gift wrap"), "\(notes)")
        let inflected = await matches(index, "customers who asked for gift wrapping")
        XCTAssertTrue(inflected.contains("gift wrap"), "an inflected word meets its value: \(inflected)")
        XCTAssertEqual(SQLiteValueIndex.inflectionBases(of: "remodeling"), ["remodel", "remodele"])
        XCTAssertTrue(SQLiteValueIndex.inflectionBases(of: "cancelled").contains("cancel"), "a doubled consonant")
        XCTAssertTrue(SQLiteValueIndex.inflectionBases(of: "sweden").isEmpty, "no suffix, no base")

        // A cap per column keeps only that many values of a column.
        let capped = directory.appendingPathComponent("capped.db").path
        try await ValueIndexBuilder.build(at: capped, model: model, runner: GuardedSQLRunner(database: database), cap: 2)
        let few = try SQLiteValueIndex(path: capped)
        let countries = await matches(few, "united states united kingdom sweden canada japan")
        XCTAssertLessThanOrEqual(countries.count, 2 * 2, "\(countries)")
    }

    func testAmbiguousCodesReadByTheirColumn() async throws {
        // DE is Germany among country codes and Delaware among state codes; MT is Montana among states.
        let path = directory.appendingPathComponent("codes.sqlite").path
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "fixture") { connection in
            try connection.execute("""
                CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT, country_code TEXT);
                CREATE TABLE stores (store_id INTEGER PRIMARY KEY, store_name TEXT, st TEXT);
                INSERT INTO customers VALUES (1, 'Ann Lee', 'US'), (2, 'Bo Ek', 'GB'), (3, 'Cy Ng', 'DE'), (4, 'Di Oh', 'FR'), (5, 'Ed Yu', 'US');
                INSERT INTO stores VALUES (1, 'North', 'MT'), (2, 'South', 'WY'), (3, 'East', 'UT'), (4, 'West', 'NM'), (5, 'Mid', 'DE');
                """)
        }
        let database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        let indexPath = directory.appendingPathComponent("codes-values.db").path
        try await ValueIndexBuilder.build(at: indexPath, model: model, runner: GuardedSQLRunner(database: database))
        let index = try SQLiteValueIndex(path: indexPath)
        let words = Lexer.lex("customers in germany").map(\.folded)
        let germany = await index.matches(in: words, codes: [], known: [])
        XCTAssertTrue(germany.contains { $0.value == "DE" && $0.field.contains("country") }, "\(germany)")
        XCTAssertFalse(germany.contains { $0.field.contains("st") && !$0.field.contains("country") }, "Germany is no state: \(germany)")
        let montana = await index.matches(in: Lexer.lex("stores in montana").map(\.folded), codes: [], known: [])
        XCTAssertTrue(montana.contains { $0.value == "MT" }, "\(montana)")
    }

    func testRebuiltWhenTheDataChanges() async throws {
        let path = try makeShop()
        let cache = directory.appendingPathComponent("cache", isDirectory: true)
        func indexFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("values-") && $0.hasSuffix(".db") }
        }
        var database = try SQLiteReportingDatabase(path: path)
        let model = try await ModelDrafter(database: database).draft()
        _ = await ValueIndexCache.index(for: model, runner: GuardedSQLRunner(database: database), cache: cache, notice: { _ in })
        let first = try indexFiles()
        XCTAssertEqual(first.count, 1)
        _ = await ValueIndexCache.index(for: model, runner: GuardedSQLRunner(database: database), cache: cache, notice: { _ in })
        XCTAssertEqual(try indexFiles(), first)

        try await Task.sleep(nanoseconds: 1_100_000_000)
        _ = try DatabaseQueue(path: path, mode: .readWrite(create: false), label: "write") { connection in
            try connection.execute("INSERT INTO Customers VALUES (6, 'Eve', 'Quist', 'Norway', 'Oslo', 'new')")
        }
        database = try SQLiteReportingDatabase(path: path)
        let rebuilt = await ValueIndexCache.index(for: model, runner: GuardedSQLRunner(database: database), cache: cache, notice: { _ in })
        let second = try indexFiles()
        XCTAssertEqual(second.count, 1)
        XCTAssertNotEqual(second, first)
        let index = try XCTUnwrap(rebuilt as? SQLiteValueIndex)
        let norway = await matches(index, "customers in norway")
        XCTAssertTrue(norway.contains("Norway"))
    }
}
