import CopilotCore
import Foundation

/// The JSON Schema subset action parameters are declared in: an object of named properties with
/// `type` (integer, number, string, boolean), `required`, `minimum`/`maximum`, `enum`,
/// `minLength`/`maxLength` and `pattern`. Unknown properties are refused
/// (`additionalProperties: false` is implied) so a model cannot smuggle extra fields to an agent.
public struct ParameterSchema: Sendable, Codable, Equatable {
    public struct Property: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable { case integer, number, string, boolean }

        public var type: Kind
        public var description: String?
        public var minimum: Double?
        public var maximum: Double?
        public var `enum`: [JSONValue]?
        public var minLength: Int?
        public var maxLength: Int?
        public var pattern: String?
    }

    public var type: String = "object"
    public var properties: [String: Property]
    public var required: [String]

    public init(properties: [String: Property], required: [String]) {
        self.properties = properties
        self.required = required
    }

    enum CodingKeys: String, CodingKey { case type, properties, required }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "object"
        properties = try container.decodeIfPresent([String: Property].self, forKey: .properties) ?? [:]
        required = try container.decodeIfPresent([String].self, forKey: .required) ?? []
    }

    /// The arguments checked and normalised: numbers given as text ("12") become numbers, integers
    /// must be whole. Throws ``ActionError`` (`invalid_arguments`) naming every problem.
    public func validate(_ arguments: [String: JSONValue]) throws(ActionError) -> [String: JSONValue] {
        var problems: [String] = []
        var normalised: [String: JSONValue] = [:]
        for name in arguments.keys.sorted() where properties[name] == nil {
            problems.append("“\(name)” is not a parameter of this action")
        }
        for name in required where arguments[name] == nil || arguments[name] == .null {
            problems.append("“\(name)” is required")
        }
        for (name, property) in properties.sorted(by: { $0.key < $1.key }) {
            guard let value = arguments[name], value != .null else { continue }
            do {
                normalised[name] = try property.check(value)
            } catch {
                problems.append("“\(name)” \(error.text)")
            }
        }
        guard problems.isEmpty else { throw ActionError(.invalidArguments, problems.joined(separator: "; ") + ".") }
        return normalised
    }
}

extension ParameterSchema.Property {
    struct Problem: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    /// The value normalised to the declared type, or the problem in words.
    func check(_ value: JSONValue) throws(Problem) -> JSONValue {
        let clean: JSONValue
        switch type {
        case .integer, .number:
            let number: Double? = switch value {
            case .number(let number): number
            case .string(let text): Double(text.trimmingCharacters(in: .whitespaces))
            default: nil
            }
            guard let number, number.isFinite else { throw Problem("must be a number") }
            if type == .integer && number.rounded() != number { throw Problem("must be a whole number") }
            if let minimum, number < minimum { throw Problem("must be at least \(Self.text(minimum))") }
            if let maximum, number > maximum { throw Problem("must be at most \(Self.text(maximum))") }
            clean = .number(number)
        case .string:
            guard let text = value.stringValue else { throw Problem("must be text") }
            if let minLength, text.count < minLength { throw Problem("must have at least \(minLength) characters") }
            if let maxLength, text.count > maxLength { throw Problem("must have at most \(maxLength) characters") }
            if let pattern, text.range(of: pattern, options: .regularExpression) == nil { throw Problem("has an unexpected format") }
            clean = .string(text)
        case .boolean:
            guard case .bool = value else { throw Problem("must be true or false") }
            clean = value
        }
        if let allowed = self.enum, !allowed.contains(where: { $0.stringValue == clean.stringValue }) {
            throw Problem("must be one of " + allowed.compactMap(\.stringValue).joined(separator: ", "))
        }
        return clean
    }

    static func text(_ number: Double) -> String {
        number.rounded() == number ? String(Int64(number)) : String(number)
    }
}
