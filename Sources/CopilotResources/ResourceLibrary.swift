import Foundation

/// Finds the shipped knowledge, semantic models, prompts and eval suites: in a directory on disk
/// when one is configured (`COPILOT_RESOURCES`) or the working directory is a checkout of the
/// project, otherwise in the copy compiled into the binary.
public struct ResourceLibrary: Sendable {
    /// The directory files are read from, or nil for the embedded copy.
    public let root: URL?

    public init(root: URL?) {
        self.root = root
    }

    /// The library for this process.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ResourceLibrary {
        if let configured = environment["COPILOT_RESOURCES"], !configured.isEmpty {
            return ResourceLibrary(root: URL(fileURLWithPath: configured, isDirectory: true))
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if FileManager.default.fileExists(atPath: current.appendingPathComponent("knowledge/semantic/demo.yaml").path) {
            return ResourceLibrary(root: current)
        }
        return ResourceLibrary(root: nil)
    }

    /// The embedded copy only.
    public static let embedded = ResourceLibrary(root: nil)

    /// Contents of a repository-relative file.
    public func text(_ path: String) -> String? {
        if let root {
            let url = root.appendingPathComponent(path)
            if let text = try? String(contentsOf: url, encoding: .utf8) { return text }
        }
        return EmbeddedResources.files[path]
    }

    /// Repository-relative paths under `folder` with the given extension.
    public func files(in folder: String, withExtension ext: String) -> [String] {
        if let root {
            let base = root.appendingPathComponent(folder)
            if let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) {
                var found: [String] = []
                for case let url as URL in enumerator where url.pathExtension == ext {
                    found.append(folder + "/" + url.path.dropFirst(base.path.count + 1))
                }
                if !found.isEmpty { return found.sorted() }
            }
        }
        return EmbeddedResources.files.keys.filter { $0.hasPrefix(folder + "/") && $0.hasSuffix("." + ext) }.sorted()
    }

    /// A description for messages: the folder, or "built-in".
    public var origin: String { root?.path ?? "built-in copy" }
}
