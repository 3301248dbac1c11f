import CopilotCore
import Foundation
import Yams

/// The agent services the copilot may ask to act, and the actions each offers (`agents/demo.yaml`
/// ships with the demo; `--agents FILE` or `COPILOT_AGENTS` selects another file).
public struct AgentRegistry: Sendable, Codable, Equatable {
    public var agents: [AgentDefinition]

    public init(agents: [AgentDefinition]) {
        self.agents = agents
    }

    /// The agent offering `action`, and the action's definition.
    public func find(action name: String) -> (agent: AgentDefinition, action: ActionDefinition)? {
        for agent in agents {
            if let action = agent.actions.first(where: { $0.name == name }) { return (agent, action) }
        }
        return nil
    }

    /// Every action name, in registry order.
    public var actionNames: [String] { agents.flatMap { $0.actions.map(\.name) } }

    /// Parses registry YAML and checks it: unique action names, http(s) base URLs, known methods.
    public static func parse(yaml: String, origin: String = "registry") throws(ActionError) -> AgentRegistry {
        let registry: AgentRegistry
        do {
            registry = try YAMLDecoder().decode(AgentRegistry.self, from: yaml)
        } catch {
            throw ActionError(.configuration, "\(origin) is not a valid agent registry: \(error)")
        }
        var seen = Set<String>()
        for agent in registry.agents {
            guard let url = URL(string: agent.baseURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ActionError(.configuration, "\(origin): agent \(agent.name) has no valid http(s) base_url")
            }
            for action in agent.actions {
                guard seen.insert(action.name).inserted else {
                    throw ActionError(.configuration, "\(origin): action \(action.name) is declared twice")
                }
                guard ["POST", "PUT", "PATCH"].contains(action.method) else {
                    throw ActionError(.configuration, "\(origin): action \(action.name) must use POST, PUT or PATCH")
                }
                for name in action.parameters.required where action.parameters.properties[name] == nil {
                    throw ActionError(.configuration, "\(origin): action \(action.name) requires the undeclared parameter \(name)")
                }
            }
        }
        return registry
    }

    /// `path` (a registry file), else `COPILOT_AGENTS`, else `shipped` (the text of the shipped
    /// `agents/demo.yaml`).
    public static func load(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                            shipped: String?) throws(ActionError) -> AgentRegistry {
        let chosen = path ?? environment["COPILOT_AGENTS"].flatMap { $0.isEmpty ? nil : $0 }
        if let chosen {
            guard let text = try? String(contentsOfFile: chosen, encoding: .utf8) else {
                throw ActionError(.configuration, "cannot read the agent registry \(chosen)")
            }
            return try parse(yaml: text, origin: chosen)
        }
        guard let text = shipped else {
            throw ActionError(.configuration, "the shipped agent registry agents/demo.yaml is missing")
        }
        return try parse(yaml: text, origin: "agents/demo.yaml")
    }

    /// The same registry with every agent's scheme, host and port replaced by `origin`'s (path
    /// prefixes kept): points the demo registry at a reference server on another port.
    public func rebased(to origin: String) -> AgentRegistry {
        guard let target = URLComponents(string: origin) else { return self }
        var copy = self
        for index in copy.agents.indices {
            guard var components = URLComponents(string: copy.agents[index].baseURL) else { continue }
            components.scheme = target.scheme
            components.host = target.host
            components.port = target.port
            copy.agents[index].baseURL = components.string ?? copy.agents[index].baseURL
        }
        return copy
    }
}

/// One agent service.
public struct AgentDefinition: Sendable, Codable, Equatable {
    /// The name people see ("Order").
    public var name: String
    /// Where the agent listens, path prefix included (`http://127.0.0.1:8091/order`).
    public var baseURL: String
    /// The header carrying the agent's credential, and the environment variable holding its value.
    /// The value is read when a call is made and never logged, stored or shown.
    public var auth: Auth?
    /// Seconds one HTTP request to this agent may take (default 5).
    public var timeoutSeconds: Double?
    public var actions: [ActionDefinition]

    public struct Auth: Sendable, Codable, Equatable {
        public var header: String
        public var env: String
    }

    enum CodingKeys: String, CodingKey {
        case name, auth, actions
        case baseURL = "base_url"
        case timeoutSeconds = "timeout_seconds"
    }
}

/// One action an agent offers.
public struct ActionDefinition: Sendable, Codable, Equatable {
    public var name: String
    public var description: String
    public var parameters: ParameterSchema
    public var method: String
    /// Appended to the agent's base URL.
    public var path: String
    /// The least role that may confirm it (never below operator).
    public var confirmRole: Role
    /// What could go wrong, shown with the proposal.
    public var risk: String
    /// The effect in one sentence, with `{parameter}` placeholders.
    public var summary: String

    enum CodingKeys: String, CodingKey {
        case name, description, parameters, method, path, risk, summary
        case confirmRole = "confirm_role"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decode(String.self, forKey: .description)
        parameters = try container.decode(ParameterSchema.self, forKey: .parameters)
        method = try container.decodeIfPresent(String.self, forKey: .method)?.uppercased() ?? "POST"
        path = try container.decode(String.self, forKey: .path)
        // Confirming an action is an operator's power at least, whatever a registry says.
        confirmRole = max(try container.decodeIfPresent(Role.self, forKey: .confirmRole) ?? .operator, .operator)
        risk = try container.decodeIfPresent(String.self, forKey: .risk) ?? ""
        summary = try container.decodeIfPresent(String.self, forKey: .summary) ?? description
    }

    /// The summary with the arguments filled in.
    public func summarise(_ arguments: [String: JSONValue]) -> String {
        var text = summary
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value.stringValue ?? value.jsonText)
        }
        // Optional parameters that were not given leave no braces behind.
        return text.replacingOccurrences(of: #"\s*\([^()]*\{[a-z_]+\}[^()]*\)"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"\{[a-z_]+\}"#, with: "", options: .regularExpression)
    }
}
