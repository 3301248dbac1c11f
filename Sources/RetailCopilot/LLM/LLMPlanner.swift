import Foundation

/// Plans with a chat model: the question, a slice of the semantic model, similar verified queries,
/// knowledge snippets and the previous turn go into one prompt; the model answers with a tool call
/// (`run_sql`, `search_knowledge`, `propose_action`, `ask_clarification`). Its SQL is checked with
/// the guard (and tried once, read-only) before it is returned as ``PlannerOutcome/verified(_:notes:)``
/// for the engine to run through the guard again; a refusal or an execution error gets one repair
/// round, then an honest "could not answer". When the endpoint is down, slow or talks garbage, the
/// fallback planner (the offline one) answers instead.
public struct LLMPlanner: Planner, LLMUsageReporting {
    public let name = "llm"
    public var readsConversationHistory: Bool { true }

    public struct Options: Sendable, Equatable {
        /// Seconds the whole turn may spend on the model (all calls, retries and checks).
        public var turnDeadline: Double
        /// Most model calls per question (the first, one knowledge search, one repair).
        public var maxCalls: Int
        public var maxTokens: Int?
        /// Run the model's query once (read-only, guarded) so execution errors get the repair round.
        public var trialRun: Bool
        /// Call the model with `stream: true`, passing text deltas to `onText`.
        public var streaming: Bool
        /// Knowledge snippets put into the first prompt.
        public var knowledgeSnippets: Int
        /// Estimated prompt tokens (characters / 4) the first request may use.
        public var tokenBudget: Int

        public init(turnDeadline: Double = 60, maxCalls: Int = 3, maxTokens: Int? = 1_024, trialRun: Bool = true,
                    streaming: Bool = false, knowledgeSnippets: Int = 2, tokenBudget: Int = 6_000) {
            self.turnDeadline = turnDeadline
            self.maxCalls = maxCalls
            self.maxTokens = maxTokens
            self.trialRun = trialRun
            self.streaming = streaming
            self.knowledgeSnippets = knowledgeSnippets
            self.tokenBudget = tokenBudget
        }
    }

    public let chat: any ChatModel
    public let runner: GuardedSQLRunner
    public let knowledge: KnowledgeBase?
    /// Answers when the model cannot (usually the ``OfflinePlanner``).
    public let fallback: (any Planner)?
    public let options: Options
    public let usageLedger: LLMUsageLedger
    /// Receives streamed text deltas (with ``Options/streaming``).
    public let onText: (@Sendable (String) async -> Void)?
    let prompts: PromptBuilder

    /// Throws ``LLMError`` (configuration) when a prompt template is missing or does not parse.
    public init(chat: any ChatModel, model: SemanticModel, runner: GuardedSQLRunner, knowledge: KnowledgeBase? = nil,
                values: [String: [String]] = [:], fallback: (any Planner)? = nil, resources: ResourceLibrary = .standard(),
                options: Options = Options(), usageLedger: LLMUsageLedger = LLMUsageLedger(),
                onText: (@Sendable (String) async -> Void)? = nil) throws {
        self.chat = chat
        self.runner = runner
        self.knowledge = knowledge
        self.fallback = fallback
        self.options = options
        self.usageLedger = usageLedger
        self.onText = onText
        let policy = runner.database.policy
        var columns: [String: [SchemaSlice.Column]] = [:]
        for table in runner.database.schema.tables where policy.allows(table: table.name) {
            columns[table.name.lowercased()] = table.columns.filter { policy.allows(table: table.name, column: $0.name) }
                .map { SchemaSlice.Column(name: $0.name, type: $0.type) }
        }
        prompts = try PromptBuilder(model: model, dialect: runner.database.dialect, columns: columns, values: values,
                                    resources: resources, tokenBudget: options.tokenBudget)
    }

    public func plan(_ question: String, context: PlanningContext) async -> PlannerOutcome {
        let turn = LLMUsageLedger(exportsMetrics: false)
        let deadline = options.turnDeadline
        let outcome: PlannerOutcome
        do {
            outcome = try await TimeLimit.run(seconds: deadline, error: LLMError(.deadlineExceeded, "no answer within the turn deadline of \(deadline) s",
                                                                              context: ["model": chat.modelName])) {
                try await converse(question, context: context, turn: turn)
            }
        } catch {
            let failure = error as? LLMError ?? LLMError(.badResponse, "unexpected failure: \(type(of: error))")
            let usage = await turn.snapshot()
            await usageLedger.question(usedLLM: usage.calls > 0)
            await context.usage?.absorb(usage)
            return await fallbackOutcome(question, context: context, failure: failure, usage: usage)
        }
        let usage = await turn.snapshot()
        await usageLedger.question(usedLLM: usage.calls > 0)
        await context.usage?.absorb(usage)
        return outcome.addingNotes(Self.usageNotes(usage))
    }

    // MARK: The conversation with the model

    private func converse(_ question: String, context: PlanningContext, turn: LLMUsageLedger) async throws -> PlannerOutcome {
        var hits: [KnowledgeHit] = []
        if let knowledge, options.knowledgeSnippets > 0 {
            hits = (try? await knowledge.search(question, limit: options.knowledgeSnippets)) ?? []
        }
        var request = prompts.request(question: question, asOf: context.asOf, previousPlan: context.previousPlan,
                                      history: context.history, knowledge: hits, tools: PlannerTools.all, maxTokens: options.maxTokens)
        var repairsLeft = 1
        var searchesLeft = 1
        var lastProblem = "the model gave no usable answer"
        for _ in 0..<max(1, options.maxCalls) {
            let completion = try await call(request, turn: turn, onText: context.onText)
            let (action, toolCall) = ModelReplyParser.action(from: completion)
            var feedback: String
            switch action {
            case .askClarification(let text):
                return .clarification(String(text.prefix(500)), suggestions: [])
            case .proposeAction(let actionName, let argumentText):
                // Only a proposal: the engine validates it like any other and a person must confirm it.
                var arguments: [String: JSONValue] = [:]
                if case .object(let members)? = JSONValue.parse(argumentText) { arguments = members }
                return .action(ActionIntent(name: String(actionName.prefix(80)), arguments: arguments),
                               notes: ["planner: llm", "action proposed by \(chat.modelName)"])
            case .searchKnowledge(let query):
                guard searchesLeft > 0 else {
                    lastProblem = "the model kept searching instead of answering"
                    guard repairsLeft > 0 else { return Self.couldNotAnswer(lastProblem) }
                    repairsLeft -= 1
                    feedback = prompts.repairMessage(problem: "no more searches are available; answer with run_sql or ask_clarification")
                    break
                }
                searchesLeft -= 1
                let found = (try? await knowledge?.search(query, limit: 3)) ?? []
                feedback = knowledge == nil ? "No knowledge base is configured." : prompts.knowledgeMessage(found)
            case .runSQL(let sql):
                guard let problem = await problem(with: sql) else {
                    let verified = SemanticModel.VerifiedQuery(question: question, sql: sql)
                    return .verified(verified, notes: ["planner: llm", "sql written by \(chat.modelName) and accepted by the SQL guard"])
                }
                lastProblem = problem
                guard repairsLeft > 0 else { return Self.couldNotAnswer(problem) }
                repairsLeft -= 1
                feedback = prompts.repairMessage(problem: problem)
            case .text(let text):
                if text.hasSuffix("?") && text.count < 400 { return .clarification(text, suggestions: []) }
                lastProblem = "the model replied without a query"
                guard repairsLeft > 0 else { return Self.couldNotAnswer(lastProblem) }
                repairsLeft -= 1
                feedback = prompts.repairMessage(problem: "your reply contained no tool call and no SQL")
            case .nothing:
                lastProblem = "the model's reply was empty"
                guard repairsLeft > 0 else { return Self.couldNotAnswer(lastProblem) }
                repairsLeft -= 1
                feedback = prompts.repairMessage(problem: "your reply was empty")
            }
            request.messages.append(.assistant(completion.content, toolCalls: completion.toolCalls))
            request.messages += Self.answers(to: completion, used: toolCall, with: feedback)
        }
        return Self.couldNotAnswer(lastProblem)
    }

    /// One model call, counted in the turn's and the planner's ledgers. Streams when configured to
    /// or when the turn has a listener for the model's text.
    private func call(_ request: ChatRequest, turn: LLMUsageLedger, onText listener: (@Sendable (String) async -> Void)?) async throws -> ChatCompletion {
        do {
            let completion: ChatCompletion
            if options.streaming || listener != nil {
                let configured = onText
                completion = try await chat.streamCompletion(request) { delta in
                    await configured?(delta)
                    await listener?(delta)
                }
            } else {
                completion = try await chat.complete(request)
            }
            await turn.call(completion.usage, model: chat.modelName)
            await usageLedger.call(completion.usage, model: chat.modelName)
            return completion
        } catch let error as LLMError {
            await turn.failedCall(error, model: chat.modelName)
            await usageLedger.failedCall(error, model: chat.modelName)
            throw error
        }
    }

    /// Why `sql` cannot be used, or nil when the guard accepts it (and a trial run succeeds).
    func problem(with sql: String) async -> String? {
        let validated: ValidatedQuery
        do {
            validated = try runner.validate(sql, origin: name)
        } catch {
            return "the SQL guard refused it (\(error.reason.rawValue)): \(error.message)"
        }
        guard options.trialRun else { return nil }
        do {
            _ = try await runner.execute(validated, origin: name)
            return nil
        } catch let error as SQLGuardError {
            return "it was stopped (\(error.reason.rawValue)): \(error.message)"
        } catch let error as DatabaseError {
            return "the database reported an error: \(error.message)"
        } catch let error as PostgresError {
            return "the database reported an error: \(error.message)"
        } catch {
            return "it failed: \(type(of: error))"
        }
    }

    /// Messages answering every tool call of `completion` (the API requires one per call id), or a
    /// user message when the model wrote its answer as text.
    private static func answers(to completion: ChatCompletion, used: ToolCall?, with feedback: String) -> [ChatMessage] {
        guard !completion.toolCalls.isEmpty else { return [.user(feedback)] }
        return completion.toolCalls.map { call in
            .tool(call.id == used?.id ? feedback : "Not executed: call one tool at a time.", callID: call.id)
        }
    }

    static func couldNotAnswer(_ problem: String) -> PlannerOutcome {
        .clarification("I could not answer that reliably: \(problem). Try rephrasing the question or asking for something simpler.",
                       suggestions: [])
    }

    static func usageNotes(_ usage: LLMUsageLedger.Snapshot) -> [String] {
        ["llm calls: \(usage.calls)", "llm tokens: prompt \(usage.usage.promptTokens), completion \(usage.usage.completionTokens)"]
    }

    // MARK: Fallback

    private func fallbackOutcome(_ question: String, context: PlanningContext, failure: LLMError,
                                 usage: LLMUsageLedger.Snapshot) async -> PlannerOutcome {
        await usageLedger.fallback()
        let reason: String = switch failure.reason {
        case .timeout, .deadlineExceeded: "did not answer in time"
        case .transport: "could not be reached"
        case .rateLimited: "is rate-limiting requests"
        case .serverError: "is failing (server errors)"
        case .badResponse: "returned an unreadable answer"
        case .replayMiss: "has no recorded answer for this question (replay mode)"
        case .rejected, .configuration: "rejected the request"
        case .cancelled: "call was cancelled"
        }
        let notes = Self.usageNotes(usage) + ["llm unavailable (\(failure.reason.rawValue))"]
        guard let fallback else {
            return .clarification("The language model \(reason), so I cannot answer that right now. Try again later, or ask a simpler question such as “revenue last month”.",
                                  suggestions: [])
        }
        switch await fallback.plan(question, context: context) {
        case .clarification(let text, let suggestions):
            return .clarification("The language model \(reason). \(text)", suggestions: suggestions)
        case let outcome:
            return outcome.addingNotes(notes + ["answered by the \(fallback.name) planner"])
        }
    }
}
