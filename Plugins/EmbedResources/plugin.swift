import Foundation
import PackagePlugin

/// Compiles the product's shipped files — knowledge documents, the semantic model, prompt templates,
/// the agent registry, the web page and the OpenAPI document — into the target that uses this
/// plugin, so the `copilot` binary works from any directory. The files themselves are the only
/// source: SwiftPM reruns the embedder whenever one of them changes, and nothing generated is
/// committed.
@main
struct EmbedResources: BuildToolPlugin {
    /// Repository folders and the file endings shipped from each. Eval suites are not shipped.
    static let shipped: [(folder: String, endings: [String])] = [
        ("knowledge", [".md", ".yaml"]),
        ("prompts", [".mustache", ".md"]),
        ("agents", [".yaml"]),
        ("web", [".html"]),
        ("docs", ["openapi.yaml"]),
    ]

    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for (folder, endings) in Self.shipped {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where endings.contains(where: { url.lastPathComponent.hasSuffix($0) }) {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) shipped files",
                executable: try context.tool(named: "ResourceEmbedder").url,
                arguments: [output.path, root.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
