import CopilotCore
import Foundation

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

    /// Named products and customers looked up to their ids (one match, or the request is refused
    /// with the candidates to choose from). Names reach the SQL only as sanitised string literals.
    func resolve(_ references: [String: String], into arguments: [String: JSONValue]) async throws -> [String: JSONValue] {
        var arguments = arguments
        if let name = references["product"], arguments["product_id"] == nil {
            let literal = try Self.literal(name)
            guard var rows = try await rows("SELECT product_id, name FROM products WHERE lower(name) = \(literal) LIMIT 6", table: "products") else {
                throw ActionError(.precondition, "Name the product by its id, for example “restock product 12 with 200 units”.")
            }
            if rows.isEmpty {
                let pattern = try Self.literal("%" + name.prefix(40) + "%")
                rows = try await self.rows("SELECT product_id, name FROM products WHERE lower(name) LIKE \(pattern) ORDER BY product_id LIMIT 6",
                                           table: "products") ?? []
            }
            arguments["product_id"] = .number(Double(try Self.single(rows, noun: "product", name: name)))
        }
        if let name = references["customer"], arguments["customer_id"] == nil {
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2,
                  let rows = try await rows("""
                      SELECT customer_id, first_name || ' ' || last_name FROM customers
                      WHERE lower(first_name) = \(try Self.literal(parts[0])) AND lower(last_name) = \(try Self.literal(parts[1]))
                      ORDER BY customer_id LIMIT 6
                      """, table: "customers") else {
                throw ActionError(.precondition, "Name the customer by id, for example “send customer 77 a 10% coupon”.")
            }
            arguments["customer_id"] = .number(Double(try Self.single(rows, noun: "customer", name: name)))
        }
        return arguments
    }

    /// The id of the only row, or a refusal listing the candidates.
    private static func single(_ rows: [[DatabaseValue]], noun: String, name: String) throws -> Int64 {
        guard let first = rows.first, let id = first.first?.int64Value else {
            throw ActionError(.precondition, "I found no \(noun) named “\(name.prefix(40))”. Give its id instead.")
        }
        guard rows.count == 1 else {
            let candidates = rows.prefix(5).map { "\($0[0]) (\($0.count > 1 ? $0[1].description : ""))" }.joined(separator: ", ")
            throw ActionError(.precondition, "Several \(noun)s match “\(name.prefix(40))”: \(candidates)\(rows.count > 5 ? ", …" : ""). Say which one by its id.")
        }
        return id
    }

    /// A lowercase SQL string literal of letters, digits, spaces and a little punctuation; anything
    /// else is refused rather than escaped.
    private static func literal(_ text: String) throws -> String {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: " -'’.,%&"))
        guard !lower.isEmpty, lower.count <= 120, lower.unicodeScalars.allSatisfy(allowed.contains) else {
            throw ActionError(.precondition, "I cannot look up “\(text.prefix(40))”: give the id instead.")
        }
        return "'" + lower.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private func rows(_ sql: String, table: String) async throws -> [[DatabaseValue]]? {
        guard runner.database.policy.allows(table: table) else { return nil }
        return try await runner.run(sql, origin: "actions").result.rows
    }

    /// nil when `table` is not readable here (no check possible); `.some(nil)` when no row matched.
    private func firstRow(_ sql: String, table: String) async throws -> [DatabaseValue]?? {
        guard runner.database.policy.allows(table: table) else { return nil }
        let run = try await runner.run(sql, origin: "actions")
        return .some(run.result.rows.first)
    }
}
