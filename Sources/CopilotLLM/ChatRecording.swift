import Crypto
import Foundation

/// One recorded exchange: a request, the completion it got, and the streamed text deltas. Stored as
/// `DIR/<key>.json`, keyed by a hash of the model name and the request, so a replay serves exactly
/// the answers a recording run saw.
public struct ChatRecording: Sendable, Codable, Equatable {
    public var key: String
    public var model: String
    public var request: ChatRequest
    public var response: ChatCompletion
    /// Text deltas as streamed (empty for non-streaming calls).
    public var deltas: [String]

    public init(key: String, model: String, request: ChatRequest, response: ChatCompletion, deltas: [String] = []) {
        self.key = key
        self.model = model
        self.request = request
        self.response = response
        self.deltas = deltas
    }

    /// SHA-256 (first 32 hex digits) of the model name and the request as key-sorted JSON.
    public static func key(model: String, request: ChatRequest) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(request)) ?? Data()
        var hasher = SHA256()
        hasher.update(data: Data(model.utf8))
        hasher.update(data: Data([0]))
        hasher.update(data: data)
        return hasher.finalize().map { String(format: "%02x", $0) }.joined().prefix(32).description
    }

    /// The file a recording with `key` lives in.
    public static func url(directory: String, key: String) -> URL {
        URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent("\(key).json")
    }

    /// Writes the recording (pretty, key-sorted JSON) atomically.
    public func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: Self.url(directory: directory, key: key), options: .atomic)
    }

    /// The recording stored under `key`, or nil.
    public static func read(directory: String, key: String) -> ChatRecording? {
        guard let data = try? Data(contentsOf: url(directory: directory, key: key)) else { return nil }
        return try? JSONDecoder().decode(ChatRecording.self, from: data)
    }
}
