import CopilotCore
import CopilotResources
import Foundation
import MCP

/// The MCP resources: every knowledge document (`copilot://knowledge/<file>.md`, the texts
/// `search_knowledge` cites) and the semantic model (`copilot://model/semantic-model.json`, with a
/// readable overview at `copilot://model/overview.md`).
struct ResourceCatalog: Sendable {
    static let knowledgePrefix = "copilot://knowledge/"
    static let modelURI = "copilot://model/semantic-model.json"
    static let overviewURI = "copilot://model/overview.md"

    /// The documents that answer for this database (path → markdown): the shipped ones for the demo,
    /// the `--knowledge` folder's, or none — another shop never sees the demo's policies.
    let documents: [String: String]
    let model: SemanticModel
    let asOf: CalendarDate

    /// The resource URI of a knowledge document given by its repository path (`knowledge/x.md`).
    static func uri(ofDocument source: String) -> String {
        knowledgePrefix + (source.hasPrefix("knowledge/") ? String(source.dropFirst("knowledge/".count)) : source)
    }

    var resources: [Resource] {
        var list = [
            Resource(name: "semantic-model", uri: Self.modelURI, title: "Semantic model: \(model.name)",
                     description: "Metrics (with their SQL), dimensions, tables, joins and entities the copilot plans with.",
                     mimeType: "application/json"),
            Resource(name: "data-overview", uri: Self.overviewURI, title: "What the copilot can answer",
                     description: "The semantic model in words: metrics, dimensions, tables, look-ups.", mimeType: "text/markdown"),
        ]
        for path in documentPaths {
            let text = documents[path] ?? ""
            list.append(Resource(name: String(path.split(separator: "/").last ?? Substring(path)), uri: Self.uri(ofDocument: path),
                                 title: Self.title(of: text) ?? path, description: "Shop document (policies and definitions).",
                                 mimeType: "text/markdown", size: text.utf8.count))
        }
        return list
    }

    /// The contents of `uri`; an unknown URI is the protocol's "resource not found" error.
    func read(_ uri: String) throws -> Resource.Content {
        switch uri {
        case Self.modelURI:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return .text(String(decoding: try encoder.encode(model), as: UTF8.self), uri: uri, mimeType: "application/json")
        case Self.overviewURI:
            return .text(DataDescription(model: model, asOf: asOf).markdown, uri: uri, mimeType: "text/markdown")
        default:
            // Only listed documents: a URI cannot walk out of the knowledge folder.
            guard uri.hasPrefix(Self.knowledgePrefix), let path = documentPaths.first(where: { Self.uri(ofDocument: $0) == uri }),
                  let text = documents[path] else {
                // -32002 is the specification's "resource not found".
                throw MCPError.serverError(code: -32002, message: "There is no resource \(uri.prefix(120)).")
            }
            return .text(text, uri: uri, mimeType: "text/markdown")
        }
    }

    private var documentPaths: [String] {
        documents.keys.sorted()
    }

    /// The document's first `# ` heading.
    static func title(of markdown: String) -> String? {
        markdown.split(separator: "\n").first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
    }
}
