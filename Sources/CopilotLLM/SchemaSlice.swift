import CopilotCore
import Foundation

/// The part of a semantic model and schema that one question needs, chosen by keyword overlap with
/// the question (and the previous plan), capped so prompts stay small on schemas of any size.
struct SchemaSlice: Sendable {
    struct Column: Sendable, Equatable {
        var name: String
        var type: String
    }

    struct Table: Sendable {
        /// The physical table name SQL must use.
        var name: String
        /// Logical names the semantic model gives it, with their descriptions.
        var roles: [String]
        var columns: [Column]
        var omittedColumns: Int
    }

    struct Metric: Sendable {
        var name: String
        var label: String
        var description: String
        var expression: String
        var filters: [String]
        var time: String?
    }

    struct Dimension: Sendable {
        var name: String
        var label: String
        var expression: String
        var values: [String]
    }

    struct Limits: Sendable, Equatable {
        var tables = 8
        var columns = 30
        var metrics = 6
        var dimensions = 8
        var values = 12
        var examples = 3

        /// Half of everything (at least one of each), for prompts over budget.
        var halved: Limits {
            Limits(tables: max(2, tables / 2), columns: max(8, columns / 2), metrics: max(1, metrics / 2),
                   dimensions: max(1, dimensions / 2), values: max(3, values / 2), examples: max(0, examples / 2))
        }
    }

    var tables: [Table] = []
    var joins: [String] = []
    var metrics: [Metric] = []
    var dimensions: [Dimension] = []
    var examples: [SemanticModel.VerifiedQuery] = []
    var omittedTables = 0

    init(model: SemanticModel, columns: [String: [Column]], question: String, previousPlan: QueryPlan?,
         values: [String: [String]], limits: Limits) {
        let asked = Self.words(question)
        let physical = Dictionary(model.tables.map { ($0.name.lowercased(), $0.physicalName.lowercased()) }, uniquingKeysWith: { first, _ in first })

        // Metrics and dimensions by overlap with the question; the previous plan's stay in view.
        let previousMetrics = Set(previousPlan?.metrics ?? [])
        let previousDimensions = Set((previousPlan?.dimensions ?? []) + (previousPlan?.filters.map(\.dimension) ?? []))
        let scoredMetrics = model.metrics.map { metric -> (SemanticModel.Metric, Int) in
            let text = ([metric.name, metric.displayName, metric.description ?? ""] + metric.synonyms).joined(separator: " ")
            return (metric, asked.intersection(Self.words(text)).count + (previousMetrics.contains(metric.name) ? 3 : 0))
        }
        var chosenMetrics = Self.top(scoredMetrics, limit: limits.metrics)
        if chosenMetrics.isEmpty { chosenMetrics = Array(model.metrics.prefix(min(2, limits.metrics))) }
        let scoredDimensions = model.dimensions.map { dimension -> (SemanticModel.Dimension, Int) in
            let text = ([dimension.name, dimension.displayName] + dimension.synonyms).joined(separator: " ")
            let known = dimension.values ?? values[dimension.name] ?? []
            let valueHit = known.contains { !Self.words($0).isEmpty && Self.words($0).isSubset(of: asked) } ? 3 : 0
            return (dimension, asked.intersection(Self.words(text)).count + valueHit + (previousDimensions.contains(dimension.name) ? 3 : 0))
        }
        let chosenDimensions = Self.top(scoredDimensions, limit: limits.dimensions)

        metrics = chosenMetrics.map { metric in
            let aggregate = metric.aggregate
            let ratio = [metric.numerator, metric.denominator].compactMap { $0 }
            let expression = aggregate?.expression
                ?? ratio.map { "\($0.expression) over \($0.table)" + (($0.filters ?? []).isEmpty ? "" : " where " + ($0.filters ?? []).joined(separator: " AND ")) }
                    .joined(separator: " / ")
            return Metric(name: metric.name, label: metric.displayName, description: metric.description ?? "",
                          expression: expression, filters: aggregate?.filters ?? [], time: metric.timeColumn)
        }
        dimensions = chosenDimensions.map { dimension in
            Dimension(name: dimension.name, label: dimension.displayName, expression: dimension.expressions.first ?? "",
                      values: Array((dimension.values ?? values[dimension.name] ?? []).prefix(limits.values)))
        }

        // Tables: named by the question, or read by a chosen metric or dimension.
        let referenced = Set((metrics.flatMap { [$0.expression, $0.time ?? ""] + $0.filters } + dimensions.map(\.expression))
            .flatMap(Self.tableReferences).compactMap { physical[$0] ?? (columns[$0] != nil ? $0 : nil) })
        // The database's readable tables; the model's own list only when no schema is known.
        let candidates = columns.isEmpty ? Set(physical.values) : Set(columns.keys)
        let roles = Dictionary(grouping: model.tables, by: { $0.physicalName.lowercased() })
        let scoredTables = candidates.sorted().map { name -> (String, Int) in
            let described = ([name] + (roles[name] ?? []).flatMap { [$0.name, $0.description ?? ""] }).joined(separator: " ")
            let columnWords = Self.words((columns[name] ?? []).map(\.name).joined(separator: " "))
            let score = 2 * asked.intersection(Self.words(described)).count + asked.intersection(columnWords).count
                + (referenced.contains(name) ? 4 : 0)
            return (name, score)
        }
        var chosen = Self.top(scoredTables, limit: limits.tables)
        // Bridge tables that join two chosen ones (orders ↔ order_items ↔ products).
        let edges = model.joins.compactMap { join -> (String, String)? in
            guard let from = physical[join.from.lowercased()], let to = physical[join.to.lowercased()] else { return nil }
            return (from, to)
        }
        for candidate in candidates.sorted() where !chosen.contains(candidate) && chosen.count < limits.tables + 2 {
            let neighbours = Set(edges.compactMap { $0.0 == candidate ? $0.1 : ($0.1 == candidate ? $0.0 : nil) })
            if neighbours.intersection(chosen).count >= 2 { chosen.append(candidate) }
        }
        omittedTables = candidates.count - chosen.count
        tables = chosen.map { name in
            let all = columns[name] ?? []
            let kept = Self.columns(all, asked: asked, limit: limits.columns)
            let aliases = (roles[name] ?? []).filter { $0.name.lowercased() != name || $0.description != nil }.map { role in
                role.name.lowercased() == name ? (role.description ?? "") : "as \(role.name)" + (role.description.map { ": \($0)" } ?? "")
            }
            return Table(name: name, roles: aliases, columns: kept, omittedColumns: all.count - kept.count)
        }
        let chosenSet = Set(chosen)
        joins = model.joins.filter { join in
            [join.from, join.to].allSatisfy { physical[$0.lowercased()].map(chosenSet.contains) ?? false }
        }.map { join in
            let alias = [join.from, join.to].filter { physical[$0.lowercased()] != $0.lowercased() }
                .map { "\($0) = \(physical[$0.lowercased()] ?? $0) AS \($0)" }
            return "\(join.from) → \(join.to) ON \(join.on)" + (alias.isEmpty ? "" : " (\(alias.joined(separator: ", ")))")
        }

        // The most similar verified questions, as examples of this schema's SQL.
        let scoredExamples = model.verifiedQueries.map { query -> (SemanticModel.VerifiedQuery, Int) in
            (query, asked.intersection(Self.words(query.question)).count)
        }
        examples = Self.top(scoredExamples, limit: limits.examples)
    }

    /// Stemmed content words.
    static func words(_ text: String) -> Set<String> {
        Stopwords.content(of: text.replacingOccurrences(of: "_", with: " "))
    }

    /// Items with a positive score, best first (stable for ties), at most `limit`.
    static func top<T>(_ scored: [(T, Int)], limit: Int) -> [T] {
        scored.enumerated().filter { $0.element.1 > 0 }
            .sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .prefix(limit).map(\.element.0)
    }

    /// `name` in `name.column` references.
    static func tableReferences(_ expression: String) -> [String] {
        var names: [String] = []
        var current = ""
        for character in expression + " " {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else {
                if character == ".", !current.isEmpty, !(current.first?.isNumber ?? true) { names.append(current.lowercased()) }
                current = ""
            }
        }
        return names
    }

    /// Keys and columns the question mentions first, then the rest in table order, up to `limit`.
    private static func columns(_ all: [Column], asked: Set<String>, limit: Int) -> [Column] {
        guard all.count > limit else { return all }
        let ranked = all.enumerated().map { index, column -> (Int, Int) in
            let name = column.name.lowercased()
            let key = name == "id" || name.hasSuffix("_id") ? 2 : 0
            return (index, key + 3 * asked.intersection(words(column.name)).count)
        }
        let keep = Set(ranked.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0))
        return all.enumerated().filter { keep.contains($0.offset) }.map(\.element)
    }
}
