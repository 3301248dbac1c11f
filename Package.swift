// swift-tools-version:6.0
import PackageDescription

// Targets by capability, as in Hummingbird: a core (semantic model, planner, guard, compiler,
// composer, turn pipeline) that knows no database driver, network client or file format beyond
// YAML; one target per driver and per feature around it; one composition root (`RetailCopilot`)
// that picks implementations; and the two entry points, the HTTP server and the CLI.
let swift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "RetailCopilot",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "copilot", targets: ["copilot"]),
        .library(name: "RetailCopilot", targets: ["RetailCopilot"]),
        .library(name: "CopilotServer", targets: ["CopilotServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.4.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // MARK: C shims

        // libsqlite3: re-exports the header and wraps the variadic calls (sqlite3_db_config) that
        // Swift cannot import.
        .target(name: "CSQLite", linkerSettings: [.linkedLibrary("sqlite3")]),
        // libpq, PostgreSQL's client library, as a system module (headers found with pkg-config).
        .systemLibrary(name: "CPostgres", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

        // MARK: The product

        // Semantic model, question parser and planner, SQL guard, semantic compiler, answer
        // composer and the turn pipeline, against protocols for everything outside.
        .target(
            name: "CopilotCore",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swift6
        ),
        // SQLite: connections owned by actors, hardened read-only reporting databases.
        .target(name: "CopilotSQLite", dependencies: ["CopilotCore", "CSQLite"], swiftSettings: swift6),
        // PostgreSQL over libpq: pooled sessions, read-only reporting databases.
        .target(name: "CopilotPostgres", dependencies: ["CopilotCore", "CPostgres"], swiftSettings: swift6),
        // Conversations, API keys and the action audit log in SQLite or PostgreSQL.
        .target(
            name: "CopilotState",
            dependencies: ["CopilotCore", "CopilotSQLite", "CopilotPostgres", "CopilotActions",
                           .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swift6
        ),
        // Planning with an OpenAI-compatible chat model.
        .target(
            name: "CopilotLLM",
            dependencies: ["CopilotCore",
                           .product(name: "AsyncHTTPClient", package: "async-http-client"),
                           .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: swift6
        ),
        // Policies and definitions: markdown documents in a SQLite FTS5 index.
        .target(name: "CopilotKnowledge", dependencies: ["CopilotCore", "CopilotSQLite"], swiftSettings: swift6),
        // The distinct values of a database's text fields, searchable in questions (SQLite FTS5).
        .target(name: "CopilotValueIndex", dependencies: ["CopilotCore", "CopilotSQLite", .product(name: "Logging", package: "swift-log")],
                swiftSettings: swift6),
        // Proposing and confirming actions carried out by the shop's agent services.
        .target(
            name: "CopilotActions",
            dependencies: ["CopilotCore", .product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: swift6
        ),
        // The deterministic demo shop, in SQLite or loaded into PostgreSQL.
        .target(name: "CopilotDemoData", dependencies: ["CopilotCore", "CopilotSQLite", "CopilotPostgres"], swiftSettings: swift6),
        // Execution accuracy, knowledge recall, the SQL red-team suite and the benchmark.
        .target(
            name: "CopilotEvals",
            dependencies: ["CopilotCore", "CopilotSQLite", "CopilotPostgres", "CopilotKnowledge"],
            swiftSettings: swift6
        ),
        // The shipped files, embedded at build time from the files themselves.
        .target(name: "CopilotResources", swiftSettings: swift6, plugins: ["EmbedResources"]),
        .executableTarget(name: "ResourceEmbedder", swiftSettings: swift6),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["ResourceEmbedder"]),
        // The composition root: picks the database, model, planner, stores and features for a configuration.
        .target(
            name: "RetailCopilot",
            dependencies: ["CopilotCore", "CopilotSQLite", "CopilotPostgres", "CopilotState", "CopilotLLM", "CopilotValueIndex",
                           "CopilotKnowledge", "CopilotActions", "CopilotDemoData", "CopilotResources",
                           .product(name: "Yams", package: "Yams")],
            swiftSettings: swift6
        ),

        // The MCP server: the copilot's tools and resources for MCP clients (Claude Desktop, IDEs),
        // over any transport of the official SDK (stdio for `copilot mcp`, Streamable HTTP on `/mcp`).
        .target(
            name: "CopilotMCP",
            dependencies: ["RetailCopilot", .product(name: "MCP", package: "swift-sdk")],
            swiftSettings: swift6
        ),

        // MARK: Entry points

        // The HTTP service: routes, auth, rate limits, SSE, metrics, the web page, reference agents,
        // the OpenAI-compatible endpoints and MCP over Streamable HTTP.
        .target(
            name: "CopilotServer",
            dependencies: [
                "RetailCopilot",
                "CopilotMCP",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swift6
        ),
        .executableTarget(
            name: "copilot",
            dependencies: [
                "RetailCopilot",
                "CopilotServer",
                "CopilotMCP",
                "CopilotEvals",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swift6
        ),

        // MARK: Tests

        // Shared fixtures: the demo database, temporary directories, a throwaway PostgreSQL cluster,
        // a fake chat-completions server speaking the real wire protocol.
        .target(
            name: "CopilotTestSupport",
            dependencies: ["RetailCopilot", "CopilotServer", .product(name: "HummingbirdTesting", package: "hummingbird")],
            path: "Tests/CopilotTestSupport",
            swiftSettings: swift6
        ),
        .testTarget(name: "CopilotCoreTests", dependencies: ["CopilotTestSupport"], swiftSettings: swift6),
        .testTarget(name: "CopilotSQLiteTests", dependencies: ["CopilotTestSupport", "CSQLite"], swiftSettings: swift6),
        .testTarget(name: "CopilotPostgresTests", dependencies: ["CopilotTestSupport"], swiftSettings: swift6),
        .testTarget(name: "CopilotStateTests", dependencies: ["CopilotTestSupport"], exclude: ["Fixtures"], swiftSettings: swift6),
        .testTarget(name: "CopilotLLMTests", dependencies: ["CopilotTestSupport"], swiftSettings: swift6),
        .testTarget(name: "CopilotKnowledgeTests", dependencies: ["CopilotTestSupport"], swiftSettings: swift6),
        .testTarget(name: "CopilotActionsTests", dependencies: ["CopilotTestSupport"], swiftSettings: swift6),
        .testTarget(name: "CopilotDemoDataTests", dependencies: ["CopilotTestSupport", "CSQLite"], swiftSettings: swift6),
        .testTarget(name: "CopilotEvalsTests", dependencies: ["CopilotTestSupport", "CopilotEvals"], swiftSettings: swift6),
        .testTarget(
            name: "CopilotServerTests",
            dependencies: ["CopilotTestSupport",
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: swift6
        ),
        .testTarget(name: "CLITests", dependencies: ["CopilotTestSupport"], swiftSettings: swift6),
        // The MCP server driven by the official Python SDK (stdio and Streamable HTTP); the client
        // scripts live in Tests/PythonClients (not a target), in the virtual environment `.ci/run` makes.
        .testTarget(
            name: "CopilotMCPTests",
            dependencies: ["CopilotTestSupport", "CopilotMCP",
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: swift6
        ),
    ]
)
