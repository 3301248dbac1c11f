/// What a caller may do. Each role includes the ones below it.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// Chat.
    case viewer
    /// + raw SQL through the guard.
    case analyst
    /// + confirm actions.
    case `operator`
    /// + manage keys, see every session.
    case admin

    private var rank: Int { Role.allCases.firstIndex(of: self)! }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
