import CopilotCore
import Foundation

/// The model drafted for a database without one, kept in the data directory's cache per version of
/// the data (its ``ReportingDatabase/fingerprint()``) and of the drafter, so only the first start on
/// a database pays for reading its schema and samples.
enum DraftedModelCache {
    static func model(for database: any ReportingDatabase, cache: URL) async throws -> SemanticModel {
        guard let fingerprint = await database.fingerprint() else { return try await ModelDrafter(database: database).draft() }
        let name = Fingerprint.fnv1a(database.displayName)
        let file = cache.appendingPathComponent("model-\(name)-\(Fingerprint.fnv1a(ModelDrafter.version + "|" + fingerprint)).json")
        if let stored = try? Data(contentsOf: file), let model = try? JSONDecoder().decode(SemanticModel.self, from: stored) {
            return model
        }
        let model = try await ModelDrafter(database: database).draft()
        // A cache that cannot be written only costs the next start its draft.
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if let encoded = try? JSONEncoder().encode(model) {
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
            for old in siblings where old.hasPrefix("model-\(name)-") { try? FileManager.default.removeItem(at: cache.appendingPathComponent(old)) }
            try? encoded.write(to: file, options: .atomic)
        }
        return model
    }
}
