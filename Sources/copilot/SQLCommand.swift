import ArgumentParser
import CopilotCore
import Foundation
import RetailCopilot

/// `copilot sql`: run one SQL statement through the guard on the read-only reporting database.
struct SQLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run a read-only SQL query through the SQL guard.",
        discussion: "Exit status: 0 when the query ran, 3 when the guard refused or stopped it, 1 on other errors."
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    @Argument(help: "The SQL statement, or - to read it from standard input.")
    var sql: String

    func run() async throws {
        let text = readArgument(sql)
        let runner: GuardedSQLRunner
        do {
            runner = GuardedSQLRunner(database: try await database.openDatabase())
        } catch {
            try report(SQLRunResponse(error: .init(reason: "unavailable", message: "\(error)")))
            throw ExitCode(1)
        }
        let response = await SQLRunResponse.run(text, with: runner, origin: "cli")
        guard let result = response.result else {
            try report(response)
            throw ExitCode(response.refused ? 3 : 1)
        }
        if json {
            try Console.printJSON(response)
        } else {
            print(TextTable().render(result))
            Console.note(result.rowCount == 1 ? "1 row" : "\(result.rowCount) rows" + (result.truncated ? " (truncated)" : ""))
        }
    }

    private func report(_ response: SQLRunResponse) throws {
        if json {
            try Console.printJSON(response)
        } else if let error = response.error {
            Console.note("Refused (\(error.reason)): \(error.message)")
        }
    }
}
