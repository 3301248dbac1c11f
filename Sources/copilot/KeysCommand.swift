import ArgumentParser
import CopilotCore
import CopilotState
import Foundation
import RetailCopilot

/// `copilot keys`: API keys for the HTTP service.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create, list and revoke API keys (only a hash is stored; the key is shown once).",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Location: ParsableArguments {
        @Option(name: .customLong("data-dir"), help: "Where the copilot keeps its files (default: $COPILOT_DATA_DIR, else ~/.local/share/retail-copilot).")
        var dataDir: String?

        @Option(name: .long, help: "Keep keys in this PostgreSQL state database (postgres:// URL), as `serve --state` does.")
        var state: String?

        func store() async throws -> any APIKeyStorage {
            try await CopilotEnvironment.keyStore(CopilotConfiguration(dataDirectory: DataDirectory(explicit: dataDir), state: state))
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a key and print it once.")
        @OptionGroup var location: Location
        @Option(name: .long, help: "A name for the key (unique).")
        var name: String
        @Option(name: .long, help: "viewer (chat), analyst (+ SQL), operator (+ confirm actions) or admin (+ keys, all sessions).")
        var role: String = "viewer"
        @Flag(name: .long, help: "Print the key and its record as JSON.")
        var json = false

        func run() async throws {
            guard let role = Role(rawValue: role) else { throw ValidationError("--role must be viewer, analyst, operator or admin") }
            let (record, secret) = try await location.store().create(name: name, role: role)
            if json {
                struct Created: Encodable { var key: String; var record: APIKeyRecord }
                try Console.printJSON(Created(key: secret, record: record))
            } else {
                print(secret)
                Console.note("Created \(record.role.rawValue) key “\(record.name)” (\(record.id)). Store it now: it is not shown again.")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List keys (never their secrets).")
        @OptionGroup var location: Location
        @Flag(name: .long, help: "Print as JSON.")
        var json = false

        func run() async throws {
            let keys = try await location.store().list()
            if json { return try Console.printJSON(keys) }
            if keys.isEmpty { print("No API keys.") }
            for key in keys {
                print("\(key.id)  \(key.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(key.role.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(key.prefix)…  \(key.revokedAt.map { "revoked \(Timestamp.iso8601($0))" } ?? "active")")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by id or name; it is refused from the next request on.")
        @OptionGroup var location: Location
        @Flag(name: .long, help: "Print the outcome as JSON.")
        var json = false
        @Argument(help: "The key's id or name.")
        var key: String

        func run() async throws {
            let revoked = try await location.store().revoke(key)
            if json { try Console.printJSON(["revoked": revoked]) } else { print(revoked ? "Revoked \(key)." : "No active key \(key).") }
            if !revoked { throw ExitCode(1) }
        }
    }
}
