import CopilotCore

/// A knowledge base that cannot be opened or filled.
public struct KnowledgeError: CopilotError, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        /// `--knowledge` names something that is not a folder.
        case folderMissing = "knowledge_folder_missing"
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, message: String) {
        self.reason = reason
        self.message = message
    }

    public var code: String { reason.rawValue }
    public var userMessage: String { message }
    public var description: String { message }
}
