import Hummingbird

/// What the API accepts as text, ids and page sizes, checked the same way on every route. Text is
/// stored exactly as received or refused whole — never cut: NUL and the other control characters
/// (all of Unicode's Cc category except tab, line feed and carriage return) are refused with 400
/// `control_character`. Error messages quote at most ``echoLength`` characters of any input.
enum InputLimits {
    /// Longest chat message, in characters.
    static let message = 2_000
    /// Longest session title, in characters (what the state store keeps; a longer title is refused,
    /// not cut. A title made from a first message is its first 120 characters).
    static let title = 120
    /// Longest session or action id, in characters (real ids are far shorter).
    static let id = 100
    /// Page sizes: `limit` is an integer from 1 to ``maxPage``.
    static let maxPage = 500
    /// The most of an input an error message quotes.
    static let echoLength = 40

    /// Refuses `text` when it holds a control character other than `\t`, `\n`, `\r`.
    static func checkText(_ text: String, field: String) throws {
        guard let bad = text.unicodeScalars.first(where: isForbidden) else { return }
        let code = String(bad.value, radix: 16, uppercase: true)
        throw APIError(.badRequest, code: "control_character",
                       message: "The \(field) contains the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code); only tab, line feed and carriage return are allowed.")
    }

    /// Refuses an id that is too long or holds control characters (400 `invalid_id`).
    static func checkID(_ id: String, field: String) throws {
        guard id.unicodeScalars.count <= Self.id, !id.unicodeScalars.contains(where: isForbidden) else {
            throw APIError(.badRequest, code: "invalid_id", message: "The \(field) is not a valid id (at most \(Self.id) characters, no control characters).")
        }
    }

    /// The `limit` query parameter: absent gives `defaultValue`; anything but an integer from 1 to
    /// `maximum` is a 400 `invalid_limit`.
    static func limit(_ request: Request, default defaultValue: Int, maximum: Int = maxPage) throws -> Int {
        guard let text = request.uri.queryParameters.get("limit") else { return defaultValue }
        // A query like `?limit=1&limit=2` is ambiguous: refused like any other invalid limit.
        guard request.uri.queryParameters.getAll("limit").count == 1 else {
            throw APIError(.badRequest, code: "invalid_limit", message: "limit must be an integer from 1 to \(maximum).")
        }
        guard let value = Int(text), (1...maximum).contains(value) else {
            throw APIError(.badRequest, code: "invalid_limit", message: "limit must be an integer from 1 to \(maximum).")
        }
        return value
    }

    /// At most ``echoLength`` characters of `input`, for an error message.
    static func echo(_ input: some StringProtocol) -> String {
        input.count <= echoLength ? String(input) : String(input.prefix(echoLength)) + "…"
    }

    /// Whether `text` holds nothing but white space, read as the OpenAPI patterns read `\s`
    /// (ECMAScript: Unicode white space and U+FEFF), so the server refuses exactly what the
    /// published schema calls blank.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}
