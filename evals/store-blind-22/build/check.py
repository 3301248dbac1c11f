"""Checks the store-blind-22 databases and questions.  Prints PASS or the list of failures (exit code 1).

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder)

Every database is opened read-only (mode=ro URI + PRAGMA query_only).
  * databases: integrity_check clean; naming style (levandulka: Magento 2 table names, entity_id keys, no declared FKs,
    EAV value rows resolving to eav_attribute with the right backend type, store_id 0 / 2 scopes; kinloch_bakehouse:
    mixed hand-made naming, one declared FK, three date formats, pence in TillDays, Y / N flags, NULLs); a
    self-reference and a many-to-many link; every link column resolving; the dirty data the README lists; invariants
    (Magento order totals = lines, grand total = subtotal incl. tax + shipping + discount, state / status pairs, history
    ending in the current status, invoices / shipments / credit memos consistent with the state, VAT rates by country
    and date, currencies and rates by website, carrier rename, product switch and rename dates; bakery line totals,
    order totals, delivery charges, Z-report TOTAL rows = departments, shops trading only on their opening days, orders
    only for open days, staff only while employed, monthly invoices = delivered trade orders, price changes);
  * questions: key order, ids, db paths, 40 per database, kinds.tsv and each kind's SQL shape, no duplicates, plain
    English (no underscores, camelCase, storage words, relative periods), years in the text covered by the SQL, a single
    read-only SELECT, no percentages, the conventions (order states, parent lines and fixed store scopes on levandulka;
    delivered / collected statuses, converted ForDate, till departments on kinloch_bakehouse; money questions naming
    VAT, shipping and discounts), every SQL literal a stored value (or a LIKE pattern matching one);
  * results: non-empty, <= 20 rows, no NULL cell, no single-cell 0, at most 2 decimals, shares in (0, 1) with at most
    4 decimals, attribute answers a single row, month / quarter / Monday-week labels, LIMIT only with ORDER BY,
    order_matters both ways, the same result twice, no tie at a LIMIT cut or in an ordered answer."""
import datetime as dt, json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
LV, KB = "levandulka", "kinloch_bakehouse"
KIND_MIX = {"count": 4, "total": 4, "average": 3, "breakdown": 5, "topn": 4, "attribute": 3, "list": 3, "negation": 3, "having": 3, "compare": 3, "share": 3, "distinct": 2}
MAX_ROWS = 20
FORBIDDEN = re.compile(r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|DETACH|PRAGMA|REPLACE\s+INTO|VACUUM|REINDEX|ANALYZE|BEGIN|COMMIT)\b", re.I)
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season)\b|\btoday\b|\byesterday\b|\bright now\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bago\b|\blately\b|\bnowadays\b|\byet\b|\bthese days\b", re.I)
STRUCTURE = re.compile(r"\b(columns?|schemas?|databases?|fields?|records?|rows?|tables?|sql|json|flags?|boolean|null|ids?|entity|entities|eav|attributes?|"
                       r"store ?id|parent item|state|timestamp|pence|dept|sku)\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|most|least|best) first|\bin (month|date|alphabetical) order\b|\bsorted\b|\branked\b", re.I)
fails = []


def fail(msg):
    fails.append(msg)


def ro(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.execute("PRAGMA query_only = 1")
    return con


def qi(n):
    return '"' + n.replace('"', '""') + '"'


def one(con, sql, args=()):
    return con.execute(sql, args).fetchone()[0]


# ------------------------------------------------------------------ generic SQL helpers
def scan_top(sql):
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
    return (head, rest[:m.start()], rest[m.start():]) if m else (head, rest, "")


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
    """Single-quoted string literals (double-quoted identifiers are skipped)."""
    out, i, n = [], 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == '"':
            i = sql.index('"', i + 1) + 1
        elif ch == "'":
            j, buf = i + 1, ""
            while True:
                if sql[j] == "'" and j + 1 < n and sql[j + 1] == "'":
                    buf += "'"
                    j += 2
                elif sql[j] == "'":
                    break
                else:
                    buf += sql[j]
                    j += 1
            out.append(buf)
            i = j + 1
        else:
            i += 1
    return out


def strip_strings(sql):
    """The SQL with string literals emptied and quoted identifiers replaced by a placeholder word."""
    s = re.sub(r"'(?:[^']|'')*'", "''", sql)
    return re.sub(r'"[^"]*"', lambda m: "Q_" + re.sub(r"\W", "_", m.group(0)[1:-1]), s)


def table_refs(sql):
    return [t.strip('"') for t in re.findall(r'\b(?:FROM|JOIN)\s+("[^"]+"|\w+)', sql, re.I)]


def drop_not_exists(sql):
    """The SQL without its NOT EXISTS (...) subqueries (records that must have no related records)."""
    out, i = "", 0
    while True:
        m = re.search(r"NOT EXISTS\s*\(", sql[i:], re.I)
        if not m:
            return out + sql[i:]
        out += sql[i:i + m.start()]
        j, depth = i + m.end(), 1
        while depth:
            depth += {"(": 1, ")": -1}.get(sql[j], 0)
            j += 1
        i = j


def text_values(con):
    vals = set()
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        for c in con.execute(f"PRAGMA table_info({qi(t)})"):
            for (v,) in con.execute(f"SELECT DISTINCT {qi(c[1])} FROM {qi(t)} WHERE typeof({qi(c[1])}) = 'text' AND length({qi(c[1])}) <= 80"):
                vals.add(v)
    return vals


def run_checks(con, dbn, checks):
    for label, sql, want in checks:
        try:
            got = one(con, sql)
        except sqlite3.Error as e:
            fail(f"{dbn}: {label}: {e}")
            continue
        if got != want:
            fail(f"{dbn}: {label} (got {got!r}, want {want!r})")


# ------------------------------------------------------------------ Levandulka (Magento 2)
MAGENTO_TABLES = {"store_website", "store_group", "store", "directory_currency_rate", "directory_country_region", "customer_group", "customer_entity",
                  "customer_address_entity", "newsletter_subscriber", "eav_entity_type", "eav_attribute", "eav_attribute_set", "eav_attribute_option",
                  "eav_attribute_option_value", "catalog_category_entity", "catalog_category_entity_varchar", "catalog_category_entity_int",
                  "catalog_product_entity", "catalog_product_entity_varchar", "catalog_product_entity_int", "catalog_product_entity_decimal",
                  "catalog_product_entity_text", "catalog_product_super_link", "catalog_category_product", "catalog_product_website",
                  "cataloginventory_stock_item", "salesrule", "salesrule_coupon", "sales_order_status", "sales_order_status_state", "sales_order",
                  "sales_order_item", "sales_order_address", "sales_order_payment", "sales_order_status_history", "sales_order_grid", "sales_invoice",
                  "sales_shipment", "sales_shipment_track", "sales_creditmemo", "sales_creditmemo_item"}


def check_lv(con):
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables != MAGENTO_TABLES:
        fail(f"{LV}: tables differ from the Magento set: extra {sorted(tables - MAGENTO_TABLES)}, missing {sorted(MAGENTO_TABLES - tables)}")
    for t in sorted(tables):
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", t):
            fail(f"{LV}.{t}: not a Magento snake_case table name")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        if not any(c[5] for c in cols):
            fail(f"{LV}.{t}: no primary key")
        if con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall():
            fail(f"{LV}.{t}: declares a foreign key (the copy keeps none)")
        for c in cols:
            if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", c[1]):
                fail(f"{LV}.{t}.{c[1]}: not a Magento snake_case column")
    # EAV value rows: the attribute exists, belongs to the entity type and has the table's backend type
    for ent, etype in (("catalog_product_entity", 4), ("catalog_category_entity", 3)):
        for bt in ("varchar", "int", "decimal", "text"):
            t = f"{ent}_{bt}"
            if t not in tables:
                continue
            if one(con, f"SELECT COUNT(*) FROM {t} v LEFT JOIN eav_attribute a ON a.attribute_id = v.attribute_id WHERE a.attribute_id IS NULL OR a.entity_type_id <> {etype} OR a.backend_type <> '{bt}'"):
                fail(f"{LV}: {t} holds values of attributes that are not {bt} attributes of entity type {etype}")
            if one(con, f"SELECT COUNT(*) FROM {t} v WHERE NOT EXISTS (SELECT 1 FROM {ent} e WHERE e.entity_id = v.entity_id) OR v.store_id NOT IN (0, 2)"):
                fail(f"{LV}: {t} rows for unknown entities or stores")
            if one(con, f"SELECT COUNT(*) FROM (SELECT attribute_id, store_id, entity_id FROM {t} GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)"):
                fail(f"{LV}: {t} has two values for one attribute, store and entity")
    links = [("store", "website_id", "store_website", "website_id", ""), ("store", "group_id", "store_group", "group_id", ""),
             ("customer_entity", "website_id", "store_website", "website_id", ""), ("customer_entity", "group_id", "customer_group", "customer_group_id", ""),
             ("customer_entity", "default_billing", "customer_address_entity", "entity_id", ""), ("customer_address_entity", "parent_id", "customer_entity", "entity_id", ""),
             ("customer_address_entity", "region_id", "directory_country_region", "region_id", ""),
             ("catalog_category_entity", "parent_id", "catalog_category_entity", "entity_id", "x.parent_id <> 0"),
             ("catalog_category_product", "category_id", "catalog_category_entity", "entity_id", ""), ("catalog_category_product", "product_id", "catalog_product_entity", "entity_id", ""),
             ("catalog_product_super_link", "product_id", "catalog_product_entity", "entity_id", ""), ("catalog_product_super_link", "parent_id", "catalog_product_entity", "entity_id", ""),
             ("cataloginventory_stock_item", "product_id", "catalog_product_entity", "entity_id", ""), ("eav_attribute_option", "attribute_id", "eav_attribute", "attribute_id", ""),
             ("eav_attribute_option_value", "option_id", "eav_attribute_option", "option_id", ""), ("salesrule_coupon", "rule_id", "salesrule", "rule_id", ""),
             ("sales_order", "store_id", "store", "store_id", ""), ("sales_order", "customer_id", "customer_entity", "entity_id", "x.customer_id IS NOT NULL"),
             ("sales_order", "customer_group_id", "customer_group", "customer_group_id", ""), ("sales_order", "status", "sales_order_status", "status", ""),
             ("sales_order", "billing_address_id", "sales_order_address", "entity_id", ""), ("sales_order", "shipping_address_id", "sales_order_address", "entity_id", ""),
             ("sales_order_item", "order_id", "sales_order", "entity_id", ""), ("sales_order_item", "parent_item_id", "sales_order_item", "item_id", "x.parent_item_id IS NOT NULL"),
             ("sales_order_item", "product_id", "catalog_product_entity", "entity_id", ""), ("sales_order_address", "parent_id", "sales_order", "entity_id", ""),
             ("sales_order_address", "region_id", "directory_country_region", "region_id", ""), ("sales_order_payment", "parent_id", "sales_order", "entity_id", ""),
             ("sales_order_status_history", "parent_id", "sales_order", "entity_id", ""), ("sales_order_grid", "entity_id", "sales_order", "entity_id", ""),
             ("sales_invoice", "order_id", "sales_order", "entity_id", ""), ("sales_shipment", "order_id", "sales_order", "entity_id", ""),
             ("sales_shipment_track", "parent_id", "sales_shipment", "entity_id", ""), ("sales_creditmemo", "order_id", "sales_order", "entity_id", ""),
             ("sales_creditmemo", "invoice_id", "sales_invoice", "entity_id", ""), ("sales_creditmemo_item", "parent_id", "sales_creditmemo", "entity_id", ""),
             ("sales_creditmemo_item", "order_item_id", "sales_order_item", "item_id", ""), ("newsletter_subscriber", "customer_id", "customer_entity", "entity_id", "x.customer_id <> 0")]
    for t, col, ref, rcol, cond in links:
        where = f"WHERE {cond} AND" if cond else "WHERE"
        if one(con, f"SELECT COUNT(*) FROM {t} x {where} NOT EXISTS (SELECT 1 FROM {ref} r WHERE r.{rcol} = x.{col})"):
            fail(f"{LV}: {t}.{col} does not always resolve to {ref}")
    OK = "state IN ('processing', 'complete')"
    checks = [
        # style and scopes
        ("every product has a name at store 0", "SELECT COUNT(*) FROM catalog_product_entity p WHERE NOT EXISTS (SELECT 1 FROM catalog_product_entity_varchar v WHERE v.entity_id = p.entity_id AND v.attribute_id = 73 AND v.store_id = 0)", 0),
        ("every product has a CZK price at store 0 and a EUR price at store 2", "SELECT COUNT(*) FROM catalog_product_entity p WHERE (SELECT COUNT(DISTINCT store_id) FROM catalog_product_entity_decimal d WHERE d.entity_id = p.entity_id AND d.attribute_id = 77) <> 2", 0),
        ("Slovak name overrides at store 2", "SELECT COUNT(*) > 40 FROM catalog_product_entity_varchar WHERE attribute_id = 73 AND store_id = 2", 1),
        ("category paths follow the parents", "SELECT COUNT(*) FROM catalog_category_entity c JOIN catalog_category_entity p ON p.entity_id = c.parent_id WHERE c.path <> p.path || '/' || c.entity_id OR c.level <> p.level + 1", 0),
        ("a many-to-many link: products in several categories", "SELECT COUNT(*) > 3 FROM (SELECT product_id FROM catalog_category_product GROUP BY 1 HAVING COUNT(*) > 1)", 1),
        ("configurables have simple children", "SELECT COUNT(*) FROM catalog_product_entity p WHERE p.type_id = 'configurable' AND NOT EXISTS (SELECT 1 FROM catalog_product_super_link l WHERE l.parent_id = p.entity_id)", 0),
        ("dates 'YYYY-MM-DD HH:MM:SS'", "SELECT COUNT(*) FROM sales_order WHERE created_at NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'", 0),
        ("no order within two hours of midnight UTC", "SELECT COUNT(*) FROM sales_order WHERE CAST(substr(created_at, 12, 2) AS INTEGER) NOT BETWEEN 2 AND 21", 0),
        ("orders from 1 January 2024 to 31 December 2025", "SELECT COUNT(*) FROM sales_order WHERE created_at < '2024-01-01' OR created_at >= '2026-01-01'", 0),
        # currencies, rates and VAT
        ("Czech shop in CZK at rate 1", "SELECT COUNT(*) FROM sales_order WHERE store_id = 1 AND (base_currency_code <> 'CZK' OR order_currency_code <> 'CZK' OR base_to_global_rate <> 1)", 0),
        ("Slovak shop in EUR with an EUR/CZK rate", "SELECT COUNT(*) FROM sales_order WHERE store_id = 2 AND (base_currency_code <> 'EUR' OR order_currency_code <> 'EUR' OR base_to_global_rate NOT BETWEEN 24 AND 26)", 0),
        ("Slovak shop opened on 2 April 2024", "SELECT MIN(substr(created_at, 1, 10)) >= '2024-04-02' FROM sales_order WHERE store_id = 2", 1),
        ("VAT 21 % in Czechia, 20 % / 23 % in Slovakia", "SELECT COUNT(*) FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id WHERE i.parent_item_id IS NULL AND i.tax_percent <> "
         "CASE WHEN o.store_id = 1 THEN 21 WHEN o.created_at < '2025-01-01' THEN 20 ELSE 23 END", 0),
        ("the grid copies the orders", "SELECT COUNT(*) FROM sales_order o JOIN sales_order_grid g ON g.entity_id = o.entity_id WHERE g.status <> o.status OR g.base_grand_total <> o.base_grand_total OR g.increment_id <> o.increment_id", 0),
        ("every order is in the grid", "SELECT (SELECT COUNT(*) FROM sales_order) - (SELECT COUNT(*) FROM sales_order_grid)", 0),
        # order arithmetic
        ("line incl. tax = price incl. tax x qty", "SELECT COUNT(*) FROM sales_order_item WHERE parent_item_id IS NULL AND ABS(row_total_incl_tax - ROUND(price_incl_tax * qty_ordered, 2)) > 0.005", 0),
        ("configurable children carry no money and the parent's quantity", "SELECT COUNT(*) FROM sales_order_item c JOIN sales_order_item p ON p.item_id = c.parent_item_id "
         "WHERE c.price <> 0 OR c.row_total <> 0 OR c.qty_ordered <> p.qty_ordered OR p.product_type <> 'configurable' OR c.order_id <> p.order_id", 0),
        ("subtotals = the parent lines", "SELECT COUNT(*) FROM sales_order o WHERE ABS(o.base_subtotal_incl_tax - (SELECT SUM(row_total_incl_tax) FROM sales_order_item i WHERE i.order_id = o.entity_id AND i.parent_item_id IS NULL)) > 0.005 "
         "OR ABS(o.base_subtotal - (SELECT SUM(row_total) FROM sales_order_item i WHERE i.order_id = o.entity_id AND i.parent_item_id IS NULL)) > 0.02", 0),
        ("discount = the line discounts", "SELECT COUNT(*) FROM sales_order o WHERE ABS(-o.base_discount_amount - (SELECT SUM(discount_amount) FROM sales_order_item i WHERE i.order_id = o.entity_id)) > 0.005", 0),
        ("grand total = subtotal incl. tax + shipping incl. tax + discount", "SELECT COUNT(*) FROM sales_order WHERE ABS(base_grand_total - (base_subtotal_incl_tax + base_shipping_incl_tax + base_discount_amount)) > 0.005", 0),
        ("total quantity = parent lines", "SELECT COUNT(*) FROM sales_order o WHERE o.total_qty_ordered <> (SELECT SUM(qty_ordered) FROM sales_order_item i WHERE i.order_id = o.entity_id AND i.parent_item_id IS NULL)", 0),
        ("group discounts: salons 15 %, VIP 10 %", "SELECT COUNT(*) FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id WHERE i.price > 0 AND ((o.customer_group_id = 5 AND i.discount_percent <> 15) OR (o.customer_group_id = 4 AND i.discount_percent <> 10))", 0),
        ("coupons used only while valid, typed in any case", "SELECT COUNT(*) FROM sales_order o JOIN salesrule_coupon c ON UPPER(o.coupon_code) = c.code JOIN salesrule r ON r.rule_id = c.rule_id "
         "WHERE substr(o.created_at, 1, 10) < r.from_date OR (r.to_date IS NOT NULL AND substr(o.created_at, 1, 10) > r.to_date)", 0),
        ("every coupon on an order is a known code", "SELECT COUNT(*) FROM sales_order o WHERE o.coupon_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM salesrule_coupon c WHERE c.code = UPPER(o.coupon_code))", 0),
        ("free shipping over 1,500 Kč / 60 EUR", "SELECT COUNT(*) FROM sales_order WHERE base_shipping_incl_tax > 0 AND base_subtotal_incl_tax >= CASE store_id WHEN 1 THEN 1500 ELSE 60 END", 0),
        # states, statuses and documents
        ("state / status pairs are defined", "SELECT COUNT(*) FROM sales_order o WHERE NOT EXISTS (SELECT 1 FROM sales_order_status_state s WHERE s.status = o.status AND s.state = o.state)", 0),
        ("the last history entry is the current status", "SELECT COUNT(*) FROM sales_order o WHERE o.status <> (SELECT h.status FROM sales_order_status_history h WHERE h.parent_id = o.entity_id ORDER BY h.created_at DESC, h.entity_id DESC LIMIT 1)", 0),
        ("the history starts when the order is placed and runs forward", "SELECT COUNT(*) FROM sales_order o WHERE (SELECT MIN(created_at) FROM sales_order_status_history h WHERE h.parent_id = o.entity_id) <> o.created_at "
         "OR EXISTS (SELECT 1 FROM sales_order_status_history a JOIN sales_order_status_history b ON b.parent_id = a.parent_id AND b.entity_id > a.entity_id WHERE a.parent_id = o.entity_id AND b.created_at < a.created_at)", 0),
        ("nothing happens after 31 December 2025", "SELECT COUNT(*) FROM sales_order_status_history WHERE created_at >= '2026-01-01'", 0),
        ("complete and closed orders were invoiced and shipped", "SELECT COUNT(*) FROM sales_order o WHERE o.state IN ('complete', 'closed') AND (NOT EXISTS (SELECT 1 FROM sales_invoice i WHERE i.order_id = o.entity_id) "
         "OR NOT EXISTS (SELECT 1 FROM sales_shipment s WHERE s.order_id = o.entity_id))", 0),
        ("cancelled orders were never invoiced", "SELECT COUNT(*) FROM sales_order o WHERE o.state = 'canceled' AND EXISTS (SELECT 1 FROM sales_invoice i WHERE i.order_id = o.entity_id)", 0),
        ("paid = invoiced = grand total exactly when there is an invoice", "SELECT COUNT(*) FROM sales_order o WHERE (o.base_total_paid IS NOT NULL) <> EXISTS (SELECT 1 FROM sales_invoice i WHERE i.order_id = o.entity_id) "
         "OR (o.base_total_paid IS NOT NULL AND o.base_total_paid <> o.base_grand_total)", 0),
        ("invoice totals = order totals", "SELECT COUNT(*) FROM sales_invoice i JOIN sales_order o ON o.entity_id = i.order_id WHERE i.base_grand_total <> o.base_grand_total", 0),
        ("shipments after the order and before the end of 2025", "SELECT COUNT(*) FROM sales_shipment s JOIN sales_order o ON o.entity_id = s.order_id WHERE s.created_at <= o.created_at OR s.created_at >= '2026-01-01'", 0),
        ("closed orders are fully refunded", "SELECT COUNT(*) FROM sales_order o WHERE o.state = 'closed' AND (SELECT SUM(base_grand_total) FROM sales_creditmemo m WHERE m.order_id = o.entity_id) <> o.base_grand_total", 0),
        ("refunds never exceed the order, come after the invoice and match the order's refunded total", "SELECT COUNT(*) FROM sales_creditmemo m JOIN sales_order o ON o.entity_id = m.order_id JOIN sales_invoice i ON i.entity_id = m.invoice_id "
         "WHERE m.base_grand_total > o.base_grand_total + 0.005 OR m.created_at <= i.created_at OR o.base_total_refunded <> m.base_grand_total", 0),
        ("credit memo lines within what was bought", "SELECT COUNT(*) FROM sales_creditmemo_item c JOIN sales_order_item i ON i.item_id = c.order_item_id WHERE c.qty > i.qty_ordered OR c.qty <> i.qty_refunded", 0),
        ("only counted, refunded and held orders are paid", "SELECT COUNT(*) FROM sales_order WHERE base_total_paid IS NOT NULL AND state NOT IN ('processing', 'complete', 'closed', 'holded')", 0),
        # dated facts
        ("Zásilkovna became Packeta on 1 March 2025 (Czech shop)", "SELECT COUNT(*) FROM sales_order WHERE store_id = 1 AND shipping_method = 'zasilkovna_zasilkovna' AND "
         "shipping_description <> CASE WHEN created_at < '2025-03-01' THEN 'Zásilkovna - Výdejní místo' ELSE 'Packeta - Výdejní místo' END", 0),
        ("both Zásilkovna names in use", "SELECT COUNT(DISTINCT shipping_description) FROM sales_order WHERE store_id = 1 AND shipping_method = 'zasilkovna_zasilkovna'", 2),
        ("Balíkovna only from 1 June 2024, pickup and Czech carriers only in Czechia", "SELECT COUNT(*) FROM sales_order WHERE (shipping_method = 'balikovna_balikovna' AND created_at < '2024-06-01') "
         "OR (store_id = 2 AND shipping_method NOT IN ('zasilkovna_zasilkovna', 'gls_gls')) OR (store_id = 1 AND shipping_method = 'gls_gls')", 0),
        ("the rose cream was renamed on 1 March 2025 (order lines keep the old name)", "SELECT COUNT(DISTINCT i.name || (o.created_at < '2025-03-01')) FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id "
         "WHERE i.parent_item_id IS NULL AND o.store_id = 1 AND i.sku LIKE 'LEV-PK-RUZ%'", 2),
        ("the old soap only before 1 May 2024, the new one only after", "SELECT COUNT(*) FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id WHERE (i.sku = 'LEV-MYD-01' AND o.created_at >= '2024-05-01') "
         "OR (i.sku = 'LEV-MYD-LEV' AND o.created_at < '2024-05-01')", 0),
        ("the old soap is disabled and was sold", "SELECT (SELECT v.value FROM catalog_product_entity p JOIN catalog_product_entity_int v ON v.entity_id = p.entity_id AND v.attribute_id = 97 AND v.store_id = 0 WHERE p.sku = 'LEV-MYD-01') = 2 "
         "AND EXISTS (SELECT 1 FROM sales_order_item WHERE sku = 'LEV-MYD-01')", 1),
        ("the withdrawn caviar cream is not sold after 30 June 2025", "SELECT COUNT(*) FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id WHERE i.sku = 'RY-KAV-50' AND o.created_at >= '2025-06-30'", 0),
        ("free samples at price 0 only from 1 February 2025", "SELECT COUNT(*) FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id WHERE i.sku = 'VZOREK-01' AND (o.created_at < '2025-02-01' OR i.price <> 0)", 0),
        ("free samples given", "SELECT COUNT(*) > 100 FROM sales_order_item WHERE sku = 'VZOREK-01'", 1),
        ("nothing sold before it was added", "SELECT COUNT(*) FROM sales_order_item i JOIN catalog_product_entity p ON p.entity_id = i.product_id JOIN sales_order o ON o.entity_id = i.order_id WHERE o.created_at < p.created_at", 0),
        # dirty data
        ("guest checkouts with repeating e-mails", "SELECT COUNT(*) > 20 FROM (SELECT LOWER(customer_email) FROM sales_order WHERE customer_is_guest = 1 GROUP BY 1 HAVING COUNT(*) > 1)", 1),
        ("guest orders have no customer and group 0", "SELECT COUNT(*) FROM sales_order WHERE (customer_is_guest = 1) <> (customer_id IS NULL) OR (customer_is_guest = 1 AND customer_group_id <> 0)", 0),
        ("a guest who registered later with the same e-mail", "SELECT COUNT(*) > 0 FROM sales_order g JOIN customer_entity c ON c.email = g.customer_email WHERE g.customer_is_guest = 1 AND c.created_at > g.created_at", 1),
        ("the same e-mail registered on both websites", "SELECT COUNT(*) > 10 FROM customer_entity a JOIN customer_entity b ON LOWER(a.email) = LOWER(b.email) AND a.website_id = 1 AND b.website_id = 2", 1),
        ("test orders, all cancelled", "SELECT COUNT(*) FROM sales_order WHERE customer_email = 'test@levandulka.cz' AND state = 'canceled'", 4),
        ("names in capitals, lower case, without diacritics and with a trailing space", "SELECT (SELECT COUNT(*) FROM customer_entity WHERE lastname = UPPER(lastname) AND lastname GLOB '*[A-Z][A-Z]*') > 0 "
         "AND (SELECT COUNT(*) FROM customer_entity WHERE firstname = LOWER(firstname)) > 0 AND (SELECT COUNT(*) FROM customer_entity WHERE lastname <> TRIM(lastname)) > 0 "
         "AND (SELECT COUNT(*) FROM customer_entity WHERE lastname GLOB '*ova' AND lastname NOT GLOB '*ová*') > 0", 1),
        ("Praha typed several ways", "SELECT COUNT(DISTINCT city) >= 5 FROM customer_address_entity WHERE LOWER(TRIM(city)) IN ('praha', 'prague') OR city GLOB 'Praha [0-9]*'", 1),
        ("Bratislava typed several ways", "SELECT COUNT(DISTINCT city) >= 4 FROM sales_order_address WHERE city LIKE 'Bratislava%' OR city = 'BA'", 1),
        ("coupon codes typed in lower case", "SELECT COUNT(*) > 10 FROM sales_order WHERE coupon_code <> UPPER(coupon_code)", 1),
        ("orders stuck unpaid since 2024, on hold and under fraud review", "SELECT (SELECT COUNT(*) FROM sales_order WHERE state = 'new' AND created_at < '2024-07-01') BETWEEN 1 AND 3 "
         "AND (SELECT COUNT(*) FROM sales_order WHERE state = 'holded') >= 1 AND (SELECT COUNT(*) FROM sales_order WHERE status = 'fraud') = 2", 1),
        ("parcels nobody picked up", "SELECT COUNT(*) > 10 FROM sales_order WHERE status = 'nevyzvednuto' AND state = 'canceled'", 1),
        ("accented names", "SELECT COUNT(*) > 0 FROM customer_entity WHERE lastname GLOB '*[áéíóúýčďěňřšťžů]*'", 1),
        ("two salons stopped ordering", "SELECT COUNT(*) FROM customer_entity c WHERE c.group_id = 5 AND NOT EXISTS (SELECT 1 FROM sales_order o WHERE o.customer_id = c.entity_id AND o.created_at >= '2025-07-01')", 2),
    ]
    run_checks(con, LV, checks)


# ------------------------------------------------------------------ Kinloch Bakehouse (hand-made)
KB_TABLES = ["shops", "Staff", "Categories", "products", "customers", "orders", "OrderLines", "TillDays", "wastage", "ws_invoices"]
FD = "(substr(o.ForDate, 7, 4) || '-' || substr(o.ForDate, 4, 2) || '-' || substr(o.ForDate, 1, 2))"
HOLS = "('2024-01-01','2024-01-02','2024-12-25','2024-12-26','2025-01-01','2025-01-02','2025-12-25','2025-12-26')"


def open_sql(shop, day):
    """SQL condition: shop (an expression for shops.id) is open on day (an ISO date expression)."""
    return (f"(SELECT {day} NOT IN {HOLS} AND {day} >= s.opened AND (s.closed IS NULL OR {day} <= s.closed) "
            f"AND (strftime('%w', {day}) <> '0' OR s.sunday_opening = 'Y') AND NOT (s.id = 3 AND {day} BETWEEN '2025-02-03' AND '2025-02-15') FROM shops s WHERE s.id = {shop})")


def check_kb(con):
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence' ORDER BY rowid")]
    if tables != KB_TABLES:
        fail(f"{KB}: tables {tables} != {KB_TABLES}")
    styles = {"lower": 0, "Pascal": 0, "snake": 0, "camel": 0}
    fks = []
    for t in tables:
        styles["snake" if "_" in t else "Pascal" if t[0].isupper() else "lower"] += 1
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        for c in cols:
            n = c[1]
            if "_" in n:
                styles["snake"] += 1
            elif re.fullmatch(r"[a-z]+[A-Z]\w*", n):
                styles["camel"] += 1
            elif n[0].isupper():
                styles["Pascal"] += 1
            else:
                styles["lower"] += 1
        fks += [(t, f[3], f[2]) for f in con.execute(f"PRAGMA foreign_key_list({qi(t)})")]
    if min(styles.values()) == 0:
        fail(f"{KB}: naming is not mixed the way a hand-made schema is ({styles})")
    if fks != [("OrderLines", "order_no", "orders")]:
        fail(f"{KB}: declared foreign keys {fks} (want only OrderLines.order_no -> orders)")
    decl = {r[1]: r[2] for t in tables for r in con.execute(f"PRAGMA table_info({qi(t)})")}
    if not {"varchar(100)", "INT", "float", "money", "DATE", "datetime", "TEXT", "char(1)"} <= set(decl.values()):
        fail(f"{KB}: declared types are not the loose mix the README describes ({sorted(set(decl.values()))})")
    links = [("Staff", "Shop", "shops", "id", "x.Shop IS NOT NULL"), ("Categories", "ParentCat", "Categories", "CatID", "x.ParentCat IS NOT NULL"),
             ("products", "CatID", "Categories", "CatID", ""), ("orders", "CustID", "customers", "CustID", ""), ("orders", "shop_id", "shops", "id", "x.shop_id IS NOT NULL"),
             ("orders", "TakenBy", "Staff", "StaffID", "x.TakenBy IS NOT NULL"), ("OrderLines", "order_no", "orders", "OrderNo", ""), ("OrderLines", "ProdID", "products", "prod_id", ""),
             ("TillDays", "ShopID", "shops", "id", ""), ("wastage", "shop", "shops", "id", ""), ("wastage", "prod", "products", "prod_id", ""),
             ("wastage", "logged_by", "Staff", "StaffID", ""), ("ws_invoices", "CustID", "customers", "CustID", "")]
    for t, col, ref, rcol, cond in links:
        where = f"WHERE {cond} AND" if cond else "WHERE"
        if one(con, f"SELECT COUNT(*) FROM {t} x {where} NOT EXISTS (SELECT 1 FROM {ref} r WHERE r.{rcol} = x.{col})"):
            fail(f"{KB}: {t}.{col} does not always resolve to {ref}")
    DONE = "LOWER(TRIM(o.status)) IN ('delivered', 'collected')"
    checks = [
        # style
        ("placed 'YYYY-MM-DD HH:MM:SS'", "SELECT COUNT(*) FROM orders WHERE placed NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'", 0),
        ("ForDate 'DD/MM/YYYY'", "SELECT COUNT(*) FROM orders WHERE ForDate NOT GLOB '[0-3][0-9]/[01][0-9]/20[0-9][0-9]' OR date(substr(ForDate, 7, 4) || '-' || substr(ForDate, 4, 2) || '-' || substr(ForDate, 1, 2)) IS NULL", 0),
        ("ISO dates elsewhere", "SELECT COUNT(*) FROM (SELECT TillDate d FROM TillDays UNION ALL SELECT WasteDate FROM wastage UNION ALL SELECT Issued FROM ws_invoices UNION ALL SELECT DueDate FROM ws_invoices "
         "UNION ALL SELECT PaidOn FROM ws_invoices WHERE PaidOn IS NOT NULL UNION ALL SELECT opened FROM shops UNION ALL SELECT Started FROM Staff UNION ALL SELECT added_on FROM products) WHERE date(d) IS NOT d", 0),
        ("till amounts in whole pence", "SELECT COUNT(*) FROM TillDays WHERE typeof(Gross_p) <> 'integer' OR typeof(Refund_p) <> 'integer'", 0),
        ("Y / N flags", "SELECT COUNT(*) FROM (SELECT active v FROM products UNION ALL SELECT sunday_opening FROM shops) WHERE v NOT IN ('Y', 'N')", 0),
        ("NULLs for unknown or none", "SELECT (SELECT COUNT(*) FROM customers WHERE email IS NULL) > 0 AND (SELECT COUNT(*) FROM orders WHERE shop_id IS NULL) > 0 AND (SELECT COUNT(*) FROM ws_invoices WHERE PaidOn IS NULL) > 0", 1),
        ("a self-reference: categories under a parent", "SELECT COUNT(*) > 5 FROM Categories c JOIN Categories p ON p.CatID = c.ParentCat", 1),
        ("a many-to-many link: orders and products through order lines", "SELECT COUNT(*) > 10 FROM (SELECT ProdID FROM OrderLines GROUP BY 1 HAVING COUNT(DISTINCT order_no) > 1)", 1),
        # orders
        ("three order types", "SELECT COUNT(DISTINCT OrderType) FROM orders", 3),
        ("trade orders have no shop, the others have one", "SELECT COUNT(*) FROM orders WHERE (OrderType = 'TRADE') = (shop_id IS NOT NULL)", 0),
        ("line total = qty x unit price", "SELECT COUNT(*) FROM OrderLines WHERE ABS(LineTotal - ROUND(qty * UnitPrice, 2)) > 0.005", 0),
        ("order total = lines - discount + delivery charge", "SELECT COUNT(*) FROM orders o WHERE ABS(o.total - ((SELECT SUM(LineTotal) FROM OrderLines l WHERE l.order_no = o.OrderNo) - COALESCE(o.discount, 0) + COALESCE(o.delivery_charge, 0))) > 0.005", 0),
        ("GBP 5 delivery charge exactly on trade drops under GBP 40", "SELECT COUNT(*) FROM orders o WHERE o.OrderType = 'TRADE' AND (o.delivery_charge = 5) <> ((SELECT ROUND(SUM(LineTotal), 2) FROM OrderLines l WHERE l.order_no = o.OrderNo) < 40)", 0),
        ("trade lines at trade prices", "SELECT COUNT(*) FROM OrderLines l JOIN orders o ON o.OrderNo = l.order_no JOIN products p ON p.prod_id = l.ProdID WHERE o.OrderType = 'TRADE' AND l.UnitPrice <> p.trade_price", 0),
        ("the shop price rise on 1 April 2025 is visible", "SELECT COUNT(DISTINCT l.UnitPrice) FROM OrderLines l JOIN orders o ON o.OrderNo = l.order_no JOIN products p ON p.prod_id = l.ProdID "
         "WHERE p.prod_name = 'Cinnamon Bun' AND o.OrderType = 'CLICK'", 2),
        ("trade deliveries only on working days (Monday to Saturday, not holidays)", f"SELECT COUNT(*) FROM orders o WHERE o.OrderType = 'TRADE' AND (strftime('%w', {FD}) = '0' OR {FD} IN {HOLS})", 0),
        ("special and click & collect orders only for days the shop is open", f"SELECT COUNT(*) FROM orders o WHERE o.OrderType IN ('SPECIAL', 'CLICK') AND o.status <> 'TEST' AND NOT {open_sql('o.shop_id', FD)}", 0),
        ("orders placed before they are due", f"SELECT COUNT(*) FROM orders o WHERE date(o.placed) >= {FD}", 0),
        ("special orders taken at the counter by staff of that shop while employed", "SELECT COUNT(*) FROM orders o JOIN Staff st ON st.StaffID = o.TakenBy WHERE o.OrderType = 'SPECIAL' AND "
         "(date(o.placed) < st.Started OR (st.LeftDate IS NOT NULL AND date(o.placed) > st.LeftDate) OR st.Role NOT IN ('Manager', 'Counter') "
         "OR (o.shop_id <> st.Shop AND NOT (st.StaffID = 19 AND o.shop_id = 4 AND date(o.placed) <= '2025-06-28')))", 0),
        ("every special order was taken by someone, click & collect by nobody", "SELECT COUNT(*) FROM orders WHERE (OrderType = 'SPECIAL') <> (TakenBy IS NOT NULL) AND OrderType <> 'TRADE'", 0),
        ("click & collect launched on 4 March 2024 (after three test orders)", "SELECT COUNT(*) FROM orders WHERE OrderType = 'CLICK' AND placed < '2024-03-04' AND status <> 'TEST'", 0),
        ("future collections still open, nothing else", f"SELECT COUNT(*) FROM orders o WHERE ({FD} > '2025-12-31') <> (LOWER(TRIM(o.status)) IN ('confirmed', 'paid')) AND o.status <> 'TEST'", 0),
        ("the white sourdough switch on 1 February 2025", f"SELECT COUNT(*) FROM OrderLines l JOIN orders o ON o.OrderNo = l.order_no JOIN products p ON p.prod_id = l.ProdID "
         f"WHERE (p.prod_name = 'White Sourdough Loaf' AND {FD} >= '2025-02-01') OR (p.prod_name = 'White Sourdough' AND {FD} < '2025-02-01')", 0),
        ("nothing due before the product was added, nothing of a dropped product", f"SELECT COUNT(*) FROM OrderLines l JOIN orders o ON o.OrderNo = l.order_no JOIN products p ON p.prod_id = l.ProdID "
         f"WHERE {FD} < p.added_on OR (p.active = 'N' AND p.prod_name <> 'White Sourdough Loaf')", 0),
        # till and wastage
        ("one TOTAL row per shop and day, equal to the departments", "SELECT COUNT(*) FROM TillDays t WHERE t.Dept = 'TOTAL' AND (t.Gross_p <> (SELECT SUM(Gross_p) FROM TillDays d WHERE d.TillDate = t.TillDate AND d.ShopID = t.ShopID AND d.Dept <> 'TOTAL') "
         "OR t.Items <> (SELECT SUM(Items) FROM TillDays d WHERE d.TillDate = t.TillDate AND d.ShopID = t.ShopID AND d.Dept <> 'TOTAL') "
         "OR t.Refund_p <> (SELECT SUM(Refund_p) FROM TillDays d WHERE d.TillDate = t.TillDate AND d.ShopID = t.ShopID AND d.Dept <> 'TOTAL'))", 0),
        ("unique shop, day and department", "SELECT COUNT(*) FROM (SELECT TillDate, ShopID, Dept FROM TillDays GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)", 0),
        ("transactions only on TOTAL rows", "SELECT COUNT(*) FROM TillDays WHERE (Dept = 'TOTAL') <> (Transactions IS NOT NULL)", 0),
        ("shops trade exactly on their opening days", f"SELECT COUNT(*) FROM TillDays t WHERE t.Dept = 'TOTAL' AND NOT {open_sql('t.ShopID', 't.TillDate')}", 0),
        ("every opening day has a Z report", "WITH RECURSIVE d(x) AS (SELECT '2024-01-01' UNION ALL SELECT date(x, '+1 day') FROM d WHERE x < '2025-12-31') "
         f"SELECT COUNT(*) FROM d, shops s2 WHERE {open_sql('s2.id', 'd.x')} AND NOT EXISTS (SELECT 1 FROM TillDays t WHERE t.TillDate = d.x AND t.ShopID = s2.id AND t.Dept = 'TOTAL')", 0),
        ("Hot Drinks renamed Coffee & Tea on the new till (1 March 2025)", "SELECT COUNT(*) FROM TillDays WHERE (Dept = 'Hot Drinks' AND TillDate >= '2025-03-01') OR (Dept = 'Coffee & Tea' AND TillDate < '2025-03-01')", 0),
        ("both hot drinks names present", "SELECT COUNT(DISTINCT Dept) FROM TillDays WHERE Dept IN ('Hot Drinks', 'Coffee & Tea')", 2),
        ("wastage logged on opening days by staff of the shop", f"SELECT COUNT(*) FROM wastage w JOIN Staff st ON st.StaffID = w.logged_by WHERE NOT {open_sql('w.shop', 'w.WasteDate')} "
         "OR (w.shop <> st.Shop AND NOT (st.StaffID = 19 AND w.shop = 4)) OR w.WasteDate < st.Started OR (st.LeftDate IS NOT NULL AND w.WasteDate > st.LeftDate)", 0),
        # invoices
        ("monthly invoices = delivered trade orders of the month", f"SELECT COUNT(*) FROM ws_invoices i WHERE ABS(i.Amount - (SELECT SUM(o.total) FROM orders o WHERE o.CustID = i.CustID AND o.OrderType = 'TRADE' AND {DONE} "
         f"AND substr({FD}, 1, 7) = i.Period)) > 0.005", 0),
        ("every delivered month before December 2025 is invoiced", f"SELECT COUNT(*) FROM (SELECT DISTINCT o.CustID, substr({FD}, 1, 7) p FROM orders o WHERE o.OrderType = 'TRADE' AND {DONE} AND {FD} < '2025-12-01') x "
         "WHERE NOT EXISTS (SELECT 1 FROM ws_invoices i WHERE i.CustID = x.CustID AND i.Period = x.p)", 0),
        ("due date = issue date + the customer's terms; paid after issue", "SELECT COUNT(*) FROM ws_invoices i JOIN customers c ON c.CustID = i.CustID WHERE date(i.Issued, '+' || c.Terms || ' days') <> i.DueDate "
         "OR i.PaidOn <= i.Issued OR i.Issued > '2025-12-31' OR i.PaidOn > '2025-12-31'", 0),
        ("invoices only to trade accounts", "SELECT COUNT(*) FROM ws_invoices i JOIN customers c ON c.CustID = i.CustID WHERE c.TradeAcct IS NULL", 0),
        ("the bust cafe's invoices from July 2025 unpaid", "SELECT COUNT(*) FROM ws_invoices i JOIN customers c ON c.CustID = i.CustID WHERE c.Name = 'Marmalade Pot Café' AND i.Period >= '2025-07' AND i.PaidOn IS NULL", 3),
        # shops and staff
        ("Dunfermline opened on Saturday 7 September 2024, Morningside closed after 28 June 2025", "SELECT (SELECT MIN(TillDate) FROM TillDays WHERE ShopID = 5) = '2024-09-07' AND (SELECT MAX(TillDate) FROM TillDays WHERE ShopID = 4) = '2025-06-28'", 1),
        ("Hamza Iqbal's shop was overwritten: Leith Walk now, Morningside orders before", "SELECT st.Shop = 2 AND EXISTS (SELECT 1 FROM orders o WHERE o.TakenBy = 19 AND o.shop_id = 4) FROM Staff st WHERE st.StaffID = 19", 1),
        # dirty data
        ("statuses typed several ways", "SELECT COUNT(DISTINCT status) >= 15 FROM orders", 1),
        ("collected typed with capitals and a trailing space", "SELECT COUNT(DISTINCT status) FROM orders WHERE LOWER(TRIM(status)) = 'collected'", 3),
        ("cancelled spelled two ways", "SELECT COUNT(DISTINCT LOWER(status)) FROM orders WHERE LOWER(status) IN ('cancelled', 'canceled')", 2),
        ("no-show typed three ways", "SELECT COUNT(DISTINCT status) FROM orders WHERE LOWER(REPLACE(TRIM(status), '-', ' ')) = 'no show'", 3),
        ("test orders", "SELECT COUNT(*) FROM orders WHERE status = 'TEST'", 3),
        ("the white sourdough keyed twice, both sold", "SELECT COUNT(DISTINCT l.ProdID) FROM OrderLines l JOIN products p ON p.prod_id = l.ProdID WHERE p.prod_name LIKE 'White Sourdough%'", 2),
        ("a trade customer keyed twice, both used", "SELECT COUNT(DISTINCT c.CustID) FROM customers c JOIN orders o ON o.CustID = c.CustID WHERE REPLACE(c.Name, '''', '') = 'Rosies Deli'", 2),
        ("e-mails that differ only in case", "SELECT COUNT(*) >= 5 FROM (SELECT LOWER(email) FROM customers WHERE email IS NOT NULL GROUP BY 1 HAVING COUNT(DISTINCT email) > 1)", 1),
        ("names in capitals, lower case and with a trailing space", "SELECT (SELECT COUNT(*) FROM customers WHERE Name = UPPER(Name) AND Name GLOB '*[A-Z][A-Z]*') > 0 AND (SELECT COUNT(*) FROM customers WHERE Name = LOWER(Name)) > 0 "
         "AND (SELECT COUNT(*) FROM customers WHERE Name <> TRIM(Name)) > 0", 1),
        ("Edinburgh typed several ways", "SELECT COUNT(DISTINCT town) FROM customers WHERE UPPER(TRIM(town)) = 'EDINBURGH'", 4),
        ("Polish names with diacritics", "SELECT COUNT(*) > 0 FROM customers WHERE Name GLOB '*[łąśżńęóćź]*'", 1),
        ("wastage reasons typed several ways", "SELECT COUNT(DISTINCT reason) FROM wastage WHERE LOWER(TRIM(reason)) = 'unsold'", 3),
    ]
    run_checks(con, KB, checks)


# ------------------------------------------------------------------ questions
def check_kind(q, kind, sql):
    u = strip_strings(sql).upper()
    need = {
        "count": "COUNT(" in u and "COUNT(DISTINCT" not in u,
        "total": "SUM(" in u,
        "average": "AVG(" in u,
        "breakdown": "GROUP BY" in u and "LIMIT" not in u and "HAVING" not in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)),
        "attribute": "GROUP BY" not in u and "WHERE" in u,
        "list": "WHERE" in u and "LIMIT" not in u and "GROUP BY" not in u and "DISTINCT" not in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": "ROUND(1.0 *" in u,
        "compare": u.count("CASE WHEN") >= 2,
        "distinct": "DISTINCT" in u,
    }
    if not need.get(kind, False):
        fail(f"{q['id']}: SQL does not have the shape of kind '{kind}'")


def year_cover(sql):
    ys = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", " ".join(literals(sql)))]
    if not ys:
        return set()
    cover = set(range(min(ys), max(ys) + 1))
    # an exclusive upper bound 'YYYY-01-01' does not bring its year in
    top = max(ys)
    if re.search(rf"<\s*'{top}-01-01'", sql) and not re.search(rf"'{top}-(0[2-9]|1[0-2])|'{top}'|'{top}-01-(0[2-9]|[12]\d|3[01])'|>=?\s*'{top}-01-01'", sql):
        cover.discard(top)
    return cover


def like_match(con, pattern, table_values):
    return any(con.execute("SELECT ? LIKE ?", (v, pattern)).fetchone()[0] for v in table_values if isinstance(v, str))


def check_question(q, dbn, tvals, con):
    text, sql = q["question"], q["sql"]
    bare = strip_strings(sql)
    if "_" in text or re.search(r"\b[a-z]+[A-Z]\w*\b", text):
        fail(f"{q['id']}: underscore or camelCase in the question")
    if STRUCTURE.search(text):
        fail(f"{q['id']}: the question talks about storage ('{STRUCTURE.search(text).group(0)}')")
    if RELATIVE.search(text):
        fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}'")
    years_q = {int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)}
    cover = year_cover(sql)
    if years_q - cover or (cover and not years_q):
        fail(f"{q['id']}: years in the question {sorted(years_q)} and in the SQL {sorted(cover)} disagree")
    if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or ";" in sql or FORBIDDEN.search(bare):
        fail(f"{q['id']}: not a single read-only SELECT")
    if re.search(r"\*\s*100\b|\b100(\.0)?\s*\*", bare):
        fail(f"{q['id']}: a percentage (shares must be ratios)")
    tabs = table_refs(sql)
    agg = re.search(r"\b(COUNT|SUM|AVG)\(", bare, re.I)
    if dbn == LV:
        outer = table_refs(drop_not_exists(sql))
        if "sales_order" in outer and agg and not re.search(r"\bstate\s*(IN|=)", bare):
            fail(f"{q['id']}: orders aggregated without settling their state")
        if "sales_order_item" in outer and agg and "parent_item_id IS NULL" not in bare:
            fail(f"{q['id']}: order lines read without keeping to parent lines")
        for m in re.finditer(r"JOIN (catalog_\w+_entity_(varchar|int|decimal|text)) (\w+) ON (.*?)(?=\bJOIN\b|\bWHERE\b|$)", sql):
            if f"{m.group(3)}.store_id = " not in m.group(4):
                fail(f"{q['id']}: {m.group(1)} joined without fixing the store scope")
        if re.search(r"\b(SUM|AVG)\([^)]*base_grand_total", bare):
            if "sales_creditmemo" not in tabs and not (re.search(r"\bVAT\b", text) and re.search(r"shipping", text, re.I)):
                fail(f"{q['id']}: order totals summed but the question does not say VAT and shipping are in")
            if not re.search(r"Kč|euro|€", text):
                fail(f"{q['id']}: money summed but the question does not name the currency")
        if re.search(r"\b(SUM|AVG)\([^)]*base_row_total", bare) or "base_row_total" in bare and "SUM(CASE" in bare:
            if not (re.search(r"\bVAT\b", text) and re.search(r"discount", text, re.I)):
                fail(f"{q['id']}: line money summed but the question does not say VAT and discounts are out")
        if re.search(r"\bSUM\([^)]*qty_ordered", bare) and "price > 0" not in bare and "sku =" not in bare and not re.search(r"\bsku = ", sql):
            fail(f"{q['id']}: units summed over all products without leaving out the free samples")
    else:
        if "orders" in tabs and agg and not re.search(r"LOWER\(TRIM\(o\.status\)\)|LOWER\(REPLACE\(TRIM\(o\.status\)", sql):
            fail(f"{q['id']}: orders aggregated without settling their status")
        if re.search(r"\bForDate\s*(BETWEEN|[<>=])", sql) or re.search(r"\bo\.ForDate\s*(BETWEEN|[<>=])", sql):
            fail(f"{q['id']}: ForDate compared as text without turning it into a date")
        if "TillDays" in tabs and agg and not re.search(r"\bDept\s*(=|IN)", sql):
            fail(f"{q['id']}: till rows aggregated without choosing the TOTAL row or a department")
        if re.search(r"\b(SUM|AVG)\([^)]*\bo\.total\b", bare) or "THEN o.total" in bare:
            if not re.search(r"\bVAT\b", text):
                fail(f"{q['id']}: order money summed but the question does not say VAT is in")
        if re.search(r"Gross_p", bare) and agg and not re.search(r"gross", text, re.I):
            fail(f"{q['id']}: till money summed but the question does not say gross")
    norm = {v.strip().lower() for v in tvals if isinstance(v, str)}
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?( \d\d:\d\d:\d\d)?|-?\d+(\.\d+)?|[ \-/,]*|-Q|%[YmdHMSw](-%[md])?|weekday \d|[+-]\d+ days", lit):
            continue
        if lit in tvals or lit.strip().lower() in norm:
            continue
        if "%" in lit and like_match(con, lit, tvals):
            continue
        fail(f"{q['id']}: SQL literal '{lit}' is not a stored value")


def main():
    dbs = {LV: os.path.join(ROOT, "databases", f"{LV}.sqlite"), KB: os.path.join(ROOT, "databases", f"{KB}.sqlite")}
    tvals, cons = {}, {}
    for dbn, path in dbs.items():
        if not os.path.exists(path):
            fail(f"{path} missing")
            continue
        con = ro(path)
        if one(con, "PRAGMA integrity_check") != "ok":
            fail(f"{dbn}: integrity_check failed")
        (check_lv if dbn == LV else check_kb)(con)
        tvals[dbn] = text_values(con)
        cons[dbn] = con
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    kinds = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "kinds.tsv"), encoding="utf-8"))
    per_db, seen_q, seen_sql, grains, selfref = {}, {}, {}, {}, {}
    for q in qs:
        if list(q) != KEYS:
            fail(f"{q.get('id')}: key order {list(q)}")
            continue
        if not isinstance(q["order_matters"], bool):
            fail(f"{q['id']}: order_matters is not a boolean")
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        per_db.setdefault(dbn, []).append(q)
        norm = " ".join(re.sub(r"[^\w%$€£]+", " ", q["question"].lower()).split())
        if norm in seen_q:
            fail(f"{q['id']}: duplicate question (same as {seen_q[norm]})")
        seen_q.setdefault(norm, q["id"])
        if q["sql"] in seen_sql:
            fail(f"{q['id']}: duplicate SQL (same as {seen_sql[q['sql']]})")
        seen_sql.setdefault(q["sql"], q["id"])
        kind = kinds.get(q["id"])
        if not kind:
            fail(f"{q['id']}: no kind in kinds.tsv")
        else:
            check_kind(q, kind, q["sql"])
        tabs = table_refs(q["sql"])
        if any(tabs.count(t) > 1 for t in {"catalog_category_entity", "Categories"}) and re.search(r"\bparent\b", q["sql"]):
            selfref[dbn] = selfref.get(dbn, 0) + 1
        if dbn in cons:
            check_question(q, dbn, tvals.get(dbn, set()), cons[dbn])
    if set(per_db) != {LV, KB}:
        fail(f"databases in questions: {sorted(per_db)}")
    for dbn, lst in per_db.items():
        if len(lst) != 40:
            fail(f"{dbn}: {len(lst)} questions (want 40)")
        mix = {}
        for i, q in enumerate(lst, 1):
            if q["id"] != f"{dbn}-{i:03d}" or q["db"] != f"databases/{dbn}.sqlite":
                fail(f"{q['id']}: id or db path out of sequence")
            mix[kinds.get(q["id"])] = mix.get(kinds.get(q["id"]), 0) + 1
        if mix != KIND_MIX:
            fail(f"{dbn}: kind mix {mix} != {KIND_MIX}")
        if not selfref.get(dbn):
            fail(f"{dbn}: no question follows a self-reference")
    for q in qs:
        if list(q) != KEYS:
            continue
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        con = cons.get(dbn)
        if con is None:
            continue
        try:
            cur = con.execute(q["sql"])
            rows = cur.fetchall()
            again = con.execute(q["sql"]).fetchall()
        except Exception as e:
            fail(f"{q['id']}: error {e}")
            continue
        ncol = len(cur.description)
        kind = kinds.get(q["id"])
        text = q["question"]
        if not rows:
            fail(f"{q['id']}: empty result")
            continue
        if again != rows:
            fail(f"{q['id']}: result changes between two runs")
        if len(rows) > MAX_ROWS:
            fail(f"{q['id']}: {len(rows)} rows (want <= {MAX_ROWS})")
        if kind == "attribute" and len(rows) != 1:
            fail(f"{q['id']}: an attribute question answered with {len(rows)} rows")
        if any(v is None for r in rows for v in r):
            fail(f"{q['id']}: NULL in the result")
        if len(rows) == 1 and ncol == 1 and rows[0][0] in (0, 0.0, ""):
            fail(f"{q['id']}: single-cell result is 0 / empty")
        if kind in ("count", "total", "average", "share", "compare") and len(rows) != 1:
            fail(f"{q['id']}: a {kind} question answered with {len(rows)} rows")
        if kind == "share":
            vals = [v for r in rows for v in r if isinstance(v, (int, float))]
            if not vals or any(not isinstance(v, float) or not 0 < v < 1 or abs(v * 10000 - round(v * 10000)) > 1e-6 for v in vals):
                fail(f"{q['id']}: share is not a ratio in (0, 1) rounded to 4 decimals")
        elif any(isinstance(v, float) and abs(v * 100 - round(v * 100)) > 1e-6 for r in rows for v in r):
            fail(f"{q['id']}: a REAL result with more than 2 decimals")
        if kind == "list" and len({tuple(r) for r in rows}) != len(rows):
            fail(f"{q['id']}: a list with repeated rows")
        if kind == "breakdown":
            for grain, word, pat in (("month", r"\bmonth", r"20\d\d-(0[1-9]|1[0-2])"), ("quarter", r"\bquarter", r"20\d\d-Q[1-4]"), ("week", r"\bweek", r"20\d\d-\d\d-\d\d")):
                if re.search(word, text, re.I):
                    col = next((i for i in range(ncol) if all(isinstance(r[i], str) and re.fullmatch(pat, r[i]) for r in rows)), None)
                    if col is None or (grain == "week" and any(dt.date.fromisoformat(r[col]).weekday() != 0 for r in rows)):
                        fail(f"{q['id']}: {grain} labels are not {pat}")
                    else:
                        grains.setdefault(q["db"], set()).add(grain)
        split = outer_order_split(q["sql"])
        if re.search(r"\bLIMIT\b", q["sql"], re.I) and not split:
            fail(f"{q['id']}: LIMIT without ORDER BY")
        if q["order_matters"] and not split:
            fail(f"{q['id']}: order_matters without an outer ORDER BY")
        if split and not split[2] and not q["order_matters"]:
            fail(f"{q['id']}: outer ORDER BY without LIMIT but order_matters is false")
        if not q["order_matters"] and ORDER_WORDS.search(text):
            fail(f"{q['id']}: the question asks for an order but order_matters is false")
        if split:
            head, expr, tail = split
            for dct in ("ASC", "DESC"):
                tb = ", ".join(f"{i} {dct}" for i in range(1, ncol + 1))
                if con.execute(f"{head}ORDER BY {expr.strip()}, {tb}{tail}").fetchall() != rows:
                    fail(f"{q['id']}: tie in ORDER BY (changes with {dct} tie-breakers)")
                    break
            if tail:
                n = int(re.search(r"\d+", tail).group(0))
                keys = [re.sub(r"\s+(ASC|DESC)\s*$", "", k, flags=re.I) for k in split_top_commas(expr.strip())]
                ks = con.execute(f"SELECT {', '.join(keys)} FROM ({head}) ORDER BY {expr.strip()} LIMIT {n + 1}").fetchall()
                if len(ks) > n and ks[n] == ks[n - 1]:
                    fail(f"{q['id']}: tie at the LIMIT cut")
    for con in cons.values():
        con.close()
    for db in {q["db"] for q in qs}:
        if not {"month", "quarter", "week"} <= grains.get(db, set()):
            fail(f"{db}: missing a month, quarter or week breakdown ({sorted(grains.get(db, set()))})")
    if fails:
        print("FAIL:")
        for f_ in fails:
            print("  -", f_)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
