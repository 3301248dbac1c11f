/// The state databases this process has open: one ``StateDatabase`` — one SQLite queue or one
/// PostgreSQL pool — per location, however many stores and entry points ask for it. A database
/// is held only while something uses it, so one that every store has let go of is closed.
public actor OpenStateDatabases {
    /// The process's registry.
    public static let shared = OpenStateDatabases()

    private enum Entry {
        case opening(Task<StateDatabase, any Error>)
        case open(WeakDatabase)
    }

    private struct WeakDatabase {
        weak var database: StateDatabase?
    }

    private var entries: [StateLocation: Entry] = [:]

    /// A registry of its own (``shared`` is the process's).
    public init() {}

    /// The open database at `location`, opened (and migrated) on first use. Callers asking while it
    /// is being opened wait for that one opening.
    public func database(at location: StateLocation) async throws -> StateDatabase {
        switch entries[location] {
        case .open(let weak)?:
            if let database = weak.database { return database }
        case .opening(let task)?:
            return try await task.value
        case nil:
            break
        }
        let task = Task { try await StateDatabase.open(location) }
        entries[location] = .opening(task)
        do {
            let database = try await task.value
            entries[location] = .open(WeakDatabase(database: database))
            return database
        } catch {
            entries[location] = nil
            throw error
        }
    }
}
