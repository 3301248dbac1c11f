/// One lexical token of a SQL statement.
struct SQLToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// An unquoted word: keyword, identifier or function name. `value` is lowercased.
        case word
        /// `"name"`, `` `name` `` or `[name]`. `value` is the unquoted name, lowercased.
        case quotedIdentifier
        /// A string literal; `value` is its content with quotes removed.
        case string
        case number
        /// `X'…'` blob literal.
        case blob
        /// `?`, `?1`, `:name`, `@name`, `$name` (SQLite) or `$1` (PostgreSQL).
        case parameter
        /// Operators and punctuation; `value` is the symbol (`(`, `)`, `,`, `.`, `;`, `::`, `||`, …).
        case symbol
    }

    var kind: Kind
    var value: String
    /// Byte offsets into the UTF-8 source, for error messages and for rewriting.
    var start: Int
    var end: Int

    /// True for an unquoted word or quoted identifier, i.e. something that can name a table/column.
    var isName: Bool { kind == .word || kind == .quotedIdentifier }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && value == symbol }
    func isWord(_ word: String) -> Bool { kind == .word && value == word }
}
