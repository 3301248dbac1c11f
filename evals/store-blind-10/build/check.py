"""Checks the store-blind-10 databases and questions. Prints PASS or the list of failures.

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; pass a scratch copy to test planted faults)

Keeps the structure of store-blind-8's checker (schema rules, identifier-leak test, percent rounding, tie test,
typed values, invariants, kinds) and adapts / extends it for this batch:
  * two new naming styles: German snake_case identifiers (kestner_reifen) and PascalCase singular tables with
    ALL-CAPS abbreviated underscore columns (ridgeline_outfitters); both are checked on every table and column;
  * typed values per style: ISO dates (_am / ...datum), 'HH:MM' clock times (uhrzeit / _TM), INTEGER YYYYMMDD dates
    (_DT, calendar-checked), INTEGER euro cents (_cent), REAL money with 2 decimals (_AMT), a currency code column,
    'Y'/'N' text flags (_FLG) and 0/1 integer flags (ist_ / hat_), each flag taking both values;
  * size limits: 7-12 tables, 10-20,000 rows per table, 3,000-50,000 rows per database, file < 8 MB;
  * soft deletes: questions whose SQL reads the customer table must settle deleted records (flag in the SQL or the
    word in the question), and a soft-delete flag in the SQL needs the question to mention it;
  * currency: ridgeline money (_AMT) that is summed, averaged, compared or ranked must be restricted to one
    currency (CURR_CD / PAY_CURR_CD / CNTRY_CD / ST_PROV_CD in the SQL) and the question must name the currency
    or country;
  * the kind mix of this batch (5/5/5/6/3/3/4/3/2/2/2 with a date-range / month kind), each kind's SQL shape;
  * year rules also see INTEGER YYYYMMDD literals.
"""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"kestner_reifen": "german", "ridgeline_outfitters": "legacy"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 6, "attribute": 3, "selfref": 3, "list": 4,
            "having": 3, "negation": 2, "share": 2, "date_range": 2}
PLACE_COLS = {"ort", "CITY_NM"}
REGION_COLS = {"bundesland", "ST_PROV_CD"}
CUSTOMER_TABLE = {"kestner_reifen": ("kunden", "ist_geloescht"), "ridgeline_outfitters": ("Customer", "DEL_FLG")}
# English schema words that must not appear as a token of a German identifier
ENGLISH = {"customer", "customers", "order", "orders", "store", "stores", "branch", "product", "products", "item", "items",
           "employee", "employees", "staff", "price", "amount", "total", "date", "time", "quantity", "qty", "created",
           "updated", "deleted", "is", "has", "count", "brand", "brands", "vehicle", "vehicles", "appointment", "appointments",
           "storage", "manager", "first", "last", "type", "category", "wage", "city", "state", "opened", "closed"}
GERMAN_OK_ENGLISH = {"id", "code", "status", "email", "statuscodes"}
MAX_BYTES = 8 * 1024 * 1024
# per-database invariants: each query must return 0
INVARIANTS = {
    "kestner_reifen": [
        ("order total = sum of lines", "SELECT COUNT(*) FROM auftraege a WHERE a.summe_cent <> (SELECT SUM(menge * einzelpreis_cent) FROM auftragspositionen p WHERE p.auftrag_id = a.auftrag_id)"),
        ("discount = list price minus price paid", "SELECT COUNT(*) FROM auftraege a WHERE a.rabatt_cent <> (SELECT SUM(p.menge * (r.vk_preis_cent - p.einzelpreis_cent)) FROM auftragspositionen p JOIN artikel r USING (artikel_id) WHERE p.auftrag_id = a.auftrag_id)"),
        ("orders have at least one line", "SELECT COUNT(*) FROM auftraege a WHERE NOT EXISTS (SELECT 1 FROM auftragspositionen p WHERE p.auftrag_id = a.auftrag_id)"),
        ("orders only while the branch is open, never on Sundays", "SELECT COUNT(*) FROM auftraege a JOIN filialen f USING (filiale_id) WHERE a.auftragsdatum < f.eroeffnet_am OR (f.geschlossen_am IS NOT NULL AND a.auftragsdatum >= f.geschlossen_am) OR strftime('%w', a.auftragsdatum) = '0'"),
        ("order taken by on-staff employee of that branch", "SELECT COUNT(*) FROM auftraege a JOIN mitarbeiter m USING (mitarbeiter_id) WHERE m.filiale_id IS NOT a.filiale_id OR a.auftragsdatum < m.eintritt_am OR (m.austritt_am IS NOT NULL AND a.auftragsdatum >= m.austritt_am)"),
        ("customer created before ordering, not deleted before", "SELECT COUNT(*) FROM auftraege a JOIN kunden k USING (kunde_id) WHERE a.auftragsdatum < k.angelegt_am OR (k.geloescht_am IS NOT NULL AND a.auftragsdatum >= k.geloescht_am)"),
        ("vehicle on an order belongs to its customer", "SELECT COUNT(*) FROM auftraege a JOIN fahrzeuge z USING (fahrzeug_id) WHERE z.kunde_id IS NOT a.kunde_id"),
        ("article listed before sale; delisted articles never sell", "SELECT COUNT(*) FROM auftragspositionen p JOIN auftraege a USING (auftrag_id) JOIN artikel r USING (artikel_id) WHERE a.auftragsdatum < r.gelistet_am OR r.ist_ausgelistet = 1"),
        ("services have no brand, cost or stock; goods have all three", "SELECT COUNT(*) FROM artikel WHERE (kategorie = 'Dienstleistung') <> (marke_id IS NULL) OR (kategorie = 'Dienstleistung') <> (ek_preis_cent IS NULL) OR (kategorie = 'Dienstleistung') <> (lagerbestand IS NULL)"),
        ("appointment fitter works at that branch in a workshop job and is on staff", "SELECT COUNT(*) FROM termine t JOIN mitarbeiter m ON m.mitarbeiter_id = t.monteur_id WHERE m.filiale_id <> t.filiale_id OR m.position NOT IN ('Reifenmonteur', 'Kfz-Mechatroniker', 'Werkstattmeister') OR t.termin_am < m.eintritt_am OR (m.austritt_am IS NOT NULL AND t.termin_am >= m.austritt_am)"),
        ("appointment booked on or before its day, vehicle belongs to customer", "SELECT COUNT(*) FROM termine t JOIN fahrzeuge z USING (fahrzeug_id) WHERE t.gebucht_am > t.termin_am OR z.kunde_id <> t.kunde_id"),
        ("planned appointments exactly in 2026; order link exactly for done ones", "SELECT COUNT(*) FROM termine t WHERE (t.status_code = 30) <> (t.termin_am >= '2026-01-01') OR (t.auftrag_id IS NOT NULL) <> (t.status_code = 31)"),
        ("appointment order is same branch, customer and day", "SELECT COUNT(*) FROM termine t JOIN auftraege a USING (auftrag_id) WHERE a.filiale_id <> t.filiale_id OR a.kunde_id <> t.kunde_id OR a.auftragsdatum <> t.termin_am"),
        ("status codes belong to the right area", "SELECT (SELECT COUNT(*) FROM filialen f JOIN statuscodes s USING (status_code) WHERE s.bereich <> 'Filiale') + (SELECT COUNT(*) FROM auftraege a JOIN statuscodes s USING (status_code) WHERE s.bereich <> 'Auftrag') + (SELECT COUNT(*) FROM termine t JOIN statuscodes s USING (status_code) WHERE s.bereich <> 'Termin')"),
        ("geschlossen_am set exactly for closed branches", "SELECT COUNT(*) FROM filialen f JOIN statuscodes s USING (status_code) WHERE (s.bezeichnung = 'geschlossen') <> (f.geschlossen_am IS NOT NULL)"),
        ("geloescht_am set exactly for deleted customers", "SELECT COUNT(*) FROM kunden WHERE (ist_geloescht = 1) <> (geloescht_am IS NOT NULL) OR (geloescht_am IS NOT NULL AND geloescht_am < angelegt_am)"),
        ("company name exactly for business customers", "SELECT COUNT(*) FROM kunden WHERE (kundenart = 'Gewerbe') <> (firmenname IS NOT NULL)"),
        ("tyre storage only at branches with a tyre hotel, out after in", "SELECT COUNT(*) FROM einlagerungen e JOIN filialen f USING (filiale_id) WHERE f.hat_reifenhotel = 0 OR e.ausgelagert_am <= e.eingelagert_am OR e.eingelagert_am < f.eroeffnet_am OR (f.geschlossen_am IS NOT NULL AND COALESCE(e.ausgelagert_am, '9999') >= f.geschlossen_am)"),
        ("a vehicle has at most one tyre set in storage at a time", "SELECT COUNT(*) FROM einlagerungen a JOIN einlagerungen b ON a.fahrzeug_id = b.fahrzeug_id AND a.einlagerung_id < b.einlagerung_id WHERE b.eingelagert_am < COALESCE(a.ausgelagert_am, '9999') AND a.eingelagert_am < COALESCE(b.ausgelagert_am, '9999')"),
    ],
    "ridgeline_outfitters": [
        ("subtotal = sum of lines, total = subtotal + tax", "SELECT COUNT(*) FROM SalesOrder o WHERE ABS(o.SUBTOT_AMT - (SELECT SUM(LN_QTY * UNIT_PRC_AMT) FROM SalesOrderLine l WHERE l.ORD_ID = o.ORD_ID)) > 0.011 OR ABS(o.TOT_AMT - o.SUBTOT_AMT - o.TAX_AMT) > 0.011"),
        ("orders have at least one line", "SELECT COUNT(*) FROM SalesOrder o WHERE NOT EXISTS (SELECT 1 FROM SalesOrderLine l WHERE l.ORD_ID = o.ORD_ID)"),
        ("order currency is the store's currency", "SELECT COUNT(*) FROM SalesOrder o JOIN Store s USING (STR_ID) WHERE o.CURR_CD <> s.CURR_CD"),
        ("rental currency is the store's currency", "SELECT COUNT(*) FROM RentalAgreement a JOIN Store s USING (STR_ID) WHERE a.CURR_CD <> s.CURR_CD"),
        ("orders only while the store is open", "SELECT COUNT(*) FROM SalesOrder o JOIN Store s USING (STR_ID) WHERE o.ORD_DT < s.OPN_DT OR (s.CLS_DT IS NOT NULL AND o.ORD_DT >= s.CLS_DT)"),
        ("order taken by on-staff employee of that store", "SELECT COUNT(*) FROM SalesOrder o JOIN Employee e USING (EMP_ID) WHERE e.STR_ID IS NOT o.STR_ID OR o.ORD_DT < e.HIRE_DT OR (e.TERM_DT IS NOT NULL AND o.ORD_DT >= e.TERM_DT)"),
        ("customer joined before ordering / renting and was not deleted", "SELECT (SELECT COUNT(*) FROM SalesOrder o JOIN Customer c USING (CUST_ID) WHERE o.ORD_DT < c.JOIN_DT OR (c.DEL_DT IS NOT NULL AND o.ORD_DT >= c.DEL_DT)) + (SELECT COUNT(*) FROM RentalAgreement a JOIN Customer c USING (CUST_ID) WHERE a.BKD_DT < c.JOIN_DT OR (c.DEL_DT IS NOT NULL AND COALESCE(a.RTRN_DT, a.PKUP_DT) >= c.DEL_DT))"),
        ("product introduced before sale", "SELECT COUNT(*) FROM SalesOrderLine l JOIN SalesOrder o USING (ORD_ID) JOIN Product p USING (PROD_ID) WHERE o.ORD_DT < p.INTRO_DT"),
        ("rentals only at rental stores, from that store's fleet, of rentable products", "SELECT COUNT(*) FROM RentalLine l JOIN RentalAgreement a USING (RNTL_AGR_ID) JOIN RentalUnit u USING (RNTL_UNIT_ID) JOIN Store s ON s.STR_ID = a.STR_ID JOIN Product p ON p.PROD_ID = u.PROD_ID WHERE s.RNTL_FLG <> 'Y' OR u.STR_ID <> a.STR_ID OR p.RNTL_FLG <> 'Y'"),
        ("rental amount = sum of lines, days = due - pickup", "SELECT COUNT(*) FROM RentalAgreement a WHERE ABS(a.RNTL_AMT - (SELECT SUM(DAY_CNT * DLY_RT_AMT) FROM RentalLine l WHERE l.RNTL_AGR_ID = a.RNTL_AGR_ID)) > 0.011 OR EXISTS (SELECT 1 FROM RentalLine l WHERE l.RNTL_AGR_ID = a.RNTL_AGR_ID AND l.DAY_CNT <> CAST(julianday(printf('%04d-%02d-%02d', a.DUE_DT / 10000, a.DUE_DT / 100 % 100, a.DUE_DT % 100)) - julianday(printf('%04d-%02d-%02d', a.PKUP_DT / 10000, a.PKUP_DT / 100 % 100, a.PKUP_DT % 100)) AS INTEGER))"),
        ("booked <= pickup < due; return date exactly for Returned", "SELECT COUNT(*) FROM RentalAgreement WHERE BKD_DT > PKUP_DT OR DUE_DT <= PKUP_DT OR (RTRN_DT IS NOT NULL) <> (RNTL_STAT_CD = 'RN') OR RTRN_DT < PKUP_DT"),
        ("late fee exactly when returned after due", "SELECT COUNT(*) FROM RentalAgreement WHERE (LATE_FEE_AMT IS NOT NULL) <> (RTRN_DT IS NOT NULL AND RTRN_DT > DUE_DT)"),
        ("reserved exactly for 2026 pickups", "SELECT COUNT(*) FROM RentalAgreement WHERE (RNTL_STAT_CD = 'RS') <> (PKUP_DT >= 20260101)"),
        ("a rental unit is never out twice at once", "SELECT COUNT(*) FROM RentalLine x JOIN RentalAgreement a USING (RNTL_AGR_ID) JOIN RentalLine y ON y.RNTL_UNIT_ID = x.RNTL_UNIT_ID AND y.RNTL_AGR_ID > x.RNTL_AGR_ID JOIN RentalAgreement b ON b.RNTL_AGR_ID = y.RNTL_AGR_ID WHERE a.RNTL_STAT_CD <> 'NS' AND b.RNTL_STAT_CD <> 'NS' AND b.PKUP_DT <= COALESCE(a.RTRN_DT, a.DUE_DT) AND a.PKUP_DT <= COALESCE(b.RTRN_DT, b.DUE_DT)"),
        ("rentals only of units in service", "SELECT COUNT(*) FROM RentalLine l JOIN RentalAgreement a USING (RNTL_AGR_ID) JOIN RentalUnit u USING (RNTL_UNIT_ID) WHERE a.PKUP_DT < u.ACQ_DT OR (u.RTRD_DT IS NOT NULL AND COALESCE(a.RTRN_DT, a.DUE_DT) >= u.RTRD_DT)"),
        ("status codes belong to the right group", "SELECT (SELECT COUNT(*) FROM Store s JOIN StatusCode c ON c.STAT_CD = s.STR_STAT_CD WHERE c.STAT_GRP_CD <> 'STR') + (SELECT COUNT(*) FROM SalesOrder o JOIN StatusCode c ON c.STAT_CD = o.ORD_STAT_CD WHERE c.STAT_GRP_CD <> 'ORD') + (SELECT COUNT(*) FROM RentalAgreement a JOIN StatusCode c ON c.STAT_CD = a.RNTL_STAT_CD WHERE c.STAT_GRP_CD <> 'RNT')"),
        ("CLS_DT set exactly for closed stores", "SELECT COUNT(*) FROM Store WHERE (STR_STAT_CD = 'CL') <> (CLS_DT IS NOT NULL)"),
        ("DEL_DT set exactly for deleted customers", "SELECT COUNT(*) FROM Customer WHERE (DEL_FLG = 'Y') <> (DEL_DT IS NOT NULL)"),
        ("hourly pay xor salary; pay currency = store currency", "SELECT COUNT(*) FROM Employee e LEFT JOIN Store s USING (STR_ID) WHERE (HRLY_RT_AMT IS NULL) = (ANNL_SAL_AMT IS NULL) OR (s.STR_ID IS NOT NULL AND s.CURR_CD <> e.PAY_CURR_CD)"),
        ("country matches currency", "SELECT COUNT(*) FROM Store WHERE (CNTRY_CD = 'CA') <> (CURR_CD = 'CAD')"),
    ],
}
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week)\b|\btoday\b|\byesterday\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest) first|"
                         r"in (month|date|time|alphabetical) order|\border(ed)? by\b|\bsorted\b|\branked\b|"
                         r"\bfrom (highest|lowest|biggest|smallest|most|least|earliest|latest)\b", re.I)
MONTH_BREAKDOWN = re.compile(r"\b(per|by|each|every) month\b|\bmonth by month\b|\bmonthly\b|\bin month order\b|\beach month\b", re.I)
MONTH_SQL = re.compile(r"strftime\('%m'|/ 100 % 100", re.I)
SQL_DATE = re.compile(r"'20\d\d-\d\d|\b20\d\d(0[1-9]|1[0-2])\d\d\b|'20\d\d'|/ 10000 = 20\d\d")
SUBYEAR_RANGE = re.compile(r"'20\d\d-(?!01-01')\d\d-\d\d'|\b20\d\d(?!0101)(0[1-9]|1[0-2])\d\d\b")
CURRENCY_SQL = re.compile(r"\b(CURR_CD|PAY_CURR_CD|CNTRY_CD|ST_PROV_CD)\b")
CURRENCY_Q = re.compile(r"\b(US|U\.S\.|USD|CAD|C\$|US\$|American|Canad\w*|Washington|Oregon|Idaho|Montana|British Columbia|BC|Alberta)\b|US\$|C\$")
SOFT_DELETE_Q = re.compile(r"delet|closed account|removed", re.I)
fails = []


def fail(msg):
    fails.append(msg)


def ro(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def words_of(ident):
    """Split snake_case / PascalCase / UPPER_CASE into lower-case words (CustomerID -> customer, id)."""
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
    if os.path.getsize(path) >= MAX_BYTES:
        fail(f"{name}: file is {os.path.getsize(path)} bytes (want < 8 MB)")
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not 7 <= len(tables) <= 12:
        fail(f"{name}: {len(tables)} tables (want 7-12)")
    self_ref = link = False
    nfk = ndate = nflag = nstatus = total_rows = 0
    idents, text_values = set(), set()
    accented = place_dup = False
    pk_of = {t: [c[1] for c in con.execute(f'PRAGMA table_info("{t}")') if c[5]] for t in tables}
    for t in tables:
        n = con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
        total_rows += n
        if not 10 <= n <= 20000:
            fail(f"{name}.{t}: {n} rows (want 10-20,000)")
        if style == "german":
            if not re.fullmatch(r"[a-z]+(_[a-z]+)*", t) or not re.search(r"(en|er|el|e|s)$", t):
                fail(f"{name}.{t}: table name is not plural German snake_case")
        if style == "legacy" and (not re.fullmatch(r"([A-Z][a-z]+)+", t) or t.endswith("s")):
            fail(f"{name}.{t}: table name is not singular PascalCase")
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
            if style == "german":
                if not re.fullmatch(r"[a-z]+(_[a-z]+)*", col):
                    fail(f"{name}.{t}.{col}: column is not lower-case snake_case ASCII")
            if style == "legacy" and (not re.fullmatch(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)+", col)
                                      or any(len(w) > 6 for w in col.split("_"))):
                fail(f"{name}.{t}.{col}: column is not an ALL-CAPS abbreviated name (tokens of at most 6 letters)")
            if style == "german":
                for w in [t, col]:
                    bad_w = [x for x in w.split("_") if x in ENGLISH and x not in GERMAN_OK_ENGLISH]
                    if bad_w:
                        fail(f"{name}.{t}.{col}: English word {bad_w} in a German identifier")
            # undeclared foreign keys
            if re.search(r"(_id|_ID)$", col) and col not in fk_cols and not (len(pk) == 1 and col == pk[0]):
                fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")

            def bad(where):
                return con.execute(f'SELECT COUNT(*) FROM "{t}" WHERE {q} IS NOT NULL AND ({where})').fetchone()[0]
            if style == "german" and re.search(r"(_am|datum)$", col):
                ndate += 1
                if bad(f"typeof({q}) <> 'text' OR date({q}, '+0 days') IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not real YYYY-MM-DD dates")
            if style == "legacy" and col.endswith("_DT"):
                ndate += 1
                ymd = f"printf('%04d-%02d-%02d', {q} / 10000, {q} / 100 % 100, {q} % 100)"
                if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 19000101 OR date({ymd}, '+0 days') IS NOT {ymd}"):
                    fail(f"{name}.{t}.{col}: values that are not real YYYYMMDD integer dates")
            if col in ("uhrzeit",) or col.endswith("_TM"):
                if bad(f"typeof({q}) <> 'text' OR length({q}) <> 5 OR strftime('%H:%M', '2000-01-01 ' || {q}) IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not HH:MM clock times")
            if re.search(r"^(ist|hat)_", col):
                nflag += 1
                vals = {r[0] for r in con.execute(f'SELECT DISTINCT {q} FROM "{t}"')}
                if typ != "INTEGER" or not vals <= {0, 1}:
                    fail(f"{name}.{t}.{col}: flag column is not INTEGER 0/1")
                elif vals != {0, 1}:
                    fail(f"{name}.{t}.{col}: flag column never varies ({sorted(vals)})")
            if col.endswith("_FLG"):
                nflag += 1
                vals = {r[0] for r in con.execute(f'SELECT DISTINCT {q} FROM "{t}"')}
                if typ != "TEXT" or not vals <= {"Y", "N"}:
                    fail(f"{name}.{t}.{col}: flag column is not TEXT 'Y'/'N'")
                elif vals != {"Y", "N"}:
                    fail(f"{name}.{t}.{col}: flag column never varies ({sorted(vals)})")
            if col.endswith("_cent"):
                if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                    fail(f"{name}.{t}.{col}: cents column is not non-negative INTEGER")
            if col.endswith("_AMT"):
                if typ != "REAL" or bad(f"typeof({q}) <> 'real' OR {q} < 0 OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: amount column is not non-negative REAL with 2 decimals")
            if col.endswith("CURR_CD"):
                if bad(f"{q} NOT IN ('USD', 'CAD')"):
                    fail(f"{name}.{t}.{col}: currency codes other than USD / CAD")
            if re.search(r"(anzahl|menge|lagerbestand|_min|baujahr|_CNT|_QTY|_SQFT|_SEQ)$", col):
                if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                    fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
            if typ == "REAL" and bad(f"typeof({q}) <> 'real'"):
                fail(f"{name}.{t}.{col}: non-REAL values in a REAL column")
            if re.search(r"stat", col, re.I) and not re.search(r"STAT_(GRP_CD|DESC)$", col) and not (pk == [col]):
                nstatus += 1
                if col not in fk_cols:
                    fail(f"{name}.{t}.{col}: status column without a status-table key")
            if typ == "TEXT":
                for (v,) in con.execute(f'SELECT DISTINCT {q} FROM "{t}" WHERE {q} IS NOT NULL'):
                    text_values.add(v)
                    if not accented and re.search(r"name|_NM$", col, re.I) and re.search(r"[À-ɏ]", v):
                        accented = True
        names = {c[1] for c in cols}
        for pc in PLACE_COLS & names:
            for rc in REGION_COLS & names:
                if con.execute(f'SELECT 1 FROM "{t}" GROUP BY "{pc}" HAVING COUNT(DISTINCT "{rc}") > 1 LIMIT 1').fetchone():
                    place_dup = True
    if not 3000 <= total_rows <= 50000:
        fail(f"{name}: {total_rows} rows in all (want 3,000-50,000)")
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
        fail(f"{name}: no place name shared by two states / provinces")
    ct = CUSTOMER_TABLE.get(name)
    if ct and con.execute(f'SELECT COUNT(DISTINCT "{ct[1]}") FROM "{ct[0]}"').fetchone()[0] < 2:
        fail(f"{name}: no soft-deleted customers")
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
        "attribute": "GROUP BY" not in u and "COUNT(" not in u,
        "selfref": None,
        "list": "WHERE" in u and "LIMIT" not in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|IS NULL|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": "100.0 *" in u,
        "date_range": bool(SUBYEAR_RANGE.search(sql)),
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


def main():
    db_dir = os.path.join(ROOT, "databases")
    dbs = sorted(f for f in os.listdir(db_dir) if f.endswith(".sqlite"))
    if len(dbs) != 2:
        fail(f"expected 2 databases, found {dbs}")
    info = {f[:-len(".sqlite")]: check_db(os.path.join(db_dir, f)) for f in dbs}
    idents = {k: v[0] for k, v in info.items()}
    tvals = {k: v[1] for k, v in info.items()}
    cents_db = {k for k, v in idents.items() if any(i.endswith("_cent") for i in v)}

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
        # everyday words, not schema identifiers
        for ident in idents.get(dbn, ()):
            if ("_" in ident or re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]|[a-z]ID$", ident)) and \
                    re.search(r"(?<![\w])" + re.escape(ident) + r"(?![\w])", text, re.I):
                fail(f"{q['id']}: question mentions schema identifier {ident}")
            w = words_of(ident)
            if len(w) >= 3 and re.search(r"\b" + r"[\s_-]+".join(map(re.escape, w)) + r"\b", text, re.I):
                fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
        if dbn in cents_db and re.search(r"\bcents?\b", text, re.I):
            fail(f"{q['id']}: question asks in cents; money questions should ask in euros")
        if RELATIVE.search(text):
            fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
        years_q = set(re.findall(r"\b(20\d\d)\b", text))
        for y in years_q:
            if y not in sql:
                fail(f"{q['id']}: question mentions {y} but the SQL does not")
        if SQL_DATE.search(sql) and not years_q:
            fail(f"{q['id']}: SQL filters on a date but the question names no year")
        pct_q = re.search(r"percent|%", text, re.I)
        pct_s = re.search(r"ROUND\(100\.0 \*.*, 2\)", sql, re.S)
        if pct_q and not pct_s:
            fail(f"{q['id']}: percent question without ROUND(100.0 * ..., 2)")
        if pct_s and not pct_q:
            fail(f"{q['id']}: percentage in SQL but the question does not say percent / %")
        sel = outer_select_list(sql)
        if re.search(r"\w+_cent\b", sel) and not (re.search(r"/ 100\.0", sel) and "ROUND(" in sel.upper()):
            fail(f"{q['id']}: money in cents returned without ROUND(... / 100.0, 2)")
        if kind == "breakdown" and MONTH_BREAKDOWN.search(text) and not MONTH_SQL.search(sql):
            fail(f"{q['id']}: month breakdown without strftime('%m', ...) / (YYYYMMDD / 100 % 100)")
        for lit in literals(sql):
            if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|%.*|-?\d+(\.\d+)?|\d\d", lit) or "%" in lit:
                continue
            if lit not in tvals.get(dbn, ()):
                fail(f"{q['id']}: SQL literal '{lit}' is not a value stored in {dbn}")
        # soft deletes must be settled by the wording or the SQL
        ct = CUSTOMER_TABLE.get(dbn)
        if ct:
            uses_flag = re.search(r"\b" + ct[1] + r"\b", sql)
            if uses_flag and not SOFT_DELETE_Q.search(text):
                fail(f"{q['id']}: SQL uses the soft-delete flag but the question does not mention deleted records")
            if re.search(r"\b(FROM|JOIN)\s+" + ct[0] + r"\b", sql) and kind in ("count", "list", "share", "having", "negation", "breakdown") \
                    and not uses_flag and not SOFT_DELETE_Q.search(text):
                fail(f"{q['id']}: customers are counted / listed but the question does not settle deleted records")
        # one currency at a time
        if dbn == "ridgeline_outfitters" and kind != "attribute":
            money_cols = [m for m in re.findall(r"\b\w+_AMT\b", sql) if not re.match(r"(US|CA)_LIST_AMT", m)]
            used = money_cols and (re.search(r"\b(SUM|AVG|MAX|MIN)\(", sql, re.I) or re.search(r"_AMT\s*[<>]", sql)
                                   or re.search(r"ORDER BY[^)]*_AMT", sql) or re.search(r"_AMT", sel))
            if used and not CURRENCY_SQL.search(sql):
                fail(f"{q['id']}: money across currencies (no CURR_CD / country / province restriction)")
            if used and not CURRENCY_Q.search(text):
                fail(f"{q['id']}: money question does not name the currency or country")
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
        if not any(kinds.get(q["id"]) == "breakdown" and MONTH_SQL.search(q["sql"]) for q in lst):
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
            for dct in ("ASC", "DESC"):
                tb = ", ".join(f"{i} {dct}" for i in range(1, ncol + 1))
                r2 = con.execute(f"{head}ORDER BY {expr.strip()}, {tb}{tail}").fetchall()
                if r2 != rows:
                    fail(f"{q['id']}: tie in ORDER BY (changes with {dct} tie-breakers)")
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
