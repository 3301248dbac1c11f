import CopilotActions
import CopilotCore
import Foundation

/// How an ``ActionRecord`` and its ``ActionEvent``s are stored in `actions` and `action_events`.
enum ActionRow {
    static let select: SQL = """
        SELECT id, session_id, agent, name, arguments, summary, status, confirm_role, proposed_by, proposed_at, expires_at,
               confirmed_by, confirmed_at, cancelled_by, finished_at, duration_ms, attempts, response_status, receipt, error, retryable
        FROM \(StateSchema.actions)
        """

    static func record(_ row: StateRow) throws -> ActionRecord {
        let arguments: [String: JSONValue]
        if case .object(let members)? = try row.optionalText("arguments").flatMap(JSONValue.parse) { arguments = members } else { arguments = [:] }
        return ActionRecord(
            id: try row.text("id"), sessionID: try row.text("session_id"), agent: try row.text("agent"), name: try row.text("name"),
            arguments: arguments, summary: try row.text("summary"),
            // A status or role this release does not know is treated as the safest one.
            status: ActionStatus(rawValue: try row.text("status")) ?? .failed,
            confirmRole: Role(rawValue: try row.text("confirm_role")) ?? .admin, proposedBy: try row.text("proposed_by"),
            proposedAt: try row.date("proposed_at"), expiresAt: try row.date("expires_at"),
            confirmedBy: try row.optionalText("confirmed_by"), confirmedAt: try row.optionalDate("confirmed_at"),
            cancelledBy: try row.optionalText("cancelled_by"), finishedAt: try row.optionalDate("finished_at"),
            durationMS: try row.optionalDouble("duration_ms"), attempts: try row.int("attempts"),
            responseStatus: try row.optionalInt("response_status"), receipt: try row.optionalText("receipt").flatMap(JSONValue.parse),
            error: try row.optionalText("error"), retryable: try row.flag("retryable"))
    }

    static let selectEvents: SQL = "SELECT action_id, at, event, actor, detail FROM \(StateSchema.actionEvents)"

    static func event(_ row: StateRow) throws -> ActionEvent {
        ActionEvent(actionID: try row.text("action_id"), at: try row.date("at"), event: try row.text("event"),
                    actor: try row.optionalText("actor"), detail: try row.optionalText("detail"))
    }

    static func insert(_ event: ActionEvent) -> SQL {
        """
        INSERT INTO \(StateSchema.actionEvents) (action_id, at, event, actor, detail)
        VALUES (\(event.actionID), \(event.at), \(event.event), \(event.actor), \(event.detail))
        """
    }
}
