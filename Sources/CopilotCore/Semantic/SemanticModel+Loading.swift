import Foundation
import Yams

extension SemanticModel {
    /// Parses a model from YAML text.
    public static func parse(yaml: String) throws -> SemanticModel {
        do {
            return try YAMLDecoder().decode(SemanticModel.self, from: yaml).completed()
        } catch {
            throw SemanticModelError(message: "invalid semantic model: \(error)")
        }
    }

    /// Loads a model file.
    public static func load(path: String) throws -> SemanticModel {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw SemanticModelError(message: "cannot read semantic model \(path)")
        }
        return try parse(yaml: text)
    }

    /// Renders the model as YAML (for `copilot model init`).
    public func yaml() throws -> String {
        try YAMLEncoder().encode(self)
    }

    /// Checks that every table, join and expression refers to things that exist in the model and
    /// that the tables exist in `policy` (the database's readable schema).
    public func validate(against policy: SQLPolicy?) throws {
        let names = Set(tables.map(\.name))
        var problems: [String] = []
        if let policy {
            for table in tables where !policy.allows(table: table.physicalName) {
                problems.append("table \(table.physicalName) is not in the database")
            }
        }
        for join in joins where !names.contains(join.from) || !names.contains(join.to) {
            problems.append("join \(join.from) → \(join.to) names an unknown table")
        }
        for metric in metrics {
            let parts = metric.parts
            if parts.isEmpty { problems.append("metric \(metric.name) has no expression") }
            for part in parts where !names.contains(part.table) {
                problems.append("metric \(metric.name) reads unknown table \(part.table)")
            }
        }
        guard problems.isEmpty else {
            throw SemanticModelError(message: "semantic model \(name): " + problems.joined(separator: "; "))
        }
    }
}

/// A semantic model that cannot be read or does not fit the database.
public struct SemanticModelError: CopilotError, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
    public var code: String { "invalid_model" }
    public var userMessage: String { message }
}
