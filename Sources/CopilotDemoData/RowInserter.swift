import CopilotCore
import CopilotSQLite

/// One reused `INSERT` statement per table: compiled once, bound and stepped per row, which is what
/// makes a few hundred thousand rows cheap inside a single transaction.
final class RowInserter {
    let table: String
    private let statement: Statement
    private let columnCount: Int
    /// Rows inserted so far.
    private(set) var count = 0

    init(_ connection: Connection, table: String, columns: [String]) throws {
        self.table = table
        columnCount = columns.count
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        statement = try connection.prepare(
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))")
    }

    /// Inserts one row; `values` follow the column order given at creation.
    func insert(_ values: DatabaseValue...) throws {
        precondition(values.count == columnCount, "\(table): \(values.count) values for \(columnCount) columns")
        // Every parameter is bound on every row, so no stale binding can leak from the previous row.
        for index in 0..<values.count {
            try statement.bind(values[index], at: Int32(index + 1))
        }
        try statement.execute()
        count += 1
    }
}

extension DatabaseValue {
    /// Money stored as dollars from exact integer cents: the identities between columns are computed
    /// on the integers, so they hold up to the representation of each stored double.
    static func cents(_ amount: Int) -> DatabaseValue {
        .real(Double(amount) / 100)
    }

    static func int(_ value: Int) -> DatabaseValue {
        .integer(Int64(value))
    }

    static func date(_ day: Int) -> DatabaseValue {
        .text(DemoCalendar.dateString(day))
    }

    static func timestamp(_ instant: Int) -> DatabaseValue {
        .text(DemoCalendar.timestampString(instant))
    }
}
