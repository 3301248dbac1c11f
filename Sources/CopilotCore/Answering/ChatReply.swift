/// The reply to one chat turn — one JSON shape for the CLI (`ask --json`), HTTP and the REPL.
public struct ChatReply: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case answer, clarification, knowledge
        case actionProposal = "action_proposal"
        case actionResult = "action_result"
        case refusal, error
    }

    public struct Citation: Sendable, Codable, Equatable {
        public var source: String
        public var section: String
        public var snippet: String

        public init(source: String, section: String, snippet: String) {
            self.source = source
            self.section = section
            self.snippet = snippet
        }
    }

    /// Data for a chart drawn by the client (no generated code is ever executed).
    public struct Chart: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable { case line, bar }
        public var type: Kind
        public var x: String
        public var y: String
        public var title: String
    }

    public struct Timings: Sendable, Codable, Equatable {
        public var plan: Double
        public var guardCheck: Double
        public var execute: Double
        public var answer: Double
        public var persist: Double
        public var total: Double

        public init(plan: Double = 0, guardCheck: Double = 0, execute: Double = 0, answer: Double = 0, persist: Double = 0, total: Double = 0) {
            self.plan = plan
            self.guardCheck = guardCheck
            self.execute = execute
            self.answer = answer
            self.persist = persist
            self.total = total
        }

        enum CodingKeys: String, CodingKey {
            case plan, execute, answer, persist, total
            case guardCheck = "guard"
        }
    }

    public var sessionID: String
    public var turn: Int
    public var kind: Kind
    public var text: String
    public var sql: String?
    public var result: QueryResult?
    public var citations: [Citation]
    public var action: ActionSummary?
    public var planner: String
    public var plan: QueryPlan?
    public var chart: Chart?
    /// The period the answer covers, in words.
    public var period: String?
    /// The reference date relative periods were computed from.
    public var asOf: String?
    public var suggestions: [String]
    public var timingsMS: Timings
    /// Language-model calls and tokens spent on this turn (nil when no model was involved).
    public var usage: TurnUsage?
    /// How the question was read, in one line generated from the plan ("Counted orders where sales
    /// channel is online, in 2025"); nil for replies that planned nothing.
    public var interpretation: String?
    /// For refusals, errors and clarifications: a stable, machine-readable reason
    /// (`table_not_allowed`, `timeout`, `unknown_words`).
    public var reason: String?

    public init(sessionID: String, turn: Int, kind: Kind, text: String, sql: String? = nil, result: QueryResult? = nil,
                citations: [Citation] = [], action: ActionSummary? = nil, planner: String, plan: QueryPlan? = nil,
                chart: Chart? = nil, period: String? = nil, asOf: String? = nil, suggestions: [String] = [],
                timingsMS: Timings = Timings(), usage: TurnUsage? = nil) {
        self.sessionID = sessionID
        self.turn = turn
        self.kind = kind
        self.text = text
        self.sql = sql
        self.result = result
        self.citations = citations
        self.action = action
        self.planner = planner
        self.plan = plan
        self.chart = chart
        self.period = period
        self.asOf = asOf
        self.suggestions = suggestions
        self.timingsMS = timingsMS
        self.usage = usage
    }

    enum CodingKeys: String, CodingKey {
        case turn, kind, text, sql, result, citations, action, planner, plan, chart, period, suggestions, usage, reason, interpretation
        case sessionID = "session_id"
        case asOf = "as_of"
        case timingsMS = "timings_ms"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessionID, forKey: .sessionID)
        try container.encode(turn, forKey: .turn)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(sql, forKey: .sql)
        try container.encode(result, forKey: .result)
        try container.encode(citations, forKey: .citations)
        try container.encode(action, forKey: .action)
        try container.encode(planner, forKey: .planner)
        try container.encodeIfPresent(interpretation, forKey: .interpretation)
        try container.encodeIfPresent(plan, forKey: .plan)
        try container.encodeIfPresent(chart, forKey: .chart)
        try container.encodeIfPresent(period, forKey: .period)
        try container.encodeIfPresent(asOf, forKey: .asOf)
        try container.encode(suggestions, forKey: .suggestions)
        try container.encode(timingsMS, forKey: .timingsMS)
        try container.encodeIfPresent(usage, forKey: .usage)
        try container.encodeIfPresent(reason, forKey: .reason)
    }
}

/// A proposed or executed action, as shown in replies (filled in by the actions subsystem).
public struct ActionSummary: Sendable, Codable, Equatable {
    public var id: String
    /// The agent service that carries it out.
    public var agent: String
    public var name: String
    /// The validated arguments, as JSON values (numbers stay numbers).
    public var arguments: [String: JSONValue]
    /// `proposed`, `executing`, `succeeded`, `failed`, `cancelled` or `expired`.
    public var status: String
    /// The effect in one sentence.
    public var summary: String
    /// Until when a proposal can be confirmed (ISO 8601 UTC); only while `proposed`.
    public var expiresAt: String?
    /// The agent's receipt once it ran.
    public var receipt: JSONValue?
    public var error: String?

    public init(id: String, agent: String, name: String, arguments: [String: JSONValue], status: String, summary: String,
                expiresAt: String? = nil, receipt: JSONValue? = nil, error: String? = nil) {
        self.id = id
        self.agent = agent
        self.name = name
        self.arguments = arguments
        self.status = status
        self.summary = summary
        self.expiresAt = expiresAt
        self.receipt = receipt
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case id, agent, name, arguments, status, summary, receipt, error
        case expiresAt = "expires_at"
    }
}
