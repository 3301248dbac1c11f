import CopilotCore
import Foundation

/// Reads what a model meant from whatever it sent: a tool call, a JSON object in the text (JSON
/// mode, or models that write tool calls as text), SQL in a ```sql fence or a bare SELECT in prose.
enum ModelReplyParser {
    enum Action: Sendable, Equatable {
        case runSQL(String)
        case searchKnowledge(String)
        case proposeAction(name: String, arguments: String)
        case askClarification(String)
        /// Prose with no query in it.
        case text(String)
        case nothing
    }

    /// The first action in `completion`, and the tool call it came from (for answering that call).
    static func action(from completion: ChatCompletion) -> (Action, ToolCall?) {
        for call in completion.toolCalls {
            if let action = action(tool: call.name, arguments: call.parsedArguments, raw: call.arguments) { return (action, call) }
        }
        let content = completion.content?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !content.isEmpty else { return (.nothing, nil) }
        if let object = jsonObject(in: content) {
            if let name = (object["tool"] ?? object["name"] ?? object["function"])?.stringValue,
               let action = action(tool: name, arguments: object["arguments"] ?? object["parameters"], raw: content) {
                return (action, nil)
            }
            if let sql = (object["sql"] ?? object["query"])?.stringValue, let cleaned = self.sql(in: sql) { return (.runSQL(cleaned), nil) }
            if let question = (object["clarification"] ?? object["question"])?.stringValue { return (.askClarification(question), nil) }
        }
        if let sql = sql(in: content) { return (.runSQL(sql), nil) }
        return (.text(content), nil)
    }

    private static func action(tool: String, arguments: JSONValue?, raw: String) -> Action? {
        // Arguments sent as a JSON string holding the object.
        let arguments = arguments?.stringValue.flatMap { jsonObject(in: $0) } ?? arguments
        switch tool {
        case PlannerTools.runSQL:
            // Whatever the model passed as SQL goes to the guard, which decides; only fences are removed.
            let text = (arguments?["sql"] ?? arguments?["query"])?.stringValue ?? raw
            return (sql(in: text) ?? clean(text)).map(Action.runSQL)
        case PlannerTools.searchKnowledge:
            return .searchKnowledge((arguments?["query"])?.stringValue ?? raw)
        case PlannerTools.proposeAction:
            let argumentText = arguments?["arguments"].map { $0.stringValue ?? $0.jsonText } ?? "{}"
            return .proposeAction(name: arguments?["name"]?.stringValue ?? "unnamed", arguments: argumentText)
        case PlannerTools.askClarification:
            return .askClarification((arguments?["question"])?.stringValue ?? raw)
        default:
            return nil
        }
    }

    // MARK: Tolerant readers

    /// A JSON object in `text`: the whole text, a ```json fence, or the outermost `{…}` in prose.
    static func jsonObject(in text: String) -> JSONValue? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var candidates = [trimmed]
        candidates += fencedBlocks(in: trimmed).map(\.body)
        if let open = trimmed.firstIndex(of: "{"), let close = trimmed.lastIndex(of: "}"), open < close {
            candidates.append(String(trimmed[open...close]))
        }
        for candidate in candidates {
            if let value = JSONValue.parse(candidate), case .object = value { return value }
        }
        return nil
    }

    /// The SQL in `text`: a fenced block labelled sql (or holding a SELECT), else the first line
    /// starting with SELECT or WITH up to a `;` or blank line. Trailing semicolons are dropped.
    static func sql(in text: String) -> String? {
        let blocks = fencedBlocks(in: text)
        if let block = blocks.first(where: { ["sql", "sqlite", "postgres", "postgresql", "pgsql"].contains($0.label) && clean($0.body) != nil })
            ?? blocks.first(where: { startsLikeQuery($0.body) }) {
            return clean(block.body)
        }
        if startsLikeQuery(text) { return clean(untilEndOfStatement(text)) }
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { startsLikeQuery($0) }) else { return nil }
        return clean(untilEndOfStatement(lines[start...].joined(separator: "\n")))
    }

    /// Code fences: (label, body).
    static func fencedBlocks(in text: String) -> [(label: String, body: String)] {
        var blocks: [(String, String)] = []
        var remainder = Substring(text)
        while let open = remainder.range(of: "```") {
            let afterOpen = remainder[open.upperBound...]
            let labelEnd = afterOpen.firstIndex(of: "\n") ?? afterOpen.endIndex
            let label = afterOpen[..<labelEnd].trimmingCharacters(in: .whitespaces).lowercased()
            let bodyStart = labelEnd < afterOpen.endIndex ? afterOpen.index(after: labelEnd) : labelEnd
            guard let close = afterOpen[bodyStart...].range(of: "```") else {
                blocks.append((label, String(afterOpen[bodyStart...])))  // unterminated fence: take the rest
                break
            }
            blocks.append((label, String(afterOpen[bodyStart..<close.lowerBound])))
            remainder = afterOpen[close.upperBound...]
        }
        return blocks
    }

    private static func startsLikeQuery(_ text: String) -> Bool {
        let head = text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(12).lowercased()
        return head.hasPrefix("select ") || head.hasPrefix("select\n") || head.hasPrefix("with ") || head.hasPrefix("with\n")
            || head.hasPrefix("select*")
    }

    /// Up to the first `;` outside quotes, or a blank line.
    private static func untilEndOfStatement(_ text: String) -> String {
        var result = ""
        var quote: Character?
        var previous: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == ";" {
                break
            } else if character == "\n" && previous == "\n" {
                break
            }
            result.append(character)
            previous = character
        }
        return result
    }

    private static func clean(_ sql: String) -> String? {
        var text = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(";") { text = String(text.dropLast()).trimmingCharacters(in: .whitespacesAndNewlines) }
        return text.isEmpty ? nil : text
    }
}
