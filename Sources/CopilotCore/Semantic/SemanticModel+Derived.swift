extension SemanticModel {
    /// A metric by name, including aggregates of a field written `function:field` — `avg:list_price`,
    /// `sum:quantity`, `max:lead_time`, `min:list_price`, `distinct:city` (how many different
    /// values) — which the parser builds for "the average price of products" when no declared
    /// metric computes the same thing.
    public func metric(named name: String) -> Metric? {
        if let declared = metrics.first(where: { $0.name == name }) { return declared }
        if name.hasPrefix("per:") { return ratioMetric(name) }
        if name.hasPrefix("rows:") { return rowCountMetric(name) }
        guard let colon = name.firstIndex(of: ":") else { return nil }
        let function = String(name[..<colon]), fieldName = String(name[name.index(after: colon)...])
        guard let field = dimension(named: fieldName), let expression = field.expressions.first,
              let table = SQLExpression.referencedTables(expression, among: Set(tables.map(\.name))).first else { return nil }
        let sql: String
        let label: String
        var format = field.format ?? .number
        switch function {
        case "avg": sql = "AVG(\(expression))"; label = "average \(field.displayName)"
        case "sum": sql = "SUM(\(expression))"; label = "total \(field.displayName)"
        case "max": sql = "MAX(\(expression))"; label = "highest \(field.displayName)"
        case "min": sql = "MIN(\(expression))"; label = "lowest \(field.displayName)"
        case "distinct": sql = "COUNT(DISTINCT \(expression))"; label = "number of \(SemanticModel.pluralNoun(field.displayName))"; format = .count
        default: return nil
        }
        // "total order discounts on PayPal orders": added up over the records as the shop counts
        // them (not cancelled orders), as every figure about them is.
        let owner = entities.first { $0.table == table }
        let names = Set(tables.map(\.name))
        let counted = owner.flatMap { owner in metrics.first { $0.counts == owner.name } }?.filters?.filter { filter in
            SQLExpression.referencedTables(filter, among: names) == [table]
        }
        var metric = Metric(name: name, label: label, synonyms: [], format: format, table: table, expression: sql,
                            filters: counted?.isEmpty == false ? counted : nil, time: owner?.time, additive: function == "sum")
        metric.description = label
        return metric
    }

    /// `per:metric/entity`: a metric divided by the number of different records of an entity it
    /// covers — "orders per customer", "revenue per store", "average units per order".
    private func ratioMetric(_ name: String) -> Metric? {
        guard let (base, entity) = ratioParts(of: name), base.counts != entity.name,
              let table = base.table, let expression = base.expression else { return nil }
        let perRecord = "(\(expression)) * 1.0 / NULLIF(COUNT(DISTINCT \(entity.key)), 0)"
        var metric = Metric(name: name, label: "\(base.displayName) per \(entity.name.replacingOccurrences(of: "_", with: " "))",
                            synonyms: [], format: base.format == .count ? .number : base.format, table: table,
                            expression: perRecord, filters: base.filters, time: base.time)
        // Derived from the model in use: a PostgreSQL model's metrics carry their PostgreSQL spelling.
        metric.description = "\(base.displayName) ÷ number of \(SemanticModel.pluralNoun(entity.name.replacingOccurrences(of: "_", with: " ")))"
        return metric
    }

    /// `rows:metric`: how many of the rows an amount adds up, under its own filters — "how many
    /// refunds" counts the refunded returns that "refunds" sums.
    private func rowCountMetric(_ name: String) -> Metric? {
        guard let base = metrics.first(where: { $0.name == String(name.dropFirst(5)) }), let table = base.table else { return nil }
        var metric = Metric(name: name, label: "number of \(base.displayName)", synonyms: [], format: .count, table: table,
                            expression: "COUNT(*)", filters: base.filters, time: base.time, additive: true)
        metric.description = "rows counted by \(base.displayName)"
        return metric
    }

    /// The metric and the entity a `per:metric/entity` name divides; nil for other names.
    func ratioParts(of name: String) -> (base: Metric, entity: Entity)? {
        guard name.hasPrefix("per:") else { return nil }
        let parts = name.dropFirst(4).split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let base = metrics.first(where: { $0.name == parts[0] }) ?? metric(named: parts[0]),
              let entity = entity(named: parts[1]) else { return nil }
        return (base, entity)
    }

    /// The declared metric that computes `function` over `field` exactly, if there is one (so the
    /// answer uses its name and format), else the derived name.
    /// The rate that puts an amount over its base ("gross margin" → "gross margin %"): the
    /// percentage metric over the same rows whose formula divides this amount. "Margin as a
    /// percentage" means that rate, not each group's share of the margin.
    public func rate(of name: String) -> String? {
        guard let amount = metric(named: name), amount.format == .currency, let expression = amount.expression, let table = amount.table else { return nil }
        let compact = { (text: String) in text.lowercased().filter { !$0.isWhitespace } }
        let wanted = compact(expression)
        let rates = metrics.filter { candidate in
            candidate.format == .percent && candidate.table == table && candidate.expression.map { compact($0).contains(wanted + ")") || compact($0).contains(wanted + "as") } == true
        }
        return rates.count == 1 ? rates[0].name : nil
    }

    public func aggregateMetric(_ function: String, of field: String) -> String {
        let derived = "\(function):\(field)"
        guard let wanted = metric(named: derived), let expression = wanted.expression else { return derived }
        let compact = { (text: String) in text.lowercased().filter { !$0.isWhitespace } }
        return metrics.first { $0.table == wanted.table && $0.expression.map(compact) == compact(expression) && ($0.filters ?? []).isEmpty }?.name
            ?? derived
    }
}

extension SemanticModel {
    /// A field by name, including a field seen from an entity, written `entity.field` —
    /// `supplier.country` is the country of the supplier, not of the customer — for "revenue by
    /// supplier country".
    public func dimension(named name: String) -> Dimension? {
        if let declared = dimensions.first(where: { $0.name == name }) { return declared }
        guard let dot = name.firstIndex(of: "."), let entity = entity(named: String(name[..<dot])),
              var field = dimensions.first(where: { $0.name == String(name[name.index(after: dot)...]) }) else { return nil }
        let graph = JoinGraph(model: self)
        let names = Set(tables.map(\.name))
        let seen = field.expressions.filter { expression in
            graph.steps(from: entity.table, reaching: SQLExpression.referencedTables(expression, among: names)) != nil
        }
        guard !seen.isEmpty else { return nil }
        field.expressions = seen
        field.name = name
        // "return reason" seen from a return is still the return reason, not "return return reason".
        let owner = entity.name.replacingOccurrences(of: "_", with: " ")
        field.label = field.displayName.lowercased().hasPrefix(owner.lowercased() + " ") ? field.displayName : "\(owner) \(field.displayName)"
        field.key = nil
        return field
    }
}
