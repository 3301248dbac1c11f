/// The general form: one CTE per aggregate (per period, per share part), joined on the group
/// labels. Aggregates that cannot be grouped by a dimension (a ratio's denominator, a share's total)
/// are grouped by the dimensions they can reach and spread over the rest.
extension SemanticCompiler {
    private struct CTE {
        var name: String
        var sql: String
        var groups: [Grouping]
    }

    private struct Builder {
        var ctes: [CTE] = []
        var keys: [String: String] = [:]
        var rollups: [String] = []
    }

    func compileComposite(_ plan: QueryPlan, metrics: [SemanticModel.Metric]) throws(CompileError) -> CompiledQuery {
        var builder = Builder()
        if plan.share && plan.shareFilters.isEmpty && !metrics.allSatisfy({ $0.additive == true }) {
            throw CompileError(.unsupported, "Shares only make sense for metrics that add up, such as revenue or orders.")
        }

        // The first CTE carries every grouping; build it first so it is the FROM of the final query.
        var select: [String] = []
        var columns: [CompiledQuery.Column] = []
        var valueExpressions: [String] = []
        var currentValues: [String: String] = [:]
        for metric in metrics {
            let current = try value(of: metric, period: plan.period, extra: [], plan: plan, builder: &builder)
            currentValues[metric.columnName] = current
            if !plan.shareFilters.isEmpty {
                let part = try value(of: metric, period: plan.period, extra: plan.shareFilters, plan: plan, builder: &builder)
                select.append("\(part) AS \(metric.columnName)")
                columns.append(.init(name: metric.columnName, role: .metric, source: metric.name, format: metric.format))
                select.append("\(current) AS \(metric.columnName)_total")
                columns.append(.init(name: "\(metric.columnName)_total", role: .attribute, source: metric.name, format: metric.format))
                select.append("\(sql.ratio(part, current)) AS share")
                columns.append(.init(name: "share", role: .share, source: metric.name, format: .percent))
                valueExpressions.append("share")
                continue
            }
            select.append("\(current) AS \(metric.columnName)")
            columns.append(.init(name: metric.columnName, role: .metric, source: metric.name, format: metric.format))
            valueExpressions.append(metric.columnName)
            if let comparePeriod = plan.comparePeriod {
                let previous = try value(of: metric, period: comparePeriod, extra: [], plan: plan, builder: &builder)
                select.append("\(previous) AS \(metric.columnName)_previous")
                columns.append(.init(name: "\(metric.columnName)_previous", role: .previous, source: metric.name, format: metric.format))
                select.append("\(current) - \(previous) AS change")
                columns.append(.init(name: "change", role: .change, source: metric.name, format: metric.format))
                select.append("\(sql.ratio("\(current) - \(previous)", previous)) AS change_pct")
                columns.append(.init(name: "change_pct", role: .changeRatio, source: metric.name, format: .percent))
            } else if plan.share {
                select.append("\(sql.ratio(current, "SUM(\(current)) OVER ()")) AS share")
                columns.append(.init(name: "share", role: .share, source: metric.name, format: .percent))
            } else if let numerator = metric.numerator, let denominator = metric.denominator {
                // A rate shows what it divides ("6.9%: 1,279 returns of 18,539 items"), so a rate
                // over a handful of records is seen for what it is.
                let top = try cte(for: Part(aggregate: numerator, period: plan.period), plan: plan, builder: &builder)
                let bottom = try cte(for: Part(aggregate: denominator, period: plan.period), plan: plan, builder: &builder)
                select.append("COALESCE(\(top), 0) AS \(metric.columnName)_numerator")
                columns.append(.init(name: "\(metric.columnName)_numerator", role: .attribute, source: metric.name, format: nil))
                select.append("\(bottom) AS \(metric.columnName)_denominator")
                columns.append(.init(name: "\(metric.columnName)_denominator", role: .attribute, source: metric.name, format: nil))
            }
        }

        let base = builder.ctes[0]
        var groupSelect: [String] = []
        var groupColumns: [CompiledQuery.Column] = []
        for group in base.groups {
            groupSelect.append("\(base.name).\(group.alias)")
            groupColumns.append(.init(name: group.alias, role: group.isTime ? .time : .dimension, source: group.source, format: nil))
            if group.key != nil {
                groupSelect.append("\(base.name).\(group.alias)_id")
                groupColumns.append(.init(name: "\(group.alias)_id", role: .key, source: group.source, format: nil))
            }
        }

        var text = "WITH " + builder.ctes.map { "\($0.name) AS (\n\($0.sql)\n)" }.joined(separator: ",\n")
        text += "\nSELECT " + (groupSelect + select).joined(separator: ",\n       ")
        text += "\nFROM \(base.name)"
        for cte in builder.ctes.dropFirst() {
            let shared = cte.groups.map { group in "\(base.name).\(group.alias) = \(cte.name).\(group.alias)" }
            if shared.isEmpty {
                text += "\nCROSS JOIN \(cte.name)"
            } else {
                text += "\nLEFT JOIN \(cte.name) ON " + shared.joined(separator: " AND ")
            }
        }
        let orderGroups = base.groups.map { group -> Grouping in
            var copy = group
            copy.alias = "\(base.name).\(group.alias)"
            return copy
        }
        // Conditions on a metric per group filter the joined rows (there is no GROUP BY here).
        let having = try plan.having.map { condition throws(CompileError) -> String in
            guard let current = currentValues[SQLExpression.alias(condition.metric)] else {
                throw CompileError(.unsupported, "A condition on \(condition.metric) needs that metric in the question.")
            }
            return try havingSQL(condition, value: current)
        }
        if !having.isEmpty { text += "\nWHERE " + having.joined(separator: " AND ") }
        let rankedBy = switch plan.rankByChange {
        case .absolute? where plan.comparePeriod != nil: "change"
        case .relative? where plan.comparePeriod != nil: "change_pct"
        default: valueExpressions.first ?? "1"
        }
        if let limit = plan.limit, plan.keepTies {
            // Ranked over the finished rows: a window cannot name the select's own aliases
            // (change, share) nor hold another window (a share's total), so it wraps them.
            if let outer = text.range(of: "\nSELECT ", options: .backwards) {
                text.replaceSubrange(outer, with: "\nSELECT * FROM (\nSELECT *, RANK() OVER (ORDER BY \(rankedBy) \(plan.ascending ? "ASC" : "DESC")) AS rank\nFROM (\nSELECT ")
            }
            text += "\n) AS valued\n) AS ranked\nWHERE rank <= \(limit)\nORDER BY " + (["rank"] + base.groups.map(\.alias)).joined(separator: ", ")
            return CompiledQuery(sql: text, columns: groupColumns + columns + [.init(name: "rank", role: .key, source: nil, format: nil)],
                                 rollups: builder.rollups)
        }
        text += orderClause(plan: plan, groups: orderGroups, valueExpression: rankedBy, aggregated: false)
        if let limit = plan.limit { text += "\nLIMIT \(limit)" }
        return CompiledQuery(sql: text, columns: groupColumns + columns, rollups: builder.rollups)
    }

    /// Whole months from one ISO date to another (0 when either is missing).
    static func months(from start: String?, to end: String?) -> Int {
        guard let start, let end else { return 0 }
        func parts(_ date: String) -> (Int, Int)? {
            let pieces = date.split(separator: "-")
            guard pieces.count >= 2, let year = Int(pieces[0]), let month = Int(pieces[1]) else { return nil }
            return (year, month)
        }
        guard let (y1, m1) = parts(start), let (y2, m2) = parts(end) else { return 0 }
        return (y2 - y1) * 12 + (m2 - m1)
    }

    /// The SQL for one metric's value over `period` (and `extra` filters), adding the CTEs it needs.
    private func value(of metric: SemanticModel.Metric, period: QueryPlan.Period?, extra: [QueryPlan.Filter],
                       plan: QueryPlan, builder: inout Builder) throws(CompileError) -> String {
        if let aggregate = metric.aggregate {
            let reference = try cte(for: Part(aggregate: aggregate, period: period, extraFilters: extra), plan: plan, builder: &builder)
            return metric.additive == true && builder.ctes.count > 1 && reference != "\(builder.ctes[0].name).value"
                ? "COALESCE(\(reference), 0)" : reference
        }
        guard let numerator = metric.numerator, let denominator = metric.denominator else {
            throw CompileError(.unknownMetric, "The metric '\(metric.name)' has no expression.")
        }
        let top = try cte(for: Part(aggregate: numerator, period: period, extraFilters: extra), plan: plan, builder: &builder)
        let bottom = try cte(for: Part(aggregate: denominator, period: period, extraFilters: extra), plan: plan, builder: &builder)
        return sql.ratio("COALESCE(\(top), 0)", bottom)
    }

    /// The `cteName.value` reference for a part, creating its CTE once.
    private func cte(for part: Part, plan: QueryPlan, builder: inout Builder) throws(CompileError) -> String {
        let identity = "\(part.aggregate.table)|\(part.aggregate.expression)|\(part.aggregate.filters ?? [])|\(part.aggregate.time ?? "")|\(part.period?.start ?? "")-\(part.period?.end ?? "")|\(part.extraFilters)"
        if let name = builder.keys[identity] { return "\(name).value" }
        let isBase = builder.ctes.isEmpty
        // A compared period's buckets are moved onto the current period's, so months join months.
        let shift = plan.grain == nil || plan.grain == .weekday || plan.grain == .hour ? 0
            : Self.months(from: part.period?.start, to: plan.period?.start)
        let groups = try groupings(for: plan, on: part.aggregate, required: isBase, shiftMonths: shift).compactMap { $0 }
        if !isBase, let base = builder.ctes.first {
            // Later parts group only by labels the base also has, matched by alias.
            let aliases = Set(base.groups.map(\.alias))
            if !groups.allSatisfy({ aliases.contains($0.alias) }) {
                throw CompileError(.unreachable, "Those fields cannot be combined in one question.")
            }
        }
        let correlated = try correlatedConditions(plan, from: part.aggregate.table)
        var pieces = AggregatePieces(table: part.aggregate.table, groups: groups, measures: [part.aggregate.expression],
                                     conditions: try conditions(for: part, plan: plan) + groups.filter { !$0.isTime }.map { "\($0.label) IS NOT NULL" })
        if correlated.conditions.isEmpty, let rollup = overRollup(pieces, plan: plan) {
            pieces = rollup
            if !builder.rollups.contains(rollup.table) { builder.rollups.append(rollup.table) }
        }
        var select: [String] = []
        var groupBy: [String] = []
        for group in pieces.groups {
            select.append("\(group.label) AS \(group.alias)")
            groupBy.append(group.label)
            if let key = group.key, isBase {
                select.append("\(key) AS \(group.alias)_id")
                groupBy.append(key)
            }
            if let sortKey = group.sortKey, isBase {
                select.append("MIN(\(sortKey)) AS \(group.alias)_sort")
            }
        }
        select.append("\(pieces.measures[0]) AS value")
        let expressions = pieces.groups.flatMap { [$0.label] + ($0.key.map { [$0] } ?? []) } + pieces.measures + pieces.conditions + correlated.anchors
        var text = "  SELECT " + select.joined(separator: ", ") + "\n  "
            + (try fromClause(base: pieces.table, expressions: expressions)).replacingNewlines(with: "\n  ")
            + whereClause(pieces.conditions + correlated.conditions).replacingNewlines(with: "\n  ")
        if !groupBy.isEmpty { text += "\n  GROUP BY " + groupBy.joined(separator: ", ") }
        let name = "p\(builder.ctes.count)"
        builder.ctes.append(CTE(name: name, sql: text, groups: groups))
        builder.keys[identity] = name
        return "\(name).value"
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
