extension DemoSchema {
    /// Daily rollups of the order tables, built from the finished base tables in the same transaction
    /// (so they always agree with them) and declared under `rollups:` in the demo semantic model,
    /// which lets the compiler answer most sales questions from a few thousand rows a month instead of
    /// joining order items, orders and products. Order-level rollups (by store, by customer country)
    /// can count orders; the category rollup cannot (an order spans categories) and has no order count.
    static let rollups: [String] = [
        """
        CREATE TEMP TABLE rollup_order_totals AS
        SELECT oi.order_id, COUNT(*) AS items, SUM(oi.quantity) AS units, SUM(oi.line_total) AS revenue,
               SUM(oi.line_total - oi.quantity * p.unit_cost) AS gross_margin
        FROM order_items oi JOIN products p ON p.product_id = oi.product_id
        GROUP BY oi.order_id
        """,
        "CREATE UNIQUE INDEX temp.rollup_order_totals_id ON rollup_order_totals(order_id)",
    ]
        + orderRollup("rollup_daily_store_sales", key: "store_id INTEGER NOT NULL REFERENCES stores(store_id)",
                      value: "o.store_id", from: "orders o")
        + orderRollup("rollup_daily_country_sales", key: "country_code TEXT NOT NULL REFERENCES countries(country_code)",
                      value: "c.country_code", from: "orders o JOIN customers c ON c.customer_id = o.customer_id")
        + [
            """
            CREATE TABLE rollup_daily_category_sales (
                day TEXT NOT NULL,
                category_id INTEGER NOT NULL REFERENCES categories(category_id),
                status TEXT NOT NULL,
                items INTEGER NOT NULL,
                units INTEGER NOT NULL,
                revenue REAL NOT NULL,
                gross_margin REAL NOT NULL,
                PRIMARY KEY (day, category_id, status)
            ) WITHOUT ROWID
            """,
            """
            INSERT INTO rollup_daily_category_sales
            SELECT date(o.ordered_at), p.category_id, o.status, COUNT(*), SUM(oi.quantity), SUM(oi.line_total),
                   SUM(oi.line_total - oi.quantity * p.unit_cost)
            FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id
            GROUP BY 1, 2, 3
            """,
            "DROP TABLE temp.rollup_order_totals",
        ]

    /// An order-level rollup: one row per day, `key` and order status, from the per-order totals.
    private static func orderRollup(_ table: String, key: String, value: String, from: String) -> [String] {
        let keyColumn = String(key.prefix { $0 != " " })
        return [
            """
            CREATE TABLE \(table) (
                day TEXT NOT NULL,
                \(key),
                status TEXT NOT NULL,
                orders INTEGER NOT NULL,
                items INTEGER NOT NULL,
                units INTEGER NOT NULL,
                revenue REAL NOT NULL,
                gross_margin REAL NOT NULL,
                PRIMARY KEY (day, \(keyColumn), status)
            ) WITHOUT ROWID
            """,
            """
            INSERT INTO \(table)
            SELECT date(o.ordered_at), \(value), o.status, COUNT(*), COALESCE(SUM(t.items), 0), COALESCE(SUM(t.units), 0),
                   COALESCE(SUM(t.revenue), 0), COALESCE(SUM(t.gross_margin), 0)
            FROM \(from) LEFT JOIN temp.rollup_order_totals t ON t.order_id = o.order_id
            GROUP BY 1, 2, 3
            """,
        ]
    }
}
