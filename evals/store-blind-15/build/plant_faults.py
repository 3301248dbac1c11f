"""Plants faults one at a time in scratch copies of the batch and checks that check.py catches each one.

Usage: python3 plant_faults.py   (works in /tmp/sb15/faults; never touches the batch folder itself)
Each fault is a mutation of questions.jsonl / kinds.tsv or of one database copy, plus a piece of the failure message
check.py must print. Prints one line per fault and a summary; exits 1 if any fault slips through."""
import json, os, shutil, sqlite3, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, ".."))
WORK = "/tmp/sb15/faults"
WA, WV = "whisk_and_anvil", "wren_and_veil"


def load(root):
    return [json.loads(l) for l in open(os.path.join(root, "questions.jsonl"), encoding="utf-8")]


def save(root, qs):
    with open(os.path.join(root, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")


def edit_q(qid, **kw):
    def f(root):
        qs = load(root)
        hit = False
        for q in qs:
            if q["id"] == qid:
                hit = True
                for k, v in kw.items():
                    new = v(q[k]) if callable(v) else v
                    if new == q[k]:
                        raise SystemExit(f"fault for {qid} did not change {k}")
                    q[k] = new
        if not hit:
            raise SystemExit(f"no question {qid}")
        save(root, qs)
    return f


def sql_db(db, *stmts):
    def f(root):
        con = sqlite3.connect(os.path.join(root, "databases", f"{db}.sqlite"))
        for s in stmts:
            cur = con.execute(s)
            if s.lstrip().upper().startswith(("UPDATE", "DELETE")) and cur.rowcount < 1:
                raise SystemExit(f"fault statement changed nothing: {s}")
        con.commit()
        con.close()
    return f


def swap_keys(root):
    qs = load(root)
    q = qs[0]
    qs[0] = {"db": q["db"], "id": q["id"], "question": q["question"], "sql": q["sql"], "order_matters": q["order_matters"]}
    save(root, qs)


def dup_question(root):
    qs = load(root)
    qs[1]["question"] = qs[0]["question"].lower()
    save(root, qs)


def dup_sql(root):
    qs = load(root)
    qs[45]["sql"] = qs[44]["sql"]
    save(root, qs)


def wrong_kind(root):
    p = os.path.join(root, "build", "kinds.tsv")
    lines = open(p, encoding="utf-8").read().splitlines()
    lines[0] = lines[0].split("\t")[0] + "\ttotal"
    open(p, "w", encoding="utf-8").write("\n".join(lines) + "\n")


def R(a, b):
    def f(s):
        if a not in s:
            raise SystemExit(f"pattern not found: {a!r}")
        return s.replace(a, b)
    return f


Q = lambda n: f"{WA}-{n:03d}"
V = lambda n: f"{WV}-{n:03d}"

FAULTS = [
    # ---- wording
    ("underscore in question", edit_q(Q(3), question=lambda t: t + " (administrative_district_level_1)"), "underscore in question text"),
    ("camelCase in question", edit_q(V(2), question=R("no-shows", "noShows")), "camelCase token"),
    ("spelled-out identifier", edit_q(V(5), question=R("bought the shop's sample gown itself instead of having a new one made", "were off the peg")), "spells out schema identifier"),
    ("column-like phrase", edit_q(V(6), question=R("(gowns, accessories and rush charges)", "(the order total)")), "column-like phrase 'order total'"),
    ("structure words", edit_q(Q(5), question=R("in our catalogue", "in the items table")), "database structure"),
    ("storage word (pence)", edit_q(Q(6), question=lambda t: t + " Answer in pence."), "structure or storage"),
    ("relative period", edit_q(V(8), question=R("during 2023", "last year")), "relative period"),
    ("year in text missing from SQL", edit_q(Q(7), question=R("2025", "2026")), "mentions 2026 but the SQL does not"),
    ("SQL year, no year in text", edit_q(V(4), question=R(" placed in 2024", "")), "names no year"),
    ("duplicate question", dup_question, "duplicate question text"),
    ("duplicate SQL", dup_sql, "duplicate SQL"),
    # ---- SQL conventions and results
    ("share as percentage", edit_q(Q(37), sql=R("ROUND(AVG(customer_id IS NOT NULL), 4)", "ROUND(100.0 * AVG(customer_id IS NOT NULL), 4)")), "percentage"),
    ("share rounded to 2", edit_q(V(38), sql=R(", 4)", ", 2)")), "shape of kind 'share'"),
    ("unrounded average", edit_q(V(7), sql=R('ROUND(AVG(i."Line Total"), 2)', 'AVG(i."Line Total")')), "more than 2 decimals"),
    ("pence not turned into pounds", edit_q(Q(6), sql=R("ROUND(SUM(total_money) / 100.0, 2)", "SUM(total_money)")), "turning it into pounds"),
    ("TEXT quantity summed without a cast", edit_q(Q(10), sql=R("SUM(CAST(li.quantity AS INTEGER))", "SUM(li.quantity)")), "TEXT quantity summed"),
    ("Access date BETWEEN bare dates", edit_q(V(4), sql=R('substr("Order Date", 1, 4) = \'2024\'', '"Order Date" BETWEEN \'2024-01-01\' AND \'2024-12-31\'')), "Access date compared"),
    ("single-cell 0", edit_q(Q(2), sql=R("'2025'", "'2022'")), "single-cell result is 0"),
    ("empty result", edit_q(V(24), sql=R('"Active" = 0', '"Active" = 0 AND 1 = 0')), "empty result"),
    ("NULL in result", edit_q(V(26), sql=R('SELECT "Eircode"', 'SELECT "Closed"')), "NULL in result"),
    ("16+ rows", edit_q(V(11), sql=R("AND substr(a.\"Appointment Date\", 1, 4) = '2025' ", "")), "rows (want <= 15)"),
    ("LIMIT without ORDER BY", edit_q(V(18), sql=lambda s: "SELECT \"Branch Name\" FROM \"Branches\" WHERE substr(\"Opened\", 1, 4) <= '2025' LIMIT 1"), "LIMIT without ORDER BY"),
    ("order_matters on an unordered query", edit_q(Q(1), order_matters=True), "order_matters without outer ORDER BY"),
    ("order_matters dropped on an ordered question", edit_q(Q(16), order_matters=False), "order_matters is false"),
    ("tie at the LIMIT cut", edit_q(Q(20), sql=lambda s: "SELECT name FROM vendors ORDER BY status LIMIT 1"), "tie in ORDER BY"),
    ("month label not YYYY-MM", edit_q(Q(11), sql=R("SELECT substr(o.created_at, 1, 7) AS month", "SELECT substr(o.created_at, 6, 2) AS month")), "months as 'YYYY-MM'"),
    ("quarter label not YYYY-Qn", edit_q(V(12), sql=R("|| '-Q' ||", "|| ' Q' ||")), "quarters as 'YYYY-Qn'"),
    ("name in two columns", edit_q(V(17), sql=R('s."First Name" || \' \' || s."Last Name" AS person', 's."First Name", s."Last Name"')), "one column first || ' ' || last"),
    ("orders counted on line items", edit_q(Q(1), sql=lambda s: "SELECT COUNT(*) FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN locations l ON l.id = o.location_id WHERE l.name = 'Ludlow' AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2024'"), "counted on the line table"),
    ("misspelled stored value", edit_q(Q(1), sql=R("'Ludlow'", "'ludlow'")), "is not a value stored"),
    ("canceled orders not settled (export)", edit_q(Q(6), sql=R("WHERE state = 'COMPLETED' AND ", "WHERE "), question=R(" Leave out canceled orders and don't take off refunds.", "")), "without settling"),
    ("cancelled orders not settled (Access)", edit_q(V(6), sql=R('WHERE "Status" <> \'Cancelled\' AND ', "WHERE "), question=R(" Leave out cancelled orders.", "")), "without settling"),
    ("self-reference without a self-join", edit_q(Q(28), sql=lambda s: "SELECT given_name || ' ' || family_name FROM team_members WHERE job_title = 'Operations Manager'"), "does not join a table to itself"),
    ("compare with one period", edit_q(V(39), sql=lambda s: "SELECT COUNT(*) FROM \"Appointments\" a JOIN \"Branches\" b ON b.\"Branch ID\" = a.\"Branch ID\" WHERE b.\"Town\" = 'Galway' AND substr(a.\"Appointment Date\", 1, 4) = '2025'"), "shape of kind 'compare'"),
    ("wrong kind mix", wrong_kind, "kind mix"),
    ("key order", swap_keys, "key order"),
    # ---- the POS export database
    ("FK violation", sql_db(WA, "UPDATE order_line_items SET order_id = 'no-such-order' WHERE rowid = 1"), "foreign_key_check not clean"),
    ("order total != lines", sql_db(WA, "UPDATE orders SET total_money = total_money + 1 WHERE rowid = 1"), "order total / VAT"),
    ("wrong VAT on a line", sql_db(WA, "UPDATE order_line_items SET total_tax_money = 0 WHERE id = (SELECT MIN(id) FROM order_line_items WHERE total_tax_money > 100)"), "line: gross"),
    ("money as REAL pounds", sql_db(WA, "UPDATE item_variations SET price_money = 39.5 WHERE rowid = 1"), "non-negative INTEGER pence"),
    ("timestamp with an offset instead of Z", sql_db(WA, "UPDATE orders SET created_at = substr(created_at, 1, 19) || '+01:00' WHERE rowid = 1"), "RFC 3339"),
    ("enum in lower case", sql_db(WA, "UPDATE payments SET source_type = 'cash' WHERE rowid = (SELECT MIN(rowid) FROM payments WHERE source_type = 'CASH')"), "UPPER_CASE"),
    ("line quantity with a decimal point", sql_db(WA, "UPDATE order_line_items SET quantity = quantity || '.0' WHERE rowid = 1"), "TEXT digits"),
    ("camelCase column in the export", sql_db(WA, "ALTER TABLE customers RENAME COLUMN given_name TO givenName"), "column is not snake_case"),
    ("singular table in the export", sql_db(WA, "ALTER TABLE refunds RENAME TO refund"), "not plural snake_case"),
    ("undeclared key column (export)", sql_db(WA, "ALTER TABLE orders ADD COLUMN register_id TEXT"), "not a declared foreign key"),
    ("sale on Christmas Day", sql_db(WA, "UPDATE orders SET created_at = '2024-12-25T11:00:00.000Z' WHERE id = (SELECT MIN(o.id) FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Shrewsbury' AND o.created_at LIKE '2024-12-2%')"), "trading days"),
    ("till operated by someone from another shop", sql_db(WA, "UPDATE orders SET team_member_id = (SELECT id FROM team_members WHERE given_name = 'Priya' AND family_name = 'Shah') WHERE rowid = 1"), "person on the till"),
    ("item sold after it was archived", sql_db(WA, "UPDATE items SET updated_at = '2023-01-02T10:00:00.000Z' WHERE name = 'Halden Kettle'"), "line names match"),
    ("canceled order that was paid", sql_db(WA, "UPDATE orders SET state = 'CANCELED', closed_at = NULL WHERE rowid = (SELECT MIN(rowid) FROM orders WHERE state = 'COMPLETED')"), "completed orders are paid"),
    ("overbooked class", sql_db(WA, "UPDATE cookery_classes SET capacity = 1 WHERE id = (SELECT b.class_id FROM class_bookings b WHERE b.status = 'ACCEPTED' GROUP BY b.class_id HAVING SUM(b.seats) > 3 ORDER BY b.class_id LIMIT 1)"), "bookings:"),
    ("closed shop flagged active", sql_db(WA, "UPDATE locations SET status = 'ACTIVE'"), "no closed location"),
    ("archive flag never varies", sql_db(WA, "UPDATE items SET is_archived = 0"), "never varies"),
    ("a late-night sale (UTC date != local date)", sql_db(WA, "UPDATE orders SET created_at = substr(created_at, 1, 11) || '23:30:00.000Z' WHERE rowid = 2"), "between 06:00 and 22:00"),
    # ---- the Access database
    ("order total != lines (Access)", sql_db(WV, 'UPDATE "Orders" SET "Order Total" = "Order Total" + 10 WHERE "Order ID" = 1'), "order total = sum"),
    ("date without the Access time part", sql_db(WV, 'UPDATE "Orders" SET "Order Date" = substr("Order Date", 1, 10) WHERE "Order ID" = 1'), "Access dates"),
    ("start time with seconds", sql_db(WV, 'UPDATE "Appointments" SET "Start Time" = "Start Time" || \':00\' WHERE "Appointment ID" = (SELECT MIN("Appointment ID") FROM "Appointments")'), "times 'HH:MM'"),
    ("price with 3 decimals", sql_db(WV, 'UPDATE "Accessories" SET "Price" = 95.005 WHERE "Item Name" = \'Pearl Hair Comb\''), "REAL money is not rounded"),
    ("Yes/No stored as -1", sql_db(WV, 'UPDATE "Gown Styles" SET "Discontinued" = -1 WHERE "Discontinued" = 1'), "Yes/No field is not INTEGER 0/1"),
    ("snake_case column in the Access schema", sql_db(WV, 'ALTER TABLE "Branches" RENAME COLUMN "Branch Name" TO branch_name'), "column is not Title Case"),
    ("undeclared key column (Access)", sql_db(WV, 'ALTER TABLE "Orders" ADD COLUMN "Voucher ID" INTEGER'), "not a declared foreign key"),
    ("appointment on a Monday", sql_db(WV, 'UPDATE "Appointments" SET "Appointment Date" = \'2024-03-04 00:00:00\' WHERE "Appointment ID" = (SELECT MIN("Appointment ID") FROM "Appointments" WHERE "Appointment Date" LIKE \'2024-03-0%\')'), "open days"),
    ("double-booked stylist", sql_db(WV, 'UPDATE "Appointments" SET "Start Time" = (SELECT b."Start Time" FROM "Appointments" b WHERE b."Staff ID" = "Appointments"."Staff ID" AND b."Appointment Date" = "Appointments"."Appointment Date" AND b."Appointment ID" <> "Appointments"."Appointment ID" ORDER BY b."Appointment ID" LIMIT 1) '
                                          'WHERE "Appointment ID" = (SELECT MIN(a."Appointment ID") FROM "Appointments" a WHERE EXISTS (SELECT 1 FROM "Appointments" b WHERE b."Staff ID" = a."Staff ID" AND b."Appointment Date" = a."Appointment Date" AND b."Appointment ID" <> a."Appointment ID"))'), "nobody double-booked"),
    ("refund on an order that was not cancelled", sql_db(WV, 'UPDATE "Payments" SET "Order ID" = (SELECT MIN("Order ID") FROM "Orders" WHERE "Status" = \'Collected\') WHERE "Payment ID" = (SELECT MIN("Payment ID") FROM "Payments" WHERE "Payment Type" = \'Refund\')'), "payments:"),
    ("collected without a collection appointment", sql_db(WV, 'DELETE FROM "Appointments" WHERE "Appointment ID" = (SELECT MIN("Appointment ID") FROM "Appointments" WHERE "Appointment Type" = \'Collection\')'), "collections:"),
    ("staff of the closed branch still employed", sql_db(WV, 'UPDATE "Staff" SET "End Date" = NULL WHERE "Staff ID" = (SELECT MIN("Staff ID") FROM "Staff" WHERE "Branch ID" = 4)'), "staff:"),
    ("no closed branch", sql_db(WV, 'UPDATE "Branches" SET "Closed" = NULL, "Active" = 1'), "no closed branch"),
    ("referral by a later customer", sql_db(WV, 'UPDATE "Customers" SET "Referred By" = (SELECT MAX("Customer ID") FROM "Customers") WHERE "Customer ID" = (SELECT MIN("Customer ID") FROM "Customers")'), "customers:"),
    ("same-name towns removed", sql_db(WV, 'UPDATE "Customers" SET "Town" = \'Newbridge (Galway)\' WHERE "Town" = \'Newbridge\' AND "County" = \'Galway\''), "no town name shared"),
    ("status in lower case", sql_db(WV, 'UPDATE "Appointments" SET "Status" = \'no show\' WHERE "Status" = \'No Show\''), "not Title Case words"),
    ("gown tried on at a fitting", sql_db(WV, 'INSERT INTO "Appointment Styles" VALUES ((SELECT MIN("Appointment ID") FROM "Appointments" WHERE "Appointment Type" = \'Fitting\'), (SELECT MIN("Style ID") FROM "Gown Styles"), 0)'), "gowns are tried on only"),
]


def main():
    if os.path.exists(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    base = os.path.join(WORK, "base")
    shutil.copytree(SRC, base, ignore=shutil.ignore_patterns("__pycache__"))
    r = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), base], capture_output=True, text=True)
    if "PASS" not in r.stdout:
        print("baseline copy does not pass:\n" + r.stdout)
        sys.exit(1)
    caught = 0
    for i, (label, mutate, expect) in enumerate(FAULTS, 1):
        root = os.path.join(WORK, f"f{i:02d}")
        shutil.copytree(base, root)
        mutate(root)
        r = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), root], capture_output=True, text=True)
        ok = "FAIL" in r.stdout and expect in r.stdout
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}  {i:02d} {label}" + ("" if ok else f"\n{r.stdout[:1500]}"))
        shutil.rmtree(root)
    print(f"{caught}/{len(FAULTS)} planted faults caught")
    sys.exit(0 if caught == len(FAULTS) else 1)


if __name__ == "__main__":
    main()
