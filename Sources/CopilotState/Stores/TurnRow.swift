import CopilotCore
import Foundation

/// How a ``TurnRecord`` is stored in `copilot_turns`: plan, result preview and timings as JSON, the
/// result preview bounded to its first rows, usage in three nullable columns.
enum TurnRow {
    /// Rows kept of a turn's result for history views.
    static let previewRows = 20

    static let select: SQL = """
        SELECT turn, message, kind, planner, plan, sql, answer, result_preview, timings, error, created_at,
               llm_calls, prompt_tokens, completion_tokens
        FROM \(StateSchema.turns)
        """

    static func insert(_ turn: TurnRecord, number: Int, sessionID: String) -> SQL {
        var preview = turn.resultPreview
        if let bounded = preview, bounded.rows.count > previewRows {
            preview = QueryResult(columns: bounded.columns, rows: Array(bounded.rows.prefix(previewRows)), truncated: true)
        }
        return """
            INSERT INTO \(StateSchema.turns) (session_id, turn, message, kind, planner, plan, sql, answer, result_preview, timings,
                                              error, created_at, llm_calls, prompt_tokens, completion_tokens)
            VALUES (\(sessionID), \(number), \(turn.message), \(turn.kind), \(turn.planner), \(json: turn.plan), \(turn.sql),
                    \(turn.answer), \(json: preview), \(json: turn.timings), \(turn.error), \(turn.createdAt),
                    \(turn.usage?.llmCalls), \(turn.usage?.promptTokens), \(turn.usage?.completionTokens))
            """
    }

    static func record(_ row: StateRow) throws -> TurnRecord {
        let usage = try row.optionalInt("llm_calls").map { calls in
            TurnUsage(llmCalls: calls, promptTokens: try row.optionalInt("prompt_tokens") ?? 0,
                      completionTokens: try row.optionalInt("completion_tokens") ?? 0)
        }
        return TurnRecord(turn: try row.int("turn"), message: try row.text("message"), kind: try row.text("kind"),
                          planner: try row.text("planner"), plan: try row.json(QueryPlan.self, "plan"), sql: try row.optionalText("sql"),
                          answer: try row.text("answer"), resultPreview: try row.json(QueryResult.self, "result_preview"),
                          timings: try row.json(ChatReply.Timings.self, "timings"), error: try row.optionalText("error"),
                          createdAt: try row.date("created_at"), usage: usage)
    }
}
