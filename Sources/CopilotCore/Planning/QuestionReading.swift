/// Everything the offline planner recognised in one question, before it is turned into a plan.
struct QuestionReading: Sendable {
    var words: [String]
    var metrics: [String] = []
    /// Metric phrases as typed, for notes.
    var metricWords: [String: String] = [:]
    var dimensions: [String] = []
    var grain: QueryPlan.Grain?
    var trend = false
    var periods: [(period: QueryPlan.Period, range: Range<Int>)] = []
    var shiftMonths: Int?
    var previousOfContext = false
    /// Value filters with the token position where they were found.
    var filters: [(filter: QueryPlan.Filter, position: Int)] = []
    var entities: [QueryPlan.EntityFilter] = []
    /// Entity nouns without an id ("top products"), as dimension names.
    var entityMentions: [String] = []
    var limit: Int?
    var rankDirection: RankDirection?
    var comparison = false
    /// A verb of movement: +1 rising ("grew"), -1 falling ("dropped"), 0 none.
    var movement = 0
    /// "fastest", "relative": rank a movement by its ratio.
    var relativeMovement = false
    var share = false
    var listing = false
    var howMany = false
    var helpRequested = false
    var singularWhich = false
    var unknownWords: [String] = []
    var unknownAfterPreposition: [String] = []
    var consumed = Set<Int>()
    var firstMetricPosition: Int?
    var shareWordPosition: Int?

    enum RankDirection: Sendable {
        /// "most", "highest": by magnitude.
        case high, low
        /// "best", "worst": by quality, which flips for metrics where higher is worse.
        case best, worst
    }

    init(words: [String]) {
        self.words = words
    }

    /// Something a follow-up can change: a period, a filter, a breakdown, a limit.
    var hasModifiers: Bool {
        !periods.isEmpty || !filters.isEmpty || !dimensions.isEmpty || grain != nil || limit != nil
            || previousOfContext || shiftMonths != nil || !entityMentions.isEmpty || rankDirection != nil || share
    }
}
