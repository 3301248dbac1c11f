import CopilotCore
import Foundation
import Mustache

/// Builds the LLM planner's messages from the mustache templates in `prompts/`: the system rules,
/// then one user message with the schema slice for the question, similar verified queries,
/// knowledge snippets and the previous turn. Documents and database values are fenced in
/// `<untrusted-…>` blocks. Prompts over ``tokenBudget`` are rebuilt with smaller slices.
struct PromptBuilder: Sendable {
    let model: SemanticModel
    let dialect: SQLDialect
    /// Physical table → columns (with types), from the database's schema and the guard's allowlist.
    let columns: [String: [SchemaSlice.Column]]
    /// Dimension values read from the database.
    let values: [String: [String]]
    let limits: SchemaSlice.Limits
    /// Estimated tokens (characters / 4) the prompt may use, tools included.
    let tokenBudget: Int
    private let system: MustacheTemplate
    private let context: MustacheTemplate
    private let repair: MustacheTemplate
    private let knowledgeResults: MustacheTemplate

    init(model: SemanticModel, dialect: SQLDialect, columns: [String: [SchemaSlice.Column]], values: [String: [String]] = [:],
         templates: (String) -> String?, limits: SchemaSlice.Limits = SchemaSlice.Limits(), tokenBudget: Int = 6_000) throws(LLMError) {
        self.model = model
        self.dialect = dialect
        self.columns = columns
        self.values = values
        self.limits = limits
        self.tokenBudget = tokenBudget
        func load(_ name: String) throws(LLMError) -> MustacheTemplate {
            let path = "prompts/\(name).mustache"
            guard let text = templates(name) else { throw LLMError(.configuration, "the prompt template \(path) is missing") }
            do {
                return try MustacheTemplate(string: text)
            } catch {
                throw LLMError(.configuration, "the prompt template \(path) does not parse: \(error)")
            }
        }
        system = try load("system")
        context = try load("context")
        repair = try load("repair")
        knowledgeResults = try load("knowledge-results")
    }

    /// Estimated tokens of a request: characters / 4.
    static func estimatedTokens(_ request: ChatRequest) -> Int { request.characterCount / 4 }

    /// The first request for `question`, within the token budget where possible.
    func request(question: String, asOf: CalendarDate, previousPlan: QueryPlan?, history: [PlanningContext.PriorTurn] = [],
                 knowledge: [KnowledgeHit], tools: [ChatTool], maxTokens: Int?) -> ChatRequest {
        var limits = self.limits
        var snippets = knowledge
        var history = Array(history.suffix(Self.historyTurns))
        var request = ChatRequest(messages: [], tools: tools, temperature: 0, maxTokens: maxTokens)
        for _ in 0..<4 {
            let slice = SchemaSlice(model: model, columns: columns, question: question, previousPlan: previousPlan,
                                    values: values, limits: limits)
            request.messages = [
                .system(render(system, ["dialect": dialect.rawValue, "as_of": asOf.iso])),
                .user(render(context, contextValues(question: question, asOf: asOf, slice: slice, knowledge: snippets,
                                                    previousPlan: previousPlan, history: history))),
            ]
            if Self.estimatedTokens(request) <= tokenBudget { break }
            limits = limits.halved
            snippets = Array(snippets.prefix(max(0, snippets.count - 1)))
            history = Array(history.suffix(max(1, history.count - 1)))
        }
        return request
    }

    /// The repair message: why the model's query could not be used.
    func repairMessage(problem: String) -> String {
        render(repair, ["problem": problem])
    }

    /// The result of `search_knowledge`, fenced as untrusted.
    func knowledgeMessage(_ hits: [KnowledgeHit]) -> String {
        var values: [String: Any] = ["hits": hits.map(Self.snippet)]
        if !hits.isEmpty { values["has_hits"] = true }
        return render(knowledgeResults, values)
    }

    private func render(_ template: MustacheTemplate, _ values: [String: Any]) -> String {
        template.render(values).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Earlier turns put into the prompt at most.
    static let historyTurns = 3

    private func contextValues(question: String, asOf: CalendarDate, slice: SchemaSlice, knowledge: [KnowledgeHit],
                               previousPlan: QueryPlan?, history: [PlanningContext.PriorTurn]) -> [String: Any] {
        var values: [String: Any] = ["dialect": dialect.rawValue, "as_of": asOf.iso, "question": question]
        if slice.omittedTables > 0 { values["omitted_tables"] = slice.omittedTables }
        values["tables"] = slice.tables.map { table -> [String: Any] in
            var entry: [String: Any] = ["name": table.name]
            var columns = table.columns.map { $0.type.isEmpty ? $0.name : "\($0.name) \($0.type)" }.joined(separator: ", ")
            if table.omittedColumns > 0 { columns += " (+\(table.omittedColumns) more)" }
            entry["columns"] = columns.isEmpty ? "(not listed)" : columns
            if !table.roles.isEmpty { entry["roles"] = table.roles.joined(separator: "; ") }
            return entry
        }
        if !slice.joins.isEmpty {
            values["has_joins"] = true
            values["joins"] = slice.joins
        }
        if !slice.metrics.isEmpty {
            values["has_metrics"] = true
            values["metrics"] = slice.metrics.map { metric -> [String: Any] in
                var entry: [String: Any] = ["name": metric.name, "label": metric.label, "expression": metric.expression]
                if !metric.filters.isEmpty { entry["filters"] = metric.filters.joined(separator: " AND ") }
                if let time = metric.time { entry["time"] = time }
                if !metric.description.isEmpty { entry["description"] = metric.description }
                return entry
            }
        }
        if !slice.dimensions.isEmpty {
            values["has_dimensions"] = true
            values["dimensions"] = slice.dimensions.map { dimension -> [String: Any] in
                var entry: [String: Any] = ["name": dimension.name, "label": dimension.label, "expression": dimension.expression]
                if !dimension.values.isEmpty {
                    entry["has_values"] = true
                    entry["values"] = Self.fenceSafe(dimension.values.joined(separator: " | "))
                }
                return entry
            }
        }
        if !slice.examples.isEmpty {
            values["has_examples"] = true
            values["examples"] = slice.examples.map { ["question": $0.question, "sql": Self.oneLine($0.sql)] }
        }
        if !knowledge.isEmpty {
            values["has_knowledge"] = true
            values["knowledge"] = knowledge.map(Self.snippet)
        }
        if !history.isEmpty {
            values["has_history"] = true
            values["history"] = history.map { turn -> [String: Any] in
                // Answers quote database values, so they are fenced like documents.
                var entry: [String: Any] = ["question": Self.fenceSafe(Self.oneLine(String(turn.question.prefix(300)))),
                                            "answer": Self.fenceSafe(Self.oneLine(String(turn.answer.prefix(240))))]
                if let sql = turn.sql { entry["sql"] = Self.oneLine(String(sql.prefix(800))) }
                return entry
            }
        }
        if let previousPlan {
            var previous: [String: Any] = ["plan": Self.compactJSON(previousPlan)]
            if let sql = try? SemanticCompiler(model: model, dialect: dialect).compile(previousPlan).sql { previous["sql"] = Self.oneLine(sql) }
            values["previous"] = previous
        }
        return values
    }

    /// A knowledge hit as template values: fenced text, at most 700 characters.
    static func snippet(_ hit: KnowledgeHit) -> [String: Any] {
        let body = hit.body.count > 700 ? String(hit.body.prefix(700)) + " …" : hit.body
        return ["source": fenceSafe(hit.source).replacingOccurrences(of: "\"", with: "'"),
                "section": fenceSafe(hit.headingPath).replacingOccurrences(of: "\"", with: "'"),
                "text": fenceSafe(body)]
    }

    /// Untrusted text cannot close or open a fence.
    static func fenceSafe(_ text: String) -> String {
        text.replacingOccurrences(of: "<untrusted", with: "‹untrusted", options: .caseInsensitive)
            .replacingOccurrences(of: "</untrusted", with: "‹/untrusted", options: .caseInsensitive)
    }

    static func oneLine(_ sql: String) -> String {
        sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    static func compactJSON<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
