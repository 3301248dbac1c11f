import CopilotActions
import MCP

/// The tools the copilot offers MCP clients: names, descriptions written for a model, input and
/// output schemas, and annotations. Read-only tools say so; `confirm_action` is marked destructive
/// so clients ask their human before calling it.
struct ToolCatalog: Sendable {
    enum Name: String, CaseIterable, Sendable {
        case ask
        case runSQL = "run_sql"
        case searchKnowledge = "search_knowledge"
        case describeData = "describe_data"
        case proposeAction = "propose_action"
        case confirmAction = "confirm_action"
        case cancelAction = "cancel_action"
    }

    /// The agent registry; nil when actions are not configured (the action tools are then not offered).
    let registry: AgentRegistry?
    /// Minutes a proposal stays confirmable.
    let expiryMinutes: Int

    var tools: [Tool] {
        var tools = [ask, runSQL, searchKnowledge, describeData]
        if let registry { tools += [proposeAction(registry), confirmAction, cancelAction] }
        return tools
    }

    // MARK: Read-only

    private var ask: Tool {
        Tool(name: Name.ask.rawValue, title: "Ask the Retail Copilot",
             description: """
             Ask the shop's Retail Copilot a question in plain language: sales, revenue, orders, products, \
             categories, customers, stock, deliveries, returns ("revenue last month", "top 5 products by units \
             sold this year", "which category grew the most?"), or the shop's policies and metric definitions \
             ("what is the return window?"). It reads the question with a deterministic planner over the \
             shop's semantic model and runs one guarded, read-only SQL query. Returns the answer in words, \
             how the question was read (interpretation), the table (columns and rows) and the exact SQL. For a \
             follow-up ("and last year?", "only Europe", "as a monthly trend"), pass the session_id from the \
             previous result. A clarification (kind "clarification") asks back: rephrase rather than guess. It \
             may propose an action (kind "action_proposal") but never carries one out; confirming is \
             confirm_action's job. Prefer this tool over run_sql.
             """,
             inputSchema: ToolSchemas.object([
                "question": ToolSchemas.string("The question, in the user's words (up to 2,000 characters).", minLength: 1, maxLength: 2_000),
                "session_id": ToolSchemas.string("The session_id of an earlier ask result, to continue that conversation.", maxLength: 64),
             ], required: ["question"]),
             // The shop is never changed by ask: a proposal it may record is inert until confirm_action.
             annotations: .init(title: "Ask the Retail Copilot", readOnlyHint: true, destructiveHint: false, idempotentHint: false,
                                openWorldHint: false),
             outputSchema: ToolSchemas.askOutput)
    }

    private var runSQL: Tool {
        Tool(name: Name.runSQL.rawValue, title: "Run guarded SQL",
             description: """
             Run one read-only SELECT (or WITH … SELECT) on the shop's reporting database through the copilot's \
             SQL guard. Writes, DDL, PRAGMA/ATTACH, several statements, system catalogues and tables outside the \
             reporting schema are refused with a reason code (for example write_not_allowed, table_not_allowed); \
             every query is time-limited and capped in rows. Needs the analyst role. Call describe_data first to \
             learn the tables and columns; for questions in words, ask is better.
             """,
             inputSchema: ToolSchemas.object(["sql": ToolSchemas.string("One SELECT statement.", minLength: 1, maxLength: 20_000)],
                                             required: ["sql"]),
             annotations: .init(title: "Run guarded SQL", readOnlyHint: true, destructiveHint: false, idempotentHint: true,
                                openWorldHint: false),
             outputSchema: ToolSchemas.sqlOutput)
    }

    private var searchKnowledge: Tool {
        Tool(name: Name.searchKnowledge.rawValue, title: "Search the shop's documents",
             description: """
             Search the shop's policy and definition documents (returns and refunds, shipping, loyalty programme, \
             payments, metric definitions, data and privacy…) and return the best passages, each with its source \
             document, section and the whole passage to quote. Cite the source when you use a passage. Each \
             result's uri is an MCP resource holding the whole document.
             """,
             inputSchema: ToolSchemas.object([
                "query": ToolSchemas.string("What to look for, in words.", minLength: 1, maxLength: 500),
                "limit": ToolSchemas.integer("How many passages (default 5).", minimum: 1, maximum: 10, default: 5),
             ], required: ["query"]),
             annotations: .init(title: "Search the shop's documents", readOnlyHint: true, destructiveHint: false, idempotentHint: true,
                                openWorldHint: false),
             outputSchema: ToolSchemas.knowledgeOutput)
    }

    private var describeData: Tool {
        Tool(name: Name.describeData.rawValue, title: "Describe the shop's data",
             description: """
             Describe what the copilot can answer about, from its semantic model: the metrics and how each is \
             computed, the dimensions to break down or filter by (with known values), the tables, what can be \
             looked up by id, and the date that relative periods ("last month") are counted from. Call it \
             first to phrase questions for ask or SQL for run_sql.
             """,
             inputSchema: ToolSchemas.object([:]),
             annotations: .init(title: "Describe the shop's data", readOnlyHint: true, destructiveHint: false, idempotentHint: true,
                                openWorldHint: false),
             outputSchema: ToolSchemas.describeOutput)
    }

    // MARK: Actions

    private func proposeAction(_ registry: AgentRegistry) -> Tool {
        let actions = registry.agents.flatMap { agent in agent.actions.map { (agent.name, $0) } }
        let catalogue = actions.map { agent, action in
            let parameters = action.parameters.properties.sorted { $0.key < $1.key }.map { name, property in
                let required = action.parameters.required.contains(name) ? ", required" : ""
                return "\(name) (\(property.type.rawValue)\(required))" + (property.description.map { ": \($0)" } ?? "")
            }
            return "- \(action.name) (\(agent) agent; confirm needs \(action.confirmRole.rawValue)): \(action.description) "
                + "Parameters: \(parameters.joined(separator: "; ")). Risk: \(action.risk)"
        }.joined(separator: "\n")
        return Tool(name: Name.proposeAction.rawValue, title: "Propose an action",
                    description: """
                    Propose an action for the shop's agent services. Nothing happens: the arguments are validated \
                    and checked against the shop's data (the order exists and can still be cancelled, the product is \
                    active…), and a proposal with an id is stored for \(expiryMinutes) minutes. Only confirm_action, \
                    by a user with the needed role, carries it out. Available actions:
                    \(catalogue)
                    """,
                    inputSchema: ToolSchemas.object([
                        "action": .object(["type": "string", "enum": .array(actions.map { .string($0.1.name) }),
                                           "description": "The action's name."]),
                        "arguments": ToolSchemas.object([:], closed: false),
                        "session_id": ToolSchemas.string("The conversation to attach the proposal to (an ask session_id); a new one when omitted.",
                                                         maxLength: 64),
                    ], required: ["action", "arguments"]),
                    annotations: .init(title: "Propose an action", readOnlyHint: false, destructiveHint: false, idempotentHint: false,
                                       openWorldHint: false),
                    outputSchema: ToolSchemas.actionOutcome)
    }

    private var confirmAction: Tool {
        Tool(name: Name.confirmAction.rawValue, title: "Confirm (carry out) an action",
             description: """
             Carry out a proposed action by its id (from propose_action or an ask result). This changes the real \
             shop (cancels an order and refunds it, orders stock from a supplier, emails a customer…): show the \
             user the proposal and get their explicit approval first. Needs the operator role (or the action's \
             own confirm role), and only the proposer or an admin may confirm. Exactly once: confirming again \
             returns the stored outcome and never repeats the action; a failed call to an agent that was down can \
             be confirmed again safely.
             """,
             inputSchema: ToolSchemas.object(["action_id": ToolSchemas.string("The proposal's id (act_…).", minLength: 1, maxLength: 64)],
                                             required: ["action_id"]),
             annotations: .init(title: "Confirm (carry out) an action", readOnlyHint: false, destructiveHint: true, idempotentHint: true,
                                openWorldHint: true),
             outputSchema: ToolSchemas.actionOutcome)
    }

    private var cancelAction: Tool {
        Tool(name: Name.cancelAction.rawValue, title: "Cancel a proposed action",
             description: "Drop a proposed action without carrying it out (same role rules as confirm_action). Nothing is done.",
             inputSchema: ToolSchemas.object(["action_id": ToolSchemas.string("The proposal's id (act_…).", minLength: 1, maxLength: 64)],
                                             required: ["action_id"]),
             annotations: .init(title: "Cancel a proposed action", readOnlyHint: false, destructiveHint: false, idempotentHint: true,
                                openWorldHint: false),
             outputSchema: ToolSchemas.actionOutcome)
    }
}
