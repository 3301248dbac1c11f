/// One table of the state database as a value: its columns with their logical types, its key, its
/// indexes. ``SchemaRenderer`` turns it into DDL for either dialect, so the SQLite and PostgreSQL
/// tables cannot drift apart.
struct TableDefinition: Sendable, Equatable {
    let name: String
    let columns: [ColumnDefinition]
    /// The primary key's columns (several for a composite key).
    let primaryKey: [String]
    let indexes: [IndexDefinition]

    init(_ name: String, primaryKey: [String], columns: [ColumnDefinition], indexes: [IndexDefinition] = []) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.indexes = indexes
    }

    /// The column named `name`, if the table has one.
    func column(_ name: String) -> ColumnDefinition? {
        columns.first { $0.name == name }
    }
}

/// A (non-unique) index on some of a table's columns.
struct IndexDefinition: Sendable, Equatable {
    let name: String
    let columns: [String]

    init(_ name: String, on columns: [String]) {
        self.name = name
        self.columns = columns
    }
}
