"""Plants faults one at a time in scratch copies of the batch and checks that check.py catches each one.

Usage: python3 plant_faults.py   (works in /tmp/sb14/faults; never touches the batch folder itself)
Each fault is a mutation of questions.jsonl / kinds.tsv or of one database copy, plus a piece of the failure message
check.py must print. Prints one line per fault and a summary; exits 1 if any fault slips through."""
import json, os, shutil, sqlite3, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, ".."))
WORK = "/tmp/sb14/faults"
T, C = "saltbush_tea", "fennessy_cameras"


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
            if s.lstrip().upper().startswith(("UPDATE", "DELETE", "INSERT")) and cur.rowcount == 0:
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
    qs[1]["question"] = qs[0]["question"].upper()
    save(root, qs)


def dup_sql(root):
    qs = load(root)
    qs[42]["sql"] = qs[41]["sql"]
    save(root, qs)


def wrong_kind(root):
    p = os.path.join(root, "build", "kinds.tsv")
    lines = open(p, encoding="utf-8").read().splitlines()
    lines[0] = lines[0].split("\t")[0] + "\ttotal"
    open(p, "w", encoding="utf-8").write("\n".join(lines) + "\n")


R = lambda a, b: (lambda s: s.replace(a, b))

FAULTS = [
    # ---- wording
    ("underscore in question", edit_q(f"{T}-003", question=lambda t: t + " (next_payment_date set)"), "underscore in question text"),
    ("camelCase in question", edit_q(f"{C}-001", question=R("voided at the tills", "voided by soldAt")), "camelCase token"),
    ("column-like phrase", edit_q(f"{T}-008", question=R("on completed orders", "by date created on completed orders")), "column-like phrase"),
    ("spelled-out identifier", edit_q(f"{T}-026", question=R("What email address", "What billing first name and email")), "spells out schema identifier"),
    ("structure words", edit_q(f"{T}-004", question=R("from the online shop", "in the products table")), "database structure"),
    ("WooCommerce status code in text", edit_q(f"{T}-001", question=R("ended up cancelled", "ended up wc-cancelled")), "database structure"),
    ("relative period", edit_q(f"{C}-005", question=R("at the moment", "this year")), "relative period"),
    ("year in text missing from SQL", edit_q(f"{C}-008", question=R("2023", "2026")), "mentions 2026 but the SQL does not"),
    ("SQL year, no year in text", edit_q(f"{T}-009", question=R(" during 2024", "")), "names no year"),
    ("duplicate question", dup_question, "duplicate question text"),
    ("duplicate SQL", dup_sql, "duplicate SQL"),
    # ---- SQL conventions and results
    ("share as percentage", edit_q(f"{T}-037", sql=R("ROUND(SUM(payment_method = 'afterpay') * 1.0", "ROUND(100.0 * SUM(payment_method = 'afterpay')")), "percentage"),
    ("share rounded to 2", edit_q(f"{C}-036", sql=R(", 4)", ", 2)")), "shape of kind 'share'"),
    ("unrounded average", edit_q(f"{C}-007", sql=R("ROUND(AVG(s.total), 2)", "AVG(s.total)")), "more than 2 decimals"),
    ("single-cell 0", edit_q(f"{C}-001", sql=R("'2024'", "'2022'")), "single-cell result is 0"),
    ("empty result", edit_q(f"{T}-029", sql=R("'Teaware'", "'Teaware' AND 1 = 0")), "empty result"),
    ("NULL in result", edit_q(f"{T}-026", sql=R("SELECT email", "SELECT billing_phone || NULL")), "NULL in result"),
    ("16+ rows", edit_q(f"{C}-011", sql=R("AND substr(sold_at, 1, 4) = '2025' ", "")), "rows (want <= 15)"),
    ("LIMIT without ORDER BY", edit_q(f"{T}-019", sql=lambda s: "SELECT coupon_code FROM orders WHERE coupon_code IS NOT NULL AND status NOT IN ('wc-cancelled', 'wc-failed') AND substr(date_created, 1, 4) = '2024' LIMIT 1"), "LIMIT without ORDER BY"),
    ("order_matters on an unordered query", edit_q(f"{C}-014", order_matters=True), "order_matters without outer ORDER BY"),
    ("order_matters dropped on an ordered question", edit_q(f"{T}-016", order_matters=False), "order_matters is false"),
    ("tie at the LIMIT cut", edit_q(f"{C}-019", sql=lambda s: "SELECT p.name FROM product p JOIN category c ON c.id = p.category_id WHERE c.name = 'Film' ORDER BY p.is_active DESC LIMIT 1"), "tie in ORDER BY"),
    ("month label not YYYY-MM", edit_q(f"{T}-011", sql=R("SELECT substr(date_created, 1, 7) AS month", "SELECT substr(date_created, 6, 2) AS month")), "months as 'YYYY-MM'"),
    ("quarter label not YYYY-Qn", edit_q(f"{C}-012", sql=R("|| '-Q' ||", "|| ' Q' ||")), "quarters as 'YYYY-Qn'"),
    ("name in two columns", edit_q(f"{C}-017", sql=R("e.first_name || ' ' || e.last_name", "e.first_name, e.last_name")), "one column first || ' ' || last"),
    ("GMT timestamp used for the date", edit_q(f"{T}-011", sql=R("substr(date_created, 1, 7)", "substr(date_created_gmt, 1, 7)")), "GMT timestamp"),
    ("timestamp BETWEEN bare dates", edit_q(f"{C}-001", sql=R("substr(sold_at, 1, 4) = '2024'", "sold_at BETWEEN '2024-01-01' AND '2024-12-31'")), "BETWEEN a bare date"),
    ("orders counted on order items", edit_q(f"{T}-005", sql=lambda s: "SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.shipping_country = 'NZ' AND o.status NOT IN ('wc-cancelled', 'wc-failed') AND substr(o.date_created, 1, 4) = '2025'"), "counted on the line table"),
    ("sales counted on sale lines", edit_q(f"{C}-001", sql=lambda s: "SELECT COUNT(*) FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE s.status = 'voided' AND substr(s.sold_at, 1, 4) = '2024'"), "counted on the line table"),
    ("misspelled stored value", edit_q(f"{C}-006", sql=R("'Dame Street'", "'Dame St'")), "is not a value stored"),
    ("status without its wc- prefix", edit_q(f"{T}-008", sql=R("'wc-completed'", "'completed'")), "is not a value stored"),
    ("cancelled / failed orders not settled", edit_q(f"{T}-006", sql=R("WHERE date_paid IS NOT NULL AND", "WHERE")), "without settling"),
    ("voided sales not settled", edit_q(f"{C}-008", sql=R("WHERE status = 'completed' AND", "WHERE"), question=R(" on completed sales", "")), "without settling"),
    ("self-reference without a self-join", edit_q(f"{C}-028", sql=lambda s: "SELECT first_name || ' ' || last_name FROM employee WHERE job_title = 'Operations Manager' AND left_on IS NULL"), "does not join a table to itself"),
    ("compare with one period", edit_q(f"{T}-040", sql=lambda s: "SELECT COUNT(*) FROM orders WHERE status = 'wc-completed' AND shipping_state = 'TAS' AND substr(date_created, 1, 4) = '2023'", question=R(", and how many in 2025", "")), "shape of kind 'compare'"),
    ("wrong kind mix", wrong_kind, "kind mix"),
    ("key order", swap_keys, "key order"),
    # ---- WooCommerce export
    ("FK violation", sql_db(T, "UPDATE order_items SET order_id = 1 WHERE id = (SELECT MIN(id) FROM order_items)"), "foreign_key_check not clean"),
    ("order total != items", sql_db(T, "UPDATE orders SET total = total + 1 WHERE id = (SELECT MIN(id) FROM orders)"), "total = items"),
    ("GST missing on teaware", sql_db(T, "UPDATE order_items SET total = total + total_tax, total_tax = 0 WHERE id = (SELECT MIN(i.id) FROM order_items i JOIN products p ON p.id = i.product_id JOIN orders o ON o.id = i.order_id WHERE p.tax_status = 'taxable' AND o.shipping_country = 'AU' AND i.total_tax > 0)"), "GST"),
    ("GMT twin with the wrong offset", sql_db(T, "UPDATE orders SET date_created_gmt = datetime(date_created, '-10 hours') WHERE id = (SELECT MIN(id) FROM orders WHERE substr(date_created, 6, 2) = '01')"), "Melbourne offset"),
    ("timestamp with a T", sql_db(T, "UPDATE refunds SET date_created = replace(date_created, ' ', 'T') WHERE id = (SELECT MIN(id) FROM refunds)"), "'YYYY-MM-DD HH:MM:SS' timestamps"),
    ("money with 3 decimals", sql_db(T, "UPDATE product_variations SET regular_price = 18.125 WHERE id = (SELECT MIN(id) FROM product_variations)"), "REAL money"),
    ("status without the wc- prefix", sql_db(T, "UPDATE subscriptions SET status = 'active' WHERE status = 'wc-active'"), "'wc-' prefixed"),
    ("flag value 2", sql_db(T, "UPDATE customers SET marketing_opt_in = 2 WHERE id = (SELECT MIN(id) FROM customers)"), "flag is not INTEGER 0/1"),
    ("camelCase column in the export", sql_db(T, "ALTER TABLE customers RENAME COLUMN billing_state TO billingState"), "column is not snake_case"),
    ("singular table in the export", sql_db(T, "ALTER TABLE refunds RENAME TO refund"), "not plural snake_case"),
    ("undeclared key column (export)", sql_db(T, "ALTER TABLE orders ADD COLUMN parent_id INTEGER"), "not a declared foreign key"),
    ("stored total_sales wrong", sql_db(T, "UPDATE products SET total_sales = total_sales + 1 WHERE name = 'Lady Grey'"), "stored product statistics"),
    ("coupon usage count wrong", sql_db(T, "UPDATE coupons SET usage_count = 4 WHERE code = 'podcast12'"), "coupons:"),
    ("item sold after the product was hidden", sql_db(T, "UPDATE products SET date_modified = '2023-01-05 10:00:00', date_modified_gmt = '2023-01-04 23:00:00' WHERE name = 'Kenyan Milima'"), "items sold only while"),
    ("refunded status on a partial refund", sql_db(T, "UPDATE orders SET status = 'wc-refunded' WHERE id = (SELECT MIN(o.id) FROM orders o JOIN refunds r ON r.order_id = o.id WHERE o.status = 'wc-completed')"), "refunded in full"),
    ("renewal charged to another customer", sql_db(T, "UPDATE orders SET customer_id = (SELECT MIN(id) FROM customers WHERE role = 'customer') WHERE id = (SELECT MIN(id) FROM orders WHERE created_via = 'subscription')"), "subscriptions:"),
    ("id collision between an order and a refund", sql_db(T, "UPDATE refunds SET id = (SELECT MAX(id) FROM orders WHERE id < (SELECT MIN(id) FROM refunds)) WHERE id = (SELECT MIN(id) FROM refunds)"), "one id sequence"),
    ("same-name places removed (export)", sql_db(T, "UPDATE customers SET billing_city = billing_city || ' ' || billing_state WHERE billing_state IS NOT NULL", "UPDATE orders SET shipping_city = shipping_city || ' ' || shipping_state WHERE shipping_state IS NOT NULL"), "no place name shared"),
    # ---- Django app
    ("sale total != lines", sql_db(C, "UPDATE sale SET total = total + 1 WHERE id = 1"), "sale subtotal / discount / total"),
    ("VAT charged on the whole price of a used item", sql_db(C, "UPDATE sale_line SET vat_amount = ROUND(line_total * 23 / 123.0, 2) WHERE id = (SELECT MIN(l.id) FROM sale_line l JOIN used_item u ON u.id = l.used_item_id)"), "margin scheme"),
    ("sale on Christmas Day", sql_db(C, "UPDATE sale SET sold_at = '2024-12-25 11:00:00.000000' WHERE id = (SELECT MIN(id) FROM sale WHERE sold_at LIKE '2024-12-2%')"), "sales only while the branch trades"),
    ("sale at 21:00 local on a Monday", sql_db(C, "UPDATE sale SET sold_at = '2024-07-15 20:05:00.000000' WHERE id = (SELECT MIN(id) FROM sale WHERE sold_at LIKE '2024-07-15%')"), "within opening hours"),
    ("sale by someone who had left", sql_db(C, "UPDATE sale SET employee_id = (SELECT MIN(id) FROM employee WHERE left_on < '2023-06-01' AND job_title = 'Sales Advisor') WHERE id = (SELECT MAX(id) FROM sale)"), "the seller worked at that branch"),
    ("product sold after discontinuation", sql_db(C, "UPDATE product SET discontinued_on = '2023-01-02', is_active = 0 WHERE name = 'Kodak Gold 200 35mm 36exp'"), "new products sold only between"),
    ("closed branch's staff still employed", sql_db(C, "UPDATE employee SET left_on = NULL, is_active = 1 WHERE id = (SELECT MIN(e.id) FROM employee e JOIN branch b ON b.id = e.branch_id WHERE b.closed_on IS NOT NULL)"), "everyone at a closed branch"),
    ("is_active out of step with left_on", sql_db(C, "UPDATE employee SET is_active = 1 WHERE id = (SELECT MIN(id) FROM employee WHERE left_on IS NOT NULL)"), "is_active = no leaving date"),
    ("used item sold twice", sql_db(C, "UPDATE sale_line SET used_item_id = (SELECT MIN(used_item_id) FROM sale_line) WHERE id = (SELECT MAX(id) FROM sale_line WHERE used_item_id IS NOT NULL)"), "a used item sells once"),
    ("return processed at another branch", sql_db(C, "UPDATE sale_return SET processed_by_id = (SELECT MIN(e.id) FROM employee e JOIN branch b ON b.id = e.branch_id WHERE b.code = 'DDK' AND e.left_on IS NULL AND e.job_title = 'Sales Advisor') WHERE id = (SELECT MIN(r.id) FROM sale_return r JOIN sale s ON s.id = r.sale_id JOIN branch b ON b.id = s.branch_id WHERE b.code = 'DUB')"), "returns:"),
    ("repair assigned to a sales advisor", sql_db(C, "UPDATE repair_job SET technician_id = (SELECT MIN(id) FROM employee WHERE job_title = 'Sales Advisor') WHERE id = (SELECT MIN(id) FROM repair_job WHERE technician_id IS NOT NULL)"), "repairs:"),
    ("film developed at a branch with no lab", sql_db(C, "UPDATE film_order SET lab_branch_id = (SELECT id FROM branch WHERE code = 'GWY') WHERE id = 1"), "film orders:"),
    ("cancelled workshop with a booking", sql_db(C, "UPDATE workshop_booking SET workshop_id = (SELECT MIN(id) FROM workshop WHERE status = 'cancelled') WHERE id = (SELECT MIN(b.id) FROM workshop_booking b JOIN workshop w ON w.id = b.workshop_id WHERE w.held_on > (SELECT MIN(held_on) FROM workshop WHERE status = 'cancelled') AND w.status = 'held')"), "workshops:"),
    ("date not YYYY-MM-DD", sql_db(C, "UPDATE employee SET hired_on = '03/05/2020' WHERE id = 3"), "'YYYY-MM-DD' dates"),
    ("datetime with a T", sql_db(C, "UPDATE film_order SET received_at = replace(received_at, ' ', 'T') WHERE id = 1"), "datetimes"),
    ("bool value 2", sql_db(C, "UPDATE customer SET is_trade = 2 WHERE id = 1"), "bool is not 0/1"),
    ("choice value in Title Case", sql_db(C, "UPDATE sale SET channel = 'In Store' WHERE id = 1"), "choice values are not lower-case"),
    ("decimal with 3 places", sql_db(C, "UPDATE product SET rrp = 19.495 WHERE id = 1"), "decimal money"),
    ("plural table in the Django app", sql_db(C, "ALTER TABLE brand RENAME TO brands"), "not singular snake_case"),
    ("camelCase column in the Django app", sql_db(C, "ALTER TABLE branch RENAME COLUMN floor_area_sqm TO floorAreaSqm"), "column is not snake_case"),
    ("undeclared key column (Django)", sql_db(C, "ALTER TABLE sale ADD COLUMN till_id bigint NULL"), "not a declared foreign key"),
    ("same-name places removed (Django)", sql_db(C, "UPDATE customer SET town = town || ', Co. ' || county"), "no place name shared"),
    ("no closed branch", sql_db(C, "UPDATE branch SET closed_on = NULL, is_active = 1"), "no closed branch"),
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
        print(f"{'caught' if ok else 'MISSED'}  {i:02d} {label}" + ("" if ok else f"\n{r.stdout[:1500]}{r.stderr[-800:]}"))
        shutil.rmtree(root)
    print(f"{caught}/{len(FAULTS)} planted faults caught")
    sys.exit(0 if caught == len(FAULTS) else 1)


if __name__ == "__main__":
    main()
