import CopilotCore
import Foundation

/// One result row, read by column name: a statement's column order can change without a store
/// reading the wrong value. A column the statement did not select, or a value of the wrong kind,
/// throws ``StateError`` rather than reading as something else.
struct StateRow {
    /// Column name → position, shared by every row of one result.
    let positions: [String: Int]
    let values: [DatabaseValue]

    func value(_ column: String) throws -> DatabaseValue {
        guard let position = positions[column], position < values.count else { throw StateError.missingColumn(column) }
        return values[position]
    }

    func optionalText(_ column: String) throws -> String? { try optional(column, \.stringValue) }
    func optionalInt(_ column: String) throws -> Int? { try optional(column) { $0.int64Value.map { Int($0) } } }
    func optionalDouble(_ column: String) throws -> Double? { try optional(column, \.doubleValue) }
    func optionalDate(_ column: String) throws -> Date? { try optional(column) { $0.stringValue.flatMap(Timestamp.date) } }

    func text(_ column: String) throws -> String { try required(column, optionalText) }
    func int(_ column: String) throws -> Int { try required(column, optionalInt) }
    func date(_ column: String) throws -> Date { try required(column, optionalDate) }

    /// A ``LogicalType/flag`` column: 1 is true.
    func flag(_ column: String) throws -> Bool {
        try int(column) == 1
    }

    /// The column's value converted by `convert`; nil for NULL, an error when it does not convert.
    private func optional<T>(_ column: String, _ convert: (DatabaseValue) -> T?) throws -> T? {
        let found = try value(column)
        if found.isNull { return nil }
        guard let converted = convert(found) else { throw StateError.unexpectedValue(column: column, found: found.description) }
        return converted
    }

    /// The value `read` finds, where NULL is an error.
    private func required<T>(_ column: String, _ read: (String) throws -> T?) throws -> T {
        guard let value = try read(column) else { throw StateError.unexpectedValue(column: column, found: "NULL") }
        return value
    }

    /// A JSON column decoded as `type`; nil when it is NULL or does not decode (a shape written by
    /// another release is shown without it rather than failing the whole read).
    func json<T: Decodable>(_ type: T.Type, _ column: String) throws -> T? {
        try optionalText(column).flatMap { try? JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }
}

/// The rows of one result with their column names, as a driver returns them.
struct StateRows {
    let columns: [String]
    let values: [[DatabaseValue]]

    /// The rows, each readable by column name.
    var rows: [StateRow] {
        let positions = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return values.map { StateRow(positions: positions, values: $0) }
    }
}
