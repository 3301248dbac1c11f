/// Where a state database is.
public enum StateLocation: Hashable, Sendable {
    /// A SQLite file (created when missing).
    case sqlite(path: String)
    /// A PostgreSQL database (`postgres://…`).
    case postgres(url: String)
}
