/// Who is making a request.
public struct Caller: Sendable, Equatable {
    /// Stable id used as the owner of sessions (the key id, or `local`).
    public var id: String
    public var name: String
    public var role: Role

    public init(id: String, name: String, role: Role) {
        self.id = id
        self.name = name
        self.role = role
    }

    /// The single user of a loopback-only service with no keys configured.
    public static let local = Caller(id: "local", name: "local user", role: .admin)

    public func may(_ needed: Role) -> Bool { role >= needed }
}
