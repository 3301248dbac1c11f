/// The one gate every SQL statement passes before it reaches a reporting database — whether the
/// offline planner, an LLM or an analyst wrote it. It accepts exactly one read-only SELECT (or
/// WITH … SELECT) over the policy's allowlist and refuses everything else with a reason.
///
/// This is the lexical/structural layer; engines enforce the allowlist a second time (SQLite's
/// authorizer, PostgreSQL's read-only transaction and role).
public struct SQLGuard: Sendable {
    public let policy: SQLPolicy
    private let tokenizer: SQLTokenizer

    public init(policy: SQLPolicy) {
        self.policy = policy
        tokenizer = SQLTokenizer(dialect: policy.dialect)
    }

    /// Checks `sql` and returns the statement to run, or throws the refusal.
    public func validate(_ sql: String) throws(SQLGuardError) -> ValidatedQuery {
        guard sql.utf8.count <= policy.maxSQLLength else {
            throw SQLGuardError(.tooLong, "The query is \(sql.utf8.count) bytes long; the limit is \(policy.maxSQLLength).")
        }
        var tokens = try tokenizer.tokenize(sql)
        guard tokens.count <= policy.maxTokens else {
            throw SQLGuardError(.tooComplex, "The query has too many parts (\(tokens.count) tokens; the limit is \(policy.maxTokens)).")
        }
        // Forbidden words anywhere come first: "SELECT 1; DROP TABLE" is refused as a write, which is
        // what it is, rather than merely as two statements.
        try checkStructure(tokens)
        try SQLExpressionLimits(policy: policy).check(tokens)
        try dropTrailingSemicolons(&tokens)
        guard let first = tokens.first(where: { !$0.isSymbol("(") }) else {
            throw SQLGuardError(.emptyQuery, "There is no SQL statement to run.")
        }
        try checkStatementKind(first)

        var names = SQLNameAnalysis(tokens: tokens, policy: policy)
        try names.run()

        let body = String(decoding: Array(sql.utf8)[0..<tokens[tokens.count - 1].end], as: UTF8.self)
        let limitAppended = !hasOuterLimit(tokens)
        let executable = limitAppended ? body + "\nLIMIT \(policy.rowLimit + 1)" : body
        return ValidatedQuery(
            sql: executable, dialect: policy.dialect, tables: names.tables, functions: names.functions,
            limitAppended: limitAppended)
    }

    // MARK: Statement level

    private func dropTrailingSemicolons(_ tokens: inout [SQLToken]) throws(SQLGuardError) {
        while tokens.last?.isSymbol(";") == true { tokens.removeLast() }
        if tokens.contains(where: { $0.isSymbol(";") }) {
            throw SQLGuardError(.multipleStatements, "Only one statement can run at a time; this text holds several (separated by ';').")
        }
    }

    private func checkStatementKind(_ first: SQLToken) throws(SQLGuardError) {
        guard first.kind == .word else {
            throw SQLGuardError(.notSelect, "Only SELECT queries can run; this does not start with SELECT or WITH.")
        }
        switch first.value {
        case "select", "with":
            return
        case "pragma":
            throw SQLGuardError(.pragmaNotAllowed, "PRAGMA statements are not allowed; only SELECT queries can run.", subject: "PRAGMA")
        case "attach", "detach":
            throw SQLGuardError(.attachNotAllowed, "Attaching or detaching databases is not allowed.", subject: first.value.uppercased())
        case _ where SQLVocabulary.transactionWords.contains(first.value) || SQLVocabulary.statementOnlyWords.contains(first.value):
            throw SQLGuardError(.transactionControl, "Transaction control (\(first.value.uppercased())) is not allowed; queries run in a read-only transaction of their own.", subject: first.value.uppercased())
        case _ where SQLVocabulary.writeWords.contains(first.value) || first.value == "replace":
            throw SQLGuardError(.writeNotAllowed, "\(first.value.uppercased()) statements are not allowed: the copilot only reads data.", subject: first.value.uppercased())
        default:
            throw SQLGuardError(.notSelect, "Only SELECT queries can run; \(first.value.uppercased()) statements are not allowed.", subject: first.value.uppercased())
        }
    }

    /// Forbidden words anywhere, parameters, parenthesis balance and depth, compound arms.
    private func checkStructure(_ tokens: [SQLToken]) throws(SQLGuardError) {
        var depth = 0
        var compounds = 0
        // One entry per open parenthesis: whether it is CAST's, whose `AS` names a type.
        var castParentheses: [Bool] = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .parameter:
                throw SQLGuardError(.parameterNotAllowed, "Query parameters (\(token.value)) are not supported; write the values into the query.")
            case .symbol:
                if token.value == "(" {
                    depth += 1
                    castParentheses.append(index > 0 && tokens[index - 1].isWord("cast"))
                    if depth > policy.maxNestingDepth {
                        throw SQLGuardError(.tooComplex, "The query nests parentheses deeper than \(policy.maxNestingDepth) levels.")
                    }
                } else if token.value == ")" {
                    depth -= 1
                    _ = castParentheses.popLast()
                    if depth < 0 { throw SQLGuardError(.syntaxError, "The query has a ')' without a matching '('.") }
                }
            case .word, .quotedIdentifier:
                if policy.dialect == .postgres, index > 0,
                   tokens[index - 1].isSymbol("::") || (tokens[index - 1].isWord("as") && castParentheses.last == true) {
                    try checkCastType(token)
                }
                guard token.kind == .word else { break }
                let word = token.value
                if SQLVocabulary.writeWords.contains(word) {
                    throw SQLGuardError(.writeNotAllowed, "The query contains \(word.uppercased()), which could change data; only reads are allowed.", subject: word.uppercased())
                }
                if SQLVocabulary.transactionWords.contains(word) {
                    throw SQLGuardError(.transactionControl, "Transaction control (\(word.uppercased())) is not allowed.", subject: word.uppercased())
                }
                if SQLVocabulary.attachWords.contains(word) {
                    throw SQLGuardError(.attachNotAllowed, "Attaching or detaching databases is not allowed.", subject: word.uppercased())
                }
                if word == "pragma" {
                    throw SQLGuardError(.pragmaNotAllowed, "PRAGMA is not allowed.", subject: "PRAGMA")
                }
                if word == "replace" && !(index + 1 < tokens.count && tokens[index + 1].isSymbol("(")) {
                    throw SQLGuardError(.writeNotAllowed, "REPLACE statements are not allowed: the copilot only reads data.", subject: "REPLACE")
                }
                // PostgreSQL has no per-value size limit like SQLite's SQLITE_LIMIT_LENGTH: a recursive
                // CTE that doubles a string spends seconds inside one uninterruptible copy, past the
                // statement timeout. Reporting questions do not need recursion.
                if word == "recursive", policy.dialect == .postgres, index > 0, tokens[index - 1].isWord("with") {
                    throw SQLGuardError(.tooComplex, "Recursive queries (WITH RECURSIVE) are not allowed on PostgreSQL: they can exhaust memory before the time limit stops them.",
                                        subject: "RECURSIVE")
                }
                if word == "for" && index + 1 < tokens.count,
                   ["update", "share", "no", "key"].contains(tokens[index + 1].value) {
                    throw SQLGuardError(.writeNotAllowed, "Row locking (FOR UPDATE/SHARE) is not allowed.", subject: "FOR")
                }
                if ["union", "intersect", "except"].contains(word) {
                    compounds += 1
                    if compounds + 1 > policy.maxCompoundSelects {
                        throw SQLGuardError(.tooComplex, "The query combines more than \(policy.maxCompoundSelects) SELECTs with UNION/INTERSECT/EXCEPT.")
                    }
                }
            default:
                break
            }
        }
        if depth != 0 { throw SQLGuardError(.syntaxError, "The query has a '(' that is never closed.") }
    }

    /// PostgreSQL casts may only target plain value types: `'pg_authid'::regclass` and friends look
    /// names up in the system catalogs, and other types (xml, json, oid…) open functions the
    /// allowlist does not cover.
    private func checkCastType(_ token: SQLToken) throws(SQLGuardError) {
        let type = token.value
        if type.hasPrefix("reg") {
            throw SQLGuardError(.tableNotAllowed, "Casts to \(type) are not allowed: they look names up in the system catalogs.", subject: "::\(type)")
        }
        guard token.kind == .word, SQLVocabulary.castTypes.contains(type) else {
            throw SQLGuardError(.functionNotAllowed, "Casts to \(type) are not allowed; cast to a number, text, date, timestamp or interval.", subject: "::\(type)")
        }
    }

    /// Whether the outermost query already has a LIMIT (or FETCH FIRST).
    private func hasOuterLimit(_ tokens: [SQLToken]) -> Bool {
        var depth = 0
        for token in tokens {
            if token.isSymbol("(") { depth += 1 } else if token.isSymbol(")") { depth -= 1 }
            if depth == 0 && (token.isWord("limit") || token.isWord("fetch")) { return true }
        }
        return false
    }
}
