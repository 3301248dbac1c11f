import Foundation

/// Drafts a semantic model for a database the copilot was not written for, from its schema alone:
/// foreign keys (or `x_id` → `xs.x_id` naming conventions) become joins, numeric columns become
/// summed and averaged metrics, low-cardinality text columns become dimensions with their values,
/// name-like columns label entities, and date-like columns become time columns.
public struct ModelDrafter: Sendable {
    public let database: any ReportingDatabase
    /// Text columns with at most this many distinct values become dimensions.
    public var maxDimensionValues = 50

    public init(database: any ReportingDatabase) {
        self.database = database
    }

    public func draft() async throws -> SemanticModel {
        let schema = database.schema
        let runner = GuardedSQLRunner(database: database)
        var model = SemanticModel(name: "drafted", description: "data in \(database.displayName)", tables: [], joins: [],
                                  dimensions: [], metrics: [])
        let tableNames = Set(schema.tables.map(\.name))
        for table in schema.tables {
            model.tables.append(.init(name: table.name))
            model.joins += joins(for: table, tables: schema.tables, names: tableNames)
        }
        var usedNames = Set<String>()
        func unique(_ name: String) -> String {
            var candidate = name
            var suffix = 2
            while usedNames.contains(candidate) { candidate = "\(name)_\(suffix)"; suffix += 1 }
            usedNames.insert(candidate)
            return candidate
        }
        for table in schema.tables {
            let time = table.columns.first(where: Self.isTime)?.name
            let singular = Self.singular(table.name)
            let timeExpression = time.map { "\(table.name).\($0)" }
            model.metrics.append(.init(name: unique("\(singular)_count"), label: "number of \(table.name.words)",
                                       synonyms: [table.name.words, "number of \(table.name.words)", "\(singular.words) count"],
                                       format: .count, table: table.name, expression: "COUNT(*)", time: timeExpression, additive: true))
            for column in table.columns where Self.isMeasure(column, table: table) {
                let qualified = "\(table.name).\(column.name)"
                model.metrics.append(.init(name: unique("total_\(column.name)"), label: "total \(column.name.words)",
                                           synonyms: [column.name.words, "total \(column.name.words)", "sum of \(column.name.words)"],
                                           format: Self.isMoney(column.name) ? .currency : .number, table: table.name,
                                           expression: "SUM(\(qualified))", time: timeExpression, additive: true))
                model.metrics.append(.init(name: unique("average_\(column.name)"), label: "average \(column.name.words)",
                                           synonyms: ["average \(column.name.words)", "avg \(column.name.words)", "mean \(column.name.words)"],
                                           format: Self.isMoney(column.name) ? .currency : .number, table: table.name,
                                           expression: "AVG(\(qualified))", time: timeExpression))
            }
            let key = table.columns.first(where: \.isPrimaryKey)?.name
            if let label = table.columns.first(where: { ["name", "title", "label"].contains($0.name) })?.name {
                model.dimensions.append(.init(name: unique(singular), label: singular.words,
                                              synonyms: [singular.words, table.name.words], expressions: ["\(table.name).\(label)"],
                                              key: key.map { "\(table.name).\($0)" }))
            }
            for column in table.columns where Self.isText(column) && !["name", "title", "label"].contains(column.name) && !column.isPrimaryKey {
                let expression = "\(table.name).\(column.name)"
                let sql = "SELECT DISTINCT \(expression) FROM \(table.name) WHERE \(expression) IS NOT NULL LIMIT \(maxDimensionValues + 1)"
                guard let run = try? await runner.run(sql, origin: "model-draft"), run.result.rowCount <= maxDimensionValues,
                      run.result.rowCount > 0 else { continue }
                let values = run.result.rows.compactMap { $0.first?.stringValue }.sorted()
                model.dimensions.append(.init(name: unique(column.name), label: column.name.words,
                                              synonyms: [column.name.words, "\(singular.words) \(column.name.words)"],
                                              expressions: [expression], values: values))
            }
            if let key {
                let columns = table.columns.prefix(10).map { "\(table.name).\($0.name) AS \($0.name)" }
                model.entities.append(.init(name: singular, synonyms: [singular.words], table: table.name,
                                            key: "\(table.name).\(key)", columns: columns))
            }
        }
        return model
    }

    private func joins(for table: DatabaseSchema.Table, tables: [DatabaseSchema.Table], names: Set<String>) -> [SemanticModel.Join] {
        var result: [SemanticModel.Join] = []
        var covered = Set<String>()
        for key in table.foreignKeys where names.contains(key.table) {
            let target = tables.first { $0.name == key.table }
            let column = key.referencedColumn.isEmpty ? (target?.columns.first(where: \.isPrimaryKey)?.name ?? key.column) : key.referencedColumn
            result.append(.init(from: table.name, to: key.table, on: "\(table.name).\(key.column) = \(key.table).\(column)"))
            covered.insert(key.column)
        }
        // Naming conventions: customer_id → customers.customer_id (or customer.id).
        for column in table.columns where column.name.hasSuffix("_id") && !column.isPrimaryKey && !covered.contains(column.name) {
            let stem = String(column.name.dropLast(3))
            for candidate in [stem + "s", stem + "es", String(stem.dropLast()) + "ies", stem] where candidate != table.name {
                guard let target = tables.first(where: { $0.name == candidate }) else { continue }
                if let targetColumn = target.columns.first(where: { $0.name == column.name || ($0.name == "id" && $0.isPrimaryKey) }) {
                    result.append(.init(from: table.name, to: target.name, on: "\(table.name).\(column.name) = \(target.name).\(targetColumn.name)"))
                    break
                }
            }
        }
        return result
    }

    static func isTime(_ column: DatabaseSchema.Column) -> Bool {
        let type = column.type
        return type.contains("DATE") || type.contains("TIME") || column.name.hasSuffix("_at") || column.name.hasSuffix("_date")
            || column.name.hasSuffix("_on") || column.name == "date"
    }

    static func isText(_ column: DatabaseSchema.Column) -> Bool {
        (column.type.contains("CHAR") || column.type.contains("TEXT") || column.type.isEmpty) && !isTime(column)
            && !column.name.hasSuffix("_id")
    }

    static func isMeasure(_ column: DatabaseSchema.Column, table: DatabaseSchema.Table) -> Bool {
        let numeric = ["INT", "REAL", "FLOA", "DOUB", "NUM", "DEC"].contains { column.type.contains($0) }
        let identifier = column.isPrimaryKey || column.name == "id" || column.name.hasSuffix("_id") || column.name.hasPrefix("is_")
        return numeric && !identifier && !isTime(column) && !table.foreignKeys.contains { $0.column == column.name }
    }

    static func isMoney(_ name: String) -> Bool {
        ["amount", "price", "cost", "total", "revenue", "fee", "tax", "subtotal", "refund", "sales", "value"].contains { name.contains($0) }
    }

    static func singular(_ name: String) -> String {
        if name.hasSuffix("ies") { return String(name.dropLast(3)) + "y" }
        if name.hasSuffix("ses") || name.hasSuffix("xes") { return String(name.dropLast(2)) }
        if name.hasSuffix("s") && !name.hasSuffix("ss") { return String(name.dropLast()) }
        return name
    }
}

extension String {
    /// `order_items` → `order items`.
    var words: String { replacingOccurrences(of: "_", with: " ") }
}
