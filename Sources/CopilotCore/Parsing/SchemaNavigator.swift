/// Answers the interpreter's questions about the schema: which table a field lives on, whether it
/// can be reached from a table without multiplying rows, which field names an entity, which
/// entity a table holds.
struct SchemaNavigator: Sendable {
    let model: SemanticModel
    let graph: JoinGraph
    let tableNames: Set<String>

    init(model: SemanticModel) {
        self.model = model
        graph = JoinGraph(model: model)
        tableNames = Set(model.tables.map(\.name))
    }

    func tables(in expression: String) -> [String] {
        SQLExpression.referencedTables(expression, among: tableNames)
    }

    /// Fields of one format whose value can be read from `table`'s own columns, with no join: the
    /// money a record itself carries, the days a record itself took.
    func ownFields(on table: String, format: SemanticModel.Format) -> [SemanticModel.Dimension] {
        model.dimensions.filter { field in
            field.format == format && field.expressions.contains { tables(in: $0) == [table] }
        }
    }

    /// Join steps from `table` to the nearest of the field's expressions, nil when unreachable.
    func distance(_ field: String, from table: String) -> Int? {
        guard let dimension = model.dimension(named: field) else { return nil }
        return dimension.expressions.compactMap { expression in graph.steps(from: table, reaching: tables(in: expression))?.count }.min()
    }

    func reaches(_ field: String, from table: String) -> Bool { distance(field, from: table) != nil }

    /// Of several fields a word can mean, the one closest to `table` (the subject's own column
    /// first): "status" of a return is the return's status.
    func closest(_ fields: [String], from table: String?) -> String? {
        guard let table else { return fields.first }
        return fields.compactMap { field in distance(field, from: table).map { (field, $0) } }.min { $0.1 < $1.1 }?.0
    }

    /// The table a metric aggregates over.
    func table(ofMetric name: String) -> String? {
        guard let metric = model.metric(named: name) else { return nil }
        return metric.table ?? metric.numerator?.table
    }

    func table(ofEntity name: String) -> String? { model.entity(named: name)?.table }

    /// The field that names an entity's records (the `customer` field for customers), when the
    /// model has one.
    func displayField(of entityName: String) -> String? {
        guard let entity = model.entity(named: entityName) else { return nil }
        if let same = model.dimensions.first(where: { $0.name == entity.name }) { return same.name }
        let display = entity.displayExpression
        return model.dimensions.first { $0.expressions.first == display }?.name
    }

    /// The entity whose records a field identifies (a name, a code), when it names one.
    func entity(identifiedBy field: String) -> String? {
        guard let dimension = model.dimension(named: field), let expression = dimension.expressions.first else { return nil }
        for entity in model.entities where entity.display == expression || entity.name == field || entity.key == expression {
            return entity.name
        }
        if dimension.fieldType == .identifier, let table = tables(in: expression).first {
            return model.entities.first { $0.table == table }?.name
        }
        return nil
    }

    /// The entity held by a table.
    func entity(onTable table: String) -> String? { model.entities.first { $0.table == table }?.name }

    /// The entity a field belongs to (the table of its first expression).
    func owner(of field: String) -> String? {
        guard let expression = model.dimension(named: field)?.expressions.first, let table = tables(in: expression).first else { return nil }
        return entity(onTable: table)
    }

    /// The field whose expression is an entity's own date.
    func timeField(of entityName: String) -> String? {
        guard let time = model.entity(named: entityName)?.time else { return nil }
        return model.dimensions.first { $0.expressions.contains(time) && $0.fieldType == .date }?.name
    }

    /// The metric counting an entity's records.
    func countMetric(of entityName: String) -> String? {
        if let declared = model.metrics.first(where: { $0.counts == entityName }) { return declared.name }
        // A drafted count whose name another field took first (`staff_2`): the rows of the table.
        guard let table = table(ofEntity: entityName) else { return nil }
        return model.metrics.first { $0.table == table && $0.expression == "COUNT(*)" && $0.format == .count }?.name
    }

    /// The entity whose records a metric counts: declared, or read from a `COUNT(DISTINCT x)` over
    /// a column named like an entity's key ("active customers" counts `orders.customer_id`).
    func countedEntity(of metricName: String) -> String? {
        guard let metric = model.metric(named: metricName) else { return nil }
        if let counts = metric.counts { return counts }
        guard let expression = metric.expression?.replacingOccurrences(of: " ", with: "").lowercased() else { return nil }
        // "new customers": rows of a table one entity has to itself, counted, are those records.
        if expression == "count(*)", let table = metric.table {
            let owners = model.entities.filter { $0.table == table }
            return owners.count == 1 ? owners[0].name : nil
        }
        guard expression.hasPrefix("count(distinct"), expression.hasSuffix(")") else { return nil }
        let column = expression.dropFirst("count(distinct".count).dropLast().split(separator: ".").last.map(String.init) ?? ""
        return model.entities.first { $0.key.lowercased().split(separator: ".").last.map(String.init) == column }?.name
    }

    /// Whether rows of `table` can be narrowed by a key expression (`orders.order_id`).
    func reaches(key: String, from table: String) -> Bool {
        graph.steps(from: table, reaching: tables(in: key)) != nil
    }

    /// Whether a metric's own filters leave out every row a filter keeps: revenue (orders not
    /// cancelled) "for order status cancelled" is empty by definition.
    func contradicts(_ filter: QueryPlan.Filter, metric name: String) -> Bool {
        guard !filter.negated, !filter.values.isEmpty, let metric = model.metric(named: name),
              let expression = model.dimension(named: filter.dimension)?.expressions.first else { return false }
        let own = (metric.filters ?? []).map { $0.replacingOccurrences(of: " ", with: "").lowercased() }
        let column = expression.replacingOccurrences(of: " ", with: "").lowercased()
        // A rate whose part is counted by that very field ("cancellation rate" of cancelled orders
        // is 100%): the filter would leave only the part.
        if metric.format == .percent {
            let parts = [metric.expression ?? ""] + (metric.numerator.map { [$0.expression] + ($0.filters ?? []) } ?? [])
            let compact = parts.map { $0.replacingOccurrences(of: " ", with: "").lowercased() }
            if filter.values.allSatisfy({ value in compact.contains { $0.contains("\(column)=\(SQLExpression.literal(value).lowercased())") } }) {
                return true
            }
        }
        return filter.values.allSatisfy { value in
            let literal = SQLExpression.literal(value).lowercased()
            return own.contains { $0 == "\(column)<>\(literal)" || $0 == "\(column)!=\(literal)" }
        }
    }

    /// Whether a metric can be computed for each record of an entity (grouped by it).
    func metric(_ name: String, reaches entityName: String) -> Bool {
        guard let table = table(ofMetric: name), let entity = model.entity(named: entityName) else { return false }
        return graph.steps(from: table, reaching: tables(in: entity.key)) != nil
    }
}
