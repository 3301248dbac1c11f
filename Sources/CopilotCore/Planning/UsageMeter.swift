/// Adds up what one turn spent on a language model: calls and tokens. The planner reports into it;
/// the pipeline puts the total on the reply and the stored turn.
public actor UsageMeter {
    private var total = TurnUsage()

    public init() {}

    /// Records one model call and the tokens it used.
    public func add(calls: Int = 1, promptTokens: Int, completionTokens: Int) {
        total.llmCalls += calls
        total.promptTokens += promptTokens
        total.completionTokens += completionTokens
    }

    /// The total so far; nil when no model was called.
    public func usage() -> TurnUsage? {
        total.llmCalls > 0 ? total : nil
    }
}
