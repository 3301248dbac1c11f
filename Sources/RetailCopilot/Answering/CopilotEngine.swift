import Foundation

/// One chat turn end to end: plan (offline or LLM), compile, guard, execute read-only, compose the
/// answer, persist the turn. Every interface — CLI, REPL, HTTP, evals — goes through this type.
public struct CopilotEngine: Sendable {
    public let model: SemanticModel
    public let planner: any Planner
    public let compiler: SemanticCompiler
    public let runner: GuardedSQLRunner
    public let store: any ConversationStore
    public let composer: AnswerComposer
    /// The reference date for relative periods and where it came from.
    public let asOf: CalendarDate
    public let asOfSource: String

    public init(model: SemanticModel, planner: any Planner, runner: GuardedSQLRunner, store: any ConversationStore,
                asOf: CalendarDate, asOfSource: String) {
        self.model = model
        self.planner = planner
        self.runner = runner
        self.store = store
        self.asOf = asOf
        self.asOfSource = asOfSource
        compiler = SemanticCompiler(model: model, dialect: runner.database.dialect)
        composer = AnswerComposer(model: model)
    }

    /// The outcome of one turn before it is stored.
    public struct Turn: Sendable {
        public var reply: ChatReply
        /// The plan to remember for follow-ups (answered metric questions only).
        public var plan: QueryPlan?
    }

    /// Answers `message` in session `sessionID` (a new session when nil) and stores the turn.
    /// Throws ``ConversationError`` for an unknown or foreign session.
    public func ask(_ message: String, sessionID: String? = nil, owner: String = "local", isAdmin: Bool = false) async throws -> ChatReply {
        let started = monotonicNanoseconds()
        let session: SessionRecord
        if let sessionID {
            guard let existing = try await store.session(id: sessionID), existing.owner == owner || isAdmin else {
                throw ConversationError.unknownSession(sessionID)
            }
            session = existing
        } else {
            session = try await store.createSession(owner: owner, title: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let previous = try await store.lastPlan(sessionID: session.id)
        var turn = await answer(message, previousPlan: previous)
        let persistStart = monotonicNanoseconds()
        let record = TurnRecord(turn: 0, message: message, kind: turn.reply.kind.rawValue, planner: turn.reply.planner,
                                plan: turn.plan, sql: turn.reply.sql, answer: turn.reply.text, resultPreview: turn.reply.result,
                                timings: turn.reply.timingsMS, error: turn.reply.kind == .error ? turn.reply.text : nil,
                                createdAt: SQLiteConversationStore.now())
        let number = try await store.appendTurn(sessionID: session.id, record)
        turn.reply.sessionID = session.id
        turn.reply.turn = number
        turn.reply.timingsMS.persist = Self.milliseconds(since: persistStart)
        turn.reply.timingsMS.total = Self.milliseconds(since: started)
        return turn.reply
    }

    /// Answers `message` given the previous plan, without touching the conversation store.
    public func answer(_ message: String, previousPlan: QueryPlan?) async -> Turn {
        let started = monotonicNanoseconds()
        var timings = ChatReply.Timings()
        let outcome = await planner.plan(message, context: PlanningContext(previousPlan: previousPlan, asOf: asOf))
        timings.plan = Self.milliseconds(since: started)
        var reply = ChatReply(sessionID: "", turn: 0, kind: .answer, text: "", planner: planner.name, asOf: asOf.iso)
        var rememberedPlan: QueryPlan?

        switch outcome {
        case .help(let text):
            reply.text = text
        case .clarification(let text, let suggestions):
            reply.kind = .clarification
            reply.text = text
            reply.suggestions = suggestions
        case .verified(let query, _):
            await run(query.sql, into: &reply, timings: &timings) { result in
                "Here is “\(query.question)” (a verified query), \(result.rowCount == 1 ? "1 row" : "\(result.rowCount) rows")."
            }
        case .plan(let plan, _):
            reply.plan = plan
            do {
                let compiled = try compiler.compile(plan)
                let allTime = "across all data"
                var composed: AnswerComposer.Composition?
                await run(compiled.sql, into: &reply, timings: &timings) { result in
                    composed = composer.compose(plan: plan, compiled: compiled, result: result, asOf: asOf, allTime: allTime)
                    return composed!.text
                }
                if reply.kind == .answer {
                    reply.chart = composed?.chart
                    reply.period = composed?.period
                    rememberedPlan = plan
                }
            } catch {
                reply.kind = .clarification
                reply.text = "I understood the question but can't answer it that way: \(error.message) Try another breakdown or metric."
            }
        }
        timings.total = Self.milliseconds(since: started)
        reply.timingsMS = timings
        return Turn(reply: reply, plan: rememberedPlan)
    }

    /// Runs guarded SQL and fills the reply; refusals and errors become honest messages.
    private func run(_ sql: String, into reply: inout ChatReply, timings: inout ChatReply.Timings,
                     text: (QueryResult) -> String) async {
        reply.sql = sql
        do {
            let run = try await runner.run(sql, origin: planner.name)
            timings.guardCheck = run.guardMicroseconds / 1_000
            timings.execute = run.executeMicroseconds / 1_000
            reply.sql = run.query.sql
            reply.result = run.result
            let answerStart = monotonicNanoseconds()
            reply.text = text(run.result)
            timings.answer = Self.milliseconds(since: answerStart)
        } catch let refusal as SQLGuardError {
            reply.kind = .refusal
            reply.text = "I did not run that query: \(refusal.message)"
        } catch {
            reply.kind = .error
            reply.text = "The query failed: \(error)"
        }
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(monotonicNanoseconds() - start) / 1e6
    }
}

/// Errors about conversations, mapped to 404/403 over HTTP.
public enum ConversationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownSession(String)

    public var description: String {
        switch self {
        case .unknownSession(let id): "There is no session \(id)."
        }
    }
}
