import CopilotActions
import CopilotCore
import CopilotState
import Foundation
import Logging
import RetailCopilot
import ServiceLifecycle

/// Applies the ``RetentionPolicy`` when the server starts and then every `interval` while it runs,
/// so a long-running server keeps its promise without a cron job. A failed pass is logged and retried
/// at the next interval; it never stops the server.
public struct RetentionService: Service {
    public let policy: RetentionPolicy
    public let conversations: any ConversationStore
    public let actions: (any ActionStore)?
    public let interval: Duration
    let logger: Logger

    public init(policy: RetentionPolicy, conversations: any ConversationStore, actions: (any ActionStore)?,
                interval: Duration = .seconds(6 * 3_600), logger: Logger = Logger(label: "copilot.retention")) {
        self.policy = policy
        self.conversations = conversations
        self.actions = actions
        self.interval = interval
        self.logger = logger
    }

    /// One pass; errors are logged, not thrown.
    @discardableResult
    public func runOnce(now: Date = Date()) async -> RetentionPolicy.Report? {
        do {
            let report = try await policy.apply(conversations: conversations, actions: actions, now: now)
            if report.sessions > 0 || report.actions > 0 {
                logger.info("retention pass", metadata: ["sessions_deleted": "\(report.sessions)", "actions_deleted": "\(report.actions)"])
            }
            return report
        } catch {
            logger.error("retention pass failed", metadata: ["error": "\(error)"])
            return nil
        }
    }

    public func run() async throws {
        guard policy != .keepEverything else { return }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await runOnce()
                do { try await Task.sleep(for: interval) } catch { return }
            }
        }
    }
}
