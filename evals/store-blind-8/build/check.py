"""Checks the store-blind-8 databases and questions. Prints PASS or the list of failures.

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; pass a scratch copy to test planted faults)

Built on the structure of store-blind-7's checker (schema rules, identifier-leak test, percent rounding, tie test)
and extended for this batch:
  * naming-style conformance per database (snake_case plural vs PascalCase plural identifiers);
  * typed value rules, with calendar-checked dates (SQLite's plain date() accepts '2024-02-30', so values are
    compared after a '+0 days' round trip): _on dates, _at / ...Date timestamps (YYYY-MM-DD HH:MM:SS), 'YYYY-MM' months,
    YYYYMM integer month keys, INTEGER cents, REAL _amount, non-negative counts / money, 0/1 flags with both values;
  * no undeclared foreign keys (every ..._id / ...ID column that is not the table's own key is a declared FK);
  * status columns present (TEXT with several values, or an INTEGER key into a lookup table);
  * accented names present and one place name that occurs in two different regions;
  * per-database data invariants (header totals = sum of lines, activity only while a store/café is open, etc.);
  * question kinds: build/kinds.tsv must give the required mix per database and each kind's SQL has its shape;
  * question text: punctuation-insensitive duplicate test, leaks of spaced-out multi-word identifiers, no "cents",
    no relative periods, every year in the text also in the SQL, and a year whenever the SQL filters on a date;
  * SQL: SELECT only, no duplicate SQL, every string literal is a value stored in the database, money in cents
    is divided by 100.0 and rounded, percent <-> ROUND(100.0 * ..., 2), month breakdowns use strftime('%m', ...),
    LIMIT only with ORDER BY, order_matters exactly when an outer ORDER BY without LIMIT or an asked-for order,
    every REAL result cell has at most 2 decimals, and the tie test also covers 'single best' MAX/MIN picks.
"""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"crescendo_music": "snake", "maple_crumb_bakery": "pascal"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 6, "attribute": 3, "selfref": 3, "list": 4,
            "negation": 3, "having": 2, "share": 2, "extreme_date": 2}
PLACE_COLS = {"town", "city", "RegionName"}
REGION_COLS = {"county", "nation", "Province", "ProvinceCode", "state", "region"}
# per-database invariants: each query must return 0
INVARIANTS = {
    "crescendo_music": [
        ("order totals = sum of items", "SELECT COUNT(*) FROM orders o WHERE ABS(o.total_amount - (SELECT SUM(quantity * unit_price_amount) FROM order_items i WHERE i.order_id = o.order_id)) > 0.011"),
        ("item_count = sum of quantities", "SELECT COUNT(*) FROM orders o WHERE o.item_count <> (SELECT SUM(quantity) FROM order_items i WHERE i.order_id = o.order_id)"),
        ("orders have at least one item", "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.order_id)"),
        ("orders only while the store is open", "SELECT COUNT(*) FROM orders o JOIN stores s USING (store_id) WHERE date(o.ordered_at) < s.opened_on OR (s.closed_on IS NOT NULL AND date(o.ordered_at) >= s.closed_on)"),
        ("server works at that store and is on staff", "SELECT COUNT(*) FROM orders o JOIN employees e ON e.employee_id = o.served_by_id WHERE e.store_id IS NOT o.store_id OR date(o.ordered_at) < e.hired_on OR (e.left_on IS NOT NULL AND date(o.ordered_at) >= e.left_on)"),
        ("customer had joined before ordering", "SELECT COUNT(*) FROM orders o JOIN customers c USING (customer_id) WHERE date(o.ordered_at) < c.joined_on"),
        ("product launched before sale", "SELECT COUNT(*) FROM order_items i JOIN orders o USING (order_id) JOIN products p USING (product_id) WHERE date(o.ordered_at) < p.launched_on"),
        ("lessons only at stores with lesson rooms, by an on-staff tutor of that store", "SELECT COUNT(*) FROM lessons l JOIN stores s USING (store_id) JOIN employees t ON t.employee_id = l.tutor_id WHERE s.has_lesson_rooms = 0 OR t.store_id <> l.store_id OR t.job_title <> 'Music Tutor' OR date(l.starts_at) < t.hired_on OR (t.left_on IS NOT NULL AND date(l.starts_at) >= t.left_on)"),
        ("closed_on set exactly for closed stores", "SELECT COUNT(*) FROM stores s JOIN lookup_values v ON v.lookup_value_id = s.store_status_id WHERE (v.label = 'Closed') <> (s.closed_on IS NOT NULL)"),
        ("is_active agrees with left_on", "SELECT COUNT(*) FROM employees WHERE is_active <> (left_on IS NULL)"),
        ("lookup keys point at the right lookup type", "SELECT COUNT(*) FROM orders o JOIN lookup_values a ON a.lookup_value_id = o.order_status_id JOIN lookup_values b ON b.lookup_value_id = o.channel_id JOIN lookup_values c ON c.lookup_value_id = o.payment_method_id WHERE a.lookup_type <> 'order_status' OR b.lookup_type <> 'sales_channel' OR c.lookup_type <> 'payment_method'"),
        ("booked lessons only in the future", "SELECT COUNT(*) FROM lessons l JOIN lookup_values v ON v.lookup_value_id = l.lesson_status_id WHERE (v.label = 'Booked') <> (l.starts_at >= '2026-01-01')"),
    ],
    "maple_crumb_bakery": [
        ("order totals = sum of lines", "SELECT COUNT(*) FROM Orders o WHERE o.TotalCents <> (SELECT SUM(Quantity * UnitPriceCents) FROM OrderLines l WHERE l.OrderID = o.OrderID)"),
        ("orders only while the café is open", "SELECT COUNT(*) FROM Orders o JOIN Cafes c USING (CafeID) WHERE o.OrderDate < c.OpenDate OR (c.CloseDate IS NOT NULL AND o.OrderDate >= c.CloseDate)"),
        ("employee works at that café and is on staff", "SELECT COUNT(*) FROM Orders o JOIN Employees e USING (EmployeeID) WHERE e.CafeID IS NOT o.CafeID OR o.OrderDate < e.HireDate OR (e.EndDate IS NOT NULL AND o.OrderDate >= e.EndDate)"),
        ("customer signed up before ordering (same day allowed)", "SELECT COUNT(*) FROM Orders o JOIN Customers c USING (CustomerID) WHERE date(o.OrderDate) < date(c.SignupDate)"),
        ("product launched before sale", "SELECT COUNT(*) FROM OrderLines l JOIN Orders o USING (OrderID) JOIN Products p USING (ProductID) WHERE substr(o.OrderDate, 1, 7) < p.LaunchMonth"),
        ("pickup after placement, cake taken at an open café", "SELECT COUNT(*) FROM CakeOrders k JOIN Cafes c USING (CafeID) WHERE k.PickupDate <= k.PlacedDate OR k.PlacedDate < c.OpenDate OR (c.CloseDate IS NOT NULL AND k.PickupDate >= c.CloseDate)"),
        ("deposit never above price", "SELECT COUNT(*) FROM CakeOrders WHERE DepositCents > PriceCents"),
        ("CloseDate set exactly for closed cafés", "SELECT COUNT(*) FROM Cafes WHERE (Status = 'Closed') <> (CloseDate IS NOT NULL)"),
        ("IsActive agrees with EndDate", "SELECT COUNT(*) FROM Employees WHERE IsActive <> (EndDate IS NULL)"),
        ("loyalty tier only for members", "SELECT COUNT(*) FROM Customers WHERE (IsLoyaltyMember = 1) <> (LoyaltyTier IS NOT NULL)"),
        ("waste reported for open café-months only", "SELECT COUNT(*) FROM WasteReports w JOIN Cafes c USING (CafeID) WHERE printf('%04d-%02d-01', w.MonthKey / 100, w.MonthKey % 100) < substr(c.OpenDate, 1, 10) OR (c.CloseDate IS NOT NULL AND printf('%04d-%02d-01', w.MonthKey / 100, w.MonthKey % 100) >= substr(c.CloseDate, 1, 10))"),
    ],
}
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week)\b|\btoday\b|\byesterday\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest) first|"
                         r"in (month|date|time|alphabetical) order|\border(ed)? by\b|\bsorted\b|\branked\b|"
                         r"\bfrom (highest|lowest|biggest|smallest|most|least|earliest|latest)\b", re.I)
MONTH_BREAKDOWN = re.compile(r"\b(per|by|each|every) month\b|\bmonth by month\b|\bmonthly\b|\bin month order\b", re.I)
fails = []


def fail(msg):
    fails.append(msg)


def ro(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def words_of(ident):
    """Split snake_case / PascalCase / camelCase into lower-case words (CafeID -> cafe, id)."""
    parts = []
    for chunk in ident.split("_"):
        parts += re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", chunk)
    return [p.lower() for p in parts if p]


def check_db(path):
    con = ro(path)
    name = os.path.basename(path)[:-len(".sqlite")]
    style = STYLE.get(name)
    if style is None:
        fail(f"{name}: unknown database (no naming style registered)")
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not 7 <= len(tables) <= 10:
        fail(f"{name}: {len(tables)} tables (want 7-10)")
    self_ref = link = False
    nfk = ndate = nflag = nstatus = 0
    idents, text_values = set(), set()
    accented = place_dup = False
    pk_of = {t: [c[1] for c in con.execute(f'PRAGMA table_info("{t}")') if c[5]] for t in tables}
    for t in tables:
        n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        if not 50 <= n <= 3000:
            fail(f"{name}.{t}: {n} rows (want 50-3000)")
        if style == "snake" and not re.fullmatch(r"[a-z]+(_[a-z]+)*s", t):
            fail(f"{name}.{t}: table name is not plural snake_case")
        if style == "pascal" and not re.fullmatch(r"([A-Z][a-z]+)+s", t):
            fail(f"{name}.{t}: table name is not plural PascalCase")
        fks = con.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()
        nfk += len(fks)
        if any(fk[2] == t for fk in fks):
            self_ref = True
        cols = con.execute(f'PRAGMA table_info("{t}")').fetchall()
        pk = pk_of[t]
        fk_cols = {fk[3] for fk in fks}
        if len(pk) == 2 and set(pk) <= fk_cols and len({fk[2] for fk in fks if fk[3] in pk}) == 2:
            link = True
        for fk in fks:
            if pk_of.get(fk[2]) != [fk[4]]:
                fail(f"{name}.{t}.{fk[3]}: FK target {fk[2]}.{fk[4]} is not its primary key")
        idents.add(t)
        for c in cols:
            col, typ = c[1], c[2]
            idents.add(col)
            q = f'"{t}"."{col}"'
            if style == "snake" and not re.fullmatch(r"[a-z]+(_[a-z]+)*", col):
                fail(f"{name}.{t}.{col}: column is not snake_case")
            if style == "pascal" and not re.fullmatch(r"([A-Z][a-z]*|ID)+", col):
                fail(f"{name}.{t}.{col}: column is not PascalCase")
            # undeclared foreign keys
            if re.search(r"(_id|ID)$", col) and col not in fk_cols and not (len(pk) == 1 and col == pk[0]):
                fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")

            def bad(where):
                return con.execute(f'SELECT COUNT(*) FROM "{t}" WHERE {q} IS NOT NULL AND ({where})').fetchone()[0]
            if re.search(r"_on$", col):
                ndate += 1
                if bad(f"typeof({q}) <> 'text' OR date({q}, '+0 days') IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not real YYYY-MM-DD dates")
            if re.search(r"(_at|Date)$", col):
                ndate += 1
                if bad(f"typeof({q}) <> 'text' OR datetime({q}, '+0 seconds') IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not real YYYY-MM-DD HH:MM:SS timestamps")
            if re.search(r"(_month|Month)$", col):
                if typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR length({q}) <> 7 OR date({q} || '-01', '+0 days') IS NOT {q} || '-01'"):
                    fail(f"{name}.{t}.{col}: values that are not real YYYY-MM months")
            if re.search(r"(_month_key|MonthKey)$", col):
                ndate += 1
                if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR date(printf('%04d-%02d-01', {q} / 100, {q} % 100), '+0 days') IS NOT printf('%04d-%02d-01', {q} / 100, {q} % 100)"):
                    fail(f"{name}.{t}.{col}: values that are not YYYYMM month keys")
            if re.search(r"(^is_|^has_|^Is[A-Z]|^Has[A-Z])", col):
                nflag += 1
                vals = {r[0] for r in con.execute(f'SELECT DISTINCT {q} FROM "{t}"')}
                if typ != "INTEGER" or not vals <= {0, 1}:
                    fail(f"{name}.{t}.{col}: flag column is not INTEGER 0/1")
                elif vals != {0, 1}:
                    fail(f"{name}.{t}.{col}: flag column never varies ({sorted(vals)})")
            if re.search(r"Cents$", col):
                if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                    fail(f"{name}.{t}.{col}: cents column is not non-negative INTEGER")
            if re.search(r"_amount$", col):
                if typ != "REAL" or bad(f"typeof({q}) <> 'real' OR {q} < 0 OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: amount column is not non-negative REAL with 2 decimals")
            if re.search(r"(_count|Count|_minutes|Servings|Quantity|quantity|Discarded)$", col):
                if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                    fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
            if typ == "REAL" and bad(f"typeof({q}) <> 'real'"):
                fail(f"{name}.{t}.{col}: non-REAL values in a REAL column")
            if re.search(r"status", col, re.I):
                nstatus += 1
                if typ == "INTEGER":
                    if col not in fk_cols:
                        fail(f"{name}.{t}.{col}: integer status column without a lookup-table key")
                elif con.execute(f'SELECT COUNT(DISTINCT {q}) FROM "{t}"').fetchone()[0] < 2:
                    fail(f"{name}.{t}.{col}: status column with fewer than 2 values")
            if typ == "TEXT":
                for (v,) in con.execute(f'SELECT DISTINCT {q} FROM "{t}" WHERE {q} IS NOT NULL'):
                    text_values.add(v)
                    if not accented and re.search(r"name", col, re.I) and re.search(r"[À-ɏ]", v):
                        accented = True
        names = {c[1] for c in cols}
        for pc in PLACE_COLS & names:
            for rc in REGION_COLS & names:
                if con.execute(f'SELECT 1 FROM "{t}" GROUP BY "{pc}" HAVING COUNT(DISTINCT "{rc}") > 1 LIMIT 1').fetchone():
                    place_dup = True
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
    if ndate == 0 or nflag == 0 or nstatus == 0:
        fail(f"{name}: found {ndate} date columns, {nflag} flag columns, {nstatus} status columns")
    if not accented:
        fail(f"{name}: no accented names")
    if not place_dup:
        fail(f"{name}: no place name shared by two regions")
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
    """Yield (index, char) of sql that are at paren depth 0 and outside quotes."""
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
    """Split at the last ORDER BY at paren depth 0. Returns (head, order_expr, limit_tail) or None."""
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
    start = up.find("SELECT") + len("SELECT")
    for i, _ in scan_top(sql):
        if i > start and up.startswith(" FROM ", i - 1):
            return sql[start:i]
    return sql[start:]


def literals(sql):
    return [m.group(1).replace("''", "'") for m in re.finditer(r"'((?:[^']|'')*)'", sql)]


def check_kind(q, kind, sql):
    u = sql.upper()
    need = {
        "count": "COUNT(" in u,
        "total": "SUM(" in u or "AVG(" in u,
        "breakdown": "GROUP BY" in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)) or "MAX(" in u or "MIN(" in u,
        "attribute": "GROUP BY" not in u,
        "selfref": None,
        "list": "WHERE" in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|IS NULL|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": "100.0 *" in u,
        "extreme_date": "MIN(" in u or "MAX(" in u or bool(re.search(r"ORDER BY .* LIMIT 1\s*$", u, re.S)),
    }
    if kind not in need:
        fail(f"{q['id']}: unknown kind {kind}")
        return
    if kind == "selfref":
        tabs = re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", sql, re.I)
        ok = any(tabs.count(t) > 1 for t in set(tabs))
        if not ok:
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
    cents_db = {k for k, v in idents.items() if any(i.endswith("Cents") for i in v)}

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
        norm = " ".join(re.sub(r"[^\w%$]+", " ", text.lower()).split())
        if norm in seen_q:
            fail(f"{q['id']}: duplicate question text (same as {seen_q[norm]})")
        seen_q.setdefault(norm, q["id"])
        snorm = " ".join(sql.split())
        if (dbn, snorm) in seen_sql:
            fail(f"{q['id']}: duplicate SQL (same as {seen_sql[(dbn, snorm)]})")
        seen_sql.setdefault((dbn, snorm), q["id"])
        if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or ";" in sql.rstrip().rstrip(";"):
            fail(f"{q['id']}: SQL is not a single SELECT")
        # everyday words, not schema identifiers
        for ident in idents.get(dbn, ()):
            if ("_" in ident or re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]|[a-z]ID$", ident)) and \
                    re.search(r"(?<![\w])" + re.escape(ident) + r"(?![\w])", text, re.I):
                fail(f"{q['id']}: question mentions schema identifier {ident}")
            w = words_of(ident)
            if len(w) >= 3 and re.search(r"\b" + r"[\s_-]+".join(map(re.escape, w)) + r"\b", text, re.I):
                fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
        if dbn in cents_db and re.search(r"\bcents?\b", text, re.I):
            fail(f"{q['id']}: question asks in cents; money questions should ask in dollars")
        if RELATIVE.search(text):
            fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
        years_q = set(re.findall(r"\b(20\d\d)\b", text))
        for y in years_q:
            if y not in sql:
                fail(f"{q['id']}: question mentions {y} but the SQL does not")
        if re.search(r"'20\d\d-\d\d|\b20\d\d(0[1-9]|1[0-2])\b", sql) and not years_q:
            fail(f"{q['id']}: SQL filters on a date but the question names no year")
        pct_q = re.search(r"percent|%", text, re.I)
        pct_s = re.search(r"ROUND\(100\.0 \*.*, 2\)", sql, re.S)
        if pct_q and not pct_s:
            fail(f"{q['id']}: percent question without ROUND(100.0 * ..., 2)")
        if pct_s and not pct_q:
            fail(f"{q['id']}: percentage in SQL but the question does not say percent / %")
        sel = outer_select_list(sql)
        if re.search(r"\w+Cents\b", sel) and not (re.search(r"/ 100\.0", sel) and "ROUND(" in sel.upper()):
            fail(f"{q['id']}: money in cents returned without ROUND(... / 100.0, 2)")
        if kinds.get(q["id"]) == "breakdown" and MONTH_BREAKDOWN.search(text) and "strftime('%m'" not in sql:
            fail(f"{q['id']}: month breakdown without strftime('%m', ...)")
        for lit in literals(sql):
            if re.fullmatch(r"20\d\d-\d\d(-\d\d( \d\d:\d\d:\d\d)?)?|%.*|-?\d+(\.\d+)?", lit) or "%" in lit:
                continue
            if lit not in tvals.get(dbn, ()):
                fail(f"{q['id']}: SQL literal '{lit}' is not a value stored in {dbn}")
        kind = kinds.get(q["id"])
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
        if not any(kinds.get(q["id"]) == "breakdown" and "strftime('%m'" in q["sql"] for q in lst):
            fail(f"{dbn}: no breakdown by month")

    for q in qs:
        if list(q) != KEYS:
            continue
        con = ro(os.path.join(ROOT, q["db"]))
        try:
            cur = con.execute(q["sql"])
            rows = cur.fetchall()
        except Exception as e:
            fail(f"{q['id']}: error {e}")
            continue
        ncol = len(cur.description)
        if not rows:
            fail(f"{q['id']}: empty result")
            continue
        if any(v is None for r in rows for v in r):
            fail(f"{q['id']}: NULL in result")
        if len(rows) == 1 and ncol == 1 and rows[0][0] in (0, 0.0, ""):
            fail(f"{q['id']}: single-cell result is 0/empty")
        if any(isinstance(v, float) and abs(v * 100 - round(v * 100)) > 1e-6 for r in rows for v in r):
            fail(f"{q['id']}: a REAL result has more than 2 decimals (round money / averages to 2)")
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
        if split and (split[2] or q["order_matters"]):
            head, expr, tail = split
            for d in ("ASC", "DESC"):
                tb = ", ".join(f"{i} {d}" for i in range(1, ncol + 1))
                r2 = con.execute(f"{head}ORDER BY {expr.strip()}, {tb}{tail}").fetchall()
                if r2 != rows:
                    fail(f"{q['id']}: tie in ORDER BY (changes with {d} tie-breakers)")
        if kinds.get(q["id"]) in ("topn", "extreme_date") and not (split and split[2]) and len(rows) > 1 \
                and re.search(r"=\s*\(\s*SELECT\s+(MAX|MIN)\(", q["sql"], re.I):
            fail(f"{q['id']}: MAX/MIN pick returns {len(rows)} tied rows")
        con.close()

    if fails:
        print("FAIL:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
