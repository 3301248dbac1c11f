import CopilotCore
import Foundation

extension SQLiteReportingDatabase {
    /// The file's path, size and modification time (and its write-ahead log's): a write changes
    /// at least one of them, so caches derived from the data are rebuilt.
    public func fingerprint() async -> String? {
        var parts = [path]
        for file in [path, path + "-wal"] {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { continue }
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            parts.append("\(size)@\(modified)")
        }
        return parts.count > 1 ? "sqlite:" + Fingerprint.fnv1a(parts.joined(separator: "|")) : nil
    }
}
