"""Checks the store-blind-14 databases and questions. Prints PASS or the list of failures.

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; pass a scratch copy to test planted faults)

Every database is opened read-only (mode=ro URI + PRAGMA query_only). Checks:
  * databases: 8-14 tables, 5-20,000 rows per table, 10,000-40,000 rows per database, declared FKs that point at primary
    keys, foreign_key_check / integrity_check clean, a self-referencing FK, a many-to-many link table, accented names,
    a place name shared by two states / counties, soft edge cases (cancelled / failed orders, refunds, discontinued
    products, leavers, a closed branch, voided sales, returns); per-database invariants;
  * naming styles: saltbush_tea = WooCommerce reporting export (plural snake_case tables and columns, 'wc-' statuses,
    local 'YYYY-MM-DD HH:MM:SS' timestamps with a *_gmt twin that is exactly the Melbourne UTC offset away, REAL money
    with 2 decimals, 0/1 flags, every *_id a declared FK); fennessy_cameras = Django app (singular snake_case tables,
    an integer `id` primary key on every table, Django column types, *_on real dates, *_at real UTC datetimes,
    "decimal" money with at most 2 decimals, lower-case snake_case choices, 0/1 bools, every *_id a declared FK);
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape, plain English
    (no underscores, camelCase, schema identifiers, spelled-out column names, structure words, relative periods), years
    in the text <-> dates in the SQL, unsettled cancelled / failed orders or voided sales in money questions, orders
    and sales counted at header level, no *_gmt column (the shop's own date is the local one), no <= / BETWEEN of a
    timestamp against a bare date, every SQL string literal a stored value;
  * results: non-empty, <= 15 rows, no NULL cell, no single-cell 0, REAL cells with <= 2 decimals, shares as ratios 0-1
    rounded to 4 decimals (never 100 * ...), months 'YYYY-MM', quarters 'YYYY-Qn', a person's name as ONE column
    first || ' ' || last, LIMIT only with ORDER BY, order_matters both ways, no tie at a LIMIT cut or in an ordered
    answer, no tied MAX / MIN pick.
"""
import datetime as dt, json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"saltbush_tea": "woo", "fennessy_cameras": "django"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_ROWS = 15
PLACE = {"woo": [("billing_city", "billing_state"), ("shipping_city", "shipping_state")], "django": [("town", "county")]}
FIRST_LAST = [("first_name", "last_name"), ("billing_first_name", "billing_last_name")]
WOO_FLAGS = {"is_paying_customer", "marketing_opt_in", "free_shipping", "individual_use", "verified"}
WOO_COUNTS = {"quantity", "total_sales", "rating_count", "usage_count", "stock_quantity", "menu_order", "billing_interval",
              "rating", "usage_limit_per_user"}
WOO_DATETIMES = {"start_date", "next_payment_date", "end_date", "last_payment_date", "date_expires"}
DJANGO_TYPES = re.compile(r"integer|bigint|varchar\(\d+\)|decimal|bool|date|datetime|time|text", re.I)
DJANGO_CHOICES = {"status", "channel", "payment_method", "acquired_via", "refund_method", "service", "employment_type"}
# spelled-out column names that must not appear in a question (plain words such as 'orders' or 'price' are fine)
LEAKY = ["date created", "created via", "date paid", "date completed", "payment method", "billing state", "billing city",
         "shipping state", "shipping city", "shipping method", "discount total", "shipping total", "total tax", "subtotal tax",
         "tax status", "stock status", "total sales", "average rating", "rating count", "usage count", "recurring total",
         "billing interval", "billing period", "next payment", "attribute pack", "weight kg", "regular price", "sale price",
         "is paying customer", "marketing opt in", "customer id", "line total", "unit price", "vat amount", "job title",
         "employment type", "hired on", "left on", "joined on", "home branch", "is trade", "asking price", "price paid",
         "acquired via", "condition grade", "refund method", "refund amount", "service type", "film format", "lab branch",
         "quoted price", "final price", "floor area sqm", "has film lab", "cost price", "sold at", "received on",
         "received at", "held on", "amount paid", "is active", "under warranty", "is serialised", "qty"]
# header / line tables: counting orders / sales must happen at header level
GRAIN = {"saltbush_tea": ("order_items", r"\borders?\b", "order_id"),
         "fennessy_cameras": ("sale_line", r"\bsales?\b|\breceipts?\b|\btransactions?\b", "sale_id")}
# money totals must settle cancelled / failed orders or voided sales (in the SQL or in the words)
SETTLE = {"saltbush_tea": (r"SUM\([^)]*\b(total|subtotal|total_tax|discount_total|shipping_total|shipping_tax)\b",
                           r"\bstatus\b|date_paid|date_completed", r"cancel|fail"),
          "fennessy_cameras": (r"SUM\([^)]*\b(total|line_total|vat_amount|subtotal|discount_total|discount)\b",
                               r"\bstatus\b", r"void")}

END_T = "2025-12-31 23:59:59"
TEA = "saltbush_tea"
CAM = "fennessy_cameras"
PAID = "('wc-completed', 'wc-processing', 'wc-refunded')"
SALES_ROLES = "('Branch Manager', 'Assistant Manager', 'Sales Advisor', 'Seasonal Sales Advisor')"
# local Irish date and time of a UTC datetime (IST = UTC+1 between the last Sundays of March and October, 01:00 UTC)
IE_LOCAL = ("datetime({c}, CASE WHEN substr({c}, 1, 19) >= date(substr({c}, 1, 4) || '-03-25', 'weekday 0') || ' 01:00:00' "
            "AND substr({c}, 1, 19) < date(substr({c}, 1, 4) || '-10-25', 'weekday 0') || ' 01:00:00' THEN '+1 hour' ELSE '+0 hour' END)")
HOLIDAY = ("(substr({d}, 6, 5) IN ('01-01', '03-17', '12-25', '12-26') OR {d} IN ('2023-04-09', '2024-03-31', '2025-04-20'))")


def trading_sql(d, b):
    """SQL condition: branch alias b trades on date d."""
    return (f"({d} >= {b}.opened_on AND ({b}.closed_on IS NULL OR {d} <= {b}.closed_on) AND NOT {HOLIDAY.format(d=d)} "
            f"AND (strftime('%w', {d}) <> '0' OR {b}.code IN ('DUB', 'BLK', 'CRK')))")


INVARIANTS = {
    TEA: [
        ("every order has line items; every item line has quantity >= 1",
         "SELECT (SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)) + (SELECT COUNT(*) FROM order_items WHERE quantity < 1)"),
        ("discount_total / discount_tax = item subtotals less totals; total_tax = item tax + shipping tax; total = items + tax + shipping",
         "SELECT COUNT(*) FROM orders o JOIN (SELECT order_id, SUM(subtotal) s, SUM(subtotal_tax) st, SUM(total) t, SUM(total_tax) tt FROM order_items GROUP BY order_id) i ON i.order_id = o.id "
         "WHERE ABS(o.discount_total - (i.s - i.t)) > 0.005 OR ABS(o.discount_tax - (i.st - i.tt)) > 0.005 OR ABS(o.total_tax - (i.tt + o.shipping_tax)) > 0.005 "
         "OR ABS(o.total - (i.t + i.tt + o.shipping_total + o.shipping_tax)) > 0.005"),
        ("GST: one eleventh of the GST-inclusive amount on taxable items and shipping in Australia; none on GST-free items or exports",
         "SELECT (SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id WHERE "
         "CASE WHEN p.tax_status = 'taxable' AND o.shipping_country = 'AU' THEN ABS(i.total_tax - ROUND((i.total + i.total_tax) / 11.0, 2)) > 0.0101 OR ABS(i.subtotal_tax - ROUND((i.subtotal + i.subtotal_tax) / 11.0, 2)) > 0.0101 "
         "ELSE i.total_tax <> 0 OR i.subtotal_tax <> 0 END) + (SELECT COUNT(*) FROM orders WHERE CASE WHEN shipping_country = 'AU' THEN ABS(shipping_tax - ROUND(shipping_total / 10.0, 2)) > 0.0101 ELSE shipping_tax <> 0 END)"),
        ("statuses and dates: paid exactly unless failed / cancelled / on-hold; completed date exactly on completed and refunded orders; created <= paid <= completed",
         "SELECT COUNT(*) FROM orders WHERE (date_paid IS NULL) <> (status IN ('wc-failed', 'wc-cancelled', 'wc-on-hold', 'wc-pending')) "
         "OR (date_completed IS NOT NULL) <> (status IN ('wc-completed', 'wc-refunded')) OR date_paid < date_created OR date_completed < date_paid "
         "OR status NOT IN ('wc-completed', 'wc-processing', 'wc-refunded', 'wc-failed', 'wc-cancelled', 'wc-on-hold', 'wc-pending') OR date_created > '" + END_T + "'"),
        ("refunds after completion, never more than the order total; 'wc-refunded' exactly when refunded in full",
         "SELECT (SELECT COUNT(*) FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.date_completed IS NULL OR r.date_created <= o.date_completed OR r.amount <= 0) "
         "+ (SELECT COUNT(*) FROM orders o WHERE COALESCE((SELECT SUM(amount) FROM refunds r WHERE r.order_id = o.id), 0) > o.total + 0.005 "
         "OR (o.status = 'wc-refunded') <> (ABS(COALESCE((SELECT SUM(amount) FROM refunds r WHERE r.order_id = o.id), 0) - o.total) < 0.005 AND EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id)))"),
        ("items sold only while the product was on the shop: after creation, never drafts, hidden products only before they were hidden; variations belong to the product",
         "SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id LEFT JOIN product_variations v ON v.id = i.variation_id "
         "WHERE o.date_created < p.date_created OR p.status = 'draft' OR (p.status = 'private' AND o.date_created >= p.date_modified) "
         "OR (p.type = 'variable') <> (i.variation_id IS NOT NULL) OR (v.id IS NOT NULL AND v.product_id <> p.id) "
         "OR i.name NOT LIKE p.name || '%'"),
        ("stored product statistics: total_sales = units on paid orders; average_rating and rating_count = approved reviews",
         "SELECT COUNT(*) FROM products p WHERE p.total_sales <> COALESCE((SELECT SUM(i.quantity) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.product_id = p.id AND o.date_paid IS NOT NULL), 0) "
         "OR p.rating_count <> (SELECT COUNT(*) FROM reviews r WHERE r.product_id = p.id AND r.status = 'approved') "
         "OR ABS(p.average_rating - COALESCE((SELECT ROUND(AVG(rating), 2) FROM reviews r WHERE r.product_id = p.id AND r.status = 'approved'), 0)) > 0.005"),
        ("coupons: used only between creation and expiry; usage_count = orders that went through (not failed / cancelled) with the code",
         "SELECT (SELECT COUNT(*) FROM orders o LEFT JOIN coupons c ON c.code = o.coupon_code WHERE o.coupon_code IS NOT NULL AND (c.id IS NULL OR o.date_created < c.date_created OR (c.date_expires IS NOT NULL AND o.date_created > c.date_expires))) "
         "+ (SELECT COUNT(*) FROM coupons c WHERE c.usage_count <> (SELECT COUNT(*) FROM orders o WHERE o.coupon_code = c.code AND o.status NOT IN ('wc-failed', 'wc-cancelled')))"),
        ("subscriptions: a paid sign-up order at the start; renewals after the start by the same customer; dates match the status",
         "SELECT (SELECT COUNT(*) FROM subscriptions s WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.subscription_id = s.id AND o.created_via = 'checkout' AND o.date_created = s.start_date AND o.customer_id = s.customer_id AND o.date_paid IS NOT NULL)) "
         "+ (SELECT COUNT(*) FROM orders o JOIN subscriptions s ON s.id = o.subscription_id WHERE o.customer_id <> s.customer_id OR (o.created_via = 'subscription' AND o.date_created <= s.start_date)) "
         "+ (SELECT COUNT(*) FROM orders WHERE (created_via = 'subscription') AND subscription_id IS NULL) "
         "+ (SELECT COUNT(*) FROM subscriptions WHERE (status IN ('wc-cancelled', 'wc-expired', 'wc-pending-cancel') AND (end_date IS NULL OR next_payment_date IS NOT NULL)) "
         "OR (status = 'wc-active' AND (next_payment_date IS NULL) = (end_date IS NULL)) OR next_payment_date <= '" + END_T + "' "
         "OR (status IN ('wc-cancelled', 'wc-expired') AND end_date > '" + END_T + "') OR (status = 'wc-pending-cancel' AND end_date <= '" + END_T + "') "
         "OR last_payment_date <> (SELECT MAX(date_paid) FROM orders o WHERE o.subscription_id = subscriptions.id))"),
        ("customers: is_paying_customer = has a paid order; date_last_active = latest registration or order; orders after registration; wholesale (admin, bank transfer) orders only by wholesale accounts",
         "SELECT (SELECT COUNT(*) FROM customers c WHERE c.is_paying_customer <> EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.date_paid IS NOT NULL) "
         "OR c.date_last_active <> MAX(c.date_registered, COALESCE((SELECT MAX(date_created) FROM orders o WHERE o.customer_id = c.id), c.date_registered))) "
         "+ (SELECT COUNT(*) FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE (c.id IS NOT NULL AND o.date_created < c.date_registered) "
         "OR (o.created_via = 'admin') <> (COALESCE(c.role, '') = 'wholesale_customer') OR (o.payment_method = 'bacs') <> (o.created_via = 'admin'))"),
        ("reviews: verified reviews follow a completed purchase of the product by that customer; spam has no customer account",
         "SELECT COUNT(*) FROM reviews r WHERE (r.verified = 1 AND NOT EXISTS (SELECT 1 FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.customer_id = r.customer_id AND i.product_id = r.product_id AND o.date_completed < r.date_created)) "
         "OR (r.status = 'spam') <> (r.customer_id IS NULL) OR r.rating NOT BETWEEN 1 AND 5"),
        ("categories: two levels at most; products only in categories without sub-categories",
         "SELECT (SELECT COUNT(*) FROM categories c JOIN categories p ON p.id = c.parent_id WHERE p.parent_id IS NOT NULL) "
         "+ (SELECT COUNT(*) FROM products p WHERE EXISTS (SELECT 1 FROM categories c WHERE c.parent_id = p.category_id))"),
        ("exports: New Zealand orders ship internationally with no GST; guest orders have no account; renewals ship free",
         "SELECT COUNT(*) FROM orders WHERE (shipping_country = 'NZ') <> (shipping_method IN ('International') OR (created_via = 'admin' AND shipping_country = 'NZ') OR (shipping_method IS NULL AND shipping_country = 'NZ')) "
         "OR (shipping_country = 'NZ' AND total_tax <> 0) OR (created_via = 'subscription' AND (shipping_total <> 0 OR shipping_method <> 'Free shipping'))"),
        ("one id sequence: order, subscription and refund ids never collide",
         "SELECT (SELECT COUNT(*) FROM orders o JOIN subscriptions s ON s.id = o.id) + (SELECT COUNT(*) FROM orders o JOIN refunds r ON r.id = o.id) + (SELECT COUNT(*) FROM subscriptions s JOIN refunds r ON r.id = s.id)"),
    ],
    CAM: [
        ("sale subtotal / discount / total / VAT = sums of the lines; line total = quantity x unit price - discount; lines 1..n",
         "SELECT (SELECT COUNT(*) FROM sale s JOIN (SELECT sale_id, SUM(quantity * unit_price) sb, SUM(discount) ds, SUM(line_total) lt, SUM(vat_amount) va, COUNT(*) n, MAX(line_no) mx FROM sale_line GROUP BY sale_id) l ON l.sale_id = s.id "
         "WHERE ABS(s.subtotal - l.sb) > 0.005 OR ABS(s.discount_total - l.ds) > 0.005 OR ABS(s.total - l.lt) > 0.005 OR ABS(s.vat_amount - l.va) > 0.005 OR l.n <> l.mx) "
         "+ (SELECT COUNT(*) FROM sale s WHERE NOT EXISTS (SELECT 1 FROM sale_line l WHERE l.sale_id = s.id)) "
         "+ (SELECT COUNT(*) FROM sale_line WHERE ABS(line_total - (quantity * unit_price - discount)) > 0.005 OR quantity < 1)"),
        ("VAT at 23% of the VAT-inclusive line; second-hand items under the margin scheme (VAT on the margin over the price paid)",
         "SELECT COUNT(*) FROM sale_line l LEFT JOIN used_item u ON u.id = l.used_item_id WHERE ABS(l.vat_amount - ROUND(CASE WHEN u.id IS NULL THEN l.line_total ELSE MAX(0, l.line_total - u.price_paid) END * 23 / 123.0, 2)) > 0.0101"),
        ("a line is a new product or a second-hand item; a used item sells once, at its asking price, at its own branch, after it was taken in; 'sold' exactly when it is on a completed sale",
         "SELECT (SELECT COUNT(*) FROM sale_line WHERE (product_id IS NULL) = (used_item_id IS NULL)) "
         "+ (SELECT COUNT(*) FROM sale_line l JOIN used_item u ON u.id = l.used_item_id JOIN sale s ON s.id = l.sale_id WHERE l.quantity <> 1 OR l.unit_price <> u.asking_price OR s.branch_id <> u.branch_id OR substr(s.sold_at, 1, 10) <= u.acquired_on OR s.status <> 'completed') "
         "+ (SELECT COUNT(*) FROM used_item u WHERE (u.status = 'sold') <> ((SELECT COUNT(*) FROM sale_line l WHERE l.used_item_id = u.id) = 1) OR (SELECT COUNT(*) FROM sale_line l WHERE l.used_item_id = u.id) > 1 "
         "OR u.price_paid >= u.asking_price OR (u.acquired_via = 'house_clearance') <> (u.customer_id IS NULL))"),
        ("sales only while the branch trades (opening to closing day, no holidays, Sundays only in Dublin and Cork), within opening hours local time",
         "SELECT COUNT(*) FROM sale s JOIN branch b ON b.id = s.branch_id WHERE NOT " + trading_sql("substr(s.sold_at, 1, 10)", "b")
         + " OR time(" + IE_LOCAL.format(c="s.sold_at") + ") < CASE WHEN strftime('%w', substr(s.sold_at, 1, 10)) = '0' THEN '12:00:00' ELSE '09:30:00' END "
         + " OR time(" + IE_LOCAL.format(c="s.sold_at") + ") > CASE strftime('%w', substr(s.sold_at, 1, 10)) WHEN '0' THEN '17:00:00' WHEN '4' THEN '20:00:00' ELSE '18:00:00' END"),
        ("the seller worked at that branch that day in a shop-floor role",
         "SELECT COUNT(*) FROM sale s JOIN employee e ON e.id = s.employee_id WHERE e.branch_id IS NOT s.branch_id OR e.job_title NOT IN " + SALES_ROLES
         + " OR substr(s.sold_at, 1, 10) < e.hired_on OR (e.left_on IS NOT NULL AND substr(s.sold_at, 1, 10) > e.left_on)"),
        ("new products sold only between launch and discontinuation, at the RRP (film at its pre-February-2024 price before then)",
         "SELECT COUNT(*) FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN product p ON p.id = l.product_id WHERE substr(s.sold_at, 1, 10) < p.launched_on "
         "OR (p.discontinued_on IS NOT NULL AND substr(s.sold_at, 1, 10) > p.discontinued_on) OR l.unit_price > p.rrp "
         "OR (l.unit_price < p.rrp AND NOT (substr(s.sold_at, 1, 10) < '2024-02-01' AND p.category_id = (SELECT id FROM category WHERE name = 'Film')))"),
        ("returns: of completed sales, within a month, at a trading branch, refund no more than the sale, processed by shop-floor staff of that branch on the day",
         "SELECT COUNT(*) FROM sale_return r JOIN sale s ON s.id = r.sale_id JOIN branch b ON b.id = s.branch_id JOIN employee e ON e.id = r.processed_by_id "
         "WHERE s.status <> 'completed' OR r.returned_on <= substr(s.sold_at, 1, 10) OR julianday(r.returned_on) - julianday(substr(s.sold_at, 1, 10)) > 35 "
         "OR r.refund_amount > s.total + 0.005 OR r.refund_amount <= 0 OR NOT " + trading_sql("r.returned_on", "b")
         + " OR e.branch_id <> s.branch_id OR e.job_title NOT IN " + SALES_ROLES + " OR r.returned_on < e.hired_on OR r.returned_on > COALESCE(e.left_on, '9999-12-31')"),
        ("staff: only the managing director has no manager; the manager was on staff on the person's last day; hourly rate xor salary; is_active = no leaving date",
         "SELECT COUNT(*) FROM employee e LEFT JOIN employee m ON m.id = e.manager_id WHERE (e.manager_id IS NULL) <> (e.job_title = 'Managing Director') OR e.manager_id = e.id "
         "OR (m.id IS NOT NULL AND (m.hired_on > COALESCE(e.left_on, '2025-12-31') OR COALESCE(m.left_on, '9999-12-31') < COALESCE(e.left_on, '2025-12-31'))) "
         "OR (e.hourly_rate IS NULL) = (e.annual_salary IS NULL) OR e.is_active <> (e.left_on IS NULL) OR e.left_on < e.hired_on"),
        ("branches: is_active = no closing date; everyone at a closed branch left by its last trading day",
         "SELECT (SELECT COUNT(*) FROM branch WHERE is_active <> (closed_on IS NULL) OR closed_on < opened_on) + "
         "(SELECT COUNT(*) FROM employee e JOIN branch b ON b.id = e.branch_id WHERE b.closed_on IS NOT NULL AND (e.left_on IS NULL OR e.left_on > b.closed_on))"),
        ("repairs: dates match the status; received <= completed <= collected; technician on staff when the job came in; warranty work is free",
         "SELECT COUNT(*) FROM repair_job r LEFT JOIN employee t ON t.id = r.technician_id WHERE "
         "(r.status IN ('collected', 'ready', 'unrepairable')) <> (r.completed_on IS NOT NULL) OR (r.status IN ('collected', 'quote_declined')) > (r.collected_on IS NOT NULL) "
         "OR (r.collected_on IS NOT NULL AND r.status NOT IN ('collected', 'quote_declined', 'unrepairable')) "
         "OR (r.final_price IS NULL) <> (r.status IN ('received', 'in_repair', 'awaiting_parts', 'quote_declined')) OR r.completed_on < r.received_on OR r.collected_on < COALESCE(r.completed_on, r.received_on) "
         "OR (t.id IS NOT NULL AND (t.job_title <> 'Repair Technician' OR r.received_on < t.hired_on OR r.received_on > COALESCE(t.left_on, '9999-12-31'))) "
         "OR (r.under_warranty = 1 AND (r.final_price <> 0 OR r.quoted_price <> 0)) OR r.collected_on > '2025-12-31'"),
        ("film orders: developed at a branch with a lab; ready after drop-off; dates match the status; the price is a whole multiple of the rolls",
         "SELECT COUNT(*) FROM film_order f JOIN branch l ON l.id = f.lab_branch_id JOIN branch b ON b.id = f.branch_id WHERE l.has_film_lab <> 1 "
         "OR f.ready_on <= substr(f.received_at, 1, 10) OR (f.ready_on IS NULL) <> (f.status = 'in_lab') OR (f.collected_on IS NOT NULL) <> (f.status = 'collected') "
         "OR f.collected_on < f.ready_on OR CAST(ROUND(f.price * 100) AS INTEGER) % f.rolls <> 0 OR NOT " + trading_sql("substr(f.received_at, 1, 10)", "b")),
        ("workshops: instructor on staff at that branch; cancelled ones have no bookings; scheduled = after 2025; bookings before the day, within capacity; attendance unknown only for scheduled ones",
         "SELECT (SELECT COUNT(*) FROM workshop w JOIN employee e ON e.id = w.instructor_id WHERE e.branch_id <> w.branch_id OR e.hired_on > w.held_on OR COALESCE(e.left_on, '9999-12-31') < MIN(w.held_on, '2025-12-31') "
         "OR (w.status = 'scheduled') <> (w.held_on > '2025-12-31') OR (w.status = 'cancelled' AND EXISTS (SELECT 1 FROM workshop_booking b WHERE b.workshop_id = w.id)) "
         "OR (SELECT COUNT(*) FROM workshop_booking b WHERE b.workshop_id = w.id) > w.capacity) "
         "+ (SELECT COUNT(*) FROM workshop_booking b JOIN workshop w ON w.id = b.workshop_id WHERE substr(b.booked_at, 1, 10) >= w.held_on OR (b.attended IS NULL) <> (w.status = 'scheduled'))"),
        ("customers: nothing before they joined (sales, repairs, film, bookings, trade-ins)",
         "SELECT (SELECT COUNT(*) FROM sale s JOIN customer c ON c.id = s.customer_id WHERE substr(s.sold_at, 1, 10) < c.joined_on) "
         "+ (SELECT COUNT(*) FROM repair_job r JOIN customer c ON c.id = r.customer_id WHERE r.received_on < c.joined_on) "
         "+ (SELECT COUNT(*) FROM film_order f JOIN customer c ON c.id = f.customer_id WHERE substr(f.received_at, 1, 10) < c.joined_on) "
         "+ (SELECT COUNT(*) FROM workshop_booking b JOIN customer c ON c.id = b.customer_id WHERE substr(b.booked_at, 1, 10) < c.joined_on) "
         "+ (SELECT COUNT(*) FROM used_item u JOIN customer c ON c.id = u.customer_id WHERE u.acquired_on < c.joined_on)"),
        ("products: is_active = no discontinuation date; cost below the RRP; lens and body mounts only on cameras and lenses",
         "SELECT COUNT(*) FROM product p JOIN category c ON c.id = p.category_id WHERE p.is_active <> (p.discontinued_on IS NULL) OR p.cost_price >= p.rrp "
         "OR (p.mount IS NOT NULL AND c.name NOT IN ('Mirrorless Cameras', 'DSLR Cameras', 'Lenses'))"),
    ],
}

RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week)\b|\btoday\b|\byesterday\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b|\bago\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest|busiest) first|"
                         r"in (month|date|time|alphabetical) order|\border(ed)? by\b|\bsorted\b|\branked\b|\brank(ed)? them\b|"
                         r"\bfrom (highest|lowest|biggest|smallest|most|least|earliest|latest)\b", re.I)
MONTH_Q = re.compile(r"\bmonth", re.I)
QUARTER_Q = re.compile(r"\bquarter", re.I)
YEAR_TOKEN = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
fails = []


def fail(msg):
    fails.append(msg)


def ro(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.execute("PRAGMA query_only = 1")
    return con


def qi(name):
    return '"' + name.replace('"', '""') + '"'


def first_sunday(y, m):
    d = dt.date(y, m, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d


def mel_offset(t):
    apr = dt.datetime.combine(first_sunday(t.year, 4), dt.time(3, 0))
    octo = dt.datetime.combine(first_sunday(t.year, 10), dt.time(2, 0))
    return 11 if (t < apr or t >= octo) else 10


LOCAL_TS = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
DJ_TS = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?")


def check_db(path):
    name = os.path.basename(path)[:-len(".sqlite")]
    style = STYLE.get(name)
    if style is None:
        fail(f"{name}: unknown database (no naming style registered)")
        return set(), set()
    con = ro(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not 8 <= len(tables) <= 14:
        fail(f"{name}: {len(tables)} tables (want 8-14)")
    pk_of = {t: [c[1] for c in sorted(con.execute(f"PRAGMA table_info({qi(t)})"), key=lambda c: c[5]) if c[5]] for t in tables}
    idents, text_values = set(), set()
    self_ref = link = accented = place_dup = False
    total = nfk = 0
    for t in tables:
        n = con.execute(f"SELECT COUNT(*) FROM {qi(t)}").fetchone()[0]
        total += n
        if not 5 <= n <= 20000:
            fail(f"{name}.{t}: {n} rows (want 5-20,000)")
        idents.add(t)
        fks = con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall()
        nfk += len(fks)
        fk_cols = {fk[3]: fk for fk in fks}
        if any(fk[2] == t for fk in fks):
            self_ref = True
        pk = pk_of[t]
        # many-to-many link: a composite key of two FKs (export) or a unique pair of two FKs next to an id (Django)
        pairs = [pk] if len(pk) == 2 else []
        for idx in con.execute(f"PRAGMA index_list({qi(t)})"):
            if idx[2]:
                pairs.append([r[2] for r in con.execute(f"PRAGMA index_info({qi(idx[1])})")])
        for pr in pairs:
            if len(pr) == 2 and all(c in fk_cols for c in pr) and len({fk_cols[c][2] for c in pr}) == 2:
                link = True
        for fk in fks:
            if pk_of.get(fk[2]) != [fk[4]]:
                fail(f"{name}.{t}.{fk[3]}: FK target {fk[2]}.{fk[4]} is not its primary key")
        # ---- table naming
        if style == "woo":
            if not re.fullmatch(r"[a-z]+(_[a-z]+)*s", t):
                fail(f"{name}.{t}: table name is not plural snake_case")
        else:
            if not re.fullmatch(r"[a-z]+(_[a-z]+)*", t) or t.endswith("s"):
                fail(f"{name}.{t}: table name is not singular snake_case")
            if pk != ["id"]:
                fail(f"{name}.{t}: primary key is {pk}, not an integer id")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        names = {c[1] for c in cols}
        for c in cols:
            col, typ = c[1], c[2]
            idents.add(col)
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", col):
                fail(f"{name}.{t}.{col}: column is not snake_case")
            if col.endswith("_id") and pk != [col] and col not in fk_cols:
                fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            if style == "woo":
                if col.startswith("date_") or col in WOO_DATETIMES:
                    badn = 0
                    for (v,) in con.execute(f"SELECT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                        try:
                            ok = isinstance(v, str) and LOCAL_TS.fullmatch(v) and dt.datetime.strptime(v, "%Y-%m-%d %H:%M:%S")
                        except ValueError:
                            ok = False
                        badn += not ok
                    if typ != "TEXT" or badn:
                        fail(f"{name}.{t}.{col}: {badn} values that are not 'YYYY-MM-DD HH:MM:SS' timestamps")
                    if col.endswith("_gmt") and col[:-4] in names:
                        badn = 0
                        for lv, gv in con.execute(f"SELECT {qi(col[:-4])}, {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                            try:
                                lt = dt.datetime.strptime(lv, "%Y-%m-%d %H:%M:%S")
                                ok = (lt - dt.timedelta(hours=mel_offset(lt))).strftime("%Y-%m-%d %H:%M:%S") == gv
                            except (ValueError, TypeError):
                                ok = False
                            badn += not ok
                        if badn:
                            fail(f"{name}.{t}.{col}: {badn} GMT timestamps that are not the local time less the Melbourne offset")
                if typ == "REAL" and bad(f"typeof({q}) <> 'real' OR {q} < 0 OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: REAL money is not non-negative with 2 decimals")
                if col in WOO_FLAGS:
                    v = vals()
                    if typ != "INTEGER" or not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: flag is not INTEGER 0/1")
                    elif v != {0, 1}:
                        fail(f"{name}.{t}.{col}: flag never varies ({sorted(v)})")
                if col == "status" and t in ("orders", "subscriptions") and bad(f"{q} NOT GLOB 'wc-[a-z]*' OR {q} GLOB '*[^a-z-]*'"):
                    fail(f"{name}.{t}.{col}: status values are not 'wc-' prefixed lower case")
                if col in ("status", "type", "role", "discount_type", "tax_status", "stock_status", "created_via", "payment_method") \
                        and bad(f"{q} GLOB '*[^a-z_-]*'"):
                    fail(f"{name}.{t}.{col}: enum values are not lower case")
                if col in WOO_COUNTS and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
            else:
                if not DJANGO_TYPES.fullmatch(typ):
                    fail(f"{name}.{t}.{col}: column type {typ} is not a Django SQLite type")
                if col.endswith("_on"):
                    if typ != "date" or bad(f"typeof({q}) <> 'text' OR date({q}) IS NOT {q}"):
                        fail(f"{name}.{t}.{col}: values that are not real 'YYYY-MM-DD' dates")
                if col.endswith("_at"):
                    badn = 0
                    for (v,) in con.execute(f"SELECT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                        try:
                            ok = isinstance(v, str) and DJ_TS.fullmatch(v) and dt.datetime.strptime(v[:19], "%Y-%m-%d %H:%M:%S")
                        except ValueError:
                            ok = False
                        badn += not ok
                    if typ != "datetime" or badn:
                        fail(f"{name}.{t}.{col}: {badn} values that are not 'YYYY-MM-DD HH:MM:SS[.ffffff]' datetimes")
                if typ == "decimal" and bad(f"typeof({q}) NOT IN ('integer', 'real') OR {q} < 0 OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: decimal money is not a non-negative number with at most 2 decimals")
                if typ == "bool":
                    v = vals() - {None}
                    if not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: bool is not 0/1")
                    elif v != {0, 1}:
                        fail(f"{name}.{t}.{col}: bool never varies ({sorted(v)})")
                if col in DJANGO_CHOICES and bad(f"{q} GLOB '*[^a-z_]*'"):
                    fail(f"{name}.{t}.{col}: choice values are not lower-case snake_case")
                if typ == "integer" and col != "id" and bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                    fail(f"{name}.{t}.{col}: integer column has non-integer or negative values")
            if typ == "TEXT" or typ.startswith("varchar") or typ in ("text", "date", "datetime", "time"):
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                    if isinstance(v, str):
                        text_values.add(v)
                        if not accented and re.search(r"name", col, re.I) and re.search(r"[À-ɏḀ-ỿ]", v):
                            accented = True
        for pc, rc in PLACE[style]:
            if pc in names and rc in names and con.execute(
                    f"SELECT 1 FROM {qi(t)} WHERE {qi(rc)} IS NOT NULL GROUP BY {qi(pc)} HAVING COUNT(DISTINCT {qi(rc)}) > 1 LIMIT 1").fetchone():
                place_dup = True
    if not 10000 <= total <= 40000:
        fail(f"{name}: {total} rows in all (want 10,000-40,000)")
    if nfk == 0:
        fail(f"{name}: no foreign keys declared")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        fail(f"{name}: foreign_key_check not clean")
    if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        fail(f"{name}: integrity_check failed")
    if not self_ref:
        fail(f"{name}: no self-referencing FK")
    if not link:
        fail(f"{name}: no many-to-many link table")
    if not accented:
        fail(f"{name}: no accented names")
    if not place_dup:
        fail(f"{name}: no place name shared by two states / counties")
    edges = {"woo": [("cancelled orders", "SELECT COUNT(*) FROM orders WHERE status = 'wc-cancelled'"),
                     ("failed orders", "SELECT COUNT(*) FROM orders WHERE status = 'wc-failed'"),
                     ("refunds", "SELECT COUNT(*) FROM refunds"),
                     ("discontinued (private) products", "SELECT COUNT(*) FROM products WHERE status = 'private'"),
                     ("cancelled subscriptions", "SELECT COUNT(*) FROM subscriptions WHERE status = 'wc-cancelled'"),
                     ("GMT dates on a different day from the local date", "SELECT COUNT(*) FROM orders WHERE substr(date_created, 1, 10) <> substr(date_created_gmt, 1, 10)"),
                     ("both Melbourne offsets", "SELECT COUNT(DISTINCT CAST(round((julianday(date_created) - julianday(date_created_gmt)) * 24) AS INTEGER)) - 1 FROM orders")],
             "django": [("closed branch", "SELECT COUNT(*) FROM branch WHERE closed_on IS NOT NULL"),
                        ("leavers", "SELECT COUNT(*) FROM employee WHERE left_on IS NOT NULL"),
                        ("discontinued products", "SELECT COUNT(*) FROM product WHERE discontinued_on IS NOT NULL"),
                        ("returns", "SELECT COUNT(*) FROM sale_return"),
                        ("voided sales", "SELECT COUNT(*) FROM sale WHERE status = 'voided'"),
                        ("decimals stored as integers and as reals", "SELECT COUNT(DISTINCT typeof(total)) - 1 FROM sale")]}
    for label, sql in edges[style]:
        try:
            if not con.execute(sql).fetchone()[0]:
                fail(f"{name}: no {label}")
        except sqlite3.Error as e:
            fail(f"{name}: edge-case check '{label}' errored: {e}")
    for label, sql in INVARIANTS.get(name, []):
        try:
            n = con.execute(sql).fetchone()[0]
        except sqlite3.Error as e:
            fail(f"{name}: invariant '{label}' errored: {e}")
            continue
        if n:
            fail(f"{name}: invariant '{label}' broken by {n} rows")
    con.close()
    return idents, text_values


def scan_top(sql):
    """Yield (index, char) of sql at paren depth 0 and outside quotes."""
    depth, quote = 0, None
    for i, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            yield i, ch


def outer_order_split(sql):
    up, pos = sql.upper(), None
    for i, _ in scan_top(sql):
        if up.startswith("ORDER BY", i):
            pos = i
    if pos is None:
        return None
    head, rest = sql[:pos], sql[pos + len("ORDER BY"):]
    m = re.search(r"\sLIMIT\s+\d+\s*$", rest, re.I)
    if m:
        return head, rest[:m.start()], rest[m.start():]
    return head, rest, ""


def outer_select_list(sql):
    up = sql.upper()
    start = None
    for i, _ in scan_top(sql):
        if up.startswith("SELECT", i):
            start = i + len("SELECT")
            break
    if start is None:
        return ""
    for i, _ in scan_top(sql):
        if i > start and up.startswith(" FROM ", i - 1):
            return sql[start:i]
    return sql[start:]


def split_top_commas(s):
    parts, depth, quote, cur = [], 0, None, ""
    for ch in s:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts]


def literals(sql):
    out, i = [], 0
    while i < len(sql):
        ch = sql[i]
        if ch == '"':
            i = sql.index('"', i + 1) + 1
            continue
        if ch == "'":
            j, buf = i + 1, ""
            while True:
                if sql[j] == "'" and j + 1 < len(sql) and sql[j + 1] == "'":
                    buf += "'"
                    j += 2
                elif sql[j] == "'":
                    break
                else:
                    buf += sql[j]
                    j += 1
            out.append(buf)
            i = j + 1
            continue
        i += 1
    return out


def words_of(ident):
    return [x for x in re.split(r"[_\s()?]+", ident.lower()) if x]


def check_kind(q, kind, sql):
    u = sql.upper()
    periods = set(re.findall(r"20\d\d(?:-Q[1-4]|-\d\d(?:-\d\d)?)?", sql))
    need = {
        "count": "COUNT(" in u,
        "total": "SUM(" in u or "AVG(" in u,
        "breakdown": "GROUP BY" in u and "LIMIT" not in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)),
        "attribute": "GROUP BY" not in u and "COUNT(" not in u and "SUM(" not in u,
        "selfref": None,
        "list": "WHERE" in u and "LIMIT" not in u and "GROUP BY" not in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|IS NULL|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": bool(re.search(r"ROUND\(.*,\s*4\)", sql, re.S)),
        "compare": len(periods) >= 2 and ("SUM(" in u or "COUNT(" in u),
    }
    if kind not in need:
        fail(f"{q['id']}: unknown kind {kind}")
        return
    if kind == "selfref":
        tabs = re.findall(r'\b(?:FROM|JOIN)\s+("[^"]+"|\w+)', sql, re.I)
        if not any(tabs.count(t) > 1 for t in set(tabs)):
            fail(f"{q['id']}: self-reference question does not join a table to itself")
    elif not need[kind]:
        fail(f"{q['id']}: SQL does not have the shape of kind '{kind}'")


def main():
    db_dir = os.path.join(ROOT, "databases")
    dbs = sorted(f for f in os.listdir(db_dir) if f.endswith(".sqlite"))
    if len(dbs) != 2:
        fail(f"expected 2 databases, found {dbs}")
    info = {f[:-len(".sqlite")]: check_db(os.path.join(db_dir, f)) for f in dbs}
    idents = {k: v[0] for k, v in info.items()}
    tvals = {k: v[1] for k, v in info.items()}

    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    kinds = {}
    kpath = os.path.join(ROOT, "build", "kinds.tsv")
    if os.path.exists(kpath):
        for line in open(kpath, encoding="utf-8"):
            qid, kind = line.rstrip("\n").split("\t")
            kinds[qid] = kind
    else:
        fail("build/kinds.tsv missing")
    per_db, seen_q, seen_sql = {}, {}, {}
    for q in qs:
        if list(q) != KEYS:
            fail(f"{q.get('id')}: key order {list(q)}")
            continue
        if not isinstance(q["order_matters"], bool):
            fail(f"{q['id']}: order_matters is not a boolean")
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        per_db.setdefault(dbn, []).append(q)
        text, sql = q["question"], q["sql"]
        kind = kinds.get(q["id"])
        norm = " ".join(re.sub(r"[^\w%$€]+", " ", text.lower()).split())
        if norm in seen_q:
            fail(f"{q['id']}: duplicate question text (same as {seen_q[norm]})")
        seen_q.setdefault(norm, q["id"])
        snorm = " ".join(sql.split())
        if (dbn, snorm) in seen_sql:
            fail(f"{q['id']}: duplicate SQL (same as {seen_sql[(dbn, snorm)]})")
        seen_sql.setdefault((dbn, snorm), q["id"])
        if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or ";" in sql.rstrip().rstrip(";"):
            fail(f"{q['id']}: SQL is not a single SELECT")
        # ---- plain English, no schema identifiers
        if "_" in text:
            fail(f"{q['id']}: underscore in question text")
        if re.search(r"\b[a-z]+[A-Z][a-z]+\w*\b", text):
            fail(f"{q['id']}: camelCase token in question text")
        for ident in idents.get(dbn, ()):
            if "_" in ident and re.search(r"\b" + re.escape(ident) + r"\b", text):
                fail(f"{q['id']}: question mentions schema identifier {ident}")
            w = words_of(ident)
            if len(w) >= 3 and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
                fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
        for phrase in LEAKY:
            if re.search(r"\b" + re.escape(phrase) + r"\b", text, re.I):
                fail(f"{q['id']}: question uses the column-like phrase '{phrase}'")
        if re.search(r"\bwc-|\b(table|column|schema|database|field)s?\b|\bsql\b", text, re.I):
            fail(f"{q['id']}: question talks about the database structure")
        if RELATIVE.search(text):
            fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
        years_q = set(YEAR_TOKEN.findall(text))
        for y in years_q:
            if y not in sql:
                fail(f"{q['id']}: question mentions {y} but the SQL does not")
        if re.search(r"'20[12]\d|\b20[12]\d\b", sql) and not years_q:
            fail(f"{q['id']}: SQL filters on a date but the question names no year")
        if re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b", sql):
            fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
        items = split_top_commas(outer_select_list(sql))
        for fcol, lcol in FIRST_LAST:
            for it in items:
                if re.search(r"\b" + fcol + r"\b", it) or re.search(r"\b" + lcol + r"\b", it):
                    if not re.search(r"\b" + re.escape(fcol) + r"\s*\|\|\s*' '\s*\|\|\s*\w*\.?" + re.escape(lcol), it):
                        fail(f"{q['id']}: person's name not returned as one column first || ' ' || last")
        # ---- style traps
        if re.search(r"_gmt\b", sql):
            fail(f"{q['id']}: uses a GMT timestamp (the shop's dates are the local ones)")
        if re.search(r"(_at|date_\w+|_date)\s*(<=|BETWEEN)\s*'\d{4}-\d\d-\d\d'", sql):
            fail(f"{q['id']}: timestamp compared with <= / BETWEEN a bare date (drops that day)")
        gt = GRAIN.get(dbn)
        if gt and re.search(r"\b" + gt[0] + r"\b", sql) and re.search(gt[1], text, re.I) and "COUNT(" in sql.upper() \
                and "COUNT(DISTINCT" not in sql.upper() and re.search(r"\bhow many\b|\bnumber of\b|\bcount\b", text, re.I) \
                and not re.search(r"\bFROM\s+(orders|sale)\b", sql):
            fail(f"{q['id']}: {gt[1]} counted on the line table without COUNT(DISTINCT {gt[2]})")
        st = SETTLE.get(dbn)
        if st and re.search(st[0], sql) and not re.search(st[1], sql) and not re.search(st[2], text, re.I):
            fail(f"{q['id']}: money summed without settling cancelled / failed orders or voided sales")
        for lit in literals(sql):
            if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|20\d\d-Q[1-4]|-?\d+(\.\d+)?|\d\d|\d\d-\d\d|[ \-/,]*|-Q|, |%[wYmd]", lit) or "%" in lit:
                continue
            if lit not in tvals.get(dbn, ()):
                fail(f"{q['id']}: SQL literal '{lit}' is not a value stored in {dbn}")
        if kind:
            check_kind(q, kind, sql)
        else:
            fail(f"{q['id']}: no kind in kinds.tsv")
    if set(per_db) != set(idents):
        fail(f"question databases {sorted(per_db)} != database files {sorted(idents)}")
    for dbn, lst in per_db.items():
        if len(lst) != 40:
            fail(f"{dbn}: {len(lst)} questions (want 40)")
        for i, q in enumerate(lst, 1):
            if q["id"] != f"{dbn}-{i:03d}":
                fail(f"{q['id']}: id out of sequence")
            if q["db"] != f"databases/{dbn}.sqlite":
                fail(f"{q['id']}: bad db path")
        mix = {}
        for q in lst:
            mix[kinds.get(q["id"])] = mix.get(kinds.get(q["id"]), 0) + 1
        if mix != KIND_MIX:
            fail(f"{dbn}: kind mix {dict(sorted((str(k), v) for k, v in mix.items()))} != required {KIND_MIX}")

    month_bd, quarter_bd = set(), set()
    for q in qs:
        if list(q) != KEYS:
            continue
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        kind = kinds.get(q["id"])
        con = ro(os.path.join(ROOT, q["db"]))
        try:
            cur = con.execute(q["sql"])
            rows = cur.fetchall()
        except Exception as e:
            fail(f"{q['id']}: error {e}")
            con.close()
            continue
        ncol = len(cur.description)
        if not rows:
            fail(f"{q['id']}: empty result")
            con.close()
            continue
        if len(rows) > MAX_ROWS:
            fail(f"{q['id']}: {len(rows)} rows (want <= {MAX_ROWS})")
        if any(v is None for r in rows for v in r):
            fail(f"{q['id']}: NULL in result")
        if len(rows) == 1 and ncol == 1 and rows[0][0] in (0, 0.0, ""):
            fail(f"{q['id']}: single-cell result is 0/empty")
        if kind == "share":
            vals = [v for r in rows for v in r if isinstance(v, (int, float))]
            if not vals or any(not (0 < v < 1) or abs(v * 10000 - round(v * 10000)) > 1e-6 for v in vals if isinstance(v, float)) \
                    or not any(isinstance(v, float) for v in vals):
                fail(f"{q['id']}: share is not a ratio between 0 and 1 rounded to 4 decimals")
        elif any(isinstance(v, float) and abs(v * 100 - round(v * 100)) > 1e-6 for r in rows for v in r):
            fail(f"{q['id']}: a REAL result has more than 2 decimals (round money / averages to 2)")
        if kind == "breakdown" and MONTH_Q.search(q["question"]) and not QUARTER_Q.search(q["question"]):
            if not any(all(isinstance(r[i], str) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", r[i]) for r in rows) for i in range(ncol)):
                fail(f"{q['id']}: month breakdown does not return months as 'YYYY-MM'")
            else:
                month_bd.add(dbn)
        if kind == "breakdown" and QUARTER_Q.search(q["question"]):
            if not any(all(isinstance(r[i], str) and re.fullmatch(r"20\d\d-Q[1-4]", r[i]) for r in rows) for i in range(ncol)):
                fail(f"{q['id']}: quarter breakdown does not return quarters as 'YYYY-Qn'")
            else:
                quarter_bd.add(dbn)
        for r in rows:
            for v in r:
                if isinstance(v, str) and re.fullmatch(r"20\d\d-?\d\d", v) and not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", v):
                    fail(f"{q['id']}: malformed month label {v}")
                    break
        split = outer_order_split(q["sql"])
        if re.search(r"\bLIMIT\b", q["sql"], re.I) and not re.search(r"ORDER BY", q["sql"], re.I):
            fail(f"{q['id']}: LIMIT without ORDER BY")
        if q["order_matters"]:
            if not split:
                fail(f"{q['id']}: order_matters without outer ORDER BY")
            if not ORDER_WORDS.search(q["question"]):
                fail(f"{q['id']}: order_matters but the question does not ask for an order")
        elif split and not split[2]:
            fail(f"{q['id']}: outer ORDER BY without LIMIT, but order_matters is false")
        elif split and ORDER_WORDS.search(q["question"]):
            fail(f"{q['id']}: the question asks for an order and the SQL has an outer ORDER BY, but order_matters is false")
        if split and (split[2] or q["order_matters"]):
            head, expr, tail = split
            for dct in ("ASC", "DESC"):
                tb = ", ".join(f"{i} {dct}" for i in range(1, ncol + 1))
                r2 = con.execute(f"{head}ORDER BY {expr.strip()}, {tb}{tail}").fetchall()
                if r2 != rows:
                    fail(f"{q['id']}: tie in ORDER BY (changes with {dct} tie-breakers)")
                    break
        if kind == "topn" and not (split and split[2]) and len(rows) > 1 and re.search(r"=\s*\(\s*SELECT\s+(MAX|MIN)\(", q["sql"], re.I):
            fail(f"{q['id']}: MAX/MIN pick returns {len(rows)} tied rows")
        con.close()
    for dbn in per_db:
        if dbn not in month_bd:
            fail(f"{dbn}: no breakdown by month returning 'YYYY-MM'")
        if dbn not in quarter_bd:
            fail(f"{dbn}: no breakdown by quarter returning 'YYYY-Qn'")

    if fails:
        print("FAIL:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
