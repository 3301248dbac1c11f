/// Reads what the drafter judges columns by: a sample of each table's rows and, for text columns,
/// whether they hold few distinct values (listed) or many. Every read goes through the guard and
/// stops early (`LIMIT`), so a table of millions of rows costs milliseconds.
struct TableSampler: Sendable {
    let runner: GuardedSQLRunner
    /// The physical table behind each alias the drafter uses (`sale_lines` → `sale lines`).
    var physical: [String: String] = [:]
    /// Rows read per table to judge types (dates stored as text, flags, numbers in text columns).
    var sampleRows = 200
    /// Text columns with at most this many distinct values have them listed in the model.
    var maxListedValues = 50

    /// Each column's sampled values, by column name, and the names as the table declares them
    /// (schema readers may lower-case them; `productName` must still read "product name").
    func sample(_ table: DatabaseSchema.Table) async -> (values: [String: [DatabaseValue]], spelled: [String: String]) {
        let columns = table.columns
        guard !columns.isEmpty else { return ([:], [:]) }
        let list = columns.map(\.name).joined(separator: ", ")
        let run: GuardedSQLRunner.Run
        if let all = try? await runner.run("SELECT * FROM \(from(table.name)) LIMIT \(sampleRows)", origin: "model-draft") {
            run = all
        } else if let listed = try? await runner.run("SELECT \(list) FROM \(from(table.name)) LIMIT \(sampleRows)", origin: "model-draft") {
            run = listed
        } else {
            return ([:], [:])
        }
        var values: [String: [DatabaseValue]] = [:]
        var spelled: [String: String] = [:]
        for (index, name) in run.result.columns.enumerated() {
            guard let column = columns.first(where: { SQLName.unquoted($0.name).lowercased() == name.lowercased() }) else { continue }
            values[column.name] = run.result.rows.compactMap { index < $0.count ? $0[index] : nil }
            spelled[column.name] = name
        }
        return (values, spelled)
    }

    /// The sorted distinct values of a text column when there are at most ``maxListedValues``.
    func fewValues(of column: String, in table: String) async -> [String]? {
        let expression = "\(table).\(column)"
        return await distinct("SELECT DISTINCT \(expression) FROM \(from(table)) WHERE \(expression) IS NOT NULL LIMIT \(maxListedValues + 1)")
    }

    /// The few values of `display` (an expression on `role`, a name `target` is read under) that
    /// rows of `table` point at through `column`: the statuses orders use from a shared code table.
    func valuesPointedAt(display: String, role: String, from table: String, column: String, target: String,
                         targetColumn: String) async -> [String]? {
        await distinct("""
            SELECT DISTINCT \(display) FROM \(from(table)) JOIN \(SQLName.quoted(physical[target] ?? target)) AS \(role) ON \(table).\(column) = \(role).\(targetColumn) \
            WHERE \(display) IS NOT NULL LIMIT \(maxListedValues + 1)
            """)
    }

    /// A table as a FROM item: its alias over the physical table when they differ.
    private func from(_ table: String) -> String {
        guard let real = physical[table], real != table else { return table }
        return "\(SQLName.quoted(real)) AS \(table)"
    }

    private func distinct(_ sql: String) async -> [String]? {
        guard let run = try? await runner.run(sql, origin: "model-draft"), run.result.rowCount <= maxListedValues, run.result.rowCount > 0 else {
            return nil
        }
        let values = run.result.rows.compactMap { $0.first?.stringValue }
        // Addresses and notes are no categories even when there are few of them.
        let short = values.allSatisfy { $0.count <= 40 && !$0.contains("\n") }
        return values.count == run.result.rowCount && short ? values.sorted() : nil
    }
}
