extension QueryPlan {
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

    /// `dimension IN (values)`, or NOT IN when negated. No values: the dimension has any value
    /// (negated) — "including cancelled", "orders that used a promo code".
    public struct Filter: Sendable, Codable, Equatable {
        public var dimension: String
        public var values: [String]
        public var negated: Bool

        public init(dimension: String, values: [String], negated: Bool = false) {
            self.dimension = dimension
            self.values = values
            self.negated = negated
        }

        /// The filters with the values of one field kept together as one filter (any of them):
        /// "Amazon Europe", "Amazon US", "eBay US" as three filters would leave no row at all.
        /// Negated filters stay as they are.
        public static func oneForEachField(_ filters: [Filter]) -> [Filter] {
            var merged: [Filter] = []
            for filter in filters {
                if !filter.negated, let at = merged.firstIndex(where: { $0.dimension == filter.dimension && !$0.negated }) {
                    merged[at].values += filter.values.filter { !merged[at].values.contains($0) }
                } else {
                    merged.append(filter)
                }
            }
            return merged
        }
    }

    /// A specific entity by key: order 10042, customer 77.
    public struct EntityFilter: Sendable, Codable, Equatable {
        public var entity: String
        public var id: String
        /// How the record was shown (a name), for restating the plan; the id is what filters.
        public var name: String?

        public init(entity: String, id: String, name: String? = nil) {
            self.entity = entity
            self.id = id
            self.name = name
        }

        /// The same record, however it was shown.
        public static func == (lhs: Self, rhs: Self) -> Bool { lhs.entity == rhs.entity && lhs.id == rhs.id }
    }

    /// How a comparison ranks its groups: by the difference, or by the difference over the earlier value.
    public enum ChangeRanking: String, Sendable, Codable {
        case absolute, relative
    }

    /// The first day of a week.
    public enum Weekday: String, Sendable, Codable {
        case monday, sunday
    }
}
