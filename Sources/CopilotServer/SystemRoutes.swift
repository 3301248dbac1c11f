import CopilotCore
import CopilotResources
import Hummingbird
import Prometheus
import RetailCopilot

/// Probes, metrics, the OpenAPI document and the web chat page.
struct SystemRoutes: Sendable {
    let engine: CopilotEngine
    let registry: PrometheusCollectorRegistry
    let resources: ResourceLibrary

    func register(on router: Router<CopilotRequestContext>) {
        router.get("/healthz") { _, _ in try JSONResponse.make(["status": "ok"]) }
        router.get("/readyz") { _, _ in
            var checks: [String: String] = [:]
            do {
                _ = try await engine.runner.run("SELECT 1", origin: "probe")
                checks["reporting_db"] = "ok"
            } catch {
                checks["reporting_db"] = "unavailable"
            }
            do {
                _ = try await engine.store.sessions(owner: "probe", limit: 1)
                checks["state_db"] = "ok"
            } catch {
                checks["state_db"] = "unavailable"
            }
            let ready = checks.values.allSatisfy { $0 == "ok" }
            checks["status"] = ready ? "ready" : "not_ready"
            return try JSONResponse.make(checks, status: ready ? .ok : .serviceUnavailable)
        }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                     body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        router.get("/openapi.yaml") { _, _ in
            guard let text = resources.text("docs/openapi.yaml") else { throw APIError(.notFound, code: "not_found", message: "No OpenAPI document.") }
            return Response(status: .ok, headers: [.contentType: "application/yaml"], body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get("/") { _, _ in
            guard let page = resources.text("web/index.html") else { throw APIError(.notFound, code: "not_found", message: "No web page.") }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy:
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"],
                            body: .init(byteBuffer: ByteBuffer(string: page)))
        }
    }
}
