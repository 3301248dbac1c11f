import CopilotCore
import CopilotSQLite

/// The SQLite driver: the state file on one connection owned by a ``DatabaseQueue``.
extension DatabaseQueue: StateDriver {
    /// Opens (creating it) the state file at `path`: WAL, so a `kill -9` loses nothing already
    /// acknowledged and readers never block the writer; foreign keys enforced, so deleting a session
    /// deletes its turns.
    static func stateQueue(path: String) throws -> DatabaseQueue {
        try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "state") { connection in
            try connection.enableWAL()
            try connection.execute("PRAGMA foreign_keys = ON")
        }
    }

    func withStateConnection<T: Sendable>(_ body: @Sendable (any StateConnection) throws -> T) async throws -> T {
        try withConnection { (connection: Connection) in try body(connection) }
    }
}

extension Connection: StateConnection {
    func fetchRows(_ text: String, _ values: [DatabaseValue]) throws -> StateRows {
        let statement = try prepare(text)
        try statement.bind(values)
        var rows: [[DatabaseValue]] = []
        while try statement.step() { rows.append(statement.row()) }
        return StateRows(columns: statement.columnNames, values: rows)
    }

    /// SQLite counts the rows the last statement changed on the connection.
    func changeRows(_ text: String, _ values: [DatabaseValue]) throws -> Int {
        try execute(text, values)
        return changes
    }

    func executeScript(_ script: String) throws {
        try execute(script)
    }
}
