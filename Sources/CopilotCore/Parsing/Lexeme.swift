/// One token of a question: a word, a number, a code, a symbol or a quoted phrase, with the text
/// as typed (values keep their case) and a folded form for matching (lowercase, no accents).
public struct Lexeme: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        /// A number as typed: `1,500`, `10k`, `27.5`, `2024`.
        case number(Double)
        /// Letters and digits run together with `-`, `_` or `/`: `BOK-FIC-01189`, `LOYAL10`, `q3`.
        case code
        /// `$`, `%`, `#`, `+`, `<`, `>`, `=`, `'s` (a possessive).
        case symbol
        /// Text between quotes, kept whole.
        case quoted
        /// A date written as digits: `2024-03-01`, `2024/03/01`.
        case date
    }

    public var text: String
    public var folded: String
    public var kind: Kind
    /// Said in parentheses: "by department (Living Room, Bedroom and so on)" gives examples.
    public var aside: Bool
    /// The first token of a sentence after the first ("…on 2024 orders? Count per reason"): no
    /// phrase is read across the break.
    public var opensSentence: Bool

    public init(text: String, folded: String, kind: Kind, aside: Bool = false, opensSentence: Bool = false) {
        self.text = text
        self.folded = folded
        self.kind = kind
        self.aside = aside
        self.opensSentence = opensSentence
    }

    public var number: Double? {
        if case .number(let value) = kind { return value }
        return nil
    }

    public var isWord: Bool { kind == .word }
}
