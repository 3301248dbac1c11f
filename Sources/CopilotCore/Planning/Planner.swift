/// Turns a question into a ``PlannerOutcome``. Implementations: ``OfflinePlanner`` (deterministic,
/// no network, always present) and, when an endpoint is configured, a language-model planner.
public protocol Planner: Sendable {
    var name: String { get }
    /// Whether ``PlanningContext/history`` is worth loading for this planner (a model reads it; the
    /// offline planner needs only the previous plan and result).
    var readsConversationHistory: Bool { get }
    func plan(_ question: String, context: PlanningContext) async -> PlannerOutcome
}

extension Planner {
    public var readsConversationHistory: Bool { false }
}

/// How a planner read a question, and what produced the reading. The pipeline acts on the case;
/// nothing downstream inspects text.
public enum PlannerOutcome: Sendable {
    /// The offline parser's plan, to compile and run, with its notes on how it read the question
    /// (shown to people, never branched on).
    case plan(QueryPlan, notes: [String])
    /// A curated question → SQL pair from the semantic model matched the question. `reading` is the
    /// parser's own plan for it, when it has one, so that follow-ups can change it.
    case verified(SemanticModel.VerifiedQuery, reading: QueryPlan?)
    /// SQL a language model wrote, already accepted by the guard and run once; its result is final.
    case modelSQL(ModelQuery)
    /// A language model answered from knowledge passages it searched, with their citations.
    case knowledge(text: String, citations: [ChatReply.Citation])
    /// An action to propose (read offline or the model's `propose_action`); nothing is executed
    /// without a confirmation.
    case action(ActionIntent)
    /// Not confident: ask back instead of guessing.
    case clarification(Clarification)
    /// The user asked what the copilot can do.
    case help(String)
    /// The language model could not plan (unreachable, slow, unreadable); the pipeline falls back.
    case modelUnavailable(ModelFailure)

    /// True for outcomes that answer the question without a second opinion.
    /// True for a plan of the parser's own (not a curated query, a document or a question back).
    public var isPlan: Bool {
        if case .plan = self { return true }
        return false
    }

    /// Why the reading asked back, when it did.
    public var clarificationReason: Clarification.Reason? {
        if case .clarification(let clarification) = self { return clarification.reason }
        return nil
    }

    public var isConfident: Bool {
        switch self {
        case .plan, .verified, .modelSQL, .knowledge, .action, .help: true
        case .clarification, .modelUnavailable: false
        }
    }
}

/// A language model's query: the guard's proof and the rows it returned when it was tried.
public struct ModelQuery: Sendable {
    public let query: ValidatedQuery
    public let result: QueryResult
    /// Microseconds the one execution took.
    public let executeMicroseconds: Double
    /// The model that wrote it.
    public let model: String

    public init(query: ValidatedQuery, result: QueryResult, executeMicroseconds: Double, model: String) {
        self.query = query
        self.result = result
        self.executeMicroseconds = executeMicroseconds
        self.model = model
    }
}

/// A question asked back, with what could help the user rephrase.
public struct Clarification: Sendable, Equatable {
    public var text: String
    public var suggestions: [String]
    /// Why the question was asked back.
    public var reason: Reason

    public enum Reason: Sendable, Equatable {
        /// Words nothing knows. `dataShaped`: the question also has periods, numbers, counts or
        /// breakdowns, so it asks for data the shop does not have rather than for a rule.
        case unknownWords([String], dataShaped: Bool)
        /// Known words that do not fit together into a query.
        case unplaced([String], dataShaped: Bool)
        /// Nothing to plan: no metric, record or field.
        case vague
        /// A fragment ("by carrier", "what about Lyon?") right after a question that was asked
        /// back: what it refines was never answered.
        case continuesUnanswered
        /// The question named one record and several fit the name ("Emily Campbell", "the Amazon store").
        case severalMatch
        /// Any other reason (a model asked back, a metric that cannot be combined).
        case other
    }

    public init(_ text: String, suggestions: [String] = [], reason: Reason = .other) {
        self.text = text
        self.suggestions = suggestions
        self.reason = reason
    }
}

/// Why a language model could not plan.
public enum ModelFailure: String, Sendable, Equatable {
    case timeout, unreachable, rateLimited = "rate_limited", serverError = "server_error", unreadable, rejected, replayMiss = "replay_miss",
         cancelled

    /// The failure in words, completing "The language model …".
    public var phrase: String {
        switch self {
        case .timeout: "did not answer in time"
        case .unreachable: "could not be reached"
        case .rateLimited: "is rate-limiting requests"
        case .serverError: "is failing (server errors)"
        case .unreadable: "returned an unreadable answer"
        case .replayMiss: "has no recorded answer for this question (replay mode)"
        case .rejected: "rejected the request"
        case .cancelled: "call was cancelled"
        }
    }
}
