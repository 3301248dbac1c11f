extension SemanticModel {
    /// A pre-aggregated table with one row per day and a few keys, maintained next to the base tables
    /// (the demo generator builds them; a shop's ETL would). When every part of an aggregate — its
    /// measure, implied filters, period, groupings and user filters — can be read from a rollup, the
    /// compiler reads the rollup instead of scanning and joining the base tables (aggregate
    /// awareness, as Cube's pre-aggregations do). Rollups whose table is missing are ignored.
    public struct Rollup: Sendable, Codable, Equatable {
        /// The physical (and logical) table name.
        public var table: String
        public var description: String?
        /// The base column whose day the `day` column holds (e.g. `orders.ordered_at`).
        public var time: String
        /// The rollup's day column (`YYYY-MM-DD`).
        public var day: String
        /// Base columns the rollup keeps, mapped to its own columns (`orders.status: status`).
        public var columns: [String: String]
        /// Joins from the rollup to model tables, for dimensions reached through its keys.
        public var joins: [Join]
        /// Aggregates it can answer: base table + base expression → the expression over the rollup.
        public var measures: [Measure]

        public struct Measure: Sendable, Codable, Equatable {
            /// The aggregate's table (the grain it replaces), e.g. `order_items`.
            public var table: String
            /// The base aggregate expression exactly as the metric declares it.
            public var expression: String
            /// The same aggregate over the rollup, e.g. `SUM(rollup_daily_store_sales.revenue)`.
            public var rollup: String
            /// Both expressions in PostgreSQL when they differ (`expression` and `rollup`).
            public var postgres: DialectOverride?
        }

        public init(table: String, description: String? = nil, time: String, day: String, columns: [String: String],
                    joins: [Join], measures: [Measure]) {
            self.table = table
            self.description = description
            self.time = time
            self.day = day
            self.columns = columns
            self.joins = joins
            self.measures = measures
        }

        /// The rollup's expression for a base aggregate, if it has one.
        func measure(table aggregateTable: String, expression: String) -> String? {
            let wanted = Self.normalized(expression)
            return measures.first { $0.table == aggregateTable && Self.normalized($0.expression) == wanted }?.rollup
        }

        /// Every base column it stands in for, qualified with the rollup's name.
        var substitutions: [String: String] {
            var map = columns.mapValues { "\(table).\($0)" }
            map[time] = "\(table).\(day)"
            return map
        }

        static func normalized(_ expression: String) -> String {
            expression.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
}
