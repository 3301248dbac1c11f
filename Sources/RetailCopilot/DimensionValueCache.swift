import CopilotCore
import Foundation

/// The distinct values of `values: auto` dimensions, read from the reporting database once per
/// version of its data and of the model's dimensions, so a warm start does not scan the data again.
/// The cache file is keyed by the database's ``ReportingDatabase/fingerprint()``; a database that
/// cannot tell when it changed is read every time.
enum DimensionValueCache {
    static func values(for model: SemanticModel, runner: GuardedSQLRunner, cache: URL) async -> [String: [String]] {
        let loader = DimensionValueLoader(model: model, runner: runner)
        guard let data = await runner.database.fingerprint() else { return await loader.load() }
        let file = cache.appendingPathComponent("values-\(Fingerprint.fnv1a(data + "|" + key(of: model))).json")
        if let stored = try? Data(contentsOf: file), let values = try? JSONDecoder().decode([String: [String]].self, from: stored) {
            return values
        }
        let values = await loader.load()
        // A cache that cannot be written only costs the next start its scan.
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if let encoded = try? JSONEncoder().encode(values) { try? encoded.write(to: file, options: .atomic) }
        return values
    }

    /// What the values depend on in the model: the auto dimensions' expressions and the joins that
    /// reach them.
    private static func key(of model: SemanticModel) -> String {
        let dimensions = model.dimensions.filter { $0.autoValues == true }.map { "\($0.name)=\($0.expressions.joined(separator: ","))" }
        let joins = model.joins.map { "\($0.from)>\($0.to):\($0.on)" }
        let tables = model.tables.map { "\($0.name)<\($0.physicalName)" }
        return (dimensions + joins + tables).joined(separator: ";")
    }
}
