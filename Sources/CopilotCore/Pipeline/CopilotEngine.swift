/// One chat turn end to end, as a pipeline of small stages:
///
///     session gate → router → planner → compile/guard/execute → compose → record
///
/// ``SessionGate`` checks the caller, the session's owner and the rate and reads the conversation;
/// ``TurnRouter`` decides once whether the message is a data question, a definition or policy
/// question, an action, a request for help or small talk; ``PlanningStage`` plans data questions
/// (offline, or with a language model); ``QueryStage`` compiles, guards and runs; ``ReplyComposer``
/// says what came out; ``TurnRecorder`` stores the turn. Every channel — CLI, REPL, HTTP, evals —
/// goes through this type.
public struct CopilotEngine: Sendable {
    public let model: SemanticModel
    public let runner: GuardedSQLRunner
    public let store: any ConversationStore
    /// The reference date for relative periods, and where it came from.
    public let asOf: CalendarDate
    public let asOfSource: String
    /// The offline planner; it reads every message for the router, whatever plans after it.
    public let offline: OfflinePlanner
    public let planning: PlanningStage
    /// Policies and definitions; nil when no knowledge base is configured.
    public let knowledge: KnowledgeAnswerer?
    /// Proposing and confirming actions; nil when no agent registry is configured.
    public let actions: (any ActionDesk)?
    public let gate: SessionGate
    public let router: TurnRouter
    public let query: QueryStage
    public let composer: ReplyComposer
    public let recorder: TurnRecorder

    public init(model: SemanticModel, offline: OfflinePlanner, planning: PlanningStage = PlanningStage(), runner: GuardedSQLRunner,
                store: any ConversationStore, asOf: CalendarDate, asOfSource: String, knowledge: KnowledgeAnswerer? = nil,
                actions: (any ActionDesk)? = nil, turnLimiter: RateLimiter? = nil) {
        self.model = model
        self.offline = offline
        self.planning = planning
        self.runner = runner
        self.store = store
        self.asOf = asOf
        self.asOfSource = asOfSource
        self.knowledge = knowledge
        self.actions = actions
        gate = SessionGate(store: store, limiter: turnLimiter)
        router = TurnRouter(offline: offline, knowledge: knowledge, actions: actions, modelPlansEverything: planning.mode == .llm)
        let policy = runner.database.policy
        query = QueryStage(compiler: SemanticCompiler(model: model, dialect: runner.database.dialect,
                                                      rollups: model.rollups.filter { policy.allows(table: $0.table) }),
                           runner: runner)
        composer = ReplyComposer(answers: AnswerComposer(model: model), asOf: asOf)
        recorder = TurnRecorder(store: store)
    }

    /// Answers `message` from `caller` in session `sessionID` (a new session when nil) and stores
    /// the turn. Throws ``ConversationError`` for a session that is unknown or not the caller's,
    /// ``TurnLimitError`` when the caller is over their rate, and `CancellationError` when the task
    /// was cancelled (a cancelled turn is not stored).
    public func ask(_ message: String, sessionID: String? = nil, caller: Caller, events: ChatEventHandler? = nil) async throws -> ChatReply {
        let started = monotonicNanoseconds()
        let conversation = try await open(sessionID, caller: caller, message: message)
        return try await ask(message, in: conversation, caller: caller, events: events, started: started)
    }

    /// The session gate alone: the conversation `message` continues (or starts), checked for
    /// `caller`. Channels that stream call it first, so a refusal comes before the stream starts.
    public func open(_ sessionID: String?, caller: Caller, message: String) async throws -> ConversationContext {
        try await gate.open(sessionID, caller: caller, message: message)
    }

    /// The stages after the gate, for a conversation ``open(_:caller:message:)`` returned.
    public func ask(_ message: String, in conversation: ConversationContext, caller: Caller, events: ChatEventHandler? = nil,
                    started: UInt64 = monotonicNanoseconds()) async throws -> ChatReply {
        guard let session = conversation.session else { throw ConversationError.unknownSession("") }
        let turn = await answer(message, conversation: conversation, caller: caller, events: events)
        try Task.checkCancellation()
        return try await recorder.record(turn, message: message, sessionID: session.id, started: started)
    }

    /// Answers `message` in `conversation` without storing anything (evals, benchmarks, the
    /// stages after the gate).
    public func answer(_ message: String, conversation: ConversationContext = .fresh, caller: Caller = .local,
                       events: ChatEventHandler? = nil) async -> Turn {
        let usage = UsageMeter()
        var context = PlanningContext(previousPlan: conversation.previousPlan, previousResult: conversation.previousResult,
                                      earlierPlan: conversation.earlierPlan, previousAskedBack: conversation.lastTurnKind == .clarification, asOf: asOf,
                                      history: conversation.history, usage: usage)
        context.periods = conversation.periods
        context.shownPlan = conversation.shownPlan
        context.shownResult = conversation.shownResult
        if let events { context.onText = { await events(.textDelta($0)) } }
        let started = monotonicNanoseconds()
        let route = await router.route(message, context: context)
        var turn: Turn
        if case .several(let clauses) = route {
            turn = await answerSeveral(clauses, conversation: conversation, caller: caller, context: context, events: events)
        } else {
            turn = await answer(message, route: route, conversation: conversation, caller: caller, context: context, events: events)
            if let events { await events(.text(turn.reply.text)) }
        }
        turn.reply.usage = await usage.usage()
        turn.reply.timingsMS.total = milliseconds(since: started)
        return turn
    }

    /// Confirms an action by id (HTTP, REPL, MCP) and records the outcome as a turn of its session.
    public func confirmAction(id: String, caller: Caller) async throws -> ChatReply {
        try await decide("confirm", id: id, caller: caller) { try await $0.confirm(id: id, caller: caller) }
    }

    /// Cancels an action by id and records it as a turn of its session.
    public func cancelAction(id: String, caller: Caller) async throws -> ChatReply {
        try await decide("cancel", id: id, caller: caller) { try await $0.cancel(id: id, caller: caller) }
    }

    // MARK: Stages

    private func answer(_ message: String, route: Route, conversation: ConversationContext, caller: Caller,
                        context: PlanningContext, events: ChatEventHandler?) async -> Turn {
        let started = monotonicNanoseconds()
        var turn: Turn
        switch route {
        case .data(let reading):
            let (outcome, planner) = await planning.plan(message, reading: reading, context: context)
            let planTime = milliseconds(since: started)
            if let events {
                if case .plan(let plan, _) = outcome { await events(.plan(plan, planner: planner)) } else { await events(.plan(nil, planner: planner)) }
            }
            turn = await respond(to: outcome, planner: planner, conversation: conversation, caller: caller, events: events)
            turn.reply.timingsMS.plan = planTime
        case .knowledge(let answer):
            turn = Turn(reply: composer.knowledge(answer, planner: "knowledge"))
        case .action(let request):
            turn = await act(request, conversation: conversation, caller: caller)
        case .help(let text), .smallTalk(let text):
            turn = Turn(reply: composer.reply(.answer, text, planner: "offline"))
        case .several(let clauses):
            turn = await answerSeveral(clauses, conversation: conversation, caller: caller, context: context, events: nil)
        }
        if case .data = route {} else if let events {
            // Nothing was planned on the other routes; a streaming client still learns who answered.
            await events(.plan(nil, planner: turn.reply.planner))
        }
        return turn
    }

    /// Acts on a planner's outcome: runs what it planned or wrote, or says why not.
    private func respond(to outcome: PlannerOutcome, planner: String, conversation: ConversationContext, caller: Caller,
                         events: ChatEventHandler?) async -> Turn {
        switch outcome {
        case .plan(let plan, _):
            if let asked = await severalPeopleNamed(in: plan, planner: planner) { return Turn(reply: asked) }
            let compiled: CompiledQuery
            do {
                compiled = try query.compiler.compile(plan)
            } catch {
                return Turn(reply: composer.uncompilable(error, plan: plan, planner: planner))
            }
            do {
                let executed = try await query.execute(compiled.sql, origin: planner, events: events)
                if let asked = composer.severalNamed(plan, compiled: compiled, result: executed.result, planner: planner) {
                    return Turn(reply: asked)
                }
                return Turn(reply: composer.answer(plan, compiled: compiled, executed: executed, planner: planner), plan: plan)
            } catch {
                var reply = composer.failure(error, sql: compiled.sql, planner: planner)
                reply.plan = plan
                return Turn(reply: reply)
            }
        case .verified(let verified, let reading):
            do {
                let executed = try await query.execute(verified.sql, origin: "verified", events: events)
                return Turn(reply: composer.verified(verified, executed: executed, planner: planner), plan: reading)
            } catch {
                return Turn(reply: composer.failure(error, sql: verified.sql, planner: planner))
            }
        case .modelSQL(let answer):
            if let events {
                await events(.sql(answer.query.sql))
                await events(.result(answer.result))
            }
            return Turn(reply: composer.modelAnswer(answer, planner: planner))
        case .knowledge(let text, let citations):
            return Turn(reply: composer.knowledge(KnowledgeAnswer(text: text, citations: citations), planner: planner))
        case .action(let intent):
            var turn = await act(.propose(intent), conversation: conversation, caller: caller)
            turn.reply.planner = planner
            return turn
        case .clarification(let clarification):
            return Turn(reply: composer.clarification(clarification, planner: planner))
        case .help(let text):
            return Turn(reply: composer.reply(.answer, text, planner: planner))
        case .modelUnavailable(let failure):
            return Turn(reply: composer.clarification(Clarification("The language model \(failure.phrase); try again later."),
                                                      planner: planner, reason: "model_unavailable"))
        }
    }

    private func act(_ request: ActionRequest, conversation: ConversationContext, caller: Caller) async -> Turn {
        guard let actions else {
            var reply = composer.reply(.refusal, "Actions are not configured here, so I cannot do that. I can only read and report the shop's data.",
                                       planner: "actions")
            reply.reason = "actions_not_configured"
            return Turn(reply: reply)
        }
        guard let session = conversation.session else {
            return Turn(reply: composer.reply(.clarification, "Actions need a saved conversation; ask in a chat session.", planner: "actions"))
        }
        do {
            return Turn(reply: composer.action(try await actions.handle(request, sessionID: session.id, lastTurnKind: conversation.lastTurnKind,
                                                                         caller: caller)))
        } catch {
            let (code, message) = userFacing(error)
            var reply = composer.reply(.error, message, planner: "actions")
            reply.reason = code
            return Turn(reply: reply)
        }
    }

    /// "what's our return rate and what's the return window?": each clause routed and answered on
    /// its own (a later clause may follow up an earlier one), then one reply with the data part's
    /// table and SQL, every part's words and every citation.
    private func answerSeveral(_ clauses: [String], conversation: ConversationContext, caller: Caller, context: PlanningContext,
                               events: ChatEventHandler?) async -> Turn {
        var parts: [Turn] = []
        var context = context
        for clause in clauses {
            let route = await router.route(clause, context: context, splitting: false)
            let part = await answer(clause, route: route, conversation: conversation, caller: caller, context: context, events: nil)
            if let plan = part.plan {
                context.earlierPlan = context.previousPlan
                context.previousPlan = plan
                if !plan.dimensions.isEmpty, let result = part.reply.result, result.rows.count > 1 {
                    context.shownPlan = plan
                    context.shownResult = result
                }
                context.previousResult = part.reply.result
            }
            parts.append(part)
        }
        var reply = parts.first(where: { $0.reply.sql != nil })?.reply ?? parts[0].reply
        reply.text = parts.map(\.reply.text).joined(separator: "\n\n")
        reply.citations = parts.flatMap(\.reply.citations)
        if parts.allSatisfy({ $0.reply.kind == .clarification }) {
            reply.kind = .clarification
        } else if let answered = parts.first(where: { $0.reply.kind == .answer }) ?? parts.first(where: { $0.reply.kind == .knowledge }) {
            reply.kind = answered.reply.kind
        }
        if let events {
            await events(.plan(reply.plan, planner: reply.planner))
            if let sql = reply.sql { await events(.sql(sql)) }
            if let result = reply.result { await events(.result(result)) }
            await events(.text(reply.text))
        }
        return Turn(reply: reply, plan: parts.last(where: { $0.plan != nil })?.plan)
    }

    private func decide(_ verb: String, id: String, caller: Caller,
                        _ body: (any ActionDesk) async throws -> ActionReply) async throws -> ChatReply {
        guard let actions else { throw ActionsUnavailable() }
        let started = monotonicNanoseconds()
        let outcome = try await body(actions)
        guard let sessionID = outcome.sessionID else { return composer.action(outcome) }
        return try await recorder.record(Turn(reply: composer.action(outcome)), message: "\(verb) \(id)", sessionID: sessionID, started: started)
    }
}

/// Confirming or cancelling by id where no actions are configured.
public struct ActionsUnavailable: CopilotError {
    public var code: String { "not_found" }
    public var userMessage: String { "This copilot has no actions configured." }
}
