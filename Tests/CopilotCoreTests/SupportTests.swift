import CopilotTestSupport
import XCTest
@testable import CopilotCore
@testable import CopilotEvals
@testable import CopilotResources

final class SupportTests: XCTestCase {
    func testTimestampsMatchFoundationsISO8601Formatter() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for seconds in [0, 951_782_400.5, 1_767_225_599.123, 1_700_000_000.999, 4_102_444_800.042] {
            let date = Date(timeIntervalSince1970: seconds)
            XCTAssertEqual(Timestamp.iso8601(date), formatter.string(from: date), "\(seconds)")
        }
        XCTAssertLessThan(Timestamp.iso8601(Date(timeIntervalSince1970: 1)), Timestamp.iso8601(Date(timeIntervalSince1970: 2)))
    }

    func testCalendarArithmetic() {
        let date = CalendarDate(year: 2024, month: 2, day: 29)
        XCTAssertEqual(CalendarDate(dayNumber: date.dayNumber), date)
        XCTAssertEqual(date.adding(days: 1).iso, "2024-03-01")
        XCTAssertEqual(date.adding(months: 12).iso, "2025-02-28", "clamped to the shorter month")
        XCTAssertEqual(CalendarDate(year: 2025, month: 12, day: 29).isoWeekday, 1, "2025-12-29 is a Monday")
        XCTAssertEqual(CalendarDate(iso: "2025-12-31 23:59:59"), CalendarDate(year: 2025, month: 12, day: 31))
        XCTAssertNil(CalendarDate(iso: "2025-02-30"))
    }

    func testValueFormatting() {
        XCTAssertEqual(ValueFormatter.format(.real(1234567.891), as: .currency), "$1,234,567.89")
        XCTAssertEqual(ValueFormatter.format(.real(0.0845), as: .percent), "8.5%")
        XCTAssertEqual(ValueFormatter.format(.integer(120000), as: .count), "120,000")
        XCTAssertEqual(ValueFormatter.format(.real(-5.5), as: .currency), "-$5.50")
        XCTAssertEqual(ValueFormatter.change(-0.02), "-2.0%")
    }

    func testResultComparison() {
        let comparator = ResultComparator()
        let reference = QueryResult(columns: ["x"], rows: [[.real(0.03)], [.integer(2)]], truncated: false)
        let generated = QueryResult(columns: ["label", "x"], rows: [[.text("b"), .integer(2)], [.text("a"), .real(0.0345)]], truncated: false)
        XCTAssertTrue(comparator.matches(generated: generated, reference: reference, ordered: false),
                      "extra columns and a rounded reference are fine")
        XCTAssertFalse(comparator.matches(generated: generated, reference: reference, ordered: true), "order matters when asked")
        let wrong = QueryResult(columns: ["x"], rows: [[.real(0.4)], [.integer(2)]], truncated: false)
        XCTAssertFalse(comparator.matches(generated: wrong, reference: QueryResult(columns: ["x"], rows: [[.integer(0)], [.integer(2)]], truncated: false), ordered: false),
                       "0.4 does not round to 0")
        XCTAssertFalse(comparator.matches(generated: QueryResult(columns: ["x"], rows: [[.integer(2)]], truncated: false), reference: reference, ordered: false))
    }

    /// The build plugin embeds every shipped file as it is on disk, and nothing that is not shipped
    /// (the eval suites stay out of the product binary).
    func testTheBuildEmbedsExactlyTheShippedFiles() throws {
        let disk = ResourceLibrary(root: TestSupport.repositoryRoot)
        var paths: [String] = []
        for (folder, ext) in [("knowledge", "md"), ("knowledge", "yaml"), ("prompts", "mustache"), ("web", "html"), ("agents", "yaml")] {
            paths += disk.files(in: folder, withExtension: ext)
        }
        paths.append("docs/openapi.yaml")
        XCTAssertGreaterThan(paths.count, 25)
        for path in paths {
            var text = try XCTUnwrap(disk.text(path))
            if text.hasSuffix("\n") { text.removeLast() }
            XCTAssertEqual(EmbeddedResources.files[path], text, path)
        }
        XCTAssertEqual(Set(EmbeddedResources.files.keys), Set(paths), "embedded files and shipped files differ")
        XCTAssertFalse(EmbeddedResources.files.keys.contains { $0.hasPrefix("evals/") })
    }
}
