import CopilotCore

/// A reply as Markdown, for chat clients that render it (the OpenAI-compatible endpoint) and for
/// models reading a tool result: the answer in words, the table, the action and its status, the
/// cited documents, and the SQL in a fenced block.
public struct MarkdownReply: Sendable {
    /// Used to format numbers by the metric a column holds (currency, percent…).
    public let model: SemanticModel?
    /// Rows shown before "… N more rows".
    public var maxRows: Int

    public init(model: SemanticModel?, maxRows: Int = 50) {
        self.model = model
        self.maxRows = maxRows
    }

    public func render(_ reply: ChatReply) -> String {
        var parts = [reply.text]
        if let result = reply.result, let table = table(result) { parts.append(table) }
        if let action = reply.action { parts.append(self.action(action)) }
        if !reply.citations.isEmpty {
            parts.append("Sources:\n" + reply.citations.map { "- \($0.source) — \($0.section)" }.joined(separator: "\n"))
        }
        if let sql = reply.sql {
            // A statement cannot close the fence early: SQL never holds three backticks in a row,
            // and the guard would refuse one that did.
            parts.append("```sql\n\(sql.replacingOccurrences(of: "```", with: "` ` `"))\n```")
        }
        return parts.joined(separator: "\n\n")
    }

    /// The action's id, name, agent, status and arguments.
    public func action(_ action: ActionSummary) -> String {
        var lines = ["**Action `\(action.id)`** · \(action.name) via \(action.agent) · **\(action.status)**"]
        lines += action.arguments.sorted { $0.key < $1.key }.map { "- \($0.key): \($0.value.stringValue ?? $0.value.jsonText)" }
        if let expires = action.expiresAt { lines.append("- expires: \(expires)") }
        return lines.joined(separator: "\n")
    }

    /// A pipe table, or nil for a single value (the words already say it) or no rows.
    func table(_ result: QueryResult) -> String? {
        guard !result.columns.isEmpty, result.rowCount > 0, !(result.rowCount == 1 && result.columns.count == 1) else { return nil }
        let formats = result.columns.map(format(ofColumn:))
        var lines = ["| " + result.columns.map(Self.cell).joined(separator: " | ") + " |",
                     "|" + result.columns.indices.map { formats[$0] == nil && !isNumeric(result, column: $0) ? "---|" : "---:|" }.joined()]
        for row in result.rows.prefix(maxRows) {
            let cells = row.enumerated().map { column, value in
                let name = result.columns[column]
                // Ids and years read as they are, without thousands separators.
                if name.hasSuffix("_id") || name == "year" || name == "hour" { return Self.cell(value.isNull ? "—" : value.description) }
                return Self.cell(ValueFormatter.format(value, as: formats[column]))
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if result.rowCount > maxRows {
            lines.append("")
            lines.append("… \(result.rowCount - maxRows) more rows" + (result.truncated ? " (and more beyond the row cap)" : ""))
        } else if result.truncated {
            lines.append("")
            lines.append("(cut at the row cap)")
        }
        return lines.joined(separator: "\n")
    }

    /// The metric's format when the column is named after one, else a guess from the name.
    private func format(ofColumn name: String) -> SemanticModel.Format? {
        if let metric = model?.metric(named: name) { return metric.format }
        if name == "share" || name == "change_pct" || name.hasSuffix("_rate") || name.hasSuffix("_pct") { return .percent }
        let money = ["revenue", "aov", "gross_margin", "refunds", "discounts", "shipping_cost", "total_amount", "subtotal", "line_total",
                     "unit_price", "list_price"]
        return money.contains(where: { name.hasPrefix($0) }) ? .currency : nil
    }

    private func isNumeric(_ result: QueryResult, column: Int) -> Bool {
        result.rows.first.map { $0[column].doubleValue != nil } ?? false
    }

    /// A table cell: pipes escaped, one line.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
