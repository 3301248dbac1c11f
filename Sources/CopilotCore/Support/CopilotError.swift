/// An error that can be shown to a user. Every subsystem's error struct conforms: users and API
/// clients see the stable ``code`` and the one-sentence ``userMessage``; the rest of the error
/// (SQL, engine messages, URLs) stays in the logs.
public protocol CopilotError: Error, Sendable {
    /// A stable, machine-readable reason (`timeout`, `unknown_session`, `table_not_allowed`).
    var code: String { get }
    /// One sentence that is safe to show: no SQL, no internal dumps, no secrets.
    var userMessage: String { get }
}

/// The user-facing reading of any error (see ``CopilotError``).
public func userFacing(_ error: any Error) -> (code: String, message: String) {
    if let error = error as? any CopilotError { return (error.code, error.userMessage) }
    if error is CancellationError { return ("cancelled", "The request was cancelled.") }
    return ("internal_error", "Something went wrong on our side; the details are in the server log.")
}
