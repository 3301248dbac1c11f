import CopilotCore
import MCP

/// Why a tool call failed, as an MCP tool error (`isError: true`) carrying the same stable reason
/// code as the HTTP API (`forbidden`, `not_found`, `write_not_allowed`, `action_expired`…) and one
/// sentence that is safe to show: no SQL internals, no secrets.
public struct ToolFailure: Error, Sendable, Equatable {
    /// The HTTP API's reason code for the same failure.
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The caller's role is below what the tool needs (the HTTP API's 403 `forbidden`).
    static func forbidden(_ needed: Role, caller: Caller) -> ToolFailure {
        ToolFailure(code: "forbidden", message: "This needs the \(needed.rawValue) role; your key has \(caller.role.rawValue).")
    }

    /// Arguments that do not match the tool's input schema.
    static func invalidArguments(_ message: String) -> ToolFailure {
        ToolFailure(code: "invalid_arguments", message: message)
    }

    /// The tool result the client sees: the reason in words for the model, and as structured
    /// content (`{"error": {"code", "message"}}`) for programs.
    var result: CallTool.Result {
        let structured: Value = ["error": ["code": .string(code), "message": .string(message)]]
        return CallTool.Result(content: [.text(text: "Error (\(code)): \(message)", annotations: nil, _meta: nil)],
                               structuredContent: Optional(structured), isError: true)
    }
}

/// Turns any error a tool hits into the HTTP API's reason code and safe message. The HTTP server
/// passes its own mapping (`APIError`), so both channels say the same thing for the same failure;
/// ``ToolFailure/describing(_:)`` is the fallback for a server built without it.
public typealias ToolErrorDescriber = @Sendable (any Error) -> ToolFailure

extension ToolFailure {
    /// The core's user-facing reading of an error (``userFacing(_:)``).
    public static let describing: ToolErrorDescriber = { error in
        if let failure = error as? ToolFailure { return failure }
        let (code, message) = userFacing(error)
        return ToolFailure(code: code, message: message)
    }
}
