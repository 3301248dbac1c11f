import Foundation

/// Where the copilot keeps its own files: the embedded demo database, the conversation store, the
/// knowledge index. Resolved from `--data-dir`, then `COPILOT_DATA_DIR`, then a per-user folder
/// (`$XDG_DATA_HOME/retail-copilot`, else `~/.local/share/retail-copilot`).
public struct DataDirectory: Sendable {
    public let url: URL

    public init(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let explicit, !explicit.isEmpty {
            url = URL(fileURLWithPath: explicit, isDirectory: true)
        } else if let fromEnvironment = environment["COPILOT_DATA_DIR"], !fromEnvironment.isEmpty {
            url = URL(fileURLWithPath: fromEnvironment, isDirectory: true)
        } else if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            url = URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("retail-copilot")
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            url = home.appendingPathComponent(".local/share/retail-copilot", isDirectory: true)
        }
    }

    /// Creates the directory (owner-only permissions) if needed.
    public func ensureExists() throws {
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// The embedded demo reporting database.
    public var demoDatabasePath: String { url.appendingPathComponent("demo.db").path }

    /// The knowledge base's full-text index, rebuilt from `knowledge/` when documents change.
    public var knowledgeDatabasePath: String { url.appendingPathComponent("knowledge.db").path }

    /// The writable state store (conversations, keys, audit log). Never the reporting database.
    public var stateDatabasePath: String { url.appendingPathComponent("state.db").path }

    /// What is derived from a reporting database and kept until its data changes (dimension values,
    /// drafted models), one file per version of the data.
    public var cacheURL: URL { url.appendingPathComponent("cache", isDirectory: true) }
}
