extension SemanticModel {
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
        /// The entity whose records this metric counts ("orders" counts orders): "how many orders",
        /// "customers with more than 5 orders".
        public var counts: String?

        enum CodingKeys: String, CodingKey {
            case name, label, synonyms, description, format, table, expression, filters, time, numerator,
                 denominator, additive, noun, postgres, counts
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

        /// The aggregates it is computed from: itself when simple, else its numerator and denominator.
        public var parts: [Aggregate] { [aggregate, numerator, denominator].compactMap { $0 } }

        public var displayName: String { label ?? name.replacingOccurrences(of: "_", with: " ") }

        /// The metric's column in a result: its name, spelled as an SQL alias (`avg:list_price` →
        /// `avg_list_price`).
        public var columnName: String { SQLExpression.alias(name) }

        /// The time column periods apply to.
        public var timeColumn: String? { time ?? numerator?.time }
    }
}
