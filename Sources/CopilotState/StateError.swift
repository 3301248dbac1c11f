/// What can go wrong in the state layer itself (the drivers' own errors pass through unchanged).
public enum StateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A store read a column its statement did not select: a bug, never data.
    case missingColumn(String)
    /// A stored value is not of the column's kind (a hand-edited row, a foreign tool).
    case unexpectedValue(column: String, found: String)
    /// The database was migrated by a newer release than this one; writing to it could corrupt it.
    case newerSchema(found: Int, known: Int)

    public var description: String {
        switch self {
        case .missingColumn(let column): "the state query did not select column \(column)"
        case .unexpectedValue(let column, let found): "unexpected value in state column \(column): \(found.prefix(80))"
        case .newerSchema(let found, let known):
            "the state database is at schema version \(found), newer than this copilot knows (\(known)); upgrade the copilot"
        }
    }
}
