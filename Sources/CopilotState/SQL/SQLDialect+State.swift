import CopilotCore

/// Everything the state layer spells differently on SQLite and PostgreSQL, in one place. Statements
/// (``SQL``) and table definitions (``TableDefinition``) are written once; rendering asks the dialect
/// only for these.
extension SQLDialect {
    /// The placeholder for the `index`th (1-based) bound value.
    func placeholder(_ index: Int) -> String {
        switch self {
        case .sqlite: "?"
        case .postgres: "$\(index)"
        }
    }

    /// The column type for a logical type. Timestamps and JSON are text on both, as every release
    /// has stored them.
    func columnType(_ type: LogicalType) -> String {
        switch (type, self) {
        case (.text, _), (.timestamp, _), (.json, _): "TEXT"
        case (.integer, _), (.flag, _): "INTEGER"
        case (.real, .sqlite): "REAL"
        case (.real, .postgres): "DOUBLE PRECISION"
        // SQLite: an INTEGER primary key is the rowid, assigned in insertion order.
        case (.sequence, .sqlite): "INTEGER"
        case (.sequence, .postgres): "BIGSERIAL"
        }
    }

    /// Starts a write transaction. SQLite takes the write lock at once (`IMMEDIATE`), so two
    /// connections never both read and then collide on their first write.
    var beginTransaction: String {
        switch self {
        case .sqlite: "BEGIN IMMEDIATE"
        case .postgres: "BEGIN"
        }
    }

    /// Locks the rows a `SELECT` reads until the transaction ends. SQLite needs nothing: its write
    /// transaction already excludes every other writer.
    var rowLock: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE"
        }
    }

    /// How a data-changing statement reports the rows it changed: SQLite counts them on the
    /// connection (`sqlite3_changes`); libpq gives the copilot no count, so PostgreSQL returns a row
    /// per changed row.
    var changeCountSuffix: String {
        switch self {
        case .sqlite: ""
        case .postgres: " RETURNING 1"
        }
    }

    /// Serializes migrations across processes for the rest of the transaction. On SQLite the write
    /// transaction is that lock; on PostgreSQL an advisory lock (the key every release has used to
    /// create its tables, so an older instance starting at the same time waits too).
    var migrationLock: SQL? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT pg_advisory_xact_lock(7310283465)"
        }
    }

    /// The names of a table's columns (one row per column, in a column `name`); no rows when the
    /// table does not exist.
    func columnNames(of table: String) -> SQL {
        switch self {
        case .sqlite: "SELECT name FROM pragma_table_info(\(table))"
        case .postgres:
            "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = \(table)"
        }
    }

    /// An expression that orders a table's rows as they were inserted, for tables without a
    /// sequence key of their own.
    var insertionOrder: String {
        switch self {
        case .sqlite: "rowid"
        case .postgres: "ctid"
        }
    }
}
