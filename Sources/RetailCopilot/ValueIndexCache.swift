import CopilotCore
import CopilotValueIndex
import Foundation

/// The value index of a reporting database, built once per version of its data (and of the
/// model's text fields) and kept in the data directory's cache; an index for an older version of
/// the same database is deleted when the new one is built.
enum ValueIndexCache {
    static let layout = "4"

    static func index(for model: SemanticModel, runner: GuardedSQLRunner, cache: URL, notice: (String) -> Void) async -> (any ValueIndex)? {
        guard let fingerprint = await runner.database.fingerprint() else { return nil }
        let database = Fingerprint.fnv1a(runner.database.displayName)
        let fields = model.dimensions.filter { [.text, .identifier].contains($0.fieldType) }
            .map { "\($0.name)=\($0.expressions.joined(separator: ","))" }.joined(separator: ";")
        let key = Fingerprint.fnv1a([layout, fingerprint, fields].joined(separator: "|"))
        let file = cache.appendingPathComponent("values-\(database)-\(key).db")
        if FileManager.default.fileExists(atPath: file.path), let index = try? SQLiteValueIndex(path: file.path) { return index }
        do {
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let started = monotonicNanoseconds()
            try await ValueIndexBuilder.build(at: file.path, model: model, runner: runner)
            let seconds = Double(monotonicNanoseconds() - started) / 1e9
            if seconds > 1 { notice(String(format: "Indexed the names and values of %@ in %.1f s (once per version of the data).", runner.database.displayName, seconds)) }
            removeOlder(than: file, database: database, in: cache)
            return try SQLiteValueIndex(path: file.path)
        } catch {
            notice("Could not index the data's values (\(userFacing(error).message)); names in questions will not be recognised.")
            return nil
        }
    }

    private static func removeOlder(than file: URL, database: String, in cache: URL) {
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
        for name in siblings where name.hasPrefix("values-\(database)-") && name != file.lastPathComponent {
            try? FileManager.default.removeItem(at: cache.appendingPathComponent(name))
        }
    }
}
