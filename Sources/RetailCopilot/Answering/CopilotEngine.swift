import Foundation
import Metrics

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
    /// Policies and definitions; nil when no knowledge base is configured.
    public let knowledge: KnowledgeAnswerer?
    /// Proposing and confirming actions through agent services; nil when no registry is configured.
    public var actions: ActionService?

    public init(model: SemanticModel, planner: any Planner, runner: GuardedSQLRunner, store: any ConversationStore,
                asOf: CalendarDate, asOfSource: String, knowledge: KnowledgeAnswerer? = nil) {
        self.model = model
        self.planner = planner
        self.runner = runner
        self.store = store
        self.asOf = asOf
        self.asOfSource = asOfSource
        self.knowledge = knowledge
        let policy = runner.database.policy
        compiler = SemanticCompiler(model: model, dialect: runner.database.dialect,
                                    rollups: model.rollups.filter { policy.allows(table: $0.table) })
        composer = AnswerComposer(model: model)
    }

    /// The outcome of one turn before it is stored.
    public struct Turn: Sendable {
        public var reply: ChatReply
        /// The plan to remember for follow-ups (answered metric questions only).
        public var plan: QueryPlan?
        /// An action the planner (the LLM's `propose_action`) asked for, still to be validated.
        var actionIntent: ActionIntent?
    }

    /// Answers `message` in session `sessionID` (a new session when nil) and stores the turn.
    /// Throws ``ConversationError`` for an unknown or foreign session. `role` decides whether a
    /// "confirm" in the conversation may carry out a proposed action (default: the least role).
    public func ask(_ message: String, sessionID: String? = nil, owner: String = "local", isAdmin: Bool = false, role: Role? = nil,
                    events: ChatEventHandler? = nil) async throws -> ChatReply {
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
        // A new conversation has nothing to follow up on.
        let (previous, history) = sessionID == nil ? (nil, []) : try await conversationContext(sessionID: session.id)
        let caller = Caller(id: owner, name: owner, role: role ?? (isAdmin ? .admin : .viewer))
        var turn: Turn
        if let decided = try await actionTurn(message, session: session, caller: caller, events: events) {
            turn = decided
        } else {
            turn = await answer(message, previousPlan: previous, history: history, events: events)
            turn = try await proposingIfAsked(turn, session: session, caller: caller)
        }
        try Task.checkCancellation()  // a turn cancelled by the user (Ctrl-C) is not stored
        let persistStart = monotonicNanoseconds()
        let record = TurnRecord(turn: 0, message: message, kind: turn.reply.kind.rawValue, planner: turn.reply.planner,
                                plan: turn.plan, sql: turn.reply.sql, answer: turn.reply.text, resultPreview: turn.reply.result,
                                timings: turn.reply.timingsMS, error: turn.reply.kind == .error ? turn.reply.text : nil,
                                createdAt: SQLiteConversationStore.now(), usage: turn.reply.usage)
        let number = try await store.appendTurn(sessionID: session.id, record)
        turn.reply.sessionID = session.id
        turn.reply.turn = number
        turn.reply.timingsMS.persist = Self.milliseconds(since: persistStart)
        turn.reply.timingsMS.total = Self.milliseconds(since: started)
        Counter(label: "copilot_turns_total", dimensions: [("kind", turn.reply.kind.rawValue), ("planner", turn.reply.planner),
                                                         ("outcome", turn.reply.kind == .error || turn.reply.kind == .refusal ? "failed" : "ok")]).increment()
        Timer(label: "copilot_turn_duration_seconds", dimensions: [("planner", turn.reply.planner)])
            .recordNanoseconds(Int64(turn.reply.timingsMS.total * 1e6))
        return turn.reply
    }

    /// What the planner gets to know about the conversation: the plan to refine for a follow-up and,
    /// for a model-backed planner, the last turns with their SQL.
    func conversationContext(sessionID: String) async throws -> (QueryPlan?, [PlanningContext.PriorTurn]) {
        guard planner.readsConversationHistory else { return (try await store.lastPlan(sessionID: sessionID), []) }
        let recent = try await store.recentTurns(sessionID: sessionID, limit: 3)
        let history = recent.map { PlanningContext.PriorTurn(question: $0.message, sql: $0.sql, answer: $0.answer) }
        // When the latest data answer came from the model (SQL without a plan), a follow-up refers to
        // it, not to an older plan: leave the offline planner no stale plan to refine.
        if let latest = recent.last(where: { $0.sql != nil }) { return (latest.plan, history) }
        return (try await store.lastPlan(sessionID: sessionID), history)
    }

    /// Answers `message` given the previous plan, without touching the conversation store. A
    /// question made of several ("what's our return rate and what's the return window?") gets an
    /// answer for each part.
    public func answer(_ message: String, previousPlan: QueryPlan?, history: [PlanningContext.PriorTurn] = [],
                       events: ChatEventHandler? = nil) async -> Turn {
        let usage = LLMUsageLedger(exportsMetrics: false)
        var turn = await answerClauses(message, previousPlan: previousPlan, history: history, usage: usage, events: events)
        let spent = await usage.snapshot()
        if spent.calls > 0 { turn.reply.usage = TurnUsage(spent) }
        return turn
    }

    private func answerClauses(_ message: String, previousPlan: QueryPlan?, history: [PlanningContext.PriorTurn],
                               usage: LLMUsageLedger, events: ChatEventHandler?) async -> Turn {
        let clauses = KnowledgeAnswerer.clauses(of: message)
        guard clauses.count > 1, clauses.count <= 3 else {
            return await answerOne(message, context: PlanningContext(previousPlan: previousPlan, asOf: asOf, history: history, usage: usage),
                                   events: events)
        }
        var parts: [Turn] = []
        var plan = previousPlan
        for clause in clauses {
            let part = await answerOne(clause, context: PlanningContext(previousPlan: plan, asOf: asOf, history: history, usage: usage))
            if let answered = part.plan { plan = answered }
            parts.append(part)
        }
        // Keep the data part's table and SQL; join the words; collect every citation.
        var reply = parts.first(where: { $0.reply.sql != nil })?.reply ?? parts[0].reply
        reply.text = parts.map(\.reply.text).joined(separator: "\n\n")
        reply.citations = parts.flatMap(\.reply.citations)
        if parts.allSatisfy({ $0.reply.kind == .clarification }) {
            reply.kind = .clarification
        } else if let answered = parts.first(where: { $0.reply.kind == .answer }) {
            reply.kind = answered.reply.kind
        } else if let knowledge = parts.first(where: { $0.reply.kind == .knowledge }) {
            reply.kind = knowledge.reply.kind
        }
        reply.timingsMS.total = parts.map(\.reply.timingsMS.total).reduce(0, +)
        let finalReply = reply
        if let events {
            if let sql = finalReply.sql { await events(.sql(sql)) }
            if let result = finalReply.result { await events(.result(result)) }
            await events(.text(finalReply.text))
        }
        // An action the model proposed in one part still goes through validation and confirmation.
        return Turn(reply: finalReply, plan: parts.last(where: { $0.plan != nil })?.plan,
                    actionIntent: parts.first(where: { $0.actionIntent != nil })?.actionIntent)
    }

    private func answerOne(_ message: String, context: PlanningContext, events: ChatEventHandler? = nil) async -> Turn {
        let started = monotonicNanoseconds()
        var timings = ChatReply.Timings()
        var context = context
        if let events { context.onText = { await events(.textDelta($0)) } }
        let outcome = await planner.plan(message, context: context)
        timings.plan = Self.milliseconds(since: started)
        if let events {
            if case .plan(let plan, _) = outcome { await events(.plan(plan, planner: planner.name)) } else { await events(.plan(nil, planner: planner.name)) }
        }
        let turn = await respond(message, outcome: outcome, started: started, timings: timings, events: events)
        if let events { await events(.text(turn.reply.text)) }
        return turn
    }

    private func respond(_ message: String, outcome: PlannerOutcome, started: UInt64, timings: ChatReply.Timings,
                         events: ChatEventHandler?) async -> Turn {
        var timings = timings
        var reply = ChatReply(sessionID: "", turn: 0, kind: .answer, text: "", planner: Self.answeringPlanner(outcome, default: planner.name),
                              asOf: asOf.iso)
        var rememberedPlan: QueryPlan?

        // Definitions and policies first when the question asks for one ("how is AOV calculated");
        // otherwise the knowledge base is the fallback for what the data cannot answer.
        let asksDefinition = KnowledgeAnswerer.isDefinitionQuestion(message)
        if let knowledge, asksDefinition, let found = await knowledge.answer(message) {
            reply.kind = .knowledge
            reply.text = found.text
            reply.citations = found.citations
            timings.total = Self.milliseconds(since: started)
            reply.timingsMS = timings
            return Turn(reply: reply, plan: nil)
        }

        switch outcome {
        case .help(let text):
            reply.text = text
        case .action(let intent, _):
            // Validated and stored by ask() (one action per message); without an action service it stays a refusal.
            reply.kind = .refusal
            reply.text = actions == nil ? "Actions are not configured here, so I cannot do that. I can only read and report the shop's data."
                : "Checking the requested action against the shop's data…"  // streamed as progress; ask() replaces it
            timings.total = Self.milliseconds(since: started)
            reply.timingsMS = timings
            return Turn(reply: reply, plan: nil, actionIntent: intent)
        case .clarification(let text, let suggestions):
            let followUp = KnowledgeAnswerer.isFollowUp(message)
            // A definition question already searched the knowledge base (more leniently) above.
            if let knowledge, !followUp, !asksDefinition, let found = await knowledge.answer(message, fallback: true) {
                reply.kind = .knowledge
                reply.text = found.text
                reply.citations = found.citations
            } else {
                reply.kind = .clarification
                reply.text = text
                reply.suggestions = suggestions
            }
        case .verified(let query, let notes):
            let byModel = notes.contains("planner: llm")
            await run(query.sql, into: &reply, timings: &timings, events: events) { result in
                let rows = result.rowCount == 1 ? "1 row" : "\(result.rowCount) rows"
                return byModel ? "Here is what I found: \(rows). The SQL was written by the language model and checked by the SQL guard."
                    : "Here is “\(query.question)” (a verified query), \(rows)."
            }
        case .plan(let plan, _):
            reply.plan = plan
            do {
                let compiled = try compiler.compile(plan)
                let allTime = "across all data"
                var composed: AnswerComposer.Composition?
                await run(compiled.sql, into: &reply, timings: &timings, events: events) { result in
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
                     events: ChatEventHandler?, text: (QueryResult) -> String) async {
        reply.sql = sql
        do {
            let guardStart = monotonicNanoseconds()
            let query = try runner.validate(sql, origin: planner.name)
            timings.guardCheck = Self.milliseconds(since: guardStart)
            if let events { await events(.sql(query.sql)) }
            let run = try await runner.execute(query, origin: planner.name)
            if let events { await events(.result(run.result)) }
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

    /// Which planner produced the outcome: a hybrid planner reports "offline" or "llm" per question.
    static func answeringPlanner(_ outcome: PlannerOutcome, default name: String) -> String {
        let notes: [String]
        switch outcome {
        case .plan(_, let planNotes), .verified(_, let planNotes), .action(_, let planNotes): notes = planNotes
        default: return name == "hybrid" ? "offline" : name
        }
        if notes.contains("planner: llm") || notes.contains("answered by: llm") { return "llm" }
        if notes.contains("answered by: offline") { return "offline" }
        return name
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
