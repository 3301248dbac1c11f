"""Checks the store-blind-9 databases and questions. Prints PASS or the list of failures.

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; pass a scratch copy to test planted faults)

Keeps the structure of store-blind-8's checker (schema rules, typed values, invariants, identifier-leak test, percent
rounding, literal test, order_matters both ways, tie test) and adapts it to this batch's two naming styles:
  * "abbrev" (wattle_bloom): singular lower-case table names and abbreviated lower-case column names with no
    separators. Keys end in `no` / `cd`, dates end in `dt` and are TEXT 'DD/MM/YYYY', flags end in `flg`, money is
    REAL dollars (`prc`, `cst`, `tot`, `fee`, `rt`), statuses are codes in the shared `stat` table;
  * "hungarian" (solas_beauty): singular PascalCase tables, and columns with a type prefix that must agree with the
    declared type: lng (INTEGER keys), str (TEXT), dt (TEXT 'YYYY-MM-DD'), dtm (TEXT 'YYYY-MM-DD HH:MM'),
    int (non-negative INTEGER; money is int...Cents) and bln (0/1 flags).
New in this batch:
  * size limits for the larger databases: 3,000-50,000 rows per database, 10-20,000 per table, file < 8 MB;
  * 'DD/MM/YYYY' dates must never be compared, sorted, MIN/MAX-ed or passed to date functions as raw text;
  * date-time columns must not be closed with `<= 'YYYY-MM-DD'` / BETWEEN on a bare date (that loses the last day);
  * question text may not contain the internal status codes (CMP, DLV, ...), abbreviated identifiers that are not
    English words (custnm, qtyord, ...), or a spelled-out Hungarian identifier of two or more words once its type
    prefix and an ID / Cents / Mins suffix are dropped ("hourly rate", "payment method", "treatment rooms"), nor the
    long form of a two-or-more-word abbreviation ("delivery fee" for delvfee, "order total" for ordtot);
  * a 'daterange' kind: the SQL must restrict to a window shorter than a year (full-date bounds or a month filter).
"""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"wattle_bloom": "abbrev", "solas_beauty": "hungarian"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 6, "attribute": 3, "selfref": 3, "list": 4,
            "having": 3, "negation": 2, "share": 2, "daterange": 2}
PLACE = {"wattle_bloom": ("area", "areanm", "state"), "solas_beauty": ("Town", "strTownName", "strCounty")}
LOOKUP = {"wattle_bloom": ("stat", "statcd")}          # shared status-code table and its code column
ENGLISH = {"area", "state", "shop", "staff", "role", "email", "phone", "slot", "size", "cat"}
# what the abbreviated wattle_bloom columns stand for; a question may not spell these out either
EXPANSIONS = {"ordtot": "order total", "unitprc": "unit price", "unitcst": "unit cost", "delvfee": "delivery fee",
              "hrlyrt": "hourly rate", "qtyord": "quantity ordered", "prcperdlv": "price per delivery",
              "joindt": "join date", "opendt": "open date", "closedt": "close date", "hiredt": "hire date",
              "termdt": "termination date", "launchdt": "launch date", "delvdt": "delivery date", "orddt": "order date",
              "startdt": "start date", "enddt": "end date", "custnm": "customer name", "prodnm": "product name",
              "shopnm": "shop name", "areanm": "area name", "firstnm": "first name", "lastnm": "last name",
              "recipnm": "recipient name", "paytyp": "payment type", "mgrno": "manager number", "custno": "customer number",
              "ordno": "order number", "coolrmflg": "cool room flag", "wkshpflg": "workshop flag", "bizflg": "business flag",
              "mktgflg": "marketing flag", "delflg": "deleted flag", "actvflg": "active flag", "seasflg": "seasonal flag",
              "ftflg": "full time flag", "statcd": "status code", "statdesc": "status description", "stattyp": "status type",
              "pcode": "post code", "chnl": "channel", "freq": "frequency"}
MAX_BYTES = 8 * 1024 * 1024


def I(x):
    """SQL that turns a 'DD/MM/YYYY' column into an ISO date string."""
    return f"(substr({x}, 7, 4) || '-' || substr({x}, 4, 2) || '-' || substr({x}, 1, 2))"


# per-database invariants: each query must return 0
INVARIANTS = {
    "wattle_bloom": [
        ("order total = sum of lines", "SELECT COUNT(*) FROM ord o WHERE ABS(o.ordtot - (SELECT SUM(qtyord * unitprc) FROM ordln l WHERE l.ordno = o.ordno)) > 0.011"),
        ("every order has a line", "SELECT COUNT(*) FROM ord o WHERE NOT EXISTS (SELECT 1 FROM ordln l WHERE l.ordno = o.ordno)"),
        ("orders only while the shop trades", f"SELECT COUNT(*) FROM ord o JOIN shop s ON s.shopno = o.shopno WHERE {I('o.orddt')} < {I('s.opendt')} OR (s.closedt IS NOT NULL AND {I('o.orddt')} >= {I('s.closedt')})"),
        ("order taken by on-staff employee of that shop", f"SELECT COUNT(*) FROM ord o JOIN staff e ON e.staffno = o.staffno WHERE e.shopno IS NOT o.shopno OR {I('o.orddt')} < {I('e.hiredt')} OR (e.termdt IS NOT NULL AND {I('o.orddt')} >= {I('e.termdt')})"),
        ("customer joined before ordering", f"SELECT COUNT(*) FROM ord o JOIN cust c ON c.custno = o.custno WHERE {I('o.orddt')} < {I('c.joindt')}"),
        ("product launched before sale", f"SELECT COUNT(*) FROM ordln l JOIN ord o ON o.ordno = l.ordno JOIN prod p ON p.prodno = l.prodno WHERE {I('o.orddt')} < {I('p.launchdt')}"),
        ("delivery on/after order, by an on-staff driver of that shop", f"SELECT COUNT(*) FROM delv v JOIN ord o ON o.ordno = v.ordno LEFT JOIN staff e ON e.staffno = v.driverno WHERE {I('v.delvdt')} < {I('o.orddt')} OR (v.driverno IS NOT NULL AND (e.role <> 'Delivery Driver' OR e.shopno <> o.shopno OR {I('v.delvdt')} < {I('e.hiredt')} OR (e.termdt IS NOT NULL AND {I('v.delvdt')} >= {I('e.termdt')})))"),
        ("delivery address in the shop's state", "SELECT COUNT(*) FROM delv v JOIN ord o ON o.ordno = v.ordno JOIN shop s ON s.shopno = o.shopno JOIN area a ON a.areano = s.areano JOIN area b ON b.areano = v.areano WHERE a.state <> b.state"),
        ("closedt set exactly for closed shops", "SELECT COUNT(*) FROM shop WHERE (statcd = 'CLS') <> (closedt IS NOT NULL)"),
        ("actvflg agrees with termdt", "SELECT COUNT(*) FROM staff WHERE actvflg <> (termdt IS NULL)"),
        ("status codes of the right type", "SELECT (SELECT COUNT(*) FROM ord o JOIN stat t ON t.statcd = o.statcd WHERE t.stattyp <> 'order') + (SELECT COUNT(*) FROM delv v JOIN stat t ON t.statcd = v.statcd WHERE t.stattyp <> 'delivery') + (SELECT COUNT(*) FROM shop s JOIN stat t ON t.statcd = s.statcd WHERE t.stattyp <> 'shop') + (SELECT COUNT(*) FROM subscr s JOIN stat t ON t.statcd = s.statcd WHERE t.stattyp <> 'subscription')"),
        ("scheduled deliveries exactly the future ones, and only their orders pending", f"SELECT (SELECT COUNT(*) FROM delv WHERE (statcd = 'SCH') <> ({I('delvdt')} >= '2026-01-01')) + (SELECT COUNT(*) FROM ord o LEFT JOIN delv v ON v.ordno = o.ordno WHERE (o.statcd = 'PND') <> (v.statcd IS 'SCH'))"),
        ("no cancelled order has a delivery", "SELECT COUNT(*) FROM delv v JOIN ord o ON o.ordno = v.ordno WHERE o.statcd = 'CAN'"),
        ("subscription end set exactly when cancelled, after start, customer joined first", f"SELECT COUNT(*) FROM subscr s JOIN cust c ON c.custno = s.custno WHERE (s.statcd = 'CNX') <> (s.enddt IS NOT NULL) OR {I('s.enddt')} <= {I('s.startdt')} OR {I('s.startdt')} < {I('c.joindt')}"),
    ],
    "solas_beauty": [
        ("appointment total = sum of items", "SELECT COUNT(*) FROM Appointment a WHERE a.intTotalCents IS NOT (SELECT SUM(intPriceCents) FROM AppointmentItem i WHERE i.lngAppointmentID = a.lngAppointmentID)"),
        ("sale total = sum of lines", "SELECT COUNT(*) FROM Sale s WHERE s.intTotalCents IS NOT (SELECT SUM(intQty * intUnitPriceCents) FROM SaleLine l WHERE l.lngSaleID = s.lngSaleID)"),
        ("appointments only while the salon is open", "SELECT COUNT(*) FROM Appointment a JOIN Salon s ON s.lngSalonID = a.lngSalonID WHERE date(a.dtmStart) < s.dtOpened OR (s.dtClosed IS NOT NULL AND date(a.dtmStart) >= s.dtClosed)"),
        ("appointment by an on-staff therapist of that salon", "SELECT COUNT(*) FROM Appointment a JOIN Employee e ON e.lngEmployeeID = a.lngEmployeeID WHERE e.lngSalonID IS NOT a.lngSalonID OR e.strJobTitle NOT IN ('Senior Therapist', 'Beauty Therapist', 'Nail Technician') OR date(a.dtmStart) < e.dtHired OR (e.dtLeft IS NOT NULL AND date(a.dtmStart) >= e.dtLeft)"),
        ("sale by an on-staff employee of that salon, while open", "SELECT COUNT(*) FROM Sale s JOIN Employee e ON e.lngEmployeeID = s.lngEmployeeID JOIN Salon n ON n.lngSalonID = s.lngSalonID WHERE e.lngSalonID IS NOT s.lngSalonID OR date(s.dtmSold) < e.dtHired OR (e.dtLeft IS NOT NULL AND date(s.dtmSold) >= e.dtLeft) OR date(s.dtmSold) < n.dtOpened OR (n.dtClosed IS NOT NULL AND date(s.dtmSold) >= n.dtClosed)"),
        ("client joined before appointments and purchases", "SELECT (SELECT COUNT(*) FROM Appointment a JOIN Client c ON c.lngClientID = a.lngClientID WHERE date(a.dtmStart) < c.dtJoined) + (SELECT COUNT(*) FROM Sale s JOIN Client c ON c.lngClientID = s.lngClientID WHERE date(s.dtmSold) < c.dtJoined)"),
        ("product launched before sale", "SELECT COUNT(*) FROM SaleLine l JOIN Sale s ON s.lngSaleID = l.lngSaleID JOIN Product p ON p.lngProductID = l.lngProductID WHERE date(s.dtmSold) < p.dtLaunched"),
        ("referrer joined before the client they referred", "SELECT COUNT(*) FROM Client c JOIN Client r ON r.lngClientID = c.lngReferredByID WHERE r.dtJoined > c.dtJoined OR r.lngClientID = c.lngClientID"),
        ("dtClosed set exactly for closed salons", "SELECT COUNT(*) FROM Salon WHERE (strStatus = 'Closed') <> (dtClosed IS NOT NULL)"),
        ("blnActive agrees with dtLeft", "SELECT COUNT(*) FROM Employee WHERE blnActive <> (dtLeft IS NULL)"),
        ("Booked exactly for future appointments", "SELECT COUNT(*) FROM Appointment WHERE (strStatus = 'Booked') <> (dtmStart >= '2026-01-01')"),
        ("tips only on completed appointments", "SELECT COUNT(*) FROM Appointment WHERE intTipCents IS NOT NULL AND strStatus <> 'Completed'"),
        ("deleted clients have nothing booked ahead", "SELECT COUNT(*) FROM Appointment a JOIN Client c ON c.lngClientID = a.lngClientID WHERE c.blnDeleted = 1 AND a.strStatus = 'Booked'"),
    ],
}
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week)\b|\btoday\b|\byesterday\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest) first|"
                         r"in (month|date|time|alphabetical) order|\border(ed)? by\b|\bsorted\b|\branked\b|"
                         r"\bfrom (highest|lowest|biggest|smallest|most|least|earliest|latest)\b", re.I)
MONTH_BREAKDOWN = re.compile(r"\b(per|by|each|every) month\b|\bmonth by month\b|\bin month order\b", re.I)
HUNGARIAN_PREFIX = re.compile(r"^(lng|str|dtm|dt|int|bln)(?=[A-Z])")
HUNGARIAN_TYPE = {"lng": "INTEGER", "str": "TEXT", "dtm": "TEXT", "dt": "TEXT", "int": "INTEGER", "bln": "INTEGER"}
ACCENT = re.compile(r"[À-ɏḀ-ỿ]")
fails = []


def fail(msg):
    fails.append(msg)


def ro(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def words_of(ident):
    """Split snake / Pascal / camel / Hungarian identifiers into lower-case words (lngHomeSalonID -> lng, home, salon, id)."""
    parts = []
    for chunk in ident.split("_"):
        parts += re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", chunk)
    return [p.lower() for p in parts if p]


def spelled_words(ident, style):
    w = words_of(ident)
    if style == "hungarian":
        if HUNGARIAN_PREFIX.match(ident):
            w = w[1:]
        while w and w[-1] in ("id", "cents", "mins"):
            w = w[:-1]
    return w


def check_db(path):
    name = os.path.basename(path)[:-len(".sqlite")]
    style = STYLE.get(name)
    if style is None:
        fail(f"{name}: unknown database (no naming style registered)")
    if os.path.getsize(path) >= MAX_BYTES:
        fail(f"{name}: file is {os.path.getsize(path)} bytes (want < 8 MB)")
    con = ro(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not 7 <= len(tables) <= 10:
        fail(f"{name}: {len(tables)} tables (want 7-10)")
    self_ref = link = False
    nfk = ndate = nflag = nstatus = total_rows = 0
    idents, text_values = set(), set()
    accented = place_dup = False
    pk_of = {t: [c[1] for c in sorted(con.execute(f'PRAGMA table_info("{t}")'), key=lambda c: c[5]) if c[5]] for t in tables}
    lookup = LOOKUP.get(name)
    for t in tables:
        n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        total_rows += n
        if not 10 <= n <= 20000:
            fail(f"{name}.{t}: {n} rows (want 10-20,000)")
        if style == "abbrev" and not (re.fullmatch(r"[a-z]{2,8}", t) and not t.endswith("s")):
            fail(f"{name}.{t}: table name is not a singular lower-case abbreviation")
        if style == "hungarian" and not (re.fullmatch(r"([A-Z][a-z]+)+", t) and not t.endswith("s")):
            fail(f"{name}.{t}: table name is not singular PascalCase")
        fks = con.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()
        nfk += len(fks)
        if any(fk[2] == t for fk in fks):
            self_ref = True
        cols = con.execute(f'PRAGMA table_info("{t}")').fetchall()
        pk = pk_of[t]
        fk_cols = {fk[3] for fk in fks}
        fk_target = {fk[3]: fk[2] for fk in fks}
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

            def bad(where):
                return con.execute(f'SELECT COUNT(*) FROM "{t}" WHERE {q} IS NOT NULL AND ({where})').fetchone()[0]
            own_key = len(pk) == 1 and col == pk[0]
            if style == "abbrev":
                if not re.fullmatch(r"[a-z]{2,10}", col):
                    fail(f"{name}.{t}.{col}: column is not an abbreviated lower-case name")
                is_key = bool(re.search(r"(no|cd)$", col))
                if col.endswith("dt"):
                    ndate += 1
                    if bad(f"typeof({q}) <> 'text' OR length({q}) <> 10 OR substr({q}, 3, 1) <> '/' OR substr({q}, 6, 1) <> '/' "
                           f"OR date({I(q)}, '+0 days') IS NOT {I(q)}"):
                        fail(f"{name}.{t}.{col}: values that are not real DD/MM/YYYY dates")
                is_flag = col.endswith("flg")
                if re.search(r"(prc|cst|tot|fee|rt)$|^prc", col):
                    if typ != "REAL" or bad(f"typeof({q}) <> 'real' OR {q} < 0 OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                        fail(f"{name}.{t}.{col}: money column is not non-negative REAL with 2 decimals")
                if re.search(r"^qty|sqm$", col):
                    if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                        fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
                if "statcd" in col and t != (lookup or ("",))[0]:
                    nstatus += 1
                    if not lookup or fk_target.get(col) != lookup[0]:
                        fail(f"{name}.{t}.{col}: status column is not a key into the status-code table")
                is_name = col.endswith("nm")
            else:
                m = HUNGARIAN_PREFIX.match(col)
                if not (m and re.fullmatch(r"(lng|str|dtm|dt|int|bln)([A-Z][a-z]*|ID)+", col)):
                    fail(f"{name}.{t}.{col}: column has no Hungarian type prefix")
                    continue
                pre = m.group(1)
                if typ != HUNGARIAN_TYPE[pre]:
                    fail(f"{name}.{t}.{col}: prefix '{pre}' but declared type {typ}")
                is_key = pre == "lng" and col.endswith("ID")
                if pre == "dt":
                    ndate += 1
                    if bad(f"typeof({q}) <> 'text' OR date({q}, '+0 days') IS NOT {q}"):
                        fail(f"{name}.{t}.{col}: values that are not real YYYY-MM-DD dates")
                if pre == "dtm":
                    ndate += 1
                    if bad(f"typeof({q}) <> 'text' OR length({q}) <> 16 OR datetime({q} || ':00', '+0 seconds') IS NOT {q} || ':00'"):
                        fail(f"{name}.{t}.{col}: values that are not real YYYY-MM-DD HH:MM date-times")
                is_flag = pre == "bln"
                if pre == "int" and bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                    fail(f"{name}.{t}.{col}: int{'/cents' if col.endswith('Cents') else ''} column is not a non-negative INTEGER")
                if col == "strStatus":
                    nstatus += 1
                    if con.execute(f'SELECT COUNT(DISTINCT {q}) FROM "{t}"').fetchone()[0] < 2:
                        fail(f"{name}.{t}.{col}: status column with fewer than 2 values")
                is_name = col.endswith("Name")
            if is_key and col not in fk_cols and not own_key:
                fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            if is_flag:
                nflag += 1
                vals = {r[0] for r in con.execute(f'SELECT DISTINCT {q} FROM "{t}"')}
                if typ != "INTEGER" or not vals <= {0, 1}:
                    fail(f"{name}.{t}.{col}: flag column is not INTEGER 0/1")
                elif vals != {0, 1}:
                    fail(f"{name}.{t}.{col}: flag column never varies ({sorted(vals)})")
            if typ == "REAL" and bad(f"typeof({q}) <> 'real'"):
                fail(f"{name}.{t}.{col}: non-REAL values in a REAL column")
            if typ == "TEXT":
                for (v,) in con.execute(f'SELECT DISTINCT {q} FROM "{t}" WHERE {q} IS NOT NULL'):
                    text_values.add(v)
                    if not accented and is_name and ACCENT.search(v):
                        accented = True
    if not 3000 <= total_rows <= 50000:
        fail(f"{name}: {total_rows} rows in all (want 3,000-50,000)")
    pl = PLACE.get(name)
    if pl and pl[0] in tables and con.execute(f'SELECT 1 FROM "{pl[0]}" GROUP BY "{pl[1]}" HAVING COUNT(DISTINCT "{pl[2]}") > 1 LIMIT 1').fetchone():
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
    codes = set()
    if lookup:
        codes = {r[0] for r in con.execute(f'SELECT "{lookup[1]}" FROM "{lookup[0]}"')}
    dt_cols = {i for i in idents if style == "abbrev" and i.endswith("dt")}
    dtm_cols = {i for i in idents if style == "hungarian" and i.startswith("dtm")}
    con.close()
    return {"idents": idents, "values": text_values, "codes": codes, "style": style, "dt": dt_cols, "dtm": dtm_cols}


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


def is_daterange(sql):
    full = re.findall(r"'(20\d\d)-(\d\d)-(\d\d)'", sql)
    if len(full) >= 2 and any((mo, dd) != ("01", "01") for _, mo, dd in full):
        return True
    return bool(re.search(r"substr\(\s*[\w.]+\s*,\s*4\s*,\s*2\s*\)\s*=\s*'\d\d'|strftime\('%m',[^)]*\)\s*=\s*'\d\d'", sql, re.I))


def check_kind(q, kind, sql):
    u = sql.upper()
    need = {
        "count": "COUNT(" in u,
        "total": "SUM(" in u or "AVG(" in u,
        "breakdown": "GROUP BY" in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)) or "MAX(" in u or "MIN(" in u,
        "attribute": "GROUP BY" not in u and "COUNT(" not in u,
        "selfref": None,
        "list": "WHERE" in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|IS NULL|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": "100.0 *" in u,
        "daterange": is_daterange(sql),
    }
    if kind not in need:
        fail(f"{q['id']}: unknown kind {kind}")
        return
    if kind == "selfref":
        tabs = re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", sql, re.I)
        if not any(tabs.count(t) > 1 for t in set(tabs)):
            fail(f"{q['id']}: self-reference question does not join a table to itself")
    elif not need[kind]:
        fail(f"{q['id']}: SQL does not have the shape of kind '{kind}'")


def check_text(q, dbn, info):
    text = q["question"]
    style = info["style"]
    for ident in info["idents"]:
        if style == "abbrev":
            if ident not in ENGLISH and re.search(r"(?<![\w])" + re.escape(ident) + r"(?![\w])", text, re.I):
                fail(f"{q['id']}: question mentions schema identifier {ident}")
            exp = EXPANSIONS.get(ident, "").split()
            if len(exp) >= 2 and re.search(r"\b" + r"[\s_-]+".join(map(re.escape, exp)) + r"s?\b", text, re.I):
                fail(f"{q['id']}: question spells out schema identifier {ident} ('{' '.join(exp)}')")
            continue
        if re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]|[a-z]ID$", ident) and \
                re.search(r"(?<![\w])" + re.escape(ident) + r"(?![\w])", text, re.I):
            fail(f"{q['id']}: question mentions schema identifier {ident}")
        w = spelled_words(ident, style)
        if len(w) >= 2 and re.search(r"\b" + r"[\s_-]+".join(map(re.escape, w)) + r"\b", text, re.I):
            fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
    for code in info["codes"]:
        if re.search(r"\b" + re.escape(code) + r"\b", text):
            fail(f"{q['id']}: question uses the internal status code {code}")


def check_sql_dates(q, info):
    sql = q["sql"]
    for col in info["dt"]:
        c = r"(?:\w+\.)?" + col + r"\b"
        pats = [c + r"\s*(<|>|<=|>=|BETWEEN\b)", r"(<|>|<=|>=)\s*" + c, r"\b(MIN|MAX)\(\s*" + c + r"\s*\)",
                r"ORDER BY\s+" + c, r"\b(strftime|date|datetime|julianday)\(\s*('[^']*'\s*,\s*)?" + c + r"\s*[,)]",
                c + r"\s*=\s*'20\d\d-"]
        for p in pats:
            if re.search(p, sql, re.I):
                fail(f"{q['id']}: DD/MM/YYYY column {col} is compared, sorted or parsed as if it were an ISO date")
                break
    for col in info["dtm"]:
        c = r"(?:\w+\.)?" + col + r"\b"
        if re.search(c + r"\s*(<=\s*|BETWEEN\s+'[^']*'\s+AND\s+)'20\d\d-\d\d-\d\d'", sql, re.I):
            fail(f"{q['id']}: date-time column {col} closed with a bare date (misses the last day)")


def main():
    db_dir = os.path.join(ROOT, "databases")
    dbs = sorted(f for f in os.listdir(db_dir) if f.endswith(".sqlite"))
    if len(dbs) != 2:
        fail(f"expected 2 databases, found {dbs}")
    info = {f[:-len(".sqlite")]: check_db(os.path.join(db_dir, f)) for f in dbs}
    cents_db = {k for k, v in info.items() if any(i.endswith("Cents") for i in v["idents"])}

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
        if dbn in info:
            check_text(q, dbn, info[dbn])
            check_sql_dates(q, info[dbn])
        if dbn in cents_db and re.search(r"\bcents?\b", text, re.I):
            fail(f"{q['id']}: question asks in cents; money questions should ask in euro")
        if RELATIVE.search(text):
            fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
        years_q = set(re.findall(r"\b(20\d\d)\b", text))
        for y in years_q:
            if y not in sql:
                fail(f"{q['id']}: question mentions {y} but the SQL does not")
        if re.search(r"'20\d\d-\d\d|'20\d\d'|\b20\d\d(0[1-9]|1[0-2])\b", sql) and not years_q:
            fail(f"{q['id']}: SQL filters on a date but the question names no year")
        pct_q = re.search(r"percent|%", text, re.I)
        pct_s = re.search(r"ROUND\(100\.0 \*.*, 2\)", sql, re.S)
        if pct_q and not pct_s:
            fail(f"{q['id']}: percent question without ROUND(100.0 * ..., 2)")
        if pct_s and not pct_q:
            fail(f"{q['id']}: percentage in SQL but the question does not say percent / %")
        sel = outer_select_list(sql)
        if re.search(r"\w+Cents\b(?!\s+IS\b)", sel) and not (re.search(r"/ 100\.0", sel) and "ROUND(" in sel.upper()):
            fail(f"{q['id']}: money in cents returned without ROUND(... / 100.0, 2)")
        if kinds.get(q["id"]) == "breakdown" and MONTH_BREAKDOWN.search(text) and \
                not re.search(r"strftime\('%m'|substr\(\s*[\w.]+\s*,\s*4\s*,\s*2\s*\)", sql):
            fail(f"{q['id']}: month breakdown without strftime('%m', ...) or substr(..., 4, 2)")
        for lit in literals(sql):
            if re.fullmatch(r"20\d\d(-\d\d(-\d\d( \d\d:\d\d(:\d\d)?)?)?)?|%.*|-?\d+(\.\d+)?|[-/: ]", lit) or "%" in lit:
                continue
            if lit not in info.get(dbn, {}).get("values", ()):
                fail(f"{q['id']}: SQL literal '{lit}' is not a value stored in {dbn}")
        kind = kinds.get(q["id"])
        if kind:
            check_kind(q, kind, sql)
        else:
            fail(f"{q['id']}: no kind in kinds.tsv")
    if set(per_db) != set(info):
        fail(f"question databases {sorted(per_db)} != database files {sorted(info)}")
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
        if not any(kinds.get(q["id"]) == "breakdown" and MONTH_BREAKDOWN.search(q["question"]) for q in lst):
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
        if kinds.get(q["id"]) == "topn" and not (split and split[2]) and len(rows) > 1 \
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
