/// What guarded SQL may touch and how much it may cost: the table/column allowlist, callable
/// functions, and the resource limits applied before and during execution.
public struct SQLPolicy: Sendable {
    /// Changing the dialect resets ``functions`` to that dialect's default list.
    public var dialect: SQLDialect {
        didSet {
            if dialect != oldValue {
                functions = dialect == .sqlite ? SQLVocabulary.sqliteFunctions : SQLVocabulary.postgresFunctions
            }
        }
    }
    /// Readable tables (lowercased) and, for each, its readable columns (lowercased).
    public private(set) var tables: [String: Set<String>]
    /// Every readable column of every table, for unqualified references.
    public private(set) var columns: Set<String>
    /// Functions a statement may call (lowercased).
    public var functions: Set<String>

    /// Longest accepted statement, in UTF-8 bytes (SQLite's advice for untrusted SQL: 100,000).
    public var maxSQLLength: Int = 100_000
    /// Most tokens a statement may have.
    public var maxTokens: Int = 20_000
    /// Deepest parenthesis nesting.
    public var maxNestingDepth: Int = 40
    /// Deepest expression: parenthesis depth plus a chain of prefix operators (`NOT NOT …`,
    /// `- - …`). Matches SQLite's `SQLITE_LIMIT_EXPR_DEPTH`, so every dialect refuses the same input.
    public var maxExpressionDepth: Int = 50
    /// Longest `LIKE`/`ILIKE`/`GLOB`/`SIMILAR TO` pattern, in UTF-8 bytes of its string literals
    /// (SQLite's `SQLITE_LIMIT_LIKE_PATTERN_LENGTH`).
    public var maxLikePatternLength: Int = 50
    /// Most wildcards (`%`, `_`, `*`, `?`) in one pattern: each can cost a backtracking pass.
    public var maxLikeWildcards: Int = 10
    /// Most UNION/INTERSECT/EXCEPT arms.
    public var maxCompoundSelects: Int = 10
    /// Rows returned at most; one more is fetched to tell the caller the result was truncated.
    public var rowLimit: Int = 1_000
    /// Wall-clock limit for one statement, in seconds.
    public var timeLimit: Double = 2.0
    /// Largest result, counting the bytes of every value.
    public var maxResultBytes: Int = 8 * 1024 * 1024

    public init(dialect: SQLDialect, tables: [String: Set<String>], functions: Set<String>? = nil) {
        self.dialect = dialect
        self.tables = [:]
        self.columns = []
        self.functions = functions ?? (dialect == .sqlite ? SQLVocabulary.sqliteFunctions : SQLVocabulary.postgresFunctions)
        setTables(tables)
    }

    /// Replaces the table allowlist. System and internal tables are never admitted, whatever the
    /// configuration says.
    public mutating func setTables(_ newTables: [String: Set<String>]) {
        var cleaned: [String: Set<String>] = [:]
        for (table, columns) in newTables {
            let name = table.lowercased()
            guard !SQLPolicy.isSystemTable(name) else { continue }
            cleaned[name] = Set(columns.map { $0.lowercased() })
        }
        tables = cleaned
        columns = cleaned.values.reduce(into: Set<String>()) { $0.formUnion($1) }
    }

    public func allows(table: String) -> Bool { tables[table.lowercased()] != nil }

    public func allows(table: String, column: String) -> Bool {
        tables[table.lowercased()]?.contains(column.lowercased()) ?? false
    }

    /// Catalogs and engine-internal tables (`sqlite_master`, `sqlite_stat1`, `pg_*`,
    /// `information_schema`) and the copilot's own state tables.
    public static func isSystemTable(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("sqlite_") || lower.hasPrefix("pg_") || lower == "information_schema"
            || lower.hasPrefix("copilot_") || lower.hasPrefix("kb_")
    }
}
