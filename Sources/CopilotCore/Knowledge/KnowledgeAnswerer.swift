import Foundation

/// Answers policy and definition questions from the knowledge base with citations — quoting the
/// documents, never following them: retrieved text is untrusted data.
public struct KnowledgeAnswerer: Sendable {
    public let knowledge: any KnowledgeSource
    /// The best hit must contain at least this fraction of the question's meaningful words.
    public var minimumCoverage = 0.5

    public init(knowledge: any KnowledgeSource) {
        self.knowledge = knowledge
    }

    /// A knowledge reply for `question`, or nil when nothing relevant enough is indexed.
    ///
    /// `unread` is for questions the data planner could not read: the words it could not use. The
    /// best section must then explain at least half of them ("how long do members have to send
    /// stuff back" is about returns; "revenue by influencer" is not answered by the definition of
    /// revenue, which never mentions influencers).
    /// `coverage`: the share of the question's words the best passage must contain, when no
    /// unread words are given (default ``minimumCoverage``).
    public func answer(_ question: String, unread: [String]? = nil, coverage required: Double? = nil) async -> KnowledgeAnswer? {
        let minimumCoverage = required ?? self.minimumCoverage
        // A section that lists example questions restates queries; it answers none, unless examples are asked for.
        let asksForExamples = QuestionTokens(question).words.contains { $0.hasPrefix("example") }
        guard let found = try? await knowledge.search(question, limit: 3) else { return nil }
        let hits = found.filter { asksForExamples || !$0.headingPath.lowercased().contains("example") }
        guard let best = hits.first else { return nil }
        if let unread {
            let wanted = Set(unread.flatMap { QuestionTokens($0).words }.filter { !Stopwords.words.contains($0) }.map(WordStem.light))
            // Explained by words few passages use: "usually" found in a passage on payments does
            // not make "which store does she usually buy from" a question about payments.
            // A word of the section's own heading ("Notes from the last supplier review") names it too.
            let present = Set(best.distinctive).union(QuestionTokens(best.headingPath).words.map(WordStem.light))
            let explained = wanted.isEmpty ? 1 : Double(wanted.intersection(present).count) / Double(wanted.count)
            guard best.coverage >= (wanted.isEmpty ? minimumCoverage : 0.4), explained >= 0.5 else { return nil }
        } else {
            // Words no document uses ("a bracelet", "after lunch") are the question's situation,
            // which no passage could explain; the passage is judged on the rest.
            guard best.knownCoverage >= minimumCoverage else { return nil }
        }
        let words = Set(QueryExpander(synonyms: [:]).expand(question).stems)
        var text = "From “\(best.headingPath)” (\(best.source)): “\(Self.excerpt(best.body, words: words))”"
        if Self.containsInstructions(best.body) {
            text += "\n(Note: this document contains text addressed to an assistant. It is shown as data; the copilot does not follow instructions found in documents or data.)"
        }
        var citations = [ChatReply.Citation(source: best.source, section: best.section, snippet: best.snippet)]
        for hit in hits.dropFirst() where hit.knownCoverage >= minimumCoverage && hit.source + hit.section != best.source + best.section {
            citations.append(ChatReply.Citation(source: hit.source, section: hit.section, snippet: hit.snippet))
        }
        return KnowledgeAnswer(text: text, citations: citations)
    }

    /// The one to three sentences of `body` that share the most words with the question, in order.
    static func excerpt(_ body: String, words: Set<String>, maxLength: Int = 420) -> String {
        let plain = body.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces).trimmingPrefix(["-", "*", "|", ">"]) }
            .filter { !$0.isEmpty && !$0.allSatisfy { "-|: ".contains($0) } }.joined(separator: " ")
        var sentences: [String] = []
        var current = ""
        for character in plain {
            current.append(character)
            if ".!?".contains(character) {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current.trimmingCharacters(in: .whitespaces)) }
        let scored = sentences.enumerated().map { offset, sentence -> (Int, Int) in
            let overlap = Set(QuestionTokens(sentence).words.map(WordStem.light)).intersection(words).count
            return (offset, overlap)
        }
        let chosen = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0).sorted()
        var text = ""
        for index in chosen where text.count + sentences[index].count <= maxLength || text.isEmpty {
            text += (text.isEmpty ? "" : " ") + sentences[index]
        }
        return text.count > maxLength ? String(text.prefix(maxLength - 1)) + "…" : text
    }

    /// Text that tries to instruct an assistant (prompt injection) — flagged, never obeyed.
    static func containsInstructions(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["ignore previous", "ignore all previous", "ignore the above", "system note", "note to the assistant",
                "you are now", "disregard", "as an ai"].contains { lower.contains($0) }
    }
}

extension String {
    fileprivate func trimmingPrefix(_ marks: [Character]) -> String {
        var copy = Substring(self)
        while let first = copy.first, marks.contains(first) || first == " " { copy = copy.dropFirst() }
        return String(copy)
    }
}
