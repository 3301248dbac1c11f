/// The SQL fragments that differ between dialects: time buckets and their sort keys.
struct DialectSQL: Sendable {
    let dialect: SQLDialect

    /// The label expression for a time bucket of `column`: a week is labelled by its first day,
    /// a Monday unless the question starts weeks on Sunday.
    func bucket(_ grain: QueryPlan.Grain, _ column: String, weekStart: QueryPlan.Weekday? = nil) -> String {
        if grain == .week, weekStart == .sunday {
            switch dialect {
            case .sqlite: return "date(\(column), '-6 days', 'weekday 0')"
            case .postgres: return "to_char(date_trunc('week', \(column) + interval '1 day') - interval '1 day', 'YYYY-MM-DD')"
            }
        }
        return switch (dialect, grain) {
        case (.sqlite, .year): "strftime('%Y', \(column))"
        case (.sqlite, .quarter): "strftime('%Y', \(column)) || '-Q' || ((CAST(strftime('%m', \(column)) AS INTEGER) + 2) / 3)"
        case (.sqlite, .month): "strftime('%Y-%m', \(column))"
        case (.sqlite, .week): "date(\(column), '-6 days', 'weekday 1')"
        case (.sqlite, .day): "date(\(column))"
        case (.sqlite, .weekday):
            "CASE CAST(strftime('%w', \(column)) AS INTEGER) WHEN 0 THEN 'Sunday' WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' ELSE 'Saturday' END"
        case (.sqlite, .hour): "CAST(strftime('%H', \(column)) AS INTEGER)"
        case (.postgres, .year): "to_char(\(column), 'YYYY')"
        case (.postgres, .quarter): "to_char(\(column), 'YYYY') || '-Q' || to_char(\(column), 'Q')"
        case (.postgres, .month): "to_char(\(column), 'YYYY-MM')"
        case (.postgres, .week): "to_char(date_trunc('week', \(column)), 'YYYY-MM-DD')"
        case (.postgres, .day): "to_char(\(column), 'YYYY-MM-DD')"
        case (.postgres, .weekday): "trim(to_char(\(column), 'Day'))"
        case (.postgres, .hour): "CAST(extract(hour FROM \(column)) AS INTEGER)"
        }
    }

    /// `column` moved by a number of months.
    func shifted(_ column: String, months: Int) -> String {
        switch dialect {
        case .sqlite: "date(\(column), '\(months >= 0 ? "+" : "")\(months) months')"
        case .postgres: "(\(column) + interval '\(months) months')"
        }
    }

    /// A sort key for buckets whose labels do not sort naturally (weekdays, Monday first).
    func bucketSortKey(_ grain: QueryPlan.Grain, _ column: String) -> String? {
        guard grain == .weekday else { return nil }
        switch dialect {
        case .sqlite: return "(CAST(strftime('%w', \(column)) AS INTEGER) + 6) % 7"
        case .postgres: return "CAST(extract(isodow FROM \(column)) AS INTEGER)"
        }
    }

    /// `numerator / denominator` as a real number, NULL when the denominator is zero.
    func ratio(_ numerator: String, _ denominator: String) -> String {
        let real = dialect == .sqlite ? "REAL" : "DOUBLE PRECISION"
        return "CAST(\(numerator) AS \(real)) / NULLIF(\(denominator), 0)"
    }
}
