/// The functions the LLM planner offers the model. Only `run_sql` leads to data, and only through
/// the SQL guard; `propose_action` only ever becomes a proposal a person must confirm.
enum PlannerTools {
    static let runSQL = "run_sql"
    static let searchKnowledge = "search_knowledge"
    static let proposeAction = "propose_action"
    static let askClarification = "ask_clarification"

    static let all: [ChatTool] = [
        .strings(runSQL, "Answer the question with one read-only SELECT statement over the listed tables. The copilot checks and runs it.",
                 [("sql", "One SELECT (or WITH … SELECT) statement in the given SQL dialect, no comments, no trailing text."),
                  ("explanation", "One short sentence on how the query answers the question.")],
                 required: ["sql"]),
        .strings(searchKnowledge, "Search the shop's policy and definition documents when the question depends on a business rule or definition not given in the schema.",
                 [("query", "A few keywords to search for.")]),
        .strings(proposeAction, "Propose one operational action the user explicitly asked for: restock_product {product_id, quantity, warehouse_id?}, cancel_order {order_id, reason?}, open_return {order_id, reason: damaged|defective|wrong_item|not_as_described|changed_mind|late_delivery, note?}, send_coupon {customer_id, percent, message?}. A person confirms it before anything happens.",
                 [("name", "The action's name, e.g. cancel_order."), ("arguments", "The action's arguments as a JSON object in text, e.g. {\"order_id\": 10042}.")],
                 required: ["name"]),
        .strings(askClarification, "Ask the user one short question when the request is ambiguous or cannot be answered from the listed tables.",
                 [("question", "The question to ask the user.")]),
    ]
}
