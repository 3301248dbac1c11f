import CopilotCore
import CopilotKnowledge
import Foundation

extension CopilotEnvironment {
    /// The documents that answer for a database: the `--knowledge` folder when given, else the
    /// shipped `knowledge/*.md` when `shipped` (the demo database), else none — the demo shop's
    /// return policy and glossary must never be cited on another shop's data.
    public static func knowledgeDocuments(_ configuration: CopilotConfiguration, shipped: Bool) throws -> [String: String] {
        var documents: [String: String] = [:]
        if let directory = configuration.knowledgeDirectory {
            let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw KnowledgeError(.folderMissing, message: "--knowledge: no folder at \(directory)")
            }
            // Read from the folder itself: the resource library would fall back to the embedded
            // (shipped) documents for an empty folder called `knowledge`.
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "md", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
                documents[folder.lastPathComponent + "/" + relative] = text
            }
        } else if shipped {
            for path in configuration.resources.files(in: "knowledge", withExtension: "md") {
                documents[path] = configuration.resources.text(path)
            }
        }
        return documents
    }

    /// The knowledge index for the selected documents (see ``knowledgeDocuments(_:shipped:)``),
    /// brought up to date (incremental: unchanged documents are skipped by content hash).
    public static func knowledgeBase(_ configuration: CopilotConfiguration, model: SemanticModel, shipped: Bool) async throws -> KnowledgeBase {
        let documents = try knowledgeDocuments(configuration, shipped: shipped)
        let knowledge = try openKnowledgeBase(configuration, model: model, shipped: shipped)
        _ = try await knowledge.index(documents)
        return knowledge
    }

    /// The knowledge index, without (re)indexing. Each document set has its own index file, so
    /// switching databases does not re-index (or mix) the shipped documents and a shop's own.
    public static func openKnowledgeBase(_ configuration: CopilotConfiguration, model: SemanticModel, shipped: Bool = true) throws -> KnowledgeBase {
        try configuration.dataDirectory.ensureExists()
        let path: String
        if let directory = configuration.knowledgeDirectory {
            let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
            path = configuration.dataDirectory.url.appendingPathComponent("knowledge-\(Fingerprint.fnv1a(folder)).db").path
        } else if shipped {
            path = configuration.dataDirectory.knowledgeDatabasePath
        } else {
            path = configuration.dataDirectory.url.appendingPathComponent("knowledge-none.db").path
        }
        return try KnowledgeBase(path: path, synonyms: synonyms(from: model, thesaurus: configuration.resources.text("knowledge/thesaurus.yaml")))
    }
}
