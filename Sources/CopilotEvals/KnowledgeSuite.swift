import CopilotCore
import CopilotKnowledge
import CopilotSQLite
import Foundation

/// The retrieval suite (`evals/knowledge.jsonl`): each question with the document and section that
/// answers it, scored as recall@1 and recall@3.
public struct KnowledgeSuite: Sendable {
    public struct Case: Sendable, Codable {
        public var id: String
        public var question: String
        public var source: String
        public var section: String
    }

    public struct Outcome: Sendable, Codable {
        public var id: String
        public var question: String
        public var expected: String
        /// 1-based rank of the expected section among the results, nil when not in the top 3.
        public var rank: Int?
        public var top: [String]
        public var milliseconds: Double
    }

    public struct Report: Sendable, Codable {
        public var outcomes: [Outcome]
        public var recallAt1: Double
        public var recallAt3: Double

        enum CodingKeys: String, CodingKey {
            case outcomes
            case recallAt1 = "recall_at_1"
            case recallAt3 = "recall_at_3"
        }
    }

    public var cases: [Case]

    public init(jsonLines text: String) throws {
        let decoder = JSONDecoder()
        cases = try text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { return nil }
            return try decoder.decode(Case.self, from: Data(trimmed.utf8))
        }
    }

    /// True when the text looks like a knowledge suite (cases carry a `source` and a `section`).
    public static func recognises(_ text: String) -> Bool {
        text.contains("\"section\"") && text.contains("\"source\"") && !text.contains("\"sql\"")
    }

    public func run(with knowledge: KnowledgeBase) async -> Report {
        var outcomes: [Outcome] = []
        for item in cases {
            let start = monotonicNanoseconds()
            let hits = (try? await knowledge.search(item.question, limit: 3)) ?? []
            let elapsed = Double(monotonicNanoseconds() - start) / 1e6
            // A chunk inside the expected section (a subsection of it) answers it too.
            let rank = hits.firstIndex { hit in
                hit.source == item.source && (hit.section == item.section || hit.headingPath.components(separatedBy: " › ").contains(item.section))
            }.map { $0 + 1 }
            outcomes.append(Outcome(id: item.id, question: item.question, expected: "\(item.source) › \(item.section)",
                                    rank: rank, top: hits.map { "\($0.source) › \($0.section)" }, milliseconds: elapsed))
        }
        let total = Double(max(outcomes.count, 1))
        return Report(outcomes: outcomes, recallAt1: Double(outcomes.filter { $0.rank == 1 }.count) / total,
                      recallAt3: Double(outcomes.filter { $0.rank != nil }.count) / total)
    }
}
