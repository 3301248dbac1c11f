"""Checks the store-blind-20 databases and questions.  Prints PASS or the list of failures (exit code 1).

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder)

Every database is opened read-only (mode=ro URI + PRAGMA query_only).
  * databases: integrity_check clean; naming style (tussock_and_tarn: lowercase snake_case plural tables, TEXT UUID keys,
    declared FKs that foreign_key_check accepts, local ISO sale_date with a +12:00 / +13:00 offset, UTC created_at with
    'Z', 'true' / 'false' booleans; gulden_wiel: "tab" + DocType tables, TEXT primary key `name`, NO declared FKs,
    docstatus 0/1/2); a self-reference and a many-to-many link; accented names; a town shared by two regions; the dirty
    data that must be present; invariants (sale totals = confirmed lines, payments = totals, returns point at earlier
    sales; invoice net = its lines, grand = net + BTW, credit notes point at earlier submitted invoices, every link
    column resolves);
  * questions: key order, ids, db paths, 40 per database, kinds.tsv and each kind's SQL shape, no duplicates, plain
    English (no underscores, camelCase, structure words, relative periods), years in the text <-> dates in the SQL,
    settled conventions (sales status, confirmed lines, local day via substr(sale_date, ...), deleted customers left
    out; docstatus on invoices), every SQL literal a stored value, a single read-only SELECT;
  * results: non-empty, <= 20 rows, no NULL cell, no single-cell 0, at most 2 decimals (3 for kilos), shares in (0, 1)
    with at most 4 decimals, month / quarter / Monday-week labels, LIMIT only with ORDER BY, order_matters both ways,
    the same result twice, no tie at a LIMIT cut or in an ordered answer (re-run with every output column appended as
    ascending and as descending tie-breakers, and the row below the cut compared on the sort key)."""
import datetime as dt, json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
TT, GW = "tussock_and_tarn", "gulden_wiel"
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3, "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_ROWS = 20
FORBIDDEN = re.compile(r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|DETACH|PRAGMA|REPLACE|VACUUM|REINDEX|ANALYZE|BEGIN|COMMIT)\b", re.I)
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season)\b|\btoday\b|\byesterday\b|\bright now\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bago\b|\blately\b|\bnowadays\b|\byet\b", re.I)
STRUCTURE = re.compile(r"\b(columns?|schemas?|databases?|fields?|records?|rows?|tables?|sql|json|flags?|boolean|null|uuid|docstatus|doctype)\b", re.I)
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


def one(con, sql):
    return con.execute(sql).fetchone()[0]


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
    return [m.group(1).replace("''", "'") for m in re.finditer(r"'((?:[^']|'')*)'", sql)]


def strip_strings(sql):
    return re.sub(r"'(?:[^']|'')*'", "''", sql)


# ------------------------------------------------------------------ databases
def text_values(con):
    vals = set()
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        for c in con.execute(f"PRAGMA table_info({qi(t)})"):
            for (v,) in con.execute(f"SELECT DISTINCT {qi(c[1])} FROM {qi(t)} WHERE typeof({qi(c[1])}) = 'text' AND length({qi(c[1])}) <= 80"):
                vals.add(v)
    return vals


def check_tt(con):
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    self_ref = link = False
    for t in tables:
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*s", t):
            fail(f"{TT}.{t}: not a lowercase plural snake_case table")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        pk = [c[1] for c in sorted(cols, key=lambda c: c[5]) if c[5]]
        fks = con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall()
        self_ref |= any(fk[2] == t for fk in fks)
        link |= len(pk) == 2 and all(any(fk[3] == c for fk in fks) for c in pk)
        if pk == ["id"] and one(con, f"SELECT COUNT(*) FROM {qi(t)} WHERE id NOT GLOB '[0-9a-f]*-[0-9a-f]*-4[0-9a-f]*-[0-9a-f]*-[0-9a-f]*' OR length(id) <> 36"):
            fail(f"{TT}.{t}: id is not a UUID")
        for c in cols:
            if c[1].endswith("_id") and c[1] != "id" and not any(fk[3] == c[1] for fk in fks):
                fail(f"{TT}.{t}.{c[1]}: key column without a declared foreign key")
    if not (self_ref and link):
        fail(f"{TT}: missing a self-reference or a many-to-many link table")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        fail(f"{TT}: foreign_key_check reports dangling keys")
    checks = [
        ("local ISO sale_date with an NZ offset", "SELECT COUNT(*) FROM sales WHERE sale_date NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]+1[23]:00'", 0),
        ("UTC created_at with Z", "SELECT COUNT(*) FROM sales WHERE created_at NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'", 0),
        ("sales whose UTC day differs from the local day (> 1000)", "SELECT COUNT(*) > 1000 FROM sales WHERE substr(created_at, 1, 10) <> substr(sale_date, 1, 10)", 1),
        ("both NZ offsets used", "SELECT COUNT(DISTINCT substr(sale_date, 20)) FROM sales", 2),
        ("booleans 'true'/'false'", "SELECT COUNT(*) FROM (SELECT active v FROM products UNION SELECT is_return FROM sale_line_items UNION SELECT enable_loyalty FROM customers) WHERE v NOT IN ('true', 'false')", 0),
        ("statuses", "SELECT COUNT(DISTINCT status) FROM sales", 3),
        ("voided lines inside closed sales", "SELECT COUNT(*) > 0 FROM sale_line_items l JOIN sales s ON s.id = l.sale_id WHERE l.status = 'VOIDED' AND s.status = 'CLOSED'", 1),
        ("returns taken at another store", "SELECT COUNT(*) > 0 FROM sales r JOIN sales s ON s.id = r.return_for WHERE r.outlet_id <> s.outlet_id", 1),
        ("soft-deleted customers typed in another case", "SELECT COUNT(*) > 0 FROM customers d JOIN customers k ON UPPER(k.first_name) = d.first_name AND UPPER(TRIM(k.last_name)) = d.last_name "
         "AND k.deleted_at IS NULL WHERE d.deleted_at IS NOT NULL AND d.first_name <> k.first_name", 1),
        ("trailing spaces in surnames", "SELECT COUNT(*) > 0 FROM customers WHERE last_name <> TRIM(last_name)", 1),
        ("Wanaka typed without its macron", "SELECT COUNT(DISTINCT physical_city) FROM customers WHERE physical_city IN ('Wānaka', 'Wanaka')", 2),
        ("Richmond in two regions", "SELECT COUNT(DISTINCT physical_state) FROM customers WHERE physical_city = 'Richmond'", 2),
        ("NULL e-mails, mobiles and cities", "SELECT MIN((SELECT COUNT(*) FROM customers WHERE email IS NULL), (SELECT COUNT(*) FROM customers WHERE mobile IS NULL), (SELECT COUNT(*) FROM customers WHERE physical_city IS NULL)) > 0", 1),
        ("a product keyed twice in another case, both sold", "SELECT COUNT(*) FROM (SELECT UPPER(p.name) FROM products p WHERE EXISTS (SELECT 1 FROM sale_line_items l WHERE l.product_id = p.id) GROUP BY 1 HAVING COUNT(*) > 1)", 1),
        ("accented names", "SELECT COUNT(*) > 0 FROM users WHERE display_name GLOB '*[āēīōū]*'", 1),
        ("a leaver", "SELECT COUNT(*) > 0 FROM users WHERE deleted_at IS NOT NULL", 1),
        ("the Jetboil Flash price rise", "SELECT COUNT(DISTINCT l.price) FROM sale_line_items l JOIN products p ON p.id = l.product_id WHERE p.name = 'Jetboil Flash Cooking System' AND l.discount = 0", 2),
        # invariants
        ("sale totals = confirmed lines", "SELECT COUNT(*) FROM sales s WHERE ABS(s.total_price - COALESCE((SELECT SUM(total_price) FROM sale_line_items l WHERE l.sale_id = s.id AND l.status = 'CONFIRMED'), 0)) > 0.005", 0),
        ("line total = quantity x price", "SELECT COUNT(*) FROM sale_line_items WHERE ABS(total_price - ROUND(quantity * price, 2)) > 0.005", 0),
        ("closed sales paid exactly, others unpaid", "SELECT COUNT(*) FROM sales s WHERE ABS(COALESCE((SELECT SUM(amount) FROM sale_payments p WHERE p.sale_id = s.id), 0) - "
         "CASE WHEN s.status = 'CLOSED' THEN s.total_price + s.total_tax ELSE 0 END) > 0.005", 0),
        ("returns point at an earlier closed sale", "SELECT COUNT(*) FROM sales r JOIN sales s ON s.id = r.return_for WHERE s.status <> 'CLOSED' OR s.created_at >= r.created_at OR r.total_price > 0", 0),
        ("stores trade 09:00-19:00 local; Nelson only after opening", "SELECT COUNT(*) FROM sales s JOIN outlets o ON o.id = s.outlet_id WHERE o.name <> 'Online Store' AND "
         "(substr(s.sale_date, 12, 5) < '09:00' OR substr(s.sale_date, 12, 5) > '19:00' OR (o.name LIKE '%Nelson' AND substr(s.sale_date, 1, 10) < '2024-10-05'))", 0),
        ("no store sales on 25 December or 1 January", "SELECT COUNT(*) FROM sales s JOIN outlets o ON o.id = s.outlet_id WHERE o.name <> 'Online Store' AND substr(s.sale_date, 6, 5) IN ('12-25', '01-01')", 0),
        ("staff sell only while employed", "SELECT COUNT(*) FROM sales s JOIN users u ON u.id = s.user_id WHERE u.deleted_at IS NOT NULL AND s.created_at > u.deleted_at", 0),
    ]
    for label, sql, want in checks:
        if one(con, sql) != want:
            fail(f"{TT}: {label}")


def check_gw(con):
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for t in tables:
        if not re.fullmatch(r"tab[A-Z][a-z]+( ([A-Z][a-z]+|of))*", t):
            fail(f"{GW}.{t}: not a 'tab' + DocType table name")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        pk = [c[1] for c in cols if c[5]]
        if pk != ["name"]:
            fail(f"{GW}.{t}: primary key is not `name`")
        if not {"creation", "modified", "owner", "docstatus", "idx"} <= {c[1] for c in cols}:
            fail(f"{GW}.{t}: missing Frappe bookkeeping columns")
        if con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall():
            fail(f"{GW}.{t}: declares a foreign key (Frappe does not)")
    si, sii = '"tabSales Invoice"', '"tabSales Invoice Item"'
    links = [("tabSales Invoice", "customer", "tabCustomer"), ("tabSales Invoice", "branch", "tabBranch"), ("tabSales Invoice", "return_against", "tabSales Invoice"),
             ("tabSales Invoice", "amended_from", "tabSales Invoice"), ("tabSales Invoice Item", "parent", "tabSales Invoice"), ("tabSales Invoice Item", "item_code", "tabItem"),
             ("tabSales Invoice Item", "item_group", "tabItem Group"), ("tabSales Invoice Payment", "parent", "tabSales Invoice"),
             ("tabSales Invoice Payment", "mode_of_payment", "tabMode of Payment"), ("tabEmployee", "reports_to", "tabEmployee"), ("tabEmployee", "branch", "tabBranch"),
             ("tabEmployee", "designation", "tabDesignation"), ("tabItem", "item_group", "tabItem Group"), ("tabItem Group", "parent_item_group", "tabItem Group"),
             ("tabItem Supplier", "parent", "tabItem"), ("tabItem Supplier", "supplier", "tabSupplier"), ("tabCustomer", "customer_group", "tabCustomer Group")]
    for t, c, target in links:
        if one(con, f"SELECT COUNT(*) FROM {qi(t)} x WHERE x.{c} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {qi(target)} y WHERE y.name = x.{c})"):
            fail(f"{GW}: {t}.{c} does not always resolve to {target}")
    if one(con, f"SELECT COUNT(*) FROM {si} s WHERE s.owner <> 'Administrator' AND NOT EXISTS (SELECT 1 FROM tabEmployee e WHERE e.user_id = s.owner)"):
        fail(f"{GW}: an invoice owner who is not an employee")
    checks = [
        ("docstatus 0 / 1 / 2 on invoices", f"SELECT COUNT(DISTINCT docstatus) FROM {si}", 3),
        ("ISO posting dates", f"SELECT COUNT(*) FROM {si} WHERE posting_date NOT GLOB '20[0-9][0-9]-[01][0-9]-[0-3][0-9]' OR date(posting_date) <> posting_date", 0),
        ("invoice net = its lines", f"SELECT COUNT(*) FROM {si} s WHERE ABS(s.net_total - (SELECT SUM(net_amount) FROM {sii} i WHERE i.parent = s.name)) > 0.005", 0),
        ("grand = net + BTW", f"SELECT COUNT(*) FROM {si} WHERE ABS(grand_total - net_total - total_taxes_and_charges) > 0.005", 0),
        ("line amount = qty x rate", f"SELECT COUNT(*) FROM {sii} WHERE ABS(amount - ROUND(qty * rate, 2)) > 0.005", 0),
        ("child docstatus = parent docstatus", f"SELECT COUNT(*) FROM {sii} i JOIN {si} s ON s.name = i.parent WHERE i.docstatus <> s.docstatus", 0),
        ("submitted shop sales paid exactly", f"SELECT COUNT(*) FROM {si} s WHERE s.is_pos = 1 AND s.docstatus = 1 AND ABS(s.grand_total - (SELECT SUM(amount) FROM \"tabSales Invoice Payment\" p WHERE p.parent = s.name)) > 0.005", 0),
        ("credit notes point at an earlier submitted invoice", f"SELECT COUNT(*) FROM {si} r JOIN {si} s ON s.name = r.return_against WHERE r.is_return = 1 AND (s.docstatus <> 1 OR s.posting_date >= r.posting_date OR r.net_total >= 0 OR s.customer <> r.customer)", 0),
        ("every credit note has its original", f"SELECT COUNT(*) FROM {si} WHERE is_return = 1 AND return_against IS NULL", 0),
        ("cancelled invoices amended as NAME-1", f"SELECT COUNT(*) > 0 FROM {si} a JOIN {si} c ON c.name = a.amended_from WHERE c.docstatus = 2 AND a.name = c.name || '-1'", 1),
        ("shops closed on Sunday, Monday and King's Day", f"SELECT COUNT(*) FROM {si} WHERE is_pos = 1 AND (strftime('%w', posting_date) IN ('0', '1') OR posting_date IN ('2024-04-27', '2025-04-26'))", 0),
        ("Leeuwarden sells only after opening", f"SELECT COUNT(*) FROM {si} WHERE branch = 'Leeuwarden' AND posting_date < '2025-03-15'", 0),
        ("Walk-in Customer on most shop sales", f"SELECT AVG(customer = 'Walk-in Customer') > 0.5 FROM {si} WHERE is_pos = 1", 1),
        ("a customer keyed twice in another case, the copy disabled", "SELECT COUNT(*) > 0 FROM tabCustomer d JOIN tabCustomer k ON UPPER(k.customer_name) = d.customer_name AND k.disabled = 0 WHERE d.disabled = 1 AND d.name <> k.name", 1),
        ("trailing spaces in customer names", "SELECT COUNT(*) > 0 FROM tabCustomer WHERE customer_name <> TRIM(customer_name)", 1),
        ("NULL e-mails and mobiles", "SELECT MIN((SELECT COUNT(*) FROM tabCustomer WHERE email_id IS NULL), (SELECT COUNT(*) FROM tabCustomer WHERE mobile_no IS NULL)) > 0", 1),
        ("Bergen in two provinces", "SELECT COUNT(DISTINCT territory) FROM tabCustomer WHERE custom_city = 'Bergen'", 2),
        ("a cheese keyed twice in another case, both sold", f"SELECT COUNT(*) FROM (SELECT UPPER(i.item_name) FROM tabItem i WHERE EXISTS (SELECT 1 FROM {sii} x WHERE x.item_code = i.name) GROUP BY 1 HAVING COUNT(*) > 1)", 1),
        ("kilo quantities with 3 decimals", f"SELECT COUNT(*) > 0 FROM {sii} WHERE uom = 'Kg' AND qty <> ROUND(qty, 2)", 1),
        ("the Oude Goudse price rise", f"SELECT COUNT(DISTINCT price_list_rate) FROM {sii} i JOIN {si} s ON s.name = i.parent WHERE i.item_code = 'KAAS-003' AND s.is_pos = 1", 2),
        ("accented names", "SELECT COUNT(*) > 0 FROM tabEmployee WHERE employee_name GLOB '*[öëéı]*'", 1),
        ("drafts, overdue and unpaid wholesale invoices", f"SELECT COUNT(DISTINCT status) FROM {si} WHERE status IN ('Draft', 'Overdue', 'Unpaid')", 3),
        ("outstanding only on unpaid / overdue / draft invoices", f"SELECT COUNT(*) FROM {si} WHERE outstanding_amount <> 0 AND status NOT IN ('Unpaid', 'Overdue', 'Draft')", 0),
    ]
    for label, sql, want in checks:
        if one(con, sql) != want:
            fail(f"{GW}: {label}")


# ------------------------------------------------------------------ questions
def check_kind(q, kind, sql):
    u = strip_strings(sql).upper()
    need = {
        "count": "COUNT(" in u,
        "total": "SUM(" in u or "AVG(" in u,
        "breakdown": "GROUP BY" in u and "LIMIT" not in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)),
        "attribute": "GROUP BY" not in u and "WHERE" in u,
        "list": "WHERE" in u and "LIMIT" not in u and "GROUP BY" not in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": "ROUND(1.0 *" in u,
        "compare": u.count("CASE WHEN") >= 2,
    }
    if kind == "selfref":
        tabs = re.findall(r'\b(?:FROM|JOIN)\s+("[^"]+"|\w+)', sql, re.I)
        if not any(tabs.count(t) > 1 for t in set(tabs)):
            fail(f"{q['id']}: self-reference question does not join a table to itself")
    elif not need.get(kind, False):
        fail(f"{q['id']}: SQL does not have the shape of kind '{kind}'")


def check_question(q, dbn, tvals):
    text, sql = q["question"], q["sql"]
    bare = strip_strings(sql)
    if "_" in text or re.search(r"\b[a-z]+[A-Z]\w*\b", text.replace("inReach", "Inreach")):  # the brand inReach is allowed
        fail(f"{q['id']}: underscore or camelCase in the question")
    if STRUCTURE.search(text):
        fail(f"{q['id']}: the question talks about storage ('{STRUCTURE.search(text).group(0)}')")
    if RELATIVE.search(text):
        fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}'")
    years_q = set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", text))
    years_sql = set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", " ".join(literals(sql))))
    if years_q - years_sql or (years_sql and not years_q):
        fail(f"{q['id']}: years in the question {sorted(years_q)} and in the SQL {sorted(years_sql)} disagree")
    if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or ";" in sql or FORBIDDEN.search(bare):
        fail(f"{q['id']}: not a single read-only SELECT")
    if re.search(r"\*\s*100\b|\b100(\.0)?\s*\*", bare):
        fail(f"{q['id']}: a percentage (shares must be ratios)")
    if dbn == TT:
        if re.search(r"\bsales\b", bare) and re.search(r"\b(COUNT|SUM|AVG|MIN|MAX)\(", bare, re.I) and "status" not in bare:
            fail(f"{q['id']}: sales aggregated without settling their status")
        if "sale_line_items" in bare and "'CONFIRMED'" not in sql:
            fail(f"{q['id']}: line items without leaving out voided lines")
        if re.search(r"(date|strftime|julianday|datetime)\(\s*(\w+\.)?(sale_date|created_at)", bare):
            fail(f"{q['id']}: sale_date / created_at passed to a date function (converts to UTC)")
        if re.search(r"\bcreated_at\b", bare) and "sales" in bare:
            fail(f"{q['id']}: a sale's day taken from the UTC created_at")
        if re.search(r"\bFROM customers\b", bare) and "deleted_at" not in bare:
            fail(f"{q['id']}: customers counted or listed without leaving out deleted accounts")
        if re.search(r"first_name\b(?!\s*\|\|)", bare.split(" FROM ")[0]):
            fail(f"{q['id']}: a person's name not returned as one column")
    else:
        if "tabSales Invoice" in sql and re.search(r"\b(COUNT|SUM|AVG)\(", bare, re.I) and "docstatus" not in bare:
            fail(f"{q['id']}: invoices aggregated without settling docstatus")
        if re.search(r"\bFROM tabCustomer\b", sql) and "disabled" not in bare and "NOT EXISTS" not in bare.upper():
            fail(f"{q['id']}: customers listed without leaving out disabled accounts")
        if re.search(r"\b(SUM|AVG)\(\s*\w+\.(net_total|grand_total|net_amount)", bare) and not re.search(r"BTW", text):
            fail(f"{q['id']}: invoice money summed but the question does not say whether BTW is in")
        if re.search(r"\b(SUM|AVG)\(\s*\w+\.(net_total|grand_total|net_amount|qty)", bare) and not re.search(r"credit note", text, re.I):
            fail(f"{q['id']}: invoice money or quantities summed but the question does not say how credit notes are treated")
    if dbn == TT and re.search(r"\b(SUM|AVG)\(\s*\w+\.(total_price|total_tax)", bare):
        if not re.search(r"GST", text) or not re.search(r"return", text, re.I):
            fail(f"{q['id']}: sales money summed but the question does not say whether GST is in and how returns are treated")
    norm = {v.strip().lower() for v in tvals}
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|-?\d+(\.\d+)?|[ \-/,]*|-Q|%[YmdHMSw]|weekday \d|[+-]\d+ days", lit):
            continue
        if lit not in tvals and lit.strip().lower() not in norm:
            fail(f"{q['id']}: SQL literal '{lit}' is not a stored value")


def main():
    dbs = {TT: os.path.join(ROOT, "databases", f"{TT}.sqlite"), GW: os.path.join(ROOT, "databases", f"{GW}.sqlite")}
    tvals = {}
    for dbn, path in dbs.items():
        if not os.path.exists(path):
            fail(f"{path} missing")
            continue
        con = ro(path)
        if one(con, "PRAGMA integrity_check") != "ok":
            fail(f"{dbn}: integrity_check failed")
        (check_tt if dbn == TT else check_gw)(con)
        tvals[dbn] = text_values(con)
        con.close()
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    kinds = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "build", "kinds.tsv"), encoding="utf-8"))
    per_db, seen_q, seen_sql, grains = {}, {}, {}, {}
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
        check_question(q, dbn, tvals.get(dbn, set()))
    if set(per_db) != {TT, GW}:
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
    for q in qs:
        if list(q) != KEYS:
            continue
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
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
        if any(v is None for r in rows for v in r):
            fail(f"{q['id']}: NULL in the result")
        if len(rows) == 1 and ncol == 1 and rows[0][0] in (0, 0.0, ""):
            fail(f"{q['id']}: single-cell result is 0 / empty")
        places = 3 if re.search(r"\bkilos?\b", text) else 2
        if kind == "share":
            vals = [v for r in rows for v in r if isinstance(v, (int, float))]
            if not vals or any(not isinstance(v, float) or not 0 < v < 1 or abs(v * 10000 - round(v * 10000)) > 1e-6 for v in vals):
                fail(f"{q['id']}: share is not a ratio in (0, 1) rounded to 4 decimals")
        elif any(isinstance(v, float) and abs(v * 10 ** places - round(v * 10 ** places)) > 1e-6 for r in rows for v in r):
            fail(f"{q['id']}: a REAL result with more than {places} decimals")
        if kind == "breakdown":
            for grain, word, pat in (("month", r"\bmonth", r"20\d\d-(0[1-9]|1[0-2])"), ("quarter", r"\bquarter", r"20\d\d-Q[1-4]"), ("week", r"\bweek", r"20\d\d-\d\d-\d\d")):
                if re.search(word, text, re.I):
                    col = next((i for i in range(ncol) if all(isinstance(r[i], str) and re.fullmatch(pat, r[i]) for r in rows)), None)
                    if col is None or (grain == "week" and any(dt.date.fromisoformat(r[col]).weekday() != 0 for r in rows)):
                        fail(f"{q['id']}: {grain} labels are not {pat}")
                    else:
                        grains.setdefault(dbn, set()).add(grain)
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
                kq = re.sub(r"^\s*SELECT\s", "SELECT " + ", ".join(f"{k} AS sort_key_{i}__" for i, k in enumerate(keys)) + ", ", head, count=1, flags=re.I)
                try:
                    ks = [r[:len(keys)] for r in con.execute(f"{kq}ORDER BY {expr.strip()} LIMIT {n + 1}").fetchall()]
                except sqlite3.OperationalError:  # the sort keys are output aliases: read them from the result as a subquery
                    ks = con.execute(f"SELECT {', '.join(keys)} FROM ({head}) ORDER BY {expr.strip()} LIMIT {n + 1}").fetchall()
                if len(ks) > n and ks[n] == ks[n - 1]:
                    fail(f"{q['id']}: tie at the LIMIT cut")
        con.close()
    for dbn in per_db:
        if not {"month", "quarter", "week"} <= grains.get(dbn, set()):
            fail(f"{dbn}: missing a month, quarter or week breakdown ({sorted(grains.get(dbn, set()))})")
    if fails:
        print("FAIL:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
