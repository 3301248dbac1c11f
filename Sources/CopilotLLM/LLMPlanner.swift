import CopilotCore
import Foundation

/// Plans with a chat model: the question, a slice of the semantic model, similar verified queries,
/// knowledge snippets and the previous turns go into one prompt; the model answers with a tool call
/// (`run_sql`, `search_knowledge`, `propose_action`, `ask_clarification`). Its SQL must pass the
/// guard and is then run once, read-only; the rows come back with it as
/// ``PlannerOutcome/modelSQL(_:)``, so nothing runs twice. A refusal or an execution error gets one
/// repair round, then an honest "could not answer". When the endpoint is down, slow or talks
/// garbage, the outcome is ``PlannerOutcome/modelUnavailable(_:)`` and the pipeline falls back to
/// the offline planner.
public struct LLMPlanner: Planner {
    public let name = "llm"
    public var readsConversationHistory: Bool { true }

    public struct Options: Sendable, Equatable {
        /// Seconds the whole turn may spend on the model (all calls, retries and checks).
        public var turnDeadline: Double
        /// Most model calls per question (the first, one knowledge search, one repair).
        public var maxCalls: Int
        public var maxTokens: Int?
        /// Call the model with `stream: true`, passing text deltas to `onText`.
        public var streaming: Bool
        /// Knowledge snippets put into the first prompt.
        public var knowledgeSnippets: Int
        /// Estimated prompt tokens (characters / 4) the first request may use.
        public var tokenBudget: Int

        public init(turnDeadline: Double = 60, maxCalls: Int = 3, maxTokens: Int? = 1_024, streaming: Bool = false,
                    knowledgeSnippets: Int = 2, tokenBudget: Int = 6_000) {
            self.turnDeadline = turnDeadline
            self.maxCalls = maxCalls
            self.maxTokens = maxTokens
            self.streaming = streaming
            self.knowledgeSnippets = knowledgeSnippets
            self.tokenBudget = tokenBudget
        }
    }

    public let chat: any ChatModel
    public let runner: GuardedSQLRunner
    public let knowledge: (any KnowledgeSource)?
    public let options: Options
    /// What this planner cost since it was made: questions, calls, tokens (eval reports, metrics).
    public let usageLedger: LLMUsageLedger
    /// Receives streamed text deltas (with ``Options/streaming``).
    public let onText: (@Sendable (String) async -> Void)?
    let prompts: PromptBuilder

    /// `templates` gives the text of a prompt template by name (`system`, `context`, `repair`,
    /// `knowledge-results`). Throws ``LLMError`` (configuration) when one is missing or does not parse.
    public init(chat: any ChatModel, model: SemanticModel, runner: GuardedSQLRunner, knowledge: (any KnowledgeSource)? = nil,
                values: [String: [String]] = [:], templates: (String) -> String?, options: Options = Options(),
                usageLedger: LLMUsageLedger = LLMUsageLedger(), onText: (@Sendable (String) async -> Void)? = nil) throws {
        self.chat = chat
        self.runner = runner
        self.knowledge = knowledge
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
                                    templates: templates, tokenBudget: options.tokenBudget)
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
            await account(turn, in: context)
            await usageLedger.fallback()
            return .modelUnavailable(failure.modelFailure)
        }
        await account(turn, in: context)
        return outcome
    }

    /// Adds the turn's calls and tokens to the planner's ledger and to the turn's meter.
    private func account(_ turn: LLMUsageLedger, in context: PlanningContext) async {
        let usage = await turn.snapshot()
        await usageLedger.question(usedLLM: usage.calls > 0)
        if usage.calls > 0 {
            await context.usage?.add(calls: usage.calls, promptTokens: usage.usage.promptTokens, completionTokens: usage.usage.completionTokens)
        }
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
        var searched: [KnowledgeHit] = []
        var lastProblem = "the model gave no usable answer"
        for _ in 0..<max(1, options.maxCalls) {
            let completion = try await call(request, turn: turn, onText: context.onText)
            let (action, toolCall) = ModelReplyParser.action(from: completion)
            var feedback: String
            switch action {
            case .askClarification(let text):
                return .clarification(Clarification(String(text.prefix(500))))
            case .proposeAction(let actionName, let argumentText):
                // Only a proposal: the pipeline validates it like any other and a person must confirm it.
                var arguments: [String: JSONValue] = [:]
                if case .object(let members)? = JSONValue.parse(argumentText) { arguments = members }
                return .action(ActionIntent(name: String(actionName.prefix(80)), arguments: arguments))
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
                searched += found
                feedback = knowledge == nil ? "No knowledge base is configured." : prompts.knowledgeMessage(found)
            case .runSQL(let sql):
                switch await tryRunning(sql) {
                case .success(let answer): return .modelSQL(answer)
                case .failure(let problem):
                    lastProblem = problem.text
                    guard repairsLeft > 0 else { return Self.couldNotAnswer(problem.text) }
                    repairsLeft -= 1
                    feedback = prompts.repairMessage(problem: problem.text)
                }
            case .text(let text):
                if text.hasSuffix("?") && text.count < 400 { return .clarification(Clarification(text)) }
                // After a search, a plain-words answer is an answer from the documents it read.
                if !searched.isEmpty {
                    let citations = searched.prefix(3).map { ChatReply.Citation(source: $0.source, section: $0.section, snippet: $0.snippet) }
                    return .knowledge(text: String(text.prefix(2_000)), citations: Array(citations))
                }
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

    /// Why the model's SQL could not be used, for the repair round (said to the model, never to the user).
    struct Problem: Error {
        var text: String
    }

    /// Guards `sql` and runs it once: its rows are the answer, or the problem goes back to the model.
    func tryRunning(_ sql: String) async -> Result<ModelQuery, Problem> {
        let validated: ValidatedQuery
        do {
            validated = try runner.validate(sql, origin: name)
        } catch {
            return .failure(Problem(text: "the SQL guard refused it (\(error.reason.rawValue)): \(error.message)"))
        }
        do {
            let run = try await runner.execute(validated, origin: name)
            return .success(ModelQuery(query: run.query, result: run.result, executeMicroseconds: run.executeMicroseconds, model: chat.modelName))
        } catch let error as SQLGuardError {
            return .failure(Problem(text: "it was stopped (\(error.reason.rawValue)): \(error.message)"))
        } catch let error as any CopilotError {
            return .failure(Problem(text: "the database reported an error: \(error.userMessage)"))
        } catch {
            return .failure(Problem(text: "it failed: \(type(of: error))"))
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
        .clarification(Clarification("I could not answer that reliably: \(problem). Try rephrasing the question or asking for something simpler."))
    }
}

extension LLMError {
    /// The failure as the pipeline knows it.
    var modelFailure: ModelFailure {
        switch reason {
        case .timeout, .deadlineExceeded: .timeout
        case .transport: .unreachable
        case .rateLimited: .rateLimited
        case .serverError: .serverError
        case .badResponse: .unreadable
        case .replayMiss: .replayMiss
        case .rejected, .configuration: .rejected
        case .cancelled: .cancelled
        }
    }
}
