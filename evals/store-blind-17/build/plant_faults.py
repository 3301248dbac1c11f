"""Plants faults one at a time in scratch copies of the batch (under /tmp/sb17/faults) and requires check.py to fail on
each with the expected message.  Prints one line per fault and a summary; exit code 1 if any fault slipped through.

Usage: python3 plant_faults.py"""
import json, os, shutil, sqlite3, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.abspath(os.path.join(HERE, ".."))
SCRATCH = "/tmp/sb17/faults"
FH, PP = "fellside_hospice", "plie_and_pointe"


def q_edit(qid, **changes):
    def apply(root):
        path = os.path.join(root, "questions.jsonl")
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        for r in rows:
            if r["id"] == qid:
                for k, v in changes.items():
                    r[k] = v(r[k]) if callable(v) else v
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return apply


def q_raw(fn):
    def apply(root):
        path = os.path.join(root, "questions.jsonl")
        rows = fn([json.loads(l) for l in open(path, encoding="utf-8")])
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return apply


def kind_edit(qid, kind):
    def apply(root):
        path = os.path.join(root, "build", "kinds.tsv")
        lines = open(path, encoding="utf-8").read().splitlines()
        open(path, "w", encoding="utf-8").write("\n".join(f"{qid}\t{kind}" if l.split("\t")[0] == qid else l for l in lines) + "\n")
    return apply


def db_sql(db, *stmts):
    def apply(root):
        con = sqlite3.connect(os.path.join(root, "databases", db + ".sqlite"))
        for s in stmts:
            con.execute(s)
        con.commit()
        con.close()
    return apply


def rep(a, b):
    def f(s):
        assert a in s, (a, s)
        return s.replace(a, b, 1)
    return f


def swap_keys(rows):
    r = rows[0]
    rows[0] = {"db": r["db"], "id": r["id"], "question": r["question"], "sql": r["sql"], "order_matters": r["order_matters"]}
    return rows


def dup_question(rows):
    rows[1]["question"] = rows[0]["question"]
    return rows


def dup_sql(rows):
    rows[2]["sql"] = rows[0]["sql"]
    return rows


F = lambda n: f"{FH}-{n:03d}"
P = lambda n: f"{PP}-{n:03d}"
FAULTS = [
    # ---- wording
    ("underscore in a question", q_edit(F(1), question=rep("donations", "donations_donation")), "underscore in question text"),
    ("camelCase in a question", q_edit(F(1), question=rep("Penrith shop", "Penrith receivedAt shop")), "camelCase token"),
    ("identifier spelled out", q_edit(F(2), question=rep("signed a Gift Aid declaration", "have a gift aid declared on date")), "spells out schema identifier"),
    ("column-like phrase", q_edit(P(6), question=rep("take in 2025 altogether", "take in 2025 as amount total")), "column-like phrase"),
    ("structure word", q_edit(F(1), question=rep("donations", "donation records")), "database structure"),
    ("relative period", q_edit(F(6), question=rep("in 2024", "this year")), "relative period"),
    ("year in question not in SQL", q_edit(F(1), question=rep("2024", "2023")), "question mentions 2023 but the SQL does not"),
    ("year in SQL not in question", q_edit(F(1), question=rep(" during 2024", "")), "names no year"),
    ("duplicate question", q_raw(dup_question), "duplicate question text"),
    ("duplicate SQL", q_raw(dup_sql), "duplicate SQL"),
    # ---- SQL conventions
    ("Django date compared with a bare year", q_edit(F(6), sql=rep("substr(trading_date, 1, 4) = '2024'", "trading_date >= '2024'")), "bare year"),
    ("JSON name without json_extract", q_edit(P(25), sql=rep("json_extract(name, '$.en_US') = 'Full Sole Leather Ballet Shoe'", "name LIKE '%Full Sole Leather Ballet Shoe%'")), "without json_extract"),
    ("POS money without the order state", q_edit(P(6), sql=rep("o.state IN ('paid', 'done', 'invoiced') AND ", "")), "without settling the order state"),
    ("POS money question silent on refunds", q_edit(P(6), question=rep(", after refunds", "")), "does not say how refunds are treated"),
    ("POS count without a refund decision", q_edit(P(1), sql=rep(" AND o.name NOT LIKE '% REFUND'", "")), "without deciding about refunds"),
    ("sales orders without their state", q_edit(P(8), sql=rep(" AND so.state IN ('sale', 'done')", "")), "sales orders aggregated without settling"),
    ("share with integer division", q_edit(F(36), sql=rep(" * 1.0", "")), "without forcing real division"),
    ("share as a percentage", q_edit(F(36), sql=rep("SUM(card_total) * 1.0", "100.0 * SUM(card_total)")), "percentage"),
    ("a name in two columns", q_edit(F(21), sql=rep("first_name || ' ' || last_name AS person", "first_name, last_name")), "one column"),
    ("a literal that is not stored", q_edit(F(25), sql=rep("'Keswick'", "'Keswik'")), "is not a value stored"),
    ("a write statement", q_edit(F(25), sql=lambda s: "DELETE FROM shops_shop WHERE name = 'Keswick'"), "single read-only SELECT"),
    ("orders counted on lines", q_edit(P(1), sql=lambda s: s.replace("SELECT COUNT(*) FROM pos_order o", "SELECT COUNT(*) FROM pos_order_line l JOIN pos_order o ON o.id = l.order_id", 1)), "orders counted on the line table"),
    # ---- results and ordering
    ("a count of nothing", q_edit(F(1), question=rep("2024", "2022"), sql=rep("'2024'", "'2022'")), "single-cell result is 0"),
    ("empty result", q_edit(F(21), question=rep("2025", "2022"), sql=rep("'2025'", "'2022'")), "empty result"),
    ("too many rows", q_edit(F(11), sql=rep("GROUP BY substr(d.trading_date, 1, 7)", "GROUP BY d.trading_date")), "rows (want <= 15)"),
    ("NULL cell", q_edit(F(22), sql=rep("SELECT name FROM", "SELECT name, closed_on FROM")), "NULL in result"),
    ("unrounded average", q_edit(F(7), sql=rep("ROUND(AVG(d.till_total), 2)", "AVG(d.till_total)")), "more than 2 decimals"),
    ("share rounded to 2", q_edit(F(36), sql=rep(", 4)", ", 2)")), "does not have the shape of kind 'share'"),
    ("share above 1", q_edit(F(36), sql=rep("SUM(card_total) * 1.0 / SUM(till_total)", "SUM(till_total) * 1.0 / SUM(card_total)")), "share is not a ratio"),
    ("month label", q_edit(F(11), sql=lambda s: s.replace("substr(d.trading_date, 1, 7) AS month", "substr(d.trading_date, 6, 2) AS month", 1)), "month breakdown does not return months"),
    ("quarter label", q_edit(P(12), sql=rep("|| '-Q' ||", "|| ' Q' ||")), "quarter breakdown does not return quarters"),
    ("LIMIT without ORDER BY", q_edit(F(19), sql=rep(" ORDER BY d.till_total DESC", "")), "LIMIT without ORDER BY"),
    ("order_matters false on an ordered question", q_edit(F(16), order_matters=False), "asks for an order"),
    ("order_matters true without ORDER BY", q_edit(F(13), order_matters=True), "order_matters without outer ORDER BY"),
    ("tie at the cut", q_edit(F(17), sql=rep("ORDER BY hours DESC", "ORDER BY SUM(s.hours) > 0 DESC")), "tie"),
    ("kind mix", kind_edit(F(1), "total"), "kind mix"),
    ("self-reference without a self-join", kind_edit(F(1), "selfref"), "does not join a table to itself"),
    ("key order", q_raw(swap_keys), "key order"),
    # ---- Django database
    ("sheet total differs from its lines", db_sql(FH, "UPDATE takings_dailysheet SET till_total = till_total + 1, cash_banked = cash_banked + 1 WHERE id = 5"), "sheet money"),
    ("a sheet on Christmas Day", db_sql(FH, "UPDATE takings_dailysheet SET trading_date = '2024-12-25', submitted_at = '2024-12-25 16:40:11.000321' "
                                            "WHERE shop_id = 1 AND trading_date = '2024-12-24'"), "trading days"),
    ("queried sheet marked approved", db_sql(FH, "UPDATE takings_dailysheet SET status = 'approved' WHERE id = (SELECT MIN(id) FROM takings_dailysheet WHERE status = 'queried')"), "sheet review"),
    ("gift-aided furniture", db_sql(FH, "UPDATE donations_donation SET gift_aided = 1 WHERE id = (SELECT MIN(id) FROM donations_donation WHERE kind = 'furniture')"), "donations: in opening hours"),
    ("Gift Aid claimed at the wrong rate", db_sql(FH, "UPDATE giftaid_claim SET amount_claimed = amount_claimed + 10 WHERE id = 3"), "Gift Aid claims"),
    ("rag paid at the wrong rate", db_sql(FH, "UPDATE takings_ragcollection SET amount = amount + 1 WHERE id = 7"), "rag: amount"),
    ("a shift at a shop the volunteer is not signed up to", db_sql(FH, "UPDATE volunteers_shift SET shop_id = (SELECT id FROM shops_shop WHERE code = 'ULV') "
                                                                      "WHERE id = (SELECT MIN(s.id) FROM volunteers_shift s WHERE NOT EXISTS (SELECT 1 FROM volunteers_volunteer_shops vs "
                                                                      "WHERE vs.volunteer_id = s.volunteer_id AND vs.shop_id = (SELECT id FROM shops_shop WHERE code = 'ULV')) "
                                                                      "AND EXISTS (SELECT 1 FROM takings_dailysheet d WHERE d.trading_date = s.date AND d.shop_id = (SELECT id FROM shops_shop WHERE code = 'ULV')))"), "volunteers: shifts"),
    ("a manager who had left", db_sql(FH, "UPDATE shops_staff SET reports_to_id = (SELECT id FROM shops_staff WHERE last_name = 'Bowness') WHERE last_name = 'Relph'"), "staff: only the retail director"),
    ("a bool that never varies", db_sql(FH, "UPDATE shops_shop SET opens_sundays = 0"), "never varies"),
    ("an ISO T datetime", db_sql(FH, "UPDATE donations_donation SET received_at = replace(received_at, ' ', 'T') WHERE id = 1"), "not Django datetimes"),
    ("a choice outside its slugs", db_sql(FH, "UPDATE shops_staff SET role = 'Shop Manager' WHERE id = 5"), "choice values"),
    ("an undeclared key", db_sql(FH, "ALTER TABLE shops_shop ADD COLUMN area_manager_id integer NULL"), "not a declared foreign key"),
    ("a 3-decimal amount", db_sql(FH, "UPDATE takings_sheetline SET amount = amount + 0.001 WHERE id = 1"), "at most 2 decimals"),
    ("same-name towns removed", db_sql(FH, "UPDATE donations_donor SET town = 'Gosforth Village' WHERE town = 'Gosforth' AND county = 'Tyne and Wear'"), "no town name shared"),
    # ---- Odoo database
    ("POS total differs from its lines", db_sql(PP, "UPDATE pos_order SET amount_total = amount_total + 1, amount_paid = amount_paid + 1 WHERE id = 5"), "POS order money"),
    ("VAT on a child's size", db_sql(PP, "UPDATE pos_order_line SET price_subtotal = ROUND(price_subtotal_incl / 1.2, 2) WHERE id = (SELECT MIN(id) FROM pos_order_line "
                                          "WHERE price_subtotal = price_subtotal_incl AND qty > 0 AND price_subtotal_incl > 1)"), "line money"),
    ("a price below the list price", db_sql(PP, "UPDATE pos_order_line SET price_unit = price_unit - 1, price_subtotal_incl = price_subtotal_incl - 1 WHERE id = 3"), "prices and range"),
    ("a refund of a later sale", db_sql(PP, "UPDATE pos_order_line SET refunded_orderline_id = (SELECT MAX(id) FROM pos_order_line WHERE qty > 0) "
                                             "WHERE id = (SELECT MIN(id) FROM pos_order_line WHERE refunded_orderline_id IS NOT NULL)"), "refunds: a refund line"),
    ("a session on Christmas Day", db_sql(PP, "UPDATE pos_session SET start_at = '2024-12-25 09:10:00', stop_at = '2024-12-25 17:40:00' "
                                               "WHERE config_id = 1 AND substr(start_at, 1, 10) = '2024-12-24'"), "sessions: one per shop"),
    ("a Saturday assistant on a Tuesday", db_sql(PP, "UPDATE pos_order SET employee_id = (SELECT id FROM hr_employee WHERE name = 'Osian Phillips') "
                                                      "WHERE id = (SELECT MIN(o.id) FROM pos_order o JOIN pos_session s ON s.id = o.session_id WHERE s.config_id = 1 "
                                                      "AND strftime('%w', o.date_order) = '2' AND o.date_order > '2024-01-01')"), "the person on the till"),
    ("a sales order total wrong", db_sql(PP, "UPDATE sale_order SET amount_total = amount_total + 5, amount_tax = amount_tax + 5 WHERE id = 10"), "sales orders: totals"),
    ("a name that is not JSON", db_sql(PP, "UPDATE product_template SET name = 'Toe Tape' WHERE id = (SELECT id FROM product_template WHERE json_extract(name, '$.en_US') = 'Toe Tape')"),
     "translatable name is not JSON"),
    ("an ISO T timestamp", db_sql(PP, "UPDATE pos_order SET date_order = replace(date_order, ' ', 'T') WHERE id = 1"), "not Odoo timestamps"),
    ("pupils' discount missing", db_sql(PP, "UPDATE pos_order_line SET discount = 0, price_subtotal_incl = qty * price_unit, price_subtotal = qty * price_unit "
                                             "WHERE id = (SELECT MIN(l.id) FROM pos_order_line l WHERE l.discount = 10 AND l.qty = 1 AND l.price_subtotal = l.price_subtotal_incl)"), "pupils' discount"),
    ("a state outside the selection", db_sql(PP, "UPDATE pos_order SET state = 'posted' WHERE id = 1"), "selection values"),
    ("a contact under a person", db_sql(PP, "UPDATE res_partner SET parent_id = (SELECT MAX(id) FROM res_partner WHERE is_company = 0 AND parent_id IS NULL) "
                                             "WHERE id = (SELECT MIN(id) FROM res_partner WHERE parent_id IS NOT NULL)"), "partners: contacts"),
    ("a boolean that never varies", db_sql(PP, "UPDATE hr_employee SET active = 1"), "never varies"),
    ("an undeclared Studio key", db_sql(PP, "ALTER TABLE res_partner ADD COLUMN x_studio_home_shop INTEGER"), "not a declared foreign key"),
]


def main():
    if os.path.exists(SCRATCH):
        shutil.rmtree(SCRATCH)
    ok = 0
    for n, (label, apply, expect) in enumerate(FAULTS, 1):
        root = os.path.join(SCRATCH, f"{n:02d}")
        os.makedirs(os.path.join(root, "build"))
        shutil.copytree(os.path.join(BATCH, "databases"), os.path.join(root, "databases"))
        shutil.copy(os.path.join(BATCH, "questions.jsonl"), root)
        shutil.copy(os.path.join(HERE, "kinds.tsv"), os.path.join(root, "build"))
        apply(root)
        res = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), root], capture_output=True, text=True)
        caught = res.returncode == 1 and expect in res.stdout
        ok += caught
        print(f"{'caught' if caught else 'MISSED'}  {n:02d} {label}" + ("" if caught else f"\n        expected '{expect}'; got:\n" + res.stdout[-1500:]))
        shutil.rmtree(root)
    print(f"{ok}/{len(FAULTS)} planted faults caught")
    sys.exit(0 if ok == len(FAULTS) else 1)


if __name__ == "__main__":
    main()
