import Foundation
import RetailCopilot

/// Renders a reply for a terminal: the text first, then the table, then the SQL.
struct ReplyRenderer {
    var color: Bool
    var showSQL = true

    func render(_ reply: ChatReply) -> String {
        var parts = [reply.text]
        if let result = reply.result, !result.columns.isEmpty, result.rowCount > 0,
           !(result.rowCount == 1 && result.columns.count == 1) {
            let formats = columnFormats(reply)
            parts.append(TextTable(maxRows: 20).render(result) { value, column in
                ValueFormatter.format(value, as: formats[column] ?? nil)
            })
        }
        if showSQL, let sql = reply.sql {
            parts.append(dim("SQL:\n" + sql))
        }
        if !reply.citations.isEmpty {
            parts.append(reply.citations.map { "[\($0.source) — \($0.section)]" }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n")
    }

    /// Formats per column from the plan's compiled columns when known (names match metric names).
    private func columnFormats(_ reply: ChatReply) -> [Int: SemanticModel.Format?] {
        guard let result = reply.result else { return [:] }
        var formats: [Int: SemanticModel.Format?] = [:]
        for (index, name) in result.columns.enumerated() {
            if name == "share" || name == "change_pct" || name.hasSuffix("_rate") || name.hasSuffix("_pct") {
                formats[index] = .percent
            } else if ["revenue", "aov", "gross_margin", "refunds", "discounts", "shipping_cost", "total_amount", "subtotal"].contains(where: { name.hasPrefix($0) }) {
                formats[index] = .currency
            }
        }
        return formats
    }

    private func dim(_ text: String) -> String {
        color ? "\u{1B}[2m" + text + "\u{1B}[0m" : text
    }
}
