/// An action request read from a message, before validation.
public struct ActionIntent: Sendable, Equatable {
    public var name: String
    public var arguments: [String: JSONValue]
    /// Required parameters the message did not give (the reply asks for them).
    public var missing: [String]
    /// Things named instead of given by id (`customer`: "Maria Lopez", `product`: "Nexora Action
    /// Camera 4K"), resolved to ids with a guarded read before validation.
    public var references: [String: String]

    public init(name: String, arguments: [String: JSONValue], missing: [String] = [], references: [String: String] = [:]) {
        self.name = name
        self.arguments = arguments
        self.missing = missing
        self.references = references
    }
}
