/// The reply to a raw SQL request — one shape for `copilot sql --json` and `POST /v1/sql`.
public struct SQLRunResponse: Sendable, Codable, Equatable {
    public struct Failure: Sendable, Codable, Equatable {
        /// A ``SQLGuardError/Reason`` raw value, or `sql_error` / `unavailable`.
        public var reason: String
        public var message: String

        public init(reason: String, message: String) {
            self.reason = reason
            self.message = message
        }
    }

    public var ok: Bool
    public var result: QueryResult?
    /// The statement that ran (with the LIMIT the guard appended).
    public var sql: String?
    public var error: Failure?

    public init(result: QueryResult, sql: String) {
        ok = true
        self.result = result
        self.sql = sql
    }

    public init(error: Failure) {
        ok = false
        self.error = error
    }

    /// Runs `sql` through the guard and wraps the outcome; never throws.
    public static func run(_ sql: String, with runner: GuardedSQLRunner, origin: String) async -> SQLRunResponse {
        do {
            let run = try await runner.run(sql, origin: origin)
            return SQLRunResponse(result: run.result, sql: run.query.sql)
        } catch let refusal as SQLGuardError {
            return SQLRunResponse(error: .init(reason: refusal.reason.rawValue, message: refusal.message))
        } catch {
            return SQLRunResponse(error: .init(reason: "sql_error", message: "\(error)"))
        }
    }

    /// True when the guard refused or stopped the statement (as opposed to an execution error).
    public var refused: Bool {
        guard let reason = error?.reason else { return false }
        return SQLGuardError.Reason(rawValue: reason) != nil
    }
}
