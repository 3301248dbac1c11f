import CopilotActions
import CopilotCore
import Foundation

/// How long the state database keeps what users leave behind, as the data-and-privacy policy in the
/// knowledge base promises: conversations 90 days after their last turn, the action audit log 2 years.
public struct RetentionPolicy: Sendable, Equatable {
    /// Days a session is kept after its last update; nil keeps sessions forever.
    public var sessionDays: Int?
    /// Days an action stays in the audit log after it was proposed; nil keeps it forever.
    public var auditDays: Int?

    public init(sessionDays: Int? = 90, auditDays: Int? = 730) {
        self.sessionDays = sessionDays
        self.auditDays = auditDays
    }

    /// Nothing is ever deleted.
    public static let keepEverything = RetentionPolicy(sessionDays: nil, auditDays: nil)

    /// What one pass deleted.
    public struct Report: Sendable, Equatable {
        public var sessions: Int
        public var actions: Int
    }

    /// Deletes what is past its time at `now` from the conversation store and the audit log.
    public func apply(conversations: any ConversationStore, actions: (any ActionStore)?, now: Date = Date()) async throws -> Report {
        var report = Report(sessions: 0, actions: 0)
        if let days = sessionDays {
            report.sessions = try await conversations.prune(notUpdatedSince: Self.cutoff(days, before: now))
        }
        if let days = auditDays, let actions {
            report.actions = try await actions.prune(proposedBefore: Self.cutoff(days, before: now))
        }
        return report
    }

    private static func cutoff(_ days: Int, before now: Date) -> Date {
        now.addingTimeInterval(-Double(days) * 86_400)
    }
}
