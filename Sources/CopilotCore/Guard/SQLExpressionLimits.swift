/// Resource limits on expressions that the engines enforce unevenly — SQLite refuses a deep
/// `NOT NOT …` chain or a long `LIKE` pattern by its own `sqlite3_limit`s, PostgreSQL runs them — so
/// the guard refuses them itself, for every dialect.
struct SQLExpressionLimits {
    let policy: SQLPolicy

    /// Words and symbols after which a pattern operand ends.
    private static let operandEnd: Set<String> = [
        "and", "or", "escape", "then", "when", "else", "end", "from", "where", "group", "order", "limit", "having",
        "union", "intersect", "except", "as", "on", "join", "offset", "fetch", "window", "is", "between", "in", "not",
    ]
    private static let prefixOperators: Set<String> = ["-", "+", "~", "!"]

    func check(_ tokens: [SQLToken]) throws(SQLGuardError) {
        var depth = 0
        var prefixRun = 0
        for (index, token) in tokens.enumerated() {
            if token.isSymbol("(") { depth += 1 } else if token.isSymbol(")") { depth -= 1 }
            let isPrefix = token.isWord("not") || (token.kind == .symbol && Self.prefixOperators.contains(token.value))
            prefixRun = isPrefix ? prefixRun + 1 : 0
            if depth + prefixRun > policy.maxExpressionDepth {
                throw SQLGuardError(.tooComplex, "The query nests an expression deeper than \(policy.maxExpressionDepth) levels.")
            }
            if token.kind == .word, ["like", "ilike", "glob"].contains(token.value)
                || (token.value == "to" && index > 0 && tokens[index - 1].isWord("similar")) {
                try checkPattern(tokens, from: index + 1, operator: token.value == "to" ? "SIMILAR TO" : token.value.uppercased())
            }
        }
    }

    /// Adds up the string literals of the pattern operand (a literal, or literals joined by `||`).
    private func checkPattern(_ tokens: [SQLToken], from start: Int, operator name: String) throws(SQLGuardError) {
        var length = 0
        var wildcards = 0
        var depth = 0
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            if token.isSymbol("(") { depth += 1 }
            if token.isSymbol(")") {
                if depth == 0 { break }
                depth -= 1
            }
            if depth == 0, token.isSymbol(",") || token.isSymbol(";") || (token.kind == .word && Self.operandEnd.contains(token.value)) { break }
            if token.kind == .string {
                length += token.value.utf8.count
                wildcards += token.value.filter { "%_*?".contains($0) }.count
            }
            index += 1
        }
        if length > policy.maxLikePatternLength {
            throw SQLGuardError(.tooComplex, "The \(name) pattern is \(length) bytes long; the limit is \(policy.maxLikePatternLength).", subject: name)
        }
        if wildcards > policy.maxLikeWildcards {
            throw SQLGuardError(.tooComplex, "The \(name) pattern has \(wildcards) wildcards; the limit is \(policy.maxLikeWildcards).", subject: name)
        }
    }
}
