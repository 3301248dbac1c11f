"""Plants faults one at a time in scratch copies of the batch (under /tmp/sb16/faults) and requires check.py to fail on
each with the expected message.  Prints one line per fault and a summary; exit code 1 if any fault slipped through.

Usage: python3 plant_faults.py"""
import json, os, shutil, sqlite3, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.abspath(os.path.join(HERE, ".."))
SCRATCH = "/tmp/sb16/faults"
LL, BL = "last_and_latch", "brodie_and_lorne"


def q_edit(qid, **changes):
    def apply(root):
        path = os.path.join(root, "questions.jsonl")
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        for r in rows:
            if r["id"] == qid:
                for k, v in changes.items():
                    if callable(v):
                        r[k] = v(r[k])
                    else:
                        r[k] = v
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return apply


def q_raw(fn):
    def apply(root):
        path = os.path.join(root, "questions.jsonl")
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        rows = fn(rows)
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return apply


def kind_edit(qid, kind):
    def apply(root):
        path = os.path.join(root, "build", "kinds.tsv")
        lines = open(path, encoding="utf-8").read().splitlines()
        lines = [f"{qid}\t{kind}" if l.split("\t")[0] == qid else l for l in lines]
        open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
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
    return lambda s: s.replace(a, b, 1) if a in s else s + " <<no-op>>"


FAULTS = [
    # wording
    ("underscore in text", q_edit(f"{LL}-001", question=rep("repair tickets", "repair_jobs")), "underscore in question text"),
    ("camelCase token", q_edit(f"{LL}-002", question=rep("voided", "voidedAt")), "camelCase"),
    ("column-like phrase", q_edit(f"{LL}-013", question=rep("how people paid", "payment method")), "column-like phrase 'payment method'"),
    ("ERP abbreviation in text", q_edit(f"{BL}-001", question=rep("sales", "SLSHDR sales")), "schema identifier SLSHDR"),
    ("spelled-out identifier", q_edit(f"{LL}-033", question=rep("repair tickets", "order items count")), "word by word"),
    ("structure word", q_edit(f"{BL}-003", question=rep("customers", "customer records")), "database structure"),
    ("relative period", q_edit(f"{LL}-006", question=rep("in 2024", "last year")), "relative period"),
    ("year in text not in SQL", q_edit(f"{LL}-002", question=rep("2025", "2023")), "mentions 2023 but the SQL does not"),
    ("SQL year, no year in text", q_edit(f"{BL}-002", question=rep(" in 2025", "")), "names no year"),
    ("duplicate question", q_raw(lambda rows: [dict(r, question=rows[0]["question"]) if r["id"] == f"{LL}-002" else r for r in rows]), "duplicate question text"),
    ("duplicate SQL", q_raw(lambda rows: [dict(r, sql=rows[0]["sql"]) if r["id"] == f"{LL}-004" else r for r in rows]), "duplicate SQL"),
    # SQL conventions
    ("cents not turned into pounds", q_edit(f"{LL}-006", sql=rep("ROUND(SUM(total_cents) / 100.0, 2)", "SUM(total_cents)")), "money in cents returned"),
    ("polymorphic type not pinned", q_edit(f"{LL}-019", sql=rep(" AND i.itemable_type = 'Product'", "")), "polymorphic itemable_id"),
    ("Rails money without settling", q_edit(f"{LL}-006", sql=rep("status = 0 AND ", ""), question=rep(" Leave out voided and refunded sales.", "")),
     "without settling voided"),
    ("ERP money without settling returns", q_edit(f"{BL}-006", sql=rep("h.DOC_TYP IN ('INV', 'CRN') AND ", "")), "without settling voids"),
    ("ERP date compared with a year", q_edit(f"{BL}-004", sql=rep("j.RCV_DT BETWEEN 20230101 AND 20231231", "j.RCV_DT / 10000 = 2023 AND j.RCV_DT >= 2023")),
     "not a whole YYYYMMDD"),
    ("ERP share with integer division", q_edit(f"{BL}-036", sql=rep("1.0 * ", "")), "forcing real division"),
    ("ERP customer 0 not left out", q_edit(f"{BL}-018", sql=rep("h.CUST_NO <> 0 AND ", "")), "customer 0"),
    ("percentage share", q_edit(f"{LL}-036", sql=rep("ROUND(1.0 *", "ROUND(100.0 *")), "percentage"),
    ("orders counted on lines", q_edit(f"{LL}-005", sql=rep("COUNT(DISTINCT o.id)", "COUNT(*)")), "counted on the line table"),
    ("name in two columns", q_edit(f"{LL}-029", sql=rep("e.first_name || ' ' || e.last_name", "e.first_name, e.last_name")), "one column"),
    ("literal not stored", q_edit(f"{LL}-026", sql=rep("'Gloucester Road'", "'Gloucester Rd'")), "not a value stored"),
    ("write statement", q_edit(f"{LL}-026", sql=lambda s: "DELETE FROM shops"), "read-only SELECT"),
    # results
    ("empty result", q_edit(f"{LL}-003", sql=rep("'Somerset'", "'Wiltshire'")), "single-cell result is 0"),
    ("too many rows", q_edit(f"{LL}-023", sql=rep(" WHERE substr(left_on, 1, 4) = '2024'", " WHERE 1 = 1 OR substr(left_on, 1, 4) = '2024'")), "rows (want <= 15)"),
    ("NULL cell", q_edit(f"{LL}-024", sql=rep("SELECT name, country_code", "SELECT name, phone")), "NULL in result"),
    ("unrounded average", q_edit(f"{LL}-007", sql=rep("ROUND(AVG(o.total_cents) / 100.0, 2)", "AVG(o.total_cents) / 100.0")), "more than 2 decimals"),
    ("share rounded to 2", q_edit(f"{BL}-037", sql=rep(", 4)", ", 2)")), "shape of kind 'share'"),
    ("share above 1", q_edit(f"{LL}-038", sql=rep("THEN 1.0 ELSE", "THEN 3.0 ELSE")), "ratio between 0 and 1"),
    ("malformed month label", q_edit(f"{LL}-011", sql=rep("substr(o.created_at, 1, 7)", "substr(o.created_at, 1, 4) || substr(o.created_at, 6, 2)")), "month"),
    ("malformed quarter label", q_edit(f"{BL}-012", sql=rep("'-Q'", "'Q'")), "quarter"),
    ("LIMIT without ORDER BY", q_edit(f"{LL}-017", sql=rep(" ORDER BY COUNT(*) DESC", "")), "LIMIT without ORDER BY"),
    ("order_matters on unordered", q_edit(f"{LL}-011", order_matters=True), "order_matters"),
    ("order_matters off on ordered", q_edit(f"{BL}-016", order_matters=False), "order_matters is false"),
    ("tie at the cut", q_edit(f"{LL}-017", sql=lambda s: "SELECT name FROM shops WHERE name <> 'Clevedon' ORDER BY sunday_trading DESC LIMIT 1"), "tie in ORDER BY"),
    ("kind mix", kind_edit(f"{LL}-001", "total"), "kind mix"),
    ("kind shape", kind_edit(f"{BL}-025", "having"), "shape of kind"),
    ("key order", q_raw(lambda rows: [dict(sql=r["sql"], **{k: v for k, v in r.items() if k != "sql"}) if r["id"] == f"{BL}-001" else r for r in rows]), "key order"),
    ("self-reference without self-join", q_edit(f"{LL}-028", sql=lambda s: "SELECT first_name || ' ' || last_name FROM employees WHERE job_title = 'Area Manager'"),
     "does not join a table to itself"),
    # Rails database
    ("order total != lines", db_sql(LL, "UPDATE orders SET total_cents = total_cents + 1 WHERE id = 5"), "order money"),
    ("ISO 'T' timestamp", db_sql(LL, "UPDATE orders SET updated_at = replace(updated_at, ' ', 'T') WHERE id = 5"), "Rails timestamps"),
    ("REAL in a cents column", db_sql(LL, "UPDATE products SET price_cents = 6.5 WHERE id = 1"), "REAL values"),
    ("boolean never varies", db_sql(LL, "UPDATE products SET active = 1"), "boolean never varies"),
    ("enum out of range", db_sql(LL, "UPDATE orders SET status = 7 WHERE id = 9"), "integer enum"),
    ("Christmas Day sale", db_sql(LL, "UPDATE orders SET created_at = '2024-12-25 10:00:00.000000', updated_at = '2024-12-25 10:00:01.000000' "
                                      "WHERE id = (SELECT MIN(id) FROM orders WHERE created_at > '2024-12-20' AND status = 0 AND customer_id IS NULL)"), "trading days"),
    ("voided order with a repair job", db_sql(LL, "UPDATE orders SET status = 1, payment_method = NULL WHERE id = (SELECT order_id FROM repair_jobs WHERE status = 3 LIMIT 1)"),
     "statuses"),
    ("collected before ready", db_sql(LL, "UPDATE repair_jobs SET collected_at = created_at WHERE id = (SELECT MIN(id) FROM repair_jobs WHERE status = 3)"), "repair life cycle"),
    ("counter cache off", db_sql(LL, "UPDATE orders SET order_items_count = order_items_count + 1 WHERE id = 7"), "counter cache"),
    ("dangling polymorphic id", db_sql(LL, "UPDATE order_items SET itemable_id = 999 WHERE id = 1"), "polymorphic"),
    ("undeclared key", db_sql(LL, "ALTER TABLE customers ADD COLUMN referrer_id integer"), "not a declared foreign key"),
    ("singular table", db_sql(LL, "ALTER TABLE suppliers RENAME TO supplier"), "plural snake_case"),
    ("till operator from another shop", db_sql(LL, "UPDATE orders SET employee_id = 30 WHERE id = (SELECT MIN(o.id) FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.name = 'Bath')"),
     "till was employed"),
    ("price below list", db_sql(LL, "UPDATE order_items SET unit_price_cents = unit_price_cents - 1, total_cents = total_cents - quantity WHERE id = 3"), "list price"),
    ("town duplicates removed", db_sql(LL, "UPDATE customers SET county = 'City of Bristol' WHERE town = 'Easton'"), "town name shared"),
    ("late-night sale", db_sql(LL, "UPDATE orders SET created_at = substr(created_at, 1, 11) || '23' || substr(created_at, 14) WHERE id = 11"), "07:00 and 17:59"),
    # ERP database
    ("header net != lines", db_sql(BL, "UPDATE SLSHDR SET NET_AMT = NET_AMT + 1 WHERE INV_NO = 400010"), "headers"),
    ("blank text date instead of 0", db_sql(BL, "UPDATE EMPMAST SET TERM_DT = '' WHERE EMP_NO = 1001"), "YYYYMMDD integers"),
    ("impossible date", db_sql(BL, "UPDATE SLSHDR SET INV_DT = 20241331 WHERE INV_NO = 400020"), "YYYYMMDD"),
    ("3-decimal money", db_sql(BL, "UPDATE ITMMAST SET RETAIL_PRC = 10.125 WHERE ITM_NO = (SELECT MIN(ITM_NO) FROM ITMMAST)"), "more than 2 decimals"),
    ("lower-case customer name", db_sql(BL, "UPDATE CUSTMAST SET CUST_SNAME = 'Smith' WHERE CUST_NO = 100001"), "not in capitals"),
    ("code missing from SYSCODE", db_sql(BL, "UPDATE SLSHDR SET PAY_TYP = 'BTC' WHERE INV_NO = 400030"), "not explained in SYSCODE"),
    ("lower-case flag", db_sql(BL, "UPDATE ITMMAST SET DISC_FLG = 'y' WHERE ITM_NO = (SELECT MIN(ITM_NO) FROM ITMMAST WHERE DISC_FLG = 'Y')"), "flag is not Y/N"),
    ("sale at head office", db_sql(BL, "UPDATE SLSHDR SET BR_CODE = 'HO' WHERE INV_NO = 400040"), "trading"),
    ("invoice marked as credit note", db_sql(BL, "UPDATE SLSHDR SET DOC_TYP = 'CRN' WHERE INV_NO = (SELECT MIN(INV_NO) FROM SLSHDR WHERE DOC_TYP = 'INV' AND INV_STAT = 'P')"),
     "documents"),
    ("supervisor who left", db_sql(BL, "UPDATE EMPMAST SET SUPV_NO = 1072 WHERE EMP_NO = 1022"), "staff"),
    ("ready job already collected", db_sql(BL, "UPDATE RPRJOB SET JOB_STAT = 'R' WHERE JOB_NO = (SELECT MIN(JOB_NO) FROM RPRJOB WHERE JOB_STAT = 'C')"), "repairs"),
    ("no closed branch", db_sql(BL, "UPDATE BRANCH SET CLOSE_DT = 0, BR_STAT = 'A' WHERE BR_CODE = 'ABD'"), "no closed branch"),
    ("second cash-sale account", db_sql(BL, "UPDATE CUSTMAST SET CUST_TYP = 'X' WHERE CUST_NO = 100002"), "discount reasons and payment"),
    ("seller from another shop", db_sql(BL, "UPDATE SLSHDR SET EMP_NO = 1031 WHERE INV_NO = (SELECT MIN(INV_NO) FROM SLSHDR WHERE BR_CODE = 'PTH')"), "sellers"),
    ("snake_case ERP column", db_sql(BL, "ALTER TABLE VENDMAST RENAME COLUMN TERMS_DAYS TO terms_days"), "UPPERCASE abbreviation"),
    ("undeclared ERP key", db_sql(BL, "ALTER TABLE RPRJOB ADD COLUMN INV_NO INTEGER"), "not a declared foreign key"),
]


def main():
    if os.path.exists(SCRATCH):
        shutil.rmtree(SCRATCH)
    os.makedirs(SCRATCH)
    base = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), BATCH], capture_output=True, text=True)
    if base.returncode != 0:
        print(base.stdout)
        print("the clean batch does not pass; fix it before planting faults")
        sys.exit(1)
    caught = 0
    for i, (label, apply, expect) in enumerate(FAULTS, 1):
        root = os.path.join(SCRATCH, f"{i:02d}")
        os.makedirs(os.path.join(root, "build"))
        shutil.copytree(os.path.join(BATCH, "databases"), os.path.join(root, "databases"))
        shutil.copy(os.path.join(BATCH, "questions.jsonl"), root)
        shutil.copy(os.path.join(HERE, "kinds.tsv"), os.path.join(root, "build"))
        apply(root)
        r = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), root], capture_output=True, text=True)
        ok = r.returncode != 0 and expect in r.stdout
        caught += ok
        print(f"{'caught ' if ok else 'MISSED '} {i:02d} {label}" + ("" if ok else f"\n    expected '{expect}', got:\n" + r.stdout[:1500]))
        shutil.rmtree(root)
    print(f"{caught}/{len(FAULTS)} caught")
    sys.exit(0 if caught == len(FAULTS) else 1)


if __name__ == "__main__":
    main()
