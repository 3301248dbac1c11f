import CopilotActions
import CopilotCore
import CopilotKnowledge
import CopilotLLM
import CopilotPostgres
import CopilotResources
import CopilotState
import Foundation
import Yams

/// Settings every entry point shares (CLI flags, environment).
public struct CopilotConfiguration: Sendable {
    /// Reporting database location; nil for the embedded demo.
    public var database: String?
    public var dataDirectory: DataDirectory
    /// A semantic model file; nil to use the shipped demo model for a demo database and a drafted
    /// model otherwise.
    public var modelPath: String?
    /// Overrides the reference date for relative periods.
    public var today: CalendarDate?
    public var resources: ResourceLibrary
    /// Planner mode and language-model endpoint (default: offline, no endpoint).
    public var llm: LLMConfiguration
    /// Whether the compiler may read the model's rollup tables (present in the database) instead of
    /// the base tables. Off only to compare the two.
    public var usesRollups = true
    /// An agent registry file (`--agents`); nil for `COPILOT_AGENTS`, else the shipped `agents/demo.yaml`.
    public var agentsPath: String?
    /// Seconds a proposed action can be confirmed.
    public var actionExpiry: Double = 600
    /// Where conversations, API keys and the action audit log live: a `postgres://` URL shared by
    /// several instances, or nil for `state.db` in the data directory.
    public var state: String?
    /// Seconds a reporting query may run (nil: the policy's default, 2 s).
    public var queryTimeLimit: Double?
    /// Reporting queries that may run at once across all callers (SQLite opens 4 readers).
    public var queryConcurrency = 4
    /// A folder of the shop's own markdown documents (`--knowledge`). Without it the shipped
    /// documents answer for the demo database only, and another database has no knowledge base.
    public var knowledgeDirectory: String?

    public init(database: String? = nil, dataDirectory: DataDirectory = DataDirectory(), modelPath: String? = nil,
                today: CalendarDate? = nil, resources: ResourceLibrary = .standard(), llm: LLMConfiguration = LLMConfiguration(),
                state: String? = nil) {
        self.state = state
        self.database = database
        self.dataDirectory = dataDirectory
        self.modelPath = modelPath
        self.today = today
        self.resources = resources
        self.llm = llm
    }
}

/// The composition root: picks the reporting database, semantic model, planner and stores for a
/// configuration. Nothing else constructs these.
public enum CopilotEnvironment {
    public static func makeEngine(_ configuration: CopilotConfiguration, notice: (String) -> Void = { _ in }) async throws -> CopilotEngine {
        try await makeServices(configuration, notice: notice).engine
    }

    /// The engine and the features the entry points reach directly (routes, the REPL), built once.
    public static func makeServices(_ configuration: CopilotConfiguration, notice: (String) -> Void = { _ in }) async throws -> CopilotServices {
        let database = try await ReportingDatabases.open(configuration.database, dataDirectory: configuration.dataDirectory,
                                                           timeLimit: configuration.queryTimeLimit, notice: notice)
        // One queue in front of the reporting database: callers share its connections fairly.
        let runner = GuardedSQLRunner(database: database, queue: QueryQueue(capacity: configuration.queryConcurrency))
        // PostgreSQL spellings from the model's `postgres:` overrides; a no-op on SQLite.
        var model = try await semanticModel(for: configuration, database: database).specialized(for: database.dialect)
        try model.validate(against: database.policy)
        if !configuration.usesRollups { model.rollups = [] }
        try configuration.dataDirectory.ensureExists()
        let values = await DimensionValueCache.values(for: model, runner: runner, cache: configuration.dataDirectory.cacheURL)
        let store = try await conversationStore(configuration)
        let (asOf, source) = await referenceDate(configuration, database: database)
        let documents = try knowledgeDocuments(configuration, shipped: isDemo(database))
        let knowledge = try openKnowledgeBase(configuration, model: model, shipped: isDemo(database))
        _ = try await knowledge.index(documents)
        let resources = configuration.resources
        let planning = try PlannerFactory.make(configuration.llm, model: model, runner: runner, knowledge: knowledge, values: values,
                                               templates: { resources.text("prompts/\($0).mustache") })
        let actions = try await actionService(configuration, runner: runner)
        let valueIndex = await ValueIndexCache.index(for: model, runner: runner, cache: configuration.dataDirectory.cacheURL, notice: notice)
            ?? MemoryValueIndex(values: values)
        let engine = CopilotEngine(model: model, offline: OfflinePlanner(model: model, values: valueIndex), planning: planning, runner: runner,
                                   store: store, asOf: asOf, asOfSource: source, knowledge: KnowledgeAnswerer(knowledge: knowledge),
                                   actions: AgentActionDesk(service: actions))
        return CopilotServices(engine: engine, knowledge: knowledge, actions: actions, documents: documents)
    }

    /// Actions through the agent services of the configured registry, audited in the state database
    /// (the `--state` PostgreSQL database when given).
    public static func actionService(_ configuration: CopilotConfiguration, runner: GuardedSQLRunner,
                                     client: any AgentClient = HTTPAgentClient()) async throws -> ActionService {
        let registry = try AgentRegistry.load(path: configuration.agentsPath, shipped: configuration.resources.text("agents/demo.yaml"))
        let store = try await actionStore(configuration)
        return ActionService(registry: registry, store: store, client: client, runner: runner, expiry: configuration.actionExpiry)
    }

    /// The action audit log in the state database.
    public static func actionStore(_ configuration: CopilotConfiguration) async throws -> any ActionStore {
        StateActionStore(database: try await stateDatabase(configuration))
    }

    /// Conversations in the state database.
    public static func conversationStore(_ configuration: CopilotConfiguration) async throws -> any ConversationStore {
        StateConversationStore(database: try await stateDatabase(configuration))
    }

    /// API keys in the state database.
    public static func keyStore(_ configuration: CopilotConfiguration) async throws -> any APIKeyStorage {
        StateAPIKeyStore(database: try await stateDatabase(configuration))
    }

    /// The state database — the `--state` PostgreSQL database, else `state.db` in the data
    /// directory — opened once per process: every store built for the same location shares it.
    public static func stateDatabase(_ configuration: CopilotConfiguration) async throws -> StateDatabase {
        try await OpenStateDatabases.shared.database(at: stateLocation(configuration))
    }

    private static func stateLocation(_ configuration: CopilotConfiguration) throws -> StateLocation {
        guard let state = configuration.state, !state.isEmpty else {
            try configuration.dataDirectory.ensureExists()
            return .sqlite(path: configuration.dataDirectory.stateDatabasePath)
        }
        guard PostgresURL.matches(state) else {
            throw PostgresError(.client, message: "--state takes a postgres:// or postgresql:// URL", context: "opening the state store")
        }
        return .postgres(url: state)
    }

    /// Query expansions from the semantic model: every metric synonym also searches for the metric's
    /// name ("aov" → "average order value") and the other way round.
    public static func synonyms(from model: SemanticModel, thesaurus: String? = nil) -> [String: [String]] {
        var map: [String: [String]] = [:]
        if let thesaurus, let entries = try? YAMLDecoder().decode([String: [String]].self, from: thesaurus) {
            for (phrase, expansions) in entries { map[QuestionTokens(phrase).words.joined(separator: " "), default: []] += expansions }
        }
        for metric in model.metrics {
            let label = metric.displayName.lowercased()
            for synonym in metric.synonyms.map({ $0.lowercased() }) where synonym != label && synonym.split(separator: " ").count <= 3 {
                map[synonym, default: []].append(label)
                if synonym.count <= 4 { map[label, default: []].append(synonym) }  // short forms: AOV, OTD
            }
        }
        return map
    }

    /// `--model FILE`, else the shipped demo model for a database that follows the demo contract,
    /// else a model drafted from the database's schema.
    public static func semanticModel(for configuration: CopilotConfiguration, database: any ReportingDatabase) async throws -> SemanticModel {
        if let path = configuration.modelPath { return try SemanticModel.load(path: path) }
        if isDemo(database) {
            return try SemanticModel.demo(resources: configuration.resources)
        }
        return try await DraftedModelCache.model(for: database, cache: configuration.dataDirectory.cacheURL)
    }

    /// Whether `database` follows the demo shop's contract (its tables), so the shipped model and
    /// documents describe it.
    public static func isDemo(_ database: any ReportingDatabase) -> Bool {
        let demoTables = ["orders", "order_items", "products", "categories", "customers", "dataset_info"]
        return demoTables.allSatisfy { database.policy.allows(table: $0) }
    }

    /// `--today`, else the database's declared `as_of`, else the current UTC date.
    public static func referenceDate(_ configuration: CopilotConfiguration, database: any ReportingDatabase) async -> (CalendarDate, String) {
        if let today = configuration.today { return (today, "--today") }
        if let declared = await database.declaredAsOfDate(), let date = CalendarDate(iso: declared) {
            return (date, "the data's as-of date")
        }
        let days = Int(Date().timeIntervalSince1970 / 86_400)
        return (CalendarDate(dayNumber: days), "today's date")
    }
}
