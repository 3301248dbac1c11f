import Foundation

extension Timestamp {
    /// The date `text` names, for the format ``iso8601(_:)`` writes (`2025-12-31T23:59:59.123Z`; the
    /// fraction may have 0 to 9 digits, and milliseconds are kept). Nil for anything else.
    ///
    /// Parsed by hand for the same reason ``iso8601(_:)`` formats by hand: reading a page of stored
    /// turns must not create formatters.
    public static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ start: Int, _ length: Int) -> Int32? {
            var value: Int32 = 0
            for byte in bytes[start..<start + length] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int32(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let separators: [(Int, Unicode.Scalar)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":")]
        guard separators.allSatisfy({ bytes[$0.0] == UInt8(ascii: $0.1) }),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        // Milliseconds, as stored: the first three digits of the fraction, if there is one.
        var milliseconds: Int64 = 0
        let fraction = bytes[19..<(bytes.count - 1)]
        if let dot = fraction.first {
            let digits = fraction.dropFirst()
            guard dot == UInt8(ascii: "."), (1...9).contains(digits.count),
                  digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            var scale: Int64 = 100
            for digit in digits.prefix(3) {
                milliseconds += Int64(digit - UInt8(ascii: "0")) * scale
                scale /= 10
            }
        }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = month - 1
        parts.tm_mday = day
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        let seconds = Int64(timegm(&parts))
        return date(milliseconds: seconds * 1_000 + milliseconds)
    }

    /// `date` at the precision timestamps are stored with (milliseconds), so a record built from
    /// a clock compares equal to the same record read back.
    public static func stored(_ date: Date) -> Date {
        Self.date(milliseconds: Int64((date.timeIntervalSince1970 * 1_000).rounded()))
    }

    private static func date(milliseconds total: Int64) -> Date {
        Date(timeIntervalSince1970: Double(total) / 1_000)
    }
}

// Records keep `Date`s; their JSON keeps the ISO 8601 strings clients have always received.
extension KeyedEncodingContainer {
    /// Encodes `date` as an ISO 8601 string (``Timestamp/iso8601(_:)``).
    public mutating func encode(timestamp date: Date, forKey key: Key) throws {
        try encode(Timestamp.iso8601(date), forKey: key)
    }

    /// Encodes `date` as an ISO 8601 string; leaves the key out when there is none, as synthesized
    /// `Encodable` conformances do for optionals.
    public mutating func encodeIfPresent(timestamp date: Date?, forKey key: Key) throws {
        if let date { try encode(timestamp: date, forKey: key) }
    }
}

extension KeyedDecodingContainer {
    /// Decodes an ISO 8601 string written by ``KeyedEncodingContainer/encode(timestamp:forKey:)``.
    public func decode(timestampFor key: Key) throws -> Date {
        let text = try decode(String.self, forKey: key)
        guard let date = Timestamp.date(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an ISO 8601 timestamp: \(text.prefix(40))")
        }
        return date
    }

    /// Like ``decode(timestampFor:)``; nil when the key is missing or `null`.
    public func decodeIfPresent(timestampFor key: Key) throws -> Date? {
        guard try decodeIfPresent(String.self, forKey: key) != nil else { return nil }
        return try decode(timestampFor: key)
    }
}
