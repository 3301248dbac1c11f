/// Preconditions read from the reporting data before anything is proposed: the order exists and its
/// status allows the action, the product is active, the customer exists. Every read goes through the
/// SQL guard on the read-only connection; ids are validated integers before they reach the SQL. On a
/// database without the demo contract's tables the checks are skipped (the agent checks again when
/// it acts).
extension ActionService {
    func checkPreconditions(_ action: String, _ arguments: [String: JSONValue]) async throws {
        switch action {
        case "cancel_order":
            guard let id = arguments["order_id"]?.intValue, let status = try await orderStatus(id) else { return }
            guard ["pending", "paid"].contains(status) else {
                let hint = ["shipped", "delivered"].contains(status) ? " Open a return instead once it is delivered." : ""
                throw ActionError(.precondition, "Order \(id) is \(status), so it can no longer be cancelled (only pending or paid orders can).\(hint)",
                                  context: ["order_id": String(id), "status": status])
            }
        case "open_return":
            guard let id = arguments["order_id"]?.intValue, let status = try await orderStatus(id) else { return }
            guard ["delivered", "returned"].contains(status) else {
                let hint = ["pending", "paid"].contains(status) ? " It has not shipped yet: cancel it instead." : ""
                throw ActionError(.precondition, "Order \(id) is \(status); a return can be opened only for a delivered order.\(hint)",
                                  context: ["order_id": String(id), "status": status])
            }
        case "restock_product":
            guard let id = arguments["product_id"]?.intValue,
                  let row = try await firstRow("SELECT is_active FROM products WHERE product_id = \(id)", table: "products") else { return }
            guard let values = row else { throw ActionError(.precondition, "There is no product \(id).", context: ["product_id": String(id)]) }
            guard values.first?.int64Value == 1 else {
                throw ActionError(.precondition, "Product \(id) is discontinued (not active), so it cannot be restocked.", context: ["product_id": String(id)])
            }
            if let warehouse = arguments["warehouse_id"]?.intValue,
               let found = try await firstRow("SELECT warehouse_id FROM warehouses WHERE warehouse_id = \(warehouse)", table: "warehouses"), found == nil {
                throw ActionError(.precondition, "There is no warehouse \(warehouse).", context: ["warehouse_id": String(warehouse)])
            }
        case "send_coupon":
            guard let id = arguments["customer_id"]?.intValue,
                  let row = try await firstRow("SELECT customer_id FROM customers WHERE customer_id = \(id)", table: "customers") else { return }
            guard row != nil else { throw ActionError(.precondition, "There is no customer \(id).", context: ["customer_id": String(id)]) }
        default:
            return
        }
    }

    /// The order's status; nil when the database has no orders table. Throws for an unknown order.
    private func orderStatus(_ id: Int) async throws -> String? {
        guard let row = try await firstRow("SELECT status FROM orders WHERE order_id = \(id)", table: "orders") else { return nil }
        guard let status = row?.first?.stringValue else {
            throw ActionError(.precondition, "There is no order \(id).", context: ["order_id": String(id)])
        }
        return status
    }

    /// nil when `table` is not readable here (no check possible); `.some(nil)` when no row matched.
    private func firstRow(_ sql: String, table: String) async throws -> [DatabaseValue]?? {
        guard runner.database.policy.allows(table: table) else { return nil }
        let run = try await runner.run(sql, origin: "actions")
        return .some(run.result.rows.first)
    }
}
