import Foundation

/// Everything the planner knows about a reporting schema: tables and their joins, dimensions,
/// metrics, entities and verified queries. Loaded from YAML (`knowledge/semantic/*.yaml`) or drafted
/// from a database's schema by ``ModelDrafter``; never hard-coded.
public struct SemanticModel: Sendable, Codable, Equatable {
    public var name: String
    public var description: String?
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
                metrics: [Metric], entities: [Entity] = [], verifiedQueries: [VerifiedQuery] = [], rollups: [Rollup] = []) {
        self.name = name
        self.description = description
        self.tables = tables
        self.joins = joins
        self.dimensions = dimensions
        self.metrics = metrics
        self.entities = entities
        self.verifiedQueries = verifiedQueries
        self.rollups = rollups
    }

    enum CodingKeys: String, CodingKey {
        case name, description, tables, joins, dimensions, metrics, entities, rollups
        case verifiedQueries = "verified_queries"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
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

    public struct Dimension: Sendable, Codable, Equatable {
        public var name: String
        public var label: String?
        public var synonyms: [String]
        /// SQL expressions, in order of preference; the first whose table is reachable from the
        /// metric's table is used (customer country for orders, warehouse country for stock).
        public var expressions: [String]
        /// An expression to group by together with the label (ids, so equal names stay apart).
        public var key: String?
        /// Known values: listed here, or `auto` to read the distinct values from the database.
        public var values: [String]?
        public var autoValues: Bool?
        /// Other ways users name a value: canonical value → synonyms.
        public var valueSynonyms: [String: [String]]?
        /// Whether the value index should ignore this dimension's values unless the dimension is named
        /// (values that are common words, such as a loyalty tier called "none").
        public var valuesNeedDimensionWord: Bool?
        /// Dimensions in one group (geography, product) replace each other's filters in follow-ups
        /// such as "what about Europe?" after "in France".
        public var group: String?
        /// PostgreSQL spellings of `expressions`/`key` when the portable text does not run there.
        public var postgres: DialectOverride?

        enum CodingKeys: String, CodingKey {
            case name, label, synonyms, expressions, expression, key, values, group, postgres
            case valueSynonyms = "value_synonyms"
            case valuesNeedDimensionWord = "values_need_dimension_word"
        }

        public init(name: String, label: String? = nil, synonyms: [String], expressions: [String], key: String? = nil,
                    values: [String]? = nil, autoValues: Bool? = nil, valueSynonyms: [String: [String]]? = nil) {
            self.name = name
            self.label = label
            self.synonyms = synonyms
            self.expressions = expressions
            self.key = key
            self.values = values
            self.autoValues = autoValues
            self.valueSynonyms = valueSynonyms
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            label = try container.decodeIfPresent(String.self, forKey: .label)
            synonyms = try container.decodeIfPresent([String].self, forKey: .synonyms) ?? []
            if let list = try container.decodeIfPresent([String].self, forKey: .expressions) {
                expressions = list
            } else {
                expressions = [try container.decode(String.self, forKey: .expression)]
            }
            key = try container.decodeIfPresent(String.self, forKey: .key)
            if let text = try? container.decodeIfPresent(String.self, forKey: .values), text == "auto" {
                autoValues = true
                values = nil
            } else {
                values = try container.decodeIfPresent([String].self, forKey: .values)
            }
            valueSynonyms = try container.decodeIfPresent([String: [String]].self, forKey: .valueSynonyms)
            valuesNeedDimensionWord = try container.decodeIfPresent(Bool.self, forKey: .valuesNeedDimensionWord)
            group = try container.decodeIfPresent(String.self, forKey: .group)
            postgres = try container.decodeIfPresent(DialectOverride.self, forKey: .postgres)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encodeIfPresent(label, forKey: .label)
            try container.encode(synonyms, forKey: .synonyms)
            if expressions.count == 1 {
                try container.encode(expressions[0], forKey: .expression)
            } else {
                try container.encode(expressions, forKey: .expressions)
            }
            try container.encodeIfPresent(key, forKey: .key)
            if autoValues == true {
                try container.encode("auto", forKey: .values)
            } else {
                try container.encodeIfPresent(values, forKey: .values)
            }
            try container.encodeIfPresent(valueSynonyms, forKey: .valueSynonyms)
            try container.encodeIfPresent(valuesNeedDimensionWord, forKey: .valuesNeedDimensionWord)
            try container.encodeIfPresent(group, forKey: .group)
            try container.encodeIfPresent(postgres, forKey: .postgres)
        }

        public var displayName: String { label ?? name.replacingOccurrences(of: "_", with: " ") }
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

    public struct Metric: Sendable, Codable, Equatable {
        public var name: String
        public var label: String?
        public var synonyms: [String]
        public var description: String?
        public var format: Format
        /// A simple metric: one aggregate.
        public var table: String?
        public var expression: String?
        public var filters: [String]?
        public var time: String?
        /// A ratio of two aggregates over different tables (return rate = returns / items sold).
        public var numerator: Aggregate?
        public var denominator: Aggregate?
        /// True when the metric can be summed across groups, so shares of it make sense.
        public var additive: Bool?
        /// True when a higher value is worse (cancellation rate), so "worst" ranks descending.
        public var higherIsWorse: Bool?
        /// The dimension to list by for "what/which" questions with no breakdown (what did customer
        /// 77 buy → by product).
        public var listBy: String?
        /// Row-level columns for "which/list" questions (what's below reorder point): the metric's rows
        /// are listed instead of counted.
        public var listColumns: [String]?
        /// True for counts of a thing ("orders", "customers"): after a value ("cancelled orders") the
        /// word names what another metric is about rather than a second metric.
        public var noun: Bool?
        /// PostgreSQL spellings of `expression`/`filters` when the portable text does not run there.
        public var postgres: DialectOverride?

        enum CodingKeys: String, CodingKey {
            case name, label, synonyms, description, format, table, expression, filters, time, numerator,
                 denominator, additive, noun, postgres
            case higherIsWorse = "higher_is_worse"
            case listBy = "list_by"
            case listColumns = "list_columns"
        }

        public init(name: String, label: String? = nil, synonyms: [String], format: Format, table: String,
                    expression: String, filters: [String]? = nil, time: String? = nil, additive: Bool? = nil) {
            self.name = name
            self.label = label
            self.synonyms = synonyms
            self.format = format
            self.table = table
            self.expression = expression
            self.filters = filters
            self.time = time
            self.additive = additive
        }

        /// The metric as a single aggregate when it is simple.
        public var aggregate: Aggregate? {
            guard let table, let expression else { return nil }
            return Aggregate(table: table, expression: expression, filters: filters, time: time)
        }

        public var displayName: String { label ?? name.replacingOccurrences(of: "_", with: " ") }

        /// The time column periods apply to.
        public var timeColumn: String? { time ?? numerator?.time }
    }

    public struct Entity: Sendable, Codable, Equatable {
        public var name: String
        public var synonyms: [String]
        /// The logical table holding the entity.
        public var table: String
        /// The key expression (`orders.order_id`).
        public var key: String
        /// What a look-up shows: expressions, optionally with `AS label`.
        public var columns: [String]
        /// The entity's lines ("what's in order 500"): rows of another table keyed by this entity.
        public var details: Details?

        public struct Details: Sendable, Codable, Equatable {
            public var table: String
            /// The column of `table` that holds this entity's key.
            public var key: String
            public var columns: [String]
        }

        public init(name: String, synonyms: [String], table: String, key: String, columns: [String], details: Details? = nil) {
            self.name = name
            self.synonyms = synonyms
            self.table = table
            self.key = key
            self.columns = columns
            self.details = details
        }
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
    public func metric(named name: String) -> Metric? { metrics.first { $0.name == name } }
    public func dimension(named name: String) -> Dimension? { dimensions.first { $0.name == name } }
    public func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
}
