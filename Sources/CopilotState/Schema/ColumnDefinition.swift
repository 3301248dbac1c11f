/// What a column holds, independent of how each database spells it.
enum LogicalType: String, Sendable, Equatable {
    case text
    case integer
    case real
    /// True or false, stored as the integers 1 and 0 (what every release has written).
    case flag
    /// A point in time, stored as ISO 8601 UTC text with milliseconds (``Timestamp``): it sorts as
    /// text, and files written by earlier releases read back unchanged.
    case timestamp
    /// A JSON document, stored as text.
    case json
    /// An integer key the database assigns in insertion order (the table's primary key).
    case sequence
}

/// One column: name, logical type, and its constraints.
struct ColumnDefinition: Sendable, Equatable {
    let name: String
    let type: LogicalType
    let isNullable: Bool
    let isUnique: Bool
    /// An integer default (the only kind the schema needs).
    let defaultValue: Int?
    let references: ForeignKey?

    init(_ name: String, _ type: LogicalType, nullable: Bool = false, unique: Bool = false, default defaultValue: Int? = nil,
                references: ForeignKey? = nil) {
        self.name = name
        self.type = type
        isNullable = nullable
        isUnique = unique
        self.defaultValue = defaultValue
        self.references = references
    }
}

/// A reference to another table's key; deleting the referenced row deletes the referencing ones.
struct ForeignKey: Sendable, Equatable {
    let table: String
    let column: String

    init(_ table: String, _ column: String) {
        self.table = table
        self.column = column
    }
}
