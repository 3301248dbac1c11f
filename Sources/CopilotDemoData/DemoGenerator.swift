import CopilotCore
import CopilotSQLite

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds the demo reporting database: a fictional multi-channel retailer's orders from 2023-01-01
/// to 2025-12-31, with the tables, columns and identities of the data contract (demo-schema.md).
///
/// The output is a pure function of ``Options``: the same seed and scale give a byte-identical file,
/// on any run. No clock, locale, time zone, hash order or system randomness is consulted.
public struct DemoGenerator: Sendable {
    /// What to generate.
    public struct Options: Sendable {
        /// Seed of every random draw.
        public var seed: UInt64
        /// Multiplies the number of customers, products and orders (1.0 ≈ 20,000 customers, 1,500
        /// products, 120,000 orders). Products never drop below a floor that keeps every subcategory
        /// stocked.
        public var scale: Double

        public init(seed: UInt64 = 42, scale: Double = 1.0) {
            self.seed = seed
            self.scale = scale
        }
    }

    /// What was generated.
    public struct Report: Sendable {
        /// Rows per table, keyed by table name.
        public var rowCounts: [String: Int]
        /// Wall-clock duration of the whole generation.
        public var seconds: Double
    }

    /// Why generation refused to start.
    public enum GenerationError: Error, Sendable, CustomStringConvertible {
        case destinationExists(String)
        case invalidScale(Double)
        case fileSystem(operation: String, path: String, errno: Int32)

        public var description: String {
            switch self {
            case .destinationExists(let path): "\(path) already exists; remove it or choose another path"
            case .invalidScale(let scale): "scale must be a finite number in (0, 100], got \(scale)"
            case .fileSystem(let operation, let path, let code):
                "\(operation) \(path) failed: \(String(cString: strerror(code)))"
            }
        }
    }

    /// Bumped whenever the same options would produce different data.
    public static let generatorVersion = "2"

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Writes a fresh database at `path` (fails if the file exists). Writes to `path + ".tmp"` then
    /// renames, so a crash never leaves a half-built demo at `path`.
    public func generate(to path: String) throws -> Report {
        let started = monotonicNanoseconds()
        guard options.scale.isFinite, options.scale > 0, options.scale <= 100 else {
            throw GenerationError.invalidScale(options.scale)
        }
        guard !fileExists(path) else { throw GenerationError.destinationExists(path) }
        let temporary = path + ".tmp"
        // A leftover from a crashed run is garbage by definition; the journal is off, so there is no
        // side file to clean.
        if fileExists(temporary) && unlink(temporary) != 0 {
            throw GenerationError.fileSystem(operation: "remove", path: temporary, errno: errno)
        }
        let rowCounts: [String: Int]
        do {
            rowCounts = try build(at: temporary)
            try publish(temporary, as: path)
        } catch {
            unlink(temporary)
            throw error
        }
        let seconds = Double(monotonicNanoseconds() - started) / 1e9
        return Report(rowCounts: rowCounts, seconds: seconds)
    }

    /// Runs the whole build on its own connection; the connection (and its statements) are gone when
    /// this returns, so the file is closed before it is published.
    private func build(at path: String) throws -> [String: Int] {
        let connection = try Connection(path: path, mode: .readWrite(create: true))
        // The file is private until renamed and a failed build is thrown away, so durability and
        // rollback buy nothing here: no journal, no syncs, one exclusive lock.
        try connection.execute("""
            PRAGMA page_size = 4096;
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA locking_mode = EXCLUSIVE;
            PRAGMA temp_store = MEMORY;
            PRAGMA cache_size = -65536;
            PRAGMA user_version = \(DemoGenerator.generatorVersion);
            """)
        let build = DemoBuild(connection: connection, seed: options.seed, scale: options.scale)
        try connection.transaction {
            try build.createSchema()
            try build.insertAll()
            for sql in DemoSchema.indexes { try connection.execute(sql) }
            for sql in DemoSchema.rollups { try connection.execute(sql) }
        }
        try connection.execute("ANALYZE")
        return build.rowCounts
    }

    /// Flushes the finished file to disk and moves it into place without ever replacing an existing
    /// file: `link` fails if `path` appeared meanwhile, `rename` is the fallback for file systems
    /// without hard links.
    private func publish(_ temporary: String, as path: String) throws {
        let descriptor = open(temporary, O_RDONLY)
        guard descriptor >= 0 else { throw GenerationError.fileSystem(operation: "open", path: temporary, errno: errno) }
        let synced = fsync(descriptor)
        let syncError = errno
        close(descriptor)
        guard synced == 0 else { throw GenerationError.fileSystem(operation: "fsync", path: temporary, errno: syncError) }

        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        let linkError = errno
        if linkError == EEXIST { throw GenerationError.destinationExists(path) }
        guard !fileExists(path) else { throw GenerationError.destinationExists(path) }
        guard rename(temporary, path) == 0 else {
            throw GenerationError.fileSystem(operation: "rename", path: temporary, errno: errno)
        }
    }

    private func fileExists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}
