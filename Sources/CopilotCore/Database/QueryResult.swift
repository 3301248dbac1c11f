/// Rows returned by a guarded query, in the JSON shape shared by every interface.
public struct QueryResult: Sendable, Codable, Equatable {
    public var columns: [String]
    public var rows: [[DatabaseValue]]
    /// Number of rows in `rows` (after truncation).
    public var rowCount: Int
    /// True when the query produced more rows than the row cap and the rest were dropped.
    public var truncated: Bool

    public init(columns: [String], rows: [[DatabaseValue]], truncated: Bool) {
        self.columns = columns
        self.rows = rows
        self.rowCount = rows.count
        self.truncated = truncated
    }

    enum CodingKeys: String, CodingKey {
        case columns, rows, truncated
        case rowCount = "row_count"
    }
}
