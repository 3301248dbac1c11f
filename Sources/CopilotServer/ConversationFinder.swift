import CopilotCore
import Foundation

/// Finds the copilot session an OpenAI-style request continues. Chat clients resend the whole
/// `messages` array each turn and know nothing of sessions, so the conversation is found again, in
/// this order:
///
/// 1. a session id the client sends back (`X-Copilot-Session-Id` header or `session_id` in the
///    body): used as given; the session gate refuses one that is not the caller's (404);
/// 2. the session marker in the latest earlier assistant message that has one: every reply ends
///    with an invisible Markdown line naming its session (``SessionMarker``), and clients resend
///    assistant messages verbatim;
/// 3. the caller's recent sessions whose last questions are the earlier user messages, in order
///    (clients that rewrite or drop assistant messages);
/// 4. otherwise a new session.
///
/// Steps 2 and 3 only ever find the caller's own sessions; a marker naming anyone else's session
/// is ignored like a missing one, so markers cannot be used to probe ids. Earlier messages are never
/// replayed: that could repeat an action.
struct ConversationFinder: Sendable {
    let store: any ConversationStore
    /// Recent sessions compared in step 3.
    var candidates = 20

    func sessionID(explicit: String?, earlier: [ChatCompletionRequest.Message], caller: Caller) async throws -> String? {
        if let explicit = explicit?.trimmingCharacters(in: .whitespaces), !explicit.isEmpty { return explicit }
        for message in earlier.reversed() where message.role == "assistant" {
            guard let id = message.text.flatMap(SessionMarker.find) else { continue }
            if let session = try await store.session(id: id), session.owner == caller.id || caller.role == .admin { return session.id }
            break
        }
        let asked = earlier.filter { $0.role == "user" }.compactMap { $0.text?.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard !asked.isEmpty else { return nil }
        let tail = Array(asked.suffix(candidates))
        for session in try await store.sessions(owner: caller.id, limit: candidates) where session.turnCount >= tail.count {
            let turns = try await store.recentTurns(sessionID: session.id, limit: tail.count)
            if turns.map(\.message) == tail { return session.id }
        }
        return nil
    }
}

/// The line that ends every OpenAI-compatible reply: `[//]: # (copilot-session ID)`, a Markdown
/// link reference definition, which renderers show as nothing (so chat UIs hide it) while clients
/// keep and resend it with the assistant's message.
enum SessionMarker {
    static let prefix = "[//]: # (copilot-session "

    static func line(_ sessionID: String) -> String {
        prefix + sessionID + ")"
    }

    /// The session id in the last marker of `text`, if well-formed.
    static func find(in text: String) -> String? {
        guard let start = text.range(of: prefix, options: .backwards) else { return nil }
        let id = text[start.upperBound...].prefix { $0 != ")" }
        guard (1...64).contains(id.count), id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
              text[start.upperBound...].dropFirst(id.count).first == ")" else { return nil }
        return String(id)
    }
}
