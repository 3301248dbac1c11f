import CopilotCore

/// What data the copilot can answer about, read from the semantic model: metrics and how they are
/// computed, the dimensions to break them down by, the tables and the things that can be looked up.
/// `describe_data`'s output, so a model can phrase questions the copilot understands.
struct DataDescription: Codable {
    struct Metric: Codable {
        var name: String
        var label: String
        var description: String?
        var format: String
        var synonyms: [String]
    }

    struct Dimension: Codable {
        var name: String
        var label: String
        var synonyms: [String]
        /// Known values, when the model lists them (at most 25).
        var values: [String]
    }

    struct Table: Codable {
        var name: String
        var description: String?
    }

    struct Entity: Codable {
        var name: String
        var synonyms: [String]
    }

    var model: String
    var description: String?
    /// The reference date relative periods ("last month") are counted from.
    var asOf: String
    var metrics: [Metric]
    var dimensions: [Dimension]
    var tables: [Table]
    var entities: [Entity]

    enum CodingKeys: String, CodingKey {
        case model, description, metrics, dimensions, tables, entities
        case asOf = "as_of"
    }

    init(model: SemanticModel, asOf: CalendarDate) {
        self.model = model.name
        description = model.description
        self.asOf = asOf.iso
        metrics = model.metrics.map {
            Metric(name: $0.name, label: $0.displayName, description: $0.description, format: $0.format.rawValue, synonyms: $0.synonyms)
        }
        dimensions = model.dimensions.map {
            Dimension(name: $0.name, label: $0.displayName, synonyms: $0.synonyms, values: Array(($0.values ?? []).prefix(25)))
        }
        tables = model.tables.map { Table(name: $0.name, description: $0.description) }
        entities = model.entities.map { Entity(name: $0.name, synonyms: $0.synonyms) }
    }

    /// The same in Markdown, for the model reading the tool's text content.
    var markdown: String {
        var lines = ["# \(model)", ""]
        if let description { lines += [description, ""] }
        lines += ["Relative periods (\"last month\", \"this year\") are counted from \(asOf).", "", "## Metrics"]
        for metric in metrics {
            let also = metric.synonyms.isEmpty ? "" : " (also: \(metric.synonyms.prefix(4).joined(separator: ", ")))"
            lines.append("- **\(metric.label)**\(also): \(metric.description ?? metric.format)")
        }
        lines += ["", "## Dimensions (break down or filter by)"]
        for dimension in dimensions {
            let values = dimension.values.isEmpty ? "" : ": " + dimension.values.prefix(12).joined(separator: ", ")
            lines.append("- **\(dimension.label)**\(values)")
        }
        lines += ["", "## Tables"]
        for table in tables { lines.append("- `\(table.name)`" + (table.description.map { ": \($0)" } ?? "")) }
        if !entities.isEmpty {
            lines += ["", "## Look-ups by id", entities.map(\.name).joined(separator: ", ")]
        }
        return lines.joined(separator: "\n")
    }
}
