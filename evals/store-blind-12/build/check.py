"""Checks the store-blind-12 databases and questions. Prints PASS or the list of failures.

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; pass a scratch copy to test planted faults)

Every database is opened read-only (mode=ro URI + PRAGMA query_only). Checks:
  * databases: 7-12 tables, 3-20,000 rows per table, 15,000-40,000 rows per database, file <= 3,000,000 bytes, declared FKs that
    point at primary keys, foreign_key_check / integrity_check clean, a self-referencing FK, a many-to-many link table,
    accented names, a place name shared by two provinces, soft-deleted customers, per-database invariants;
  * naming styles: slagerij_vermeulen = Dutch identifiers (lower-case Dutch words joined with underscores, no English
    words), DD-MM-YYYY text dates, HH:MM times, INTEGER euro cents (_cent), INTEGER grams, 'J'/'N' flags;
    trillium_paint = ERP table codes (two letters + three digits) documented in a data dictionary (sy900 tables, sy910
    columns, complete and in column order), YYYYMMDD text dates, REAL dollars with 2 decimals, 'Y'/'N' flags;
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape, no schema
    identifiers / table codes / underscores / camelCase / cents in the text, no relative periods, years in the text <->
    dates in the SQL, soft deletes settled, receipts / invoices counted at header level, text dates never compared with
    literals in another format or passed to SQLite date functions, every SQL string literal a stored value;
  * results: non-empty, <= 15 rows, no NULL cell, no single-cell 0, money rounded to 2 decimals (cents / 100.0),
    shares as ratios 0-1 rounded to 4 decimals (never 100 * ...), months 'YYYY-MM', quarters 'YYYY-Qn', a person's name
    as ONE column first || ' ' || last, LIMIT only with ORDER BY, order_matters both ways, no tie at a LIMIT cut or in
    an ordered answer, no tied MAX / MIN pick.
"""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"slagerij_vermeulen": "dutch", "trillium_paint": "erp"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_BYTES = 3_000_000
MAX_ROWS = 15
PLACE = {"dutch": [("plaats", "provincie"), ("woonplaats", "provincie")], "erp": [("city", "prov_cd")]}
FIRST_LAST = [("voornaam", "achternaam"), ("first_name", "last_name")]
# customer table, SQL pattern that uses the soft delete, words the question must then use, alias used for customers
# (a status filter such as 'HLD' or 'ACT' also settles deleted accounts, without naming them)
CUSTOMER = {"slagerij_vermeulen": ("klant", r"\bverwijderd(_op)?\b", "k", r"\bverwijderd(_op)?\b"),
            "trillium_paint": ("ar100", r"\bdeleted_date\b|'DEL'", "c", r"\bdeleted_date\b|\bc\.status_cd\b")}
SOFT_DELETE_Q = re.compile(r"\b(deleted|removed)\b", re.I)
# header / line tables: counting 'receipts' / 'invoices' must happen at header level
GRAIN = {"slagerij_vermeulen": ("kassabonregel", r"\breceipts?\b", "bon_id"),
         "trillium_paint": ("so110", r"\binvoices?\b", "invoice_no")}
ENGLISH_WORDS = {"name", "date", "price", "customer", "customers", "shop", "store", "employee", "product", "order", "amount",
                 "quantity", "first", "last", "city", "country", "created", "deleted", "manager", "total", "discount",
                 "weight", "unit", "group", "phone", "points", "number", "id_", "type", "opened", "closed", "line", "receipt"}
DUTCH_FLAGS = {"nieuwsbrief", "verwijderd", "biologisch"}
ERP_FLAGS = {"trade_desk", "tintable", "email_opt_in"}
ALLOWED_WORDS = {"status", "email", "land", "soort"}

TAX_RATE = "(CASE tax_code WHEN 'HST13' THEN 0.13 WHEN 'HST14' THEN 0.14 WHEN 'HST15' THEN 0.15 WHEN 'GST+QST' THEN 0.14975 END)"

INVARIANTS = {
    "slagerij_vermeulen": [
        ("receipt total = sum of lines - discount",
         "SELECT COUNT(*) FROM kassabon b WHERE b.totaal_cent + b.korting_cent <> (SELECT SUM(r.regelbedrag_cent) FROM kassabonregel r WHERE r.bon_id = b.bon_id)"),
        ("every receipt has lines numbered 1..n",
         "SELECT COUNT(*) FROM kassabon b WHERE (SELECT COUNT(*) FROM kassabonregel r WHERE r.bon_id = b.bon_id) = 0 OR (SELECT MAX(regelnummer) FROM kassabonregel r WHERE r.bon_id = b.bon_id) <> (SELECT COUNT(*) FROM kassabonregel r WHERE r.bon_id = b.bon_id)"),
        ("line amount = pieces x price, or grams x price per kg / 1000 (rounded); kg articles weighed, piece articles counted",
         "SELECT (SELECT COUNT(*) FROM kassabonregel r JOIN artikel a USING (artikel_id) WHERE (a.eenheid = 'kg' AND (r.aantal IS NOT NULL OR r.gewicht_gram IS NULL OR r.regelbedrag_cent <> CAST(ROUND(r.gewicht_gram * r.prijs_cent / 1000.0) AS INTEGER))) OR (a.eenheid = 'stuk' AND (r.gewicht_gram IS NOT NULL OR r.aantal IS NULL OR r.regelbedrag_cent <> r.aantal * r.prijs_cent))) + (SELECT COUNT(*) FROM bestelregel r JOIN artikel a USING (artikel_id) WHERE (a.eenheid = 'kg' AND (r.aantal IS NOT NULL OR r.gewicht_gram IS NULL OR r.regelbedrag_cent <> CAST(ROUND(r.gewicht_gram * r.prijs_cent / 1000.0) AS INTEGER))) OR (a.eenheid = 'stuk' AND (r.gewicht_gram IS NOT NULL OR r.aantal IS NULL OR r.regelbedrag_cent <> r.aantal * r.prijs_cent)))"),
        ("receipts only while the shop trades, never on a Sunday",
         "SELECT COUNT(*) FROM kassabon b JOIN filiaal f USING (filiaal_id) WHERE {iso:b.datum} < {iso:f.geopend_op} OR (f.gesloten_op IS NOT NULL AND {iso:b.datum} >= {iso:f.gesloten_op}) OR strftime('%w', {iso:b.datum}) = '0'"),
        ("till staff work at that shop on that day (not the deli cook)",
         "SELECT COUNT(*) FROM kassabon b JOIN medewerker m ON m.medewerker_id = b.kassamedewerker_id WHERE m.filiaal_id IS NOT b.filiaal_id OR {iso:b.datum} < {iso:m.datum_in_dienst} OR (m.datum_uit_dienst IS NOT NULL AND {iso:b.datum} > {iso:m.datum_uit_dienst}) OR m.functie = 'Traiteurkok'"),
        ("customers buy and order only between signing up and deletion",
         "SELECT (SELECT COUNT(*) FROM kassabon b JOIN klant k USING (klant_id) WHERE {iso:b.datum} < {iso:k.aangemeld_op} OR (k.verwijderd_op IS NOT NULL AND {iso:b.datum} >= {iso:k.verwijderd_op})) + (SELECT COUNT(*) FROM bestelling o JOIN klant k USING (klant_id) WHERE {iso:o.besteld_op} < {iso:k.aangemeld_op} OR (k.verwijderd_op IS NOT NULL AND {iso:o.besteld_op} >= {iso:k.verwijderd_op}))"),
        ("articles sold / ordered only while in the range; line price never above today's price",
         "SELECT (SELECT COUNT(*) FROM kassabonregel r JOIN kassabon b USING (bon_id) JOIN artikel a USING (artikel_id) WHERE {iso:b.datum} < {iso:a.in_assortiment_sinds} OR (a.uit_assortiment_op IS NOT NULL AND {iso:b.datum} >= {iso:a.uit_assortiment_op}) OR r.prijs_cent > a.prijs_cent) + (SELECT COUNT(*) FROM bestelregel r JOIN bestelling o USING (bestelling_id) JOIN artikel a USING (artikel_id) WHERE {iso:o.ophaaldatum} < {iso:a.in_assortiment_sinds} OR (a.uit_assortiment_op IS NOT NULL AND {iso:o.ophaaldatum} >= {iso:a.uit_assortiment_op}))"),
        ("status codes belong to the right category",
         "SELECT (SELECT COUNT(*) FROM filiaal x JOIN status s USING (status_code) WHERE s.categorie <> 'filiaal') + (SELECT COUNT(*) FROM kassabon x JOIN status s USING (status_code) WHERE s.categorie <> 'kassabon') + (SELECT COUNT(*) FROM bestelling x JOIN status s USING (status_code) WHERE s.categorie <> 'bestelling')"),
        ("closing date exactly for closed shops; deletion date exactly for deleted customers",
         "SELECT (SELECT COUNT(*) FROM filiaal WHERE (status_code = 'GSL') <> (gesloten_op IS NOT NULL)) + (SELECT COUNT(*) FROM klant WHERE (verwijderd = 'J') <> (verwijderd_op IS NOT NULL) OR {iso:verwijderd_op} <= {iso:aangemeld_op})"),
        ("hourly wage xor monthly salary; only the managing director has no manager; leaving after starting",
         "SELECT COUNT(*) FROM medewerker WHERE (uurloon_cent IS NULL) = (maandsalaris_cent IS NULL) OR (leidinggevende_id IS NULL) <> (functie = 'Algemeen directeur') OR leidinggevende_id = medewerker_id OR {iso:datum_uit_dienst} < {iso:datum_in_dienst}"),
        ("pre-order total = sum of its lines; picked up after ordering; open exactly when the pickup date is after 2025",
         "SELECT COUNT(*) FROM bestelling o WHERE o.totaal_cent <> (SELECT SUM(regelbedrag_cent) FROM bestelregel r WHERE r.bestelling_id = o.bestelling_id) OR {iso:o.ophaaldatum} <= {iso:o.besteld_op} OR (o.status_code = 'OPN') <> (substr(o.ophaaldatum, 7, 4) = '2026')"),
        ("deposit exactly on pre-orders of 75 euro or more",
         "SELECT COUNT(*) FROM bestelling WHERE (aanbetaling_cent IS NOT NULL) <> (totaal_cent >= 7500) OR aanbetaling_cent > totaal_cent"),
        ("pickup only on a day the shop trades",
         "SELECT COUNT(*) FROM bestelling o JOIN filiaal f USING (filiaal_id) WHERE {iso:o.ophaaldatum} < {iso:f.geopend_op} OR (f.gesloten_op IS NOT NULL AND {iso:o.ophaaldatum} >= {iso:f.gesloten_op}) OR strftime('%w', {iso:o.ophaaldatum}) = '0'"),
        ("loyalty points = 1 per whole euro of completed receipts",
         "SELECT COUNT(*) FROM klant k WHERE k.spaarpunten <> COALESCE((SELECT SUM(totaal_cent) FROM kassabon b WHERE b.klant_id = k.klant_id AND b.status_code = 'AFG'), 0) / 100"),
        ("staff at a closed shop left by its closing date",
         "SELECT COUNT(*) FROM medewerker m JOIN filiaal f USING (filiaal_id) WHERE f.gesloten_op IS NOT NULL AND (m.datum_uit_dienst IS NULL OR {iso:m.datum_uit_dienst} >= {iso:f.gesloten_op})"),
    ],
    "trillium_paint": [
        ("line amount = qty x unit price less the discount percentage",
         "SELECT COUNT(*) FROM so110 WHERE ABS(ext_amount - ROUND(qty * unit_price * (100 - disc_pct) / 100.0, 2)) > 0.0051"),
        ("subtotal = sum of lines; total = subtotal + tax; tax = subtotal x rate of the tax code",
         "SELECT COUNT(*) FROM so100 h WHERE ABS(h.subtotal - (SELECT SUM(ext_amount) FROM so110 l WHERE l.invoice_no = h.invoice_no)) > 0.0051 OR ABS(h.invoice_total - h.subtotal - h.tax_amount) > 0.0051 OR ABS(h.tax_amount - ROUND(h.subtotal * " + TAX_RATE + ", 2)) > 0.0051"),
        ("every invoice has lines numbered 1..n",
         "SELECT COUNT(*) FROM so100 h WHERE (SELECT COUNT(*) FROM so110 l WHERE l.invoice_no = h.invoice_no) = 0 OR (SELECT MAX(line_seq) FROM so110 l WHERE l.invoice_no = h.invoice_no) <> (SELECT COUNT(*) FROM so110 l WHERE l.invoice_no = h.invoice_no)"),
        ("tax code matches the branch's province and date (Nova Scotia HST 14% from 1 April 2025)",
         "SELECT COUNT(*) FROM so100 h JOIN op100 b USING (branch_no) WHERE h.tax_code <> CASE b.prov_cd WHEN 'ON' THEN 'HST13' WHEN 'QC' THEN 'GST+QST' WHEN 'NS' THEN (CASE WHEN h.invoice_date >= '20250401' THEN 'HST14' ELSE 'HST15' END) ELSE 'HST15' END"),
        ("invoices only while the branch trades",
         "SELECT COUNT(*) FROM so100 h JOIN op100 b USING (branch_no) WHERE h.invoice_date < b.opened_date OR (b.closed_date IS NOT NULL AND h.invoice_date >= b.closed_date)"),
        ("salesperson employed at that branch on that day",
         "SELECT COUNT(*) FROM so100 h JOIN hr100 e ON e.emp_no = h.salesperson_emp_no WHERE e.branch_no IS NOT h.branch_no OR h.invoice_date < e.hire_date OR (e.term_date IS NOT NULL AND h.invoice_date > e.term_date) OR e.job_title = 'Warehouse Associate'"),
        ("customers buy only between opening and deletion of the account",
         "SELECT COUNT(*) FROM so100 h JOIN ar100 c USING (cust_no) WHERE h.invoice_date < c.opened_date OR (c.deleted_date IS NOT NULL AND h.invoice_date >= c.deleted_date)"),
        ("items sold only between creation and discontinuation; colours only on tintable items and once on the card",
         "SELECT COUNT(*) FROM so110 l JOIN so100 h USING (invoice_no) JOIN in100 i USING (item_no) LEFT JOIN in110 c USING (colour_cd) WHERE h.invoice_date < i.created_date OR (i.discontinued_date IS NOT NULL AND h.invoice_date >= i.discontinued_date) OR (l.colour_cd IS NOT NULL AND (i.tintable <> 'Y' OR c.intro_year > CAST(substr(h.invoice_date, 1, 4) AS INTEGER)))"),
        ("line discount = the customer's price level (none for walk-ins); unit price = list price",
         "SELECT COUNT(*) FROM so110 l JOIN so100 h USING (invoice_no) JOIN in100 i USING (item_no) LEFT JOIN ar100 c USING (cust_no) WHERE l.disc_pct <> COALESCE(CASE c.price_level WHEN 1 THEN 0 WHEN 2 THEN 10 WHEN 3 THEN 15 WHEN 4 THEN 20 END, 0) OR l.unit_price <> i.list_price"),
        ("status codes belong to the right table",
         "SELECT (SELECT COUNT(*) FROM op100 x JOIN sy100 s USING (status_cd) WHERE s.applies_to <> 'OP100') + (SELECT COUNT(*) FROM ar100 x JOIN sy100 s USING (status_cd) WHERE s.applies_to <> 'AR100') + (SELECT COUNT(*) FROM so100 x JOIN sy100 s USING (status_cd) WHERE s.applies_to <> 'SO100')"),
        ("closed_date exactly for closed branches; deleted_date exactly for deleted customers",
         "SELECT (SELECT COUNT(*) FROM op100 WHERE (status_cd = 'CLS') <> (closed_date IS NOT NULL)) + (SELECT COUNT(*) FROM ar100 WHERE (status_cd = 'DEL') <> (deleted_date IS NOT NULL) OR deleted_date <= opened_date)"),
        ("charging to account only for customers with a credit limit; awaiting payment only when charged; phone orders only for accounts",
         "SELECT COUNT(*) FROM so100 h LEFT JOIN ar100 c USING (cust_no) WHERE (h.payment_method = 'ACCOUNT' AND (c.credit_limit IS NULL OR c.cust_class = 'RET')) OR (h.status_cd = 'CHG' AND h.payment_method <> 'ACCOUNT') OR (h.order_source = 'PHN' AND (c.cust_class IS NULL OR c.cust_class = 'RET'))"),
        ("hourly rate exactly for hourly staff, salary exactly for salaried; only the President has no supervisor; term after hire",
         "SELECT COUNT(*) FROM hr100 WHERE (pay_basis = 'H') <> (hourly_rate IS NOT NULL) OR (pay_basis = 'S') <> (annual_salary IS NOT NULL) OR (supervisor_emp_no IS NULL) <> (job_title = 'President') OR supervisor_emp_no = emp_no OR term_date < hire_date"),
        ("certifications inside employment; expiry exactly for renewable certifications, after certification",
         "SELECT COUNT(*) FROM hr120 x JOIN hr100 e USING (emp_no) JOIN hr110 c USING (cert_cd) WHERE x.certified_date < e.hire_date OR (e.term_date IS NOT NULL AND x.certified_date > e.term_date) OR (c.renew_months IS NULL) <> (x.expiry_date IS NULL) OR x.expiry_date <= x.certified_date"),
        ("staff at a closed branch left before its closing date",
         "SELECT COUNT(*) FROM hr100 e JOIN op100 b USING (branch_no) WHERE b.closed_date IS NOT NULL AND (e.term_date IS NULL OR e.term_date >= b.closed_date)"),
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


def iso_expr(col):
    return f"(substr({col}, 7, 4) || '-' || substr({col}, 4, 2) || '-' || substr({col}, 1, 2))"


def expand(sql):
    return re.sub(r"\{iso:([^}]+)\}", lambda m: iso_expr(m.group(1)), sql)


def dutch_date_col(col):
    return col.endswith("_op") or col.endswith("_sinds") or col in ("datum", "ophaaldatum") or col.startswith("datum_")


def check_db(path):
    name = os.path.basename(path)[:-len(".sqlite")]
    style = STYLE.get(name)
    if style is None:
        fail(f"{name}: unknown database (no naming style registered)")
        return set(), set()
    if os.path.getsize(path) > MAX_BYTES:
        fail(f"{name}: file is {os.path.getsize(path)} bytes (want <= 3,000,000 bytes)")
    con = ro(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not 7 <= len(tables) <= 12:
        fail(f"{name}: {len(tables)} tables (want 7-12)")
    pk_of = {t: [c[1] for c in sorted(con.execute(f"PRAGMA table_info({qi(t)})"), key=lambda c: c[5]) if c[5]] for t in tables}
    idents, text_values = set(), set()
    self_ref = link = accented = place_dup = False
    total = nfk = 0
    for t in tables:
        n = con.execute(f"SELECT COUNT(*) FROM {qi(t)}").fetchone()[0]
        total += n
        if not 3 <= n <= 20000:
            fail(f"{name}.{t}: {n} rows (want 3-20,000)")
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
        if style == "dutch":
            if not re.fullmatch(r"[a-z]+(_[a-z]+)*", t):
                fail(f"{name}.{t}: table name is not lower-case Dutch words joined with underscores")
        else:
            if not re.fullmatch(r"[a-z]{2}\d{3}", t):
                fail(f"{name}.{t}: table name is not an ERP table code (two letters + three digits)")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        for c in cols:
            col, typ = c[1], c[2]
            idents.add(col)
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def flag_vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if not re.fullmatch(r"[a-z]+(_[a-z0-9]+)*", col):
                fail(f"{name}.{t}.{col}: column is not lower-case words joined with underscores")
            if style == "dutch":
                eng = [w for w in col.split("_") if w in ENGLISH_WORDS]
                if eng:
                    fail(f"{name}.{t}.{col}: English word {eng[0]} in a Dutch identifier")
                if dutch_date_col(col):
                    iso = iso_expr(q)
                    if typ != "TEXT" or bad(f"{q} NOT GLOB '[0-3][0-9]-[01][0-9]-[12][0-9][0-9][0-9]' OR date({iso}, '+0 days') IS NOT {iso}"):
                        fail(f"{name}.{t}.{col}: values that are not real DD-MM-YYYY dates")
                if col == "tijd" and bad(f"typeof({q}) <> 'text' OR length({q}) <> 5 OR strftime('%H:%M', '2000-01-01 ' || {q}) IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not HH:MM clock times")
                if col.endswith("_cent") and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: euro-cent column is not non-negative INTEGER")
                if (col.endswith("_gram") or col.endswith("_m2") or col in ("aantal", "uren_per_week", "spaarpunten", "regelnummer")) \
                        and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: count / measure column is not non-negative INTEGER")
                if col.startswith("heeft_") or col in DUTCH_FLAGS:
                    vals = flag_vals()
                    if typ != "TEXT" or not vals <= {"J", "N"}:
                        fail(f"{name}.{t}.{col}: flag column is not TEXT 'J'/'N'")
                    elif vals != {"J", "N"}:
                        fail(f"{name}.{t}.{col}: flag column never varies ({sorted(vals)})")
                if col == "status_code" and pk != [col] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: status column without a status-code key")
                if col.endswith("_id") and pk != [col] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            else:
                if col.endswith("_date"):
                    iso = f"(substr({q}, 1, 4) || '-' || substr({q}, 5, 2) || '-' || substr({q}, 7, 2))"
                    if typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR {q} NOT GLOB '[12][0-9][0-9][0-9][01][0-9][0-3][0-9]' OR date({iso}, '+0 days') IS NOT {iso}"):
                        fail(f"{name}.{t}.{col}: values that are not real YYYYMMDD dates")
                if typ == "REAL" and bad(f"typeof({q}) <> 'real' OR {q} < 0 OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: money column is not non-negative REAL with 2 decimals")
                if col in ERP_FLAGS:
                    vals = flag_vals()
                    if typ != "TEXT" or not vals <= {"Y", "N"}:
                        fail(f"{name}.{t}.{col}: flag column is not TEXT 'Y'/'N'")
                    elif vals != {"Y", "N"}:
                        fail(f"{name}.{t}.{col}: flag column never varies ({sorted(vals)})")
                if col in ("qty", "sales_sqft", "terms_days", "renew_months", "field_seq", "line_seq", "disc_pct", "price_level") \
                        and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
                if col == "status_cd" and pk != [col] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: status column without a status-code key")
                if col.endswith("_no") and pk != [col] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            if typ == "TEXT":
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                    text_values.add(v)
                    if not accented and re.search(r"naam|name", col) and re.search(r"[À-ɏḀ-ỿ]", v):
                        accented = True
        names = {c[1] for c in cols}
        for pc, rc in PLACE[style]:
            if pc in names and rc in names and con.execute(
                    f"SELECT 1 FROM {qi(t)} GROUP BY {qi(pc)} HAVING COUNT(DISTINCT {qi(rc)}) > 1 LIMIT 1").fetchone():
                place_dup = True
    if not 15000 <= total <= 40000:
        fail(f"{name}: {total} rows in all (want 15,000-40,000)")
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
        fail(f"{name}: no place name shared by two provinces")
    if style == "erp":
        # the data dictionary must describe every table and every column, in column order
        if "sy900" not in tables or "sy910" not in tables:
            fail(f"{name}: data dictionary tables sy900 / sy910 missing")
        else:
            cat = {r[0] for r in con.execute("SELECT table_code FROM sy900")}
            if cat != set(tables):
                fail(f"{name}: sy900 lists {sorted(cat ^ set(tables))} wrongly")
            for t in tables:
                want = [c[1] for c in con.execute(f"PRAGMA table_info({qi(t)})")]
                got = [r[0] for r in con.execute("SELECT field_name FROM sy910 WHERE table_code = ? ORDER BY field_seq", (t,))]
                if want != got:
                    fail(f"{name}.{t}: sy910 field catalogue does not match the columns ({got} != {want})")
            if con.execute("SELECT COUNT(*) FROM sy910 WHERE length(trim(description)) < 4").fetchone()[0]:
                fail(f"{name}: empty column descriptions in sy910")
    ct = CUSTOMER.get(name)
    if ct:
        flag = "verwijderd" if style == "dutch" else "status_cd"
        if con.execute(f"SELECT COUNT(*) FROM {ct[0]} WHERE {'verwijderd = ' + chr(39) + 'J' + chr(39) if style == 'dutch' else 'status_cd = ' + chr(39) + 'DEL' + chr(39)}").fetchone()[0] == 0:
            fail(f"{name}: no soft-deleted customers")
    for label, sql in INVARIANTS.get(name, []):
        try:
            n = con.execute(expand(sql)).fetchone()[0]
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
    start = up.find("SELECT") + len("SELECT")
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
    return [w for w in re.split(r"[_\s()?]+", ident.lower()) if w]


def check_kind(q, kind, sql):
    u = sql.upper()
    periods = set(re.findall(r"20\d\d(?:-Q[1-4]|-\d\d|\d\d(?:\d\d)?)?", sql))
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
            code_like = "_" in ident or re.fullmatch(r"[a-z]{2}\d{3}", ident)
            if code_like and re.search(r"\b" + re.escape(ident) + r"\b", text, re.I):
                fail(f"{q['id']}: question mentions schema identifier {ident}")
            if style == "dutch" and not code_like and len(ident) >= 4 and ident not in ALLOWED_WORDS \
                    and re.search(r"\b" + re.escape(ident) + r"\b", text, re.I):
                fail(f"{q['id']}: question uses the Dutch identifier {ident}")
            w = words_of(ident)
            if "_" in ident and len(w) >= 3 and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
                fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
        if re.search(r"\b(table|column|schema|data dictionary|field catalogue|table code)s?\b", text, re.I):
            fail(f"{q['id']}: question talks about the database structure")
        if re.search(r"\bcents?\b", text, re.I):
            fail(f"{q['id']}: question asks in cents; money questions should ask in the currency unit")
        if RELATIVE.search(text):
            fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
        years_q = set(YEAR_TOKEN.findall(text))
        for y in years_q:
            if y not in sql:
                fail(f"{q['id']}: question mentions {y} but the SQL does not")
        if re.search(r"'20[12]\d|'\d\d-\d\d-20[12]\d|\b20[12]\d\b", sql) and not years_q:
            fail(f"{q['id']}: SQL filters on a date but the question names no year")
        # ---- shares as ratios
        if re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b", sql):
            fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
        sel = outer_select_list(sql)
        # ---- money in cents returned in euros
        if kind != "share" and re.search(r"\w+_cent\b", sel) and not (re.search(r"/\s*100\.0", sel) and "ROUND(" in sel.upper()):
            fail(f"{q['id']}: money in cents returned without ROUND(... / 100.0, 2)")
        # ---- a person's name as one column
        items = split_top_commas(sel)
        for fcol, lcol in FIRST_LAST:
            for it in items:
                if re.search(r"\b" + fcol + r"\b", it) or re.search(r"\b" + lcol + r"\b", it):
                    if not re.search(r"\b" + re.escape(fcol) + r"\s*\|\|\s*' '\s*\|\|\s*\w*\.?" + re.escape(lcol), it):
                        fail(f"{q['id']}: person's name not returned as one column first || ' ' || last")
        # ---- style-specific traps
        if style == "dutch":
            dcols = r"\b(datum|ophaaldatum|besteld_op|aangemeld_op|verwijderd_op|geopend_op|gesloten_op|datum_in_dienst|datum_uit_dienst|in_assortiment_sinds|uit_assortiment_op)\b"
            if re.search(dcols + r"\s*(<|>|<=|>=|BETWEEN)", sql) or re.search(dcols + r"\s*=\s*'(?!\d\d-\d\d-\d{4}')", sql):
                fail(f"{q['id']}: DD-MM-YYYY text date compared directly with a literal")
            if re.search(r"\b(strftime|date|julianday|datetime)\s*\(", sql, re.I):
                fail(f"{q['id']}: SQLite date function applied to DD-MM-YYYY text")
        if style == "erp":
            if re.search(r"'\d{4}-\d\d(-\d\d)?'", sql) and re.search(r"_date\s*(<|>|<=|>=|=|BETWEEN|LIKE)\s*'\d{4}-", sql):
                fail(f"{q['id']}: YYYYMMDD text date compared with a dashed date literal")
            if re.search(r"\b(strftime|date|julianday|datetime)\s*\(", sql, re.I):
                fail(f"{q['id']}: SQLite date function applied to YYYYMMDD text")
        gt = GRAIN.get(dbn)
        if gt and re.search(r"\b" + gt[0] + r"\b", sql) and re.search(gt[1], text, re.I) and "COUNT(" in sql.upper() \
                and "COUNT(DISTINCT" not in sql.upper() and re.search(r"\bhow many\b|\bnumber of\b|\bcount\b", text, re.I):
            fail(f"{q['id']}: {gt[1]} counted on the line table without COUNT(DISTINCT {gt[2]})")
        # ---- literals are stored values
        for lit in literals(sql):
            if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|20\d{6}|20\d\d\d\d|\d\d-\d\d-20\d\d|20\d\d-Q[1-4]|-?\d+(\.\d+)?|\d\d|[ \-/]*|-Q", lit) or "%" in lit:
                continue
            if lit not in tvals.get(dbn, ()):
                fail(f"{q['id']}: SQL literal '{lit}' is not a value stored in {dbn}")
        # ---- soft deletes must be settled when customers are counted or listed
        ct = CUSTOMER.get(dbn)
        if ct:
            uses_flag = re.search(ct[1], sql)
            if uses_flag and not SOFT_DELETE_Q.search(text):
                fail(f"{q['id']}: SQL uses the soft delete but the question does not mention deleted records")
            primary = re.search(r"\bFROM\s+" + ct[0] + r"(\s|$)", sql)
            named = any(re.search(r"\b" + ct[2] + r"\.(voornaam|achternaam|first_name|last_name|company_name)\b", it) for it in items)
            settled = re.search(ct[3], sql)
            if (primary or (named and re.search(r"\bJOIN\s+" + ct[0] + r"\b", sql))) and kind != "attribute" \
                    and not settled and not SOFT_DELETE_Q.search(text):
                fail(f"{q['id']}: customers are counted / listed but the question does not settle deleted records")
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
