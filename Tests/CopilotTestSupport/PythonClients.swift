import Foundation
import XCTest

/// The official Python clients (the `mcp` SDK, the `openai` package) that tests drive for real, from
/// the virtual environment `.ci/run` makes from `Tests/PythonClients/requirements.txt`. A test fails,
/// never skips, when the environment is missing or holds other versions than the pinned ones.
package enum PythonClients {
    /// Where `.ci/run` puts the virtual environment when `COPILOT_TEST_PYTHON` is not set.
    package static let defaultEnvironment = TestSupport.repositoryRoot.appendingPathComponent(".build/python-clients")

    /// The virtual environment's interpreter: `COPILOT_TEST_PYTHON` (exported by `.ci/run`), else the default place.
    package static func python() throws -> String {
        let configured = ProcessInfo.processInfo.environment["COPILOT_TEST_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
        let path = configured ?? defaultEnvironment.appendingPathComponent("bin/python").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw TestProcess.Missing(description: "no Python client environment at \(path): run .ci/run, or python3 -m venv "
                                      + ".build/python-clients && .build/python-clients/bin/pip install -r Tests/PythonClients/requirements.txt")
        }
        return path
    }

    /// A client script in `Tests/PythonClients`.
    package static func script(_ name: String) -> String {
        TestSupport.repositoryRoot.appendingPathComponent("Tests/PythonClients/\(name)").path
    }

    /// The version `requirements.txt` pins for `package`.
    package static func pinned(_ package: String) -> String? {
        let text = (try? String(contentsOfFile: script("requirements.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").first { $0.lowercased().hasPrefix(package.lowercased() + "==") }
            .map { String($0.split(separator: "=").last ?? "") }
    }

    /// Runs a client script and returns the JSON object it printed last. The test fails with the
    /// script's output (its traceback) when it exits non-zero or prints no JSON. Waits without
    /// blocking a thread, so a server running in the test process keeps answering.
    package static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:], removing: [String] = [],
                            timeout: Double = 240, file: StaticString = #filePath, line: UInt = #line) async throws -> [String: Any] {
        let directory = try TestSupport.temporaryDirectory("python")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputURL = directory.appendingPathComponent("stdout"), errorURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try python())
        process.arguments = [script(name)] + arguments
        var variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        for name in removing { variables.removeValue(forKey: name) }
        process.environment = variables
        process.currentDirectoryURL = TestSupport.repositoryRoot
        // Files, not pipes: a large report cannot fill a pipe and stall the script.
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardInput = FileHandle.nullDevice
        let exited = ExitFlag()
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { ended in
                exited.set()
                continuation.resume(returning: ended.terminationStatus)
            }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if !exited.isSet { kill(pid, SIGKILL) } }
        }
        let output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        guard status == 0 else {
            XCTFail("\(name) exited with \(status)\n\(errors.suffix(6_000))\n\(output.suffix(2_000))", file: file, line: line)
            throw TestProcess.Missing(description: "\(name) failed")
        }
        let last = output.split(separator: "\n").last { $0.hasPrefix("{") }.map(String.init) ?? ""
        guard let report = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any] else {
            XCTFail("\(name) printed no JSON report\n\(output.suffix(2_000))\n\(errors.suffix(4_000))", file: file, line: line)
            throw TestProcess.Missing(description: "\(name) printed no report")
        }
        return report
    }
}

/// Whether a process has ended, set from its termination handler and read by a watchdog.
private final class ExitFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
