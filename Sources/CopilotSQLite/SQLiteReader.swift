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

    func execute(_ query: ValidatedQuery) throws -> QueryResult {
        let statement: Statement
        do {
            statement = try connection.prepare(query.sql)
        } catch let error as DatabaseError {
            throw SQLiteReportingDatabase.translate(error)
        }
        guard statement.isReadOnly else {
            throw SQLGuardError(.engineRefused, "SQLite reports that this statement would write; it was not run.")
        }
        let limit = policy.rowLimit
        let maxBytes = policy.maxResultBytes
        do {
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
        } catch let error as DatabaseError {
            throw SQLiteReportingDatabase.translate(error)
        }
    }

    func scalarText(_ sql: String) -> String? {
        (try? connection.scalar(sql))?.stringValue
    }
}

/// Queries in flight per reader, to hand the next query to the least busy one.
final class ReaderLoad: @unchecked Sendable {
    private let lock = NSLock()
    private var inFlight: [Int]

    init(count: Int) {
        inFlight = Array(repeating: 0, count: count)
    }

    func acquire() -> Int {
        lock.lock()
        defer { lock.unlock() }
        var best = 0
        for index in inFlight.indices where inFlight[index] < inFlight[best] { best = index }
        inFlight[best] += 1
        return best
    }

    func release(_ index: Int) {
        lock.lock()
        inFlight[index] -= 1
        lock.unlock()
    }
}
