/// Words for record lists, single records and distinct values.
extension AnswerComposer {
    func recordsText(plan: QueryPlan, compiled: CompiledQuery, result: QueryResult) -> String {
        let entity = plan.subject.flatMap(model.entity(named:))
        let noun = entity?.name.replacingUnderscores ?? "record"
        let filters = filterPhrase(plan)
        guard !result.rows.isEmpty else { return "No \(Self.plural(noun)) match\(filters.isEmpty ? "" : filters)." }
        let nameIndex = compiled.columns.firstIndex { $0.role == .dimension } ?? 0
        let detailColumns = compiled.columns.enumerated().filter { $0.element.role == .attribute }
        let named = Set(plan.fields + plan.conditions.map(\.field) + [plan.orderBy].compactMap { $0 })
        func detail(_ row: [DatabaseValue]) -> String {
            let pieces = detailColumns.filter { named.contains($0.element.source ?? "") }.prefix(3).map { index, column in
                "\(column.name.replacingUnderscores) \(format(row[index], column))"
            }
            return pieces.isEmpty ? "" : " (" + pieces.joined(separator: ", ") + ")"
        }
        if result.rowCount == 1, let row = result.rows.first {
            let details = compiled.columns.enumerated().filter { $0.element.role == .attribute }.prefix(8).map { index, column in
                "\(column.name.replacingUnderscores): \(format(row[index], column))"
            }
            return "\(row[nameIndex].description.capitalizedFirst)" + (details.isEmpty ? "." : " — " + details.joined(separator: "; ") + ".")
        }
        let count = result.truncated ? "More than \(result.rowCount)" : "\(result.rowCount)"
        let shown = result.rows.prefix(5).map { "\($0[nameIndex].description)\(detail($0))" }
        let more = result.rowCount > shown.count ? ", and \(result.rowCount - shown.count) more in the table" : ""
        return "\(count) \(Self.plural(noun))\(filters): " + shown.joined(separator: "; ") + more + "."
    }

    func distinctText(plan: QueryPlan, result: QueryResult) -> String {
        let field = plan.fields.first.flatMap(model.dimension(named:))?.displayName ?? "value"
        guard !result.rows.isEmpty else { return "There are no \(Self.plural(field)) to list." }
        let values = result.rows.prefix(12).map { $0.first?.description.replacingUnderscores ?? "" }
        let more = result.rowCount > values.count ? ", and \(result.rowCount - values.count) more" : ""
        return "\(result.rowCount) \(Self.plural(field)): " + Self.list(values) + more + "."
    }
}
