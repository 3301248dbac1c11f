import CopilotCore
import Foundation

/// The planner's accuracy suites: single questions (`evals/questions.jsonl`) and conversations
/// (`evals/conversations.jsonl`), each turn with a reference SQL.
public struct QuestionSuite: Sendable {
    public struct Item: Sendable, Codable {
        public var question: String
        public var sql: String?
        public var ordered: Bool?
        /// `answer`, `clarification`, `help` or `knowledge`.
        public var expect: String?
        /// For `knowledge`: the document that must be cited (`knowledge/returns-and-refunds.md`).
        public var source: String?
    }

    public struct Case: Sendable {
        public var id: String
        public var `class`: String
        public var turns: [Item]
    }

    private struct QuestionLine: Decodable {
        var id: String
        var `class`: String?
        var question: String
        var sql: String?
        var ordered: Bool?
        var expect: String?
        var source: String?
    }

    private struct ConversationLine: Decodable {
        var id: String
        var `class`: String?
        var turns: [Item]
    }

    public var cases: [Case]

    public init(cases: [Case]) { self.cases = cases }

    /// Parses JSON Lines: a line with `turns` is a conversation, one with `question` a single item.
    public init(jsonLines text: String) throws {
        let decoder = JSONDecoder()
        var cases: [Case] = []
        for (number, line) in text.split(separator: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { continue }
            let data = Data(trimmed.utf8)
            do {
                if trimmed.contains("\"turns\"") {
                    let conversation = try decoder.decode(ConversationLine.self, from: data)
                    cases.append(Case(id: conversation.id, class: conversation.class ?? "conversation", turns: conversation.turns))
                } else {
                    let item = try decoder.decode(QuestionLine.self, from: data)
                    cases.append(Case(id: item.id, class: item.class ?? "question",
                                      turns: [Item(question: item.question, sql: item.sql, ordered: item.ordered, expect: item.expect, source: item.source)]))
                }
            } catch {
                throw SemanticModelError(message: "line \(number + 1) of the suite is not a valid case: \(error)")
            }
        }
        self.cases = cases
    }
}
