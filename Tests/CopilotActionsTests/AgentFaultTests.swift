import AsyncHTTPClient
import CopilotTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotResources
@testable import CopilotServer

/// The agent side of actions over real loopback HTTP: injected faults (slow agent, 5xx, a lost
/// answer, an agent that is down) still give exactly one effect; the reference agents honour the
/// protocol (idempotency keys, credentials from the environment).
final class AgentFaultTests: XCTestCase {
    private let samples = ActionFixture.samples

    func testInjectedFaultsStillGiveExactlyOneEffect() async throws {
        let samples = self.samples
        try await ActionFixture.with(timeout: 0.5) { fixture in
            // (fault script, expected attempts at least, why the first attempt failed)
            let scripts: [([AgentFaults.Fault], Int, String)] = [
                ([.delay(1.0)], 2, "did not answer within"),     // slow: the retry with the same key gets the stored receipt
                ([.status(500)], 2, "HTTP 500"),                 // 500 then success
                ([.dropAfterEffect], 2, "broke before"),         // the effect happened, the answer was lost
            ]
            var expectedEffects = 0
            for (faults, minimumAttempts, firstFailure) in scripts {
                await fixture.faults.enqueue(faults[0])
                let proposal = try await fixture.propose("restock product \(samples.activeProduct) with 3 units")
                let started = Date()
                let reply = try await fixture.engine.confirmAction(id: try XCTUnwrap(proposal.action?.id), caller: .local)
                XCTAssertEqual(reply.action?.status, "succeeded", "\(faults): \(reply.text)")
                let record = try await fixture.actions.store.action(id: try XCTUnwrap(proposal.action?.id))
                XCTAssertGreaterThanOrEqual(record?.attempts ?? 0, minimumAttempts, "\(faults)")
                let events = try await fixture.actions.store.events(actionID: try XCTUnwrap(proposal.action?.id))
                let retried = events.filter { $0.event == "retried" }.compactMap(\.detail)
                XCTAssertTrue(retried.first?.contains(firstFailure) ?? false, "\(faults): \(retried)")
                XCTAssertLessThan(Date().timeIntervalSince(started), 5)
                expectedEffects += 1
                if faults == [.delay(1.0)] { try await Task.sleep(nanoseconds: 700_000_000) }  // let the slow first request finish
                let effects = try await fixture.effects()
                XCTAssertEqual(effects, expectedEffects, "\(faults)")
            }
        }
    }

    func testAgentDownFailsCleanlyOpensTheBreakerAndCanBeRetried() async throws {
        let samples = self.samples
        let closedPort = try Self.unusedPort()
        try await ActionFixture.with(agentOrigin: "http://127.0.0.1:\(closedPort)") { fixture in
            let first = try await fixture.propose("send customer \(samples.customer) a 12% coupon")
            let id = try XCTUnwrap(first.action?.id)
            let failed = try await fixture.engine.confirmAction(id: id, caller: .local)
            XCTAssertEqual(failed.action?.status, "failed")
            XCTAssertTrue(failed.text.contains("could not be reached"), failed.text)
            XCTAssertTrue(failed.text.contains("confirm again"), failed.text)
            let record = try await fixture.actions.store.action(id: id)
            XCTAssertEqual(record?.retryable, true)
            XCTAssertEqual(record?.attempts, 3)

            // Three failures opened that agent's circuit: its next call fails fast without a request,
            // while another agent's circuit is unaffected.
            let second = try await fixture.propose("send customer \(samples.customer) a 15% coupon")
            let fast = try await fixture.engine.confirmAction(id: try XCTUnwrap(second.action?.id), caller: .local)
            XCTAssertEqual(fast.action?.status, "failed")
            XCTAssertTrue(fast.text.contains("circuit open"), fast.text)
            let fastRecord = try await fixture.actions.store.action(id: try XCTUnwrap(second.action?.id))
            XCTAssertEqual(fastRecord?.attempts, 0)
            let other = try await fixture.propose("restock product \(samples.activeProduct) with 2 units")
            _ = try await fixture.engine.confirmAction(id: try XCTUnwrap(other.action?.id), caller: .local)
            let otherRecord = try await fixture.actions.store.action(id: try XCTUnwrap(other.action?.id))
            XCTAssertEqual(otherRecord?.attempts, 3, "the Inventory agent's circuit was still closed")
            let effects = try await fixture.effects()
            XCTAssertEqual(effects, 0)

            // The agent is back (same store, the live server): confirming the failed action again
            // retries it with the same key, once.
            let port = try XCTUnwrap(URLComponents(string: fixture.registry.agents[0].baseURL)?.port)
            XCTAssertEqual(port, closedPort)
            let engine = ActionFixture.engine(fixture.engine, with: ActionService(
                registry: fixture.registry.rebased(to: fixture.liveOrigin), store: fixture.actions.store,
                client: HTTPAgentClient(environment: [:], logger: TestSupport.quietLogger), runner: fixture.engine.runner,
                logger: TestSupport.quietLogger))
            let retried = try await engine.confirmAction(id: id, caller: .local)
            XCTAssertEqual(retried.action?.status, "succeeded", retried.text)
            let again = try await engine.confirmAction(id: id, caller: .local)
            XCTAssertEqual(again.action?.receipt, retried.action?.receipt)
            let effectsAfterRetry = try await fixture.effects()
            XCTAssertEqual(effectsAfterRetry, 1)
        }
    }

    func testAgentProtocolIdempotencyOverHTTP() async throws {
        try await ActionFixture.with { fixture in
            func post(_ body: String, path: String = "/customer-communication/coupons", key: String?) async throws -> (Int, JSONValue) {
                var request = HTTPClientRequest(url: fixture.liveOrigin + path)
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/json")
                if let key { request.headers.add(name: "Idempotency-Key", value: key) }
                request.body = .bytes(ByteBuffer(string: body))
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
                return (Int(response.status.code), JSONValue.parse(String(buffer: try await response.body.collect(upTo: 1 << 16))) ?? .null)
            }
            let body = #"{"customer_id": \#(ActionFixture.samples.customer), "percent": 10}"#
            let (missingKey, _) = try await post(body, key: nil)
            XCTAssertEqual(missingKey, 400)
            let (invalid, _) = try await post(#"{"customer_id": 1, "percent": 90}"#, key: "k-invalid")
            XCTAssertEqual(invalid, 422)
            let (first, receipt) = try await post(body, key: "k-1")
            let (second, replay) = try await post(body, key: "k-1")
            XCTAssertEqual([first, second], [201, 201])
            XCTAssertEqual(receipt, replay, "same key, same body: the stored receipt")
            let (reused, _) = try await post(#"{"customer_id": \#(ActionFixture.samples.customer), "percent": 20}"#, key: "k-1")
            XCTAssertEqual(reused, 422, "same key, other body")
            let (tooSoon, refusal) = try await post(body, key: "k-2")
            XCTAssertEqual(tooSoon, 409, "one goodwill coupon per 30 days")
            XCTAssertEqual(refusal["error"]?["code"], .string("coupon_too_soon"))
            // Business rules answer 409 with no effect.
            let samples = ActionFixture.samples
            let (shipped, notCancellable) = try await post(#"{"order_id": \#(samples.shippedOrder)}"#, path: "/order/cancel", key: "k-3")
            XCTAssertEqual(shipped, 409)
            XCTAssertEqual(notCancellable["error"]?["code"], .string("not_cancellable"))
            let returnBody = #"{"order_id": \#(samples.deliveredOrder), "reason": "damaged"}"#
            let (opened, _) = try await post(returnBody, path: "/after-sales/returns", key: "k-4")
            let (twice, _) = try await post(returnBody, path: "/after-sales/returns", key: "k-5")
            XCTAssertEqual([opened, twice], [201, 409], "one open return per order")
            let effects = try await fixture.effects()
            XCTAssertEqual(effects, 2)
        }
    }

    /// Agent credentials come from the environment variable the registry names: sent when set,
    /// required by the reference agents when set there, and never written to the audit trail.
    func testAgentCredentialsFromTheEnvironment() async throws {
        let directory = try TestSupport.temporaryDirectory("agent-auth")
        defer { try? FileManager.default.removeItem(at: directory) }
        let shipped = try AgentRegistry.load(path: nil, environment: [:], shipped: ResourceLibrary(root: TestSupport.repositoryRoot).text("agents/demo.yaml"))
        let secret = "s3cret-\(UUID().uuidString)"
        let environment = ["COPILOT_CUSTOMER_AGENT_KEY": secret]
        let store = try ReferenceAgentStore(path: directory.appendingPathComponent("agents.db").path, seedFrom: TestSupport.demoDatabasePath)
        let server = ReferenceAgentServer(registry: shipped, store: store, port: 0, environment: environment)
        try await server.application(logger: TestSupport.quietLogger).test(.live) { client in
            let registry = shipped.rebased(to: "http://127.0.0.1:\(try XCTUnwrap(client.port))")
            let (agent, action) = try XCTUnwrap(registry.find(action: "send_coupon"))
            let call = AgentCall(agent: agent, action: action, arguments: ["customer_id": .number(Double(ActionFixture.samples.customer)), "percent": .number(5)],
                                 idempotencyKey: "act_auth_test")
            let anonymous = await HTTPAgentClient(environment: [:], logger: TestSupport.quietLogger).execute(call)
            XCTAssertEqual(anonymous.result, .rejected)
            XCTAssertEqual(anonymous.status, 401)
            let authorised = await HTTPAgentClient(environment: environment, logger: TestSupport.quietLogger).execute(call)
            XCTAssertEqual(authorised.result, .succeeded)
            XCTAssertFalse((anonymous.message ?? "").contains(secret) || authorised.body?.jsonText.contains(secret) == true)
            let effects = try await store.effectCount()
            XCTAssertEqual(effects, 1)
        }
    }

    /// An execution abandoned mid-call (the process died) is taken over by a later confirmation,
    /// with the same key, once; a recent one is not.
    func testAbandonedExecutionIsTakenOverOnce() async throws {
        let samples = self.samples
        try await ActionFixture.with { fixture in
            let proposal = try await fixture.propose("restock product \(samples.activeProduct) with 4 units")
            let id = try XCTUnwrap(proposal.action?.id)
            let tenMinutesAgo = Date().addingTimeInterval(-600)
            guard case .claimed = try await fixture.actions.store.claim(id: id, by: "local", now: tenMinutesAgo, staleBefore: tenMinutesAgo) else {
                return XCTFail("the proposal could not be claimed")
            }
            let recent = try await fixture.actions.store.claim(id: id, by: "local", now: Date(),
                                                               staleBefore: Date().addingTimeInterval(-1_200))
            guard case .current(let running) = recent else { return XCTFail("a recent execution was taken over") }
            XCTAssertEqual(running.status, .executing)
            let taken = try await fixture.engine.confirmAction(id: id, caller: .local)
            XCTAssertEqual(taken.action?.status, "succeeded", taken.text)
            let effects = try await fixture.effects()
            XCTAssertEqual(effects, 1)
        }
    }

    /// A loopback port nothing listens on.
    static func unusedPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(descriptor, raw, length) == 0, getsockname(descriptor, raw, &length) == 0 else { throw POSIXError(.EADDRINUSE) }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
