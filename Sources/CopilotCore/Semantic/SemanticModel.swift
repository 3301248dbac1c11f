import Foundation

/// Everything the planner knows about a reporting schema: tables and their joins, dimensions,
/// metrics, entities and verified queries. Loaded from YAML (`knowledge/semantic/*.yaml`) or drafted
/// from a database's schema by ``ModelDrafter``; never hard-coded.
public struct SemanticModel: Sendable, Codable, Equatable {
    public var name: String
    public var description: String?
    /// The ISO code of the currency amounts are kept in (`USD`), when the model says; a question
    /// asking for another currency is asked back rather than answered in this one.
    public var currency: String?
    /// Logical tables. A logical table reads a physical `source` table under its own alias, so one
    /// physical table can play several roles (a product's subcategory and its top-level category).
    public var tables: [Table]
    /// Many-to-one join edges (`from` has a foreign key to `to`).
    public var joins: [Join]
    public var dimensions: [Dimension]
    public var metrics: [Metric]
    public var entities: [Entity]
    public var verifiedQueries: [VerifiedQuery]
    /// Pre-aggregated daily tables the compiler may read instead of the base tables (see ``Rollup``).
    public var rollups: [Rollup]

    public init(name: String, description: String? = nil, tables: [Table], joins: [Join], dimensions: [Dimension],
                metrics: [Metric], entities: [Entity] = [], verifiedQueries: [VerifiedQuery] = [], rollups: [Rollup] = [],
                currency: String? = nil) {
        self.name = name
        self.description = description
        self.currency = currency
        self.tables = tables
        self.joins = joins
        self.dimensions = dimensions
        self.metrics = metrics
        self.entities = entities
        self.verifiedQueries = verifiedQueries
        self.rollups = rollups
    }

    enum CodingKeys: String, CodingKey {
        case name, description, currency, tables, joins, dimensions, metrics, entities, rollups
        case verifiedQueries = "verified_queries"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        currency = try container.decodeIfPresent(String.self, forKey: .currency)
        tables = try container.decode([Table].self, forKey: .tables)
        joins = try container.decodeIfPresent([Join].self, forKey: .joins) ?? []
        dimensions = try container.decodeIfPresent([Dimension].self, forKey: .dimensions) ?? []
        metrics = try container.decodeIfPresent([Metric].self, forKey: .metrics) ?? []
        entities = try container.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        verifiedQueries = try container.decodeIfPresent([VerifiedQuery].self, forKey: .verifiedQueries) ?? []
        rollups = try container.decodeIfPresent([Rollup].self, forKey: .rollups) ?? []
    }

    public struct Table: Sendable, Codable, Equatable {
        /// The alias used in SQL.
        public var name: String
        /// The physical table; defaults to `name`.
        public var source: String?
        public var description: String?

        public var physicalName: String { source ?? name }

        public init(name: String, source: String? = nil, description: String? = nil) {
            self.name = name
            self.source = source
            self.description = description
        }
    }

    public struct Join: Sendable, Codable, Equatable {
        public var from: String
        public var to: String
        /// The join condition, written with the logical table names.
        public var on: String
        /// True when each `to` row has at most one `from` row as well, so the edge can be walked both
        /// ways without multiplying rows (an order and its shipment).
        public var oneToOne: Bool?

        enum CodingKeys: String, CodingKey {
            case from, to, on
            case oneToOne = "one_to_one"
        }

        public init(from: String, to: String, on: String, oneToOne: Bool? = nil) {
            self.from = from
            self.to = to
            self.on = on
            self.oneToOne = oneToOne
        }
    }

    /// One aggregate over one table: the building block of metrics.
    public struct Aggregate: Sendable, Codable, Equatable {
        /// The logical table whose rows are aggregated (the grain).
        public var table: String
        public var expression: String
        /// Conditions the metric implies (e.g. `orders.status <> 'cancelled'`).
        public var filters: [String]?
        /// The timestamp or date column periods apply to; nil for snapshots.
        public var time: String?
        /// PostgreSQL spellings of `expression`/`filters` when the portable text does not run there.
        public var postgres: DialectOverride?

        public init(table: String, expression: String, filters: [String]? = nil, time: String? = nil) {
            self.table = table
            self.expression = expression
            self.filters = filters
            self.time = time
        }
    }

    public enum Format: String, Sendable, Codable, Equatable {
        case currency, count, percent, number, rating, days
    }

    public struct VerifiedQuery: Sendable, Codable, Equatable {
        public var question: String
        public var sql: String
        public var format: Format?
        /// The query in PostgreSQL when `sql` uses SQLite-only functions.
        public var postgres: DialectOverride?

        public init(question: String, sql: String, format: Format? = nil) {
            self.question = question
            self.sql = sql
            self.format = format
        }
    }

    public func table(named name: String) -> Table? { tables.first { $0.name == name } }
    public func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
}
