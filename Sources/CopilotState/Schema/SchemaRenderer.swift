import CopilotCore

/// DDL for a ``TableDefinition`` in one dialect. Every statement is idempotent (`IF NOT EXISTS`),
/// so a migration can create what a database written before the version table already has.
struct SchemaRenderer {
    let dialect: SQLDialect

    /// `CREATE TABLE IF NOT EXISTS` for `table`, under `name` when given (a table being rebuilt).
    func createTable(_ table: TableDefinition, named name: String? = nil) -> String {
        let lines = table.columns.map(column) + ["PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))"]
        return "CREATE TABLE IF NOT EXISTS \(name ?? table.name) (\n    " + lines.joined(separator: ",\n    ") + "\n)"
    }

    /// `CREATE INDEX IF NOT EXISTS` for each of the table's indexes.
    func createIndexes(_ table: TableDefinition) -> [String] {
        table.indexes.map { "CREATE INDEX IF NOT EXISTS \($0.name) ON \(table.name) (\($0.columns.joined(separator: ", ")))" }
    }

    /// `ALTER TABLE … ADD COLUMN` (the same on both dialects).
    func addColumn(_ definition: ColumnDefinition, to table: TableDefinition) -> String {
        "ALTER TABLE \(table.name) ADD COLUMN \(column(definition))"
    }

    /// A column's definition: name, type, constraints.
    func column(_ definition: ColumnDefinition) -> String {
        var text = "\(definition.name) \(dialect.columnType(definition.type))"
        // A sequence key is never NULL; saying so would stop SQLite from assigning it.
        if !definition.isNullable && definition.type != .sequence { text += " NOT NULL" }
        if let value = definition.defaultValue { text += " DEFAULT \(value)" }
        if definition.isUnique { text += " UNIQUE" }
        if let key = definition.references { text += " REFERENCES \(key.table) (\(key.column)) ON DELETE CASCADE" }
        return text
    }
}
