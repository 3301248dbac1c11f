"""Checks the store-blind-13 databases and questions. Prints PASS or the list of failures.

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; pass a scratch copy to test planted faults)

Every database is opened read-only (mode=ro URI + PRAGMA query_only). Checks:
  * databases: 12-13 tables, 5-20,000 rows per table, 10,000-40,000 rows per database, declared FKs that point at
    primary keys, foreign_key_check / integrity_check clean, a self-referencing FK, a many-to-many link table, accented
    names, a place name shared by two states / counties, closed locations, leavers, discontinued items, refunds;
    per-database invariants (totals = sum of lines, tax, statuses, activity only while trading, ...);
  * naming styles: crate_and_needle = e-commerce platform export (plural snake_case tables, snake_case columns,
    ISO-8601 timestamps with the shop's UTC offset in *_at, money as decimal TEXT on orders / variants and REAL on
    refunds, lower-case enums, comma-separated tags, 0/1 flags, every *_id a declared FK); pebble_and_pier = POS system
    (singular PascalCase tables, camelCase columns, *Date TEXT 'YYYY-MM-DD', *At TEXT 'YYYY-MM-DD HH:MM:SS', REAL pounds
    with 2 decimals, is* flags 0/1, every *Id a declared FK);
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape, no schema
    identifiers / underscores / camelCase / spelled-out column names in the text, no structure words, no relative
    periods, years in the text <-> dates in the SQL, cancelled orders / voided sales settled in money questions, orders
    and sales counted at header level, offset timestamps never passed to SQLite date functions, every SQL string literal
    a stored value;
  * results: non-empty, <= 15 rows, no NULL cell, no single-cell 0, money rounded to 2 decimals, shares as ratios 0-1
    rounded to 4 decimals (never 100 * ...), months 'YYYY-MM', quarters 'YYYY-Qn', a person's name as ONE column
    first || ' ' || last, LIMIT only with ORDER BY, order_matters both ways, no tie at a LIMIT cut or in an ordered
    answer, no tied MAX / MIN pick.
"""
import datetime as dt, json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"crate_and_needle": "ecom", "pebble_and_pier": "pos"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_ROWS = 15
PLACE = {"ecom": [("city", "province_code")], "pos": [("town", "county")]}
FIRST_LAST = [("first_name", "last_name"), ("firstName", "lastName")]
ECOM_TEXT_MONEY = {"price", "compare_at_price", "cost", "subtotal_price", "total_discounts", "total_shipping", "total_tax",
                   "total_price", "total_spent", "total_discount", "value", "minimum_subtotal"}
ECOM_FLAGS = {"active", "accepts_marketing", "tax_exempt", "taxable", "requires_shipping", "is_default", "once_per_customer"}
ECOM_ENUMS = {"financial_status", "fulfillment_status", "status", "source_name", "cancel_reason", "restock_type", "value_type",
              "shipment_status", "location_type"}
# spelled-out column names that must not appear in a question (plain words such as 'orders' or 'customers' are fine)
LEAKY = ["financial status", "fulfillment status", "fulfilment status", "source name", "cancel reason", "restock type",
         "value type", "shipment status", "tracking company", "location type", "product type", "sale type",
         "payment method", "job title", "contract type", "line total", "total amount", "vat total", "discount total",
         "unit price", "unit cost", "retail price", "cost price", "launch date", "leave date", "sold at", "paid at",
         "order date", "count date", "qty", "total price", "subtotal price", "total spent", "orders count",
         "compare at price", "variant title", "is active", "is preferred", "is local maker"]
# header / line tables: counting orders / sales must happen at header level
GRAIN = {"crate_and_needle": ("order_line_items", r"\borders?\b|\bsales?\b", "order_id"),
         "pebble_and_pier": ("SaleLine", r"\bsales?\b|\btransactions?\b|\breceipts?\b", "saleId")}
# money totals must settle cancelled orders / voided sales (in the SQL or in the words)
SETTLE = {"crate_and_needle": (r"SUM\([^)]*\b(total_price|subtotal_price|price)\b", r"cancelled_at|financial_status", r"cancel"),
          "pebble_and_pier": (r"SUM\([^)]*\b(totalAmount|lineTotal|amount|vatAmount|vatTotal)\b", r"\bstatus\b|'Voided'|'Completed'|Payment", r"void")}

RATE_ECOM = ("(CASE WHEN o.source_name = 'pos' THEN (SELECT CASE l.province_code WHEN 'OR' THEN 0 WHEN 'ME' THEN 0.055 "
             "WHEN 'CA' THEN 0.1025 WHEN 'WA' THEN 0.1035 END FROM locations l WHERE l.id = o.location_id) "
             "WHEN o.shipping_country_code <> 'US' OR COALESCE((SELECT tax_exempt FROM customers c WHERE c.id = o.customer_id), 0) = 1 THEN 0 "
             "ELSE CASE o.shipping_province_code WHEN 'CA' THEN 0.0725 WHEN 'WA' THEN 0.065 WHEN 'ME' THEN 0.055 ELSE 0 END END)")
LOCAL = "substr({c}, 1, 19)"

INVARIANTS = {
    "crate_and_needle": [
        ("every order has line items",
         "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_line_items li WHERE li.order_id = o.id)"),
        ("subtotal = sum of (quantity x price - line discount); total_discounts = sum of line discounts",
         "SELECT COUNT(*) FROM orders o WHERE ABS(CAST(o.subtotal_price AS REAL) - (SELECT SUM(li.quantity * CAST(li.price AS REAL) - CAST(li.total_discount AS REAL)) FROM order_line_items li WHERE li.order_id = o.id)) > 0.005 OR ABS(CAST(o.total_discounts AS REAL) - (SELECT SUM(CAST(li.total_discount AS REAL)) FROM order_line_items li WHERE li.order_id = o.id)) > 0.005"),
        ("total = subtotal + shipping + tax",
         "SELECT COUNT(*) FROM orders WHERE ABS(CAST(total_price AS REAL) - CAST(subtotal_price AS REAL) - CAST(total_shipping AS REAL) - CAST(total_tax AS REAL)) > 0.005"),
        ("tax = taxable net x the rate of the shop (POS) or of the shipping state (web); none for tax-exempt and foreign orders",
         "SELECT COUNT(*) FROM orders o WHERE ABS(CAST(o.total_tax AS REAL) - ROUND(COALESCE((SELECT SUM(li.quantity * CAST(li.price AS REAL) - CAST(li.total_discount AS REAL)) FROM order_line_items li WHERE li.order_id = o.id AND li.taxable = 1), 0) * " + RATE_ECOM + ", 2)) > 0.0101"),
        ("cancelled_at, cancel_reason and financial_status 'voided' go together; cancelled orders have no fulfillment or refund",
         "SELECT COUNT(*) FROM orders o WHERE (o.cancelled_at IS NULL) <> (o.cancel_reason IS NULL) OR (o.cancelled_at IS NOT NULL) <> (o.financial_status = 'voided') OR (o.cancelled_at IS NOT NULL AND (substr(o.cancelled_at, 1, 19) <= substr(o.created_at, 1, 19) OR o.fulfillment_status <> 'unfulfilled' OR EXISTS (SELECT 1 FROM fulfillments f WHERE f.order_id = o.id) OR EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id)))"),
        ("refunded = every unit refunded, partially_refunded = some; refunds after the order, on its own lines, never more than sold",
         "SELECT (SELECT COUNT(*) FROM orders o WHERE o.financial_status IN ('paid', 'pending', 'refunded', 'partially_refunded') AND o.financial_status <> CASE WHEN NOT EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id) THEN o.financial_status WHEN (SELECT SUM(li.quantity) FROM order_line_items li WHERE li.order_id = o.id) = (SELECT SUM(rl.quantity) FROM refund_line_items rl JOIN refunds r ON r.id = rl.refund_id WHERE r.order_id = o.id) THEN 'refunded' ELSE 'partially_refunded' END) "
         "+ (SELECT COUNT(*) FROM orders o WHERE o.financial_status IN ('refunded', 'partially_refunded') AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id)) "
         "+ (SELECT COUNT(*) FROM refund_line_items rl JOIN refunds r ON r.id = rl.refund_id JOIN order_line_items li ON li.id = rl.line_item_id JOIN orders o ON o.id = r.order_id WHERE li.order_id <> r.order_id OR rl.quantity > li.quantity OR rl.quantity < 1 OR substr(r.created_at, 1, 19) <= substr(o.created_at, 1, 19))"),
        ("refund subtotal = the line's net amount for the refunded units; refund tax at the order's rate",
         "SELECT COUNT(*) FROM refund_line_items rl JOIN order_line_items li ON li.id = rl.line_item_id JOIN orders o ON o.id = li.order_id WHERE ABS(rl.subtotal - ROUND((li.quantity * CAST(li.price AS REAL) - CAST(li.total_discount AS REAL)) * rl.quantity / li.quantity, 2)) > 0.0101 OR ABS(rl.total_tax - ROUND(rl.subtotal * li.taxable * " + RATE_ECOM + ", 2)) > 0.0101 OR (rl.restock_type = 'return') <> (rl.location_id IS NOT NULL)"),
        ("fulfillment_status: unfulfilled = no successful fulfillment; partial = a pre-order line still to ship",
         "SELECT COUNT(*) FROM orders o WHERE (o.fulfillment_status = 'unfulfilled') <> NOT EXISTS (SELECT 1 FROM fulfillments f WHERE f.order_id = o.id AND f.status = 'success') OR (o.fulfillment_status = 'partial') <> (o.fulfillment_status <> 'unfulfilled' AND EXISTS (SELECT 1 FROM order_line_items li JOIN products p ON p.id = li.product_id WHERE li.order_id = o.id AND (', ' || p.tags || ', ') LIKE '%, pre-order, %'))"),
        ("POS orders at an open shop, with no shipping; web and draft orders ship to an address and have no shop",
         "SELECT COUNT(*) FROM orders o LEFT JOIN locations l ON l.id = o.location_id WHERE (o.source_name = 'pos') <> (o.location_id IS NOT NULL) OR (o.source_name = 'pos' AND (o.shipping_country_code IS NOT NULL OR CAST(o.total_shipping AS REAL) <> 0 OR l.location_type = 'warehouse' OR substr(o.created_at, 1, 10) < substr(l.created_at, 1, 10) OR (l.deactivated_at IS NOT NULL AND substr(o.created_at, 1, 10) >= substr(l.deactivated_at, 1, 10)))) OR (o.source_name <> 'pos' AND o.shipping_country_code IS NULL)"),
        ("fulfillments after the order: POS at the order's shop, web and draft orders from the warehouse",
         "SELECT COUNT(*) FROM fulfillments f JOIN orders o ON o.id = f.order_id JOIN locations l ON l.id = f.location_id WHERE substr(f.created_at, 1, 19) < substr(o.created_at, 1, 19) OR (o.source_name = 'pos' AND f.location_id <> o.location_id) OR (o.source_name <> 'pos' AND l.location_type <> 'warehouse')"),
        ("line items match their variant and product; sold only between publication and archiving; never above today's price",
         "SELECT COUNT(*) FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN product_variants v ON v.id = li.variant_id JOIN products p ON p.id = v.product_id WHERE li.product_id <> p.id OR li.title <> p.title OR li.sku <> v.sku OR li.vendor <> p.vendor OR li.variant_title <> v.title OR li.taxable <> v.taxable OR p.status = 'draft' OR substr(o.created_at, 1, 19) < substr(p.created_at, 1, 19) OR (p.status = 'archived' AND substr(o.created_at, 1, 19) >= substr(p.updated_at, 1, 19)) OR CAST(li.price AS REAL) > CAST(v.price AS REAL)"),
        ("customer statistics: orders_count = all their orders; total_spent = non-cancelled totals less refunds",
         "SELECT COUNT(*) FROM customers c WHERE c.orders_count <> (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) OR ABS(CAST(c.total_spent AS REAL) - COALESCE((SELECT SUM(CAST(o.total_price AS REAL)) FROM orders o WHERE o.customer_id = c.id AND o.cancelled_at IS NULL), 0) + COALESCE((SELECT SUM(rl.subtotal + rl.total_tax) FROM refund_line_items rl JOIN refunds r ON r.id = rl.refund_id JOIN orders o ON o.id = r.order_id WHERE o.customer_id = c.id), 0)) > 0.005"),
        ("customers order only after they were created; referrers joined before the people they referred",
         "SELECT (SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE substr(o.created_at, 1, 19) < substr(c.created_at, 1, 19)) + (SELECT COUNT(*) FROM customers c JOIN customers r ON r.id = c.referred_by_customer_id WHERE r.id = c.id OR substr(r.created_at, 1, 19) >= substr(c.created_at, 1, 19))"),
        ("discount codes: used only while valid; usage_count = orders using the code",
         "SELECT (SELECT COUNT(*) FROM orders o LEFT JOIN discount_codes d ON d.code = o.discount_code WHERE o.discount_code IS NOT NULL AND (d.id IS NULL OR substr(o.created_at, 1, 19) < substr(d.starts_at, 1, 19) OR (d.ends_at IS NOT NULL AND substr(o.created_at, 1, 19) > substr(d.ends_at, 1, 19)))) + (SELECT COUNT(*) FROM discount_codes d WHERE d.usage_count <> (SELECT COUNT(*) FROM orders o WHERE o.discount_code = d.code))"),
        ("inventory only at active locations and for products that are not archived; location active flag = no deactivation date",
         "SELECT (SELECT COUNT(*) FROM inventory_levels i JOIN locations l ON l.id = i.location_id JOIN product_variants v ON v.id = i.variant_id JOIN products p ON p.id = v.product_id WHERE l.active = 0 OR p.status = 'archived') + (SELECT COUNT(*) FROM locations WHERE (active = 1) <> (deactivated_at IS NULL))"),
    ],
    "pebble_and_pier": [
        ("sale total = sum of line totals; discount and VAT totals = sums of the lines; every sale has lines 1..n",
         "SELECT COUNT(*) FROM Sale s WHERE ABS(s.totalAmount - (SELECT SUM(lineTotal) FROM SaleLine l WHERE l.saleId = s.saleId)) > 0.005 OR ABS(s.discountTotal - (SELECT SUM(discountAmount) FROM SaleLine l WHERE l.saleId = s.saleId)) > 0.005 OR ABS(s.vatTotal - (SELECT SUM(vatAmount) FROM SaleLine l WHERE l.saleId = s.saleId)) > 0.005 OR (SELECT COUNT(*) FROM SaleLine l WHERE l.saleId = s.saleId) <> (SELECT MAX(lineNo) FROM SaleLine l WHERE l.saleId = s.saleId)"),
        ("line total = quantity x unit price - discount; VAT = the VAT fraction of the line at the product's rate",
         "SELECT COUNT(*) FROM SaleLine l JOIN Product p ON p.productId = l.productId WHERE ABS(l.lineTotal - (l.quantity * l.unitPrice - l.discountAmount)) > 0.005 OR ABS(l.vatAmount - ROUND(l.lineTotal * p.vatRate / (100 + p.vatRate), 2)) > 0.0101"),
        ("completed sales are paid in full at the time of sale; voided sales have no payment",
         "SELECT COUNT(*) FROM Sale s WHERE (s.status = 'Completed' AND ABS(s.totalAmount - COALESCE((SELECT SUM(amount) FROM Payment p WHERE p.saleId = s.saleId), 0)) > 0.005) OR (s.status = 'Voided' AND EXISTS (SELECT 1 FROM Payment p WHERE p.saleId = s.saleId)) OR EXISTS (SELECT 1 FROM Payment p WHERE p.saleId = s.saleId AND (p.paidAt < s.soldAt OR substr(p.paidAt, 1, 10) <> substr(s.soldAt, 1, 10)))"),
        ("returns point at an earlier completed sale of the same shop, with negative quantities of products on it; sales are positive",
         "SELECT COUNT(*) FROM Sale s LEFT JOIN Sale o ON o.saleId = s.originalSaleId WHERE (s.saleType = 'Return') <> (s.originalSaleId IS NOT NULL) OR (s.saleType = 'Return' AND (o.saleType <> 'Sale' OR o.status <> 'Completed' OR o.storeId <> s.storeId OR o.soldAt >= s.soldAt OR EXISTS (SELECT 1 FROM SaleLine l WHERE l.saleId = s.saleId AND (l.quantity >= 0 OR l.productId NOT IN (SELECT productId FROM SaleLine x WHERE x.saleId = o.saleId))))) OR (s.saleType = 'Sale' AND EXISTS (SELECT 1 FROM SaleLine l WHERE l.saleId = s.saleId AND (l.quantity <= 0 OR l.lineTotal <= 0)))"),
        ("sales only while the shop trades (not on 25/26 December or 1 January, Padstow shut in January)",
         "SELECT COUNT(*) FROM Sale s JOIN Store st ON st.storeId = s.storeId WHERE substr(s.soldAt, 1, 10) < st.openedDate OR (st.closedDate IS NOT NULL AND substr(s.soldAt, 1, 10) >= st.closedDate) OR substr(s.soldAt, 6, 5) IN ('12-25', '12-26', '01-01') OR (st.storeCode = 'PAD' AND substr(s.soldAt, 6, 2) = '01')"),
        ("the member of staff works at that shop on that day in a shop-floor job",
         "SELECT COUNT(*) FROM Sale s JOIN Staff e ON e.staffId = s.staffId WHERE e.storeId IS NOT s.storeId OR substr(s.soldAt, 1, 10) < e.startDate OR (e.leaveDate IS NOT NULL AND substr(s.soldAt, 1, 10) > e.leaveDate) OR e.jobTitle NOT IN ('Store Manager', 'Assistant Manager', 'Sales Assistant', 'Seasonal Sales Assistant')"),
        ("the till belongs to the shop and is in service that day; isActive = not retired",
         "SELECT (SELECT COUNT(*) FROM Sale s JOIN Register r ON r.registerId = s.registerId WHERE r.storeId <> s.storeId OR substr(s.soldAt, 1, 10) < r.installedDate OR (r.retiredDate IS NOT NULL AND substr(s.soldAt, 1, 10) >= r.retiredDate)) + (SELECT COUNT(*) FROM Register WHERE (isActive = 1) <> (retiredDate IS NULL))"),
        ("products sold only between launch and discontinuation",
         "SELECT COUNT(*) FROM SaleLine l JOIN Sale s ON s.saleId = l.saleId JOIN Product p ON p.productId = l.productId WHERE substr(s.soldAt, 1, 10) < p.launchDate OR (p.discontinuedDate IS NOT NULL AND substr(s.soldAt, 1, 10) >= p.discontinuedDate)"),
        ("staff: only the managing director has no manager; hourly rate xor salary; isActive = no leave date; leaving after starting",
         "SELECT COUNT(*) FROM Staff WHERE (managerId IS NULL) <> (jobTitle = 'Managing Director') OR managerId = staffId OR (hourlyRate IS NULL) = (annualSalary IS NULL) OR (isActive = 1) <> (leaveDate IS NULL) OR leaveDate < startDate"),
        ("the manager was on staff on the person's last working day (or today), allowing a weekend gap",
         "SELECT COUNT(*) FROM Staff e JOIN Staff m ON m.staffId = e.managerId WHERE m.startDate > date(COALESCE(e.leaveDate, '2025-12-31'), '+3 days') OR (m.leaveDate IS NOT NULL AND m.leaveDate < COALESCE(e.leaveDate, '2025-12-31'))"),
        ("shops: isActive = no closing date; staff of a closed shop left before it closed",
         "SELECT (SELECT COUNT(*) FROM Store WHERE (isActive = 1) <> (closedDate IS NULL)) + (SELECT COUNT(*) FROM Staff e JOIN Store st ON st.storeId = e.storeId WHERE st.closedDate IS NOT NULL AND (e.leaveDate IS NULL OR e.leaveDate >= st.closedDate))"),
        ("purchase orders: total = sum of qty x cost; lines 1..n; statuses match received dates and quantities; supplier supplies the product",
         "SELECT COUNT(*) FROM PurchaseOrder po WHERE ABS(po.totalCost - (SELECT SUM(qtyOrdered * unitCost) FROM PurchaseOrderLine l WHERE l.purchaseOrderId = po.purchaseOrderId)) > 0.005 OR (SELECT COUNT(*) FROM PurchaseOrderLine l WHERE l.purchaseOrderId = po.purchaseOrderId) <> (SELECT MAX(lineNo) FROM PurchaseOrderLine l WHERE l.purchaseOrderId = po.purchaseOrderId) OR (po.receivedDate IS NULL) <> (po.status IN ('Open', 'Cancelled')) OR po.receivedDate <= po.orderDate OR (po.status = 'Received' AND EXISTS (SELECT 1 FROM PurchaseOrderLine l WHERE l.purchaseOrderId = po.purchaseOrderId AND l.qtyReceived <> l.qtyOrdered)) OR (po.status = 'Part Received' AND NOT EXISTS (SELECT 1 FROM PurchaseOrderLine l WHERE l.purchaseOrderId = po.purchaseOrderId AND l.qtyReceived < l.qtyOrdered)) OR (po.status IN ('Open', 'Cancelled') AND EXISTS (SELECT 1 FROM PurchaseOrderLine l WHERE l.purchaseOrderId = po.purchaseOrderId AND l.qtyReceived <> 0)) OR EXISTS (SELECT 1 FROM PurchaseOrderLine l WHERE l.purchaseOrderId = po.purchaseOrderId AND NOT EXISTS (SELECT 1 FROM ProductSupplier ps WHERE ps.productId = l.productId AND ps.supplierId = po.supplierId))"),
        ("purchase orders are placed by staff on the payroll that day and delivered before a shop closes",
         "SELECT COUNT(*) FROM PurchaseOrder po JOIN Staff e ON e.staffId = po.orderedByStaffId JOIN Store st ON st.storeId = po.storeId WHERE po.orderDate < e.startDate OR (e.leaveDate IS NOT NULL AND po.orderDate > e.leaveDate) OR (st.closedDate IS NOT NULL AND po.receivedDate >= st.closedDate)"),
        ("exactly one preferred supplier per product",
         "SELECT COUNT(*) FROM Product p WHERE (SELECT COUNT(*) FROM ProductSupplier ps WHERE ps.productId = p.productId AND ps.isPreferred = 1) <> 1"),
        ("stock counts on trading days, by staff of that shop",
         "SELECT COUNT(*) FROM StockCount c JOIN Staff e ON e.staffId = c.countedByStaffId JOIN Store st ON st.storeId = c.storeId WHERE e.storeId IS NOT c.storeId OR c.countDate < e.startDate OR (e.leaveDate IS NOT NULL AND c.countDate > e.leaveDate) OR c.countDate < st.openedDate OR (st.closedDate IS NOT NULL AND c.countDate >= st.closedDate)"),
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


def nth_weekday(y, m, wd, n):
    d = dt.date(y, m, 1)
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def pacific_offset(t):
    start = dt.datetime.combine(nth_weekday(t.year, 3, 6, 2), dt.time(2, 0))
    end = dt.datetime.combine(nth_weekday(t.year, 11, 6, 1), dt.time(2, 0))
    return "-07:00" if start <= t < end else "-08:00"


ISO_OFFSET = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")


def check_db(path):
    name = os.path.basename(path)[:-len(".sqlite")]
    style = STYLE.get(name)
    if style is None:
        fail(f"{name}: unknown database (no naming style registered)")
        return set(), set()
    con = ro(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not 12 <= len(tables) <= 13:
        fail(f"{name}: {len(tables)} tables (want 12-13)")
    pk_of = {t: [c[1] for c in sorted(con.execute(f"PRAGMA table_info({qi(t)})"), key=lambda c: c[5]) if c[5]] for t in tables}
    unique_cols = {}
    for t in tables:
        for idx in con.execute(f"PRAGMA index_list({qi(t)})"):
            if idx[2]:
                cols = [r[2] for r in con.execute(f"PRAGMA index_info({qi(idx[1])})")]
                unique_cols.setdefault(t, []).append(cols)
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
        if len(pk) == 2 and all(c in fk_cols for c in pk) and len({fk_cols[c][2] for c in pk}) == 2:
            link = True
        for fk in fks:
            if pk_of.get(fk[2]) != [fk[4]]:
                fail(f"{name}.{t}.{fk[3]}: FK target {fk[2]}.{fk[4]} is not its primary key")
        # ---- table naming
        if style == "ecom":
            if not re.fullmatch(r"[a-z]+(_[a-z]+)*s", t):
                fail(f"{name}.{t}: table name is not plural snake_case")
        else:
            if not re.fullmatch(r"([A-Z][a-z]+)+", t) or t.endswith("s"):
                fail(f"{name}.{t}: table name is not singular PascalCase")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        for c in cols:
            col, typ = c[1], c[2]
            idents.add(col)
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if style == "ecom":
                if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", col):
                    fail(f"{name}.{t}.{col}: column is not snake_case")
                if col.endswith("_at"):
                    badn = 0
                    for (v,) in con.execute(f"SELECT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                        try:
                            ok = isinstance(v, str) and ISO_OFFSET.fullmatch(v) and \
                                pacific_offset(dt.datetime.strptime(v[:19], "%Y-%m-%dT%H:%M:%S")) == v[19:]
                        except ValueError:
                            ok = False
                        badn += not ok
                    if typ != "TEXT" or badn:
                        fail(f"{name}.{t}.{col}: {badn} values that are not ISO-8601 timestamps with the shop's UTC offset")
                if col in ECOM_TEXT_MONEY and not t.startswith("refund"):
                    if typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR {q} NOT GLOB '[0-9]*.[0-9][0-9]' OR {q} GLOB '*[^0-9.]*' OR {q} GLOB '*.*.*'"):
                        fail(f"{name}.{t}.{col}: money is not decimal TEXT with 2 decimals")
                if typ == "REAL" and bad(f"typeof({q}) <> 'real' OR {q} < 0 OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: REAL money is not non-negative with 2 decimals")
                if col in ECOM_FLAGS:
                    v = vals()
                    if typ != "INTEGER" or not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: flag is not INTEGER 0/1")
                    elif v != {0, 1}:
                        fail(f"{name}.{t}.{col}: flag never varies ({sorted(v)})")
                if col in ECOM_ENUMS and bad(f"{q} GLOB '*[^a-z_-]*'"):
                    fail(f"{name}.{t}.{col}: enum values are not lower case")
                if col == "tags" and bad(f"{q} GLOB '*[^a-z0-9, -]*' OR {q} GLOB '*,[^ ]*' OR {q} GLOB ' *' OR {q} GLOB '*,'"):
                    fail(f"{name}.{t}.{col}: tags are not comma-separated lower-case words")
                if col.endswith("_id") and pk != [col] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
                if col in ("quantity", "orders_count", "available", "usage_count", "grams", "position") \
                        and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
            else:
                if not re.fullmatch(r"[a-z]+([A-Z][a-z0-9]*)*", col):
                    fail(f"{name}.{t}.{col}: column is not camelCase")
                if col.endswith("Date"):
                    if typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR date({q}) IS NOT {q}"):
                        fail(f"{name}.{t}.{col}: values that are not real 'YYYY-MM-DD' dates")
                if col.endswith("At"):
                    if typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR datetime({q}) IS NOT {q}"):
                        fail(f"{name}.{t}.{col}: values that are not 'YYYY-MM-DD HH:MM:SS' times")
                if typ == "REAL" and bad(f"typeof({q}) <> 'real' OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: REAL money is not rounded to 2 decimals")
                if typ == "REAL" and t not in ("Sale", "SaleLine", "Payment") and bad(f"{q} < 0"):
                    fail(f"{name}.{t}.{col}: negative amount outside sales / returns")
                if re.fullmatch(r"is[A-Z]\w*", col):
                    v = vals()
                    if typ != "INTEGER" or not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: flag is not INTEGER 0/1")
                    elif v != {0, 1}:
                        fail(f"{name}.{t}.{col}: flag never varies ({sorted(v)})")
                if col.endswith("Id") and pk != [col] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
                if (col.startswith("qty") or col.endswith("Qty") or col in ("sqFt", "leadTimeDays", "paymentTermsDays", "lineNo")) \
                        and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
            if typ == "TEXT":
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                    text_values.add(v)
                    if not accented and re.search(r"name", col, re.I) and re.search(r"[À-ɏḀ-ỿ]", v):
                        accented = True
        names = {c[1] for c in cols}
        for pc, rc in PLACE[style]:
            if pc in names and rc in names and con.execute(
                    f"SELECT 1 FROM {qi(t)} GROUP BY {qi(pc)} HAVING COUNT(DISTINCT {qi(rc)}) > 1 LIMIT 1").fetchone():
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
    # soft edge cases that must be present
    edges = {"ecom": [("closed location", "SELECT COUNT(*) FROM locations WHERE active = 0"),
                      ("archived products", "SELECT COUNT(*) FROM products WHERE status = 'archived'"),
                      ("refunds", "SELECT COUNT(*) FROM refunds"),
                      ("cancelled orders", "SELECT COUNT(*) FROM orders WHERE cancelled_at IS NOT NULL"),
                      ("timestamps in both UTC offsets", "SELECT COUNT(DISTINCT substr(created_at, 20)) - 1 FROM orders")],
             "pos": [("closed shop", "SELECT COUNT(*) FROM Store WHERE closedDate IS NOT NULL"),
                     ("leavers", "SELECT COUNT(*) FROM Staff WHERE leaveDate IS NOT NULL"),
                     ("discontinued products", "SELECT COUNT(*) FROM Product WHERE discontinuedDate IS NOT NULL"),
                     ("returns", "SELECT COUNT(*) FROM Sale WHERE saleType = 'Return'"),
                     ("voided sales", "SELECT COUNT(*) FROM Sale WHERE status = 'Voided'")]}
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
    # string literals only (single quotes), skipping double-quoted identifiers
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
    w = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", ident)
    return [x for x in re.split(r"[_\s()?]+", w.lower()) if x]


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
        style = STYLE.get(dbn)
        per_db.setdefault(dbn, []).append(q)
        text, sql = q["question"], q["sql"]
        kind = kinds.get(q["id"])
        norm = " ".join(re.sub(r"[^\w%$£]+", " ", text.lower()).split())
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
            code_like = "_" in ident or re.search(r"[a-z][A-Z]", ident)
            if code_like and re.search(r"\b" + re.escape(ident) + r"\b", text):
                fail(f"{q['id']}: question mentions schema identifier {ident}")
            w = words_of(ident)
            if len(w) >= 3 and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
                fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
        for phrase in LEAKY:
            if re.search(r"\b" + re.escape(phrase) + r"\b", text, re.I):
                fail(f"{q['id']}: question uses the column-like phrase '{phrase}'")
        if re.search(r"\b(table|column|schema|database|field)s?\b|\bsql\b", text, re.I):
            fail(f"{q['id']}: question talks about the database structure")
        if RELATIVE.search(text):
            fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
        years_q = set(YEAR_TOKEN.findall(text))
        for y in years_q:
            if y not in sql:
                fail(f"{q['id']}: question mentions {y} but the SQL does not")
        if re.search(r"'20[12]\d|\b20[12]\d\b", sql) and not years_q:
            fail(f"{q['id']}: SQL filters on a date but the question names no year")
        # ---- shares as ratios
        if re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b", sql):
            fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
        sel = outer_select_list(sql)
        items = split_top_commas(sel)
        # ---- a person's name as one column
        for fcol, lcol in FIRST_LAST:
            for it in items:
                if re.search(r"\b" + fcol + r"\b", it) or re.search(r"\b" + lcol + r"\b", it):
                    if not re.search(r"\b" + re.escape(fcol) + r"\s*\|\|\s*' '\s*\|\|\s*\w*\.?" + re.escape(lcol), it):
                        fail(f"{q['id']}: person's name not returned as one column first || ' ' || last")
        # ---- style-specific traps
        if style == "ecom":
            if re.search(r"\b(strftime|date|julianday|datetime|unixepoch)\s*\(", sql, re.I):
                fail(f"{q['id']}: SQLite date function applied to an offset timestamp (it converts to UTC and shifts the day)")
            if re.search(r"_at\s*(<=|BETWEEN)\s*'\d{4}-\d\d-\d\d'", sql):
                fail(f"{q['id']}: timestamp compared with <= / BETWEEN a bare date (drops that day)")
        gt = GRAIN.get(dbn)
        if gt and re.search(r"\b" + gt[0] + r"\b", sql) and re.search(gt[1], text, re.I) and "COUNT(" in sql.upper() \
                and "COUNT(DISTINCT" not in sql.upper() and re.search(r"\bhow many\b|\bnumber of\b|\bcount\b", text, re.I) \
                and not re.search(r"\bFROM\s+(orders|Sale)\b", sql):
            fail(f"{q['id']}: {gt[1]} counted on the line table without COUNT(DISTINCT {gt[2]})")
        st = SETTLE.get(dbn)
        if st and re.search(st[0], sql) and not re.search(st[1], sql) and not re.search(st[2], text, re.I):
            fail(f"{q['id']}: money summed without settling cancelled orders / voided sales")
        # ---- literals are stored values
        for lit in literals(sql):
            if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|20\d\d-Q[1-4]|-?\d+(\.\d+)?|\d\d|\d\d-\d\d|[ \-/,]*|-Q|, ", lit) or "%" in lit:
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
        # ---- period labels
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
        # ---- ordering and ties
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
