import CopilotCore
import Foundation
import RetailCopilot

/// Renders a reply for a terminal: the text first, then the table (aligned, formatted, long tables
/// cut with "… N more rows"), a bar chart or sparkline, citations, and the SQL.
struct ReplyRenderer {
    var color: Bool
    var showSQL = true
    var maxRows = 20

    /// Colours only on a terminal and only when NO_COLOR is unset.
    static func wantsColor() -> Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    func render(_ reply: ChatReply) -> String {
        var parts: [String] = []
        // How the question was read comes first, so a misreading is seen before its numbers.
        if let interpretation = reply.interpretation { parts.append(style("Read as: " + interpretation, "2")) }
        parts.append(style(reply.text, reply.kind == .clarification ? "33" : reply.kind == .error || reply.kind == .refusal ? "31" : "1"))
        if let result = reply.result, !result.columns.isEmpty, result.rowCount > 0,
           !(result.rowCount == 1 && result.columns.count == 1) {
            let formats = columnFormats(reply)
            parts.append(TextTable(maxRows: maxRows).render(result) { value, column in
                // Ids and years print as they are, without thousands separators.
                let name = result.columns[column]
                if name.hasSuffix("_id") || name == "year" || name == "hour" { return value.description }
                return ValueFormatter.format(value, as: formats[column] ?? nil)
            })
            if let chart = chartText(reply, formats: formats) { parts.append(style(chart, "36")) }
        }
        if let action = reply.action {
            let arguments = action.arguments.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value.stringValue ?? $0.value.jsonText)" }
            var lines = ["Action \(action.id) · \(action.name) via \(action.agent) · \(action.status)"] + arguments
            if let expires = action.expiresAt { lines.append("  expires: \(expires)") }
            parts.append(style(lines.joined(separator: "\n"), "36"))
        }
        if !reply.citations.isEmpty {
            parts.append(reply.citations.map { "  ↳ \($0.source) — \($0.section)" }.joined(separator: "\n"))
        }
        if showSQL, let sql = reply.sql {
            parts.append(style("SQL:\n" + sql, "2"))
        }
        if let usage = reply.usage {
            let calls = usage.llmCalls == 1 ? "1 model call" : "\(usage.llmCalls) model calls"
            parts.append(style("(\(calls), \(usage.promptTokens) prompt + \(usage.completionTokens) completion tokens)", "2"))
        }
        return parts.joined(separator: "\n\n")
    }

    /// Horizontal bars for rankings and breakdowns, a sparkline for time series.
    func chartText(_ reply: ChatReply, formats: [Int: SemanticModel.Format?]) -> String? {
        guard let chart = reply.chart, let result = reply.result,
              let x = result.columns.firstIndex(of: chart.x), let y = result.columns.firstIndex(of: chart.y) else { return nil }
        let rows = result.rows.prefix(chart.type == .line ? 120 : 12)
        let values = rows.map { $0[y].doubleValue ?? 0 }
        guard let maximum = values.max(), maximum > 0 else { return nil }
        switch chart.type {
        case .line:
            let ticks = Array("▁▂▃▄▅▆▇█")
            let minimum = values.min() ?? 0
            let spread = max(maximum - minimum, 1e-9)
            let line = values.map { ticks[Int((($0 - minimum) / spread) * Double(ticks.count - 1))] }
            let first = rows.first?[x].description ?? "", last = rows.last?[x].description ?? ""
            return "\(first) \(String(line)) \(last)"
        case .bar:
            let labels = rows.map { String($0[x].description.prefix(24)) }
            let width = labels.map(\.count).max() ?? 0
            return zip(labels, values).map { label, value in
                let bar = String(repeating: "█", count: max(1, Int((value / maximum) * 30)))
                return label.padding(toLength: width, withPad: " ", startingAt: 0) + " " + bar
            }.joined(separator: "\n")
        }
    }

    /// Formats per column from the column names the semantic compiler uses.
    private func columnFormats(_ reply: ChatReply) -> [Int: SemanticModel.Format?] {
        guard let result = reply.result else { return [:] }
        var formats: [Int: SemanticModel.Format?] = [:]
        for (index, name) in result.columns.enumerated() {
            if name == "share" || name == "change_pct" || name.hasSuffix("_rate") || name.hasSuffix("_pct") {
                formats[index] = .percent
            } else if ["revenue", "aov", "gross_margin", "refunds", "discounts", "shipping_cost", "total_amount", "subtotal", "line_total", "unit_price", "list_price"].contains(where: { name.hasPrefix($0) }) {
                formats[index] = .currency
            }
        }
        return formats
    }

    private func style(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}
