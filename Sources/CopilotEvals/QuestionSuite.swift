import CopilotCore
import Foundation

/// The planner's accuracy suites: single questions (`evals/questions.jsonl`) and conversations
/// (`evals/conversations.jsonl`), each turn with a reference SQL. A case with `db` (a path relative
/// to the suite file) is asked against that database instead of the engine's own — a
/// multi-database suite such as `evals/spider-commerce/questions.jsonl`.
public struct QuestionSuite: Sendable {
    public struct Item: Sendable, Codable {
        public var question: String
        public var sql: String?
        public var ordered: Bool?
        /// What the turn should get back; nil reads as an answer when `sql` is given, else a clarification.
        public var expect: Expectation?
        /// For `knowledge`: the document that must be cited (`knowledge/returns-and-refunds.md`).
        public var source: String?
    }

    public struct Case: Sendable {
        public var id: String
        public var `class`: String
        public var turns: [Item]
        /// The database the case is asked against (an absolute path); nil for the engine's own.
        public var database: String?

        public init(id: String, class: String, turns: [Item], database: String? = nil) {
            self.id = id
            self.class = `class`
            self.turns = turns
            self.database = database
        }
    }

    private struct QuestionLine: Decodable {
        var id: String
        var `class`: String?
        var question: String
        var sql: String?
        var ordered: Bool?
        /// Spider's spelling of `ordered`.
        var orderMatters: Bool?
        var expect: Expectation?
        var source: String?
        var db: String?

        enum CodingKeys: String, CodingKey {
            case id, `class`, question, sql, ordered, expect, source, db
            case orderMatters = "order_matters"
        }
    }

    private struct ConversationLine: Decodable {
        var id: String
        var `class`: String?
        var turns: [Item]
        var db: String?
    }

    public var cases: [Case]

    public init(cases: [Case]) { self.cases = cases }

    /// Parses JSON Lines: a line with `turns` is a conversation, one with `question` a single item.
    /// `base` is the folder a case's `db` path is relative to (the suite file's folder).
    public init(jsonLines text: String, base: URL? = nil) throws {
        func resolve(_ db: String?) -> String? {
            guard let db, !db.isEmpty else { return nil }
            if db.hasPrefix("/") || base == nil { return db }
            return base!.appendingPathComponent(db).standardizedFileURL.path
        }
        let decoder = JSONDecoder()
        var cases: [Case] = []
        for (number, line) in text.split(separator: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { continue }
            let data = Data(trimmed.utf8)
            do {
                if trimmed.contains("\"turns\"") {
                    let conversation = try decoder.decode(ConversationLine.self, from: data)
                    cases.append(Case(id: conversation.id, class: conversation.class ?? "conversation", turns: conversation.turns,
                                      database: resolve(conversation.db)))
                } else {
                    let item = try decoder.decode(QuestionLine.self, from: data)
                    let ordered = item.ordered ?? item.orderMatters
                    cases.append(Case(id: item.id, class: item.class ?? "question",
                                      turns: [Item(question: item.question, sql: item.sql, ordered: ordered, expect: item.expect, source: item.source)],
                                      database: resolve(item.db)))
                }
            } catch {
                throw SemanticModelError(message: "line \(number + 1) of the suite is not a valid case: \(error)")
            }
        }
        self.cases = cases
    }
}
