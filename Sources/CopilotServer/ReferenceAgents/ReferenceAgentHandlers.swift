import CopilotCore
import CopilotSQLite
import Foundation
import RetailCopilot

/// What each demo action does to the agents' own database. Runs inside the idempotency
/// transaction: the business rule check, the change, the effect log line and the stored receipt
/// commit together or not at all.
enum ReferenceAgentHandlers {
    typealias Outcome = (status: Int, body: JSONValue, effect: String?)

    static let supported: Set<String> = ["cancel_order", "restock_product", "open_return", "send_coupon"]

    /// Copies the rows the action needs from the seed source on first use.
    static func seed(_ action: String, _ arguments: [String: JSONValue], store: ReferenceAgentStore) async throws {
        if let order = arguments["order_id"]?.intValue { try await store.seed(order: order) }
        if let product = arguments["product_id"]?.intValue { try await store.seed(product: product) }
        if let customer = arguments["customer_id"]?.intValue { try await store.seed(customer: customer) }
    }

    static func apply(_ action: String, _ arguments: [String: JSONValue], agent: String, key: String, connection: Connection) throws -> Outcome {
        let now = Date()
        let stamp = ReferenceAgentStore.now()
        func receipt(_ effect: [String: JSONValue]) -> JSONValue {
            .object(["receipt_id": .string("rcpt_" + String(Fingerprint.fnv1a(key + action).prefix(12))), "status": .string("done"),
                     "agent": .string(agent), "action": .string(action), "idempotency_key": .string(key), "created_at": .string(stamp),
                     "effect": .object(effect)])
        }
        func refuse(_ status: Int, _ code: String, _ message: String) -> Outcome {
            (status, .object(["error": .object(["code": .string(code), "message": .string(message)])]), nil)
        }
        switch action {
        case "cancel_order":
            let id = Int64(arguments["order_id"]?.intValue ?? 0)
            guard let status = try connection.scalar("SELECT status FROM orders WHERE order_id = ?", [.integer(id)])?.stringValue else {
                return refuse(404, "order_not_found", "There is no order \(id).")
            }
            guard ["pending", "paid"].contains(status) else {
                return refuse(409, "not_cancellable", "Order \(id) is \(status) and can no longer be cancelled.")
            }
            try connection.execute("UPDATE orders SET status = 'cancelled' WHERE order_id = ?", [.integer(id)])
            return (200, receipt(["order_id": .number(Double(id)), "previous_status": .string(status), "new_status": .string("cancelled"),
                                  "refund": .string(status == "paid" ? "full" : "none")]), "order \(id) cancelled")
        case "restock_product":
            let id = Int64(arguments["product_id"]?.intValue ?? 0)
            guard let active = try connection.scalar("SELECT is_active FROM products WHERE product_id = ?", [.integer(id)])?.int64Value else {
                return refuse(404, "product_not_found", "There is no product \(id).")
            }
            guard active == 1 else { return refuse(409, "product_inactive", "Product \(id) is discontinued.") }
            let quantity = Int64(arguments["quantity"]?.intValue ?? 0)
            let warehouse = arguments["warehouse_id"]?.intValue.map { DatabaseValue.integer(Int64($0)) } ?? .null
            try connection.execute("INSERT INTO purchase_orders (product_id, warehouse_id, quantity, created_at) VALUES (?, ?, ?, ?)",
                                   [.integer(id), warehouse, .integer(quantity), .text(stamp)])
            let purchaseOrder = connection.lastInsertRowID
            return (201, receipt(["purchase_order_id": .number(Double(purchaseOrder)), "product_id": .number(Double(id)),
                                  "quantity": .number(Double(quantity))]), "purchase order \(purchaseOrder) for product \(id)")
        case "open_return":
            let id = Int64(arguments["order_id"]?.intValue ?? 0)
            guard let status = try connection.scalar("SELECT status FROM orders WHERE order_id = ?", [.integer(id)])?.stringValue else {
                return refuse(404, "order_not_found", "There is no order \(id).")
            }
            guard ["delivered", "returned"].contains(status) else {
                return refuse(409, "not_returnable", "Order \(id) is \(status); only delivered orders can be returned.")
            }
            guard try connection.scalar("SELECT 1 FROM returns WHERE order_id = ? AND status = 'requested'", [.integer(id)]) == nil else {
                return refuse(409, "return_already_open", "Order \(id) already has an open return.")
            }
            try connection.execute("INSERT INTO returns (order_id, reason, status, note, created_at) VALUES (?, ?, 'requested', ?, ?)",
                                   [.integer(id), .text(arguments["reason"]?.stringValue ?? ""),
                                    arguments["note"]?.stringValue.map(DatabaseValue.text) ?? .null, .text(stamp)])
            let returnID = connection.lastInsertRowID
            return (201, receipt(["return_id": .number(Double(returnID)), "order_id": .number(Double(id)), "status": .string("requested"),
                                  "label_emailed": .bool(true)]), "return \(returnID) for order \(id)")
        case "send_coupon":
            let id = Int64(arguments["customer_id"]?.intValue ?? 0)
            guard try connection.scalar("SELECT 1 FROM customers WHERE customer_id = ?", [.integer(id)]) != nil else {
                return refuse(404, "customer_not_found", "There is no customer \(id).")
            }
            let monthAgo = ISO8601DateFormatter().string(from: now.addingTimeInterval(-30 * 86_400))
            guard try connection.scalar("SELECT 1 FROM coupons WHERE customer_id = ? AND created_at > ?", [.integer(id), .text(monthAgo)]) == nil else {
                return refuse(409, "coupon_too_soon", "Customer \(id) already received a goodwill coupon in the last 30 days.")
            }
            let code = "GW-" + Fingerprint.fnv1a(key).prefix(8).uppercased()
            let validUntil = String(ISO8601DateFormatter().string(from: now.addingTimeInterval(60 * 86_400)).prefix(10))
            let percent = Int64(arguments["percent"]?.intValue ?? 0)
            try connection.execute("INSERT INTO coupons (code, customer_id, percent, valid_until, created_at) VALUES (?, ?, ?, ?, ?)",
                                   [.text(code), .integer(id), .integer(percent), .text(validUntil), .text(stamp)])
            return (201, receipt(["coupon_code": .string(code), "customer_id": .number(Double(id)), "percent": .number(Double(percent)),
                                  "valid_until": .string(validUntil)]), "coupon \(code) for customer \(id)")
        default:
            return refuse(404, "unknown_action", "This agent does not offer \(action).")
        }
    }
}
