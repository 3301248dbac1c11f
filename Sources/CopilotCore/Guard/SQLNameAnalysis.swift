/// Resolves every name in a tokenized statement: tables (in FROM/JOIN position), columns,
/// functions, and the aliases, CTE names and window names the statement defines itself. Anything
/// that is not on the policy's allowlist and not defined by the statement is refused — no invented
/// columns, no catalog tables, no functions outside the list.
struct SQLNameAnalysis {
    let tokens: [SQLToken]
    let policy: SQLPolicy
    private(set) var tables: Set<String> = []
    private(set) var functions: Set<String> = []
    /// Names the statement defines (aliases, CTE columns), with the position of their first
    /// definition and the parenthesised group around it: an alias cannot vouch for a reference
    /// before it in the same scope (`SELECT xmin AS xmin` does not make `xmin` a column), only for
    /// later ones or, from inside a derived table, for the query around it.
    private var defined: [String: (position: Int, group: ClosedRange<Int>?)] = [:]
    /// Names from a WINDOW clause, referenced by OVER before they are defined.
    private var windowNames: Set<String> = []
    private var cteNames: Set<String> = []
    /// Token positions of CTE and window names, which are not function calls despite a `(`.
    private var definitionPositions: Set<Int> = []
    /// Table aliases → the allowed table they stand for.
    private var aliasTables: [String: String] = [:]

    /// Functions whose argument list uses FROM as a separator rather than as a clause.
    private static let fromSeparatedFunctions: Set<String> = ["extract", "substring", "trim", "overlay", "position"]
    private static let clauseEnders: Set<String> = [
        "where", "group", "having", "order", "limit", "offset", "window", "union", "intersect", "except", "fetch",
    ]

    init(tokens: [SQLToken], policy: SQLPolicy) {
        self.tokens = tokens
        self.policy = policy
    }

    mutating func run() throws(SQLGuardError) {
        collectDefinitions()
        try checkReferences()
    }

    private func token(_ index: Int) -> SQLToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    private func isGrammar(_ token: SQLToken) -> Bool {
        token.kind == .word && SQLVocabulary.grammar.contains(token.value)
    }

    /// Index of the `)` matching the `(` at `open`.
    private func matchingParenthesis(_ open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < tokens.count {
            if tokens[index].isSymbol("(") { depth += 1 }
            if tokens[index].isSymbol(")") {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    private mutating func define(_ name: String, at position: Int) {
        if let existing = defined[name], existing.position <= position { return }
        defined[name] = (position, enclosingGroup(of: position))
    }

    /// The innermost parentheses around `position`, as token indices.
    private func enclosingGroup(of position: Int) -> ClosedRange<Int>? {
        var depth = 0
        var index = position - 1
        while index >= 0 {
            if tokens[index].isSymbol(")") { depth += 1 }
            if tokens[index].isSymbol("(") {
                if depth == 0 { return matchingParenthesis(index).map { index...$0 } }
                depth -= 1
            }
            index -= 1
        }
        return nil
    }

    // MARK: Pass 1: names the statement defines

    private mutating func collectDefinitions() {
        for index in tokens.indices {
            let current = tokens[index]
            if current.isWord("with") {
                parseCTEList(after: index)
                continue
            }
            if current.isWord("window") {
                parseWindowList(after: index)
                continue
            }
            guard current.isName, let previous = token(index - 1) else { continue }
            let next = token(index + 1)
            if previous.isWord("as") {
                define(current.value, at: index)
                if next?.isSymbol("(") == true, !definitionPositions.contains(index), let close = matchingParenthesis(index + 1) {
                    defineNames(in: (index + 2)..<close)  // `AS t(a, b)`: a derived table's columns
                }
                if let table = tableNamed(token(index - 2)) { aliasTables[current.value] = table }
            } else if !isGrammar(current) && impliesAlias(previous) {
                define(current.value, at: index)
                if let table = tableNamed(previous) { aliasTables[current.value] = table }
            }
        }
    }

    private func tableNamed(_ token: SQLToken?) -> String? {
        guard let token, token.isName, policy.allows(table: token.value) else { return nil }
        return token.value
    }

    /// `WITH [RECURSIVE] name [(columns)] AS [NOT] [MATERIALIZED] (…) [, …]`
    private mutating func parseCTEList(after with: Int) {
        var index = with + 1
        if token(index)?.isWord("recursive") == true { index += 1 }
        while let name = token(index), name.isName {
            cteNames.insert(name.value)
            definitionPositions.insert(index)
            index += 1
            if token(index)?.isSymbol("(") == true, let close = matchingParenthesis(index) {
                defineNames(in: (index + 1)..<close)
                index = close + 1
            }
            guard token(index)?.isWord("as") == true else { return }
            index += 1
            if token(index)?.isWord("not") == true { index += 1 }
            if token(index)?.isWord("materialized") == true { index += 1 }
            guard token(index)?.isSymbol("(") == true, let close = matchingParenthesis(index) else { return }
            index = close + 1
            guard token(index)?.isSymbol(",") == true else { return }
            index += 1
        }
    }

    /// `WINDOW name AS (…) [, …]`
    private mutating func parseWindowList(after window: Int) {
        var index = window + 1
        while let name = token(index), name.isName, token(index + 1)?.isWord("as") == true,
              token(index + 2)?.isSymbol("(") == true, let close = matchingParenthesis(index + 2) {
            windowNames.insert(name.value)
            definitionPositions.insert(index)
            index = close + 1
            guard token(index)?.isSymbol(",") == true else { return }
            index += 1
        }
    }

    /// An identifier right after a value (a name, a literal, a closing parenthesis) is an alias:
    /// `FROM orders o`, `SELECT sum(x) total`.
    private func impliesAlias(_ previous: SQLToken) -> Bool {
        switch previous.kind {
        case .string, .number, .blob, .quotedIdentifier: return true
        case .word: return !SQLVocabulary.grammar.contains(previous.value)
        case .symbol: return previous.value == ")"
        case .parameter: return false
        }
    }

    private mutating func defineNames(in range: Range<Int>) {
        for index in range where tokens[index].isName { define(tokens[index].value, at: index) }
    }

    // MARK: Pass 2: every reference must resolve

    private mutating func checkReferences() throws(SQLGuardError) {
        var fromActive: [Bool] = [false]
        var parenthesisFunction: [String?] = [nil]
        var expectTable = false
        var index = 0
        while index < tokens.count {
            let current = tokens[index]
            defer { index += 1 }

            if current.kind == .symbol {
                switch current.value {
                case "(":
                    let previous = token(index - 1)
                    parenthesisFunction.append(previous.flatMap { $0.kind == .word ? $0.value : nil })
                    // `FROM (a JOIN b)`: a parenthesised join still lists tables; `FROM (SELECT …)` does not.
                    let next = token(index + 1)
                    let joinGroup = expectTable && !(next?.isWord("select") == true || next?.isWord("with") == true || next?.isWord("values") == true)
                    fromActive.append(joinGroup)
                    expectTable = joinGroup
                case ")":
                    if parenthesisFunction.count > 1 { parenthesisFunction.removeLast() }
                    if fromActive.count > 1 { fromActive.removeLast() }
                case ",":
                    if fromActive.last == true { expectTable = true }
                default:
                    break
                }
                continue
            }
            guard current.isName else { continue }

            if current.kind == .word {
                if current.value == "from" {
                    let isDistinctFrom = token(index - 1)?.isWord("distinct") == true
                        && (token(index - 2)?.isWord("is") == true || token(index - 2)?.isWord("not") == true)
                    if isDistinctFrom { continue }
                    if let function = parenthesisFunction.last ?? nil, Self.fromSeparatedFunctions.contains(function) { continue }
                    fromActive[fromActive.count - 1] = true
                    expectTable = true
                    continue
                }
                if current.value == "join" {
                    expectTable = true
                    continue
                }
                if current.value == "lateral" || current.value == "only" { continue }
                if Self.clauseEnders.contains(current.value) {
                    fromActive[fromActive.count - 1] = false
                    expectTable = false
                }
            }

            if expectTable {
                expectTable = false
                index = try resolveTable(at: index)
                continue
            }
            index = try resolveName(at: index)
        }
    }

    /// A name in FROM/JOIN position. Returns the index of the last token consumed.
    private mutating func resolveTable(at index: Int) throws(SQLGuardError) -> Int {
        let current = tokens[index]
        if token(index + 1)?.isSymbol("(") == true {
            throw SQLGuardError(.tableNotAllowed, "Table-valued functions such as \(current.value) are not allowed.", subject: current.value)
        }
        var name = current.value
        var last = index
        if token(index + 1)?.isSymbol(".") == true, let table = token(index + 2), table.isName {
            let allowedSchema = policy.dialect == .sqlite ? "main" : "public"
            guard current.value == allowedSchema else {
                throw SQLGuardError(.tableNotAllowed, "Tables in schema '\(current.value)' cannot be read.", subject: "\(current.value).\(table.value)")
            }
            name = table.value
            last = index + 2
        }
        if cteNames.contains(name) && last == index { return last }
        guard policy.allows(table: name) else {
            throw SQLGuardError(.tableNotAllowed, "The table '\(name)' is not one the copilot may read.", subject: name)
        }
        tables.insert(name)
        return last
    }

    /// Any other name: grammar, a function call, a qualified column, a column or an alias.
    private mutating func resolveName(at index: Int) throws(SQLGuardError) -> Int {
        let current = tokens[index]
        let previous = token(index - 1)
        let next = token(index + 1)

        if next?.isSymbol("(") == true && !(current.kind == .word && SQLVocabulary.parenthesisWords.contains(current.value)) {
            if definitionPositions.contains(index) { return index }
            if previous?.isSymbol("::") == true || previous?.isWord("as") == true { return index }
            try checkFunction(current.value)
            return index
        }
        if isGrammar(current) || definitionPositions.contains(index) { return index }

        if next?.isSymbol(".") == true, let member = token(index + 2) {
            let qualifier = current.value
            let table = policy.allows(table: qualifier) ? qualifier : aliasTables[qualifier]
            guard table != nil || defined[qualifier] != nil || cteNames.contains(qualifier) else {
                throw SQLGuardError(.tableNotAllowed, "'\(qualifier)' is not a table the copilot may read.", subject: qualifier)
            }
            if member.isSymbol("*") { return index + 2 }
            guard member.isName else { return index + 1 }
            let allowed = table.map { policy.allows(table: $0, column: member.value) }
                ?? (policy.columns.contains(member.value) || defined[member.value] != nil)
            guard allowed else {
                throw SQLGuardError(.columnNotAllowed, "There is no readable column '\(member.value)' in '\(qualifier)'.", subject: "\(qualifier).\(member.value)")
            }
            return index + 2
        }

        let name = current.value
        if policy.columns.contains(name) || cteNames.contains(name) || windowNames.contains(name) || policy.allows(table: name) {
            return index
        }
        if let definition = defined[name], definition.position <= index || definition.group.map({ !$0.contains(index) }) == true {
            return index
        }
        throw SQLGuardError(.columnNotAllowed, "'\(name)' is not a column or name the copilot knows.", subject: name)
    }

    private mutating func checkFunction(_ name: String) throws(SQLGuardError) {
        if policy.functions.contains(name) {
            functions.insert(name)
            return
        }
        let dangerous = SQLVocabulary.dangerousFunctions.contains(name)
            || SQLVocabulary.dangerousPrefixes.contains(where: { name.hasPrefix($0) })
        let message = dangerous
            ? "The function \(name)() is blocked: it can reach files, other sessions, settings or unbounded memory."
            : "The function \(name)() is not on the list of functions queries may call."
        throw SQLGuardError(.functionNotAllowed, message, subject: name)
    }
}
