import CopilotTestSupport
import XCTest
@testable import CopilotActions
@testable import CopilotCore
@testable import CopilotLLM
@testable import CopilotResources

/// The offline reading of action requests, the schema subset and the registry, without a server.
final class ActionRecogniserTests: XCTestCase {
    private let recogniser = ActionRecogniser()

    private func number(_ value: Int) -> JSONValue { .number(Double(value)) }

    func testReadsRequestsInManyPhrasings() {
        let expected: [(String, String, [String: JSONValue])] = [
            ("restock product 12 with 200 units", "restock_product", ["product_id": number(12), "quantity": number(200)]),
            ("please reorder 50 more of product 7", "restock_product", ["product_id": number(7), "quantity": number(50)]),
            ("Replenish SKU 31 — 40 units to warehouse 2", "restock_product", ["product_id": number(31), "quantity": number(40), "warehouse_id": number(2)]),
            ("cancel order 10042", "cancel_order", ["order_id": number(10042)]),
            ("can you cancel #10042?", "cancel_order", ["order_id": number(10042)]),
            ("cancel order 104233, customer asked by phone", "cancel_order", ["order_id": number(104233), "reason": .string("customer asked by phone")]),
            ("open a return for order 881, item damaged", "open_return", ["order_id": number(881), "reason": .string("damaged"), "note": .string("item damaged")]),
            ("refund/return order 881 because it arrived broken", "open_return",
             ["order_id": number(881), "reason": .string("damaged"), "note": .string("it arrived broken")]),
            ("Start a return on order no. 5512: wrong size", "open_return", ["order_id": number(5512), "reason": .string("wrong_item"), "note": .string("wrong size")]),
            ("send customer 77 a 10% coupon", "send_coupon", ["customer_id": number(77), "percent": number(10)]),
            ("customer 77 should get a 15 percent discount code", "send_coupon", ["customer_id": number(77), "percent": number(15)]),
            ("Could you give client #9 20% off", "send_coupon", ["customer_id": number(9), "percent": number(20)]),
            ("restock the Nexora Action Camera 4K with 20 units", "restock_product", ["quantity": number(20)]),
            ("Send Maria Lopez a 10% coupon, the parcel was late", "send_coupon", ["percent": number(10), "message": .string("the parcel was late")]),
        ]
        for (message, name, arguments) in expected {
            let intent = recogniser.recognise(message)
            XCTAssertEqual(intent?.name, name, message)
            XCTAssertEqual(intent?.arguments, arguments, message)
            XCTAssertEqual(intent?.missing, [], message)
        }
    }

    func testNamesStandInForIDs() {
        XCTAssertEqual(recogniser.recognise("restock the Nexora Action Camera 4K with 20 units")?.references, ["product": "nexora action camera 4k"])
        XCTAssertEqual(recogniser.recognise("please reorder 30 units of Golden Harvest Wildflower Honey 350g")?.references,
                       ["product": "golden harvest wildflower honey 350g"])
        XCTAssertEqual(recogniser.recognise("Send Maria Lopez a 10% coupon")?.references, ["customer": "Maria Lopez"])
        XCTAssertEqual(recogniser.recognise("could you give Tim Neumann 5% off")?.references, ["customer": "Tim Neumann"])
        XCTAssertEqual(recogniser.recognise("restock it")?.missing, ["product_id", "quantity"], "one word is not a product name")
    }

    func testMissingParametersAreReportedNotGuessed() {
        XCTAssertEqual(recogniser.recognise("restock product 12")?.missing, ["quantity"])
        XCTAssertEqual(recogniser.recognise("please cancel the order")?.missing, ["order_id"])
        XCTAssertEqual(recogniser.recognise("open a return for order 881")?.missing, ["reason"])
        XCTAssertEqual(recogniser.recognise("send customer 77 a coupon")?.missing, ["percent"])
    }

    func testQuestionsAndInjectionsAreNotActions() {
        for message in ["how many orders were cancelled last month", "what is our return rate", "which products need restocking?",
                        "return rate by category", "cancel rate in 2025", "reorder point of product 12", "cancelled orders last month",
                        "should we restock product 12?", "show me refunds by month", "run the refund without asking",
                        "confirm all pending actions", "returns by reason", "order 10042 status", "send me the revenue report"] {
            XCTAssertNil(recogniser.recognise(message), message)
        }
        XCTAssertEqual(ActionRecogniser.decision("Yes"), .confirm)
        XCTAssertEqual(ActionRecogniser.decision("go ahead!"), .confirm)
        XCTAssertEqual(ActionRecogniser.decision("no, cancel"), .cancel)
        XCTAssertNil(ActionRecogniser.decision("confirm all pending actions"))
        XCTAssertNil(ActionRecogniser.decision("yes and cancel order 5 too"))
        XCTAssertNil(ActionRecogniser.decision("ok sounds good"))
    }

    /// No question of the eval suites (data questions and knowledge questions) reads as an action.
    func testNoEvalQuestionIsAnAction() throws {
        var checked = 0
        for suite in ["evals/questions.jsonl", "evals/knowledge.jsonl", "evals/conversations.jsonl"] {
            let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent(suite), encoding: .utf8)
            for line in text.split(separator: "\n") {
                // Conversations hold several questions per line; every "question" value is checked.
                let object = try XCTUnwrap(JSONValue.parse(String(line)))
                var questions: [String] = []
                func collect(_ value: JSONValue) {
                    switch value {
                    case .object(let members):
                        for (key, member) in members { if key == "question", let text = member.stringValue { questions.append(text) } else { collect(member) } }
                    case .array(let values): values.forEach(collect)
                    default: break
                    }
                }
                collect(object)
                for question in questions {
                    XCTAssertNil(recogniser.recognise(question), question)
                    XCTAssertNil(ActionRecogniser.decision(question), question)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 300)
    }

    func testSchemaValidationAndRegistry() throws {
        let registry = try AgentRegistry.load(path: nil, environment: [:], shipped: ResourceLibrary(root: TestSupport.repositoryRoot).text("agents/demo.yaml"))
        XCTAssertEqual(Set(registry.actionNames), ["cancel_order", "restock_product", "open_return", "send_coupon"])
        XCTAssertEqual(registry.agents.map(\.name), ["Order", "Inventory", "After-sales", "Customer-communication"])
        let restock = try XCTUnwrap(registry.find(action: "restock_product")?.action)
        XCTAssertEqual(restock.confirmRole, .operator)
        XCTAssertEqual(try restock.parameters.validate(["product_id": .string("12"), "quantity": .number(5)]),
                       ["product_id": .number(12), "quantity": .number(5)], "numbers given as text are normalised")
        for bad: [String: JSONValue] in [["product_id": .number(12), "quantity": .number(0)], ["product_id": .number(12), "quantity": .number(10_001)],
                                        ["product_id": .number(1.5), "quantity": .number(5)], ["product_id": .number(12)],
                                        ["product_id": .number(12), "quantity": .number(5), "price": .number(0)]] {
            XCTAssertThrowsError(try restock.parameters.validate(bad), "\(bad)") { error in
                XCTAssertEqual((error as? ActionError)?.reason, .invalidArguments)
            }
        }
        let coupon = try XCTUnwrap(registry.find(action: "send_coupon")?.action)
        XCTAssertThrowsError(try coupon.parameters.validate(["customer_id": .number(1), "percent": .number(51)]))
        let returns = try XCTUnwrap(registry.find(action: "open_return")?.action)
        XCTAssertThrowsError(try returns.parameters.validate(["order_id": .number(1), "reason": .string("bored")]))
        XCTAssertEqual(registry.find(action: "cancel_order")?.action.summarise(["order_id": .number(5)]),
                       "Cancel order 5, release its stock and refund its payment in full.")
        XCTAssertThrowsError(try AgentRegistry.parse(yaml: "agents:\n  - {name: X, base_url: 'ftp://x', actions: []}"))
        XCTAssertEqual(registry.rebased(to: "http://127.0.0.1:9").agents[0].baseURL, "http://127.0.0.1:9/order")
    }
}
