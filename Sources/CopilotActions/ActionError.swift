/// Why an action could not be proposed, confirmed, cancelled or carried out. Messages are written for
/// people and never hold secrets (agent auth values) or internal paths; ``CopilotServer``'s `APIError`
/// is the one place these become HTTP statuses.
public struct ActionError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable, Codable {
        /// No agent in the registry offers the action.
        case unknownAction = "unknown_action"
        /// The arguments do not match the action's parameter schema.
        case invalidArguments = "invalid_arguments"
        /// A guarded read of the reporting data refused the request (no such order, not cancellable…).
        case precondition
        /// No such action for this caller.
        case notFound = "not_found"
        /// The caller's role is below the one the action needs.
        case forbidden
        /// The proposal was not confirmed within its lifetime.
        case expired
        /// The action is not in a state that allows the request (already cancelled, running…).
        case conflict
        /// The registry could not be read.
        case configuration
    }

    public var reason: Reason
    public var message: String
    /// Safe details for logs and the audit log (`action`, `agent`, `status`…).
    public var context: [String: String]

    public init(_ reason: Reason, _ message: String, context: [String: String] = [:]) {
        self.reason = reason
        self.message = message
        self.context = context
    }

    public var description: String { message }
}
