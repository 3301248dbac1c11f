import CSQLite
import CopilotCore
import Foundation

/// One hardened read-only connection to a reporting database, owned by an actor on its own serial
/// executor (SQLite connections are not for concurrent use). Part of ``SQLiteReportingDatabase``'s pool.
actor SQLiteReader {
    private let executor: QueueExecutor
    private let connection: Connection
    private let policy: SQLPolicy

    nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    init(connection: Connection, policy: SQLPolicy, label: String) {
        self.connection = connection
        self.policy = policy
        executor = QueueExecutor(label: label)
    }

    /// Runs `query` under the policy's deadline and caps. `token.cancel()` interrupts it (and only
    /// it); a cancelled query throws `CancellationError`, a query past its deadline a `.timeout`
    /// refusal.
    func execute(_ query: ValidatedQuery, interruptedBy token: InterruptToken) throws -> QueryResult {
        do {
            return try connection.interruptible(by: token) { try run(query) }
        } catch let error as DatabaseError {
            throw SQLiteReportingDatabase.translate(error)
        }
    }

    private func run(_ query: ValidatedQuery) throws -> QueryResult {
        let statement = try connection.prepare(query.sql)
        guard statement.isReadOnly else {
            throw SQLGuardError(.engineRefused, "SQLite reports that this statement would write; it was not run.")
        }
        let limit = policy.rowLimit
        let maxBytes = policy.maxResultBytes
        return try connection.withDeadline(seconds: policy.timeLimit) {
            let columns = statement.columnNames
            let width = Int32(columns.count)
            var rows: [[DatabaseValue]] = []
            var bytes = 0
            var truncated = false
            while try statement.step() {
                if rows.count == limit {
                    truncated = true
                    break
                }
                var row: [DatabaseValue] = []
                row.reserveCapacity(columns.count)
                for column in 0..<width {
                    bytes += max(8, statement.byteCount(at: column))
                    row.append(statement.value(at: column))
                }
                if bytes > maxBytes {
                    throw SQLGuardError(.resultTooLarge, "The result is larger than \(maxBytes / 1_048_576) MB; narrow the query.")
                }
                rows.append(row)
            }
            return QueryResult(columns: columns, rows: rows, truncated: truncated)
        }
    }

    func scalarText(_ sql: String) -> String? {
        (try? connection.scalar(sql))?.stringValue
    }
}
