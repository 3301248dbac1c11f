import Foundation
import XCTest
@testable import RetailCopilot

/// Shared fixtures: one small demo database per test process, and repository paths.
enum TestSupport {
    /// The repository root, found from this file's location.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary directory, removed when the process exits is not guaranteed; callers that
    /// care remove it themselves.
    static func temporaryDirectory(_ name: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("copilot-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small demo database (scale 0.05), generated once per test run.
    static let demoDatabasePath: String = {
        let directory = try! temporaryDirectory("demo")
        let path = directory.appendingPathComponent("demo.db").path
        _ = try! DemoGenerator(options: .init(seed: 42, scale: 0.05)).generate(to: path)
        return path
    }()

    /// FNV-1a fingerprint of a file's bytes.
    static func fileFingerprint(_ path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return Fingerprint.fnv1a(bytes: data)
    }
}
