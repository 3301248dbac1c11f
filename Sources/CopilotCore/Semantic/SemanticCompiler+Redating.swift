/// A plan's periods and grain on another date of the measured rows: "shipments sent in 2025" are
/// counted by their ship date although shipments are dated by their order's date by default.
extension SemanticCompiler {
    /// A compiler over the same model whose plan metrics (and the derived metrics of their tables)
    /// are dated by `field`. The field must be a date reachable from each metric's table.
    func redated(by field: String, metrics names: [String]) throws(CompileError) -> SemanticCompiler {
        guard let dimension = model.dimension(named: field), dimension.fieldType == .date else {
            throw CompileError(.unknownDimension, "'\(field)' is not a date to count by.")
        }
        var copy = model
        var tables: Set<String> = []
        for name in names {
            guard let metric = model.metric(named: name) else { throw CompileError(.unknownMetric, "Unknown metric '\(name)'.") }
            for aggregate in metric.parts {
                tables.insert(aggregate.table)
            }
            // `rows:refunds` counts the rows of `refunds`, on that metric's date.
            let declared = name.hasPrefix("rows:") ? String(name.dropFirst(5)) : name
            guard let index = copy.metrics.firstIndex(where: { $0.name == declared }) else { continue }
            var stored = copy.metrics[index]
            if let table = stored.table, stored.time != nil { stored.time = try fieldExpression(field, from: table) }
            if var numerator = stored.numerator, numerator.time != nil {
                numerator.time = try fieldExpression(field, from: numerator.table)
                stored.numerator = numerator
            }
            if var denominator = stored.denominator, denominator.time != nil {
                denominator.time = try fieldExpression(field, from: denominator.table)
                stored.denominator = denominator
            }
            copy.metrics[index] = stored
        }
        // Derived metrics (`avg:shipping_cost`) take their date from the entity of their table.
        for index in copy.entities.indices where tables.contains(copy.entities[index].table) {
            copy.entities[index].time = try fieldExpression(field, from: copy.entities[index].table)
        }
        return SemanticCompiler(model: copy, dialect: dialect, rollups: rollups)
    }
}
