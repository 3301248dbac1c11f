"""Plants faults one at a time in scratch copies of the batch and checks that check.py catches each one.

Usage: python3 plant_faults.py [SCRATCH]   (default /tmp/sb11/faults). Never touches the batch folder itself.
Prints one line per fault and 'N/N caught'; exits 1 if any fault slips through."""
import json, os, shutil, sqlite3, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, ".."))
SCRATCH = sys.argv[1] if len(sys.argv) > 1 else "/tmp/sb11/faults"
TY, PO = "tangled_yarns", "paperbark_office"


def q_edit(qid, **kw):
    def f(root):
        path = os.path.join(root, "questions.jsonl")
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        for r in rows:
            if r["id"] == qid:
                for k, v in kw.items():
                    if callable(v):
                        r[k] = v(r[k])
                    else:
                        r[k] = v
        with open(path, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return f


def q_raw(fn):
    def f(root):
        path = os.path.join(root, "questions.jsonl")
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        rows = fn(rows)
        with open(path, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return f


def kind_edit(qid, kind):
    def f(root):
        path = os.path.join(root, "build", "kinds.tsv")
        lines = open(path, encoding="utf-8").read().splitlines()
        lines = [f"{qid}\t{kind}" if l.split("\t")[0] == qid else l for l in lines]
        open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return f


def db_sql(db, *stmts):
    def f(root):
        con = sqlite3.connect(os.path.join(root, "databases", f"{db}.sqlite"))
        for s in stmts:
            con.execute(s)
        con.commit()
        con.close()
    return f


def both(*fs):
    def f(root):
        for g in fs:
            g(root)
    return f


FAULTS = [
    # ---- question wording
    ("underscore in question", q_edit(f"{PO}-001", question=lambda t: t + " Use store_status."), "underscore in question text"),
    ("code-like identifier in question", q_edit(f"{TY}-021", question="List the kits whose Price (£) is over 50."), "mentions schema identifier"),
    ("spelled-out identifier", q_edit(f"{PO}-022", question="Which Technology products have a list price cents value above 20000?"), "spells out schema identifier"),
    ("camelCase in question", q_edit(f"{PO}-002", question="How many businessAccounts have we got in Queensland? Leave out deleted accounts."), "camelCase"),
    ("asking in cents", q_edit(f"{PO}-009", question="How many cents did the print centres take from collected print jobs in 2025?"), "asks in cents"),
    ("relative period", q_edit(f"{TY}-004", question="How many sales were refunded last year? (2024)"), "relative period"),
    ("date filter, no year in question", q_edit(f"{TY}-004", question="How many sales were refunded?"), "names no year"),
    ("year not in SQL", q_edit(f"{PO}-003", question="How many invoices were cancelled in 2023?"), "mentions 2023 but the SQL does not"),
    ("structure words", q_edit(f"{PO}-001", question="How many rows in the store table are trading? Don't count the website."), "database structure"),
    ("duplicate question", q_edit(f"{TY}-005", question="HOW many sales were refunded in 2024??"), "duplicate question text"),
    # ---- reference SQL conventions
    ("share as percentage", q_edit(f"{TY}-036", sql=lambda s: s.replace("ROUND(1.0 *", "ROUND(100.0 *")), "share written as a percentage"),
    ("share rounded to 2", q_edit(f"{PO}-037", sql=lambda s: s.replace(", 4) FROM", ", 2) FROM")), "shape of kind 'share'"),
    ("zero result", q_edit(f"{TY}-004", sql=lambda s: s.replace("'Refunded'", "'Awaiting collection'")), "single-cell result is 0"),
    ("empty result", q_edit(f"{TY}-021", sql=lambda s: s.replace("> 50", "> 5000")), "empty result"),
    ("NULL result", q_edit(f"{PO}-007", sql=lambda s: s.replace("calendar_year = 2025", "calendar_year = 2021")), "NULL in result"),
    ("cents not divided", q_edit(f"{PO}-009", sql="SELECT SUM(f.job_amount_cents) FROM fact_print_jobs f JOIN dim_date d ON d.date_key = f.date_key WHERE d.calendar_year = 2025"), "without ROUND(... / 100.0, 2)"),
    ("misspelled literal", q_edit(f"{PO}-003", sql=lambda s: s.replace("'CANCELLED'", "'CANCELED'")), "is not a value stored"),
    ("unrounded average", q_edit(f"{TY}-010", sql=lambda s: s.replace("ROUND(AVG(\"Hourly Rate (£)\"), 2)", "AVG(\"Hourly Rate (£)\")")), "more than 2 decimals"),
    ("LIMIT without ORDER BY", both(q_edit(f"{TY}-018", sql=lambda s: s.replace("ORDER BY SUM(l.\"Qty\") DESC ", "")), kind_edit(f"{TY}-018", "topn")), "LIMIT without ORDER BY"),
    ("duplicate SQL", q_raw(lambda rows: [dict(r, sql=rows[2]["sql"]) if r["id"] == f"{TY}-004" else r for r in rows]), "duplicate SQL"),
    ("ORDER BY without LIMIT, order_matters false", q_edit(f"{TY}-021", sql=lambda s: s + " ORDER BY \"Price (£)\""), "outer ORDER BY without LIMIT"),
    ("order_matters without order words", q_edit(f"{PO}-020", order_matters=True), "does not ask for an order"),
    ("order_matters without ORDER BY", q_edit(f"{TY}-011", order_matters=True, question="Break down 2025's completed sales takings by month, in month order."), "order_matters without outer ORDER BY"),
    ("tie at the LIMIT cut", q_edit(f"{PO}-017", sql="SELECT status_code FROM dim_status ORDER BY status_domain LIMIT 1"), "tie in ORDER BY"),
    ("more than 15 rows", q_edit(f"{TY}-021", sql="SELECT \"Product Name\", \"Price (£)\" FROM \"Products\" WHERE \"Category\" = 'Yarn' AND \"Price (£)\" > 5"), "rows (want <= 15)"),
    ("month as a number", q_edit(f"{PO}-011", sql=lambda s: s.replace("substr(d.full_date, 1, 7)", "d.month_number")), "months as 'YYYY-MM'"),
    ("quarter without year", q_edit(f"{TY}-012", sql=lambda s: s.replace("substr(ws.\"Session Date\", 7, 4) || '-Q' ||", "'Q' ||")), "quarters as 'YYYY-Qn'"),
    ("name in two columns", q_edit(f"{PO}-030", sql="SELECT m.first_name, m.last_name FROM dim_employee e JOIN dim_employee m ON m.employee_key = e.manager_key WHERE e.first_name = 'Wiremu' AND e.last_name = 'McDonald'"), "one column first || ' ' || last"),
    ("DD/MM/YYYY compared as text", q_edit(f"{TY}-004", sql=lambda s: s.replace("substr(s.\"Sale Date\", 7, 4) = '2024'", "s.\"Sale Date\" >= '01/01/2024' AND s.\"Sale Date\" < '01/01/2025'")), "compared directly with a literal"),
    ("strftime on DD/MM/YYYY", q_edit(f"{TY}-004", sql=lambda s: s.replace("substr(s.\"Sale Date\", 7, 4) = '2024'", "strftime('%Y', s.\"Sale Date\") = '2024'")), "date function applied"),
    ("text money without CAST", q_edit(f"{TY}-008", sql=lambda s: s.replace("CAST(b.\"Amount Paid (£)\" AS REAL)", "b.\"Amount Paid (£)\"")), "without CAST"),
    ("invoices counted at line grain", q_edit(f"{PO}-003", sql=lambda s: s.replace("COUNT(DISTINCT f.invoice_number)", "COUNT(*)")), "COUNT(DISTINCT invoice_number)"),
    ("Unknown member counted", q_edit(f"{PO}-032", sql="SELECT COUNT(*) FROM dim_customer c WHERE c.is_deleted = 0 AND NOT EXISTS (SELECT 1 FROM bridge_customer_rep b WHERE b.customer_key = c.customer_key)",
                                        question="How many customers have no account manager? Leave out deleted records."), "Unknown member"),
    ("soft-delete flag, question silent", q_edit(f"{PO}-002", question="How many business accounts have we got in Queensland?"), "does not mention deleted"),
    ("customers counted, deletes unsettled", both(q_edit(f"{TY}-002", question="How many customers live in Richmond in North Yorkshire?", sql="SELECT COUNT(*) FROM \"Customers\" WHERE \"Town\" = 'Richmond' AND \"County\" = 'North Yorkshire'")), "does not settle archived"),
    ("self-reference without self-join", q_edit(f"{PO}-030", sql="SELECT job_title FROM dim_employee WHERE first_name = 'Wiremu' AND last_name = 'McDonald'"), "does not join a table to itself"),
    ("wrong kind mix", kind_edit(f"{TY}-001", "total"), "kind mix"),
    ("key order", q_raw(lambda rows: [({"db": r["db"], "id": r["id"], "question": r["question"], "sql": r["sql"], "order_matters": r["order_matters"]} if r["id"] == f"{PO}-010" else r) for r in rows]), "key order"),
    ("compare with one period", q_edit(f"{TY}-040", sql="SELECT COUNT(*), COUNT(*) FROM \"Workshop Sessions\" ws WHERE substr(ws.\"Session Date\", 7, 4) = '2025' AND ws.\"Status\" = 'RAN'"), "shape of kind 'compare'"),
    # ---- database faults
    ("FK violation", db_sql(TY, 'UPDATE "Sales" SET "Shop ID" = 999 WHERE "Sale ID" = 5'), "foreign_key_check"),
    ("impossible DD/MM/YYYY", db_sql(TY, 'UPDATE "Customers" SET "Joined On" = \'31/02/2024\' WHERE "Customer ID" = 7'), "not real DD/MM/YYYY dates"),
    ("impossible ISO date", db_sql(PO, "UPDATE dim_product SET introduced_on = '2023-13-01' WHERE product_key = (SELECT MIN(product_key) FROM dim_product)"), "not real YYYY-MM-DD dates"),
    ("Yes/No flag as Y", db_sql(TY, 'UPDATE "Customers" SET "Newsletter?" = \'Y\' WHERE "Customer ID" = 9'), "flag column is not TEXT 'Yes'/'No'"),
    ("0/1 flag set to 2", db_sql(PO, "UPDATE dim_store SET has_print_centre = 2 WHERE store_key = (SELECT MIN(store_key) FROM dim_store)"), "flag column is not INTEGER 0/1"),
    ("flag never varies", db_sql(TY, 'UPDATE "Workshops" SET "Kit Included?" = \'Yes\''), "never varies"),
    ("clock time 25:10", db_sql(TY, 'UPDATE "Sales" SET "Sale Time" = \'25:10\' WHERE "Sale ID" = 11'), "HH:MM clock times"),
    ("sale total != lines", db_sql(TY, 'UPDATE "Sales" SET "Total (£)" = "Total (£)" + 1 WHERE "Sale ID" = 12'), "sale total = sum of lines"),
    ("GST wrong", db_sql(PO, "UPDATE fact_sales SET gst_cents = gst_cents + 7 WHERE rowid = 20"), "GST = 10% of net"),
    ("money with 3 decimals", db_sql(TY, 'UPDATE "Products" SET "Price (£)" = 3.495 WHERE "Product ID" = 2'), "REAL with 2 decimals"),
    ("text money with a pound sign", db_sql(TY, 'UPDATE "Bookings" SET "Amount Paid (£)" = \'£35.00\' WHERE rowid = 3'), "text money"),
    ("fractional cents", db_sql(PO, "UPDATE dim_product SET list_price_cents = 1995.5 WHERE product_key = (SELECT MAX(product_key) FROM dim_product)"), "cents column is not non-negative INTEGER"),
    ("duplicate place names removed", both(db_sql(TY, "UPDATE \"Customers\" SET \"Town\" = \"Town\" || ' (' || \"County\" || ')' WHERE \"Town\" IN ('Richmond', 'Newport')",
                                                  "UPDATE \"Shops\" SET \"Town\" = \"Town\" || ' (' || \"County\" || ')' WHERE \"Town\" IN ('Richmond', 'Newport')")), "no place name shared"),
    ("no archived customers", db_sql(TY, "UPDATE \"Customers\" SET \"Archived?\" = 'No', \"Archived On\" = NULL"), "no soft-deleted customers"),
    ("Unknown member removed", db_sql(PO, "UPDATE fact_sales SET customer_key = 1 WHERE customer_key = 0", "UPDATE fact_print_jobs SET customer_key = 1 WHERE customer_key = 0", "DELETE FROM dim_customer WHERE customer_key = 0"), "Unknown customer member"),
    ("overbooked session", db_sql(TY, "UPDATE \"Workshops\" SET \"Max Places\" = 1"), "bookings within places"),
    ("deleted customer in bridge", db_sql(PO, "UPDATE dim_customer SET is_deleted = 1, deleted_on = '2025-12-30' WHERE customer_key = (SELECT customer_key FROM bridge_customer_rep LIMIT 1)"), "bridge"),
    ("financial year wrong", db_sql(PO, "UPDATE dim_date SET fiscal_year = calendar_year WHERE month_number = 8"), "financial year runs July-June"),
    ("sale on a non-trading day", db_sql(TY, "UPDATE \"Sales\" SET \"Sale Date\" = '01/01/2008' WHERE \"Sale ID\" = 30"), "sales only while the shop trades"),
    ("undeclared key column", db_sql(PO, "ALTER TABLE dim_product ADD COLUMN supplier_key INTEGER"), "not a declared foreign key"),
    ("snake_case column in Title Case schema", db_sql(TY, 'ALTER TABLE "Customers" RENAME COLUMN "Phone" TO phone_number'), "not Title Case"),
    ("camelCase column in star schema", db_sql(PO, "ALTER TABLE dim_store RENAME COLUMN floor_area_sqm TO floorAreaSqm"), "not lower-case snake_case"),
    ("table without dim_/fact_ prefix", db_sql(PO, "ALTER TABLE dim_channel RENAME TO channel"), "not dim_ / fact_ / bridge_"),
]


def main():
    if os.path.abspath(SCRATCH).startswith(SRC):
        raise SystemExit("scratch folder must be outside the batch folder")
    caught = 0
    for i, (label, fn, expect) in enumerate(FAULTS, 1):
        root = os.path.join(SCRATCH, f"{i:02d}")
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(os.path.join(root, "build"))
        shutil.copytree(os.path.join(SRC, "databases"), os.path.join(root, "databases"))
        shutil.copy(os.path.join(SRC, "questions.jsonl"), root)
        shutil.copy(os.path.join(HERE, "kinds.tsv"), os.path.join(root, "build"))
        fn(root)
        r = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), root], capture_output=True, text=True)
        ok = r.returncode != 0 and expect in r.stdout
        caught += ok
        print(f"{'caught ' if ok else 'MISSED '} {i:02d} {label}" + ("" if ok else f"\n{r.stdout[-1500:]}"))
    print(f"{caught}/{len(FAULTS)} caught")
    sys.exit(0 if caught == len(FAULTS) else 1)


if __name__ == "__main__":
    main()
