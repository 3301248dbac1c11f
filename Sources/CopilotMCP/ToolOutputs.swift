import CopilotActions
import CopilotCore
import Foundation

/// The structured output of each tool (`structuredContent`), in the shapes the output schemas of
/// ``ToolCatalog`` declare. Snake-case keys, like the HTTP API.
enum ToolOutputs {
    /// `ask`: one chat turn.
    struct Ask: Codable {
        var sessionID: String
        var turn: Int
        var kind: String
        var answer: String
        /// How the question was read, in words (nil when nothing was planned).
        var interpretation: String?
        var columns: [String]
        var rows: [[DatabaseValue]]
        var rowCount: Int
        var truncated: Bool
        var sql: String?
        var period: String?
        var citations: [ChatReply.Citation]
        var action: Action?
        var reason: String?
        var suggestions: [String]

        enum CodingKeys: String, CodingKey {
            case turn, kind, answer, interpretation, columns, rows, truncated, sql, period, citations, action, reason, suggestions
            case sessionID = "session_id"
            case rowCount = "row_count"
        }

        init(_ reply: ChatReply, interpretation: String?) {
            sessionID = reply.sessionID
            turn = reply.turn
            kind = reply.kind.rawValue
            answer = reply.text
            self.interpretation = interpretation
            columns = reply.result?.columns ?? []
            rows = reply.result?.rows ?? []
            rowCount = reply.result?.rowCount ?? 0
            truncated = reply.result?.truncated ?? false
            sql = reply.sql
            period = reply.period
            citations = reply.citations
            action = reply.action.map(Action.init)
            reason = reply.reason
            suggestions = reply.suggestions
        }
    }

    /// `run_sql`: the rows of one guarded statement.
    struct SQL: Codable {
        var sql: String
        var columns: [String]
        var rows: [[DatabaseValue]]
        var rowCount: Int
        var truncated: Bool

        enum CodingKeys: String, CodingKey {
            case sql, columns, rows, truncated
            case rowCount = "row_count"
        }
    }

    /// `search_knowledge`: cited passages, best first.
    struct Knowledge: Codable {
        struct Passage: Codable {
            var source: String
            /// The document as an MCP resource (`copilot://knowledge/…`).
            var uri: String
            var title: String
            var section: String
            var headingPath: String
            var snippet: String
            var passage: String
            var score: Double

            enum CodingKeys: String, CodingKey {
                case source, uri, title, section, snippet, passage, score
                case headingPath = "heading_path"
            }
        }

        var results: [Passage]
    }

    /// An action as the action tools report it.
    struct Action: Codable {
        var id: String
        var name: String
        var agent: String
        var status: String
        var summary: String
        var arguments: [String: JSONValue]
        var expiresAt: String?
        var receipt: JSONValue?
        var error: String?

        enum CodingKeys: String, CodingKey {
            case id, name, agent, status, summary, arguments, receipt, error
            case expiresAt = "expires_at"
        }

        init(_ summary: ActionSummary) {
            id = summary.id
            name = summary.name
            agent = summary.agent
            status = summary.status
            self.summary = summary.summary
            arguments = summary.arguments
            expiresAt = summary.expiresAt
            receipt = summary.receipt
            error = summary.error
        }
    }

    /// `propose_action`, `confirm_action`, `cancel_action`.
    struct ActionOutcome: Codable {
        var sessionID: String?
        var text: String
        var action: Action
        /// For proposals: the role needed to confirm, and what could go wrong.
        var confirmRole: String?
        var risk: String?

        enum CodingKeys: String, CodingKey {
            case text, action, risk
            case sessionID = "session_id"
            case confirmRole = "confirm_role"
        }
    }
}
