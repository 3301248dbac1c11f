"""Checks the store-blind-21 databases and questions.  Prints PASS or the list of failures (exit code 1).

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder)

Every database is opened read-only (mode=ro URI + PRAGMA query_only).
  * databases: integrity_check clean; naming style (mare_viva: PrestaShop ps_ tables, id_<entity> keys, *_lang tables in
    both languages, no declared FKs, zero dates; blekk_og_papir: NAV '<Company>$<Table>' names, NAV field-caption column
    names, a leading timestamp BLOB, no declared FKs, no NULL anywhere, 1753-01-01 blank dates, no amounts on invoice
    headers); a self-reference and a many-to-many link in each; every link column resolving; accented names; a town in
    two regions; the dirty data the README lists; invariants (order totals = lines, paid = products + shipping -
    vouchers, valid = state logable, last history status = current status, one payment per paid reference, refunds
    within what was bought, pick-ups and staff within their dates, both price rises; invoice line amounts = quantity x
    price less discount with MVA on top or inside, shops posting only on opening days, B2B / web only on office days,
    ledger entries = invoices, credit notes pointing at earlier invoices of the same bill-to customer and never
    crediting more than was invoiced, the leaver selling only while employed);
  * questions: key order, ids, db paths, 40 per database, kinds.tsv and each kind's SQL shape, no duplicates, plain
    English (no underscores, camelCase, storage words, relative periods), years in the text covered by the SQL, a single
    read-only SELECT, no percentages, the conventions (valid orders / status names and fixed languages on Mare Viva;
    own-company tables only, item lines for quantities, MVA and credit notes named for money, blocked customers left
    out of customer lists on Blekk & Papir), every SQL literal a stored value;
  * results: non-empty, <= 20 rows, no NULL cell, no single-cell 0, at most 2 decimals, shares in (0, 1) with at most
    4 decimals, attribute answers a single row, month / quarter / Monday-week labels, LIMIT only with ORDER BY,
    order_matters both ways, the same result twice, no tie at a LIMIT cut or in an ordered answer."""
import datetime as dt, json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
MV, BP = "mare_viva", "blekk_og_papir"
CO = "Blekk & Papir AS"
KIND_MIX = {"count": 4, "total": 4, "average": 3, "breakdown": 5, "topn": 4, "attribute": 3, "list": 3, "negation": 3, "having": 3, "compare": 3, "share": 3, "distinct": 2}
MAX_ROWS = 20
FORBIDDEN = re.compile(r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|DETACH|PRAGMA|REPLACE|VACUUM|REINDEX|ANALYZE|BEGIN|COMMIT)\b", re.I)
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season)\b|\btoday\b|\byesterday\b|\bright now\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bago\b|\blately\b|\bnowadays\b|\byet\b|\bthese days\b", re.I)
STRUCTURE = re.compile(r"\b(columns?|schemas?|databases?|fields?|records?|rows?|tables?|sql|json|flags?|boolean|null|ids?|lang|dimension|flowfield|"
                       r"valid|logable|is guest|timestamp)\b", re.I)
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
            j = sql.index('"', i + 1)
            i = j + 1
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


# ------------------------------------------------------------------ Mare Viva (PrestaShop)
def check_mv(con):
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for t in tables:
        if not re.fullmatch(r"ps_[a-z]+(_[a-z0-9]+)*", t):
            fail(f"{MV}.{t}: not a ps_ table name")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        pk = [c[1] for c in sorted(cols, key=lambda c: c[5]) if c[5]]
        if not pk or not all(re.fullmatch(r"id_[a-z_]+", c) for c in pk):
            fail(f"{MV}.{t}: primary key {pk} is not made of id_<entity> columns")
        if con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall():
            fail(f"{MV}.{t}: declares a foreign key (PrestaShop does not)")
        if t.endswith("_lang"):
            base = t[:-5]
            key = f"id_{base[3:]}" if base != "ps_order_state" else "id_order_state"
            if base in tables and one(con, f"SELECT COUNT(*) FROM {base} b WHERE (SELECT COUNT(DISTINCT id_lang) FROM {t} l WHERE l.{key} = b.{key}) <> 2"):
                fail(f"{MV}.{t}: not every {base[3:]} has a Portuguese and an English text")
    links = [("ps_country", "id_zone", "ps_zone"), ("ps_state", "id_country", "ps_country"), ("ps_customer", "id_default_group", "ps_group"), ("ps_customer", "id_lang", "ps_lang"),
             ("ps_customer_group", "id_customer", "ps_customer"), ("ps_customer_group", "id_group", "ps_group"), ("ps_address", "id_customer", "ps_customer"),
             ("ps_address", "id_country", "ps_country"), ("ps_category_product", "id_category", "ps_category"), ("ps_category_product", "id_product", "ps_product"),
             ("ps_product", "id_category_default", "ps_category"), ("ps_product", "id_tax_rules_group", "ps_tax_rules_group"), ("ps_product", "id_supplier", "ps_supplier"),
             ("ps_product_attribute", "id_product", "ps_product"), ("ps_product_attribute_combination", "id_product_attribute", "ps_product_attribute"),
             ("ps_product_attribute_combination", "id_attribute", "ps_attribute"), ("ps_attribute", "id_attribute_group", "ps_attribute_group"),
             ("ps_employee", "id_profile", "ps_profile"), ("ps_orders", "id_customer", "ps_customer"), ("ps_orders", "id_carrier", "ps_carrier"),
             ("ps_orders", "current_state", "ps_order_state"), ("ps_orders", "id_lang", "ps_lang"), ("ps_orders", "id_currency", "ps_currency"),
             ("ps_order_detail", "id_order", "ps_orders"), ("ps_order_detail", "product_id", "ps_product"), ("ps_order_history", "id_order", "ps_orders"),
             ("ps_order_history", "id_order_state", "ps_order_state"), ("ps_order_slip", "id_order", "ps_orders"), ("ps_order_slip_detail", "id_order_slip", "ps_order_slip"),
             ("ps_order_slip_detail", "id_order_detail", "ps_order_detail"), ("ps_order_cart_rule", "id_order", "ps_orders"), ("ps_order_cart_rule", "id_cart_rule", "ps_cart_rule")]
    for t, col, ref in links:
        key = "id_order_state" if ref == "ps_order_state" else ("id_order" if ref == "ps_orders" else "id_" + ref[3:])
        if one(con, f"SELECT COUNT(*) FROM {t} x WHERE NOT EXISTS (SELECT 1 FROM {ref} r WHERE r.{key} = x.{col})"):
            fail(f"{MV}: {t}.{col} does not always resolve to {ref}")
    checks = [
        # links that may be 0 ("none") but otherwise resolve
        ("ps_address.id_state resolves or is 0", "SELECT COUNT(*) FROM ps_address a WHERE a.id_state <> 0 AND NOT EXISTS (SELECT 1 FROM ps_state s WHERE s.id_state = a.id_state)", 0),
        ("order addresses belong to the customer", "SELECT COUNT(*) FROM ps_orders o JOIN ps_address a ON a.id_address = o.id_address_delivery WHERE a.id_customer <> o.id_customer", 0),
        ("history employees resolve or are 0 (automatic)", "SELECT COUNT(*) FROM ps_order_history h WHERE h.id_employee <> 0 AND NOT EXISTS (SELECT 1 FROM ps_employee e WHERE e.id_employee = h.id_employee)", 0),
        ("automatic status changes by employee 0", "SELECT COUNT(*) > 100 FROM ps_order_history WHERE id_employee = 0", 1),
        ("combination links resolve or are 0", "SELECT COUNT(*) FROM ps_order_detail d WHERE d.product_attribute_id <> 0 AND NOT EXISTS (SELECT 1 FROM ps_product_attribute pa WHERE pa.id_product_attribute = d.product_attribute_id AND pa.id_product = d.product_id)", 0),
        ("category self-reference resolves", "SELECT COUNT(*) FROM ps_category c WHERE c.id_parent <> 0 AND NOT EXISTS (SELECT 1 FROM ps_category p WHERE p.id_category = c.id_parent)", 0),
        ("nested set inside the parent", "SELECT COUNT(*) FROM ps_category c JOIN ps_category p ON p.id_category = c.id_parent WHERE NOT (p.nleft < c.nleft AND c.nright < p.nright) OR c.level_depth <> p.level_depth + 1", 0),
        ("payments link by order reference", "SELECT COUNT(*) FROM ps_order_payment p WHERE NOT EXISTS (SELECT 1 FROM ps_orders o WHERE o.reference = p.order_reference)", 0),
        # style
        ("dates 'YYYY-MM-DD HH:MM:SS'", "SELECT COUNT(*) FROM ps_orders WHERE date_add NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'", 0),
        ("zero dates on unpaid orders", "SELECT COUNT(*) > 0 FROM ps_orders WHERE invoice_date = '0000-00-00 00:00:00' AND delivery_date = '0000-00-00 00:00:00'", 1),
        ("invoice number 0 exactly when the invoice date is zero", "SELECT COUNT(*) FROM ps_orders WHERE (invoice_number = 0) <> (invoice_date = '0000-00-00 00:00:00')", 0),
        ("excluding-VAT amounts keep 6 decimals", "SELECT COUNT(*) > 1000 FROM ps_order_detail WHERE ABS(unit_price_tax_excl * 100 - ROUND(unit_price_tax_excl * 100)) > 0.0001", 1),
        ("booleans 0 / 1", "SELECT COUNT(*) FROM (SELECT valid v FROM ps_orders UNION SELECT is_guest FROM ps_customer UNION SELECT deleted FROM ps_customer UNION SELECT active FROM ps_product) WHERE v NOT IN (0, 1)", 0),
        ("two languages", "SELECT COUNT(*) FROM ps_lang", 2),
        ("order lines written in the order's language", "SELECT COUNT(*) FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order WHERE d.product_attribute_id <> 0 AND "
         "((o.id_lang = 1 AND d.product_name NOT LIKE '% - %' ) OR (o.id_lang = 1 AND (d.product_name LIKE '%Size : %' OR d.product_name LIKE '%Length : %')) OR (o.id_lang = 2 AND (d.product_name LIKE '%Tamanho : %' OR d.product_name LIKE '%Comprimento : %')))", 0),
        # dirty data
        ("the demo customer with cancelled test orders", "SELECT COUNT(*) FROM ps_orders o JOIN ps_customer c ON c.id_customer = o.id_customer WHERE c.email = 'pub@prestashop.com' AND o.valid = 0", 3),
        ("guest checkouts repeating an e-mail", "SELECT COUNT(*) > 20 FROM (SELECT email FROM ps_customer WHERE is_guest = 1 GROUP BY email HAVING COUNT(*) > 1)", 1),
        ("a guest who later registered", "SELECT COUNT(*) > 0 FROM ps_customer g JOIN ps_customer r ON r.email = g.email AND r.is_guest = 0 WHERE g.is_guest = 1", 1),
        ("deleted and inactive accounts", "SELECT (SELECT COUNT(*) FROM ps_customer WHERE deleted = 1) > 10 AND (SELECT COUNT(*) FROM ps_customer WHERE active = 0 AND deleted = 0) > 5", 1),
        ("names in capitals, lower case and with a trailing space", "SELECT (SELECT COUNT(*) FROM ps_customer WHERE lastname = UPPER(lastname) AND lastname GLOB '*[A-Z][A-Z]*') > 0 AND "
         "(SELECT COUNT(*) FROM ps_customer WHERE firstname = LOWER(firstname)) > 0 AND (SELECT COUNT(*) FROM ps_customer WHERE lastname <> TRIM(lastname)) > 0", 1),
        ("accented names", "SELECT COUNT(*) > 0 FROM ps_customer WHERE firstname GLOB '*[ãçéíóúâêô]*'", 1),
        ("Lisboa typed five ways", "SELECT COUNT(DISTINCT city) FROM ps_address WHERE LOWER(TRIM(city)) IN ('lisboa', 'lisbon')", 5),
        ("Carvalhal in two districts", "SELECT COUNT(DISTINCT s.name) FROM ps_address a JOIN ps_state s ON s.id_state = a.id_state WHERE a.city = 'Carvalhal'", 2),
        ("NULL and zero birthdays, NULL phones", "SELECT (SELECT COUNT(*) FROM ps_customer WHERE birthday IS NULL) > 0 AND (SELECT COUNT(*) FROM ps_customer WHERE birthday = '0000-00-00') > 0 AND "
         "(SELECT COUNT(*) FROM ps_address WHERE phone IS NULL) > 0", 1),
        ("a product keyed twice in another case, both sold", "SELECT COUNT(*) FROM (SELECT UPPER(pl.name) FROM ps_product p JOIN ps_product_lang pl ON pl.id_product = p.id_product AND pl.id_lang = 1 "
         "WHERE EXISTS (SELECT 1 FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order WHERE d.product_id = p.id_product AND o.valid = 1) GROUP BY 1 HAVING COUNT(*) > 1)", 1),
        ("the inactive copy of the wax", "SELECT active FROM ps_product_lang pl JOIN ps_product p ON p.id_product = pl.id_product WHERE pl.name = 'SEX WAX QUICK HUMPS' AND pl.id_lang = 1", 0),
        ("a carrier kept as a deleted old version", "SELECT COUNT(*) FROM ps_carrier c JOIN ps_carrier n ON n.id_reference = c.id_reference AND n.id_carrier > c.id_carrier WHERE c.deleted = 1 AND n.deleted = 0 AND c.name = n.name", 1),
        ("old CTT carrier only before 1 July 2024, new one after", "SELECT COUNT(*) FROM ps_orders WHERE (id_carrier = 2 AND date_add >= '2024-07-01') OR (id_carrier = 6 AND date_add < '2024-07-01')", 0),
        ("card payment label renamed in 2025", "SELECT COUNT(DISTINCT payment) FROM ps_orders WHERE module = 'stripe_official'", 2),
        ("orders stuck waiting for a bank transfer since 2024", "SELECT COUNT(*) > 0 FROM ps_orders WHERE current_state = 10 AND date_add < '2025-01-01'", 1),
        ("orders stuck in processing since 2024", "SELECT COUNT(*) > 0 FROM ps_orders WHERE current_state = 3 AND date_add < '2025-01-01'", 1),
        ("split carts sharing a reference", "SELECT COUNT(*) > 10 FROM (SELECT reference FROM ps_orders GROUP BY reference HAVING COUNT(*) > 1)", 1),
        ("cancelled, refunded and failed orders", "SELECT COUNT(DISTINCT current_state) FROM ps_orders WHERE current_state IN (6, 7, 8)", 3),
        # invariants
        ("valid = logable current status", "SELECT COUNT(*) FROM ps_orders o JOIN ps_order_state s ON s.id_order_state = o.current_state WHERE o.valid <> s.logable", 0),
        ("order products excl. = lines", "SELECT COUNT(*) FROM ps_orders o WHERE ABS(o.total_products - (SELECT SUM(total_price_tax_excl) FROM ps_order_detail d WHERE d.id_order = o.id_order)) > 0.0001", 0),
        ("order products incl. = lines", "SELECT COUNT(*) FROM ps_orders o WHERE ABS(o.total_products_wt - (SELECT SUM(total_price_tax_incl) FROM ps_order_detail d WHERE d.id_order = o.id_order)) > 0.005", 0),
        ("line total = unit price x quantity", "SELECT COUNT(*) FROM ps_order_detail WHERE ABS(total_price_tax_incl - ROUND(unit_price_tax_incl * product_quantity, 2)) > 0.005 "
         "OR ABS(total_price_tax_excl - unit_price_tax_excl * product_quantity) > 0.0001", 0),
        ("paid = products + shipping - vouchers", "SELECT COUNT(*) FROM ps_orders WHERE ABS(total_paid_tax_incl - (total_products_wt + total_shipping_tax_incl - total_discounts_tax_incl)) > 0.005 "
         "OR ABS(total_paid_tax_excl - (total_products + total_shipping_tax_excl - total_discounts_tax_excl)) > 0.0001 OR total_paid <> total_paid_tax_incl", 0),
        ("voucher orders carry their discount", "SELECT COUNT(*) FROM ps_orders o WHERE ABS(o.total_discounts_tax_incl - COALESCE((SELECT SUM(value) FROM ps_order_cart_rule r WHERE r.id_order = o.id_order), 0)) > 0.005", 0),
        ("last history status = current status", "SELECT COUNT(*) FROM ps_orders o WHERE o.current_state <> (SELECT h.id_order_state FROM ps_order_history h WHERE h.id_order = o.id_order ORDER BY h.date_add DESC, h.id_order_history DESC LIMIT 1)", 0),
        ("history in time order, after the order", "SELECT COUNT(*) FROM ps_order_history h JOIN ps_orders o ON o.id_order = h.id_order WHERE h.date_add < o.date_add OR h.date_add > '2025-12-31 23:59:59' "
         "OR EXISTS (SELECT 1 FROM ps_order_history g WHERE g.id_order = h.id_order AND g.id_order_history > h.id_order_history AND g.date_add < h.date_add)", 0),
        ("one payment per paid reference, for the whole cart", "SELECT COUNT(*) FROM (SELECT o.reference, SUM(o.total_paid_tax_incl) s, (SELECT SUM(amount) FROM ps_order_payment p WHERE p.order_reference = o.reference) p "
         "FROM ps_orders o WHERE o.invoice_number > 0 GROUP BY o.reference) WHERE p IS NULL OR ABS(s - p) > 0.005", 0),
        ("no payment for never-paid carts", "SELECT COUNT(*) FROM ps_order_payment p WHERE NOT EXISTS (SELECT 1 FROM ps_orders o WHERE o.reference = p.order_reference AND o.invoice_number > 0)", 0),
        ("paid amount recorded only when paid", "SELECT COUNT(*) FROM ps_orders WHERE (invoice_number > 0 AND total_paid_real <> total_paid_tax_incl) OR (invoice_number = 0 AND total_paid_real <> 0)", 0),
        ("every valid order paid", "SELECT COUNT(*) FROM ps_orders WHERE valid = 1 AND invoice_number = 0", 0),
        ("refunds only on delivered or collected orders", "SELECT COUNT(*) FROM ps_order_slip s WHERE NOT EXISTS (SELECT 1 FROM ps_order_history h WHERE h.id_order = s.id_order AND h.id_order_state IN (5, 17) AND h.date_add < s.date_add)", 0),
        ("refunded quantities within what was bought", "SELECT COUNT(*) FROM ps_order_detail d WHERE d.product_quantity_refunded <> COALESCE((SELECT SUM(product_quantity) FROM ps_order_slip_detail x WHERE x.id_order_detail = d.id_order_detail), 0) "
         "OR d.product_quantity_refunded > d.product_quantity", 0),
        ("refunded orders fully credited", "SELECT COUNT(*) FROM ps_orders o WHERE o.current_state = 7 AND ABS(o.total_paid_tax_incl - (SELECT SUM(amount) FROM ps_order_slip s WHERE s.id_order = o.id_order)) > 0.005", 0),
        ("Peniche pick-ups only from 12 April 2025", "SELECT COUNT(*) FROM ps_orders WHERE id_carrier = 7 AND date_add < '2025-04-12'", 0),
        ("staff act only while employed", "SELECT COUNT(*) FROM ps_order_history WHERE (id_employee = 4 AND date_add >= '2025-03-01') OR (id_employee = 5 AND date_add < '2025-03-01') OR (id_employee = 6 AND date_add < '2025-04-01')", 0),
        ("the Xcel Comp X price rise on 1 March 2025", "SELECT COUNT(DISTINCT d.unit_price_tax_incl || (o.date_add < '2025-03-01')) FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order "
         "JOIN ps_product p ON p.id_product = d.product_id JOIN ps_address a ON a.id_address = o.id_address_delivery JOIN ps_state s ON s.id_state = a.id_state "
         "WHERE p.reference = 'XC-CX43' AND d.reduction_percent = 0 AND d.group_reduction = 0 AND d.unit_price_tax_incl IN (379.9, 399.9) AND s.name NOT IN ('Madeira', 'Açores')", 2),
        ("used boards sold at most once", "SELECT COUNT(*) FROM (SELECT d.product_id FROM ps_order_detail d JOIN ps_product p ON p.id_product = d.product_id JOIN ps_orders o ON o.id_order = d.id_order "
         "WHERE p.condition = 'used' AND o.valid = 1 GROUP BY d.product_id HAVING SUM(d.product_quantity) > 1)", 0),
        ("nothing sold before it was added", "SELECT COUNT(*) FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order JOIN ps_product p ON p.id_product = d.product_id WHERE o.date_add < p.date_add AND p.date_add > '2024-01-01'", 0),
    ]
    run_checks(con, MV, checks)


# ------------------------------------------------------------------ Blekk & Papir (NAV)
def check_bp(con):
    P = CO + "$"
    companies = {r[0] for r in con.execute('SELECT "Name" FROM "Company"')}
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for t in tables:
        if t not in ("Company", "User") and not (t.split("$")[0] in companies and re.fullmatch(r"[A-Z][A-Za-z_]*( [A-Za-z_-]+)*", t.split("$", 1)[-1])):
            fail(f"{BP}.{t}: not a '<Company>$<Table Name>' NAV table")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        if not any(c[1] == "timestamp" and c[2] == "BLOB" for c in cols):
            fail(f"{BP}.{t}: no timestamp BLOB")
        for c in cols:
            if re.search(r"[./%]", c[1]):
                fail(f"{BP}.{t}.{c[1]}: a NAV column keeps '.', '/' or '%'")
            if one(con, f"SELECT COUNT(*) FROM {qi(t)} WHERE {qi(c[1])} IS NULL"):
                fail(f"{BP}.{t}.{c[1]}: NULL (NAV stores blanks, never NULL)")
            if re.search(r"Date$", c[1]) and one(con, f"SELECT COUNT(*) FROM {qi(t)} WHERE {qi(c[1])} NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] 00:00:00.000'"):
                fail(f"{BP}.{t}.{c[1]}: not a NAV date")
        if con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall():
            fail(f"{BP}.{t}: declares a foreign key (NAV does not)")
    hdr = {c[1] for c in con.execute(f"PRAGMA table_info({qi(P + 'Sales Invoice Header')})")}
    if {"Amount", "Amount Including VAT"} & hdr:
        fail(f"{BP}: the invoice header stores amounts (FlowFields in NAV)")
    T = lambda n: qi(P + n)
    links = [("Sales Invoice Line", "Document No_", "Sales Invoice Header", "No_", ""), ("Sales Cr_Memo Line", "Document No_", "Sales Cr_Memo Header", "No_", ""),
             ("Sales Invoice Header", "Sell-to Customer No_", "Customer", "No_", ""), ("Sales Invoice Header", "Bill-to Customer No_", "Customer", "No_", ""),
             ("Sales Cr_Memo Header", "Applies-to Doc_ No_", "Sales Invoice Header", "No_", ""), ("Sales Cr_Memo Header", "Reason Code", "Reason Code", "Code", ""),
             ("Sales Invoice Header", "Salesperson Code", "Salesperson_Purchaser", "Code", "x.\"Salesperson Code\" <> ''"),
             ("Customer", "Bill-to Customer No_", "Customer", "No_", "x.\"Bill-to Customer No_\" <> ''"), ("Customer", "Customer Price Group", "Customer Price Group", "Code", ""),
             ("Customer", "Payment Terms Code", "Payment Terms", "Code", ""), ("Customer", "Payment Method Code", "Payment Method", "Code", ""),
             ("Customer", "Country_Region Code", "Country_Region", "Code", ""), ("Item", "Item Category Code", "Item Category", "Code", ""), ("Item", "Manufacturer Code", "Manufacturer", "Code", ""),
             ("Item", "Vendor No_", "Vendor", "No_", ""), ("Item Category", "Parent Category", "Item Category", "Code", "x.\"Parent Category\" <> ''"),
             ("Item Vendor", "Item No_", "Item", "No_", ""), ("Item Vendor", "Vendor No_", "Vendor", "No_", ""),
             ("Sales Invoice Line", "No_", "Item", "No_", "x.\"Type\" = 2"), ("Sales Cr_Memo Line", "No_", "Item", "No_", "x.\"Type\" = 2"),
             ("Sales Invoice Header", "Location Code", "Location", "Code", ""), ("Cust_ Ledger Entry", "Customer No_", "Customer", "No_", ""),
             ("Cust_ Ledger Entry", "Closed by Entry No_", "Cust_ Ledger Entry", "Entry No_", "x.\"Closed by Entry No_\" <> 0")]
    for t, col, ref, rcol, cond in links:
        where = f"WHERE {cond} AND" if cond else "WHERE"
        if one(con, f"SELECT COUNT(*) FROM {T(t)} x {where} NOT EXISTS (SELECT 1 FROM {T(ref)} r WHERE r.{qi(rcol)} = x.{qi(col)})"):
            fail(f"{BP}: {t}.{col} does not always resolve to {ref}")
    for t in ("Sales Invoice Header", "Sales Cr_Memo Header"):
        if one(con, f"SELECT COUNT(*) FROM {T(t)} x WHERE NOT EXISTS (SELECT 1 FROM \"User\" u WHERE u.\"User Name\" = x.\"User ID\")"):
            fail(f"{BP}: {t}.User ID does not always resolve to User")
        if one(con, f"SELECT COUNT(*) FROM {T(t)} x WHERE NOT EXISTS (SELECT 1 FROM {T('Dimension Value')} d WHERE d.\"Dimension Code\" = 'AVDELING' AND d.\"Code\" = x.\"Shortcut Dimension 1 Code\")"):
            fail(f"{BP}: {t} department does not always resolve to a dimension value")
    H, L, CH, CL, C, CLE = T("Sales Invoice Header"), T("Sales Invoice Line"), T("Sales Cr_Memo Header"), T("Sales Cr_Memo Line"), T("Customer"), T("Cust_ Ledger Entry")
    day = 'substr(h."Posting Date", 1, 10)'
    hol = "('2024-01-01','2024-03-28','2024-03-29','2024-04-01','2024-05-01','2024-05-09','2024-05-17','2024-05-20','2024-12-25','2024-12-26'," \
          "'2025-01-01','2025-04-17','2025-04-18','2025-04-21','2025-05-01','2025-05-17','2025-05-29','2025-06-09','2025-12-25','2025-12-26')"
    checks = [
        ("the demo company's tables dated 2019 only", f"SELECT COUNT(*) FROM {qi('CRONUS Norge AS$Sales Invoice Header')} WHERE \"Posting Date\" NOT LIKE '2019-%'", 0),
        ("blank dates 1753-01-01", f"SELECT COUNT(*) > 0 FROM {H} WHERE \"Order Date\" = '1753-01-01 00:00:00.000'", 1),
        ("line types: comments, G/L accounts, items", f"SELECT COUNT(DISTINCT \"Type\") FROM {L}", 3),
        ("comment lines carry no amounts", f"SELECT COUNT(*) FROM {L} WHERE \"Type\" = 0 AND (\"Amount\" <> 0 OR \"Quantity\" <> 0 OR \"No_\" <> '')", 0),
        ("composite line keys numbered 10000, 20000, ...", f"SELECT COUNT(*) FROM {L} WHERE \"Line No_\" % 10000 <> 0", 0),
        ("every invoice has an item line", f"SELECT COUNT(*) FROM {H} h WHERE NOT EXISTS (SELECT 1 FROM {L} l WHERE l.\"Document No_\" = h.\"No_\" AND l.\"Type\" = 2)", 0),
        ("prices incl. MVA: Amount Including VAT = quantity x price less discount", f"SELECT COUNT(*) FROM {L} l JOIN {H} h ON h.\"No_\" = l.\"Document No_\" WHERE h.\"Prices Including VAT\" = 1 AND l.\"Type\" > 0 "
         "AND ABS(l.\"Amount Including VAT\" - ROUND(l.\"Quantity\" * l.\"Unit Price\", 2) + l.\"Line Discount Amount\") > 0.005", 0),
        ("prices excl. MVA: Amount = quantity x price less discount", f"SELECT COUNT(*) FROM {L} l JOIN {H} h ON h.\"No_\" = l.\"Document No_\" WHERE h.\"Prices Including VAT\" = 0 AND l.\"Type\" > 0 "
         "AND ABS(l.\"Amount\" - ROUND(l.\"Quantity\" * l.\"Unit Price\", 2) + l.\"Line Discount Amount\") > 0.005", 0),
        ("MVA on every line", f"SELECT COUNT(*) FROM (SELECT * FROM {L} UNION ALL SELECT * FROM {CL}) WHERE \"Type\" > 0 AND ABS(\"Amount Including VAT\" - \"Amount\" * (1 + \"VAT _\" / 100)) > 0.011", 0),
        ("books zero-rated, the rest 25 % (inside Norway)", f"SELECT COUNT(*) FROM {L} l JOIN {H} h ON h.\"No_\" = l.\"Document No_\" WHERE l.\"Type\" = 2 AND h.\"VAT Bus_ Posting Group\" = 'INNLAND' "
         "AND l.\"VAT _\" <> CASE WHEN l.\"Item Category Code\" = 'BØKER' THEN 0 ELSE 25 END", 0),
        ("exports without MVA", f"SELECT COUNT(*) > 0 FROM {L} l JOIN {H} h ON h.\"No_\" = l.\"Document No_\" WHERE h.\"VAT Bus_ Posting Group\" = 'UTLAND' AND l.\"VAT _\" = 0", 1),
        ("shops post only on opening days", f"SELECT COUNT(*) FROM {H} h WHERE h.\"Shortcut Dimension 1 Code\" LIKE 'BUTIKK-%' AND ({day} IN {hol} OR "
         f"(strftime('%w', {day}) = '0' AND {day} NOT IN ('2024-12-15','2024-12-22','2025-12-14','2025-12-21')) OR (h.\"Shortcut Dimension 1 Code\" = 'BUTIKK-SVG' AND {day} < '2024-08-17'))", 0),
        ("one settlement per shop and day", f"SELECT COUNT(*) FROM (SELECT \"Shortcut Dimension 1 Code\", \"Posting Date\" FROM {H} WHERE \"Shortcut Dimension 1 Code\" LIKE 'BUTIKK-%' GROUP BY 1, 2 HAVING COUNT(*) > 1)", 0),
        ("B2B and web invoices only on office days", f"SELECT COUNT(*) FROM {H} h WHERE h.\"Shortcut Dimension 1 Code\" IN ('B2B', 'NETT') AND ({day} IN {hol} OR strftime('%w', {day}) IN ('0', '6') "
         f"OR substr({day}, 6, 5) IN ('12-24', '12-31'))", 0),
        ("the copy paper price rise on 1 January 2025", f"SELECT COUNT(DISTINCT l.\"Unit Price\" || (l.\"Posting Date\" < '2025')) FROM {L} l JOIN {H} h ON h.\"No_\" = l.\"Document No_\" "
         "WHERE l.\"No_\" = '10001' AND h.\"Shortcut Dimension 1 Code\" LIKE 'BUTIKK-%'", 2),
        ("the leaver sells only while employed, his successor only after", f"SELECT COUNT(*) FROM {H} WHERE (\"Salesperson Code\" = 'MAA' AND \"Posting Date\" > '2025-03-31 00:00:00.000') "
         "OR (\"Salesperson Code\" = 'SL' AND \"Sell-to Post Code\" LIKE '4%' AND \"Posting Date\" <= '2025-03-31 00:00:00.000')", 0),
        ("one invoice ledger entry per invoice, for the bill-to customer, with its net amount", f"SELECT COUNT(*) FROM {H} h LEFT JOIN {CLE} e ON e.\"Document No_\" = h.\"No_\" AND e.\"Document Type\" = 2 "
         f"WHERE e.\"Entry No_\" IS NULL OR e.\"Customer No_\" <> h.\"Bill-to Customer No_\" OR ABS(e.\"Sales (LCY)\" - (SELECT SUM(\"Amount\") FROM {L} l WHERE l.\"Document No_\" = h.\"No_\")) > 0.005", 0),
        ("open entries have no closing date, closed ones do", f"SELECT COUNT(*) FROM {CLE} WHERE (\"Open\" = 1) <> (\"Closed at Date\" = '1753-01-01 00:00:00.000')", 0),
        ("open invoices at the end of 2025, some overdue", f"SELECT COUNT(*) > 0 FROM {CLE} WHERE \"Open\" = 1 AND \"Document Type\" = 2 AND \"Due Date\" < '2025-12-01'", 1),
        ("credit notes point at an earlier invoice of the same customers", f"SELECT COUNT(*) FROM {CH} c JOIN {H} h ON h.\"No_\" = c.\"Applies-to Doc_ No_\" WHERE h.\"Posting Date\" > c.\"Posting Date\" "
         "OR h.\"Sell-to Customer No_\" <> c.\"Sell-to Customer No_\" OR h.\"Bill-to Customer No_\" <> c.\"Bill-to Customer No_\" OR c.\"Applies-to Doc_ Type\" <> 2", 0),
        ("credit memo quantities positive and never more than invoiced", f"SELECT COUNT(*) FROM {CL} cl JOIN {CH} c ON c.\"No_\" = cl.\"Document No_\" WHERE cl.\"Type\" = 2 AND (cl.\"Quantity\" <= 0 OR cl.\"Quantity\" > "
         f"(SELECT SUM(l.\"Quantity\") FROM {L} l WHERE l.\"Document No_\" = c.\"Applies-to Doc_ No_\" AND l.\"No_\" = cl.\"No_\"))", 0),
        ("credit notes never exceed the invoice", f"SELECT COUNT(*) FROM {H} h WHERE (SELECT COALESCE(SUM(l.\"Amount\"), 0) FROM {CL} l JOIN {CH} c ON c.\"No_\" = l.\"Document No_\" "
         f"WHERE c.\"Applies-to Doc_ No_\" = h.\"No_\") > (SELECT SUM(\"Amount\") FROM {L} WHERE \"Document No_\" = h.\"No_\") + 0.005", 0),
        ("a self-reference: schools billed to their municipality", f"SELECT COUNT(*) > 10 FROM {C} s JOIN {C} b ON b.\"No_\" = s.\"Bill-to Customer No_\"", 1),
        ("a many-to-many link: items with several vendors", f"SELECT COUNT(*) > 0 FROM (SELECT \"Item No_\" FROM {T('Item Vendor')} GROUP BY 1 HAVING COUNT(*) > 1)", 1),
        # dirty data
        ("a web customer keyed twice, the old copy blocked", f"SELECT COUNT(*) FROM {C} a JOIN {C} b ON LOWER(a.\"E-Mail\") = LOWER(b.\"E-Mail\") AND a.\"No_\" < b.\"No_\" WHERE a.\"E-Mail\" <> '' AND a.\"Blocked\" = 3 AND b.\"Blocked\" = 0 AND a.\"E-Mail\" <> b.\"E-Mail\"", 1),
        ("a school keyed again in capitals, blocked", f"SELECT COUNT(*) FROM {C} a JOIN {C} b ON UPPER(b.\"Name\") = a.\"Name\" AND a.\"No_\" <> b.\"No_\" WHERE a.\"Blocked\" = 3 AND b.\"Blocked\" = 0 AND a.\"Name\" <> b.\"Name\"", 1),
        ("a vendor keyed twice", f"SELECT COUNT(*) FROM (SELECT UPPER(\"Name\") FROM {T('Vendor')} GROUP BY 1 HAVING COUNT(*) > 1)", 1),
        ("Polychromos 24 keyed twice, both sold", f"SELECT COUNT(DISTINCT l.\"No_\") FROM {L} l JOIN {T('Item')} i ON i.\"No_\" = l.\"No_\" WHERE UPPER(i.\"Description\") = 'FABER-CASTELL POLYCHROMOS 24 FARGEBLYANTER'", 2),
        ("the old Polychromos blocked and not sold after 10 June 2024", f"SELECT COUNT(*) FROM {L} WHERE \"No_\" = '10009' AND \"Posting Date\" >= '2024-06-10'", 0),
        ("names with a trailing space and in capitals", f"SELECT (SELECT COUNT(*) FROM {C} WHERE \"Name\" <> TRIM(\"Name\")) > 0 AND (SELECT COUNT(*) FROM {C} WHERE \"Name\" = UPPER(\"Name\") AND \"Blocked\" = 0) > 0", 1),
        ("Bergen typed three ways", f"SELECT COUNT(DISTINCT \"City\") FROM {C} WHERE UPPER(TRIM(\"City\")) = 'BERGEN'", 3),
        ("old and new county names", f"SELECT (SELECT COUNT(*) FROM {C} WHERE \"County\" = 'Hordaland') > 0 AND (SELECT COUNT(*) FROM {C} WHERE \"County\" = 'Vestland') > 0 "
         f"AND (SELECT COUNT(*) FROM {C} WHERE \"County\" = 'Viken') > 0", 1),
        ("Vik in two counties", f"SELECT COUNT(DISTINCT p.\"County\") FROM {C} c JOIN {T('Post Code')} p ON p.\"Code\" = c.\"Post Code\" WHERE c.\"City\" = 'Vik'", 2),
        ("blank County and E-Mail", f"SELECT (SELECT COUNT(*) FROM {C} WHERE \"County\" = '') > 0 AND (SELECT COUNT(*) FROM {C} WHERE \"E-Mail\" = '') > 0", 1),
        ("accented names", f"SELECT COUNT(*) > 0 FROM {C} WHERE \"Name\" GLOB '*[æøåÆØÅ]*' AND \"Customer Posting Group\" = 'PRIVAT'", 1),
        ("a salesperson who left, blocked", f"SELECT \"Blocked\" FROM {T('Salesperson_Purchaser')} WHERE \"Code\" = 'MAA'", 1),
    ]
    run_checks(con, BP, checks)


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
    if re.search(rf"<\s*'{max(ys)}-01-01'", sql) and not re.search(rf"'{max(ys)}-(0[2-9]|1[0-2])|'{max(ys)}'|'{max(ys)}-01-(0[2-9]|[12]\d|3[01])'|>=?\s*'{max(ys)}-01-01'", sql):
        cover.discard(max(ys))
    return cover


def check_question(q, dbn, tvals):
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
    if dbn == MV:
        if "ps_orders" in tabs and re.search(r"\b(COUNT|SUM|AVG)\(", bare, re.I) and "valid" not in bare and "'Cancelado'" not in sql and "'Levantado na loja'" not in sql and "'Enviado'" not in sql:
            fail(f"{q['id']}: orders aggregated without settling their status")
        for m in re.finditer(r"JOIN (ps_\w+_lang) (\w+) ON ([^J]*?)(?=\bJOIN\b|\bWHERE\b|$)", sql):
            if f"{m.group(2)}.id_lang = " not in m.group(3):
                fail(f"{q['id']}: {m.group(1)} joined without fixing the language")
        if re.search(r"\bFROM ps_customer\b", bare) and "deleted" not in bare and "is_guest" not in bare:
            fail(f"{q['id']}: customers listed without leaving out deleted accounts")
        if re.search(r"\b(SUM|AVG)\(\s*\w*\.?(total_paid_tax_incl|total_price_tax_incl|amount)\b", bare) and not re.search(r"\bVAT\b", text):
            fail(f"{q['id']}: money summed but the question does not say whether VAT is in")
        if re.search(r"\b(SUM|AVG)\(\s*\w*\.?total_paid_tax_incl\b", bare) and not re.search(r"shipping", text, re.I):
            fail(f"{q['id']}: order totals summed but the question does not say shipping is in")
        if re.search(r"\bSUM\(\s*\w*\.?total_price_tax_\w+", bare) and not re.search(r"voucher", text, re.I):
            fail(f"{q['id']}: line money summed but the question does not say vouchers are not deducted")
    else:
        if any(not (t.startswith(CO + "$") or t == "User") for t in tabs):
            fail(f"{q['id']}: reads a table outside the company's own ({[t for t in tabs if not t.startswith(CO)]})")
        if "Q_Quantity" in bare and "Q_Type = 2" not in bare:
            fail(f"{q['id']}: quantities summed without keeping to item lines")
        if re.search(r"\b(SUM|AVG)\(\s*\w*\.?Q_Amount", bare):
            if "MVA" not in text:
                fail(f"{q['id']}: money summed but the question does not say whether MVA is in")
            shop_only = re.search(r"'BUTIKK-(BGO|SVG)'", sql) and not re.search(r"'(B2B|NETT)'", sql)
            if not shop_only and not re.search(r"credit note", text, re.I):
                fail(f"{q['id']}: B2B / web money summed but the question does not say how credit notes are treated")
        if re.search(r'\bFROM Q_Blekk___Papir_AS_Customer\b', bare) and re.search(r"^\s*SELECT\s+(DISTINCT\s+)?TRIM", bare) and "Q_Blocked" not in bare:
            fail(f"{q['id']}: customers listed without leaving out blocked ones")
    norm = {v.strip().lower() for v in tvals if isinstance(v, str)}
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?( \d\d:\d\d:\d\d(\.000)?)?|-?\d+(\.\d+)?|[ \-/,]*|-Q|%[YmdHMSw]|weekday \d|[+-]\d+ days", lit):
            continue
        if lit not in tvals and lit.strip().lower() not in norm:
            fail(f"{q['id']}: SQL literal '{lit}' is not a stored value")


def main():
    dbs = {MV: os.path.join(ROOT, "databases", f"{MV}.sqlite"), BP: os.path.join(ROOT, "databases", f"{BP}.sqlite")}
    tvals = {}
    for dbn, path in dbs.items():
        if not os.path.exists(path):
            fail(f"{path} missing")
            continue
        con = ro(path)
        if one(con, "PRAGMA integrity_check") != "ok":
            fail(f"{dbn}: integrity_check failed")
        (check_mv if dbn == MV else check_bp)(con)
        tvals[dbn] = text_values(con)
        con.close()
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
        norm = " ".join(re.sub(r"[^\w%$€]+", " ", q["question"].lower()).split())
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
        if any(tabs.count(t) > 1 for t in set(tabs)) and re.search(r"(parent|child|top|bill|id_parent|Bill-to)", q["sql"]):
            selfref[dbn] = selfref.get(dbn, 0) + 1
        check_question(q, dbn, tvals.get(dbn, set()))
    if set(per_db) != {MV, BP}:
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
        con = ro(os.path.join(ROOT, q["db"]))
        try:
            cur = con.execute(q["sql"])
            rows = cur.fetchall()
            again = con.execute(q["sql"]).fetchall()
        except Exception as e:
            fail(f"{q['id']}: error {e}")
            con.close()
            continue
        ncol = len(cur.description)
        kind = kinds.get(q["id"])
        text = q["question"]
        if not rows:
            fail(f"{q['id']}: empty result")
            con.close()
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
        if kind == "share":
            vals = [v for r in rows for v in r if isinstance(v, (int, float))]
            if not vals or any(not isinstance(v, float) or not 0 < v < 1 or abs(v * 10000 - round(v * 10000)) > 1e-6 for v in vals):
                fail(f"{q['id']}: share is not a ratio in (0, 1) rounded to 4 decimals")
        elif any(isinstance(v, float) and abs(v * 100 - round(v * 100)) > 1e-6 for r in rows for v in r):
            fail(f"{q['id']}: a REAL result with more than 2 decimals")
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
        con.close()
    for db in {q["db"] for q in qs}:
        if not {"month", "quarter", "week"} <= grains.get(db, set()):
            fail(f"{db}: missing a month, quarter or week breakdown ({sorted(grains.get(db, set()))})")
    if fails:
        print("FAIL:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
