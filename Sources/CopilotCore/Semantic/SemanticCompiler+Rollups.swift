/// Aggregate awareness: an aggregate whose every piece can be read from a daily rollup is compiled
/// against the rollup instead of the base tables.
extension SemanticCompiler {
    /// The parts of one aggregate query before its FROM clause is built.
    struct AggregatePieces {
        var table: String
        var groups: [Grouping]
        var measures: [String]
        var conditions: [String]
        /// The rollup that answers it, nil for the base tables.
        var rollup: String?
    }

    /// The same query over the first rollup that can answer it exactly, or nil. A rollup can when it
    /// has a measure for every aggregate, and every grouping and condition, once its base columns are
    /// renamed to the rollup's, mentions only the rollup and tables joined from it. Hourly buckets
    /// and periods with a time of day need the base timestamps.
    func overRollup(_ pieces: AggregatePieces, plan: QueryPlan) -> AggregatePieces? {
        guard !rollups.isEmpty, plan.grain != .hour else { return nil }
        for period in [plan.period, plan.comparePeriod].compactMap({ $0 }) where period.start.count != 10 || period.end.count != 10 {
            return nil
        }
        candidates: for rollup in rollups {
            var measures: [String] = []
            for expression in pieces.measures {
                guard let measure = rollup.measure(table: pieces.table, expression: expression) else { continue candidates }
                measures.append(measure)
            }
            let map = rollup.substitutions
            func rewrite(_ expression: String) -> String? {
                let replaced = SQLExpression.replacingColumns(in: expression, map)
                let tables = SQLExpression.referencedTables(replaced, among: tableNames)
                return graph.steps(from: rollup.table, reaching: tables) != nil ? replaced : nil
            }
            var groups: [Grouping] = []
            for group in pieces.groups {
                var copy = group
                guard let label = rewrite(group.label) else { continue candidates }
                copy.label = label
                if let key = group.key {
                    guard let rewritten = rewrite(key) else { continue candidates }
                    copy.key = rewritten
                }
                if let sortKey = group.sortKey {
                    guard let rewritten = rewrite(sortKey) else { continue candidates }
                    copy.sortKey = rewritten
                }
                groups.append(copy)
            }
            var conditions: [String] = []
            for condition in pieces.conditions {
                guard let rewritten = rewrite(condition) else { continue candidates }
                conditions.append(rewritten)
            }
            return AggregatePieces(table: rollup.table, groups: groups, measures: measures, conditions: conditions, rollup: rollup.table)
        }
        return nil
    }
}
