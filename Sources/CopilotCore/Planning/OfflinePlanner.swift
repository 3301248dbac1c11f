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
        let tagged = await tagger.tag(Self.withoutTopicLabel(question), asOf: context.asOf)
        return interpreter.interpret(tagged, context: context)
    }

    /// Nouns that label what a message is about rather than ask anything: "free shipping code
    /// question - how many orders used FREESHIP…", "for the loyalty review: what was…".
    static let labelNouns: Set<String> = ["question", "query", "review", "check", "qn", "quickie", "request"]

    /// The question without a short label before a colon or a dash (or a topic set aside before a
    /// comma) when what follows asks the
    /// question in full (opens with a question word); otherwise the question as it was.
    static func withoutTopicLabel(_ question: String) -> String {
        for separator in [": ", " - ", " – ", " — ", ", "] {
            guard let range = question.range(of: separator) else { continue }
            let label = question[..<range.lowerBound].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let rest = question[range.upperBound...].trimmingCharacters(in: .whitespaces)
            let opening = rest.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(2).joined(separator: " ")
            // "gift card rules aside, how much…": a topic set aside before the question.
            let aside = separator == ", " ? ["aside", "apart"] : labelNouns
            // Only a request for figures follows: "dumb question - what does SKU stand for" keeps
            // its label, which tells it is no data question.
            let asksFigures = ["how many", "how much", "what was", "what were", "which"].contains(opening)
                || ["which", "list", "show", "who"].contains(opening.split(separator: " ").first.map(String.init) ?? "")
            guard (1...7).contains(label.count), let last = label.last, aside.contains(String(last)), asksFigures else { return question }
            return rest
        }
        return question
    }
}
