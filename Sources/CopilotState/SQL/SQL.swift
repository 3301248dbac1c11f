import CopilotCore
import Foundation

/// A statement written once for both dialects. Interpolated values are never spliced into the text:
/// each becomes a bound parameter, rendered as `?` on SQLite and `$n` on PostgreSQL; interpolated
/// tables become their names; ``Clause``s become what each dialect needs (a row lock, …).
///
/// ```swift
/// let sql: SQL = "SELECT id FROM \(StateSchema.sessions) WHERE id = \(id)\(.rowLock)"
/// ```
struct SQL: Sendable, ExpressibleByStringInterpolation {
    enum Piece: Sendable {
        case text(String)
        case value(DatabaseValue)
        case clause(Clause)
    }

    /// A part of a statement that each dialect spells its own way.
    enum Clause: Sendable {
        /// Locks the selected rows until the transaction ends (PostgreSQL `FOR UPDATE`).
        case rowLock
    }

    private(set) var pieces: [Piece]

    init(stringLiteral value: String) {
        pieces = [.text(value)]
    }

    init(stringInterpolation: StringInterpolation) {
        pieces = stringInterpolation.pieces
    }

    /// The text for `dialect` and the values to bind, in placeholder order.
    func rendered(for dialect: SQLDialect) -> (text: String, values: [DatabaseValue]) {
        var text = ""
        var values: [DatabaseValue] = []
        for piece in pieces {
            switch piece {
            case .text(let part):
                text += part
            case .value(let value):
                values.append(value)
                text += dialect.placeholder(values.count)
            case .clause(.rowLock):
                text += dialect.rowLock
            }
        }
        return (text, values)
    }

    /// The two statements one after the other (`columns + " WHERE …"`).
    static func + (lhs: SQL, rhs: SQL) -> SQL {
        var joined = lhs
        joined.pieces += rhs.pieces
        return joined
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            pieces.reserveCapacity(interpolationCount * 2 + 1)
        }

        mutating func appendLiteral(_ literal: String) {
            pieces.append(.text(literal))
        }

        /// A bound value.
        mutating func appendInterpolation(_ value: some SQLBindable) {
            pieces.append(.value(value.databaseValue))
        }

        /// A bound value, `NULL` for nil.
        mutating func appendInterpolation(_ value: (some SQLBindable)?) {
            pieces.append(.value(value?.databaseValue ?? .null))
        }

        /// A value encoded as JSON text (`NULL` for nil), keys sorted so equal values store alike.
        mutating func appendInterpolation(json value: (some Encodable)?) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let text = value.flatMap { try? encoder.encode($0) }.map { String(decoding: $0, as: UTF8.self) }
            pieces.append(.value(text.map(DatabaseValue.text) ?? .null))
        }

        /// A table's name.
        mutating func appendInterpolation(_ table: TableDefinition) {
            pieces.append(.text(table.name))
        }

        mutating func appendInterpolation(_ clause: Clause) {
            pieces.append(.clause(clause))
        }
    }
}

/// A Swift value that binds as a statement parameter.
protocol SQLBindable {
    var databaseValue: DatabaseValue { get }
}

extension String: SQLBindable {
    var databaseValue: DatabaseValue { .text(self) }
}

extension Int: SQLBindable {
    var databaseValue: DatabaseValue { .integer(Int64(self)) }
}

extension Double: SQLBindable {
    var databaseValue: DatabaseValue { .real(self) }
}

extension Bool: SQLBindable {
    /// 1 or 0: the integers every release has stored flags as.
    var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
}

extension Date: SQLBindable {
    /// ISO 8601 UTC text with milliseconds, which sorts and compares as time.
    var databaseValue: DatabaseValue { .text(Timestamp.iso8601(self)) }
}

extension JSONValue: SQLBindable {
    var databaseValue: DatabaseValue { .text(jsonText) }
}
