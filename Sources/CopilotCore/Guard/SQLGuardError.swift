/// Why the SQL guard refused a statement, or why a guarded execution was stopped.
public struct SQLGuardError: CopilotError, Equatable, CustomStringConvertible {
    /// Machine-readable reasons. Their raw values are part of the JSON API.
    public enum Reason: String, Sendable, Codable, CaseIterable {
        case emptyQuery = "empty_query"
        case tooLong = "too_long"
        case tooComplex = "too_complex"
        case syntaxError = "syntax_error"
        case multipleStatements = "multiple_statements"
        case notSelect = "not_select"
        case writeNotAllowed = "write_not_allowed"
        case transactionControl = "transaction_control"
        case pragmaNotAllowed = "pragma_not_allowed"
        case attachNotAllowed = "attach_not_allowed"
        case tableNotAllowed = "table_not_allowed"
        case columnNotAllowed = "column_not_allowed"
        case functionNotAllowed = "function_not_allowed"
        case parameterNotAllowed = "parameter_not_allowed"
        /// The engine-level check (authorizer, read-only statement) refused what the lexical check let
        /// through.
        case engineRefused = "engine_refused"
        case timeout
        case tooManyRows = "too_many_rows"
        case resultTooLarge = "result_too_large"
        case resourceLimit = "resource_limit"
    }

    public var reason: Reason
    /// A plain-words explanation safe to show to the user (it never echoes literals from the SQL).
    public var message: String
    /// The offending keyword, table, column or function, when there is one.
    public var subject: String?

    public init(_ reason: Reason, _ message: String, subject: String? = nil) {
        self.reason = reason
        self.message = message
        self.subject = subject
    }

    public var description: String { "\(reason.rawValue): \(message)" }
    public var code: String { reason.rawValue }
    public var userMessage: String { message }
}
