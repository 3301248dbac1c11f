"""Checks the store-blind-19 databases and questions.  Prints PASS or the list of failures (exit code 1).

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; plant_faults.py passes scratch copies)

Every database is opened read-only (mode=ro URI + PRAGMA query_only).  Checks:
  * databases: at most 4 MB; declared FKs point at primary keys; foreign_key_check / integrity_check clean; a
    self-referencing FK; a many-to-many link table (a primary key over two FKs to different tables); accented names;
    a town name shared by two counties / states; the dirty data and edge cases that must be present; per-database
    invariants, computed in Python from the raw rows (transaction money = its lines, VAT per line, tenders = totals,
    trading days and hours in Irish time, staff on the payroll and at the right branch that day, prices on the day,
    the club discount, returns pointing at an earlier sale; ticket money with float tolerance, sales tax, payments and
    refunds, cafe days and hours, play fees on the day, games from the cafe's own library, bookings, members' dates);
  * naming styles: corrib_aquatics = till / ERP export (UPPERCASE XXX_YYY tables, short lowercase abbreviated columns,
    integer cents, epoch seconds, YYYYMMDD integers, 'Y' / 'N' flags, one-letter codes);
    meeple_and_mug = hand-rolled PHP app (mm_ snake_case singular tables, camelCase columns, REAL dollars with float
    noise, 'MM/DD/YYYY' text dates, 'h:mm AM' text times, 0/1 soft-delete columns, integer status codes in one lookup);
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape; plain English (no
    identifiers, underscores, camelCase, column-like phrases, structure words, relative periods); years in the text
    <-> dates in the SQL; transactions filtered on type and status, voided lines left out, cents divided by 100.0,
    epoch seconds only read through 'unixepoch', merged customers left out; tickets filtered on status, voided lines
    left out, deleted members left out, 'MM/DD/YYYY' dates never compared, sorted or cut as if ISO; money questions
    say how VAT / tax and returns / refunds are treated; shares forced to real division; every SQL literal stored;
  * results: non-empty, <= 20 rows, no NULL cell, no single-cell 0, REALs rounded to 2 decimals, shares as ratios in
    (0, 1) rounded to 4 decimals, 'YYYY-MM' months, 'YYYY-Qn' quarters, Monday week starts, no 'MM/DD/YYYY' date or raw
    epoch in a result, a person's name as ONE column, LIMIT only with ORDER BY, order_matters both ways, the same
    result twice, no tie at a LIMIT cut or in an ordered answer."""
import calendar, datetime as dt, json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
CA, MM = "corrib_aquatics", "meeple_and_mug"
STYLE = {CA: "erp", MM: "phpapp"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_ROWS, MAX_MB = 20, 4
D, TD = dt.date, dt.timedelta
US_DATE_COLS = {"openedOn", "hireDate", "termDate", "addedOn", "joinDate", "cancelDate", "deletedOn", "ticketDate", "paidDate", "bookingDate", "createdOn"}
US_TIME_COLS = {"openedAt", "closedAt", "paidTime", "bookingTime"}
MM_MONEY = {("mm_item", "price"), ("mm_ticket", "subtotal"), ("mm_ticket", "discountAmt"), ("mm_ticket", "tax"), ("mm_ticket", "tip"), ("mm_ticket", "total"),
            ("mm_ticket_item", "unitPrice"), ("mm_ticket_item", "lineTotal"), ("mm_payment", "amount"), ("mm_payment", "tipAmount"), ("mm_staff", "hourlyRate")}
MM_BITS = {("mm_item", "deleted"), ("mm_member", "deleted"), ("mm_game", "deleted"), ("mm_ticket_item", "voided"), ("mm_staff", "active"),
           ("mm_pay_method", "isCard"), ("mm_role", "isTipped"), ("mm_item", "ageCheck")}
NAME_PAIRS = [("fst_nm", "lst_nm"), ("firstName", "lastName")]
LEAKY = ["gross", "tender", "plu", "trn", "itm", "brn", "cust no", "emp no", "void flag", "line void", "qty", "sold qty", "cents", "epoch", "unix",
         "timestamp", "status code", "line total", "subtotal", "sub total", "unit price", "discount code", "discount amount", "discount amt", "tax rate",
         "first name", "last name", "party size", "table no", "member id", "ticket id", "item id", "game id", "location id", "home location",
         "is card", "is tipped", "age check", "play minutes", "sort order", "parent id", "role name", "hourly rate", "deleted note",
         "sell price", "cost price", "uom", "lvstk", "club flag", "dsc", "grp", "tnd", "hdr", "mst", "lkp", "mm ", "applies to", "method code"]
FORBIDDEN_SQL = re.compile(r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|DETACH|PRAGMA|REPLACE|VACUUM|REINDEX|ANALYZE|BEGIN|COMMIT)\b", re.I)
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season|christmas)\b|\btoday\b|\byesterday\b|\bright now\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b|\bago\b|\bat the moment\b|\blately\b|\bthese days\b|\bnowadays\b|\byet\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest|busiest) first|"
                         r"\bin (month|date|time|alphabetical) order\b|\border(ed)? by\b|\bsorted\b|\branked\b", re.I)
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


def words_of(ident):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", ident)
    return [x for x in re.split(r"[_\s]+", s.lower()) if x]


def last_sunday(y, m):
    x = D(y, m, calendar.monthrange(y, m)[1])
    return x - TD(days=(x.weekday() + 1) % 7)


def from_ymd(n):
    return D(n // 10000, n // 100 % 100, n % 100)


def from_us(s):
    return D(int(s[6:10]), int(s[:2]), int(s[3:5]))


def us_minutes(s):
    m = re.fullmatch(r"(1[0-2]|[1-9]):([0-5]\d) (AM|PM)", s)
    h = int(m.group(1)) % 12 + (12 if m.group(3) == "PM" else 0)
    return h * 60 + int(m.group(2))


def real_date(y, m, d):
    try:
        D(y, m, d)
        return 2000 <= y <= 2030
    except ValueError:
        return False


def half_up_div(num, den):
    s = -1 if num < 0 else 1
    return s * ((2 * abs(num) + den) // (2 * den))


# ------------------------------------------------------------------ database checks
def check_structure(name, con, style):
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    pk_of = {t: [c[1] for c in sorted(con.execute(f"PRAGMA table_info({qi(t)})"), key=lambda c: c[5]) if c[5]] for t in tables}
    idents, text_values = set(), set()
    self_ref = link = accented = False
    for t in tables:
        idents.add(t)
        fks = con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall()
        fk_cols = {fk[3]: fk for fk in fks}
        if any(fk[2] == t for fk in fks):
            self_ref = True
        if len(pk_of[t]) == 2 and all(c in fk_cols for c in pk_of[t]) and len({fk_cols[c][2] for c in pk_of[t]}) == 2:
            link = True
        for fk in fks:
            if pk_of.get(fk[2]) != [fk[4]]:
                fail(f"{name}.{t}.{fk[3]}: FK target {fk[2]}.{fk[4]} is not its primary key")
        if style == "erp" and not re.fullmatch(r"[A-Z]{3,4}_[A-Z]{3}", t):
            fail(f"{name}.{t}: table name is not an ERP-style XXX_YYY name")
        if style == "phpapp" and not re.fullmatch(r"mm_[a-z]+(_[a-z]+)*", t):
            fail(f"{name}.{t}: table name is not mm_ + singular snake_case")
        if style == "phpapp" and re.search(r"s$", t) and t not in ("mm_status",):
            fail(f"{name}.{t}: table name is plural")
        for c in con.execute(f"PRAGMA table_info({qi(t)})").fetchall():
            col, typ = c[1], (c[2] or "").upper()
            idents.add(col)
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if style == "erp":
                if not re.fullmatch(r"[a-z][a-z0-9]{1,4}(_[a-z][a-z0-9]{1,4})*", col):
                    fail(f"{name}.{t}.{col}: column is not a short lowercase abbreviation")
                if col.endswith("_cts") and bad(f"typeof({q}) <> 'integer'"):
                    fail(f"{name}.{t}.{col}: cents that are not integers")
                if col.endswith("_ts") and bad(f"typeof({q}) <> 'integer' OR {q} NOT BETWEEN 1230768000 AND 1798761600"):
                    fail(f"{name}.{t}.{col}: not epoch seconds between 2009 and 2026")
                if col.endswith("_dt") and not all(isinstance(v, int) and real_date(v // 10000, v // 100 % 100, v % 100) for v in vals() - {None}):
                    fail(f"{name}.{t}.{col}: not a real YYYYMMDD integer date")
                if (col.endswith("_flg") or col in ("sun_opn", "wkend_only")) and vals() != {"Y", "N"}:
                    fail(f"{name}.{t}.{col}: flag is not 'Y' / 'N' or never varies")
                if col == "trn_typ" and vals() != {"S", "R", "N"}:
                    fail(f"{name}.{t}.{col}: transaction types are not S / R / N")
                if col == "trn_stat" and vals() != {"C", "V"}:
                    fail(f"{name}.{t}.{col}: transaction statuses are not C / V")
                if (col.endswith("_no") or col.endswith("_id") or col.endswith("_cd")) and col != (pk_of[t] or [None])[0] and not (t == "TRN_LIN" and col == "ln_no") \
                        and not (t == "TRN_TND" and col == "tnd_seq") and col not in ("tel_no", "till_no", "plu_cd", "cntry_cd") and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            else:
                if not re.fullmatch(r"[a-z]+([A-Z][a-z]+)*", col):
                    fail(f"{name}.{t}.{col}: column is not camelCase")
                if col in US_DATE_COLS and not all(isinstance(v, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", v) and real_date(int(v[6:]), int(v[:2]), int(v[3:5]))
                                                   for v in vals() - {None}):
                    fail(f"{name}.{t}.{col}: dates that are not 'MM/DD/YYYY'")
                if col in US_TIME_COLS and bad(f"NOT ({q} GLOB '[1-9]:[0-5][0-9] [AP]M' OR {q} GLOB '1[0-2]:[0-5][0-9] [AP]M')"):
                    fail(f"{name}.{t}.{col}: times that are not 'h:mm AM/PM'")
                if (t, col) in MM_MONEY and bad(f"typeof({q}) <> 'real'"):
                    fail(f"{name}.{t}.{col}: money that is not REAL dollars")
                if (t, col) in MM_BITS and vals() != {0, 1}:
                    fail(f"{name}.{t}.{col}: 0/1 column that is not 0/1 or never varies")
                if col.endswith("Id") and col != (pk_of[t] or [None])[0] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            if typ.startswith(("TEXT", "VARCHAR", "CHAR")) or typ == "":
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE typeof({q}) = 'text' AND length({q}) <= 80"):
                    text_values.add(v)
                    if not accented and re.search(r"[^\x00-\x7f€£]", v) and re.search(r"nm|name", col, re.I):
                        accented = True
    if not self_ref:
        fail(f"{name}: no self-referencing foreign key")
    if not link:
        fail(f"{name}: no many-to-many link table (a primary key over two foreign keys)")
    if not accented:
        fail(f"{name}: no accented names")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        fail(f"{name}: foreign_key_check reports dangling keys")
    if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        fail(f"{name}: integrity_check failed")
    return idents, text_values


EDGE = {
    CA: [
        ("a town shared by two counties", "SELECT COUNT(*) FROM (SELECT UPPER(TRIM(twn)) FROM CUST_MST WHERE twn IS NOT NULL GROUP BY 1 "
         "HAVING COUNT(DISTINCT REPLACE(REPLACE(REPLACE(UPPER(cnty), 'COUNTY ', ''), 'CO. ', ''), 'CO ', '')) > 1)"),
        ("legacy UPPERCASE item descriptions still on sale", "SELECT COUNT(*) FROM ITM_MST WHERE itm_dsc = UPPER(itm_dsc) AND dsc_flg = 'N'"),
        ("one product keyed twice in different case, both sold", "SELECT COUNT(*) FROM (SELECT UPPER(TRIM(i.itm_dsc)) FROM ITM_MST i WHERE EXISTS (SELECT 1 FROM TRN_LIN l "
         "WHERE l.itm_no = i.itm_no) GROUP BY 1 HAVING COUNT(DISTINCT i.itm_dsc) > 1)"),
        ("a trailing space in a description and in surnames", "SELECT MIN((SELECT COUNT(*) FROM ITM_MST WHERE itm_dsc <> TRIM(itm_dsc)), (SELECT COUNT(*) FROM CUST_MST WHERE lst_nm <> TRIM(lst_nm)))"),
        ("merged duplicate customers in another case", "SELECT COUNT(*) FROM CUST_MST d JOIN CUST_MST k ON k.cust_no = d.mrg_to_cust_no WHERE d.fst_nm <> k.fst_nm AND UPPER(d.fst_nm) = UPPER(k.fst_nm)"),
        ("counties typed several ways", "SELECT COUNT(DISTINCT cnty) - COUNT(DISTINCT REPLACE(REPLACE(REPLACE(UPPER(cnty), 'COUNTY ', ''), 'CO. ', ''), 'CO ', '')) FROM CUST_MST"),
        ("NULL phones, e-mails and towns", "SELECT MIN((SELECT COUNT(*) FROM CUST_MST WHERE tel_no IS NULL), (SELECT COUNT(*) FROM CUST_MST WHERE email_adr IS NULL), (SELECT COUNT(*) FROM CUST_MST WHERE twn IS NULL))"),
        ("line voids", "SELECT COUNT(*) FROM TRN_LIN WHERE void_flg = 'Y'"),
        ("voided transactions", "SELECT COUNT(*) FROM TRN_HDR WHERE trn_stat = 'V'"),
        ("no-sale drawer openings", "SELECT COUNT(*) FROM TRN_HDR WHERE trn_typ = 'N'"),
        ("livestock and goods returns", "SELECT COUNT(DISTINCT i.lvstk_flg) - 1 FROM TRN_HDR h JOIN TRN_LIN l ON l.trn_id = h.trn_id JOIN ITM_MST i ON i.itm_no = l.itm_no WHERE h.trn_typ = 'R'"),
        ("returns at another branch", "SELECT COUNT(*) FROM TRN_HDR r JOIN TRN_HDR o ON o.trn_id = r.orig_trn_id WHERE r.brn_cd <> o.brn_cd"),
        ("a price rise during the data", "SELECT COUNT(*) FROM TRN_LIN l JOIN ITM_MST i ON i.itm_no = l.itm_no WHERE l.unt_prc_cts <> i.sell_prc_cts"),
        ("a branch opened during the data", "SELECT COUNT(*) FROM BRN_MST WHERE opn_dt > 20240101"),
        ("a location that never sells", "SELECT COUNT(*) FROM BRN_MST b WHERE NOT EXISTS (SELECT 1 FROM TRN_HDR h WHERE h.brn_cd = b.brn_cd)"),
        ("staff who left", "SELECT COUNT(*) FROM EMP_MST WHERE term_dt IS NOT NULL"),
        ("a discontinued product never sold", "SELECT COUNT(*) FROM ITM_MST i WHERE dsc_flg = 'Y' AND NOT EXISTS (SELECT 1 FROM TRN_LIN l WHERE l.itm_no = i.itm_no)"),
        ("split voucher + card payments and cash change", "SELECT MIN((SELECT COUNT(*) FROM TRN_TND WHERE tnd_seq = 2), (SELECT COUNT(*) FROM TRN_TND WHERE chg_cts > 0))"),
        ("sales in Irish summer and winter time", "SELECT COUNT(DISTINCT strftime('%m', trn_ts, 'unixepoch') IN ('04', '05', '06', '07', '08', '09')) - 1 FROM TRN_HDR"),
    ],
    MM: [
        ("a town shared by two states", "SELECT COUNT(*) FROM (SELECT city FROM mm_member GROUP BY city HAVING COUNT(DISTINCT UPPER(substr(state, 1, 1))) > 1)"),
        ("library titles keyed in different case", "SELECT COUNT(*) FROM (SELECT LOWER(TRIM(title)) FROM mm_game GROUP BY 1 HAVING COUNT(DISTINCT title) > 1)"),
        ("a trailing space in a title and in names", "SELECT MIN((SELECT COUNT(*) FROM mm_game WHERE title <> TRIM(title)), (SELECT COUNT(*) FROM mm_member WHERE lastName <> TRIM(lastName)))"),
        ("a menu item keyed twice in different case, both sold", "SELECT COUNT(*) FROM (SELECT LOWER(i.name) FROM mm_item i WHERE EXISTS (SELECT 1 FROM mm_ticket_item l WHERE l.itemId = i.itemId) "
         "GROUP BY 1 HAVING COUNT(DISTINCT i.name) > 1)"),
        ("members signed up twice with the same e-mail in another case", "SELECT COUNT(*) FROM (SELECT LOWER(email) FROM mm_member WHERE email IS NOT NULL GROUP BY 1 HAVING COUNT(DISTINCT email) > 1)"),
        ("St. Paul typed three ways", "SELECT COUNT(DISTINCT city) - 2 FROM mm_member WHERE city IN ('St. Paul', 'Saint Paul', 'St Paul')"),
        ("phone numbers in several formats", "SELECT (SELECT COUNT(*) FROM mm_member WHERE phone GLOB '([0-9][0-9][0-9]) *') * (SELECT COUNT(*) FROM mm_member WHERE phone GLOB '[0-9][0-9][0-9][0-9]*')"),
        ("NULL e-mails and phones", "SELECT MIN((SELECT COUNT(*) FROM mm_member WHERE email IS NULL AND deleted = 0), (SELECT COUNT(*) FROM mm_member WHERE phone IS NULL AND deleted = 0))"),
        ("voided lines", "SELECT COUNT(*) FROM mm_ticket_item WHERE voided = 1"),
        ("open, voided and refunded tickets", "SELECT COUNT(DISTINCT statusCode) - 1 FROM mm_ticket WHERE statusCode IN (1, 3, 4)"),
        ("no-shows, cancellations and bookings still to come", "SELECT COUNT(DISTINCT statusCode) - 2 FROM mm_booking WHERE statusCode IN (11, 13, 14)"),
        ("float noise in money", "SELECT COUNT(*) FROM mm_ticket WHERE subtotal <> ROUND(subtotal, 2)"),
        ("retired library copies and menu items taken off", "SELECT MIN((SELECT COUNT(*) FROM mm_game WHERE deleted = 1), (SELECT COUNT(*) FROM mm_item WHERE deleted = 1))"),
        ("erased and test members", "SELECT COUNT(*) FROM mm_member WHERE deleted = 1"),
        ("a cafe opened during the data", "SELECT COUNT(*) FROM mm_location WHERE substr(openedOn, 7, 4) = '2025'"),
        ("a play-fee rise", "SELECT COUNT(*) FROM mm_ticket_item l JOIN mm_item i ON i.itemId = l.itemId WHERE l.unitPrice <> i.price"),
        ("staff who left", "SELECT COUNT(*) FROM mm_staff WHERE termDate IS NOT NULL"),
        ("split checks", "SELECT COUNT(*) FROM (SELECT ticketId FROM mm_payment WHERE refundOf IS NULL GROUP BY ticketId HAVING COUNT(*) > 1)"),
        ("dates on the 1st-12th of a month (the MM/DD vs DD/MM trap)", "SELECT COUNT(*) FROM mm_ticket WHERE CAST(substr(ticketDate, 4, 2) AS INTEGER) <= 12"),
    ],
}


# ------------------------------------------------------------------ invariants (Python, from the raw rows)
CA_HOURS = {"GAL": {0: (570, 1080), 1: (570, 1080), 2: (570, 1080), 3: (570, 1080), 4: (570, 1080), 5: (570, 1080), 6: (720, 1050)},
            "ENN": {i: (570, 1080) for i in range(6)}, "CBR": {i: (600, 1050) for i in range(1, 6)}, "ATH": {i: (570, 1080) for i in range(6)}}
CA_HOLS = {(12, 25), (12, 26), (1, 1)}
CA_EASTER = {D(2024, 3, 31), D(2025, 4, 20)}
VAT10 = {"S": 230, "R": 135, "Z": 0}


def ca_invariants(con):
    bad = {}

    def b(label, n=1):
        bad[label] = bad.get(label, 0) + n
    items = {r[0]: r for r in con.execute("SELECT itm_no, itm_dsc, grp_cd, vat_cd, sell_prc_cts, lvstk_flg, dsc_flg, crt_dt, prc_chg_dt FROM ITM_MST")}
    emps = {r[0]: r for r in con.execute("SELECT emp_no, brn_cd, job_cd, mgr_emp_no, hire_dt, term_dt, emp_stat, wkend_only FROM EMP_MST")}
    custs = {r[0]: r for r in con.execute("SELECT cust_no, club_flg, crt_ts, del_flg, mrg_to_cust_no, fst_nm, lst_nm FROM CUST_MST")}
    opened = {r[0]: from_ymd(r[1]) for r in con.execute("SELECT brn_cd, opn_dt FROM BRN_MST")}
    hdr = {r[0]: r for r in con.execute("SELECT trn_id, brn_cd, till_no, trn_ts, emp_no, cust_no, trn_typ, trn_stat, orig_trn_id, gross_cts, disc_cts, vat_cts, ln_cnt FROM TRN_HDR")}
    lines = {}
    for r in con.execute("SELECT trn_id, ln_no, itm_no, qty_sld, unt_prc_cts, disc_cts, ln_amt_cts, vat_cts, void_flg FROM TRN_LIN ORDER BY trn_id, ln_no"):
        lines.setdefault(r[0], []).append(r)
    tnds = {}
    for r in con.execute("SELECT trn_id, tnd_seq, tnd_cd, tnd_amt_cts, chg_cts FROM TRN_TND ORDER BY trn_id, tnd_seq"):
        tnds.setdefault(r[0], []).append(r)
    # the price history the shop announced: neon tetras EUR 2.49 -> 2.99 on 2025-03-01, Juwel Rio 125 EUR 349.99 -> 369.99 on 2025-01-15
    old_price = {i[0]: {"Neon Tetra": 249, "Juwel Rio 125 LED": 34999}.get(i[1]) for i in items.values()}
    returned = {}
    for tid, h in hdr.items():
        _, brn, till, ts, emp, cust, typ, stat, orig, gross, disc, vat, lncnt = h
        utc = dt.datetime.utcfromtimestamp(ts)
        d = utc.date()
        off = 60 if last_sunday(d.year, 3) <= d < last_sunday(d.year, 10) else 0
        minute = utc.hour * 60 + utc.minute + off
        ls, tn = lines.get(tid, []), tnds.get(tid, [])
        # trading days and hours (Irish local time), till numbers
        hrs = CA_HOURS.get(brn, {})
        if (d.month, d.day) in CA_HOLS or d in CA_EASTER or d.weekday() not in hrs or d < opened[brn] or not (hrs[d.weekday()][0] <= minute < hrs[d.weekday()][1]):
            b("trading days and hours: a transaction outside the branch's trading days / opening hours (Irish time), or at a branch with no tills")
        if till < 1 or (brn != "GAL" and till != 1) or till > 2:
            b("trading days and hours: a till number the branch does not have")
        # staff on the payroll and at that branch that day (Siobhan moved from Galway to Athlone on 2024-09-14; the owner serves in Galway on Saturdays)
        e = emps[emp]
        ymd = int(d.strftime("%Y%m%d"))
        at = ("GAL" if d < D(2024, 9, 14) else "ATH") if emp == 104 else e[1]
        if ymd < e[4] or (e[5] and ymd > e[5]) or e[2] in ("WHS", "DRV", "OPM") or (e[2] == "OWN" and not (brn == "GAL" and d.weekday() == 5)) \
                or (e[2] != "OWN" and at != brn) or (e[7] == "Y" and d.weekday() < 5):
            b("staff: a transaction by someone not employed, not at that branch, or a weekend-only assistant on a weekday")
        if typ == "N":
            if ls or tn or gross or disc or vat or cust is not None or orig is not None:
                b("no-sales: a drawer opening with lines, tenders, money, a customer or an original")
            continue
        act = [l for l in ls if l[8] == "N"]
        if not act or gross != sum(l[6] for l in act) or disc != sum(l[5] for l in act) or vat != sum(l[7] for l in act) or lncnt != len(ls):
            b("money: header gross / discount / VAT / line count differ from its lines (voided lines left out)")
        for l in ls:
            it = items[l[2]]
            if l[6] != l[3] * l[4] - l[5] or l[7] != (half_up_div(l[6] * VAT10[it[3]], 1000 + VAT10[it[3]]) if VAT10[it[3]] else 0):
                b("money: a line amount is not qty x price - discount, or its VAT is not the rate's share rounded half up")
            if ymd < it[7]:
                b("prices: an item sold before it was set up")
            want = it[4] if ymd >= it[8] or old_price[it[0]] is None else old_price[it[0]]
            if l[4] != want:
                b("prices: a line not at the item's price on the day (neon tetras and the Rio 125 before their rises)")
            club = cust is not None and custs[cust][1] == "Y"
            due = half_up_div(abs(l[3]) * l[4], 10) if club and it[5] == "N" and it[2] != "SV" else 0
            if abs(l[5]) != due:
                b("discount: the club 10 % is not exactly on club members' non-livestock, non-service lines") if typ == "S" else None
        if cust is not None:
            c = custs[cust]
            if c[3] == "Y" or dt.datetime.utcfromtimestamp(c[2]).date() > d:
                b("customers: a transaction for a merged (deleted) account or before the account existed")
        if typ == "S" and stat == "C":
            if sum(t[3] - t[4] for t in tn) != gross or any(t[4] and t[2] != "CA" for t in tn) or any(t[4] < 0 for t in tn) or gross <= 0:
                b("tenders: a completed sale not paid exactly (cash net of change; change only on cash)")
        elif typ == "S" and stat == "V":
            if tn:
                b("tenders: a voided transaction with tenders")
        elif typ == "R":
            o = hdr.get(orig)
            if stat != "C" or o is None or o[6] != "S" or o[7] != "C" or o[3] >= ts or o[5] != cust or gross >= 0 or sum(t[3] for t in tn) != gross or len(ls) != 1:
                b("returns: a return not pointing at an earlier completed sale of the same customer, or not refunded exactly")
                continue
            returned[orig] = returned.get(orig, 0) + 1
            ol = [x for x in lines[orig] if x[8] == "N" and x[2] == ls[0][2]]
            days = (d - dt.datetime.utcfromtimestamp(o[3]).date()).days
            it = items[ls[0][2]]
            if not ol or -ls[0][3] > ol[0][3] or ls[0][4] != ol[0][4] or ls[0][3] >= 0 or (it[5] == "Y" and days > 3) or days > 28 or it[2] == "SV":
                b("returns: a returned line not on the original sale, more than was bought, at another price, or too late (livestock 3 days, goods 28)")
            paid = {t[2] for t in tnds.get(orig, [])}
            want = "CC" if "CC" in paid else "GV" if "GV" in paid else "CA"
            if any(t[2] != want for t in tn):
                b("returns: refunded another way than the original payment (card to card, voucher to voucher, otherwise cash)")
        if orig is not None and typ != "R":
            b("returns: an original transaction on something that is not a return")
    if any(n > 1 for n in returned.values()):
        b("returns: a sale returned twice")
    for c in custs.values():
        if (c[3] == "Y") != (c[4] is not None) or (c[4] is not None and (custs[c[4]][3] == "Y" or (c[5].upper(), c[6].upper()) != (custs[c[4]][5].upper(), custs[c[4]][6].upper()))):
            b("customers: a deleted account not merged into a live account of the same name, or a merge pointer on a live account")
    for e in emps.values():
        if (e[3] is None) != (e[2] == "OWN") or (e[6] == "T") != (e[5] is not None):
            b("staff: only the owner has no manager; emp_stat T exactly for leavers")
        seen, m = set(), e[0]
        while m is not None and m not in seen:
            seen.add(m)
            m = emps[m][3]
        if m is not None:
            b("staff: a management loop")
    return bad


MM_OPEN_WD = {1: {1, 2, 3, 4, 5, 6}, 2: {1, 2, 3, 4, 5, 6}, 3: {2, 3, 4, 5, 6}}
MM_HOURS = {1: (660, 1320), 2: (660, 1320), 3: (660, 1320), 4: (660, 1439), 5: (660, 1439), 6: (660, 1260)}
MM_CLOSED = {D(2024, 11, 28), D(2025, 11, 27), D(2024, 12, 24), D(2024, 12, 25), D(2025, 12, 24), D(2025, 12, 25), D(2025, 1, 1), D(2026, 1, 1)}


def mm_invariants(con):
    bad = {}

    def b(label, n=1):
        bad[label] = bad.get(label, 0) + n
    locs = {r[0]: r for r in con.execute("SELECT locationId, taxRate, openedOn, tableCount FROM mm_location")}
    staff = {r[0]: r for r in con.execute("SELECT staffId, roleId, locationId, managerId, hireDate, termDate, active FROM mm_staff")}
    items = {r[0]: r for r in con.execute("SELECT i.itemId, i.name, i.categoryId, i.price, i.addedOn, i.deleted, c.parentId FROM mm_item i JOIN mm_category c ON c.categoryId = i.categoryId")}
    mems = {r[0]: r for r in con.execute("SELECT memberId, joinDate, cancelDate, deleted, firstName FROM mm_member")}
    games = {r[0]: r for r in con.execute("SELECT gameId, locationId, addedOn, deleted, deletedOn FROM mm_game")}
    tl, tg, pays = {}, {}, {}
    for r in con.execute("SELECT ticketId, itemId, qty, unitPrice, lineTotal, voided FROM mm_ticket_item ORDER BY lineId"):
        tl.setdefault(r[0], []).append(r)
    for r in con.execute("SELECT ticketId, gameId FROM mm_ticket_game"):
        tg.setdefault(r[0], []).append(r[1])
    allpay = {r[0]: r for r in con.execute("SELECT paymentId, ticketId, methodCode, amount, tipAmount, paidDate, paidTime, refundOf, staffId FROM mm_payment")}
    for p in allpay.values():
        pays.setdefault(p[1], []).append(p)
    tickets = {r[0]: r for r in con.execute("SELECT ticketId, locationId, tableNo, ticketDate, openedAt, closedAt, serverId, memberId, guests, statusCode, subtotal, "
                                            "discountCode, discountAmt, tax, tip, total FROM mm_ticket")}
    for t in tickets.values():
        tid, loc, table, tdate, opened, closed, server, mem, guests, st, sub, code, disc, tax, tip, total = t
        d = from_us(tdate)
        om = us_minutes(opened)
        h = MM_HOURS.get(d.weekday())
        if d in MM_CLOSED or d.weekday() not in MM_OPEN_WD[loc] or d < from_us(locs[loc][2]) or h is None or not (h[0] <= om < h[1]) \
                or (closed is None) != (st == 1) or (closed is not None and us_minutes(closed) < om) or not (1 <= table <= locs[loc][3]):
            b("days and hours: a ticket on a closed day, outside opening hours, closing before it opened, or at a table the cafe lacks")
        s = staff[server]
        at = (1 if d < D(2025, 3, 1) else 3) if server == 4 else s[2]
        if s[1] == 7 or from_us(s[4]) > d or (s[5] and from_us(s[5]) < d) or at != loc:
            b("staff: a ticket served by kitchen staff, someone not employed that day, or someone at another cafe")
        ls = tl.get(tid, [])
        act = [l for l in ls if l[5] == 0]
        if not ls or abs(sub - sum(l[4] for l in act)) > 0.005 or any(abs(l[4] - l[2] * l[3]) > 0.005 for l in ls):
            b("money: subtotal is not the sum of the non-voided lines, or a line is not qty x price")
        if abs(tax - round((sub - disc) * locs[loc][1] / 100, 2)) > 0.011 or abs(total - (sub - disc + tax)) > 0.005:
            b("money: tax is not the cafe's rate on the discounted subtotal, or total is not subtotal - discount + tax")
        fnb = sum(l[4] for l in act if items[l[1]][6] == 1)
        fee = [l for l in act if items[l[1]][1] in ("Play Fee - Weekday", "Play Fee - Weekend")]
        if code is None and disc != 0 or code == "MEMBER10" and (mem is None or abs(disc - round(fnb * 0.1, 2)) > 0.005) \
                or code == "COMP" and abs(disc - fnb) > 0.005 or code == "BDAY" and (not fee or abs(disc - fee[0][3]) > 0.005):
            b("discounts: a discount that does not match its code (members 10 % of food & drink, comp = food & drink, birthday = one play fee)")
        for l in ls:
            it = items[l[1]]
            wd = d.weekday()
            want = it[3]
            if it[1] == "Play Fee - Weekday" and d < D(2025, 1, 1):
                want = 8.0
            if it[1] == "Play Fee - Weekend" and d < D(2025, 1, 1):
                want = 10.0
            if abs(l[3] - want) > 0.001 or from_us(it[4]) > d or (it[1] == "Play Fee - Weekday" and wd >= 4) or (it[1] == "Play Fee - Weekend" and wd < 4) \
                    or (it[1] == "Member Play" and mem is None):
                b("prices: a line not at the price on the day, an item before it was added, the wrong play fee for the day, or member play without a member")
        if mem is not None:
            m = mems[mem]
            if from_us(m[1]) > d or (m[2] and from_us(m[2]) < d) or (m[3] == 1 and m[4] != "Deleted"):
                b("members: a visit before joining, after cancelling, or by a test account")
        for g in tg.get(tid, []):
            gm = games[g]
            if gm[1] != loc or from_us(gm[2]) > d or (gm[3] == 1 and from_us(gm[4]) <= d) or st == 3:
                b("games: a game played from another cafe's library, before it arrived, after it was retired, or on a voided ticket")
        ps = pays.get(tid, [])
        orig = [p for p in ps if p[7] is None]
        refs = [p for p in ps if p[7] is not None]
        if st in (2, 4):
            if abs(sum(p[3] for p in orig) - round(total, 2)) > 0.011 or abs(sum(p[4] for p in orig) - tip) > 0.005 or any(p[5] != tdate for p in orig) \
                    or any(p[4] and p[2] in ("CASH", "GIFT") for p in orig):
                b("payments: a settled ticket not paid exactly, tips that do not add up, a payment on another day, or a tip on cash / gift card")
        elif ps or tip != 0:
            b("payments: an open or voided ticket with payments or tips")
        if (st == 4) != bool(refs) or (st == 4 and len(refs) != len(orig)):
            b("refunds: refund payments exactly on refunded tickets, one per payment")
        for r in refs:
            o = allpay.get(r[7])
            if o is None or o[1] != tid or o[7] is not None or abs(r[3] + o[3]) > 0.001 or abs(r[4] + o[4]) > 0.001 or r[2] != o[2] or from_us(r[5]) < d \
                    or from_us(r[5]) > D(2025, 12, 31):
                b("refunds: a refund not reversing a payment of the same ticket the same way, or dated before the ticket")
    for bk in con.execute("SELECT bookingId, locationId, memberId, partySize, bookingDate, bookingTime, statusCode, createdOn, ticketId FROM mm_booking"):
        d = from_us(bk[4])
        if (bk[6] == 12) != (bk[8] is not None) or from_us(bk[7]) > d or from_us(bk[7]) > D(2025, 12, 31) or (bk[6] == 11) != (d > D(2025, 12, 31)) \
                or d in MM_CLOSED or d.weekday() not in MM_OPEN_WD[bk[1]] or d < from_us(locs[bk[1]][2]) - TD(days=0):
            b("bookings: seated exactly when linked to a ticket, made before the day, confirmed only for 2026, on a day the cafe opens")
        if bk[8] is not None:
            t = tickets[bk[8]]
            if t[1] != bk[1] or t[3] != bk[4] or us_minutes(t[4]) < us_minutes(bk[5]) or t[9] not in (2, 4) or t[7] != bk[2]:
                b("bookings: a seated booking whose ticket is at another cafe, another day, before the booked time, unsettled, or for another member")
    for s in staff.values():
        if (s[3] is None) != (s[1] == 1) or (s[6] == 0) != (s[5] is not None):
            b("staff: only the owner has no manager; active = 0 exactly for leavers")
    for m in mems.values():
        if m[2] and from_us(m[2]) < from_us(m[1]):
            b("members: cancelled before joining")
    return bad


# ------------------------------------------------------------------ SQL helpers
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


def outer_select_list(sql):
    up = sql.upper()
    start = next((i + len("SELECT") for i, _ in scan_top(sql) if up.startswith("SELECT", i)), None)
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
    return [m.group(1).replace("''", "'") for m in re.finditer(r"'((?:[^']|'')*)'", sql)]


def strip_strings(sql):
    return re.sub(r"'(?:[^']|'')*'", "''", sql)


def check_kind(q, kind, sql):
    u = strip_strings(sql).upper()
    periods = set(re.findall(r"20\d\d(?:-Q[1-4]|-\d\d(?:-\d\d)?)?", sql))
    need = {
        "count": "COUNT(" in u,
        "total": "SUM(" in u or "AVG(" in u,
        "breakdown": "GROUP BY" in u and "LIMIT" not in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)),
        "attribute": "GROUP BY" not in u and "COUNT(" not in u and "SUM(" not in u and "WHERE" in u,
        "list": "WHERE" in u and "LIMIT" not in u and "GROUP BY" not in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|IS NULL|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": any(re.fullmatch(r"ROUND\(.*,\s*4\)(\s+AS\s+\w+)?", it, re.S | re.I) for it in split_top_commas(outer_select_list(sql))),
        "compare": len(periods) >= 2 and ("SUM(" in u or "COUNT(" in u) and "CASE WHEN" in u,
    }
    if kind == "selfref":
        tabs = re.findall(r'\b(?:FROM|JOIN)\s+("[^"]+"|\w+)', sql, re.I)
        if not any(tabs.count(t) > 1 for t in set(tabs)):
            fail(f"{q['id']}: self-reference question does not join a table to itself")
    elif kind not in need:
        fail(f"{q['id']}: unknown kind {kind}")
    elif not need[kind]:
        fail(f"{q['id']}: SQL does not have the shape of kind '{kind}'")


def check_text(q, idents, style):
    text, sql = q["question"], q["sql"]
    if "_" in text:
        fail(f"{q['id']}: underscore in question text")
    if re.search(r"\b[a-z]+[A-Z][a-z]+\w*\b|\b[A-Z][a-z]+[A-Z][a-z]+\w*\b", text.replace("TetraMin", "Tetramin")):
        fail(f"{q['id']}: camelCase / PascalCase token in question text")
    for ident in idents:
        if re.search(r"\b" + re.escape(ident) + r"\b", text) and ("_" in ident or re.search(r"[a-z][A-Z]", ident)):
            fail(f"{q['id']}: question mentions schema identifier {ident}")
        w = words_of(ident)
        need = 2 if re.search(r"[a-z][A-Z]", ident) else 3
        if len(w) >= need and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
            fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
    for phrase in LEAKY:
        if re.search(r"\b" + re.escape(phrase.strip()) + (r"\b" if not phrase.endswith(" ") else r"\s"), text, re.I):
            fail(f"{q['id']}: question uses the column-like phrase '{phrase.strip()}'")
    structure = r"\b(columns?|schemas?|databases?|fields?|records?|rows?)\b|\bsql\b|\bjson\b|\benum\b|\bflags?\b|\bboolean\b|\bcents\b|\bepoch\b|\bnull\b|\bid\b"
    if style == "erp":
        structure += r"|\btables?\b"
    if re.search(structure, text, re.I):
        fail(f"{q['id']}: question talks about the database structure or storage")
    if RELATIVE.search(text):
        fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
    years_q = set(YEAR_TOKEN.findall(text))
    for y in sorted(years_q):
        if y not in sql:
            fail(f"{q['id']}: question mentions {y} but the SQL does not")
    if re.search(r"(?<!\d)20[12]\d(?!\d)", " ".join(literals(sql))) and not years_q:
        fail(f"{q['id']}: SQL filters on a date but the question names no year")


def check_sql_conventions(q, style, tvals):
    text, sql = q["question"], q["sql"]
    bare = strip_strings(sql)
    sel = outer_select_list(sql)
    if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or ";" in sql.rstrip().rstrip(";") or FORBIDDEN_SQL.search(bare):
        fail(f"{q['id']}: SQL is not a single read-only SELECT")
    if re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b(?!\s*\.)", bare):
        fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
    for it in split_top_commas(sel):
        for fcol, lcol in NAME_PAIRS:
            if re.search(r"\b" + fcol + r"\b", it) or re.search(r"\b" + lcol + r"\b", it):
                if not re.search(r"(\w+\.)?" + fcol + r"\s*\|\|\s*' '\s*\|\|\s*(\w+\.)?" + lcol, it):
                    fail(f"{q['id']}: person's name not returned as one column first || ' ' || last")
    if q.get("_kind") == "share" and "/" in bare and not re.search(r"1\.0\b", bare):
        fail(f"{q['id']}: share divides without forcing real division (1.0 * ...)")
    agg = re.search(r"\b(SUM|AVG|COUNT)\(", bare, re.I)
    money_sum = re.search(r"\b(SUM|AVG)\([^)]*\b(gross_cts|ln_amt_cts|subtotal|lineTotal|total|discountAmt|amount|tax|tip|vat_cts|disc_cts|tnd_amt_cts)\b", bare)
    if style == "erp":
        if re.search(r"\bTRN_HDR\b", bare) and agg and not (re.search(r"\btrn_typ\b", bare) and re.search(r"\btrn_stat\b", bare)):
            fail(f"{q['id']}: transactions aggregated without settling their type (sale / return / no-sale) and status (voided)")
        if re.search(r"\bTRN_LIN\b", bare) and not re.search(r"\bvoid_flg\b", bare):
            fail(f"{q['id']}: transaction lines used without leaving out voided lines")
        if re.search(r"\bFROM CUST_MST\b", bare) and "del_flg" not in bare and "mrg_to_cust_no" not in bare:
            fail(f"{q['id']}: customers listed or counted without leaving out merged (deleted) accounts")
        for m in re.finditer(r"\b(\w+\.)?(trn_ts|crt_ts)\b", bare):
            before = bare[max(0, m.start() - 40):m.start()]
            after = bare[m.end():m.end() + 20]
            if not (re.search(r"(strftime\('',|date\(|datetime\(|julianday\()\s*$", before) and re.match(r"\s*,\s*''", after)):
                fail(f"{q['id']}: epoch seconds used without converting them ('unixepoch')")
                break
        if "unixepoch" not in " ".join(literals(sql)) and re.search(r"\b(trn_ts|crt_ts)\b", bare):
            fail(f"{q['id']}: epoch seconds used without the 'unixepoch' modifier")
        if re.search(r"localtime", sql):
            fail(f"{q['id']}: 'localtime' depends on the machine's time zone")
        if q.get("_kind") != "share" and re.search(r"\w+_cts\b", sel) and not re.search(r"/\s*100\.0", sel):
            fail(f"{q['id']}: cents returned without converting to euro")
        if re.search(r"\w+_cts\)*\s*/\s*100\b(?!\.)", bare):
            fail(f"{q['id']}: cents divided by the integer 100 (integer division)")
        if money_sum and re.search(r"trn_typ = ''", bare) and "S" in literals(sql) and re.search(r"gross_cts|ln_amt_cts", money_sum.group(0)):
            if not re.search(r"\bVAT\b", text) or not re.search(r"\breturn", text, re.I):
                fail(f"{q['id']}: sales money aggregated but the question does not say whether VAT is in and how returns are treated")
    else:
        if re.search(r"\bmm_ticket\b", bare) and (agg or re.search(r"\bmm_ticket_(item|game)\b", bare)) and "statusCode" not in bare:
            fail(f"{q['id']}: tickets used without settling their status (open / voided / refunded)")
        if re.search(r"\bmm_ticket_item\b", bare) and "voided" not in bare:
            fail(f"{q['id']}: ticket lines used without leaving out voided lines")
        if re.search(r"\bFROM mm_member\b", bare) and "deleted" not in bare:
            fail(f"{q['id']}: members listed or counted without leaving out deleted accounts")
        cols = "|".join(sorted(US_DATE_COLS))
        if re.search(rf"\b(\w+\.)?({cols})\s*(<|>|<=|>=|BETWEEN)", bare) or re.search(rf"(<|>|<=|>=|BETWEEN)\s*(\w+\.)?({cols})\b", bare):
            fail(f"{q['id']}: an 'MM/DD/YYYY' date compared as if it were ISO")
        if re.search(rf"substr\(\s*(\w+\.)?({cols})\s*,\s*1\s*,\s*(4|7)\s*\)", bare) or re.search(rf"(date|strftime|julianday|datetime)\([^()]*\b({cols})\b", bare) \
                or re.search(rf"ORDER BY[^()]*\b({cols})\b", bare):
            fail(f"{q['id']}: an 'MM/DD/YYYY' date cut, converted or sorted as if it were ISO")
        if money_sum and re.search(r"\b(subtotal|lineTotal|total|amount|discountAmt)\b", money_sum.group(0)):
            if not re.search(r"refund|completed", text, re.I) or (re.search(r"subtotal|lineTotal|\btotal\b", money_sum.group(0)) and not re.search(r"\btax", text, re.I)):
                fail(f"{q['id']}: ticket money aggregated but the question does not say how tax and refunds are treated")
    norm_vals = {v.strip().lower() for v in tvals}
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|20\d\d-Q[1-4]|-?\d+(\.\d+)?|\d\d|[ \-/,]*|-Q|%[YmdHMSw](-%[YmdHMSw])*|unixepoch|weekday \d|[+-]\d+ days|(%0\d+d[-/]?)+", lit):
            continue
        if "%" in lit:
            pat = "^" + re.escape(lit.lower()).replace("%", ".*") + "$"
            if not any(re.match(pat, v) for v in norm_vals):
                fail(f"{q['id']}: LIKE pattern '{lit}' matches no stored value")
            continue
        if lit not in tvals and lit.strip().lower() not in norm_vals:
            fail(f"{q['id']}: SQL literal '{lit}' is not a value stored in the database")


# ------------------------------------------------------------------ main
def main():
    db_dir = os.path.join(ROOT, "databases")
    dbs = sorted(f for f in os.listdir(db_dir) if f.endswith(".sqlite"))
    if dbs != [f"{CA}.sqlite", f"{MM}.sqlite"]:
        fail(f"expected {CA}.sqlite and {MM}.sqlite, found {dbs}")
    info = {}
    for f in dbs:
        name = f[:-len(".sqlite")]
        path = os.path.join(db_dir, f)
        if name not in STYLE:
            fail(f"{name}: unknown database")
            continue
        if os.path.getsize(path) > MAX_MB * 1024 * 1024:
            fail(f"{name}: file larger than {MAX_MB} MB")
        con = ro(path)
        info[name] = check_structure(name, con, STYLE[name])
        for label, sql in EDGE[name]:
            if not con.execute(sql).fetchone()[0] > 0:
                fail(f"{name}: dirty data / edge case missing: {label}")
        try:
            broken = (ca_invariants(con) if name == CA else mm_invariants(con)).items()
        except Exception as e:   # malformed values (caught above by the style checks) can stop the invariants
            broken = [(f"the invariants could not run ({type(e).__name__}: {e})", 1)]
        for label, n in broken:
            fail(f"{name}: invariant broken ({n}): {label}")
        con.close()
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
        norm = " ".join(re.sub(r"[^\w%$£€]+", " ", q["question"].lower()).split())
        if norm in seen_q:
            fail(f"{q['id']}: duplicate question text (same as {seen_q[norm]})")
        seen_q.setdefault(norm, q["id"])
        snorm = " ".join(q["sql"].split())
        if snorm in seen_sql:
            fail(f"{q['id']}: duplicate SQL (same as {seen_sql[snorm]})")
        seen_sql.setdefault(snorm, q["id"])
        idents, tvals = info.get(dbn, (set(), set()))
        kind = kinds.get(q["id"])
        check_text(q, idents, style)
        check_sql_conventions(dict(q, _kind=kind), style, tvals)
        if kind:
            check_kind(q, kind, q["sql"])
        else:
            fail(f"{q['id']}: no kind in kinds.tsv")
    if set(per_db) != set(STYLE):
        fail(f"question databases {sorted(per_db)} != {sorted(STYLE)}")
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

    grains = {}
    for q in qs:
        if list(q) != KEYS or not os.path.exists(os.path.join(ROOT, q["db"])):
            continue
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        kind = kinds.get(q["id"])
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
        if not rows:
            fail(f"{q['id']}: empty result")
            con.close()
            continue
        if again != rows:
            fail(f"{q['id']}: the result changes between two runs")
        if len(rows) > MAX_ROWS:
            fail(f"{q['id']}: {len(rows)} rows (want <= {MAX_ROWS})")
        if any(v is None for r in rows for v in r):
            fail(f"{q['id']}: NULL in result")
        if len(rows) == 1 and ncol == 1 and rows[0][0] in (0, 0.0, ""):
            fail(f"{q['id']}: single-cell result is 0/empty")
        if kind == "share":
            vals = [v for r in rows for v in r if isinstance(v, (int, float))]
            if not vals or any(not isinstance(v, float) or not (0 < v < 1) or abs(v * 10000 - round(v * 10000)) > 1e-6 for v in vals):
                fail(f"{q['id']}: share is not a ratio between 0 and 1 rounded to 4 decimals")
        elif any(isinstance(v, float) and abs(v * 100 - round(v * 100)) > 1e-6 for r in rows for v in r):
            fail(f"{q['id']}: a REAL result has more than 2 decimals (round money / averages to 2)")
        text = q["question"]
        if kind == "breakdown":
            for grain, word, pat in (("month", r"\bmonth", r"20\d\d-(0[1-9]|1[0-2])"), ("quarter", r"\bquarter", r"20\d\d-Q[1-4]"), ("week", r"\bweek", r"20\d\d-\d\d-\d\d")):
                if re.search(word, text, re.I):
                    col = next((i for i in range(ncol) if all(isinstance(r[i], str) and re.fullmatch(pat, r[i]) for r in rows)), None)
                    if col is None or (grain == "week" and any(D.fromisoformat(r[col]).weekday() != 0 for r in rows)):
                        fail(f"{q['id']}: {grain} breakdown does not label its {grain}s as {pat}" + (" (Mondays)" if grain == "week" else ""))
                    else:
                        grains.setdefault(dbn, set()).add(grain)
        for r in rows:
            for v in r:
                if isinstance(v, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", v):
                    fail(f"{q['id']}: an 'MM/DD/YYYY' date returned as stored (return ISO 'YYYY-MM-DD')")
                if isinstance(v, int) and 1230768000 <= v <= 1798761600:
                    fail(f"{q['id']}: a raw epoch timestamp in the result")
                if isinstance(v, str) and re.fullmatch(r"20\d\d-?\d\d", v) and not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", v):
                    fail(f"{q['id']}: malformed month label {v}")
        split = outer_order_split(q["sql"])
        if re.search(r"\bLIMIT\b", q["sql"], re.I) and not re.search(r"ORDER BY", q["sql"], re.I):
            fail(f"{q['id']}: LIMIT without ORDER BY")
        if q["order_matters"]:
            if not split:
                fail(f"{q['id']}: order_matters without outer ORDER BY")
            if not ORDER_WORDS.search(text):
                fail(f"{q['id']}: order_matters but the question does not ask for an order")
        elif split and not split[2]:
            fail(f"{q['id']}: outer ORDER BY without LIMIT, but order_matters is false")
        elif split and ORDER_WORDS.search(text):
            fail(f"{q['id']}: the question asks for an order and the SQL has an outer ORDER BY, but order_matters is false")
        if split and (split[2] or q["order_matters"]):
            head, expr, tail = split
            for dct in ("ASC", "DESC"):
                tb = ", ".join(f"{i} {dct}" for i in range(1, ncol + 1))
                if con.execute(f"{head}ORDER BY {expr.strip()}, {tb}{tail}").fetchall() != rows:
                    fail(f"{q['id']}: tie in ORDER BY (changes with {dct} tie-breakers)")
                    break
            if tail:
                n = int(re.search(r"\d+", tail).group(0))
                # compare the sort key itself: re-run with the ORDER BY expressions as extra leading output columns
                keys = [re.sub(r"\s+(ASC|DESC)\s*$", "", k, flags=re.I) for k in split_top_commas(expr.strip())]
                kq = re.sub(r"^\s*SELECT\s", "SELECT " + ", ".join(f"{k} AS sort_key_{i}__" for i, k in enumerate(keys)) + ", ", head, count=1, flags=re.I)
                try:
                    ks = [r[:len(keys)] for r in con.execute(f"{kq}ORDER BY {expr.strip()} LIMIT {n + 1}").fetchall()]
                    if len(ks) > n and ks[n] == ks[n - 1]:
                        fail(f"{q['id']}: tie at the LIMIT cut (row {n + 1} has the same sort key as row {n})")
                except Exception as e:
                    fail(f"{q['id']}: could not test the LIMIT cut ({e})")
        con.close()
    for dbn in per_db:
        need = {"month", "quarter"} | ({"week"} if dbn == CA else set())
        if not need <= grains.get(dbn, set()):
            fail(f"{dbn}: missing breakdowns by {sorted(need - grains.get(dbn, set()))}")
    if fails:
        print("FAIL:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
