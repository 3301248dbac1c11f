import Foundation
import Logging
import XCTest
@testable import CopilotCore
@testable import CopilotDemoData

/// Shared fixtures: one small demo database per test process, and repository paths.
package enum TestSupport {
    /// The repository root, found from this file's location.
    package static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary directory, removed when the process exits is not guaranteed; callers that
    /// care remove it themselves.
    package static func temporaryDirectory(_ name: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("copilot-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small demo database (scale 0.05), generated once per test run.
    package static let demoDatabasePath: String = {
        let directory = try! temporaryDirectory("demo")
        let path = directory.appendingPathComponent("demo.db").path
        _ = try! DemoGenerator(options: .init(seed: 42, scale: 0.05)).generate(to: path)
        return path
    }()

    /// A full-size demo database (scale 1.0, about 5 s to generate in a debug build), generated once
    /// per test run, for tests whose point is realistic volume (resource-exhaustion attacks).
    package static let fullDemoDatabasePath: String = {
        let directory = try! temporaryDirectory("demo-full")
        let path = directory.appendingPathComponent("demo.db").path
        _ = try! DemoGenerator(options: .init(seed: 42, scale: 1.0)).generate(to: path)
        return path
    }()

    /// A logger that drops everything, for tests that trigger many expected security warnings.
    package static let quietLogger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// FNV-1a fingerprint of a file's bytes.
    package static func fileFingerprint(_ path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return Fingerprint.fnv1a(bytes: data)
    }
}

extension Caller {
    /// A viewer called `id` (for tests of who may see which session).
    package static func viewer(_ id: String) -> Caller {
        Caller(id: id, name: id, role: .viewer)
    }
}
