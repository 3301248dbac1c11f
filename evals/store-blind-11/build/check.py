"""Checks the store-blind-11 databases and questions. Prints PASS or the list of failures.

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; pass a scratch copy to test planted faults)

Every database is opened read-only (mode=ro URI + PRAGMA query_only). Checks:
  * databases: 7-12 tables, 3-20,000 rows per table, 15,000-40,000 rows per database, file <= 3,000,000 bytes, declared FKs that
    point at primary keys, foreign_key_check / integrity_check clean, a self-referencing FK, a many-to-many link table,
    accented names, a place name shared by two counties / states, soft-deleted customers, per-database invariants;
  * naming styles: tangled_yarns = Title Case identifiers with spaces, units in brackets, 'Yes'/'No' flags named "...?",
    DD/MM/YYYY text dates; paperbark_office = star schema (dim_ / fact_ / bridge_ tables, INTEGER surrogate <dim>_key
    primary keys, every *_key column a declared FK into a dimension, cents as INTEGER, ISO dates, 0/1 flags,
    an Unknown customer member 0);
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape, no schema
    identifiers / underscores / camelCase / cents in the text, no relative periods, years in the text <-> dates in
    the SQL, soft deletes settled, invoice counts with COUNT(DISTINCT ...), the Unknown customer member excluded
    from customer counts, DD/MM/YYYY dates never compared as text, text money CAST before use;
  * results: non-empty, <= 15 rows, no NULL cell, no single-cell 0, money rounded to 2 decimals, shares as ratios
    0-1 rounded to 4 decimals (never 100 * ...), months 'YYYY-MM', quarters 'YYYY-Qn', a person's name as ONE
    column first || ' ' || last, LIMIT only with ORDER BY, order_matters both ways, no tie at a LIMIT cut or in an
    ordered answer, no tied MAX / MIN pick.
"""
import json, os, re, sqlite3, sys, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"tangled_yarns": "access", "paperbark_office": "star"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_BYTES = 3_000_000
MAX_ROWS = 15
PLACE = {"access": ("Town", "County"), "star": ("suburb", "state_code")}
CUSTOMER = {"tangled_yarns": ("Customers", "Archived?", "archived"), "paperbark_office": ("dim_customer", "is_deleted", "deleted")}
FIRST_LAST = [('"First Name"', '"Last Name"'), ("first_name", "last_name")]

INVARIANTS = {
    "tangled_yarns": [
        ("sale total = sum of lines - discount",
         'SELECT COUNT(*) FROM "Sales" s WHERE ABS(s."Total (£)" + s."Discount (£)" - (SELECT SUM(l."Qty" * l."Unit Price (£)") FROM "Sale Lines" l WHERE l."Sale ID" = s."Sale ID")) > 0.011'),
        ("every sale has a line", 'SELECT COUNT(*) FROM "Sales" s WHERE NOT EXISTS (SELECT 1 FROM "Sale Lines" l WHERE l."Sale ID" = s."Sale ID")'),
        ("sales only while the shop trades",
         'SELECT COUNT(*) FROM "Sales" s JOIN "Shops" sh USING ("Shop ID") WHERE {iso:s."Sale Date"} < {iso:sh."Opened On"} OR (sh."Closed On" IS NOT NULL AND {iso:s."Sale Date"} >= {iso:sh."Closed On"})'),
        ("served by on-staff employee of that shop",
         'SELECT COUNT(*) FROM "Sales" s JOIN "Staff" st ON st."Staff ID" = s."Served By" WHERE st."Shop ID" IS NOT s."Shop ID" OR {iso:s."Sale Date"} < {iso:st."Start Date"} OR (st."Leaving Date" IS NOT NULL AND {iso:s."Sale Date"} >= {iso:st."Leaving Date"})'),
        ("customers buy only between joining and archiving",
         'SELECT COUNT(*) FROM "Sales" s JOIN "Customers" c USING ("Customer ID") WHERE {iso:s."Sale Date"} < {iso:c."Joined On"} OR (c."Archived On" IS NOT NULL AND {iso:s."Sale Date"} >= {iso:c."Archived On"})'),
        ("products sold only between introduction and discontinuation",
         'SELECT COUNT(*) FROM "Sale Lines" l JOIN "Sales" s USING ("Sale ID") JOIN "Products" p USING ("Product ID") WHERE {iso:s."Sale Date"} < {iso:p."Introduced On"} OR (p."Discontinued On" IS NOT NULL AND {iso:s."Sale Date"} >= {iso:p."Discontinued On"})'),
        ("awaiting collection only for click & collect", 'SELECT COUNT(*) FROM "Sales" WHERE "Status" = \'AWC\' AND "Channel" <> \'Click & Collect\''),
        ("status codes belong to the right area",
         'SELECT (SELECT COUNT(*) FROM "Shops" x JOIN "Status Codes" c ON c."Code" = x."Status" WHERE c."Applies To" <> \'Shop\') + (SELECT COUNT(*) FROM "Sales" x JOIN "Status Codes" c ON c."Code" = x."Status" WHERE c."Applies To" <> \'Sale\') + (SELECT COUNT(*) FROM "Workshop Sessions" x JOIN "Status Codes" c ON c."Code" = x."Status" WHERE c."Applies To" <> \'Session\') + (SELECT COUNT(*) FROM "Bookings" x JOIN "Status Codes" c ON c."Code" = x."Status" WHERE c."Applies To" <> \'Booking\')'),
        ("closed date exactly for closed shops", 'SELECT COUNT(*) FROM "Shops" WHERE ("Status" = \'CLO\') <> ("Closed On" IS NOT NULL)'),
        ("archive date exactly for archived customers", 'SELECT COUNT(*) FROM "Customers" WHERE ("Archived?" = \'Yes\') <> ("Archived On" IS NOT NULL) OR {iso:"Archived On"} < {iso:"Joined On"}'),
        ("hourly rate xor salary", 'SELECT COUNT(*) FROM "Staff" WHERE ("Hourly Rate (£)" IS NULL) = ("Annual Salary (£)" IS NULL)'),
        ("leaving after starting; only the managing director has no manager",
         'SELECT COUNT(*) FROM "Staff" WHERE {iso:"Leaving Date"} <= {iso:"Start Date"} OR ("Reports To" IS NULL) <> ("Job Title" = \'Managing Director\') OR "Reports To" = "Staff ID"'),
        ("sessions: tutor of that shop, on staff, shop has a workshop room and trades",
         'SELECT COUNT(*) FROM "Workshop Sessions" ws JOIN "Staff" t ON t."Staff ID" = ws."Tutor" JOIN "Shops" sh ON sh."Shop ID" = ws."Shop ID" WHERE t."Job Title" <> \'Workshop Tutor\' OR t."Shop ID" <> ws."Shop ID" OR {iso:ws."Session Date"} < {iso:t."Start Date"} OR (t."Leaving Date" IS NOT NULL AND {iso:ws."Session Date"} >= {iso:t."Leaving Date"}) OR sh."Workshop Room?" <> \'Yes\' OR {iso:ws."Session Date"} < {iso:sh."Opened On"} OR (sh."Closed On" IS NOT NULL AND {iso:ws."Session Date"} >= {iso:sh."Closed On"})'),
        ("scheduled exactly for 2026 sessions; booked exactly on scheduled sessions; cancelled sessions only cancelled bookings",
         'SELECT (SELECT COUNT(*) FROM "Workshop Sessions" WHERE ("Status" = \'SCH\') <> (substr("Session Date", 7, 4) = \'2026\')) + (SELECT COUNT(*) FROM "Bookings" b JOIN "Workshop Sessions" ws USING ("Session ID") WHERE (b."Status" = \'BKD\') <> (ws."Status" = \'SCH\') OR (ws."Status" = \'CXL\' AND b."Status" <> \'CAN\'))'),
        ("bookings within places", 'SELECT COUNT(*) FROM (SELECT ws."Session ID" FROM "Bookings" b JOIN "Workshop Sessions" ws USING ("Session ID") JOIN "Workshops" w USING ("Workshop ID") GROUP BY ws."Session ID" HAVING COUNT(*) > MAX(w."Max Places"))'),
        ("booking money: text with 2 decimals, 0.00 exactly when cancelled",
         'SELECT COUNT(*) FROM "Bookings" WHERE "Amount Paid (£)" NOT GLOB \'[0-9]*.[0-9][0-9]\' OR ("Status" = \'CAN\') <> (CAST("Amount Paid (£)" AS REAL) = 0)'),
        ("booked before the session by an active customer",
         'SELECT COUNT(*) FROM "Bookings" b JOIN "Workshop Sessions" ws USING ("Session ID") JOIN "Customers" c USING ("Customer ID") WHERE {iso:b."Booked On"} > {iso:ws."Session Date"} OR {iso:b."Booked On"} < {iso:c."Joined On"} OR (c."Archived On" IS NOT NULL AND {iso:b."Booked On"} >= {iso:c."Archived On"}) OR substr(b."Booked On", 7, 4) > \'2025\''),
    ],
    "paperbark_office": [
        ("net = quantity * unit price - discount; GST = 10% of net",
         "SELECT COUNT(*) FROM fact_sales WHERE net_amount_cents <> quantity * unit_price_cents - discount_cents OR ABS(gst_cents - net_amount_cents * 0.1) > 0.5"),
        ("one header per invoice (date, store, customer, employee, channel, status)",
         "SELECT COUNT(*) FROM (SELECT invoice_number FROM fact_sales GROUP BY invoice_number HAVING COUNT(DISTINCT order_date_key) > 1 OR COUNT(DISTINCT store_key) > 1 OR COUNT(DISTINCT customer_key) > 1 OR COUNT(DISTINCT employee_key) > 1 OR COUNT(DISTINCT channel_key) > 1 OR COUNT(DISTINCT status_key) > 1 OR MAX(line_number) <> COUNT(*) OR COUNT(DISTINCT product_key) <> COUNT(*))"),
        ("sales only while the store trades",
         "SELECT COUNT(*) FROM fact_sales f JOIN dim_date d ON d.date_key = f.order_date_key JOIN dim_store s USING (store_key) WHERE d.full_date < s.opened_on OR (s.closed_on IS NOT NULL AND d.full_date >= s.closed_on)"),
        ("sold by an on-staff employee of that store",
         "SELECT COUNT(*) FROM fact_sales f JOIN dim_date d ON d.date_key = f.order_date_key JOIN dim_employee e USING (employee_key) WHERE e.store_key IS NOT f.store_key OR d.full_date < e.hire_date OR (e.termination_date IS NOT NULL AND d.full_date >= e.termination_date)"),
        ("customers buy only between creation and deletion; web and phone orders have a known customer",
         "SELECT COUNT(*) FROM fact_sales f JOIN dim_date d ON d.date_key = f.order_date_key JOIN dim_customer c USING (customer_key) WHERE (c.customer_key <> 0 AND (d.full_date < c.created_on OR (c.deleted_on IS NOT NULL AND d.full_date >= c.deleted_on))) OR (c.customer_key = 0 AND f.channel_key <> 1)"),
        ("products sold only between introduction and discontinuation",
         "SELECT COUNT(*) FROM fact_sales f JOIN dim_date d ON d.date_key = f.order_date_key JOIN dim_product p USING (product_key) WHERE d.full_date < p.introduced_on OR (p.discontinued_on IS NOT NULL AND d.full_date >= p.discontinued_on)"),
        ("delivery date exactly for non-store, non-cancelled orders, after the order",
         "SELECT COUNT(*) FROM fact_sales f JOIN dim_status st USING (status_key) WHERE (f.delivery_date_key IS NOT NULL) <> (f.channel_key <> 1 AND st.status_code <> 'CANCELLED') OR f.delivery_date_key <= f.order_date_key"),
        ("status domains", "SELECT (SELECT COUNT(*) FROM fact_sales JOIN dim_status USING (status_key) WHERE status_domain <> 'Sale') + (SELECT COUNT(*) FROM fact_print_jobs JOIN dim_status USING (status_key) WHERE status_domain <> 'Print Job')"),
        ("print jobs at print-centre stores by on-staff print operators; amount = pages * price (+50% rush)",
         "SELECT COUNT(*) FROM fact_print_jobs j JOIN dim_date d USING (date_key) JOIN dim_store s USING (store_key) JOIN dim_employee e USING (employee_key) WHERE s.has_print_centre = 0 OR e.store_key <> j.store_key OR e.job_title <> 'Print Centre Operator' OR d.full_date < e.hire_date OR (e.termination_date IS NOT NULL AND d.full_date >= e.termination_date) OR d.full_date < s.opened_on OR (s.closed_on IS NOT NULL AND d.full_date >= s.closed_on) OR ABS(j.job_amount_cents - (j.bw_pages * 12 + j.colour_pages * 65) * (1 + 0.5 * j.is_rush)) > 0.5"),
        ("bridge: live business accounts, current business account managers, exactly one primary rep each",
         "SELECT (SELECT COUNT(*) FROM bridge_customer_rep b JOIN dim_customer c USING (customer_key) JOIN dim_employee e USING (employee_key) WHERE c.customer_type <> 'Business' OR c.is_deleted = 1 OR e.job_title <> 'Business Account Manager' OR e.termination_date IS NOT NULL) + (SELECT COUNT(*) FROM dim_customer c WHERE c.customer_type = 'Business' AND c.is_deleted = 0 AND (SELECT COUNT(*) FROM bridge_customer_rep b WHERE b.customer_key = c.customer_key AND b.rep_role = 'Primary') <> 1)"),
        ("closed_on exactly for closed stores; deleted_on exactly for deleted customers; discontinued_on exactly for discontinued products",
         "SELECT (SELECT COUNT(*) FROM dim_store WHERE (store_status = 'Closed') <> (closed_on IS NOT NULL)) + (SELECT COUNT(*) FROM dim_customer WHERE (is_deleted = 1) <> (deleted_on IS NOT NULL)) + (SELECT COUNT(*) FROM dim_product WHERE (is_discontinued = 1) <> (discontinued_on IS NOT NULL))"),
        ("hourly rate xor salary; only the CEO has no manager; termination after hire",
         "SELECT COUNT(*) FROM dim_employee WHERE (hourly_rate_cents IS NULL) = (annual_salary_cents IS NULL) OR (manager_key IS NULL) <> (job_title = 'Chief Executive Officer') OR termination_date <= hire_date OR manager_key = employee_key"),
        ("business details exactly for business accounts; Unknown member is key 0 only",
         "SELECT COUNT(*) FROM dim_customer WHERE (customer_type = 'Business') <> (business_name IS NOT NULL) OR (customer_type = 'Business') <> (account_tier IS NOT NULL) OR (customer_type = 'Unknown') <> (customer_key = 0)"),
        ("dim_date: key = date, financial year runs July-June",
         "SELECT COUNT(*) FROM dim_date WHERE date_key <> CAST(replace(full_date, '-', '') AS INTEGER) OR fiscal_year <> calendar_year + (month_number >= 7) OR calendar_quarter <> (month_number + 2) / 3 OR fiscal_year_label <> 'FY' || (fiscal_year - 1) || '-' || substr(fiscal_year, 3, 2)"),
    ],
}

RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|financial year)\b|\btoday\b|\byesterday\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b|\bago\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest) first|"
                         r"in (month|date|time|alphabetical) order|\border(ed)? by\b|\bsorted\b|\branked\b|"
                         r"\bfrom (highest|lowest|biggest|smallest|most|least|earliest|latest)\b", re.I)
SOFT_DELETE_Q = re.compile(r"\b(deleted|archived)\b", re.I)
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
    spaced_cols = unit_cols = ncols = 0
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
        if style == "access":
            if not re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)*", t):
                fail(f"{name}.{t}: table name is not Title Case words separated by spaces")
        else:
            if not re.fullmatch(r"(dim|fact|bridge)_[a-z]+(_[a-z]+)*", t):
                fail(f"{name}.{t}: table name is not dim_ / fact_ / bridge_ snake_case")
            if t.startswith("dim_"):
                want = t[4:] + "_key"
                cols0 = {c[1]: c[2] for c in con.execute(f"PRAGMA table_info({qi(t)})")}
                if pk != [want] or cols0.get(want) != "INTEGER":
                    fail(f"{name}.{t}: dimension without an INTEGER surrogate key {want}")
            for fk in fks:
                if not fk[2].startswith("dim_"):
                    fail(f"{name}.{t}.{fk[3]}: foreign key into {fk[2]} (star schema keys must point at dimensions)")
            if t.startswith("bridge_") and not (len(pk) == 2 and all(c in fk_cols for c in pk)):
                fail(f"{name}.{t}: bridge table without a two-key composite primary key")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        for c in cols:
            col, typ = c[1], c[2]
            idents.add(col)
            ncols += 1
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def flag_vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if style == "access":
                if not re.fullmatch(r"[A-Z][A-Za-z]*( ([A-Z][A-Za-z]*|of|per|to|on|by))*( \([^()]+\))?\??", col):
                    fail(f"{name}.{t}.{col}: column is not Title Case words with spaces (optional unit in brackets, optional ?)")
                if " " in col:
                    spaced_cols += 1
                if re.search(r"\([^()]+\)$", col):
                    unit_cols += 1
                if col.endswith("?"):
                    vals = flag_vals()
                    if typ != "TEXT" or not vals <= {"Yes", "No"}:
                        fail(f"{name}.{t}.{col}: flag column is not TEXT 'Yes'/'No'")
                    elif vals != {"Yes", "No"}:
                        fail(f"{name}.{t}.{col}: flag column never varies ({sorted(vals)})")
                if re.search(r"( On| Date)$", col):
                    iso = iso_expr(q)
                    if typ != "TEXT" or bad(f"{q} NOT GLOB '[0-3][0-9]/[01][0-9]/[12][0-9][0-9][0-9]' OR date({iso}, '+0 days') IS NOT {iso}"):
                        fail(f"{name}.{t}.{col}: values that are not real DD/MM/YYYY dates")
                if col.endswith(" Time") and bad(f"typeof({q}) <> 'text' OR length({q}) <> 5 OR strftime('%H:%M', '2000-01-01 ' || {q}) IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not HH:MM clock times")
                if col.endswith("(£)"):
                    if typ == "REAL":
                        if bad(f"typeof({q}) <> 'real' OR {q} < 0 OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                            fail(f"{name}.{t}.{col}: money column is not non-negative REAL with 2 decimals")
                    elif typ == "TEXT":
                        if bad(f"{q} NOT GLOB '[0-9]*.[0-9][0-9]' OR {q} GLOB '*[^0-9.]*'"):
                            fail(f"{name}.{t}.{col}: text money is not plain digits with 2 decimals")
                    else:
                        fail(f"{name}.{t}.{col}: money column of type {typ}")
                if re.search(r"\((g|m|min|sq ft|hrs)\)$", col) or col in ("Qty", "Loyalty Points", "Max Places"):
                    if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                        fail(f"{name}.{t}.{col}: count / measure column is not non-negative INTEGER")
                if col == "Status" and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: status column without a status-code key")
                if (col.endswith(" ID") and not (pk == [col])) or col in ("Served By", "Tutor", "Reports To"):
                    if col not in fk_cols:
                        fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            else:
                if not re.fullmatch(r"[a-z]+(_[a-z0-9]+)*", col):
                    fail(f"{name}.{t}.{col}: column is not lower-case snake_case")
                if col.endswith("_key") and not (pk == [col] and t.startswith("dim_")) and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: *_key column is not a declared foreign key")
                if col.endswith("_cents") and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: cents column is not non-negative INTEGER")
                if re.match(r"(is|has)_", col):
                    vals = flag_vals()
                    if typ != "INTEGER" or not vals <= {0, 1}:
                        fail(f"{name}.{t}.{col}: flag column is not INTEGER 0/1")
                    elif vals != {0, 1}:
                        fail(f"{name}.{t}.{col}: flag column never varies ({sorted(vals)})")
                if re.search(r"(_on|_date)$", col) or col == "full_date":
                    if typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR date({q}, '+0 days') IS NOT {q}"):
                        fail(f"{name}.{t}.{col}: values that are not real YYYY-MM-DD dates")
                if re.search(r"(quantity|_pages|_days|_number|_sqm)$", col) and typ == "INTEGER" and bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                    fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
                if re.search(r"status", col) and col.endswith("_key") and col not in fk_cols and pk != [col]:
                    fail(f"{name}.{t}.{col}: status column without a status dimension key")
            if typ == "TEXT":
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                    text_values.add(v)
                    if not accented and re.search(r"name", col, re.I) and re.search(r"[À-ɏḀ-ỿ]", v):
                        accented = True
        names = {c[1] for c in cols}
        pc, rc = PLACE[style]
        if pc in names and rc in names and con.execute(
                f"SELECT 1 FROM {qi(t)} WHERE {qi(pc)} IS NOT NULL GROUP BY {qi(pc)} HAVING COUNT(DISTINCT {qi(rc)}) > 1 LIMIT 1").fetchone():
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
        fail(f"{name}: no place name shared by two counties / states")
    if style == "access":
        if spaced_cols < ncols // 2 or unit_cols < 5:
            fail(f"{name}: only {spaced_cols}/{ncols} columns with spaces and {unit_cols} with units in brackets")
        if any("_" in i for i in idents):
            fail(f"{name}: underscore in an identifier of the Title Case schema")
    else:
        for p in ("dim_", "fact_", "bridge_"):
            if not any(t.startswith(p) for t in tables):
                fail(f"{name}: no {p} table")
        if "dim_customer" in tables and not con.execute("SELECT 1 FROM dim_customer WHERE customer_key = 0").fetchone():
            fail(f"{name}: no Unknown customer member (customer_key 0)")
    ct = CUSTOMER.get(name)
    if ct and con.execute(f"SELECT COUNT(DISTINCT {qi(ct[1])}) FROM {qi(ct[0])}").fetchone()[0] < 2:
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


def same_without_unknown(path, sql):
    """Run sql on the database and on views of it without the Unknown customer member; True when both agree."""
    con = ro(path)
    try:
        base = con.execute(sql).fetchall()
    except sqlite3.Error:
        return True     # reported elsewhere
    finally:
        con.close()
    mem = sqlite3.connect(":memory:", uri=True)
    mem.execute("ATTACH DATABASE ? AS src", (f"file:{path}?mode=ro",))
    for (t,) in mem.execute("SELECT name FROM src.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall():
        cond = " WHERE customer_key <> 0" if t == "dim_customer" else ""
        mem.execute(f"CREATE TEMP VIEW {qi(t)} AS SELECT * FROM src.{qi(t)}{cond}")
    try:
        other = mem.execute(sql).fetchall()
    finally:
        mem.close()
    return sorted(map(repr, base)) == sorted(map(repr, other))


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
    periods = set(re.findall(r"20\d\d(?:-Q[1-4]|-\d\d)?", sql)) | set(re.findall(r"FY20\d\d-\d\d", sql))
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
    unknown_checks = []
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
            code_like = "_" in ident or "(" in ident or ident.endswith("?")
            if code_like and ident.lower() in text.lower():
                fail(f"{q['id']}: question mentions schema identifier {ident}")
            w = words_of(ident)
            if "_" in ident and len(w) >= 3 and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
                fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
        if re.search(r"\b(dim|fact|bridge|surrogate|schema|table|column)\b", text, re.I):
            fail(f"{q['id']}: question talks about the database structure")
        if re.search(r"\bcents?\b", text, re.I):
            fail(f"{q['id']}: question asks in cents; money questions should ask in the currency unit")
        if RELATIVE.search(text):
            fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
        years_q = set(YEAR_TOKEN.findall(text))
        for y in years_q:
            if y not in sql:
                fail(f"{q['id']}: question mentions {y} but the SQL does not")
        if re.search(r"calendar_year|fiscal_year|'20\d\d|= '20|\b20\d\d\b|month_number", sql) and not years_q:
            fail(f"{q['id']}: SQL filters on a date but the question names no year")
        # ---- shares as ratios
        if re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b", sql):
            fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
        sel = outer_select_list(sql)
        # ---- money in cents returned in the currency unit
        if kind != "share" and re.search(r"\w+_cents\b", sel) and not (re.search(r"/\s*100\.0", sel) and "ROUND(" in sel.upper()):
            fail(f"{q['id']}: money in cents returned without ROUND(... / 100.0, 2)")
        # ---- a person's name as one column
        items = split_top_commas(sel)
        for fcol, lcol in FIRST_LAST:
            for it in items:
                if fcol in it or lcol in it:
                    if not re.search(re.escape(fcol) + r"\s*\|\|\s*' '\s*\|\|\s*\w*\.?" + re.escape(lcol), it):
                        fail(f"{q['id']}: person's name not returned as one column first || ' ' || last")
        # ---- style-specific traps
        if style == "access":
            if re.search(r'"[^"]*(Date|On)"\s*(<|>|<=|>=|BETWEEN)', sql) or re.search(r'"[^"]*(Date|On)"\s*=\s*\'(?!\d\d/\d\d/\d{4}\')', sql):
                fail(f"{q['id']}: DD/MM/YYYY text date compared directly with a literal")
            if re.search(r"\b(strftime|date|julianday)\(", sql, re.I):
                fail(f"{q['id']}: SQLite date function applied to DD/MM/YYYY text")
            for m in re.finditer(r'(\w+\.)?"Amount Paid \(£\)"', sql):
                before = sql[max(0, m.start() - 5):m.start()]
                if "CAST(" not in before.upper():
                    fail(f"{q['id']}: text money used without CAST(... AS REAL)")
        if style == "star":
            if re.search(r"\bFROM fact_sales\b", sql) and re.search(r"\binvoices?\b", text, re.I) and "COUNT(" in sql.upper() \
                    and "COUNT(DISTINCT" not in sql.upper():
                fail(f"{q['id']}: invoices counted without COUNT(DISTINCT invoice_number) (fact_sales is at line grain)")
            if re.search(r"\bFROM dim_customer\b", sql) and "COUNT(" in sql.upper():
                unknown_checks.append(q)
        # ---- literals are stored values
        for lit in literals(sql):
            if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|20\d\d-Q[1-4]|%.*|-?\d+(\.\d+)?|\d\d|[ \-/]*|-Q", lit) or "%" in lit:
                continue
            if lit not in tvals.get(dbn, ()):
                fail(f"{q['id']}: SQL literal '{lit}' is not a value stored in {dbn}")
        # ---- soft deletes must be settled when customers are counted or listed
        ct = CUSTOMER.get(dbn)
        if ct:
            uses_flag = qi(ct[1]) in sql if style == "access" else re.search(r"\b" + ct[1] + r"\b", sql)
            if uses_flag and not SOFT_DELETE_Q.search(text):
                fail(f"{q['id']}: SQL uses the soft-delete flag but the question does not mention {ct[2]} records")
            tab = qi(ct[0]) if style == "access" else ct[0]
            primary = re.search(r"\bFROM\s+" + re.escape(tab) + r"(\s|$)", sql)
            named = any(re.search(r'\b(cu|c)\.("First Name"|"Last Name"|first_name|last_name|business_name)', it) for it in items)
            if (primary or (named and re.search(r"\bJOIN\s+" + re.escape(tab), sql))) and kind not in ("attribute",) \
                    and not uses_flag and not SOFT_DELETE_Q.search(text):
                fail(f"{q['id']}: customers are counted / listed but the question does not settle {ct[2]} records")
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

    # customer counts must not change when the Unknown member (customer_key 0) is taken out
    for q in unknown_checks:
        if not same_without_unknown(os.path.join(ROOT, q["db"]), q["sql"]):
            fail(f"{q['id']}: customers counted without excluding the Unknown member")

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
