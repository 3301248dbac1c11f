import XCTest
@testable import CopilotCore

/// The router's cues: a question about how things work is recognised after a context clause, and
/// short fragments or back-pointing words mark a message that refines the last answer.
final class RouterCueTests: XCTestCase {
    func testAPolicyQuestionAfterItsContext() {
        let question = "customer paid with paypal - when will they see the refund?"
        XCTAssertTrue(TurnRouter.isPolicyShaped(question))
        // Neither the opening nor the rule phrases see it when the clauses are not read apart.
        XCTAssertFalse(TurnRouter.isRuleQuestion(question))
        XCTAssertTrue(TurnRouter.isPolicyShaped("order arrived damaged, can they get a replacement?"))
        XCTAssertTrue(TurnRouter.isPolicyShaped("how long do refunds take"))
    }

    func testASentenceOfContextAndAModalWithASubjectMarkARule() {
        XCTAssertTrue(TurnRouter.isPolicyShaped("a gold member wants to send back a coat 50 days after delivery. do we accept"))
        XCTAssertTrue(TurnRouter.isPolicyShaped("how big a voucher can an agent give without asking a lead?"))
        XCTAssertFalse(TurnRouter.isPolicyShaped("which dimensions can i slice by"), "a request to the copilot is no rule")
        XCTAssertFalse(TurnRouter.isPolicyShaped("revenue we can attribute to marketplaces in 2025"))
    }

    func testARequestForFiguresIsNoRuleQuestion() {
        XCTAssertFalse(TurnRouter.isRuleQuestion("Can I get monthly revenue for Online Store Japan over 2025?"))
        XCTAssertFalse(TurnRouter.isRuleQuestion("could you show me returns by reason for 2024"))
        XCTAssertTrue(TurnRouter.isPolicyShaped("can I refund a gift card purchase to a credit card?"), "a yes/no about what is allowed")
        XCTAssertTrue(TurnRouter.isRuleQuestion("can I get a refund on a gift card?"), "getting something is asked of a rule, not a request to the copilot")
        XCTAssertTrue(TurnRouter.isRuleQuestion("customer in chile - which of our online shops is she meant to use?"))
    }

    func testTheKindsOfNamedValuesJoinAKnowledgeSearch() {
        var plan = QueryPlan(kind: .metric, metrics: ["revenue"])
        plan.filters = [QueryPlan.Filter(dimension: "carrier", values: ["UPS"], negated: false)]
        let model = SemanticModel(name: "t", tables: [], joins: [], dimensions: [.init(name: "carrier", synonyms: ["carrier"], expressions: ["s.carrier"])],
                                  metrics: [])
        XCTAssertEqual(TurnRouter.naming("can UPS take parcels on Sunday?", kindsIn: .plan(plan, notes: []), model: model),
                       "can UPS take parcels on Sunday? (carrier)")
        XCTAssertEqual(TurnRouter.naming("hello", kindsIn: .help("x"), model: model), "hello")
    }

    func testALengthOfTimeAndAHedgedOpeningAskHowThingsWork() {
        XCTAssertTrue(TurnRouter.isPolicyShaped("How many business days does a PayPal refund take to reach the customer?"))
        XCTAssertTrue(TurnRouter.isPolicyShaped("customer never picked up her parcel. roughly how many days before the carrier sends it back?"))
        XCTAssertTrue(TurnRouter.isPolicyShaped("parcel hasn't had a scan in ages. when exactly do we declare it lost?"))
        XCTAssertTrue(TurnRouter.isRuleQuestion("how do we work out the reorder point for a product"))
        XCTAssertFalse(TurnRouter.isPolicyShaped("how many orders did we ship in 2025"))
    }

    func testAnotherFormOfACueIsNoSlipOfTheKeyboard() {
        XCTAssertTrue(TurnRouter.isDefinitionQuestion("devided by what?"))
        XCTAssertTrue(TurnRouter.isDefinitionQuestion("how are returns handled"))
        XCTAssertFalse(TurnRouter.isDefinitionQuestion("how many shipments did each carrier handle in 2025?"))
    }

    func testDataQuestionsAreNotPolicyShaped() {
        XCTAssertFalse(TurnRouter.isPolicyShaped("revenue by category last month"))
        XCTAssertFalse(TurnRouter.isPolicyShaped("customer paid with paypal - revenue by payment method"))
        XCTAssertFalse(TurnRouter.isPolicyShaped("top 5 products by units sold in 2025"))
    }

    func testShortFragmentsAndBackPointersPointBack() {
        for text in ["by carrier", "standard service only", "and last year?", "what about Europe"] {
            XCTAssertTrue(TurnRouter.pointsBack(text), text)
        }
        for text in ["show me those orders from the previous quarter please", "what was the average rating of that product in 2024",
                     "how many of them were shipped by UPS last month", "break it down by region for the whole of 2025"] {
            XCTAssertTrue(TurnRouter.pointsBack(text), text)
        }
    }

    func testALongQuestionWithoutBackPointersDoesNot() {
        XCTAssertFalse(TurnRouter.pointsBack("what was the revenue by category in 2024 across all channels"))
        XCTAssertFalse(TurnRouter.pointsBack("how many customers signed up last month in Germany"))
    }

    func testARequestForRowsWithTheirFieldsIsNoDefinitionQuestion() {
        let rows = "list late UPS express parcels out of Reno for dec 2025 orders, with shipment id, promised date and delivery time"
        XCTAssertTrue(TurnRouter.isDefinitionQuestion(rows), "'promised' alone would send it to the documents")
        XCTAssertTrue(TurnRouter.listsRows(rows))
        XCTAssertFalse(TurnRouter.listsRows("what is the promised delivery time for express?"))
    }
}
