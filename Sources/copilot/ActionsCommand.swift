import ArgumentParser
import CopilotActions
import CopilotCore
import Foundation
import RetailCopilot

/// `copilot actions`: the audit log of proposed and executed actions.
struct ActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Read the audit log of actions (who proposed, who confirmed, arguments, agent answers, timings).",
        subcommands: [List.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List actions, newest first.")

        @Option(name: .customLong("data-dir"), help: "Where the copilot keeps its files (default: $COPILOT_DATA_DIR, else ~/.local/share/retail-copilot).")
        var dataDir: String?

        @Option(name: .long, help: "The shared state database (postgres:// URL) when instances use one. Default: state.db in the data directory.")
        var state: String?

        @Option(name: .long, help: "Most actions to print.")
        var limit: Int = 50

        @Flag(name: .long, help: "Print as JSON (each action with its history).")
        var json = false

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be positive") }
        }

        func run() async throws {
            let store = try await CopilotEnvironment.actionStore(CopilotConfiguration(dataDirectory: DataDirectory(explicit: dataDir), state: state))
            let actions = try await store.actions(owner: nil, limit: limit)
            if json {
                struct Entry: Encodable { var action: ActionRecord; var events: [ActionEvent] }
                var entries: [Entry] = []
                for action in actions { entries.append(Entry(action: action, events: try await store.events(actionID: action.id))) }
                return try Console.printJSON(["actions": entries])
            }
            if actions.isEmpty { print("No actions yet.") }
            for action in actions {
                let arguments = action.arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.stringValue ?? $0.value.jsonText)" }
                print("\(action.id)  \(Timestamp.iso8601(action.proposedAt).prefix(19))  \(action.status.rawValue)  \(action.name)(\(arguments.joined(separator: ", ")))  via \(action.agent)")
                var details = ["proposed by \(action.proposedBy)"]
                if let by = action.confirmedBy { details.append("confirmed by \(by)") }
                if let by = action.cancelledBy { details.append("cancelled by \(by)") }
                if let status = action.responseStatus { details.append("HTTP \(status)") }
                if let duration = action.durationMS { details.append(String(format: "%.0f ms", duration)) }
                if let receipt = action.receipt?["receipt_id"]?.stringValue { details.append("receipt \(receipt)") }
                if let error = action.error { details.append("error: \(error)") }
                print("    " + details.joined(separator: " · "))
            }
        }
    }
}
