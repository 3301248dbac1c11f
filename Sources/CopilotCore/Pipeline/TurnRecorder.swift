import Foundation
import Metrics

/// The last stage: stores the turn in its session (durable when this returns), numbers it, and
/// counts it in the metrics.
public struct TurnRecorder: Sendable {
    public let store: any ConversationStore

    public init(store: any ConversationStore) {
        self.store = store
    }

    /// Stores `turn` as the next turn of `sessionID` and returns its final reply.
    func record(_ turn: Turn, message: String, sessionID: String, started: UInt64) async throws -> ChatReply {
        var reply = turn.reply
        let persistStart = monotonicNanoseconds()
        let record = TurnRecord(turn: 0, message: message, kind: reply.kind.rawValue, planner: reply.planner, plan: turn.plan,
                                sql: reply.sql, answer: reply.text, resultPreview: reply.result, timings: reply.timingsMS,
                                error: reply.kind == .error ? reply.text : nil, createdAt: Date(), usage: reply.usage)
        reply.turn = try await store.appendTurn(sessionID: sessionID, record)
        reply.sessionID = sessionID
        reply.timingsMS.persist = milliseconds(since: persistStart)
        reply.timingsMS.total = milliseconds(since: started)
        let failed = reply.kind == .error || reply.kind == .refusal
        Counter(label: "copilot_turns_total", dimensions: [("kind", reply.kind.rawValue), ("planner", reply.planner),
                                                         ("outcome", failed ? "failed" : "ok")]).increment()
        Timer(label: "copilot_turn_duration_seconds", dimensions: [("planner", reply.planner)])
            .recordNanoseconds(Int64(reply.timingsMS.total * 1e6))
        return reply
    }
}
