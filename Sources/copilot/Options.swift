import ArgumentParser
import CopilotCore
import CopilotLLM
import CopilotPostgres
import Foundation
import RetailCopilot

/// Options shared by every command that reads a reporting database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "Reporting database: a SQLite file path or a postgres:// URL. Default: the embedded demo database in the data directory.")
    var db: String?

    @Option(name: .customLong("data-dir"), help: "Where the copilot keeps its files (default: $COPILOT_DATA_DIR, else ~/.local/share/retail-copilot).")
    var dataDir: String?

    @Option(name: .customLong("time-limit"), help: "Seconds a reporting query may run before it is stopped (default 2).")
    var timeLimit: Double?

    var dataDirectory: DataDirectory { DataDirectory(explicit: dataDir) }

    func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit <= 600) { throw ValidationError("--time-limit must be between 0 and 600 seconds") }
    }

    /// Opens the reporting database, printing one-line notices to standard error.
    func openDatabase() async throws -> any ReportingDatabase {
        try await ReportingDatabases.open(db, dataDirectory: dataDirectory, timeLimit: timeLimit, notice: { Console.note($0) })
    }
}

/// Options for commands that answer questions (the engine).
struct EngineOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Semantic model YAML file. Default: the shipped demo model for a demo database, a drafted model otherwise.")
    var model: String?

    @Option(name: .long, help: "Reference date for relative periods (YYYY-MM-DD). Default: the data's as-of date.")
    var today: String?

    @Option(name: .long, help: "Where conversations, API keys and the action audit log live: a postgres:// URL that several instances share. Default: state.db in the data directory.")
    var state: String?

    @Option(name: .long, help: "Planner: offline, llm or hybrid. Default: hybrid when an LLM endpoint is configured, else offline.")
    var planner: PlannerMode?

    @Option(name: .customLong("llm-base-url"), help: "OpenAI-compatible API base, e.g. http://127.0.0.1:11434/v1 (or $COPILOT_LLM_BASE_URL; key: $COPILOT_LLM_API_KEY).")
    var llmBaseURL: String?

    @Option(name: .customLong("llm-model"), help: "Model name sent to the endpoint (or $COPILOT_LLM_MODEL).")
    var llmModel: String?

    @Option(name: .customLong("llm-timeout"), help: "Seconds per LLM request; a turn may take twice that (default 30).")
    var llmTimeout: Double?

    @Flag(name: .customLong("no-rollups"), help: "Ignore the semantic model's daily rollup tables and read the base tables (for comparisons).")
    var noRollups = false

    @Option(name: .long, help: "Agent registry YAML for actions (or $COPILOT_AGENTS). Default: the shipped agents/demo.yaml.")
    var agents: String?

    @Option(name: .long, help: "A folder of the shop's own markdown documents (policies, definitions) to answer from. Default: the shipped documents for the demo database, none for another database.")
    var knowledge: String?

    @Option(name: .customLong("action-expiry"), help: "Seconds a proposed action can be confirmed (default 600).")
    var actionExpiry: Double?

    func validate() throws {
        if let today, CalendarDate(iso: today) == nil { throw ValidationError("--today must be a date like 2025-12-31") }
        if let llmTimeout, llmTimeout <= 0 { throw ValidationError("--llm-timeout must be a positive number of seconds") }
        if let actionExpiry, actionExpiry <= 0 { throw ValidationError("--action-expiry must be a positive number of seconds") }
        if let state, !PostgresURL.matches(state) { throw ValidationError("--state takes a postgres:// or postgresql:// URL") }
        var isDirectory: ObjCBool = false
        if let knowledge, !(FileManager.default.fileExists(atPath: knowledge, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw ValidationError("--knowledge takes a folder of markdown documents; there is none at \(knowledge)")
        }
    }

    /// `COPILOT_LLM_*` from the environment, overridden by the flags.
    var llm: LLMConfiguration {
        var settings = LLMConfiguration.fromEnvironment()
        settings.mode = planner ?? settings.mode
        settings.baseURL = llmBaseURL ?? settings.baseURL
        settings.model = llmModel ?? settings.model
        settings.timeout = llmTimeout ?? settings.timeout
        return settings
    }

    var configuration: CopilotConfiguration {
        var configuration = CopilotConfiguration(database: database.db, dataDirectory: database.dataDirectory, modelPath: model,
                                                 today: today.flatMap { CalendarDate(iso: $0) }, llm: llm, state: state)
        configuration.usesRollups = !noRollups
        configuration.queryTimeLimit = database.timeLimit
        configuration.knowledgeDirectory = knowledge
        configuration.agentsPath = agents
        if let actionExpiry { configuration.actionExpiry = actionExpiry }
        return configuration
    }

    func makeEngine() async throws -> CopilotEngine {
        try await makeServices().engine
    }

    func makeServices() async throws -> CopilotServices {
        try await CopilotEnvironment.makeServices(configuration, notice: { Console.note($0) })
    }
}

extension PlannerMode: ExpressibleByArgument {}

/// Reads a text argument, taking `-` to mean standard input.
func readArgument(_ value: String) -> String {
    guard value == "-" else { return value }
    var lines: [String] = []
    while let line = readLine(strippingNewline: false) { lines.append(line) }
    return lines.joined().trimmingCharacters(in: .whitespacesAndNewlines)
}
