import CPostgres
import CopilotCore

/// Converts the text-format values of one libpq result to ``DatabaseValue``s by column type OID,
/// so a PostgreSQL answer compares equal to the SQLite one: integers stay integers, numeric and
/// floats become reals, booleans become 1/0 (SQLite has no boolean), and dates, timestamps and
/// everything else stay text in PostgreSQL's ISO output.
struct PostgresValueDecoder {
    let result: OpaquePointer
    let columns: [String]
    let width: Int32
    private let kinds: [Kind]

    enum Kind {
        case integer, real, boolean, bytes, text
    }

    /// Built-in type OIDs (`pg_type.oid`), stable across PostgreSQL versions.
    static func kind(of oid: UInt32) -> Kind {
        switch oid {
        case 20, 21, 23, 26: .integer  // int8, int2, int4, oid
        case 700, 701, 1700: .real  // float4, float8, numeric
        case 16: .boolean
        case 17: .bytes
        default: .text  // text, varchar, date, timestamp, …
        }
    }

    init(result: OpaquePointer) {
        self.result = result
        width = PQnfields(result)
        columns = (0..<width).map { String(cString: PQfname(result, $0)) }
        kinds = (0..<width).map { Self.kind(of: PQftype(result, $0)) }
    }

    func value(row: Int32, column: Int32) -> DatabaseValue {
        if PQgetisnull(result, row, column) == 1 { return .null }
        let text = String(cString: PQgetvalue(result, row, column))
        switch kinds[Int(column)] {
        case .integer:
            return Int64(text).map(DatabaseValue.integer) ?? .text(text)
        case .real:
            return Double(text).map(DatabaseValue.real) ?? .text(text)
        case .boolean:
            return .integer(text == "t" ? 1 : 0)
        case .bytes:
            return .blob(Self.decodeHex(text))
        case .text:
            return .text(text)
        }
    }

    /// One row and its size in bytes (at least 8 per value, as the SQLite database counts).
    func row(_ row: Int32) -> ([DatabaseValue], Int) {
        var values: [DatabaseValue] = []
        values.reserveCapacity(Int(width))
        var bytes = 0
        for column in 0..<width {
            bytes += max(8, Int(PQgetlength(result, row, column)))
            values.append(value(row: row, column: column))
        }
        return (values, bytes)
    }

    /// `bytea` in hex output format: `\x` followed by two hex digits per byte.
    static func decodeHex(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8.dropFirst(2))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index + 1 < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { break }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
