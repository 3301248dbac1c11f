import Metrics

/// Counts what the language model cost: questions that needed it, calls, tokens, fallbacks. One
/// ledger per planner (per process) for eval reports and `/metrics`, and one per turn for the
/// planner's notes. Every call is also exported as `copilot_llm_calls_total` and
/// `copilot_llm_tokens_total{kind=prompt|completion}`.
public actor LLMUsageLedger {
    /// Totals at one moment.
    public struct Snapshot: Sendable, Codable, Equatable {
        /// Questions a planner with this ledger saw.
        public var questions = 0
        /// Of those, questions that made at least one model call.
        public var questionsUsingLLM = 0
        public var calls = 0
        public var failedCalls = 0
        public var usage = TokenUsage()
        /// Questions answered by the offline fallback because the model failed.
        public var fallbacks = 0
        /// Hybrid only: questions the offline planner answered without the model.
        public var answeredOffline = 0

        public init() {}

        public var callsPerQuestion: Double { questions == 0 ? 0 : Double(calls) / Double(questions) }
        public var tokensPerQuestion: Double { questions == 0 ? 0 : Double(usage.totalTokens) / Double(questions) }

        enum CodingKeys: String, CodingKey {
            case questions, calls, usage, fallbacks
            case questionsUsingLLM = "questions_using_llm"
            case failedCalls = "failed_calls"
            case answeredOffline = "answered_offline"
        }
    }

    private var totals = Snapshot()
    private let exportsMetrics: Bool

    /// `exportsMetrics: false` for per-turn ledgers, so calls are not exported twice.
    public init(exportsMetrics: Bool = true) {
        self.exportsMetrics = exportsMetrics
    }

    public func snapshot() -> Snapshot { totals }

    func question(usedLLM: Bool) {
        totals.questions += 1
        if usedLLM { totals.questionsUsingLLM += 1 }
    }

    func call(_ usage: TokenUsage, model: String) {
        totals.calls += 1
        totals.usage = totals.usage + usage
        guard exportsMetrics else { return }
        Counter(label: "copilot_llm_calls_total", dimensions: [("model", model), ("outcome", "ok")]).increment()
        Counter(label: "copilot_llm_tokens_total", dimensions: [("model", model), ("kind", "prompt")]).increment(by: usage.promptTokens)
        Counter(label: "copilot_llm_tokens_total", dimensions: [("model", model), ("kind", "completion")]).increment(by: usage.completionTokens)
    }

    func failedCall(_ error: LLMError, model: String) {
        totals.calls += 1
        totals.failedCalls += 1
        guard exportsMetrics else { return }
        Counter(label: "copilot_llm_calls_total", dimensions: [("model", model), ("outcome", error.reason.rawValue)]).increment()
    }

    func fallback() { totals.fallbacks += 1 }

    /// Adds another ledger's calls and tokens (a planner's per-turn ledger into the engine's).
    func absorb(_ other: Snapshot) {
        totals.calls += other.calls
        totals.failedCalls += other.failedCalls
        totals.usage = totals.usage + other.usage
    }

    func answeredOffline() {
        totals.questions += 1
        totals.answeredOffline += 1
    }
}
