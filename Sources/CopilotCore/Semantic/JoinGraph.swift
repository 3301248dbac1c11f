/// The semantic model's join edges, walked only in directions that never multiply rows: from a
/// table to the table its foreign key points at, and both ways along one-to-one edges.
struct JoinGraph: Sendable {
    struct Step: Sendable, Equatable {
        /// The logical table joined in.
        let table: String
        let condition: String
    }

    private var edges: [String: [(to: String, condition: String)]] = [:]

    /// `extra`: edges beyond the model's own (from rollup tables to the model's tables).
    init(model: SemanticModel, extra: [SemanticModel.Join] = []) {
        for join in model.joins + extra {
            edges[join.from, default: []].append((join.to, join.on))
            if join.oneToOne == true { edges[join.to, default: []].append((join.from, join.on)) }
        }
    }

    /// The joins that bring every table of `targets` into a query over `base`, in an order where each
    /// condition only mentions tables already joined. Nil when a target is unreachable.
    func steps(from base: String, reaching targets: some Sequence<String>) -> [Step]? {
        var parents: [String: (parent: String, condition: String)] = [:]
        var order: [String] = [base]
        var queue = [base]
        var visited: Set<String> = [base]
        while !queue.isEmpty {
            let table = queue.removeFirst()
            for edge in edges[table, default: []] where !visited.contains(edge.to) {
                visited.insert(edge.to)
                parents[edge.to] = (table, edge.condition)
                order.append(edge.to)
                queue.append(edge.to)
            }
        }
        var needed = Set<String>()
        for target in targets where target != base {
            guard visited.contains(target) else { return nil }
            var current = target
            while current != base, !needed.contains(current) {
                needed.insert(current)
                current = parents[current]!.parent
            }
        }
        return order.filter { needed.contains($0) }.map { Step(table: $0, condition: parents[$0]!.condition) }
    }

    func canReach(_ target: String, from base: String) -> Bool {
        steps(from: base, reaching: [target]) != nil
    }
}
