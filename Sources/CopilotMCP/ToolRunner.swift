import CopilotActions
import CopilotCore
import MCP
import RetailCopilot

/// Carries out tool calls for one caller. Every tool goes through the same components as the other
/// channels (the turn pipeline, the guarded SQL runner, the knowledge base, the action service), and
/// the same role rules as the HTTP API: `run_sql` needs analyst, `confirm_action` operator.
struct ToolRunner: Sendable {
    /// The pipeline whose chat messages cannot confirm actions (see ``ProposalOnlyDesk``).
    let engine: CopilotEngine
    let services: CopilotServices
    let caller: Caller
    let describeError: ToolErrorDescriber
    let markdown: MarkdownReply

    /// The result of calling `name`. A failure is a tool error with the HTTP API's reason code; an
    /// unknown tool is a protocol error, as the specification asks.
    func call(_ name: String, arguments: [String: Value]?) async throws -> CallTool.Result {
        guard let tool = ToolCatalog.Name(rawValue: name) else {
            throw MCPError.invalidParams("Unknown tool: \(name.prefix(60))")
        }
        let arguments = ToolArguments(arguments)
        do {
            switch tool {
            case .ask: return try await ask(arguments)
            case .runSQL: return try await runSQL(arguments)
            case .searchKnowledge: return try await searchKnowledge(arguments)
            case .describeData: return try describeData(arguments)
            case .proposeAction: return try await proposeAction(arguments)
            case .confirmAction, .cancelAction: return try await decide(tool, arguments)
            }
        } catch is CancellationError {
            throw CancellationError()  // the client cancelled: no result is sent
        } catch let failure as ToolFailure {
            return failure.result
        } catch {
            return describeError(error).result
        }
    }

    // MARK: Tools

    private func ask(_ arguments: ToolArguments) async throws -> CallTool.Result {
        try arguments.allowOnly(["question", "session_id"])
        // Limits and codes as `POST /v1/chat`.
        let question = (try arguments.string("question", maxLength: 100_000) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !question.isEmpty else { throw ToolFailure(code: "empty_message", message: "The message is empty.") }
        guard question.count <= 2_000 else { throw ToolFailure(code: "message_too_long", message: "Messages are limited to 2,000 characters.") }
        let reply = try await engine.ask(question, sessionID: try arguments.string("session_id", maxLength: 64), caller: caller)
        let interpretation = reply.plan.map { PlanExplainer(model: engine.model).explain($0, asOf: engine.asOf, asOfSource: engine.asOfSource) }
        let text = markdown.render(reply) + "\n\n(session_id \(reply.sessionID): pass it to ask for a follow-up)"
        return try Self.result(text, ToolOutputs.Ask(reply, interpretation: interpretation))
    }

    private func runSQL(_ arguments: ToolArguments) async throws -> CallTool.Result {
        guard caller.may(.analyst) else { throw ToolFailure.forbidden(.analyst, caller: caller) }
        try arguments.allowOnly(["sql"])
        let response = await SQLRunResponse.run(try arguments.requiredString("sql", maxLength: 20_000), with: engine.runner, origin: "mcp")
        guard let result = response.result, let sql = response.sql else {
            // The guard's reason (`write_not_allowed`…), as in the body of a refused `POST /v1/sql`.
            throw ToolFailure(code: response.error?.reason ?? "sql_error", message: response.error?.message ?? "The statement failed.")
        }
        let table = markdown.table(result) ?? (result.rowCount == 0 ? "No rows." : "Result: \(result.rows[0][0].description)")
        return try Self.result(table + "\n\n```sql\n\(sql)\n```",
                               ToolOutputs.SQL(sql: sql, columns: result.columns, rows: result.rows, rowCount: result.rowCount,
                                               truncated: result.truncated))
    }

    private func searchKnowledge(_ arguments: ToolArguments) async throws -> CallTool.Result {
        try arguments.allowOnly(["query", "limit"])
        let query = try arguments.requiredString("query", maxLength: 500)
        let hits = try await services.knowledge.search(query, limit: try arguments.integer("limit", default: 5, in: 1...10))
        let passages = hits.map {
            ToolOutputs.Knowledge.Passage(source: $0.source, uri: ResourceCatalog.uri(ofDocument: $0.source), title: $0.title,
                                          section: $0.section, headingPath: $0.headingPath, snippet: $0.snippet, passage: $0.body,
                                          score: $0.score)
        }
        let text = passages.isEmpty ? "No passage matches “\(query)”." : passages.enumerated().map { index, passage in
            "\(index + 1). **\(passage.headingPath)** (\(passage.source))\n\n\(passage.passage.prefix(1_200))"
        }.joined(separator: "\n\n")
        return try Self.result(text, ToolOutputs.Knowledge(results: passages))
    }

    private func describeData(_ arguments: ToolArguments) throws -> CallTool.Result {
        try arguments.allowOnly([])
        let description = DataDescription(model: engine.model, asOf: engine.asOf)
        return try Self.result(description.markdown, description)
    }

    private func proposeAction(_ arguments: ToolArguments) async throws -> CallTool.Result {
        guard let actions = services.actions else { throw ActionError(.notFound, "This copilot has no actions configured.") }
        try arguments.allowOnly(["action", "arguments", "session_id"])
        let name = try arguments.requiredString("action", maxLength: 100)
        let values = try arguments.object("arguments")
        // The session gate: a given session must be the caller's; none starts a conversation to hold it.
        let conversation = try await engine.open(try arguments.string("session_id", maxLength: 64), caller: caller,
                                                 message: "Proposed action: \(name)")
        guard let session = conversation.session else { throw ConversationError.unknownSession("") }
        let record = try await actions.propose(ActionIntent(name: name, arguments: values), sessionID: session.id, proposer: caller)
        let definition = actions.registry.find(action: record.name)?.action
        let who = caller.may(record.confirmRole)
            ? "After the user approves, call confirm_action with action_id \(record.id) (or cancel_action to drop it)."
            : "It needs the \(record.confirmRole.rawValue) role to confirm, which this key does not have; an admin can confirm it."
        let text = "Proposed, not done yet: \(record.summary)" + (definition.map { " Risk: \($0.risk)" } ?? "")
            + " \(who) Valid until \(record.expiresAt)."
        let outcome = ToolOutputs.ActionOutcome(sessionID: session.id, text: text, action: .init(record.summaryForReply),
                                                confirmRole: record.confirmRole.rawValue, risk: definition?.risk)
        return try Self.result(text + "\n\n" + markdown.action(record.summaryForReply), outcome)
    }

    private func decide(_ tool: ToolCatalog.Name, _ arguments: ToolArguments) async throws -> CallTool.Result {
        // As `POST /v1/actions/{id}/confirm`: operator and above; the action's own rules follow.
        guard caller.may(.operator) else { throw ToolFailure.forbidden(.operator, caller: caller) }
        try arguments.allowOnly(["action_id"])
        let id = try arguments.requiredString("action_id", maxLength: 64)
        let reply = tool == .confirmAction ? try await engine.confirmAction(id: id, caller: caller)
            : try await engine.cancelAction(id: id, caller: caller)
        guard let action = reply.action else { throw ToolFailure(code: "internal_error", message: "The action's outcome was not recorded.") }
        let outcome = ToolOutputs.ActionOutcome(sessionID: reply.sessionID.isEmpty ? nil : reply.sessionID, text: reply.text,
                                                action: .init(action))
        return try Self.result(markdown.render(reply), outcome)
    }

    // MARK: Results

    /// Markdown for the model to read, the same facts as structured content for programs.
    static func result<Output: Codable>(_ text: String, _ output: Output) throws -> CallTool.Result {
        try CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: output, isError: false)
    }
}
