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
        let tagged = await tagger.tag(question, asOf: context.asOf)
        return interpreter.interpret(tagged, context: context)
    }
}
