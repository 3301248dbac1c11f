/// Plans are stored with each turn (for follow-ups) and returned in replies; fields added after the
/// first release are optional in stored JSON, so turns stored by an older version still decode.
extension QueryPlan: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, metrics, dimensions, grain, period, comparePeriod, filters, conditions, having, related, entities, subject,
             fields, orderBy, rowsOf, limit, ascending, keepTies, rankByChange, share, shareFilters, details, singleRecord, weekStart, dateField
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .metric)
        metrics = try container.decodeIfPresent([String].self, forKey: .metrics) ?? []
        dimensions = try container.decodeIfPresent([String].self, forKey: .dimensions) ?? []
        grain = try container.decodeIfPresent(Grain.self, forKey: .grain)
        weekStart = try container.decodeIfPresent(Weekday.self, forKey: .weekStart)
        period = try container.decodeIfPresent(Period.self, forKey: .period)
        comparePeriod = try container.decodeIfPresent(Period.self, forKey: .comparePeriod)
        dateField = try container.decodeIfPresent(String.self, forKey: .dateField)
        filters = try container.decodeIfPresent([Filter].self, forKey: .filters) ?? []
        conditions = try container.decodeIfPresent([Condition].self, forKey: .conditions) ?? []
        having = try container.decodeIfPresent([MetricCondition].self, forKey: .having) ?? []
        related = try container.decodeIfPresent([RelatedCondition].self, forKey: .related) ?? []
        entities = try container.decodeIfPresent([EntityFilter].self, forKey: .entities) ?? []
        subject = try container.decodeIfPresent(String.self, forKey: .subject)
        fields = try container.decodeIfPresent([String].self, forKey: .fields) ?? []
        orderBy = try container.decodeIfPresent(String.self, forKey: .orderBy)
        rowsOf = try container.decodeIfPresent(String.self, forKey: .rowsOf)
        limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        ascending = try container.decodeIfPresent(Bool.self, forKey: .ascending) ?? false
        keepTies = try container.decodeIfPresent(Bool.self, forKey: .keepTies) ?? false
        rankByChange = try container.decodeIfPresent(ChangeRanking.self, forKey: .rankByChange)
        share = try container.decodeIfPresent(Bool.self, forKey: .share) ?? false
        shareFilters = try container.decodeIfPresent([Filter].self, forKey: .shareFilters) ?? []
        details = try container.decodeIfPresent(Bool.self, forKey: .details)
        singleRecord = try container.decodeIfPresent(Bool.self, forKey: .singleRecord)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(metrics, forKey: .metrics)
        try container.encode(dimensions, forKey: .dimensions)
        try container.encodeIfPresent(grain, forKey: .grain)
        try container.encodeIfPresent(weekStart, forKey: .weekStart)
        try container.encodeIfPresent(period, forKey: .period)
        try container.encodeIfPresent(comparePeriod, forKey: .comparePeriod)
        try container.encodeIfPresent(dateField, forKey: .dateField)
        try container.encode(filters, forKey: .filters)
        if !conditions.isEmpty { try container.encode(conditions, forKey: .conditions) }
        if !having.isEmpty { try container.encode(having, forKey: .having) }
        if !related.isEmpty { try container.encode(related, forKey: .related) }
        try container.encode(entities, forKey: .entities)
        try container.encodeIfPresent(subject, forKey: .subject)
        if !fields.isEmpty { try container.encode(fields, forKey: .fields) }
        try container.encodeIfPresent(orderBy, forKey: .orderBy)
        try container.encodeIfPresent(rowsOf, forKey: .rowsOf)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encode(ascending, forKey: .ascending)
        if keepTies { try container.encode(keepTies, forKey: .keepTies) }
        try container.encodeIfPresent(rankByChange, forKey: .rankByChange)
        try container.encode(share, forKey: .share)
        try container.encode(shareFilters, forKey: .shareFilters)
        try container.encodeIfPresent(details, forKey: .details)
        try container.encodeIfPresent(singleRecord, forKey: .singleRecord)
    }
}
