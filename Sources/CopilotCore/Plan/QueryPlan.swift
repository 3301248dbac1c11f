/// A structured reading of a question, independent of SQL. The offline parser and the language
/// model both produce these; the ``SemanticCompiler`` turns them into SQL for a dialect.
///
/// One shape covers what managers ask: aggregates by groups with filters and periods (`metric`),
/// records of an entity with chosen fields, conditions, sort and limit (`records`), one named
/// record (`lookup`), the distinct values of a field (`distinct`), and the rows behind a metric
/// (`list`). Conditions on fields, on metrics per group and on related records refine each.
public struct QueryPlan: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// Aggregate metrics, optionally broken down.
        case metric
        /// Show one entity's record by id (status of order 10042), or its lines.
        case lookup
        /// List the rows a metric counts (what's below reorder point).
        case list
        /// Records of `subject` with `fields`, narrowed by filters and conditions.
        case records
        /// The distinct values of `fields[0]` (over `subject`'s rows when set).
        case distinct
    }

    public enum Grain: String, Sendable, Codable, CaseIterable {
        case year, quarter, month, week, day, weekday, hour
    }

    public var kind: Kind
    public var metrics: [String]
    /// Breakdowns: dimension names, in order.
    public var dimensions: [String]
    public var grain: Grain?
    /// The first day of a week for weekly buckets (default Monday).
    public var weekStart: Weekday?
    public var period: Period?
    /// When set, the plan compares `period` with this earlier period (side by side, with the change).
    public var comparePeriod: Period?
    /// The date field the periods and the grain are on when it is not the metric's own date
    /// ("shipments sent in 2025" are dated by their ship date, not by their order's date).
    public var dateField: String?
    public var filters: [Filter]
    /// Comparisons on fields: "priced above 100", "delivered more than 5 days after shipping".
    public var conditions: [Condition]
    /// Comparisons on a metric per group: "customers with more than 5 orders".
    public var having: [MetricCondition]
    /// Records that must have (or lack) related rows: "products never ordered".
    public var related: [RelatedCondition]
    public var entities: [EntityFilter]
    /// For `records` and `distinct`: the entity whose rows are listed.
    public var subject: String?
    /// For `records`, `lookup` and `distinct`: the fields asked for, in order.
    public var fields: [String]
    /// For `records`: the field to sort by (the limit keeps the top rows by it).
    public var orderBy: String?
    /// For `records`: the metric whose rows these are, so its own conditions apply ("refunds above
    /// $1,500" are returns that were refunded, not every return).
    public var rowsOf: String?
    /// Keep the top (or, with `ascending`, bottom) `limit` groups or records.
    public var limit: Int?
    public var ascending: Bool
    /// With `limit`: keep every group tied with the last one kept ("the customer with the most
    /// orders" when two have as many).
    public var keepTies: Bool
    /// With `comparePeriod`: rank groups by how much they moved ("which category grew the most")
    /// rather than by their current value.
    public var rankByChange: ChangeRanking?
    /// Report each group's share of the total (or the filtered part's share when `shareFilters` is set).
    public var share: Bool
    /// For "what share of revenue comes from marketplaces": the filters that define the part.
    public var shareFilters: [Filter]
    /// For look-ups: list the entity's lines (an order's items) instead of its record.
    public var details: Bool?
    /// The question names one record ("What loyalty tier is Emily Campbell?", "revenue at the
    /// Amazon store"): when several match, which one is asked back instead of answering for all.
    public var singleRecord: Bool?

    public init(kind: Kind = .metric, metrics: [String] = [], dimensions: [String] = [], grain: Grain? = nil,
                period: Period? = nil, comparePeriod: Period? = nil, filters: [Filter] = [], conditions: [Condition] = [],
                having: [MetricCondition] = [], related: [RelatedCondition] = [], entities: [EntityFilter] = [],
                subject: String? = nil, fields: [String] = [], orderBy: String? = nil, limit: Int? = nil, ascending: Bool = false,
                keepTies: Bool = false, share: Bool = false, shareFilters: [Filter] = []) {
        self.kind = kind
        self.metrics = metrics
        self.dimensions = dimensions
        self.grain = grain
        self.period = period
        self.comparePeriod = comparePeriod
        self.filters = filters
        self.conditions = conditions
        self.having = having
        self.related = related
        self.entities = entities
        self.subject = subject
        self.fields = fields
        self.orderBy = orderBy
        self.limit = limit
        self.ascending = ascending
        self.keepTies = keepTies
        self.share = share
        self.shareFilters = shareFilters
    }
}
