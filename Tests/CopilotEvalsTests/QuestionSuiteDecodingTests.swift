import XCTest
@testable import CopilotEvals

/// Suites from different hands spell their expectations differently; each spelling must be read
/// as what it means, and a misspelling must stop the run instead of scoring as an answer.
final class QuestionSuiteDecodingTests: XCTestCase {
    func testAskBackSpellingsReadAsClarification() throws {
        let text = """
        {"id": "a", "question": "how are we doing?", "expect": "clarify"}
        {"id": "b", "question": "what is the weather?", "expect": "clarification"}
        {"id": "c", "question": "what is it?"}
        {"id": "d", "question": "orders", "sql": "SELECT 1", "expect": "answer"}
        {"id": "e", "question": "returns window?", "expect": "knowledge", "source": "knowledge/returns-and-refunds.md"}
        """
        let expectations = try QuestionSuite(jsonLines: text).cases.map { $0.turns[0].expect }
        XCTAssertEqual(expectations, [.clarification, .clarification, nil, .answer, .knowledge])
    }

    func testAnUnknownExpectationIsAnError() {
        XCTAssertThrowsError(try QuestionSuite(jsonLines: #"{"id": "a", "question": "q", "expect": "clarifyy"}"#))
    }
}
