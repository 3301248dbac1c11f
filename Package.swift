// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "RetailCopilot",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "copilot", targets: ["copilot"]),
        .library(name: "RetailCopilot", targets: ["RetailCopilot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        // C shim over libsqlite3: re-exports the header and wraps the variadic calls
        // (sqlite3_db_config) that Swift cannot import.
        .target(
            name: "CSQLite",
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        .target(
            name: "RetailCopilot",
            dependencies: [
                "CSQLite",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "copilot",
            dependencies: [
                "RetailCopilot",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "RetailCopilotTests",
            dependencies: [
                "RetailCopilot",
                "CSQLite",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
