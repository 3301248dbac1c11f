extension OfflinePlanner {
    /// A remark before a request for figures, and the request read alone:
    /// "cash is mostly a store thing - which 5 retail stores had the most cash-paid orders in 2025?",
    /// "region in the reports is where the customer lives, right? anyway - how many new customers…".
    /// The remark is a statement ("is", "are", "meant to"), and everything of the data it names the
    /// request names too, so leaving it out loses nothing the figures depend on; the request points
    /// at nothing in it ("show me its units" needs the remark, and is read whole).
    func requestAfterRemark(_ question: String, context: PlanningContext) async -> PlannerOutcome? {
        guard let (remark, rest) = Self.remarkAndRequest(question) else { return nil }
        let restTagged = await tagger.tag(rest, asOf: context.asOf)
        let remarkTagged = await tagger.tag(remark, asOf: context.asOf)
        let requested = Set(restTagged.spans.flatMap(\.meanings).compactMap(Self.valueName))
        guard remarkTagged.spans.flatMap(\.meanings).compactMap(Self.valueName).allSatisfy(requested.contains) else { return nil }
        let outcome = interpreter.interpret(restTagged, context: context)
        guard case .plan = outcome else { return nil }
        return outcome
    }

    private static func valueName(_ meaning: Meaning) -> String? {
        if case .value(_, let value) = meaning { return value.lowercased() }
        return nil
    }

    /// Words that make a lead-in a statement about how things are.
    private static let statementWords: Set<String> = ["is", "are", "was", "were", "s", "supposed", "meant", "seems", "seem", "reckon", "think",
                                                      "heard", "told", "says", "said"]
    /// Words that point back at something the request would need from the remark.
    private static let pointers: Set<String> = ["it", "its", "their", "them", "they", "those", "these", "that", "this", "there", "he", "she",
                                                "his", "her"]

    /// The remark and the request of a question made of both, split at a dash, a semicolon or a
    /// sentence's end ("?", ".", "anyway").
    static func remarkAndRequest(_ question: String) -> (String, String)? {
        for separator in [" - ", " – ", " — ", "; ", "? ", ". "] {
            guard let range = question.range(of: separator) else { continue }
            let remark = String(question[..<range.lowerBound])
            var rest = question[range.upperBound...].trimmingCharacters(in: .whitespaces)
            // "…, right? anyway - how many…": the words that only move on.
            for opener in ["anyway", "so", "but", "ok", "okay", "-", "–", "—", ","] {
                while rest.lowercased().hasPrefix(opener + " ") || rest.lowercased().hasPrefix(opener + ",") {
                    rest = rest.dropFirst(opener.count + 1).trimmingCharacters(in: .whitespaces)
                }
            }
            let remarkWords = QuestionTokens(remark).words
            let restWords = QuestionTokens(rest).words
            guard asksFigures(rest), (2...24).contains(remarkWords.count), remarkWords.contains(where: statementWords.contains),
                  !["what", "whats", "how", "which", "who", "when", "where", "why", "can", "do", "does", "did", "is", "are"].contains(remarkWords.first ?? ""),
                  !restWords.contains(where: pointers.contains) else { continue }
            return (remark, rest)
        }
        return nil
    }
}
