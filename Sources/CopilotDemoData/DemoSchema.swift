/// The DDL of the demo reporting database, exactly as the data contract (demo-schema.md) names it.
///
/// Enumerated columns carry CHECK constraints so a generator bug fails the build instead of shipping
/// a value the knowledge base does not describe. DATE columns are declared `DATE` (NUMERIC affinity
/// in SQLite) to mirror the contract; their `YYYY-MM-DD` text is not a number, so it stays text.
enum DemoSchema {
    /// Tables in creation (and insertion) order; parents before children.
    static let tables: [(name: String, sql: String)] = [
        ("dataset_info", """
            CREATE TABLE dataset_info (
                key TEXT PRIMARY KEY,
                value TEXT
            )
            """),
        ("regions", """
            CREATE TABLE regions (
                region_id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE
            )
            """),
        ("countries", """
            CREATE TABLE countries (
                country_code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                region_id INTEGER NOT NULL REFERENCES regions(region_id)
            )
            """),
        ("stores", """
            CREATE TABLE stores (
                store_id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                channel TEXT NOT NULL CHECK (channel IN ('online', 'retail', 'marketplace')),
                marketplace TEXT CHECK (marketplace IN ('Amazon', 'eBay', 'CDiscount', 'BackMarket', 'Refurbed', 'Mirakl')),
                city TEXT NOT NULL,
                country_code TEXT NOT NULL REFERENCES countries(country_code),
                opened_on DATE NOT NULL,
                CHECK ((channel = 'marketplace') = (marketplace IS NOT NULL))
            )
            """),
        ("customers", """
            CREATE TABLE customers (
                customer_id INTEGER PRIMARY KEY,
                first_name TEXT NOT NULL,
                last_name TEXT NOT NULL,
                email TEXT NOT NULL UNIQUE,
                city TEXT NOT NULL,
                country_code TEXT NOT NULL REFERENCES countries(country_code),
                segment TEXT NOT NULL CHECK (segment IN ('consumer', 'small_business', 'corporate')),
                loyalty_tier TEXT NOT NULL CHECK (loyalty_tier IN ('none', 'silver', 'gold', 'platinum')),
                signup_date DATE NOT NULL,
                acquisition_channel TEXT NOT NULL CHECK (acquisition_channel IN ('organic', 'paid_search', 'social', 'email', 'referral', 'affiliate'))
            )
            """),
        ("categories", """
            CREATE TABLE categories (
                category_id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                parent_id INTEGER REFERENCES categories(category_id)
            )
            """),
        ("suppliers", """
            CREATE TABLE suppliers (
                supplier_id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                country_code TEXT NOT NULL REFERENCES countries(country_code),
                lead_time_days INTEGER NOT NULL
            )
            """),
        ("products", """
            CREATE TABLE products (
                product_id INTEGER PRIMARY KEY,
                sku TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                category_id INTEGER NOT NULL REFERENCES categories(category_id),
                brand TEXT NOT NULL,
                supplier_id INTEGER NOT NULL REFERENCES suppliers(supplier_id),
                list_price REAL NOT NULL,
                unit_cost REAL NOT NULL,
                launched_on DATE NOT NULL,
                is_active INTEGER NOT NULL CHECK (is_active IN (0, 1))
            )
            """),
        ("warehouses", """
            CREATE TABLE warehouses (
                warehouse_id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                city TEXT NOT NULL,
                country_code TEXT NOT NULL REFERENCES countries(country_code)
            )
            """),
        ("orders", """
            CREATE TABLE orders (
                order_id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
                store_id INTEGER NOT NULL REFERENCES stores(store_id),
                ordered_at TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'returned')),
                payment_method TEXT NOT NULL CHECK (payment_method IN ('card', 'paypal', 'bank_transfer', 'gift_card', 'cash')),
                promo_code TEXT,
                subtotal REAL NOT NULL,
                discount_amount REAL NOT NULL,
                shipping_fee REAL NOT NULL,
                tax_amount REAL NOT NULL,
                total_amount REAL NOT NULL
            )
            """),
        ("order_items", """
            CREATE TABLE order_items (
                order_item_id INTEGER PRIMARY KEY,
                order_id INTEGER NOT NULL REFERENCES orders(order_id),
                product_id INTEGER NOT NULL REFERENCES products(product_id),
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_price REAL NOT NULL,
                discount_amount REAL NOT NULL,
                line_total REAL NOT NULL
            )
            """),
        ("shipments", """
            CREATE TABLE shipments (
                shipment_id INTEGER PRIMARY KEY,
                order_id INTEGER NOT NULL REFERENCES orders(order_id),
                warehouse_id INTEGER NOT NULL REFERENCES warehouses(warehouse_id),
                carrier TEXT NOT NULL CHECK (carrier IN ('Colissimo', 'Chronopost', 'DPD', 'Colis Privé', 'UPS', 'FedEx')),
                service_level TEXT NOT NULL CHECK (service_level IN ('standard', 'express')),
                shipped_at TEXT NOT NULL,
                promised_at DATE NOT NULL,
                delivered_at TEXT,
                shipping_cost REAL NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('in_transit', 'delivered', 'lost', 'returned_to_sender'))
            )
            """),
        ("returns", """
            CREATE TABLE returns (
                return_id INTEGER PRIMARY KEY,
                order_id INTEGER NOT NULL REFERENCES orders(order_id),
                order_item_id INTEGER NOT NULL REFERENCES order_items(order_item_id),
                product_id INTEGER NOT NULL REFERENCES products(product_id),
                requested_at TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason IN ('damaged', 'defective', 'wrong_item', 'not_as_described', 'changed_mind', 'late_delivery')),
                status TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'rejected', 'refunded')),
                refund_amount REAL NOT NULL
            )
            """),
        ("inventory", """
            CREATE TABLE inventory (
                product_id INTEGER NOT NULL REFERENCES products(product_id),
                warehouse_id INTEGER NOT NULL REFERENCES warehouses(warehouse_id),
                on_hand INTEGER NOT NULL,
                reserved INTEGER NOT NULL,
                reorder_point INTEGER NOT NULL,
                reorder_quantity INTEGER NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (product_id, warehouse_id)
            )
            """),
        ("reviews", """
            CREATE TABLE reviews (
                review_id INTEGER PRIMARY KEY,
                product_id INTEGER NOT NULL REFERENCES products(product_id),
                customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
                order_id INTEGER NOT NULL REFERENCES orders(order_id),
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                created_at TEXT NOT NULL
            )
            """),
    ]

    /// Created after the rows are in: building an index over sorted, finished data is much faster
    /// than maintaining it row by row, and the resulting pages are packed.
    static let indexes: [String] = [
        "CREATE INDEX idx_countries_region ON countries(region_id)",
        "CREATE INDEX idx_stores_country ON stores(country_code)",
        "CREATE INDEX idx_stores_channel ON stores(channel)",
        "CREATE INDEX idx_customers_country ON customers(country_code)",
        "CREATE INDEX idx_customers_signup_date ON customers(signup_date)",
        "CREATE INDEX idx_categories_parent ON categories(parent_id)",
        "CREATE INDEX idx_suppliers_country ON suppliers(country_code)",
        "CREATE INDEX idx_products_category ON products(category_id)",
        "CREATE INDEX idx_products_supplier ON products(supplier_id)",
        "CREATE INDEX idx_products_brand ON products(brand)",
        "CREATE INDEX idx_warehouses_country ON warehouses(country_code)",
        "CREATE INDEX idx_orders_ordered_at ON orders(ordered_at)",
        "CREATE INDEX idx_orders_customer ON orders(customer_id)",
        "CREATE INDEX idx_orders_store ON orders(store_id)",
        "CREATE INDEX idx_orders_status ON orders(status)",
        "CREATE INDEX idx_order_items_order ON order_items(order_id)",
        "CREATE INDEX idx_order_items_product ON order_items(product_id)",
        "CREATE INDEX idx_shipments_order ON shipments(order_id)",
        "CREATE INDEX idx_shipments_carrier ON shipments(carrier)",
        "CREATE INDEX idx_shipments_warehouse ON shipments(warehouse_id)",
        "CREATE INDEX idx_returns_order ON returns(order_id)",
        "CREATE INDEX idx_returns_order_item ON returns(order_item_id)",
        "CREATE INDEX idx_returns_product ON returns(product_id)",
        "CREATE INDEX idx_inventory_warehouse ON inventory(warehouse_id)",
        "CREATE INDEX idx_reviews_product ON reviews(product_id)",
        "CREATE INDEX idx_reviews_customer ON reviews(customer_id)",
        "CREATE INDEX idx_reviews_order ON reviews(order_id)",
    ]
}
