import CopilotCore
import CopilotSQLite
import Foundation
import RetailCopilot

/// The reference agents' own operational database (`agents.db`), never the reporting database:
/// order statuses, purchase orders, returns, coupons, the idempotency records and an effect log.
/// Orders, products and customers are copied on first use from a read-only source (the demo
/// reporting database), so the agents agree with the data the copilot reports on.
public final class ReferenceAgentStore: Sendable {
    private let queue: DatabaseQueue
    private let source: DatabaseQueue?
    public let path: String

    /// A stored answer for an idempotency key.
    struct StoredResponse: Sendable {
        var status: Int
        var body: JSONValue
        var bodyHash: String
    }

    /// Opens (creating) the agents' database at `path`; `sourcePath` is a reporting database opened
    /// read-only to copy orders, products and customers from, or nil to start empty.
    public init(path: String, seedFrom sourcePath: String?) throws {
        self.path = path
        queue = try DatabaseQueue(path: path, mode: .readWrite(create: true), label: "agents") { connection in
            try connection.enableWAL()
            try connection.execute(ReferenceAgentStore.schema)
        }
        source = try sourcePath.map { try DatabaseQueue(path: $0, mode: .readOnly, label: "agents-seed") }
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER, status TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS products (product_id INTEGER PRIMARY KEY, is_active INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS customers (customer_id INTEGER PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS purchase_orders (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL, warehouse_id INTEGER,
                                                    quantity INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS returns (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL,
                                            note TEXT, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS coupons (code TEXT PRIMARY KEY, customer_id INTEGER NOT NULL, percent INTEGER NOT NULL,
                                            valid_until TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, agent TEXT NOT NULL, action TEXT NOT NULL, body_hash TEXT NOT NULL,
                                                status INTEGER NOT NULL, response TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS effects (id INTEGER PRIMARY KEY, action TEXT NOT NULL, idempotency_key TEXT NOT NULL, detail TEXT NOT NULL,
                                            created_at TEXT NOT NULL);
        """

    /// An ISO 8601 UTC timestamp with milliseconds (sorts as text).
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }

    /// How many effects the agents applied (all actions, or one).
    public func effectCount(action: String? = nil) async throws -> Int {
        try await queue.withConnection { connection in
            let value = try action.map { try connection.scalar("SELECT COUNT(*) FROM effects WHERE action = ?", [.text($0)]) }
                ?? connection.scalar("SELECT COUNT(*) FROM effects")
            return Int(value?.int64Value ?? 0)
        }
    }

    /// An order's status as the Order agent knows it.
    public func orderStatus(_ id: Int) async throws -> String? {
        try await seed(order: id)
        return try await queue.withConnection { connection in
            try connection.scalar("SELECT status FROM orders WHERE order_id = ?", [.integer(Int64(id))])?.stringValue
        }
    }

    /// Runs one request under its idempotency key, atomically: a stored answer for the key is
    /// returned as it is (`replayed`); otherwise `apply` runs in the same transaction and its answer
    /// is stored with the key (5xx answers are not stored, so a retry can succeed).
    func perform(key: String, agent: String, action: String, bodyHash: String,
                 apply: @escaping @Sendable (Connection) throws -> (status: Int, body: JSONValue, effect: String?)) async throws
        -> (response: StoredResponse, replayed: Bool) {
        try await queue.withConnection { connection in
            try connection.transaction {
                if let row = try connection.rows("SELECT body_hash, status, response FROM idempotency WHERE key = ?", [.text(key)]).first {
                    let stored = StoredResponse(status: Int(row[1].int64Value ?? 500), body: row[2].stringValue.flatMap(JSONValue.parse) ?? .null,
                                                bodyHash: row[0].description)
                    return (stored, true)
                }
                let result = try apply(connection)
                let now = ReferenceAgentStore.now()
                if let effect = result.effect {
                    try connection.execute("INSERT INTO effects (action, idempotency_key, detail, created_at) VALUES (?, ?, ?, ?)",
                                           [.text(action), .text(key), .text(effect), .text(now)])
                }
                if result.status < 500 {
                    try connection.execute("""
                        INSERT INTO idempotency (key, agent, action, body_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, [.text(key), .text(agent), .text(action), .text(bodyHash), .integer(Int64(result.status)),
                              .text(result.body.jsonText), .text(now)])
                }
                return (StoredResponse(status: result.status, body: result.body, bodyHash: bodyHash), false)
            }
        }
    }

    /// Copies an order (and its customer) from the source on first use.
    func seed(order id: Int) async throws {
        guard let source else { return }
        let row = try await source.withConnection { connection in
            try connection.rows("SELECT customer_id, status FROM orders WHERE order_id = ?", [.integer(Int64(id))]).first
        }
        guard let row else { return }
        try await queue.withConnection { connection in
            try connection.execute("INSERT OR IGNORE INTO orders (order_id, customer_id, status) VALUES (?, ?, ?)", [.integer(Int64(id)), row[0], row[1]])
        }
    }

    func seed(product id: Int) async throws {
        guard let source else { return }
        let row = try await source.withConnection { connection in
            try connection.rows("SELECT is_active FROM products WHERE product_id = ?", [.integer(Int64(id))]).first
        }
        guard let row else { return }
        try await queue.withConnection { connection in
            try connection.execute("INSERT OR IGNORE INTO products (product_id, is_active) VALUES (?, ?)", [.integer(Int64(id)), row[0]])
        }
    }

    func seed(customer id: Int) async throws {
        guard let source else { return }
        let exists = try await source.withConnection { connection in
            try connection.scalar("SELECT 1 FROM customers WHERE customer_id = ?", [.integer(Int64(id))]) != nil
        }
        guard exists else { return }
        try await queue.withConnection { connection in
            try connection.execute("INSERT OR IGNORE INTO customers (customer_id) VALUES (?)", [.integer(Int64(id))])
        }
    }
}
