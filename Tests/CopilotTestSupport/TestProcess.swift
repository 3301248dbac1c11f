import Foundation
import XCTest

/// Running programs from tests: the `copilot` binary SwiftPM built next to the test bundle, and
/// system tools (tmux, chromium).
package enum TestProcess {
    /// Why a test cannot run: it fails with this (tests never skip what they are there to check).
    package struct Missing: Error, CustomStringConvertible {
        package let description: String

        package init(description: String) {
            self.description = description
        }
    }

    /// The `copilot` binary SwiftPM built next to the test bundle; the test fails without it.
    package static func copilot() throws -> String {
        guard let binary else { throw Missing(description: "the copilot binary was not built next to the tests") }
        return binary
    }

    /// A system tool the test drives for real; the test fails when it is not installed (`.ci/run`
    /// installs every one).
    package static func require(_ tool: String) throws -> String {
        guard let path = which(tool) else { throw Missing(description: "\(tool) is not installed; .ci/run installs it") }
        return path
    }

    /// The `copilot` binary next to the test bundle.
    static var binary: String? {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("copilot").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func which(_ tool: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return "\(folder)/\(tool)"
        }
        return nil
    }

    @discardableResult
    package static func run(_ tool: String, _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
                    capture: Bool = true) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        // A daemon (the tmux server) would hold a captured pipe open forever.
        process.standardOutput = capture ? output : FileHandle.nullDevice
        process.standardError = capture ? output : FileHandle.nullDevice
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let data = capture ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `copilot bench --json` on `database`: every stage measured, bare SQL measured, overhead positive.
    package static func checkBench(_ binary: String, database: String, environment: [String: String],
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let bench = try run(binary, ["bench", "--db", database, "--rounds", "1", "--limit", "40", "--knowledge-chunks", "0", "--json"],
                            environment: environment)
        XCTAssertEqual(bench.status, 0, bench.output, file: file, line: line)
        let json = bench.output.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("{") }.joined(separator: "\n")
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], bench.output, file: file, line: line)
        let turns = try XCTUnwrap(report["turns"] as? [String: Any], file: file, line: line)
        XCTAssertEqual(turns["questions"] as? Int, 40, file: file, line: line)
        let stages = try XCTUnwrap(turns["stages"] as? [String: [String: Double]], file: file, line: line)
        XCTAssertEqual(Set(stages.keys), ["plan", "compile", "guard", "execute", "answer", "persist"], file: file, line: line)
        for (name, stats) in stages { XCTAssertGreaterThan(stats["p50"] ?? 0, 0, name, file: file, line: line) }
        let bare = try XCTUnwrap(turns["bare_sql"] as? [String: Double], file: file, line: line)
        XCTAssertGreaterThan(bare["p50"] ?? 0, 0, file: file, line: line)
        let overhead = try XCTUnwrap(turns["overhead"] as? [String: Double], file: file, line: line)
        XCTAssertGreaterThan(overhead["p50"] ?? 0, 0, file: file, line: line)
        XCTAssertGreaterThan(turns["rollup_answers"] as? Int ?? 0, 0, "some of the first 40 questions read a rollup", file: file, line: line)
    }
}
