import CopilotCore
import Foundation

/// An API key as listed (never with its secret).
public struct APIKeyRecord: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var role: Role
    public var createdAt: Date
    public var revokedAt: Date?
    /// The first characters of the secret, to tell keys apart in listings.
    public var prefix: String

    public init(id: String, name: String, role: Role, createdAt: Date, revokedAt: Date? = nil, prefix: String) {
        self.id = id
        self.name = name
        self.role = role
        self.createdAt = createdAt
        self.revokedAt = revokedAt
        self.prefix = prefix
    }

    enum CodingKeys: String, CodingKey {
        case id, name, role, prefix
        case createdAt = "created_at"
        case revokedAt = "revoked_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
                  role: try container.decode(Role.self, forKey: .role), createdAt: try container.decode(timestampFor: .createdAt),
                  revokedAt: try container.decodeIfPresent(timestampFor: .revokedAt), prefix: try container.decode(String.self, forKey: .prefix))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(role, forKey: .role)
        try container.encode(timestamp: createdAt, forKey: .createdAt)
        try container.encodeIfPresent(timestamp: revokedAt, forKey: .revokedAt)
        try container.encode(prefix, forKey: .prefix)
    }
}
