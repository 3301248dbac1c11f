/// How a value is compared.
public enum ComparisonOperator: String, Sendable, Codable, CaseIterable {
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    /// Inclusive on both ends (two values).
    case between
    /// Text containing the value, case-insensitively.
    case contains
    /// Has a value at all ("orders with a promo code"); takes no value.
    case present
    /// Has no value ("orders without a promo code"); takes no value.
    case absent

    /// The operator that holds when this one does not ("not above 100" is "at most 100").
    public var negated: ComparisonOperator? {
        switch self {
        case .equal: .notEqual
        case .notEqual: .equal
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        case .present: .absent
        case .absent: .present
        case .between, .contains: nil
        }
    }

    /// In words, for restatements ("above", "at most").
    public var phrase: String {
        switch self {
        case .equal: "equal to"
        case .notEqual: "not equal to"
        case .less: "below"
        case .lessOrEqual: "at most"
        case .greater: "above"
        case .greaterOrEqual: "at least"
        case .between: "between"
        case .contains: "containing"
        case .present: "present"
        case .absent: "missing"
        }
    }
}

/// What a field is compared with. In JSON, an object with one key saying which:
/// `{"number": 1500}`, `{"text": "LOYAL10"}`, `{"date": "2025-01-01"}`, `{"field": "on_hand"}`.
public enum ConditionValue: Sendable, Codable, Equatable {
    case number(Double)
    case text(String)
    /// A date, `YYYY-MM-DD`.
    case date(String)
    /// Another field of the same row ("reserved above on hand").
    case field(String)

    private enum CodingKeys: String, CodingKey {
        case number, text, date, field
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try container.decodeIfPresent(Double.self, forKey: .number) {
            self = .number(number)
        } else if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            self = .text(text)
        } else if let date = try container.decodeIfPresent(String.self, forKey: .date) {
            self = .date(date)
        } else if let field = try container.decodeIfPresent(String.self, forKey: .field) {
            self = .field(field)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "A condition value needs one of number, text, date or field."))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let number): try container.encode(number, forKey: .number)
        case .text(let text): try container.encode(text, forKey: .text)
        case .date(let date): try container.encode(date, forKey: .date)
        case .field(let field): try container.encode(field, forKey: .field)
        }
    }
}

/// A comparison on a field of the rows: "list price above 100", "lead time under 10 days",
/// "reserved higher than on hand".
public struct Condition: Sendable, Codable, Equatable {
    /// A dimension (field) name of the model.
    public var field: String
    public var op: ComparisonOperator
    /// One value, or two for `between`.
    public var values: [ConditionValue]

    public init(field: String, op: ComparisonOperator, values: [ConditionValue]) {
        self.field = field
        self.op = op
        self.values = values
    }
}

/// A comparison on a metric's value per group (SQL HAVING): "brands with revenue above 300k",
/// "customers with more than 5 orders".
public struct MetricCondition: Sendable, Codable, Equatable {
    public var metric: String
    public var op: ComparisonOperator
    /// One value, or two for `between`. Percentages are fractions (5% is 0.05).
    public var values: [Double]

    public init(metric: String, op: ComparisonOperator, values: [Double]) {
        self.metric = metric
        self.op = op
        self.values = values
    }
}

/// Records of `entity` that have, or have no, related rows of `through` — a metric's rows (with
/// the metric's own filters: "products that sold nothing in 2025") or another entity's records
/// ("customers who never placed an order"), optionally within a period.
public struct RelatedCondition: Sendable, Codable, Equatable {
    /// The entity whose records are kept or dropped.
    public var entity: String
    /// A metric name or an entity name.
    public var through: String
    /// False: keep records with no related rows.
    public var exists: Bool
    public var period: QueryPlan.Period?
    /// Instead of "some": how many, compared ("customers who placed 5 or more orders").
    public var threshold: Threshold?
    /// Which related rows count ("stores with no orders using the FREESHIP code", "suppliers with
    /// no discontinued products"): filters on fields of the related rows' side.
    public var filters: [QueryPlan.Filter]?

    /// A comparison on the related rows' metric (their count for an entity).
    public struct Threshold: Sendable, Codable, Equatable {
        public var op: ComparisonOperator
        public var values: [Double]

        public init(op: ComparisonOperator, values: [Double]) {
            self.op = op
            self.values = values
        }
    }

    public init(entity: String, through: String, exists: Bool, period: QueryPlan.Period? = nil, threshold: Threshold? = nil,
                filters: [QueryPlan.Filter]? = nil) {
        self.entity = entity
        self.through = through
        self.exists = exists
        self.period = period
        self.threshold = threshold
        self.filters = filters
    }
}
