/// Compile, guard, execute: a plan becomes SQL through the semantic compiler, and every statement —
/// compiled, verified or the model's — passes the guard and runs read-only with the database's
/// limits. Streams the SQL and the rows as they become known.
public struct QueryStage: Sendable {
    public let compiler: SemanticCompiler
    public let runner: GuardedSQLRunner

    public init(compiler: SemanticCompiler, runner: GuardedSQLRunner) {
        self.compiler = compiler
        self.runner = runner
    }

    /// A statement that ran, with the time each step took.
    public struct Executed: Sendable {
        public var query: ValidatedQuery
        public var result: QueryResult
        public var guardMilliseconds: Double
        public var executeMilliseconds: Double
    }

    /// Guards and runs `sql` on behalf of `origin` (the planner that wrote it).
    public func execute(_ sql: String, origin: String, events: ChatEventHandler?) async throws -> Executed {
        let guardStart = monotonicNanoseconds()
        let query = try runner.validate(sql, origin: origin)
        let guardTime = milliseconds(since: guardStart)
        if let events { await events(.sql(query.sql)) }
        let run = try await runner.execute(query, origin: origin)
        if let events { await events(.result(run.result)) }
        return Executed(query: run.query, result: run.result, guardMilliseconds: guardTime, executeMilliseconds: run.executeMicroseconds / 1_000)
    }
}
