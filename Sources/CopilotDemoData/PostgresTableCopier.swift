import CopilotCore
import CopilotPostgres
import CopilotSQLite

/// Copies every user table of a SQLite file into the current schema of a PostgreSQL database with
/// `COPY … FROM STDIN`: same rows, same values, natural PostgreSQL types, primary keys, indexes and
/// foreign keys, then `ANALYZE`. Generic on purpose, so tables added to the demo later (rollups)
/// are copied without changes here.
///
/// Types: SQLite INTEGER → INTEGER (BIGINT when a value needs it); REAL → NUMERIC, so money sums are
/// exact and `round(x, 2)` works as on SQLite; text whose every value is `YYYY-MM-DD` → DATE and
/// `YYYY-MM-DD HH:MM:SS` → TIMESTAMP (the contract's date/time columns); other text → TEXT with the
/// "C" collation, so ORDER BY sorts byte-wise exactly like SQLite.
public struct PostgresTableCopier: Sendable {
    public let url: String
    /// Drop tables of the same names first (otherwise their presence is an error).
    public var replace: Bool

    public init(url: String, replace: Bool = false) {
        self.url = url
        self.replace = replace
    }

    struct Column {
        var name: String
        var type: String
    }

    struct Index {
        var name: String
        var unique: Bool
        var columns: [String]
    }

    struct ForeignKey {
        var columns: [String]
        var table: String
        var referencedColumns: [String]
    }

    struct TablePlan {
        var name: String
        var columns: [Column]
        var primaryKey: [String]
        var indexes: [Index]
        var foreignKeys: [ForeignKey]
    }

    /// Copies the tables of `sqlitePath`; returns the rows copied per table.
    public func copy(fromSQLite sqlitePath: String) async throws -> [String: Int] {
        let replace = self.replace
        let session = PostgresSession(url: url, label: "copy")
        return try await session.withConnection { postgres in
            let source = try Connection(path: sqlitePath, mode: .readOnly)
            let plans = try Self.plans(source)
            try Self.checkDestination(postgres, plans: plans, replace: replace)
            try postgres.execute("BEGIN", context: "starting the load")
            do {
                var counts: [String: Int] = [:]
                for plan in plans {
                    if replace { try postgres.execute("DROP TABLE IF EXISTS \(quoted(plan.name)) CASCADE", context: "dropping \(plan.name)") }
                    try postgres.execute(Self.createTable(plan), context: "creating \(plan.name)")
                }
                for plan in plans {
                    counts[plan.name] = try Self.copyRows(of: plan, from: source, to: postgres)
                }
                for plan in plans {
                    for statement in Self.constraints(plan) { try postgres.execute(statement, context: "indexing \(plan.name)") }
                }
                for plan in plans {
                    for statement in Self.foreignKeys(plan) { try postgres.execute(statement, context: "linking \(plan.name)") }
                }
                try postgres.execute("COMMIT", context: "committing the load")
                try postgres.execute("ANALYZE " + plans.map { quoted($0.name) }.joined(separator: ", "), context: "analyzing")
                return counts
            } catch {
                try? postgres.execute("ROLLBACK", context: "abandoning the load")
                throw error
            }
        }
    }

    private static func checkDestination(_ postgres: PostgresConnection, plans: [TablePlan], replace: Bool) throws {
        guard !replace else { return }
        let existing = try postgres.query("""
            SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()
            """, context: "listing existing tables").rows.compactMap { $0.first?.stringValue }
        let clashes = plans.map(\.name).filter(Set(existing).contains)
        guard clashes.isEmpty else {
            throw PostgresError(.client, message: "tables already exist: \(clashes.joined(separator: ", ")) (use --replace to drop them)",
                                context: "preparing the load")
        }
    }

    // MARK: Reading the SQLite schema

    static func plans(_ source: Connection) throws -> [TablePlan] {
        let names = try source.rows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .compactMap { $0.first?.stringValue }
            .filter { !SQLPolicy.isSystemTable($0) }
        return try names.map { try plan(for: $0, in: source) }
    }

    private static func plan(for table: String, in source: Connection) throws -> TablePlan {
        let info = try source.rows("SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid", [.text(table)])
        var columns: [Column] = []
        var keyed: [(Int64, String)] = []
        for row in info {
            let name = row[0].description
            columns.append(Column(name: name.lowercased(), type: try postgresType(of: name, declared: row[1].description, table: table, in: source)))
            if let position = row[2].int64Value, position > 0 { keyed.append((position, name.lowercased())) }
        }
        var indexes: [Index] = []
        for row in try source.rows("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY name", [.text(table)]) {
            guard row[2].description != "pk", row[3].int64Value == 0 else { continue }
            let indexColumns = try source.rows("SELECT name FROM pragma_index_info(?) ORDER BY seqno", [row[0]])
                .map { $0[0].stringValue?.lowercased() }
            guard !indexColumns.isEmpty, indexColumns.allSatisfy({ $0 != nil }) else { continue }  // expression index
            let columnNames = indexColumns.compactMap { $0 }
            let name = row[0].description.hasPrefix("sqlite_")
                ? "\(table)_\(columnNames.joined(separator: "_"))_key" : row[0].description
            indexes.append(Index(name: name.lowercased(), unique: row[1].int64Value == 1, columns: columnNames))
        }
        var groups: [Int64: ForeignKey] = [:]
        for row in try source.rows("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", [.text(table)]) {
            let id = row[0].int64Value ?? 0
            var key = groups[id] ?? ForeignKey(columns: [], table: row[1].description.lowercased(), referencedColumns: [])
            key.columns.append(row[2].description.lowercased())
            key.referencedColumns.append(row[3].stringValue?.lowercased() ?? "")
            groups[id] = key
        }
        let foreignKeys = try groups.keys.sorted().compactMap { id -> ForeignKey? in
            var key = groups[id]!
            if key.referencedColumns.contains("") {  // REFERENCES t without columns: t's primary key
                key.referencedColumns = try source.rows("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", [.text(key.table)])
                    .map { $0[0].description.lowercased() }
            }
            return key.referencedColumns.count == key.columns.count ? key : nil
        }
        return TablePlan(name: table.lowercased(), columns: columns, primaryKey: keyed.sorted { $0.0 < $1.0 }.map(\.1),
                         indexes: indexes, foreignKeys: foreignKeys)
    }

    private static func postgresType(of column: String, declared: String, table: String, in source: Connection) throws -> String {
        let name = quoted(column), from = quoted(table)
        if declared.contains("INT") {
            let largest = try source.scalar("SELECT max(abs(\(name))) FROM \(from)")?.int64Value ?? 0
            return largest > Int64(Int32.max) ? "BIGINT" : "INTEGER"
        }
        if declared.contains("BLOB") { return "BYTEA" }
        let isDateLike = declared.contains("DATE") || declared.contains("TIME")
        if !isDateLike && ["REAL", "FLOA", "DOUB", "NUM", "DEC"].contains(where: declared.contains) { return "NUMERIC" }
        let date = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
        let counts = try source.rows("""
            SELECT count(\(name)),
                   coalesce(sum(typeof(\(name)) = 'text' AND \(name) GLOB '\(date)'), 0),
                   coalesce(sum(typeof(\(name)) = 'text' AND \(name) GLOB '\(date) [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'), 0)
            FROM \(from)
            """)[0].map { $0.int64Value ?? 0 }
        if counts[0] > 0 && counts[1] == counts[0] { return "DATE" }
        if counts[0] > 0 && counts[2] == counts[0] { return "TIMESTAMP" }
        return "TEXT COLLATE \"C\""
    }

    // MARK: Writing PostgreSQL

    private static func createTable(_ plan: TablePlan) -> String {
        "CREATE TABLE \(quoted(plan.name)) (" + plan.columns.map { "\(quoted($0.name)) \($0.type)" }.joined(separator: ", ") + ")"
    }

    /// Constraints and indexes are built after the rows are in: one sort per index instead of an
    /// index update per row.
    private static func constraints(_ plan: TablePlan) -> [String] {
        var statements: [String] = []
        if !plan.primaryKey.isEmpty {
            statements.append("ALTER TABLE \(quoted(plan.name)) ADD PRIMARY KEY (\(plan.primaryKey.map(quoted).joined(separator: ", ")))")
        }
        for index in plan.indexes {
            statements.append("CREATE \(index.unique ? "UNIQUE " : "")INDEX \(quoted(index.name)) ON \(quoted(plan.name)) (\(index.columns.map(quoted).joined(separator: ", ")))")
        }
        return statements
    }

    /// Foreign keys are declared NOT VALID: the rows come from a file whose generator already keeps
    /// them consistent, and validating would re-scan every child table. They still document the
    /// schema (`copilot model init` drafts joins from them) and constrain future writes.
    private static func foreignKeys(_ plan: TablePlan) -> [String] {
        plan.foreignKeys.map { key in
            "ALTER TABLE \(quoted(plan.name)) ADD FOREIGN KEY (\(key.columns.map(quoted).joined(separator: ", "))) "
                + "REFERENCES \(quoted(key.table)) (\(key.referencedColumns.map(quoted).joined(separator: ", "))) NOT VALID"
        }
    }

    private static func copyRows(of plan: TablePlan, from source: Connection, to postgres: PostgresConnection) throws -> Int {
        let columns = plan.columns.map { quoted($0.name) }.joined(separator: ", ")
        let statement = try source.prepare("SELECT \(columns) FROM \(quoted(plan.name))")
        let width = Int32(plan.columns.count)
        var count = 0
        try postgres.copyIn("COPY \(quoted(plan.name)) (\(columns)) FROM STDIN", context: "copying \(plan.name)") { send in
            var buffer = ""
            buffer.reserveCapacity(1 << 20)
            while try statement.step() {
                for column in 0..<width {
                    if column > 0 { buffer.append("\t") }
                    PostgresCopyText.append(statement.value(at: column), to: &buffer)
                }
                buffer.append("\n")
                count += 1
                if buffer.utf8.count >= 1 << 20 {
                    try send(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if !buffer.isEmpty { try send(buffer) }
        }
        return count
    }
}

/// A double-quoted PostgreSQL identifier.
private func quoted(_ identifier: String) -> String {
    "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// Values in COPY's text format: `\N` for NULL, backslash escapes for the delimiter characters.
enum PostgresCopyText {
    static func append(_ value: DatabaseValue, to buffer: inout String) {
        switch value {
        case .null: buffer.append("\\N")
        case .integer(let number): buffer.append(String(number))
        case .real(let number): buffer.append(String(number))
        case .text(let text):
            if text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                for character in text.unicodeScalars {
                    switch character {
                    case "\\": buffer.append("\\\\")
                    case "\t": buffer.append("\\t")
                    case "\n": buffer.append("\\n")
                    case "\r": buffer.append("\\r")
                    default: buffer.unicodeScalars.append(character)
                    }
                }
            } else {
                buffer.append(text)
            }
        case .blob(let bytes):
            buffer.append("\\\\x")
            for byte in bytes {
                buffer.append(String(byte >> 4, radix: 16))
                buffer.append(String(byte & 0xF, radix: 16))
            }
        }
    }
}
