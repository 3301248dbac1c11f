import CopilotCore
import Hummingbird
import RetailCopilot

/// Guarded raw SQL for analysts and knowledge search.
struct DataRoutes: Sendable {
    let runner: GuardedSQLRunner
    let knowledge: (any KnowledgeSource)?

    struct SQLRequest: Decodable {
        var sql: String
    }

    func register(on router: Router<CopilotRequestContext>) {
        router.post("/v1/sql") { request, context in
            _ = try context.require(.analyst)
            let body = try await ChatRoutes.decode(SQLRequest.self, from: request, context: context)
            try InputLimits.checkText(body.sql, field: "sql")
            let response = await SQLRunResponse.run(body.sql, with: runner, origin: "http")
            return try JSONResponse.make(response, status: response.ok ? .ok : response.refused ? .unprocessableContent : .badRequest)
        }
        router.get("/v1/knowledge/search") { request, context in
            _ = try context.require(.viewer)
            guard let query = request.uri.queryParameters.get("q"), !InputLimits.isBlank(query) else {
                throw APIError(.badRequest, code: "missing_query", message: "Pass the search text as ?q=…")
            }
            guard let knowledge else {
                throw APIError(.notFound, code: "no_knowledge_base", message: "No knowledge base is configured.")
            }
            try InputLimits.checkText(query, field: "query")
            let limit = try InputLimits.limit(request, default: 5, maximum: 50)
            return try JSONResponse.make(["results": try await knowledge.search(String(query.prefix(500)), limit: limit)])
        }
    }
}
