/// SQL in a semantic model is written once, in the portable subset both engines run. Where an
/// engine needs its own spelling — SQLite's `julianday()`/`date()` or `CAST(… AS REAL)` (a 4-byte
/// float in PostgreSQL) — a metric, aggregate, dimension, rollup measure or verified query carries a `postgres:`
/// block with the replacement, and ``SemanticModel/specialized(for:)`` swaps it in. SQLite reads the
/// portable text untouched, so its compiled SQL never changes.
public struct DialectOverride: Sendable, Codable, Equatable {
    /// Replaces a metric's or aggregate's `expression`.
    public var expression: String?
    /// Replaces a metric's or aggregate's implied `filters`.
    public var filters: [String]?
    /// Replaces a dimension's `expressions`.
    public var expressions: [String]?
    /// Replaces a dimension's `key`.
    public var key: String?
    /// Replaces a verified query's `sql`.
    public var sql: String?
    /// Replaces a rollup measure's `rollup` expression (its `expression` is replaced by `expression`).
    public var rollup: String?

    public init(expression: String? = nil, filters: [String]? = nil, expressions: [String]? = nil, key: String? = nil, sql: String? = nil,
                rollup: String? = nil) {
        self.rollup = rollup
        self.expression = expression
        self.filters = filters
        self.expressions = expressions
        self.key = key
        self.sql = sql
    }
}

extension SemanticModel {
    /// The model with every `postgres:` override applied when `dialect` is PostgreSQL; the model
    /// itself for SQLite. Applying it twice changes nothing.
    public func specialized(for dialect: SQLDialect) -> SemanticModel {
        guard dialect == .postgres else { return self }
        var model = self
        model.metrics = metrics.map { metric in
            var metric = metric
            if let override = metric.postgres {
                metric.expression = override.expression ?? metric.expression
                metric.filters = override.filters ?? metric.filters
            }
            metric.numerator = metric.numerator.map(Self.specialized)
            metric.denominator = metric.denominator.map(Self.specialized)
            return metric
        }
        model.dimensions = dimensions.map { dimension in
            var dimension = dimension
            if let override = dimension.postgres {
                dimension.expressions = override.expressions ?? override.expression.map { [$0] } ?? dimension.expressions
                dimension.key = override.key ?? dimension.key
            }
            return dimension
        }
        // A rollup measure is found by its base expression, so both sides switch together.
        model.rollups = rollups.map { rollup in
            var rollup = rollup
            rollup.measures = rollup.measures.map { measure in
                var measure = measure
                measure.expression = measure.postgres?.expression ?? measure.expression
                measure.rollup = measure.postgres?.rollup ?? measure.rollup
                return measure
            }
            return rollup
        }
        model.verifiedQueries = verifiedQueries.map { query in
            var query = query
            query.sql = query.postgres?.sql ?? query.sql
            return query
        }
        return model
    }

    private static func specialized(_ aggregate: Aggregate) -> Aggregate {
        guard let override = aggregate.postgres else { return aggregate }
        var aggregate = aggregate
        aggregate.expression = override.expression ?? aggregate.expression
        aggregate.filters = override.filters ?? aggregate.filters
        return aggregate
    }
}
