/// Why a conversation cannot be continued: it does not exist, or it is not the caller's (told apart
/// only in the logs, so nobody can probe for other people's session ids).
public struct ConversationError: CopilotError, Equatable {
    public enum Reason: String, Sendable {
        case unknownSession = "unknown_session"
    }

    public let reason: Reason
    /// The session asked for (shortened: it is user input).
    public let sessionID: String

    public static func unknownSession(_ id: String) -> ConversationError {
        ConversationError(reason: .unknownSession, sessionID: String(id.prefix(40)))
    }

    public var code: String { reason.rawValue }
    public var userMessage: String { "There is no session \(sessionID)." }
}

extension ConversationError: CustomStringConvertible {
    public var description: String { userMessage }
}
