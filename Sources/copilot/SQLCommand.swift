import ArgumentParser
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
            runner = GuardedSQLRunner(database: try database.openDatabase())
        } catch {
            try report(SQLResponse(error: .init(reason: "unavailable", message: "\(error)")))
            throw ExitCode(1)
        }
        do {
            let run = try await runner.run(text)
            if json {
                try Console.printJSON(SQLResponse(result: run.result, sql: run.query.sql))
            } else {
                print(TextTable().render(run.result))
                let rows = run.result.rowCount == 1 ? "1 row" : "\(run.result.rowCount) rows"
                Console.note("\(rows)\(run.result.truncated ? " (truncated)" : "") in \(String(format: "%.1f", run.executeMicroseconds / 1000)) ms")
            }
        } catch let refusal as SQLGuardError {
            try report(SQLResponse(error: .init(reason: refusal.reason.rawValue, message: refusal.message)))
            throw ExitCode(3)
        } catch {
            try report(SQLResponse(error: .init(reason: "sql_error", message: "\(error)")))
            throw ExitCode(1)
        }
    }

    private func report(_ response: SQLResponse) throws {
        if json {
            try Console.printJSON(response)
        } else if let error = response.error {
            Console.note("Refused (\(error.reason)): \(error.message)")
        }
    }
}

/// The `copilot sql --json` (and `POST /v1/sql`) response shape.
struct SQLResponse: Encodable {
    struct Failure: Encodable {
        var reason: String
        var message: String
    }

    var ok: Bool
    var result: QueryResult?
    var sql: String?
    var error: Failure?

    init(result: QueryResult, sql: String) {
        ok = true
        self.result = result
        self.sql = sql
    }

    init(error: Failure) {
        ok = false
        self.error = error
    }
}
