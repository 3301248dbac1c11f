import CopilotCore
import Foundation
import RetailCopilot

/// The REPL's state and commands: the current session, the last reply, slash commands.
final class ChatSession {
    let services: CopilotServices
    var engine: CopilotEngine { services.engine }
    var sessionID: String?
    let json: Bool
    private var lastReply: ChatReply?
    private let terminal = Terminal()
    private let editor: LineEditor
    private let renderer: ReplyRenderer

    init(services: CopilotServices, sessionID: String?, dataDirectory: DataDirectory, json: Bool) {
        self.services = services
        self.sessionID = sessionID
        self.json = json
        try? dataDirectory.ensureExists()
        editor = LineEditor(terminal: terminal, historyPath: dataDirectory.url.appendingPathComponent("chat_history").path)
        renderer = ReplyRenderer(color: ReplyRenderer.wantsColor(), showSQL: false)
    }

    /// Non-interactive: one message per line, plain answers (or JSON lines).
    func runBatch() async throws {
        while let line = readLine(strippingNewline: true) {
            let message = line.trimmingCharacters(in: .whitespaces)
            guard !message.isEmpty else { continue }
            if message.hasPrefix("/") {
                if await !command(message) { return }
                continue
            }
            await ask(message)
        }
    }

    func runInteractive() async {
        while true {
            switch editor.readLine(prompt: renderer.color ? "\u{1B}[1;32mcopilot›\u{1B}[0m " : "copilot› ") {
            case .endOfInput:
                return
            case .interrupted:
                continue
            case .line(let line):
                let message = line.trimmingCharacters(in: .whitespaces)
                guard !message.isEmpty else { continue }
                editor.remember(message)
                if message.hasPrefix("/") {
                    if await !command(message) { return }
                } else {
                    await askCancellably(message)
                }
            }
        }
    }

    /// Runs a turn that Ctrl-C cancels (the cancelled turn is not stored).
    private func askCancellably(_ message: String) async {
        let engine = self.engine, session = sessionID
        do {
            show(try await Self.cancellableByCtrlC { try await engine.ask(message, sessionID: session, caller: .local) })
        } catch is CancellationError {
            print("(cancelled)")
        } catch {
            print("Error: \(error)")
        }
    }

    /// Runs `work` in a task that Ctrl-C cancels instead of ending the program. The cancellation
    /// reaches the running query (`sqlite3_interrupt` on SQLite, a cancel request on PostgreSQL),
    /// so the prompt is back as soon as the query has stopped. Throws `CancellationError` when
    /// Ctrl-C was pressed.
    static func cancellableByCtrlC<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await work() }
        // While the line editor reads, the terminal is raw and Ctrl-C is a key; while work runs it
        // is a signal, delivered here rather than to the default handler that would end the REPL.
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue.global())
        signal(SIGINT, SIG_IGN)
        source.setEventHandler { task.cancel() }
        source.resume()
        defer {
            source.cancel()
            signal(SIGINT, SIG_DFL)
        }
        let value = try await task.value
        // Work that swallows the cancellation (a guarded `/run` reports errors as values) still
        // counts as cancelled.
        if task.isCancelled { throw CancellationError() }
        return value
    }

    private func ask(_ message: String) async {
        do {
            show(try await engine.ask(message, sessionID: sessionID, caller: .local))
        } catch {
            print("Error: \(error)")
        }
    }

    private func show(_ reply: ChatReply) {
        sessionID = reply.sessionID
        lastReply = reply
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(reply) { print(String(decoding: data, as: UTF8.self)) }
        } else {
            print(renderer.render(reply))
            print()
        }
        fflush(nil)
    }

    /// Handles a slash command; returns false to quit.
    private func command(_ line: String) async -> Bool {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch parts[0].lowercased() {
        case "/quit", "/exit", "/q":
            return false
        case "/help":
            print(Self.help)
        case "/sql":
            print(lastReply?.sql ?? "No SQL yet: ask a question first.")
        case "/why":
            if let plan = lastReply?.plan {
                print(PlanExplainer(model: engine.model).explain(plan, asOf: engine.asOf, asOfSource: engine.asOfSource))
            } else {
                print(lastReply == nil ? "Ask a question first." : "The last reply was not planned from data (\(lastReply!.kind.rawValue)).")
            }
        case "/run":
            guard !argument.isEmpty else { print("Usage: /run SELECT …"); break }
            let runner = engine.runner
            guard let response = try? await Self.cancellableByCtrlC({ await SQLRunResponse.run(argument, with: runner, origin: "repl") }) else {
                print("(cancelled)")
                break
            }
            if let result = response.result {
                print(TextTable().render(result))
                lastReply = ChatReply(sessionID: sessionID ?? "", turn: 0, kind: .answer, text: "", sql: response.sql, result: result, planner: "sql")
            } else if let error = response.error {
                print("Refused (\(error.reason)): \(error.message)")
            }
        case "/kb":
            guard !argument.isEmpty else { print("Usage: /kb QUERY"); break }
            let hits = (try? await services.knowledge.search(argument, limit: 5)) ?? []
            if hits.isEmpty { print("Nothing in the knowledge base matches.") }
            for (rank, hit) in hits.enumerated() { print("\(rank + 1). \(hit.headingPath) [\(hit.source)]\n   \(hit.snippet)") }
        case "/new":
            sessionID = nil
            lastReply = nil
            print("New conversation.")
        case "/sessions":
            let sessions = (try? await engine.store.sessions(owner: "local", limit: 20)) ?? []
            if sessions.isEmpty { print("No sessions yet.") }
            for session in sessions {
                print("\(session.id)  \(Timestamp.iso8601(session.updatedAt).prefix(16))  \(session.turnCount) turns  \(session.title.prefix(60))")
            }
        case "/open":
            guard let session = try? await engine.store.session(id: argument), session.owner == "local" else {
                print("No session \(argument)."); break
            }
            sessionID = session.id
            print("Continuing “\(session.title)” (\(session.turnCount) turns).")
        case "/history":
            guard let sessionID, let turns = try? await engine.store.turns(sessionID: sessionID), !turns.isEmpty else {
                print("No turns in this conversation yet."); break
            }
            for turn in turns { print("\(turn.turn). \(turn.message)\n   → \(turn.answer.prefix(120))") }
        case "/export":
            export(argument)
        case "/confirm", "/cancel":
            await decide(confirm: parts[0].lowercased() == "/confirm", id: argument)
        default:
            print("Unknown command \(parts[0]). /help lists the commands.")
        }
        fflush(nil)
        return true
    }

    /// `/confirm [ID]`, `/cancel [ID]`: the given action, else this conversation's pending proposal.
    private func decide(confirm: Bool, id: String) async {
        var target = id.isEmpty ? nil : id
        if target == nil, let sessionID, let pending = try? await services.actions?.store.latestProposed(sessionID: sessionID) {
            target = pending.id
        }
        guard let target else { print("No action is waiting for confirmation."); return }
        do {
            show(confirm ? try await engine.confirmAction(id: target, caller: .local) : try await engine.cancelAction(id: target, caller: .local))
        } catch {
            print("Could not \(confirm ? "confirm" : "cancel") the action: \(error)")
        }
    }

    private func export(_ argument: String) {
        let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["csv", "json"].contains(parts[0].lowercased()) else { print("Usage: /export csv|json PATH"); return }
        guard let result = lastReply?.result else { print("No result to export yet."); return }
        let text: String
        if parts[0].lowercased() == "csv" {
            func field(_ value: DatabaseValue) -> String {
                let raw = value.isNull ? "" : value.description
                return raw.contains(",") || raw.contains("\"") || raw.contains("\n") ? "\"" + raw.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : raw
            }
            text = ([result.columns.joined(separator: ",")] + result.rows.map { $0.map(field).joined(separator: ",") }).joined(separator: "\n") + "\n"
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            text = (try? encoder.encode(result)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
        do {
            try text.write(toFile: parts[1], atomically: true, encoding: .utf8)
            print("Wrote \(result.rowCount) rows to \(parts[1]).")
        } catch {
            print("Could not write \(parts[1]): \(error.localizedDescription)")
        }
    }

    static let help = """
        Ask in plain words: “revenue last month”, “and last year?”, “only Europe”, “top 3 instead”.
        /sql              the SQL of the last answer
        /why              how the last question was read
        /run SQL          run a read-only SQL query through the guard
        /kb QUERY         search the knowledge base
        /new              start a new conversation
        /sessions         list conversations;  /open ID  continue one;  /history  this conversation
        /export csv|json PATH   save the last result
        /confirm, /cancel carry out or drop the proposed action (or /confirm ID)
        /quit             leave (or Ctrl-D). Ctrl-C cancels a running question or /run.
        """
}
