/// One numbered step of the state schema's history, applied once per database (``Migrator``).
///
/// Changes are written against the current ``StateSchema`` definitions and skip what a database
/// already has, so a database created today, one written by an earlier release before the version
/// table existed, and one migrated step by step all end up with the same tables.
struct Migration: Sendable {
    let version: Int
    /// What it does, recorded with the version.
    let name: String
    let changes: [SchemaChange]
}

/// A schema change, rendered for the database's dialect when applied.
enum SchemaChange: Sendable {
    /// Creates the table and its indexes where they do not exist.
    case createTable(TableDefinition)
    /// Adds the columns the existing table lacks.
    case addColumns([ColumnDefinition], to: TableDefinition)
    /// Gives a table that lacks it its ``LogicalType/sequence`` key, numbered in the order its rows
    /// were inserted. A key cannot be added in place, so the table is rebuilt with its rows.
    case addSequenceKey(to: TableDefinition)
}
