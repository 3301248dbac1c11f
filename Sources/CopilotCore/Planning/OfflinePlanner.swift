/// The embedded default planner: deterministic, offline, fast. It tags every word of a question —
/// dates, numbers, records, the semantic model's phrases, values of the data, English structure
/// words — reads the tags into a plan, and asks back naming the words it could not place rather
/// than guess.
public struct OfflinePlanner: Planner {
    public let name = "offline"
    public let model: SemanticModel
    public let tagger: Tagger
    let interpreter: Interpreter

    /// `values` finds names and other values of the data in questions (the model's own value
    /// lists are always consulted).
    public init(model: SemanticModel, values: (any ValueIndex)? = nil) {
        self.model = model
        tagger = Tagger(model: model, values: values)
        interpreter = Interpreter(model: model)
    }

    public func plan(_ question: String, context: PlanningContext) async -> PlannerOutcome {
        let text = Self.withoutTopicLabel(question)
        if text == question, let request = await requestAfterRemark(question, context: context) { return request }
        let tagged = await tagger.tag(text, asOf: context.asOf)
        return interpreter.interpret(tagged, context: context)
    }

    /// Whether the question's lead-in (a topic label, a rule set aside, a remark) was left out to
    /// read the request for figures after it.
    public func readsPastLeadIn(_ question: String, context: PlanningContext) async -> Bool {
        if Self.withoutTopicLabel(question) != question { return true }
        return await requestAfterRemark(question, context: context) != nil
    }

    /// Whether `rest` opens as a request for figures ("how many", "which", "list", "show"…).
    static func asksFigures(_ rest: String) -> Bool {
        let opening = rest.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(2).joined(separator: " ")
        return ["how many", "how much", "what was", "what were", "which"].contains(opening)
            || ["which", "list", "show", "who"].contains(opening.split(separator: " ").first.map(String.init) ?? "")
    }

    /// Nouns that label what a message is about rather than ask anything: "free shipping code
    /// question - how many orders used FREESHIP…", "for the loyalty review: what was…".
    static let labelNouns: Set<String> = ["question", "query", "review", "check", "qn", "quickie", "request"]

    /// Words of a lead-in that sets a rule aside to ask for figures: "not asking about the return
    /// window rules, just numbers: how many…", "re the 7 day bank transfer rule - how many…".
    static let asideWords: Set<String> = ["rule", "rules", "policy", "policies", "numbers", "figures", "volume", "asking", "question"]

    /// The question without a lead-in before a colon, a dash, "but" or a comma when what follows asks
    /// for figures in full (opens with "how many", "which", "what was"…): a short label ("free
    /// shipping code question"), a topic set aside ("gift card rules aside"), or a rule the asker
    /// says they are not asking about ("i know the refund policy…, but how much did we refund").
    /// Otherwise the question as it was.
    static func withoutTopicLabel(_ question: String) -> String {
        for separator in [": ", " - ", " – ", " — ", ", but ", ", "] {
            guard let range = question.range(of: separator) else { continue }
            let label = question[..<range.lowerBound].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            let rest = question[range.upperBound...].trimmingCharacters(in: .whitespaces)
            // Only a request for figures follows: "dumb question - what does SKU stand for" keeps
            // its label, which tells it is no data question.
            guard asksFigures(rest), let last = label.last else { continue }
            // "gift card rules aside, how much…": a topic set aside before the question.
            let labelled = separator == ", " ? ["aside", "apart"].contains(last) : labelNouns.contains(last)
            let setAside = separator != ", " && label.count <= 16 && (label.contains(where: asideWords.contains) || label.first == "re")
            if (1...7).contains(label.count) && labelled || setAside { return rest }
        }
        return question
    }
}
