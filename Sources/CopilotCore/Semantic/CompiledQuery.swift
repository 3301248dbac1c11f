/// SQL compiled from a plan, with what each result column means so answers can be worded and
/// formatted without parsing SQL.
public struct CompiledQuery: Sendable, Codable, Equatable {
    public enum Role: String, Sendable, Codable {
        /// A group label (category, country, a time bucket).
        case dimension
        case time
        /// A metric value (for the current period in comparisons).
        case metric
        /// The metric in the earlier period of a comparison.
        case previous
        case change
        case changeRatio = "change_ratio"
        case share
        /// A plain attribute in a look-up or listing.
        case attribute
        /// An id column kept so equal labels stay apart; not worth showing in prose.
        case key
    }

    public struct Column: Sendable, Codable, Equatable {
        public var name: String
        public var role: Role
        /// The metric or dimension this column comes from.
        public var source: String?
        public var format: SemanticModel.Format?
    }

    public var sql: String
    public var columns: [Column]
    /// Rollup tables the SQL reads instead of base tables (empty when it reads base tables only).
    public var rollups: [String]

    public init(sql: String, columns: [Column], rollups: [String] = []) {
        self.sql = sql
        self.columns = columns
        self.rollups = rollups
    }

    enum CodingKeys: String, CodingKey {
        case sql, columns, rollups
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sql = try container.decode(String.self, forKey: .sql)
        columns = try container.decode([Column].self, forKey: .columns)
        rollups = try container.decodeIfPresent([String].self, forKey: .rollups) ?? []
    }
}

/// Why a plan cannot be compiled against the model.
public struct CompileError: CopilotError, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case unknownMetric = "unknown_metric", unknownDimension = "unknown_dimension", unknownEntity = "unknown_entity"
        case unreachable, noTimeColumn = "no_time_column", unsupported
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
    public var code: String { reason.rawValue }
    public var userMessage: String { message }
}
