/// A structured reading of a question, independent of SQL: which metrics, broken down how, over
/// which period, filtered how. The offline planner and the LLM planner both produce these; the
/// ``SemanticCompiler`` turns them into SQL for a dialect.
public struct QueryPlan: Sendable, Codable, Equatable {
    public enum Grain: String, Sendable, Codable, CaseIterable {
        case year, quarter, month, week, day, weekday, hour
    }

    /// A half-open date range `[start, end)` with the words it came from.
    public struct Period: Sendable, Codable, Equatable {
        /// First day, `YYYY-MM-DD`.
        public var start: String
        /// Day after the last day, `YYYY-MM-DD`.
        public var end: String
        /// How the answer names it ("November 2025").
        public var label: String
        /// True when it was computed from the reference date ("last month"), so the answer says which.
        public var relative: Bool?

        public init(start: String, end: String, label: String, relative: Bool? = nil) {
            self.start = start
            self.end = end
            self.label = label
            self.relative = relative
        }
    }

    /// `dimension IN (values)`, or NOT IN when negated.
    public struct Filter: Sendable, Codable, Equatable {
        public var dimension: String
        public var values: [String]
        public var negated: Bool

        public init(dimension: String, values: [String], negated: Bool = false) {
            self.dimension = dimension
            self.values = values
            self.negated = negated
        }
    }

    /// A specific entity by key: order 10042, customer 77.
    public struct EntityFilter: Sendable, Codable, Equatable {
        public var entity: String
        public var id: String

        public init(entity: String, id: String) {
            self.entity = entity
            self.id = id
        }
    }

    /// How a comparison ranks its groups: by the difference, or by the difference over the earlier value.
    public enum ChangeRanking: String, Sendable, Codable {
        case absolute, relative
    }

    public enum Kind: String, Sendable, Codable {
        /// Aggregate metrics, optionally broken down.
        case metric
        /// Show an entity's record (status of order 10042).
        case lookup
        /// List the rows a metric counts (what's below reorder point).
        case list
    }

    public var kind: Kind
    public var metrics: [String]
    public var dimensions: [String]
    public var grain: Grain?
    public var period: Period?
    /// When set, the plan compares `period` with this earlier period.
    public var comparePeriod: Period?
    public var filters: [Filter]
    public var entities: [EntityFilter]
    /// Keep the top (or, with `ascending`, bottom) `limit` groups.
    public var limit: Int?
    public var ascending: Bool
    /// With `comparePeriod`: rank groups by how much they moved ("which category grew the most")
    /// rather than by their current value.
    public var rankByChange: ChangeRanking?
    /// Report each group's share of the total (or the filtered part's share when `shareOf` is set).
    public var share: Bool
    /// For "what share of revenue comes from marketplaces": the filters that define the part.
    public var shareFilters: [Filter]
    /// For look-ups: list the entity's lines (an order's items) instead of its record.
    public var details: Bool?

    public init(kind: Kind = .metric, metrics: [String] = [], dimensions: [String] = [], grain: Grain? = nil,
                period: Period? = nil, comparePeriod: Period? = nil, filters: [Filter] = [],
                entities: [EntityFilter] = [], limit: Int? = nil, ascending: Bool = false, share: Bool = false,
                shareFilters: [Filter] = []) {
        self.kind = kind
        self.metrics = metrics
        self.dimensions = dimensions
        self.grain = grain
        self.period = period
        self.comparePeriod = comparePeriod
        self.filters = filters
        self.entities = entities
        self.limit = limit
        self.ascending = ascending
        self.share = share
        self.shareFilters = shareFilters
    }
}
