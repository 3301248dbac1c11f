import CopilotCore

/// One connection of a ``StateDatabase`` as the stores use it: statements rendered for its dialect,
/// rows read by column name, transactions. Lives only inside one `run`/`transaction` call.
struct StateSession {
    let connection: any StateConnection
    let dialect: SQLDialect

    /// Every row of a query.
    func rows(_ sql: SQL) throws -> [StateRow] {
        let (text, values) = sql.rendered(for: dialect)
        return try connection.fetchRows(text, values).rows
    }

    /// The first row of a query, or nil.
    func row(_ sql: SQL) throws -> StateRow? {
        try rows(sql).first
    }

    /// Runs an `INSERT`, `UPDATE` or `DELETE` and returns how many rows it changed.
    @discardableResult
    func run(_ sql: SQL) throws -> Int {
        let (text, values) = sql.rendered(for: dialect)
        return try connection.changeRows(text + dialect.changeCountSuffix, values)
    }

    /// Runs trusted DDL (no values).
    func execute(_ script: String) throws {
        try connection.executeScript(script)
    }

    /// Runs `body` in a write transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try connection.executeScript(dialect.beginTransaction)
        do {
            let value = try body()
            try connection.executeScript("COMMIT")
            return value
        } catch {
            try? connection.executeScript("ROLLBACK")
            throw error
        }
    }
}
