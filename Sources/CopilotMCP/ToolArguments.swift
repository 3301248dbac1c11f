import CopilotCore
import MCP

/// A tool call's arguments, read against the tool's input schema. Clients are not trusted to have
/// validated them: anything missing, mistyped or unknown is an `invalid_arguments` tool error that
/// names the argument.
struct ToolArguments {
    let values: [String: Value]

    init(_ values: [String: Value]?) {
        self.values = values ?? [:]
    }

    /// Fails on any argument the tool does not take (a typo would otherwise be silently ignored).
    func allowOnly(_ names: Set<String>) throws(ToolFailure) {
        if let unknown = values.keys.sorted().first(where: { !names.contains($0) }) {
            throw .invalidArguments("Unknown argument “\(unknown.prefix(40))”; this tool takes: \(names.sorted().joined(separator: ", ")).")
        }
    }

    func string(_ name: String, maxLength: Int = 10_000) throws(ToolFailure) -> String? {
        guard let value = values[name], !value.isNull else { return nil }
        guard let text = value.stringValue else { throw .invalidArguments("“\(name)” must be a string.") }
        guard text.count <= maxLength else { throw .invalidArguments("“\(name)” is longer than \(maxLength) characters.") }
        return text
    }

    func requiredString(_ name: String, maxLength: Int = 10_000) throws(ToolFailure) -> String {
        guard let text = try string(name, maxLength: maxLength)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            throw .invalidArguments("“\(name)” is required and must not be empty.")
        }
        return text
    }

    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(ToolFailure) -> Int {
        guard let value = values[name], !value.isNull else { return fallback }
        let number = value.intValue ?? value.doubleValue.flatMap { $0.rounded() == $0 ? Int(exactly: $0) : nil }
        guard let number, range.contains(number) else {
            throw .invalidArguments("“\(name)” must be an integer from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    func object(_ name: String) throws(ToolFailure) -> [String: JSONValue] {
        guard let value = values[name], !value.isNull else { return [:] }
        guard let object = value.objectValue else { throw .invalidArguments("“\(name)” must be an object.") }
        var converted: [String: JSONValue] = [:]
        for (key, item) in object {
            guard let json = Self.json(item) else { throw .invalidArguments("“\(name).\(key)” is not a JSON value.") }
            converted[key] = json
        }
        return converted
    }

    /// MCP's value as the core's JSON value (binary data has no JSON form).
    static func json(_ value: Value) -> JSONValue? {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .number(Double(number))
        case .double(let number): return .number(number)
        case .string(let text): return .string(text)
        case .data: return nil
        case .array(let items):
            var converted: [JSONValue] = []
            for item in items {
                guard let json = json(item) else { return nil }
                converted.append(json)
            }
            return .array(converted)
        case .object(let members):
            var converted: [String: JSONValue] = [:]
            for (key, item) in members {
                guard let json = json(item) else { return nil }
                converted[key] = json
            }
            return .object(converted)
        }
    }
}
