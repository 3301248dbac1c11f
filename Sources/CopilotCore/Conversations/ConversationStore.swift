import Foundation

/// A conversation: its id, owner and title.
public struct SessionRecord: Sendable, Codable, Equatable {
    public var id: String
    public var owner: String
    public var title: String
    public var createdAt: Date
    /// When its last turn was added (or it was renamed): what retention counts from.
    public var updatedAt: Date
    public var turnCount: Int
    /// Language-model usage summed over the session's turns.
    public var usage: TurnUsage

    public init(id: String, owner: String, title: String, createdAt: Date, updatedAt: Date, turnCount: Int,
                usage: TurnUsage = TurnUsage()) {
        self.id = id
        self.owner = owner
        self.title = title
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.turnCount = turnCount
        self.usage = usage
    }

    enum CodingKeys: String, CodingKey {
        case id, owner, title, usage
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case turnCount = "turn_count"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), owner: try container.decode(String.self, forKey: .owner),
                  title: try container.decode(String.self, forKey: .title), createdAt: try container.decode(timestampFor: .createdAt),
                  updatedAt: try container.decode(timestampFor: .updatedAt), turnCount: try container.decode(Int.self, forKey: .turnCount),
                  usage: try container.decode(TurnUsage.self, forKey: .usage))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(owner, forKey: .owner)
        try container.encode(title, forKey: .title)
        try container.encode(timestamp: createdAt, forKey: .createdAt)
        try container.encode(timestamp: updatedAt, forKey: .updatedAt)
        try container.encode(turnCount, forKey: .turnCount)
        try container.encode(usage, forKey: .usage)
    }
}

/// One answered turn as stored: the question, how it was planned, what ran and what was said.
public struct TurnRecord: Sendable, Codable, Equatable {
    public var turn: Int
    public var message: String
    public var kind: String
    public var planner: String
    public var plan: QueryPlan?
    public var sql: String?
    public var answer: String
    /// The first rows of the result (bounded), for history views.
    public var resultPreview: QueryResult?
    public var timings: ChatReply.Timings?
    public var error: String?
    public var createdAt: Date
    /// Language-model calls and tokens (nil when no model was involved).
    public var usage: TurnUsage?

    public init(turn: Int, message: String, kind: String, planner: String, plan: QueryPlan? = nil, sql: String? = nil,
                answer: String, resultPreview: QueryResult? = nil, timings: ChatReply.Timings? = nil, error: String? = nil,
                createdAt: Date, usage: TurnUsage? = nil) {
        self.turn = turn
        self.message = message
        self.kind = kind
        self.planner = planner
        self.plan = plan
        self.sql = sql
        self.answer = answer
        self.resultPreview = resultPreview
        self.timings = timings
        self.error = error
        self.createdAt = createdAt
        self.usage = usage
    }

    enum CodingKeys: String, CodingKey {
        case turn, message, kind, planner, plan, sql, answer, timings, error, usage
        case resultPreview = "result_preview"
        case createdAt = "created_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(turn: try container.decode(Int.self, forKey: .turn), message: try container.decode(String.self, forKey: .message),
                  kind: try container.decode(String.self, forKey: .kind), planner: try container.decode(String.self, forKey: .planner),
                  plan: try container.decodeIfPresent(QueryPlan.self, forKey: .plan), sql: try container.decodeIfPresent(String.self, forKey: .sql),
                  answer: try container.decode(String.self, forKey: .answer),
                  resultPreview: try container.decodeIfPresent(QueryResult.self, forKey: .resultPreview),
                  timings: try container.decodeIfPresent(ChatReply.Timings.self, forKey: .timings),
                  error: try container.decodeIfPresent(String.self, forKey: .error), createdAt: try container.decode(timestampFor: .createdAt),
                  usage: try container.decodeIfPresent(TurnUsage.self, forKey: .usage))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(turn, forKey: .turn)
        try container.encode(message, forKey: .message)
        try container.encode(kind, forKey: .kind)
        try container.encode(planner, forKey: .planner)
        try container.encodeIfPresent(plan, forKey: .plan)
        try container.encodeIfPresent(sql, forKey: .sql)
        try container.encode(answer, forKey: .answer)
        try container.encodeIfPresent(resultPreview, forKey: .resultPreview)
        try container.encodeIfPresent(timings, forKey: .timings)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encode(timestamp: createdAt, forKey: .createdAt)
        try container.encodeIfPresent(usage, forKey: .usage)
    }
}

/// Where conversations live (never in the reporting database).
public protocol ConversationStore: Sendable {
    /// Creates a session owned by `owner`, titled from its first question.
    func createSession(owner: String, title: String) async throws -> SessionRecord
    func session(id: String) async throws -> SessionRecord?
    func sessions(owner: String?, limit: Int) async throws -> [SessionRecord]
    func turns(sessionID: String) async throws -> [TurnRecord]
    /// Appends a turn and returns its number. Durable when this returns.
    func appendTurn(sessionID: String, _ turn: TurnRecord) async throws -> Int
    /// The plan of the most recent turn that had one, for follow-up questions.
    func lastPlan(sessionID: String) async throws -> QueryPlan?
    /// The last `limit` turns, oldest first.
    func recentTurns(sessionID: String, limit: Int) async throws -> [TurnRecord]
    /// The last `limit` turns numbered below `before`, oldest first (one page of a long session).
    func turns(sessionID: String, before: Int, limit: Int) async throws -> [TurnRecord]
    func rename(sessionID: String, title: String) async throws -> Bool
    func delete(sessionID: String) async throws -> Bool
    /// Deletes sessions not updated since `date`; returns how many.
    func prune(notUpdatedSince date: Date) async throws -> Int
}

extension ConversationStore {
    /// Reads every turn; stores override it with a bounded query.
    public func recentTurns(sessionID: String, limit: Int) async throws -> [TurnRecord] {
        Array(try await turns(sessionID: sessionID).suffix(limit))
    }
}
