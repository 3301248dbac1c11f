"""Plants faults one at a time in scratch copies of the batch and checks that check.py catches each one.

Usage: python3 plant_faults.py   (works in /tmp/sb13/faults; never touches the batch folder itself)
Each fault is a mutation of questions.jsonl / kinds.tsv or of one database copy, plus a piece of the failure message
check.py must print. Prints one line per fault and a summary; exits 1 if any fault slips through."""
import json, os, shutil, sqlite3, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, ".."))
WORK = "/tmp/sb13/faults"
CN, PP = "crate_and_needle", "pebble_and_pier"


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
            con.execute(s)
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
    qs[1]["sql"] = qs[0]["sql"]
    save(root, qs)


def wrong_kind(root):
    p = os.path.join(root, "build", "kinds.tsv")
    lines = open(p, encoding="utf-8").read().splitlines()
    lines[0] = lines[0].split("\t")[0] + "\ttotal"
    open(p, "w", encoding="utf-8").write("\n".join(lines) + "\n")


R = lambda a, b: (lambda s: s.replace(a, b))

FAULTS = [
    # ---- wording
    ("underscore in question", edit_q(f"{CN}-003", question=lambda t: t + " (source_name pos)"), "underscore in question text"),
    ("camelCase in question", edit_q(f"{PP}-002", question=R("voided at the till", "with status Voided by soldAt")), "camelCase token"),
    ("PascalCase table name in question", edit_q(f"{PP}-004", question=R("purchase orders", "PurchaseOrder rows")), "schema identifier PurchaseOrder"),
    ("column-like phrase", edit_q(f"{CN}-001", question=R("ended up being cancelled", "have financial status voided")), "column-like phrase"),
    ("structure words", edit_q(f"{CN}-004", question=R("in our catalog", "in the products table")), "database structure"),
    ("relative period", edit_q(f"{PP}-001", question=R("at the moment", "this year")), "relative period"),
    ("year in text missing from SQL", edit_q(f"{PP}-003", question=R("2025", "2026")), "mentions 2026 but the SQL does not"),
    ("SQL year, no year in text", edit_q(f"{CN}-001", question=R("placed in 2024 ", "")), "names no year"),
    ("spelled-out identifier", edit_q(f"{CN}-028", question=R("Who referred", "Which referred by customer id belongs to")), "spells out schema identifier"),
    ("duplicate question", dup_question, "duplicate question text"),
    ("duplicate SQL", dup_sql, "duplicate SQL"),
    # ---- SQL conventions and results
    ("share as percentage", edit_q(f"{CN}-036", sql=R("ROUND(SUM(source_name = 'web') * 1.0", "ROUND(100.0 * SUM(source_name = 'web')")), "percentage"),
    ("share rounded to 2", edit_q(f"{PP}-038", sql=R(", 4)", ", 2)")), "shape of kind 'share'"),
    ("unrounded average", edit_q(f"{CN}-007", sql=R("ROUND(AVG(CAST(total_price AS REAL)), 2)", "AVG(CAST(total_price AS REAL))")), "more than 2 decimals"),
    ("single-cell 0", edit_q(f"{PP}-002", sql=R("'2024'", "'2022'")), "single-cell result is 0"),
    ("empty result", edit_q(f"{PP}-023", sql=R("'Wales'", "'Scotland' AND 1 = 0")), "empty result"),
    ("NULL in result", edit_q(f"{CN}-026", sql=R("SELECT email", "SELECT note")), "NULL in result"),
    ("16+ rows", edit_q(f"{PP}-011", sql=R("status = 'Completed' AND substr(soldAt, 1, 4) = '2024'", "status = 'Completed'")), "rows (want <= 15)"),
    ("LIMIT without ORDER BY", edit_q(f"{CN}-020", sql=lambda s: "SELECT discount_code FROM orders WHERE discount_code IS NOT NULL AND substr(created_at, 1, 4) = '2024' LIMIT 1"), "LIMIT without ORDER BY"),
    ("order_matters on an unordered query", edit_q(f"{PP}-001", order_matters=True), "order_matters without outer ORDER BY"),
    ("order_matters dropped on an ordered question", edit_q(f"{CN}-016", order_matters=False), "order_matters is false"),
    ("tie at the LIMIT cut", edit_q(f"{PP}-018", sql=lambda s: "SELECT storeName FROM Store ORDER BY isActive DESC LIMIT 1"), "tie in ORDER BY"),
    ("month label not YYYY-MM", edit_q(f"{CN}-011", sql=R("SELECT substr(created_at, 1, 7) AS month", "SELECT substr(created_at, 6, 2) AS month")), "months as 'YYYY-MM'"),
    ("quarter label not YYYY-Qn", edit_q(f"{PP}-012", sql=R("|| '-Q' ||", "|| ' Q' ||")), "quarters as 'YYYY-Qn'"),
    ("name in two columns", edit_q(f"{PP}-022", sql=R("firstName || ' ' || lastName", "firstName, lastName")), "one column first || ' ' || last"),
    ("date function on an offset timestamp", edit_q(f"{CN}-011", sql=R("substr(created_at, 1, 7)", "strftime('%Y-%m', created_at)")), "SQLite date function applied to an offset timestamp"),
    ("timestamp BETWEEN bare dates", edit_q(f"{CN}-001", sql=R("substr(created_at, 1, 4) = '2024'", "created_at BETWEEN '2024-01-01' AND '2024-12-31'")), "BETWEEN a bare date"),
    ("orders counted on line items", edit_q(f"{CN}-003", sql=lambda s: "SELECT COUNT(*) FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN locations l ON l.id = o.location_id WHERE l.name = 'Old Port Shop' AND substr(o.created_at, 1, 4) = '2025'"), "counted on the line table"),
    ("sales counted on sale lines", edit_q(f"{PP}-002", sql=lambda s: "SELECT COUNT(*) FROM SaleLine l JOIN Sale s ON s.saleId = l.saleId WHERE s.status = 'Voided' AND substr(s.soldAt, 1, 4) = '2024'"), "counted on the line table"),
    ("misspelled stored value", edit_q(f"{CN}-003", sql=R("'Old Port Shop'", "'Old Port shop'")), "is not a value stored"),
    ("cancelled orders not settled", edit_q(f"{CN}-006", sql=R("WHERE cancelled_at IS NULL AND", "WHERE"), question=R(" Leave out cancelled orders and don't take off refunds.", "")), "without settling"),
    ("voided sales not settled", edit_q(f"{PP}-006", sql=R("status = 'Completed' AND ", ""), question=R(" and leaving out voided sales", "")), "without settling"),
    ("self-reference without a self-join", edit_q(f"{PP}-028", sql=lambda s: "SELECT firstName || ' ' || lastName FROM Staff WHERE jobTitle = 'Area Manager' AND leaveDate IS NULL AND lastName = 'Pascoe'"), "does not join a table to itself"),
    ("compare with one period", edit_q(f"{PP}-040", sql=lambda s: "SELECT COUNT(*) FROM Sale s JOIN Store st ON st.storeId = s.storeId WHERE st.town = 'Whitby' AND s.saleType = 'Sale' AND s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2023'"), "shape of kind 'compare'"),
    ("wrong kind mix", wrong_kind, "kind mix"),
    ("key order", swap_keys, "key order"),
    # ---- e-commerce database
    ("FK violation", sql_db(CN, "UPDATE order_line_items SET order_id = 1 WHERE id = (SELECT MIN(id) FROM order_line_items)"), "foreign_key_check not clean"),
    ("subtotal != lines", sql_db(CN, "UPDATE orders SET subtotal_price = '1.00' WHERE id = (SELECT MIN(id) FROM orders)"), "subtotal = sum"),
    ("wrong sales tax", sql_db(CN, "UPDATE orders SET total_tax = '9.99', total_price = printf('%.2f', CAST(subtotal_price AS REAL) + CAST(total_shipping AS REAL) + 9.99) WHERE id = (SELECT MIN(id) FROM orders WHERE source_name = 'pos' AND CAST(total_tax AS REAL) > 0)"), "tax = taxable"),
    ("timestamp in UTC", sql_db(CN, "UPDATE orders SET created_at = substr(created_at, 1, 19) || '+00:00' WHERE id = (SELECT MIN(id) FROM orders)"), "ISO-8601 timestamps"),
    ("timestamp with the wrong DST offset", sql_db(CN, "UPDATE orders SET created_at = substr(created_at, 1, 19) || '-08:00' WHERE id = (SELECT MIN(id) FROM orders WHERE created_at LIKE '%-07:00')"), "ISO-8601 timestamps"),
    ("money text with 3 decimals", sql_db(CN, "UPDATE product_variants SET compare_at_price = '39.995' WHERE id = (SELECT MIN(id) FROM product_variants)"), "decimal TEXT with 2 decimals"),
    ("REAL refund with 3 decimals", sql_db(CN, "UPDATE refund_line_items SET total_tax = 0.125 WHERE id = (SELECT MIN(id) FROM refund_line_items)"), "REAL money"),
    ("enum not lower case", sql_db(CN, "UPDATE fulfillments SET shipment_status = 'Delivered' WHERE id = (SELECT MIN(id) FROM fulfillments WHERE shipment_status = 'delivered')"), "not lower case"),
    ("tags badly formatted", sql_db(CN, "UPDATE customers SET tags = 'VIP,Wholesale' WHERE id = (SELECT MIN(id) FROM customers)"), "tags are not comma-separated"),
    ("camelCase column in the export", sql_db(CN, "ALTER TABLE customer_addresses RENAME COLUMN province_code TO provinceCode"), "column is not snake_case"),
    ("singular table in the export", sql_db(CN, "ALTER TABLE refunds RENAME TO refund"), "not plural snake_case"),
    ("undeclared key column (export)", sql_db(CN, "ALTER TABLE orders ADD COLUMN user_id INTEGER"), "not a declared foreign key"),
    ("customer statistics wrong", sql_db(CN, "UPDATE customers SET orders_count = orders_count + 1 WHERE id = (SELECT MIN(id) FROM customers)"), "customer statistics"),
    ("referrer joined later", sql_db(CN, "UPDATE customers SET referred_by_customer_id = (SELECT MAX(id) FROM customers) WHERE id = (SELECT MIN(id) FROM customers)"), "referrers joined before"),
    ("discount usage count wrong", sql_db(CN, "UPDATE discount_codes SET usage_count = 3 WHERE code = 'PODCAST20'"), "discount codes"),
    ("closed location flagged active", sql_db(CN, "UPDATE locations SET active = 1 WHERE name = 'Temescal Pop-up'"), "location active flag"),
    ("POS sale after the pop-up closed", sql_db(CN, "UPDATE orders SET created_at = '2024-10-05T12:00:00-07:00' WHERE id = (SELECT MIN(o.id) FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Temescal Pop-up')"), "POS orders at an open shop"),
    ("archived product sold later", sql_db(CN, "UPDATE products SET updated_at = '2023-01-02T10:00:00-08:00' WHERE title = 'Audio-Technica AT-LP60X Turntable'"), "line items match"),
    ("cancelled order with a fulfillment", sql_db(CN, "UPDATE orders SET cancelled_at = '2025-12-31T23:00:00-08:00', cancel_reason = 'customer', financial_status = 'voided' WHERE id = (SELECT MAX(id) FROM orders WHERE fulfillment_status = 'fulfilled' AND financial_status = 'paid')"), "cancelled_at, cancel_reason"),
    ("over-refunded line", sql_db(CN, "UPDATE refund_line_items SET quantity = quantity + 5 WHERE id = (SELECT MIN(id) FROM refund_line_items)"), "refunded = every unit"),
    # ---- POS database
    ("sale total != lines", sql_db(PP, "UPDATE Sale SET totalAmount = totalAmount + 1 WHERE saleId = (SELECT MIN(saleId) FROM Sale)"), "sale total = sum"),
    ("VAT wrong", sql_db(PP, "UPDATE SaleLine SET vatAmount = 0.0 WHERE saleLineId = (SELECT MIN(saleLineId) FROM SaleLine WHERE vatAmount > 0.5)"), "VAT = the VAT fraction"),
    ("payment short", sql_db(PP, "UPDATE Payment SET amount = amount - 0.5 WHERE paymentId = (SELECT MIN(paymentId) FROM Payment WHERE amount > 1)"), "paid in full"),
    ("sale on Christmas Day", sql_db(PP, "UPDATE Sale SET soldAt = '2024-12-25 11:00:00' WHERE saleId = (SELECT MIN(saleId) FROM Sale WHERE soldAt LIKE '2024-12-2%' AND saleType = 'Sale')"), "sales only while the shop trades"),
    ("sale by someone not on staff", sql_db(PP, "UPDATE Sale SET staffId = 1001 WHERE saleId = (SELECT MIN(saleId) FROM Sale)"), "works at that shop"),
    ("product sold after discontinuation", sql_db(PP, "UPDATE Product SET discontinuedDate = '2023-01-02' WHERE productName = 'Clotted Cream Fudge 150g'"), "products sold only between"),
    ("staff of a closed shop still employed", sql_db(PP, "UPDATE Staff SET leaveDate = NULL, isActive = 1 WHERE staffId = (SELECT MIN(staffId) FROM Staff e JOIN Store s ON s.storeId = e.storeId WHERE s.closedDate IS NOT NULL)"), "staff of a closed shop"),
    ("isActive out of step with leaveDate", sql_db(PP, "UPDATE Staff SET isActive = 1 WHERE staffId = (SELECT MIN(staffId) FROM Staff WHERE leaveDate IS NOT NULL)"), "isActive = no leave date"),
    ("two preferred suppliers", sql_db(PP, "UPDATE ProductSupplier SET isPreferred = 1 WHERE productId = (SELECT productId FROM Product WHERE productName = 'Tenby Tea Towel')"), "exactly one preferred"),
    ("purchase order total wrong", sql_db(PP, "UPDATE PurchaseOrder SET totalCost = totalCost + 10 WHERE purchaseOrderId = (SELECT MIN(purchaseOrderId) FROM PurchaseOrder)"), "purchase orders: total"),
    ("return pointing at a voided sale", sql_db(PP, "UPDATE Sale SET status = 'Voided' WHERE saleId = (SELECT MIN(originalSaleId) FROM Sale)", "DELETE FROM Payment WHERE saleId = (SELECT MIN(originalSaleId) FROM Sale)"), "returns point at"),
    ("date not YYYY-MM-DD", sql_db(PP, "UPDATE Staff SET startDate = '03/05/2020' WHERE staffId = 1002"), "'YYYY-MM-DD' dates"),
    ("time with a T", sql_db(PP, "UPDATE Payment SET paidAt = replace(paidAt, ' ', 'T') WHERE paymentId = (SELECT MIN(paymentId) FROM Payment)"), "'YYYY-MM-DD HH:MM:SS' times"),
    ("flag value 2", sql_db(PP, "UPDATE Register SET isActive = 2 WHERE registerId = 101"), "flag is not INTEGER 0/1"),
    ("snake_case column in the POS schema", sql_db(PP, "ALTER TABLE Store RENAME COLUMN sqFt TO sq_ft"), "column is not camelCase"),
    ("plural table in the POS schema", sql_db(PP, "ALTER TABLE Category RENAME TO Categories"), "not singular PascalCase"),
    ("undeclared key column (POS)", sql_db(PP, "ALTER TABLE Sale ADD COLUMN customerId INTEGER"), "not a declared foreign key"),
    ("same-name places removed", sql_db(PP, "UPDATE Store SET town = 'Newport (Pembs)' WHERE storeCode = 'NPP'", "UPDATE Supplier SET town = 'Saint Ives' WHERE county = 'Cornwall'"), "no place name shared"),
    ("no closed shop", sql_db(PP, "UPDATE Store SET closedDate = NULL, isActive = 1"), "no closed shop"),
    ("price with 3 decimals", sql_db(PP, "UPDATE Product SET retailPrice = 3.955 WHERE productId = 5003"), "REAL money is not rounded"),
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
