"""Checks the store-blind-23 databases and questions.  Prints PASS or the list of failures (exit code 1).

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder)

Every database is opened read-only (mode=ro URI + PRAGMA query_only).
  * databases: integrity_check clean; naming style (lindmayr: the Shopware 6 table set, snake_case, 32-character hex
    ids, composite (id, version_id) keys of versioned entities, translation rows keyed by language, JSON prices, UTC
    DATETIME(3) text, no declared FKs; totara_paint: the SAP Business One table set, UPPERCASE object tables and
    numbered line tables, SAP's PascalCase / quirky column names, Y / N flags, SQL Server datetimes, DocTime HHMM, no
    declared FKs); self-references and many-to-many links; every link column resolving; the dirty data the README lists;
    invariants (Shopware order totals = line items + shipping, price JSON = columns, VAT by channel, shipping rules,
    promotions inside their windows, states = the last transition of the history, documents for shipped and refunded
    orders, dated facts; SAP line and header arithmetic, trade prices, cancellation documents, payments and PaidToDate,
    credit memos within their invoices, quotations copied into invoices, branches trading on their opening days, dated
    facts);
  * questions: key order, ids, db paths, 40 per database, kinds.tsv and each kind's SQL shape, no duplicates, plain
    English (no underscores, camelCase, storage words, relative periods), years in the text covered by the SQL, a single
    read-only SELECT, no percentages, the conventions (live version, order states, children joined on the version,
    fixed translation languages on lindmayr; CANCELED filters on totara_paint; money questions naming the currency and
    VAT / GST), every SQL literal a stored value (or a LIKE pattern matching one);
  * results: non-empty, <= 20 rows, no NULL cell, no single-cell 0, at most 2 decimals, shares in (0, 1) with at most
    4 decimals, one row for single-value kinds, month / quarter / Monday-week labels, LIMIT only with ORDER BY,
    order_matters both ways, the same result twice, no tie at a LIMIT cut or in an ordered answer."""
import datetime as dt, json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
LM, TP = "lindmayr", "totara_paint"
LIVE = "0fa91ce3e96a4bc2be4bd9ce752c3425"
DE = "2fbb5fe2e29a4d70aa5854ce7ce3e20b"
KIND_MIX = {"count": 4, "total": 4, "average": 3, "breakdown": 5, "topn": 4, "attribute": 3, "list": 3, "negation": 3, "having": 3, "compare": 3, "share": 3, "distinct": 2}
MAX_ROWS = 20
FORBIDDEN = re.compile(r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|DETACH|PRAGMA|REPLACE\s+INTO|VACUUM|REINDEX|ANALYZE|BEGIN|COMMIT)\b", re.I)
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season)\b|\btoday\b|\byesterday\b|\bright now\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bago\b|\blately\b|\bnowadays\b|\byet\b|\bthese days\b", re.I)
STRUCTURE = re.compile(r"\b(columns?|schemas?|databases?|fields?|records?|rows?|tables?|sql|json|flags?|boolean|null|ids?|uuids?|entity|entities|attributes?|"
                       r"version|translations?|technical|state|timestamp|docentry|docnum|cardcode|itemcode|udf|sku|hex)\b", re.I)
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


def run_checks(con, dbn, checks):
    for label, sql, want in checks:
        try:
            got = one(con, sql)
        except sqlite3.Error as e:
            fail(f"{dbn}: {label}: {e}")
            continue
        if got != want:
            fail(f"{dbn}: {label} (got {got!r}, want {want!r})")


def check_links(con, dbn, links):
    for t, col, ref, rcol, cond in links:
        where = f"WHERE {cond} AND" if cond else "WHERE"
        if one(con, f"SELECT COUNT(*) FROM {qi(t)} x {where} NOT EXISTS (SELECT 1 FROM {qi(ref)} r WHERE r.{rcol} = x.{col})"):
            fail(f"{dbn}: {t}.{col} does not always resolve to {ref}")


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
    s = re.sub(r"'(?:[^']|'')*'", "''", sql)
    return re.sub(r'"[^"]*"', lambda m: "Q_" + re.sub(r"\W", "_", m.group(0)[1:-1]), s)


def table_refs(sql):
    return [t.strip('"') for t in re.findall(r'\b(?:FROM|JOIN)\s+("[^"]+"|\w+)', sql, re.I)]


def drop_subqueries(sql, word):
    """The SQL without its `word` (...) subqueries (e.g. NOT EXISTS)."""
    out, i = "", 0
    while True:
        m = re.search(word + r"\s*\(", sql[i:], re.I)
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


# ------------------------------------------------------------------ Lindmayr (Shopware 6)
SW_TABLES = ["locale", "language", "currency", "currency_translation", "country", "country_translation", "sales_channel_type", "sales_channel_type_translation",
             "sales_channel", "sales_channel_translation", "sales_channel_domain", "customer_group", "customer_group_translation", "salutation",
             "salutation_translation", "payment_method", "payment_method_translation", "shipping_method", "shipping_method_translation", "tax", "tax_rule",
             "product_manufacturer", "product_manufacturer_translation", "product", "product_translation", "property_group", "property_group_translation",
             "property_group_option", "property_group_option_translation", "product_option", "product_property", "category", "category_translation",
             "product_category", "product_review", "customer", "customer_address", "newsletter_recipient", "promotion", "promotion_translation",
             "promotion_discount", "state_machine", "state_machine_state", "state_machine_state_translation", "state_machine_history", "version", "order",
             "order_customer", "order_address", "order_delivery", "order_transaction", "order_line_item", "document_type", "document_type_translation", "document"]
VERSIONED = ["product_manufacturer", "product", "category", "order", "order_customer", "order_address", "order_delivery", "order_transaction", "order_line_item"]
AT_HOL = ("'2024-01-01','2024-01-06','2024-04-01','2024-05-01','2024-05-09','2024-05-20','2024-05-30','2024-08-15','2024-10-26','2024-11-01','2024-12-25','2024-12-26',"
          "'2025-01-01','2025-01-06','2025-04-21','2025-05-01','2025-05-29','2025-06-09','2025-06-19','2025-08-15','2025-10-26','2025-11-01','2025-12-25','2025-12-26'")
# Vienna local time of a UTC text column (CET / CEST by the EU rule for 2024 and 2025)
LOCAL = ("datetime({c}, CASE WHEN ({c} >= '2024-03-31 01:00' AND {c} < '2024-10-27 01:00') OR ({c} >= '2025-03-30 01:00' AND {c} < '2025-10-26 01:00') "
         "THEN '+2 hours' ELSE '+1 hours' END)")
O_OK = "o.version_id = '{L}' AND (SELECT technical_name FROM state_machine_state WHERE id = o.state_id) IN ('in_progress', 'completed')".format(L=LIVE)


def st(machine, name):
    return f"(SELECT s.id FROM state_machine_state s JOIN state_machine m ON m.id = s.state_machine_id WHERE m.technical_name = '{machine}' AND s.technical_name = '{name}')"


def chan(name):
    return f"(SELECT sales_channel_id FROM sales_channel_translation WHERE name = '{name}')"


def check_lm(con):
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    if tables != SW_TABLES:
        fail(f"{LM}: tables differ from the Shopware set: extra {sorted(set(tables) - set(SW_TABLES))}, missing {sorted(set(SW_TABLES) - set(tables))}")
    for t in tables:
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", t):
            fail(f"{LM}.{t}: not a snake_case Shopware table name")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        pk = [c[1] for c in sorted(cols, key=lambda c: c[5]) if c[5]]
        if not pk:
            fail(f"{LM}.{t}: no primary key")
        if t in VERSIONED and pk != ["id", "version_id"]:
            fail(f"{LM}.{t}: versioned entity without the (id, version_id) key ({pk})")
        if t.endswith("_translation") and "language_id" not in pk:
            fail(f"{LM}.{t}: translation not keyed by language")
        if con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall():
            fail(f"{LM}.{t}: declares a foreign key")
        for c in cols:
            n = c[1]
            if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", n):
                fail(f"{LM}.{t}.{n}: not a snake_case column")
            if (n == "id" or n.endswith("_id")) and c[2] == "CHAR(32)":
                bad = one(con, f"SELECT COUNT(*) FROM {qi(t)} WHERE {qi(n)} IS NOT NULL AND ({qi(n)} NOT GLOB '[0-9a-f]*' OR length({qi(n)}) <> 32 OR {qi(n)} GLOB '*[^0-9a-f]*')")
                if bad:
                    fail(f"{LM}.{t}.{n}: {bad} values are not 32-character lowercase hex")
            if n in ("created_at", "updated_at", "order_date_time", "confirmed_at", "valid_from", "valid_until", "first_login", "last_login", "release_date"):
                bad = one(con, f"SELECT COUNT(*) FROM {qi(t)} WHERE {qi(n)} IS NOT NULL AND {qi(n)} NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]'")
                if bad:
                    fail(f"{LM}.{t}.{n}: {bad} values are not DATETIME(3) text")
    # translations: every translation row's language exists; German names for every named thing
    for t in tables:
        if t.endswith("_translation"):
            if one(con, f"SELECT COUNT(*) FROM {qi(t)} WHERE language_id NOT IN (SELECT id FROM language)"):
                fail(f"{LM}.{t}: unknown language")
    links = [("language", "locale_id", "locale", "id", ""), ("country_translation", "country_id", "country", "id", ""),
             ("sales_channel", "type_id", "sales_channel_type", "id", ""), ("sales_channel", "customer_group_id", "customer_group", "id", ""),
             ("sales_channel", "payment_method_id", "payment_method", "id", ""), ("sales_channel", "shipping_method_id", "shipping_method", "id", ""),
             ("sales_channel", "country_id", "country", "id", ""), ("sales_channel", "navigation_category_id", "category", "id", ""),
             ("sales_channel_translation", "sales_channel_id", "sales_channel", "id", ""), ("sales_channel_domain", "sales_channel_id", "sales_channel", "id", ""),
             ("customer_group_translation", "customer_group_id", "customer_group", "id", ""), ("salutation_translation", "salutation_id", "salutation", "id", ""),
             ("payment_method_translation", "payment_method_id", "payment_method", "id", ""), ("shipping_method_translation", "shipping_method_id", "shipping_method", "id", ""),
             ("tax_rule", "tax_id", "tax", "id", ""), ("tax_rule", "country_id", "country", "id", ""),
             ("product_manufacturer_translation", "product_manufacturer_id", "product_manufacturer", "id", ""),
             ("product", "parent_id", "product", "id", "x.parent_id IS NOT NULL"), ("product", "product_manufacturer_id", "product_manufacturer", "id", "x.product_manufacturer_id IS NOT NULL"),
             ("product", "tax_id", "tax", "id", "x.tax_id IS NOT NULL"), ("product_translation", "product_id", "product", "id", ""),
             ("property_group_translation", "property_group_id", "property_group", "id", ""), ("property_group_option", "property_group_id", "property_group", "id", ""),
             ("property_group_option_translation", "property_group_option_id", "property_group_option", "id", ""),
             ("product_option", "product_id", "product", "id", ""), ("product_option", "property_group_option_id", "property_group_option", "id", ""),
             ("product_property", "product_id", "product", "id", ""), ("product_property", "property_group_option_id", "property_group_option", "id", ""),
             ("category", "parent_id", "category", "id", "x.parent_id IS NOT NULL"), ("category", "after_category_id", "category", "id", "x.after_category_id IS NOT NULL"),
             ("category_translation", "category_id", "category", "id", ""), ("product_category", "product_id", "product", "id", ""),
             ("product_category", "category_id", "category", "id", ""), ("product_review", "product_id", "product", "id", ""),
             ("product_review", "customer_id", "customer", "id", "x.customer_id IS NOT NULL"), ("product_review", "sales_channel_id", "sales_channel", "id", ""),
             ("customer", "customer_group_id", "customer_group", "id", ""), ("customer", "sales_channel_id", "sales_channel", "id", ""),
             ("customer", "default_billing_address_id", "customer_address", "id", ""), ("customer", "salutation_id", "salutation", "id", ""),
             ("customer", "last_payment_method_id", "payment_method", "id", "x.last_payment_method_id IS NOT NULL"), ("customer_address", "customer_id", "customer", "id", ""),
             ("customer_address", "country_id", "country", "id", ""), ("newsletter_recipient", "sales_channel_id", "sales_channel", "id", ""),
             ("promotion_translation", "promotion_id", "promotion", "id", ""), ("promotion_discount", "promotion_id", "promotion", "id", ""),
             ("state_machine_state", "state_machine_id", "state_machine", "id", ""), ("state_machine_state_translation", "state_machine_state_id", "state_machine_state", "id", ""),
             ("state_machine_history", "state_machine_id", "state_machine", "id", ""), ("state_machine_history", "from_state_id", "state_machine_state", "id", ""),
             ("state_machine_history", "to_state_id", "state_machine_state", "id", ""),
             ("order", "state_id", "state_machine_state", "id", ""), ("order", "sales_channel_id", "sales_channel", "id", ""), ("order", "currency_id", "currency", "id", ""),
             ("order", "language_id", "language", "id", ""), ("order_customer", "salutation_id", "salutation", "id", ""),
             ("order_customer", "customer_id", "customer", "id", "x.customer_id IS NOT NULL"), ("order_address", "country_id", "country", "id", ""),
             ("order_delivery", "state_id", "state_machine_state", "id", ""), ("order_delivery", "shipping_method_id", "shipping_method", "id", ""),
             ("order_transaction", "state_id", "state_machine_state", "id", ""), ("order_transaction", "payment_method_id", "payment_method", "id", ""),
             ("order_line_item", "product_id", "product", "id", "x.product_id IS NOT NULL"), ("order_line_item", "promotion_id", "promotion", "id", "x.promotion_id IS NOT NULL"),
             ("document", "document_type_id", "document_type", "id", ""), ("document", "referenced_document_id", "document", "id", "x.referenced_document_id IS NOT NULL"),
             ("document_type_translation", "document_type_id", "document_type", "id", ""), ("currency_translation", "currency_id", "currency", "id", ""),
             ("sales_channel_type_translation", "sales_channel_type_id", "sales_channel_type", "id", "")]
    check_links(con, LM, links)
    # version-pair links of the order's children
    for t, cols in (("order_customer", ("order_id", "order_version_id")), ("order_address", ("order_id", "order_version_id")), ("order_delivery", ("order_id", "order_version_id")),
                    ("order_transaction", ("order_id", "order_version_id")), ("order_line_item", ("order_id", "order_version_id")), ("document", ("order_id", "order_version_id"))):
        if one(con, f"SELECT COUNT(*) FROM {qi(t)} x WHERE NOT EXISTS (SELECT 1 FROM \"order\" o WHERE o.id = x.{cols[0]} AND o.version_id = x.{cols[1]})"):
            fail(f"{LM}: {t} does not always resolve to an order version")
        if t not in ("document",) and one(con, f"SELECT COUNT(*) FROM {qi(t)} WHERE version_id <> order_version_id"):
            fail(f"{LM}: {t} rows of one version point at another version of the order")
    if one(con, "SELECT COUNT(*) FROM \"order\" o WHERE NOT EXISTS (SELECT 1 FROM order_address a WHERE a.id = o.billing_address_id AND a.version_id = o.billing_address_version_id)"):
        fail(f"{LM}: billing addresses do not resolve")
    if one(con, "SELECT COUNT(*) FROM \"order\" o WHERE (SELECT COUNT(*) FROM order_customer c WHERE c.order_id = o.id AND c.order_version_id = o.version_id) <> 1 "
                "OR (SELECT COUNT(*) FROM order_transaction c WHERE c.order_id = o.id AND c.order_version_id = o.version_id) <> 1 "
                "OR (SELECT COUNT(*) FROM order_delivery c WHERE c.order_id = o.id AND c.order_version_id = o.version_id) <> 1"):
        fail(f"{LM}: an order without exactly one customer, payment and delivery")
    hist_ref = ("SELECT COUNT(*) FROM state_machine_history h WHERE NOT EXISTS (SELECT 1 FROM \"order\" o WHERE h.entity_name = 'order' AND o.id = h.referenced_id AND o.version_id = h.referenced_version_id) "
                "AND NOT EXISTS (SELECT 1 FROM order_transaction o WHERE h.entity_name = 'order_transaction' AND o.id = h.referenced_id AND o.version_id = h.referenced_version_id) "
                "AND NOT EXISTS (SELECT 1 FROM order_delivery o WHERE h.entity_name = 'order_delivery' AND o.id = h.referenced_id AND o.version_id = h.referenced_version_id)")
    L = LIVE
    LAST = ("(SELECT h.to_state_id FROM state_machine_history h WHERE h.referenced_id = x.id AND h.referenced_version_id = '{L}' AND h.entity_name = '{e}' "
            "ORDER BY h.created_at DESC LIMIT 1)")
    checks = [
        # style
        ("history rows resolve to an order, payment or delivery", hist_ref, 0),
        ("every product has a German name (variants inherit it)", f"SELECT COUNT(*) FROM product p WHERE p.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM product_translation t WHERE t.product_id = p.id AND t.language_id = '{DE}' AND t.name IS NOT NULL)", 0),
        ("variants have no own name, brand or categories", "SELECT COUNT(*) FROM product v WHERE v.parent_id IS NOT NULL AND (EXISTS (SELECT 1 FROM product_translation t WHERE t.product_id = v.id) "
         "OR v.product_manufacturer_id IS NOT NULL OR EXISTS (SELECT 1 FROM product_category c WHERE c.product_id = v.id) OR v.active IS NOT NULL)", 0),
        ("every variant has one size option", "SELECT COUNT(*) FROM product v WHERE v.parent_id IS NOT NULL AND (SELECT COUNT(*) FROM product_option o WHERE o.product_id = v.id) <> 1", 0),
        ("parents count their children", "SELECT COUNT(*) FROM product p WHERE p.parent_id IS NULL AND p.child_count <> (SELECT COUNT(*) FROM product v WHERE v.parent_id = p.id)", 0),
        ("English names missing for some products and categories", f"SELECT (SELECT COUNT(*) FROM product p WHERE p.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM product_translation t WHERE t.product_id = p.id AND t.language_id <> '{DE}')) > 5 "
         f"AND (SELECT COUNT(*) FROM category c WHERE NOT EXISTS (SELECT 1 FROM category_translation t WHERE t.category_id = c.id AND t.language_id <> '{DE}')) > 0", 1),
        ("prices are JSON keyed by the euro", "SELECT COUNT(*) FROM product WHERE price IS NULL OR json_extract(price, '$.cb7d2554b0ce847cd82f3ac9bd1c0dfca.gross') IS NULL", 0),
        ("category paths follow the parents", "SELECT COUNT(*) FROM category c JOIN category p ON p.id = c.parent_id WHERE c.path <> COALESCE(p.path, '|') || p.id || '|' OR c.level <> p.level + 1", 0),
        ("a self-reference: categories under a parent", "SELECT COUNT(*) > 5 FROM category c JOIN category p ON p.id = c.parent_id", 1),
        ("many-to-many: products in several categories", "SELECT COUNT(*) > 5 FROM (SELECT product_id FROM product_category GROUP BY 1 HAVING COUNT(*) > 1)", 1),
        ("order_date is the UTC date of order_date_time", "SELECT COUNT(*) FROM \"order\" WHERE order_date <> substr(order_date_time, 1, 10)", 0),
        ("no order between 22:30 and 07:00 Vienna time", f"SELECT COUNT(*) FROM \"order\" WHERE time({LOCAL.format(c='order_date_time')}) NOT BETWEEN '07:00:00' AND '22:30:00' "
         f"OR date({LOCAL.format(c='order_date_time')}) <> order_date", 0),
        ("nothing after 31 December 2025 (Vienna)", f"SELECT COUNT(*) FROM state_machine_history WHERE {LOCAL.format(c='created_at')} >= '2026-01-01'", 0),
        # versions
        ("eight draft versions, each one order copy", f"SELECT (SELECT COUNT(*) FROM version) = 8 AND (SELECT COUNT(*) FROM \"order\" WHERE version_id <> '{L}') = 8 "
         f"AND (SELECT COUNT(*) FROM \"order\" d WHERE d.version_id <> '{L}' AND d.version_id IN (SELECT id FROM version) AND EXISTS (SELECT 1 FROM \"order\" o WHERE o.id = d.id AND o.version_id = '{L}')) = 8", 1),
        ("draft copies differ from the live order", f"SELECT COUNT(*) FROM \"order\" d JOIN \"order\" o ON o.id = d.id AND o.version_id = '{L}' WHERE d.version_id <> '{L}' AND d.amount_total = o.amount_total", 0),
        # order arithmetic
        ("line total = unit price x quantity", "SELECT COUNT(*) FROM order_line_item WHERE ABS(total_price - ROUND(unit_price * quantity, 2)) > 0.005", 0),
        ("position price = line items", "SELECT COUNT(*) FROM \"order\" o WHERE ABS(o.position_price - (SELECT SUM(total_price) FROM order_line_item l WHERE l.order_id = o.id AND l.order_version_id = o.version_id)) > 0.005", 0),
        ("total = position price + shipping", "SELECT COUNT(*) FROM \"order\" WHERE ABS(amount_total - position_price - shipping_total) > 0.005", 0),
        ("price JSON = columns", "SELECT COUNT(*) FROM \"order\" WHERE json_extract(price, '$.totalPrice') <> amount_total OR json_extract(price, '$.netPrice') <> amount_net "
         "OR json_extract(price, '$.positionPrice') <> position_price OR json_extract(shipping_costs, '$.totalPrice') <> shipping_total", 0),
        ("VAT 19 % on lindmayr.de, 20 % elsewhere", f"SELECT COUNT(*) FROM \"order\" WHERE json_extract(price, '$.calculatedTaxes[0].taxRate') <> CASE WHEN sales_channel_id = {chan('lindmayr.de')} THEN 19 ELSE 20 END "
         "OR ABS(amount_total - amount_net - ROUND(amount_total * json_extract(price, '$.calculatedTaxes[0].taxRate') / (100 + json_extract(price, '$.calculatedTaxes[0].taxRate')), 2)) > 0.005", 0),
        ("payment amount = order total", "SELECT COUNT(*) FROM \"order\" o JOIN order_transaction t ON t.order_id = o.id AND t.order_version_id = o.version_id WHERE json_extract(t.amount, '$.totalPrice') <> o.amount_total", 0),
        ("gross prices, one currency", "SELECT COUNT(*) FROM \"order\" WHERE tax_status <> 'gross' OR currency_factor <> 1", 0),
        # shipping rules
        ("Austrian Post 4.90 EUR free from 50 EUR, 5.50 EUR free from 60 EUR in 2025", "SELECT COUNT(*) FROM \"order\" o JOIN order_delivery d ON d.order_id = o.id AND d.order_version_id = o.version_id "
         "JOIN shipping_method m ON m.id = d.shipping_method_id WHERE m.technical_name = 'post' AND o.shipping_total <> CASE WHEN o.order_date < '2025-01-01' THEN (CASE WHEN o.position_price >= 50 THEN 0 ELSE 4.9 END) "
         "ELSE (CASE WHEN o.position_price >= 60 THEN 0 ELSE 5.5 END) END", 0),
        ("DHL 5.90 EUR free from 69 EUR, express and DPD never free, pickups free", "SELECT COUNT(*) FROM \"order\" o JOIN order_delivery d ON d.order_id = o.id AND d.order_version_id = o.version_id "
         "JOIN shipping_method m ON m.id = d.shipping_method_id WHERE (m.technical_name = 'dhl' AND o.shipping_total <> CASE WHEN o.position_price >= 69 THEN 0 ELSE 5.9 END) "
         "OR (m.technical_name = 'dhl_express' AND o.shipping_total <> 12.9) OR (m.technical_name = 'dpd' AND o.shipping_total <> 9.9) OR (m.technical_name IN ('pickup', 'pos') AND o.shipping_total <> 0)", 0),
        ("shipping methods by channel", f"SELECT COUNT(*) FROM \"order\" o JOIN order_delivery d ON d.order_id = o.id AND d.order_version_id = o.version_id JOIN shipping_method m ON m.id = d.shipping_method_id "
         f"WHERE (o.sales_channel_id = {chan('lindmayr.de')} AND m.technical_name NOT IN ('dhl', 'dhl_express')) OR (o.sales_channel_id = {chan('lindmayr.at')} AND m.technical_name NOT IN ('post', 'dpd', 'pickup')) "
         f"OR (o.sales_channel_id = {chan('Boutique Wollzeile')} AND m.technical_name <> 'pos')", 0),
        # promotions
        ("code promotions only inside their validity", "SELECT COUNT(*) FROM order_line_item l JOIN \"order\" o ON o.id = l.order_id AND o.version_id = l.order_version_id JOIN promotion p ON p.id = l.promotion_id "
         "WHERE o.order_date < substr(p.valid_from, 1, 10) OR (p.valid_until IS NOT NULL AND o.order_date > substr(p.valid_until, 1, 10))", 0),
        ("percentage promotions = product lines x rate", "SELECT COUNT(*) FROM order_line_item l JOIN promotion_discount d ON d.promotion_id = l.promotion_id WHERE d.type = 'percentage' "
         "AND ABS(-l.total_price - ROUND((SELECT SUM(p.total_price) FROM order_line_item p WHERE p.order_id = l.order_id AND p.order_version_id = l.order_version_id AND p.type = 'product') * d.value / 100, 2)) > 0.005", 0),
        ("club and corporate discounts only for their groups", "SELECT COUNT(*) FROM order_line_item l JOIN promotion_translation pt ON pt.promotion_id = l.promotion_id "
         "JOIN order_customer oc ON oc.order_id = l.order_id AND oc.order_version_id = l.order_version_id JOIN customer c ON c.id = oc.customer_id "
         "JOIN customer_group_translation g ON g.customer_group_id = c.customer_group_id AND g.language_id = pt.language_id "
         "WHERE (pt.name LIKE 'Lindmayr Card%' AND g.name <> 'Lindmayr Card') OR (pt.name LIKE 'Firmenkunden%' AND g.name <> 'Firmenkunden')", 0),
        ("one promotion per order at most", "SELECT COUNT(*) FROM (SELECT order_id, order_version_id FROM order_line_item WHERE type = 'promotion' GROUP BY 1, 2 HAVING COUNT(*) > 1)", 0),
        # states and history
        ("order states = the last transition", f"SELECT COUNT(*) FROM \"order\" x WHERE x.version_id = '{L}' AND x.state_id <> COALESCE({LAST.format(L=L, e='order')}, {st('order.state', 'open')})", 0),
        ("payment states = the last transition", f"SELECT COUNT(*) FROM order_transaction x WHERE x.version_id = '{L}' AND x.state_id <> COALESCE({LAST.format(L=L, e='order_transaction')}, {st('order_transaction.state', 'open')})", 0),
        ("delivery states = the last transition", f"SELECT COUNT(*) FROM order_delivery x WHERE x.version_id = '{L}' AND x.state_id <> COALESCE({LAST.format(L=L, e='order_delivery')}, {st('order_delivery.state', 'open')})", 0),
        ("transitions chain from state to state and never before the order", "SELECT COUNT(*) FROM state_machine_history h JOIN state_machine_history g ON g.referenced_id = h.referenced_id "
         "AND g.entity_name = h.entity_name AND g.created_at > h.created_at AND NOT EXISTS (SELECT 1 FROM state_machine_history k WHERE k.referenced_id = h.referenced_id AND k.entity_name = h.entity_name "
         "AND k.created_at > h.created_at AND k.created_at < g.created_at) WHERE g.from_state_id <> h.to_state_id", 0),
        ("first transitions start from open and after the order", "SELECT COUNT(*) FROM state_machine_history h JOIN state_machine_state s ON s.id = h.from_state_id WHERE NOT EXISTS (SELECT 1 FROM state_machine_history k "
         "WHERE k.referenced_id = h.referenced_id AND k.entity_name = h.entity_name AND k.created_at < h.created_at) AND s.technical_name <> 'open'", 0),
        ("history after the order", "SELECT COUNT(*) FROM state_machine_history h JOIN \"order\" o ON o.version_id = h.referenced_version_id AND o.id = CASE h.entity_name WHEN 'order' THEN h.referenced_id "
         "WHEN 'order_transaction' THEN (SELECT order_id FROM order_transaction WHERE id = h.referenced_id) ELSE (SELECT order_id FROM order_delivery WHERE id = h.referenced_id) END WHERE h.created_at <= o.order_date_time", 0),
        ("completed orders shipped (or returned); cancelled ones never shipped", f"SELECT COUNT(*) FROM \"order\" o JOIN order_delivery d ON d.order_id = o.id AND d.order_version_id = o.version_id WHERE o.version_id = '{L}' "
         f"AND ((o.state_id = {st('order.state', 'completed')} AND d.state_id NOT IN ({st('order_delivery.state', 'shipped')}, {st('order_delivery.state', 'returned')})) "
         f"OR (o.state_id = {st('order.state', 'cancelled')} AND d.state_id <> {st('order_delivery.state', 'cancelled')}))", 0),
        ("counted orders are paid, authorized or on a corporate invoice", f"SELECT COUNT(*) FROM \"order\" o JOIN order_transaction t ON t.order_id = o.id AND t.order_version_id = o.version_id "
         f"JOIN payment_method_translation pm ON pm.payment_method_id = t.payment_method_id AND pm.language_id = '{DE}' WHERE {O_OK} AND NOT (t.state_id IN ({st('order_transaction.state', 'paid')}, "
         f"{st('order_transaction.state', 'authorized')}, {st('order_transaction.state', 'refunded')}) OR (t.state_id = {st('order_transaction.state', 'open')} AND pm.name = 'Rechnung (Firmenkunden)'))", 0),
        ("cancelled orders are never paid", f"SELECT COUNT(*) FROM \"order\" o JOIN order_transaction t ON t.order_id = o.id AND t.order_version_id = o.version_id WHERE o.version_id = '{L}' "
         f"AND o.state_id = {st('order.state', 'cancelled')} AND t.state_id NOT IN ({st('order_transaction.state', 'failed')}, {st('order_transaction.state', 'cancelled')}, {st('order_transaction.state', 'refunded')})", 0),
        ("returned deliveries are refunded, refunds come from returns or withdrawals", f"SELECT COUNT(*) FROM \"order\" o JOIN order_transaction t ON t.order_id = o.id AND t.order_version_id = o.version_id "
         f"JOIN order_delivery d ON d.order_id = o.id AND d.order_version_id = o.version_id WHERE o.version_id = '{L}' AND ((d.state_id = {st('order_delivery.state', 'returned')}) "
         f"<> (t.state_id = {st('order_transaction.state', 'refunded')} AND o.state_id = {st('order.state', 'completed')}))", 0),
        ("an invoice for every shipped web order, a credit note for every return", f"SELECT COUNT(*) FROM \"order\" o JOIN order_delivery d ON d.order_id = o.id AND d.order_version_id = o.version_id "
         f"WHERE o.version_id = '{L}' AND o.sales_channel_id <> {chan('Boutique Wollzeile')} AND ((d.state_id IN ({st('order_delivery.state', 'shipped')}, {st('order_delivery.state', 'returned')})) "
         f"<> EXISTS (SELECT 1 FROM document x JOIN document_type y ON y.id = x.document_type_id WHERE x.order_id = o.id AND x.order_version_id = o.version_id AND y.technical_name = 'invoice') "
         f"OR (d.state_id = {st('order_delivery.state', 'returned')}) <> EXISTS (SELECT 1 FROM document x JOIN document_type y ON y.id = x.document_type_id WHERE x.order_id = o.id AND y.technical_name = 'credit_note'))", 0),
        ("the boutique sells on the spot", f"SELECT COUNT(*) FROM \"order\" o WHERE o.version_id = '{L}' AND o.sales_channel_id = {chan('Boutique Wollzeile')} AND o.state_id <> {st('order.state', 'completed')}", 0),
        ("customers' order counts = their live orders not cancelled", f"SELECT COUNT(*) FROM customer c WHERE c.order_count <> (SELECT COUNT(*) FROM order_customer oc JOIN \"order\" o ON o.id = oc.order_id "
         f"AND o.version_id = oc.order_version_id WHERE oc.customer_id = c.id AND o.version_id = '{L}' AND o.state_id <> {st('order.state', 'cancelled')})", 0),
        # dated facts
        ("lindmayr.de sells from 8 April 2024 (test orders on 5 April, cancelled)", f"SELECT COUNT(*) FROM \"order\" o JOIN order_customer oc ON oc.order_id = o.id AND oc.order_version_id = o.version_id "
         f"WHERE o.sales_channel_id = {chan('lindmayr.de')} AND o.order_date < '2024-04-08' AND NOT (oc.email = 'test@lindmayr.at' AND o.state_id = {st('order.state', 'cancelled')})", 0),
        ("the test orders", "SELECT COUNT(*) FROM order_customer WHERE email = 'test@lindmayr.at'", 3),
        ("Apple Pay from 6 May 2025", "SELECT COUNT(*) FROM order_transaction t JOIN \"order\" o ON o.id = t.order_id AND o.version_id = t.order_version_id JOIN payment_method_translation p ON p.payment_method_id = t.payment_method_id "
         f"AND p.language_id = '{DE}' WHERE p.name = 'Apple Pay' AND o.order_date < '2025-05-06'", 0),
        ("boutique orders only on its opening days (8 December open, renovation 13-25 January 2025 shut)", f"SELECT COUNT(*) FROM \"order\" o WHERE o.sales_channel_id = {chan('Boutique Wollzeile')} "
         f"AND (strftime('%w', o.order_date) = '0' OR o.order_date IN ({AT_HOL}) OR o.order_date BETWEEN '2025-01-13' AND '2025-01-25')", 0),
        ("collections only on boutique days", "SELECT COUNT(*) FROM state_machine_history h JOIN order_delivery d ON d.id = h.referenced_id JOIN shipping_method m ON m.id = d.shipping_method_id "
         f"JOIN state_machine_state s ON s.id = h.to_state_id WHERE h.entity_name = 'order_delivery' AND s.technical_name = 'shipped' AND m.technical_name = 'pickup' AND (strftime('%w', {LOCAL.format(c='h.created_at')}) = '0' OR date({LOCAL.format(c='h.created_at')}) IN ({AT_HOL}) "
         f"OR date({LOCAL.format(c='h.created_at')}) BETWEEN '2025-01-13' AND '2025-01-25')", 0),
        ("parcels shipped only on warehouse days", "SELECT COUNT(*) FROM state_machine_history h JOIN order_delivery d ON d.id = h.referenced_id JOIN shipping_method m ON m.id = d.shipping_method_id "
         f"JOIN state_machine_state s ON s.id = h.to_state_id WHERE h.entity_name = 'order_delivery' AND s.technical_name = 'shipped' AND m.technical_name IN ('post', 'dpd', 'dhl', 'dhl_express') "
         f"AND (strftime('%w', {LOCAL.format(c='h.created_at')}) IN ('0', '6') OR date({LOCAL.format(c='h.created_at')}) IN ({AT_HOL}, '2024-12-08', '2025-12-08'))", 0),
        ("the house fragrance renamed on 1 March 2025 (lines keep the old label)", "SELECT COUNT(*) FROM order_line_item l JOIN \"order\" o ON o.id = l.order_id AND o.version_id = l.order_version_id "
         "WHERE json_extract(l.payload, '$.productNumber') LIKE 'LIN-RING%' AND l.label <> CASE WHEN o.order_date < '2025-03-01' THEN 'Ringstraße Nr. 1' ELSE 'Ringstraße Homme Eau de Parfum' END", 0),
        ("both names of the house fragrance sold", "SELECT COUNT(DISTINCT label) FROM order_line_item WHERE json_extract(payload, '$.productNumber') LIKE 'LIN-RING%'", 2),
        ("Chanel up 5 % on 1 March 2025", "SELECT COUNT(DISTINCT l.unit_price) FROM order_line_item l WHERE json_extract(l.payload, '$.productNumber') = 'CHA-BLEU-100'", 2),
        ("Creed at -20 % from 15 May 2025 and gone from 1 July 2025", "SELECT COUNT(*) FROM order_line_item l JOIN \"order\" o ON o.id = l.order_id AND o.version_id = l.order_version_id "
         "WHERE json_extract(l.payload, '$.productNumber') LIKE 'CRE-AVEN%' AND (o.order_date >= '2025-07-01' OR (o.order_date >= '2025-05-15') <> (l.unit_price IN (200.0, 284.0)))", 0),
        ("nothing sold before it was added, gift sets only in their season", "SELECT COUNT(*) FROM order_line_item l JOIN \"order\" o ON o.id = l.order_id AND o.version_id = l.order_version_id "
         "JOIN product v ON v.id = l.product_id JOIN product p ON p.id = COALESCE(v.parent_id, v.id) WHERE substr(o.order_date_time, 1, 10) < substr(p.created_at, 1, 10) "
         "OR (p.product_number LIKE '%SET24' AND o.order_date NOT BETWEEN '2024-11-01' AND '2024-12-31') OR (p.product_number LIKE '%SET25' AND o.order_date NOT BETWEEN '2025-11-01' AND '2025-12-31')", 0),
        # dirty data
        ("guest checkouts make a new customer each time; e-mails repeat", "SELECT (SELECT COUNT(*) FROM (SELECT LOWER(email) FROM customer WHERE guest = 1 GROUP BY 1 HAVING COUNT(*) > 1)) > 50", 1),
        ("e-mails differing only in case", "SELECT COUNT(*) > 5 FROM (SELECT LOWER(email) FROM customer GROUP BY 1 HAVING COUNT(DISTINCT email) > 1)", 1),
        ("names in capitals, lower case and with a trailing space", "SELECT (SELECT COUNT(*) FROM customer WHERE last_name = UPPER(last_name) AND last_name GLOB '*[A-Z][A-Z]*') > 0 "
         "AND (SELECT COUNT(*) FROM customer WHERE first_name = LOWER(first_name)) > 0 AND (SELECT COUNT(*) FROM customer WHERE first_name <> TRIM(first_name) OR last_name <> TRIM(last_name)) > 0", 1),
        ("Wien typed several ways", "SELECT COUNT(DISTINCT city) >= 6 FROM customer_address WHERE LOWER(TRIM(city)) IN ('wien', 'vienna') OR city GLOB 'Wien [0-9]*'", 1),
        ("München typed several ways", "SELECT COUNT(DISTINCT city) >= 4 FROM order_address WHERE city IN ('München', 'Muenchen', 'Munchen', 'Munich', 'MÜNCHEN')", 1),
        ("deleted accounts: orders keep the e-mail without the customer", "SELECT COUNT(DISTINCT email) > 10 FROM order_customer WHERE customer_id IS NULL", 1),
        ("gift wrapping as a custom line item", "SELECT COUNT(*) > 100 FROM order_line_item WHERE type = 'custom' AND product_id IS NULL", 1),
        ("anonymous boutique sales on one customer", "SELECT COUNT(*) > 500 FROM order_customer WHERE email = 'boutique@lindmayr.at'", 1),
        ("two products never sold", "SELECT COUNT(*) FROM product p WHERE p.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM order_line_item l JOIN product v ON v.id = l.product_id WHERE COALESCE(v.parent_id, v.id) = p.id)", 2),
        ("a corporate account without orders", "SELECT COUNT(*) FROM customer c JOIN customer_group_translation g ON g.customer_group_id = c.customer_group_id WHERE g.name = 'Firmenkunden' "
         "AND NOT EXISTS (SELECT 1 FROM order_customer oc WHERE oc.customer_id = c.id) AND c.created_at >= '2025-10-01'", 1),
        ("orders still waiting for a prepayment", f"SELECT COUNT(*) > 0 FROM \"order\" o WHERE o.version_id = '{L}' AND o.state_id = {st('order.state', 'open')}", 1),
    ]
    run_checks(con, LM, checks)


# ------------------------------------------------------------------ Tōtara Paint & Decor (SAP Business One)
SAP_TABLES = ["OADM", "OBPL", "OWHS", "NNM1", "OSLP", "OCRG", "OCTG", "OPLN", "OMRC", "OITB", "OVTG", "OSHP", "CUFD", "UFD1", "OITM", "ITM1", "OITW", "OCRD", "CRD1",
              "OQUT", "QUT1", "OINV", "INV1", "ORIN", "RIN1", "ORCT", "RCT2"]
NZ_HOL = ("'2024-01-01','2024-01-02','2024-02-06','2024-03-29','2024-04-01','2024-04-25','2024-06-03','2024-06-28','2024-10-28','2024-12-25','2024-12-26',"
          "'2025-01-01','2025-01-02','2025-02-06','2025-04-18','2025-04-21','2025-04-25','2025-06-02','2025-06-20','2025-10-27','2025-12-25','2025-12-26'")
SAP_OPEN = ("(strftime('%w', {d}) <> '0' AND date({d}) NOT IN (" + NZ_HOL + ") AND CASE {b} WHEN 5 THEN date({d}) >= '2025-03-03' "
            "ELSE date({d}) NOT IN ('2024-01-29', '2025-01-27') AND NOT ({b} = 3 AND date({d}) BETWEEN '2024-10-10' AND '2024-10-12') END)")


def check_tp(con):
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    if tables != SAP_TABLES:
        fail(f"{TP}: tables {tables} != the SAP Business One set")
    for t in tables:
        if not re.fullmatch(r"O[A-Z]{3}|[A-Z]{3}[0-9]|[A-Z]{4}", t):
            fail(f"{TP}.{t}: not an SAP object or line table name")
        if con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall():
            fail(f"{TP}.{t}: declares a foreign key")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        if not any(c[5] for c in cols):
            fail(f"{TP}.{t}: no primary key")
        for c in cols:
            n = c[1]
            if not (re.fullmatch(r"[A-Z][A-Za-z0-9]*", n) or re.fullmatch(r"U_[A-Z][A-Za-z]*", n) or n in ("E_Mail", "BASE_NUM", "CANCELED", "validFor", "frozenFor", "frozenFrom",
                                                                                                                  "BPLid", "unitMsr")):
                fail(f"{TP}.{t}.{n}: not an SAP column name")
            if re.search(r"(Date|From|Opened)$", n) and "datetime" in c[2]:
                bad = one(con, f"SELECT COUNT(*) FROM {qi(t)} WHERE {qi(n)} IS NOT NULL AND {qi(n)} NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9] 00:00:00.000'")
                if bad:
                    fail(f"{TP}.{t}.{n}: {bad} values are not SQL Server datetimes")
    links = [("OWHS", "BPLid", "OBPL", "BPLId", ""), ("OSLP", "U_Branch", "OBPL", "BPLId", "x.U_Branch IS NOT NULL"), ("OITM", "ItmsGrpCod", "OITB", "ItmsGrpCod", ""),
             ("OITM", "FirmCode", "OMRC", "FirmCode", ""), ("OITM", "CardCode", "OCRD", "CardCode", "x.CardCode IS NOT NULL"), ("OITM", "VatGourpSa", "OVTG", "Code", ""),
             ("ITM1", "ItemCode", "OITM", "ItemCode", ""), ("ITM1", "PriceList", "OPLN", "ListNum", ""), ("OITW", "ItemCode", "OITM", "ItemCode", ""),
             ("OITW", "WhsCode", "OWHS", "WhsCode", ""), ("OCRD", "GroupCode", "OCRG", "GroupCode", ""), ("OCRD", "GroupNum", "OCTG", "GroupNum", ""),
             ("OCRD", "ListNum", "OPLN", "ListNum", ""), ("OCRD", "SlpCode", "OSLP", "SlpCode", ""), ("OCRD", "FatherCard", "OCRD", "CardCode", "x.FatherCard IS NOT NULL"),
             ("OCRD", "DflBranch", "OBPL", "BPLId", ""), ("CRD1", "CardCode", "OCRD", "CardCode", ""),
             ("OQUT", "CardCode", "OCRD", "CardCode", ""), ("OQUT", "SlpCode", "OSLP", "SlpCode", ""), ("OQUT", "BPLId", "OBPL", "BPLId", ""), ("OQUT", "Series", "NNM1", "Series", ""),
             ("QUT1", "DocEntry", "OQUT", "DocEntry", ""), ("QUT1", "ItemCode", "OITM", "ItemCode", ""), ("QUT1", "TrgetEntry", "OINV", "DocEntry", "x.TrgetEntry IS NOT NULL"),
             ("OINV", "CardCode", "OCRD", "CardCode", ""), ("OINV", "SlpCode", "OSLP", "SlpCode", ""), ("OINV", "BPLId", "OBPL", "BPLId", ""), ("OINV", "Series", "NNM1", "Series", ""),
             ("OINV", "GroupNum", "OCTG", "GroupNum", ""), ("OINV", "TrnspCode", "OSHP", "TrnspCode", ""), ("INV1", "DocEntry", "OINV", "DocEntry", ""),
             ("INV1", "ItemCode", "OITM", "ItemCode", ""), ("INV1", "WhsCode", "OWHS", "WhsCode", ""), ("INV1", "VatGroup", "OVTG", "Code", ""),
             ("INV1", "BaseEntry", "OQUT", "DocEntry", "x.BaseType = 23"), ("INV1", "BaseEntry", "OINV", "DocEntry", "x.BaseType = 13"),
             ("ORIN", "CardCode", "OCRD", "CardCode", ""), ("ORIN", "BPLId", "OBPL", "BPLId", ""), ("ORIN", "Series", "NNM1", "Series", ""), ("RIN1", "DocEntry", "ORIN", "DocEntry", ""),
             ("RIN1", "ItemCode", "OITM", "ItemCode", ""), ("RIN1", "BaseEntry", "OINV", "DocEntry", ""), ("ORCT", "CardCode", "OCRD", "CardCode", ""), ("ORCT", "BPLId", "OBPL", "BPLId", ""),
             ("RCT2", "DocNum", "ORCT", "DocEntry", ""), ("RCT2", "DocEntry", "OINV", "DocEntry", "")]
    check_links(con, TP, links)
    for tab, fid, col in (("OCRD", 0, "U_Source"), ("OITM", 1, "U_Finish"), ("OITM", 2, "U_Tintable"), ("ORIN", 0, "U_ReturnReason")):
        if one(con, f"SELECT COUNT(*) FROM {tab} x WHERE x.{col} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM UFD1 u WHERE u.TableID = '{tab}' AND u.FieldID = {fid} AND u.FldValue = x.{col})"):
            fail(f"{TP}: {tab}.{col} holds values that are not valid values in UFD1")
    OPEN_DOC = SAP_OPEN.format(d="x.DocDate", b="x.BPLId")
    checks = [
        # style
        ("Y / N flags", "SELECT COUNT(*) FROM (SELECT validFor v FROM OCRD UNION ALL SELECT frozenFor FROM OCRD UNION ALL SELECT InvntItem FROM OITM UNION ALL SELECT validFor FROM OITM "
         "UNION ALL SELECT frozenFor FROM OITM UNION ALL SELECT Active FROM OSLP UNION ALL SELECT Canceled FROM ORCT UNION ALL SELECT IsGrossPrc FROM OPLN) WHERE v NOT IN ('Y', 'N')", 0),
        ("CANCELED N / Y / C and DocStatus O / C", "SELECT COUNT(*) FROM (SELECT CANCELED c, DocStatus s FROM OINV UNION ALL SELECT CANCELED, DocStatus FROM ORIN UNION ALL SELECT CANCELED, DocStatus FROM OQUT) "
         "WHERE c NOT IN ('N', 'Y', 'C') OR s NOT IN ('O', 'C')", 0),
        ("DocTime is HHMM in trading hours", "SELECT COUNT(*) FROM (SELECT DocTime t FROM OINV UNION ALL SELECT DocTime FROM ORIN UNION ALL SELECT DocTime FROM OQUT) WHERE t < 700 OR t > 1659 OR t % 100 > 59", 0),
        ("SAP's default rows", "SELECT (SELECT SlpName FROM OSLP WHERE SlpCode = -1) = '-No Sales Employee-' AND (SELECT FirmName FROM OMRC WHERE FirmCode = -1) = '- No Manufacturer -'", 1),
        ("object types", "SELECT COUNT(*) FROM (SELECT ObjType o, '13' w FROM OINV UNION ALL SELECT ObjType, '14' FROM ORIN UNION ALL SELECT ObjType, '23' FROM OQUT) WHERE o <> w", 0),
        ("a self-reference: branch accounts under a parent", "SELECT COUNT(*) >= 8 FROM OCRD c JOIN OCRD p ON p.CardCode = c.FatherCard", 1),
        ("many-to-many: invoices and items through lines", "SELECT COUNT(*) > 40 FROM (SELECT ItemCode FROM INV1 GROUP BY 1 HAVING COUNT(DISTINCT DocEntry) > 10)", 1),
        ("DocNum inside the document's series, unique per series", "SELECT COUNT(*) FROM (SELECT Series, DocNum FROM OINV GROUP BY 1, 2 HAVING COUNT(*) > 1)", 0),
        ("DocEntry in the order documents were added", "SELECT COUNT(*) FROM OINV a JOIN OINV b ON b.DocEntry = a.DocEntry + 1 WHERE b.DocDate < a.DocDate", 0),
        # arithmetic
        ("line GTotal = LineTotal + VatSum, GST 15 %", "SELECT COUNT(*) FROM (SELECT LineTotal lt, VatSum v, GTotal g FROM INV1 UNION ALL SELECT LineTotal, VatSum, GTotal FROM RIN1 UNION ALL SELECT LineTotal, VatSum, GTotal FROM QUT1) "
         "WHERE ABS(g - lt - v) > 0.005 OR ABS(v - lt * 0.15) > 0.011", 0),
        ("net lines: LineTotal = Price x Quantity; gross lines: GTotal = PriceAfVAT x Quantity", "SELECT COUNT(*) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry JOIN OCRD c ON c.CardCode = i.CardCode "
         "WHERE CASE WHEN c.ListNum = 1 THEN ABS(l.GTotal - ROUND(l.PriceAfVAT * l.Quantity, 2)) ELSE ABS(l.LineTotal - ROUND(l.Price * l.Quantity, 2)) END > 0.005", 0),
        ("line price = price before discount less the discount", "SELECT COUNT(*) FROM INV1 WHERE ABS(Price - PriceBefDi * (1 - DiscPrcnt / 100.0)) > 0.006", 0),
        ("header: DocTotal = lines + rounding, VatSum = lines", "SELECT COUNT(*) FROM OINV i WHERE ABS(i.DocTotal - i.RoundDif - (SELECT SUM(GTotal) FROM INV1 l WHERE l.DocEntry = i.DocEntry)) > 0.005 "
         "OR ABS(i.VatSum - (SELECT SUM(VatSum) FROM INV1 l WHERE l.DocEntry = i.DocEntry)) > 0.005", 0),
        ("credit memo and quote headers = lines", "SELECT (SELECT COUNT(*) FROM ORIN r WHERE ABS(r.DocTotal - (SELECT SUM(GTotal) FROM RIN1 l WHERE l.DocEntry = r.DocEntry)) > 0.005) "
         "+ (SELECT COUNT(*) FROM OQUT q WHERE ABS(q.DocTotal - (SELECT SUM(GTotal) FROM QUT1 l WHERE l.DocEntry = q.DocEntry)) > 0.005)", 0),
        ("10-cent cash rounding only on cash payments", "SELECT COUNT(*) FROM OINV i WHERE i.RoundDif <> 0 AND (ABS(i.RoundDif) > 0.05 OR ABS(i.DocTotal * 10 - ROUND(i.DocTotal * 10)) > 0.0001 "
         "OR NOT EXISTS (SELECT 1 FROM RCT2 a JOIN ORCT p ON p.DocEntry = a.DocNum WHERE a.DocEntry = i.DocEntry AND p.CashSum > 0) AND i.CANCELED = 'N')", 0),
        ("trade lines at the trade list price of the day less the customer's discount", "SELECT COUNT(*) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry JOIN OCRD c ON c.CardCode = i.CardCode "
         "JOIN OITM t ON t.ItemCode = l.ItemCode WHERE l.BaseType = -1 AND i.CANCELED = 'N' AND c.ListNum IN (2, 3) AND t.ItmsGrpCod <> 115 AND i.BPLId <> 5 "
         "AND ABS(l.PriceBefDi - ROUND((SELECT p.Price FROM ITM1 p WHERE p.ItemCode = l.ItemCode AND p.PriceList = 1) / 1.15 * CASE WHEN t.U_Litres IS NOT NULL THEN (CASE c.ListNum WHEN 2 THEN 0.75 ELSE 0.70 END) "
         "ELSE (CASE c.ListNum WHEN 2 THEN 0.85 ELSE 0.80 END) END, 2)) > 0.005 AND NOT (t.U_Litres IS NOT NULL AND i.DocDate < '2025-02-01') OR (l.BaseType = -1 AND c.ListNum IN (2, 3) AND ABS(l.DiscPrcnt - c.Discount) > 0.001 "
         "AND t.ItmsGrpCod <> 115 AND NOT (i.BPLId = 5 AND date(i.DocDate) BETWEEN '2025-03-03' AND '2025-03-08'))", 0),
        ("the 4.5 % paint price rise of 1 February 2025", "SELECT COUNT(DISTINCT l.PriceAfVAT) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.ItemCode = 'RES-LUMB-10' AND i.CardCode LIKE 'CASH-%' AND l.DiscPrcnt = 0", 2),
        ("due dates follow the payment terms", "SELECT COUNT(*) FROM OINV i WHERE i.CANCELED = 'N' AND date(i.DocDueDate) <> CASE i.GroupNum WHEN 3 THEN date(i.DocDate, 'start of month', '+1 month', '+19 days') "
         "WHEN 2 THEN date(i.DocDate, '+7 days') WHEN 4 THEN date(i.DocDate, '+30 days') ELSE date(i.DocDate) END", 0),
        # cancellations, payments, credits, quotes
        ("every cancelled invoice has one cancellation document with the same totals and lines", "SELECT COUNT(*) FROM OINV i WHERE i.CANCELED = 'Y' AND (SELECT COUNT(*) FROM OINV c WHERE c.CANCELED = 'C' "
         "AND c.DocTotal = i.DocTotal AND c.CardCode = i.CardCode AND c.DocDate >= i.DocDate AND (SELECT COUNT(*) FROM INV1 l WHERE l.DocEntry = c.DocEntry AND l.BaseType = 13 AND l.BaseEntry = i.DocEntry) "
         "= (SELECT COUNT(*) FROM INV1 l WHERE l.DocEntry = i.DocEntry)) <> 1", 0),
        ("as many cancellation documents as cancelled invoices, neither paid", "SELECT (SELECT COUNT(*) FROM OINV WHERE CANCELED = 'Y') = (SELECT COUNT(*) FROM OINV WHERE CANCELED = 'C') "
         "AND (SELECT COUNT(*) FROM OINV WHERE CANCELED <> 'N' AND (PaidToDate <> 0 OR DocStatus <> 'C' OR EXISTS (SELECT 1 FROM RCT2 a WHERE a.DocEntry = OINV.DocEntry))) = 0", 1),
        ("payments: total = applied = cash + card + transfer", "SELECT COUNT(*) FROM ORCT p WHERE ABS(p.DocTotal - p.CashSum - p.CreditSum - p.TrsfrSum) > 0.005 "
         "OR (p.Canceled = 'N' AND ABS(p.DocTotal - (SELECT SUM(SumApplied) FROM RCT2 a WHERE a.DocNum = p.DocEntry)) > 0.005)", 0),
        ("PaidToDate = payments (+ credit memos on account invoices); closed exactly when paid", "SELECT COUNT(*) FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE i.CANCELED = 'N' AND "
         "(ABS(i.PaidToDate - COALESCE((SELECT SUM(a.SumApplied) FROM RCT2 a JOIN ORCT p ON p.DocEntry = a.DocNum WHERE a.DocEntry = i.DocEntry AND p.Canceled = 'N'), 0) "
         "- CASE WHEN c.GroupCode = 104 THEN 0 ELSE COALESCE((SELECT SUM(r.DocTotal) FROM ORIN r WHERE r.CANCELED = 'N' AND EXISTS (SELECT 1 FROM RIN1 x WHERE x.DocEntry = r.DocEntry AND x.BaseEntry = i.DocEntry)), 0) END) > 0.005 "
         "OR (i.DocStatus = 'C') <> (ABS(i.PaidToDate - i.DocTotal) < 0.005))", 0),
        ("cash sales paid on the day", "SELECT COUNT(*) FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE c.GroupCode = 104 AND i.CANCELED = 'N' AND NOT EXISTS (SELECT 1 FROM RCT2 a "
         "JOIN ORCT p ON p.DocEntry = a.DocNum WHERE a.DocEntry = i.DocEntry AND p.DocDate = i.DocDate AND p.TrsfrSum = 0)", 0),
        ("payments never before the invoice, never after 2025", "SELECT COUNT(*) FROM RCT2 a JOIN ORCT p ON p.DocEntry = a.DocNum JOIN OINV i ON i.DocEntry = a.DocEntry WHERE p.DocDate < i.DocDate OR p.DocDate >= '2026-01-01'", 0),
        ("parent accounts pay for their branches", "SELECT COUNT(*) > 10 FROM ORCT p JOIN RCT2 a ON a.DocNum = p.DocEntry JOIN OINV i ON i.DocEntry = a.DocEntry JOIN OCRD c ON c.CardCode = i.CardCode WHERE c.FatherCard = p.CardCode", 1),
        ("credit memo lines within their invoice lines, after the invoice", "SELECT COUNT(*) FROM RIN1 r JOIN ORIN h ON h.DocEntry = r.DocEntry JOIN INV1 l ON l.DocEntry = r.BaseEntry AND l.LineNum = r.BaseLine "
         "JOIN OINV i ON i.DocEntry = l.DocEntry WHERE r.Quantity > l.Quantity OR r.ItemCode <> l.ItemCode OR h.DocDate < i.DocDate OR i.CANCELED <> 'N' OR h.CardCode <> i.CardCode", 0),
        ("quotation lines copied into invoices, converted quotations closed", "SELECT COUNT(*) FROM INV1 l JOIN QUT1 q ON q.DocEntry = l.BaseEntry AND q.LineNum = l.BaseLine WHERE l.BaseType = 23 "
         "AND (q.ItemCode <> l.ItemCode OR q.Quantity <> l.Quantity OR q.TrgetEntry <> l.DocEntry OR q.LineStatus <> 'C' OR (SELECT DocStatus FROM OQUT WHERE DocEntry = q.DocEntry) <> 'C')", 0),
        ("invoices after their quotation", "SELECT COUNT(*) FROM INV1 l JOIN OQUT q ON q.DocEntry = l.BaseEntry JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.BaseType = 23 AND i.DocDate <= q.DocDate", 0),
        ("balances = open amounts", "SELECT COUNT(*) FROM OCRD c WHERE ABS(c.Balance - COALESCE((SELECT SUM(i.DocTotal - i.PaidToDate) FROM OINV i WHERE i.CardCode = c.CardCode AND i.CANCELED = 'N'), 0)) > 0.005", 0),
        # dated facts and opening days
        ("documents only on the branch's opening days", f"SELECT (SELECT COUNT(*) FROM OINV x WHERE NOT {OPEN_DOC}) + (SELECT COUNT(*) FROM ORIN x WHERE NOT {OPEN_DOC}) "
         f"+ (SELECT COUNT(*) FROM OQUT x WHERE NOT {OPEN_DOC})", 0),
        ("Hamilton keeps its old name on documents before the move", "SELECT COUNT(*) FROM (SELECT BPLId, BPLName, DocDate FROM OINV UNION ALL SELECT BPLId, BPLName, DocDate FROM ORIN "
         "UNION ALL SELECT BPLId, BPLName, DocDate FROM OQUT) WHERE BPLId = 3 AND BPLName <> CASE WHEN DocDate < '2024-10-14' THEN 'Hamilton' ELSE 'Hamilton (Te Rapa)' END", 0),
        ("other branches' documents carry the branch name", "SELECT COUNT(*) FROM OINV i JOIN OBPL b ON b.BPLId = i.BPLId WHERE i.BPLId <> 3 AND i.BPLName <> b.BPLName", 0),
        ("Petone's opening week at 15 % off for walk-in customers", "SELECT COUNT(*) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry JOIN OITM t ON t.ItemCode = l.ItemCode WHERE i.BPLId = 5 "
         "AND i.CardCode = 'CASH-PET' AND t.ItmsGrpCod <> 115 AND (date(i.DocDate) BETWEEN '2025-03-03' AND '2025-03-08') <> (l.DiscPrcnt = 15)", 0),
        ("the renamed item: old description before 1 July 2024, new after", "SELECT COUNT(*) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.ItemCode LIKE 'TPD-ACR-%' AND l.BaseType <> 23 "
         "AND (l.Dscription LIKE 'Tōtara Trade Acrylic%') <> (i.DocDate < '2024-07-01')", 0),
        ("the duplicate brush code only at Petone from 12 May 2025", "SELECT (SELECT COUNT(*) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.ItemCode = 'PURDY-XLGLIDE-63' AND (i.BPLId <> 5 OR i.DocDate < '2025-05-12')) = 0 "
         "AND (SELECT COUNT(*) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.ItemCode = 'PUR-XLG-63' AND i.BPLId = 5 AND i.DocDate >= '2025-05-12' AND l.BaseType = -1) = 0", 1),
        ("discontinued Wattyl i.d not sold after 31 March 2025", "SELECT COUNT(*) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.ItemCode LIKE 'WAT-IDAD-%' AND i.DocDate >= '2025-04-01' AND l.BaseType = -1", 0),
        ("nothing sold before the item was created", "SELECT COUNT(*) FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry JOIN OITM t ON t.ItemCode = l.ItemCode WHERE i.DocDate < t.CreateDate", 0),
        ("the rep who left: his code only until 30 May 2025, his customers moved", "SELECT (SELECT COUNT(*) FROM OINV WHERE SlpCode = 8 AND DocDate >= '2025-05-31' AND CANCELED <> 'C') = 0 AND (SELECT COUNT(*) FROM OCRD WHERE SlpCode = 8) = 0 "
         "AND (SELECT COUNT(*) FROM OINV WHERE SlpCode = 8) > 0 AND (SELECT Active FROM OSLP WHERE SlpCode = 8) = 'N'", 1),
        ("customers only invoiced after their account was opened and before it was frozen", "SELECT COUNT(*) FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE i.DocDate < c.CreateDate "
         "OR (c.frozenFrom IS NOT NULL AND i.DocDate >= c.frozenFrom AND i.CANCELED = 'N')", 0),
        ("Coastal Coatings: June - August 2025 unpaid, frozen from 22 August 2025", "SELECT (SELECT COUNT(*) FROM OINV i WHERE i.CardCode = (SELECT CardCode FROM OCRD WHERE CardName = 'Coastal Coatings Ltd') "
         "AND i.CANCELED = 'N' AND i.DocDate >= '2025-06-01' AND i.DocStatus = 'C') = 0 AND (SELECT frozenFor FROM OCRD WHERE CardName = 'Coastal Coatings Ltd') = 'Y'", 1),
        ("sales reps on invoices are the customer's rep (or none for cash, staff and retail accounts)", "SELECT COUNT(*) FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE c.GroupCode IN (104, 105, 106) AND i.SlpCode <> -1", 0),
        # dirty data
        ("cash-sale names typed over the cash customer", "SELECT COUNT(*) > 500 FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE c.GroupCode = 104 AND i.CardName <> c.CardName", 1),
        ("a trade customer keyed twice", "SELECT COUNT(*) FROM OCRD WHERE CardName IN ('Tama Decorators Ltd', 'Tama Decorators Limited')", 2),
        ("the duplicate account was used", "SELECT COUNT(*) > 0 FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE c.CardName = 'Tama Decorators Limited'", 1),
        ("suppliers and leads among the business partners", "SELECT (SELECT COUNT(*) FROM OCRD WHERE CardType = 'S') >= 5 AND (SELECT COUNT(*) FROM OCRD WHERE CardType = 'L') >= 5", 1),
        ("names in capitals, lower case or with a trailing space", "SELECT (SELECT COUNT(*) FROM OCRD WHERE CardName = UPPER(CardName) AND CardName GLOB '*[A-Z][A-Z]*') > 0 "
         "AND (SELECT COUNT(*) FROM OCRD WHERE CardName <> TRIM(CardName)) > 0 AND (SELECT COUNT(*) FROM OCRD WHERE CardName = LOWER(CardName) AND CardName GLOB '*[a-z]*') > 0", 1),
        ("Auckland typed several ways, Māori names with and without macrons", "SELECT (SELECT COUNT(DISTINCT City) FROM OCRD WHERE LOWER(TRIM(City)) IN ('auckland', 'akl')) >= 4 "
         "AND (SELECT COUNT(DISTINCT City) FROM OCRD WHERE City IN ('Whangārei', 'Whangarei', 'Taupō', 'Taupo', 'Ōrewa', 'Orewa', 'Papamoa', 'Pāpāmoa')) >= 4", 1),
        ("colour names typed several ways", "SELECT COUNT(*) > 3 FROM (SELECT LOWER(TRIM(U_ColourName)) FROM INV1 WHERE U_ColourName IS NOT NULL GROUP BY 1 HAVING COUNT(DISTINCT U_ColourName) > 1)", 1),
        ("cancelled payments", "SELECT COUNT(*) FROM ORCT WHERE Canceled = 'Y'", 4),
        ("open quotations past their validity", "SELECT COUNT(*) > 20 FROM OQUT WHERE DocStatus = 'O' AND DocDueDate < '2025-12-01'", 1),
        ("a new account without invoices", "SELECT COUNT(*) >= 1 FROM OCRD c WHERE c.CardType = 'C' AND c.GroupCode = 100 AND c.CreateDate >= '2025-12-01' AND NOT EXISTS (SELECT 1 FROM OINV i WHERE i.CardCode = c.CardCode)", 1),
        ("two items never sold", "SELECT COUNT(*) FROM OITM t WHERE t.SellItem = 'Y' AND NOT EXISTS (SELECT 1 FROM INV1 l WHERE l.ItemCode = t.ItemCode)", 2),
    ]
    run_checks(con, TP, checks)


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
    top = max(ys)
    # an exclusive upper bound 'YYYY-01-01' (or a following-year bound of a 12-month window) does not bring its year in
    if re.search(rf"<\s*'{top}-0[1-2]-01'", sql) and not re.search(rf"'{top}-(0[2-9]|1[0-2])-\d\d'(?!\s*\))|>=?\s*'{top}-01-01'|'{top}-01-(0[2-9]|[12]\d|3[01])'", sql.replace(f"< '{top}-02-01'", "")):
        cover.discard(top)
        if not cover:
            cover = {top - 1}     # only "before YYYY-01-01": the year before
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
    if dbn == LM:
        if "order" in tabs:
            if f"o.version_id = '{LIVE}'" not in sql and f"li.version_id = '{LIVE}'" not in sql and f"oc.version_id = '{LIVE}'" not in sql:
                fail(f"{q['id']}: orders read without keeping to the live version")
            outer = table_refs(drop_subqueries(sql, "NOT EXISTS"))
            if "order" in outer and agg and not re.search(r"\b(os|ts|ds|hs)\.technical_name\s*(IN|=)", sql):
                fail(f"{q['id']}: orders aggregated without settling their state")
            if "order" in outer and agg and "os.technical_name IN ('in_progress', 'completed')" in sql and "ts.technical_name <> 'refunded'" not in sql:
                fail(f"{q['id']}: sales counted without leaving out refunded orders")
        for child in ("order_customer", "order_transaction", "order_delivery", "order_line_item"):
            for m in re.finditer(rf"JOIN {child} (\w+) ON (.*?)(?=\bJOIN\b|\bWHERE\b|$)", sql):
                if f"{m.group(1)}.order_version_id = o.version_id" not in m.group(2):
                    fail(f"{q['id']}: {child} joined without the order's version")
        for m in re.finditer(r"JOIN (\w+_translation) (\w+) ON (.*?)(?=\bJOIN\b|\bWHERE\b|$)", sql):
            if f"{m.group(2)}.language_id = '{DE}'" not in m.group(3):
                fail(f"{q['id']}: {m.group(1)} joined without fixing the language")
        if re.search(r"\b(SUM|AVG)\([^)]*amount_total", bare) or "THEN o.amount_total" in bare:
            if not re.search(r"\bVAT\b", text) or not re.search(r"euro", text, re.I):
                fail(f"{q['id']}: order totals summed but the question does not say euros and VAT")
            if "Boutique" not in sql and not re.search(r"shipping", text, re.I):
                fail(f"{q['id']}: web order totals summed but the question does not say shipping is in")
        if re.search(r"\b(SUM|AVG)\([^)]*total_price", bare) and "promotion" not in sql:
            if not (re.search(r"\bVAT\b", text) and re.search(r"discount", text, re.I)):
                fail(f"{q['id']}: line money summed but the question does not say VAT is in and discounts are not taken off")
        if re.search(r"\b(SUM|AVG)\([^)]*li\.", bare) and "li.type = 'product'" not in sql:
            if "li.type = 'promotion'" not in sql:
                fail(f"{q['id']}: line items summed without choosing the product lines")
    else:
        outer = table_refs(drop_subqueries(sql, "NOT EXISTS"))
        for t, col, alias in (("OINV", "CANCELED", "i"), ("ORIN", "CANCELED", "r"), ("OQUT", "CANCELED", "q")):
            if t in tabs and not re.search(rf"\b{alias}\.{col}\s*=\s*'[NY]'", sql) and (agg or t == "OINV"):
                fail(f"{q['id']}: {t} read without settling CANCELED")
        if re.search(r"DocTotal|LineTotal|PaidToDate|\bPrice\b", bare) and agg:
            if not re.search(r"\bGST\b", text) or not re.search(r"NZD", text):
                fail(f"{q['id']}: money summed but the question does not say NZD and GST")
            if re.search(r"DocTotal - i\.VatSum|LineTotal|\bPrice\b", bare) and not re.search(r"excluding GST", text):
                fail(f"{q['id']}: money excluding GST but the question does not say so")
            if re.search(r"(SUM|AVG)\((CASE WHEN [^)]* THEN )?[ir]\.DocTotal\)|DocTotal - i\.PaidToDate|THEN i\.DocTotal ELSE", bare) and not re.search(r"including GST", text):
                fail(f"{q['id']}: money including GST but the question does not say so")
        if re.search(r"DocDate\s*(<=|>)\s*'\d{4}-\d\d-\d\d'|DocDate\s+BETWEEN", sql):
            fail(f"{q['id']}: a datetime DocDate compared with a bare date by <=, > or BETWEEN (the time part breaks it)")
        if "U_ColourName" in sql and "GROUP BY" in bare.upper() and "LOWER(TRIM(l.U_ColourName))" not in sql:
            fail(f"{q['id']}: colours grouped as typed")
        if "U_ColourName" in sql and "COUNT(DISTINCT" in bare and "LOWER(TRIM(" not in sql:
            fail(f"{q['id']}: colours counted as typed")
    norm = {v.strip().lower() for v in tvals if isinstance(v, str)}
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?( \d\d:\d\d:\d\d)?|-?\d+(\.\d+)?|[ \-/,]*|-Q|%[YmdHMSw](-%[md])?|weekday \d|[+-]\d+ days|\$\.c[0-9a-f]{32}\.gross", lit):
            continue
        if lit in tvals or lit.strip().lower() in norm:
            continue
        if "%" in lit and like_match(con, lit, tvals):
            continue
        fail(f"{q['id']}: SQL literal '{lit}' is not a stored value")


def main():
    dbs = {LM: os.path.join(ROOT, "databases", f"{LM}.sqlite"), TP: os.path.join(ROOT, "databases", f"{TP}.sqlite")}
    tvals, cons = {}, {}
    for dbn, path in dbs.items():
        if not os.path.exists(path):
            fail(f"{path} missing")
            continue
        con = ro(path)
        if one(con, "PRAGMA integrity_check") != "ok":
            fail(f"{dbn}: integrity_check failed")
        (check_lm if dbn == LM else check_tp)(con)
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
        if (tabs.count("category") > 1 and re.search(r"\.parent_id\b", q["sql"])) or (tabs.count("OCRD") > 1 and "FatherCard" in q["sql"]):
            selfref[dbn] = selfref.get(dbn, 0) + 1
        if dbn in cons:
            check_question(q, dbn, tvals.get(dbn, set()), cons[dbn])
    if set(per_db) != {LM, TP}:
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
        if kind in ("list", "distinct", "negation", "breakdown", "having", "topn") and len({tuple(r) for r in rows}) != len(rows):
            fail(f"{q['id']}: repeated rows")
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
            keys = [re.sub(r"\s+(ASC|DESC)\s*$", "", k, flags=re.I) for k in split_top_commas(expr.strip())]
            if q["order_matters"]:
                for dct in ("ASC", "DESC"):
                    tb = ", ".join(f"{i} {dct}" for i in range(1, ncol + 1))
                    if con.execute(f"{head}ORDER BY {expr.strip()}, {tb}{tail}").fetchall() != rows:
                        fail(f"{q['id']}: tie in ORDER BY (changes with {dct} tie-breakers)")
                        break
                ks = [tuple(r) for r in con.execute(f"SELECT {', '.join(keys)} FROM ({head}) ORDER BY {expr.strip()}").fetchall()]
                if len(set(ks[:len(rows)])) != len(rows):
                    fail(f"{q['id']}: two answer rows share a sort key, so their order is not defined")
            if tail:
                n = int(re.search(r"\d+", tail).group(0))
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
