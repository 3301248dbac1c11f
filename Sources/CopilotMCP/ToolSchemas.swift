import MCP

/// JSON Schemas (draft 2020-12 subset) of the tools' inputs and structured outputs. Output schemas
/// mirror ``ToolOutputs``; clients validate results against them, so a test checks every tool's
/// real output with the official client.
enum ToolSchemas {
    // MARK: Building blocks

    static func object(_ properties: [String: Value], required: [String] = [], closed: Bool = true) -> Value {
        var schema: [String: Value] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required.map { .string($0) }) }
        if closed { schema["additionalProperties"] = false }
        return .object(schema)
    }

    static func string(_ description: String? = nil, minLength: Int? = nil, maxLength: Int? = nil, nullable: Bool = false) -> Value {
        var schema: [String: Value] = ["type": nullable ? ["string", "null"] : "string"]
        if let description { schema["description"] = .string(description) }
        if let minLength { schema["minLength"] = .int(minLength) }
        if let maxLength { schema["maxLength"] = .int(maxLength) }
        return .object(schema)
    }

    static func integer(_ description: String? = nil, minimum: Int? = nil, maximum: Int? = nil, default value: Int? = nil) -> Value {
        var schema: [String: Value] = ["type": "integer"]
        if let description { schema["description"] = .string(description) }
        if let minimum { schema["minimum"] = .int(minimum) }
        if let maximum { schema["maximum"] = .int(maximum) }
        if let value { schema["default"] = .int(value) }
        return .object(schema)
    }

    static func array(_ items: Value, _ description: String? = nil) -> Value {
        var schema: [String: Value] = ["type": "array", "items": items]
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    static let number: Value = ["type": "number"]
    static let boolean: Value = ["type": "boolean"]
    static let anyJSON: Value = [:]
    /// One cell of a result row: SQL values arrive as numbers, text or null.
    static let cell: Value = ["type": ["string", "number", "boolean", "null"]]
    static let strings: Value = array(string())

    // MARK: Shared output pieces

    /// Columns and rows of a guarded query.
    static let tableProperties: [String: Value] = [
        "columns": array(string(), "Column names, in order."),
        "rows": array(array(cell), "One array of cells per row, in column order."),
        "row_count": integer("Rows returned (after the row cap)."),
        "truncated": boolean,
    ]

    static let action: Value = object([
        "id": string("The action id, for confirm_action / cancel_action."),
        "name": string(), "agent": string(),
        "status": string("proposed, executing, succeeded, failed, cancelled or expired."),
        "summary": string("The effect in one sentence."),
        "arguments": object([:], closed: false),
        "expires_at": string("Until when a proposal can be confirmed (ISO 8601 UTC).", nullable: true),
        "receipt": anyJSON,
        "error": string(nullable: true),
    ], required: ["id", "name", "agent", "status", "summary", "arguments"], closed: false)

    // MARK: Outputs

    static let askOutput: Value = object(tableProperties.merging([
        "session_id": string("Pass it back to ask for a follow-up in the same conversation."),
        "turn": integer(),
        "kind": string("answer, clarification, knowledge, action_proposal, action_result, refusal or error."),
        "answer": string("The answer in words."),
        "interpretation": string("How the question was read: metric, period, filters, breakdown.", nullable: true),
        "sql": string("The exact SQL that ran.", nullable: true),
        "period": string(nullable: true),
        "citations": array(object(["source": string(), "section": string(), "snippet": string()], closed: false)),
        "action": .object(["anyOf": [action, ["type": "null"]]]),
        "reason": string("For refusals, errors and clarifications: a stable reason code.", nullable: true),
        "suggestions": strings,
    ]) { current, _ in current }, required: ["session_id", "turn", "kind", "answer", "columns", "rows", "row_count", "truncated"],
        closed: false)

    static let sqlOutput: Value = object(tableProperties.merging(["sql": string("The statement that ran (with the row cap applied).")]) { current, _ in current },
                                         required: ["sql", "columns", "rows", "row_count", "truncated"], closed: false)

    static let knowledgeOutput: Value = object([
        "results": array(object([
            "source": string("The document's path."),
            "uri": string("The whole document as an MCP resource."),
            "title": string(), "section": string(), "heading_path": string(),
            "snippet": string("The best-matching fragment, matches in [brackets]."),
            "passage": string("The whole passage, to quote."),
            "score": number,
        ], required: ["source", "uri", "title", "section", "passage"], closed: false)),
    ], required: ["results"], closed: false)

    static let describeOutput: Value = object([
        "model": string(), "description": string(nullable: true),
        "as_of": string("The date relative periods are counted from (YYYY-MM-DD)."),
        "metrics": array(object(["name": string(), "label": string(), "description": string(nullable: true), "format": string(),
                                 "synonyms": strings], required: ["name", "label"], closed: false)),
        "dimensions": array(object(["name": string(), "label": string(), "synonyms": strings, "values": strings],
                                   required: ["name", "label"], closed: false)),
        "tables": array(object(["name": string(), "description": string(nullable: true)], required: ["name"], closed: false)),
        "entities": array(object(["name": string(), "synonyms": strings], required: ["name"], closed: false)),
    ], required: ["model", "as_of", "metrics", "dimensions", "tables", "entities"], closed: false)

    static let actionOutcome: Value = object([
        "session_id": string("The conversation the action belongs to.", nullable: true),
        "text": string("What happened, in words."),
        "action": action,
        "confirm_role": string("The role needed to confirm.", nullable: true),
        "risk": string(nullable: true),
    ], required: ["text", "action"], closed: false)
}
