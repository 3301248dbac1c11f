/// Renders a ``QueryResult`` as an aligned plain-text table (numbers right-aligned).
public struct TextTable: Sendable {
    public var maxRows: Int
    public var maxColumnWidth: Int

    public init(maxRows: Int = 50, maxColumnWidth: Int = 40) {
        self.maxRows = maxRows
        self.maxColumnWidth = maxColumnWidth
    }

    public func render(_ result: QueryResult, format: (DatabaseValue, Int) -> String = { value, _ in value.description }) -> String {
        let shown = result.rows.prefix(maxRows)
        let cells: [[String]] = shown.map { row in
            row.enumerated().map { clip(format($0.element, $0.offset)) }
        }
        let numeric: [Bool] = result.columns.indices.map { column in
            shown.contains { $0[column].doubleValue != nil } && shown.allSatisfy { $0[column].doubleValue != nil || $0[column].isNull }
        }
        var widths = result.columns.map { clip($0).count }
        for row in cells {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { column, value in
                let padding = String(repeating: " ", count: widths[column] - value.count)
                return numeric[column] ? padding + value : value + padding
            }.joined(separator: "  ")
        }
        var lines = [line(result.columns.map(clip)), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += cells.map(line)
        let hidden = result.rows.count - shown.count
        if hidden > 0 { lines.append("… \(hidden) more rows") }
        if result.truncated { lines.append("(truncated at the row limit)") }
        return lines.map { $0.replacingTrailingSpaces() }.joined(separator: "\n")
    }

    private func clip(_ text: String) -> String {
        let flat = text.replacingNewlines()
        return flat.count <= maxColumnWidth ? flat : String(flat.prefix(maxColumnWidth - 1)) + "…"
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
