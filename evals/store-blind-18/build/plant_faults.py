"""Plants faults one at a time in scratch copies of the batch (under /tmp/sb18/faults) and requires check.py to fail on
each with the expected message.  Prints one line per fault and a summary; exit code 1 if any fault slipped through.
The copies are checked in parallel (8 at a time); each copy holds exactly one fault.

Usage: python3 plant_faults.py"""
import json, os, shutil, sqlite3, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.abspath(os.path.join(HERE, ".."))
SCRATCH = "/tmp/sb18/faults"
BT, NA = "broadland_tackle", "nidderdale_antiques"


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
        lines = [l if not l.startswith(qid + "\t") else f"{qid}\t{kind}" for l in open(path, encoding="utf-8").read().splitlines()]
        open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    return apply


def db_edit(db, *sqls):
    def apply(root):
        con = sqlite3.connect(os.path.join(root, "databases", db + ".sqlite"))
        for s in sqls:
            con.execute(s)
        con.commit()
        con.close()
    return apply


def swap_keys(rows):
    r = rows[0]
    rows[0] = {"db": r["db"], "id": r["id"], "question": r["question"], "sql": r["sql"], "order_matters": r["order_matters"]}
    return rows


def dup_question(rows):
    rows[45]["question"] = rows[44]["question"]
    return rows


FIRST_POS = "(SELECT MIN(id) FROM orders WHERE source_name = 'pos')"
FAULTS = [
    # wording
    ("underscore in a question", q_edit(f"{BT}-001", question=lambda t: t.replace("Lowestoft shop", "Lowestoft_shop")), "underscore"),
    ("column-like phrase", q_edit(f"{BT}-006", question="What was the total price of the Norwich shop's 2024 orders, before any refunds?"), "column-like phrase 'total price'"),
    ("spelled-out identifier", q_edit(f"{NA}-021", question="Which dealers left us during 2025? Give the trading name and the date."), "column-like phrase 'trading name'"),
    ("relative period", q_edit(f"{BT}-004", question="How many card payments on the website were declined this year?"), "relative period"),
    ("year in question not in SQL", q_edit(f"{NA}-004", question="How many sales were voided at the tills in 2023?"), "mentions 2023 but the SQL"),
    ("date filter without a year in the question", q_edit(f"{NA}-001", question="How many sales did the Pateley Bridge centre complete?"), "names no year"),
    ("structure word", q_edit(f"{NA}-025", question="What is in the telephone column for the Pateley Bridge centre?"), "database structure"),
    ("duplicate question", q_raw(dup_question), "duplicate question text"),
    ("key order", q_raw(swap_keys), "key order"),
    # SQL conventions
    ("Shopify money summed as text", q_edit(f"{BT}-006", sql=lambda s: s.replace("SUM(CAST(o.total_price AS REAL))", "SUM(o.total_price)")), "without CAST"),
    ("Shopify money compared with a number", q_edit(f"{BT}-021", sql=lambda s: s + " AND v.price > 50"), "compared with a number"),
    ("orders without the cancelled / test filter", q_edit(f"{BT}-001", sql=lambda s: s.replace(" AND o.cancelled_at IS NULL AND o.test = 0", "")), "settling cancelled and test"),
    ("money question silent on refunds", q_edit(f"{BT}-009", question="How much VAT was included in the shops' sales in 2025?"), "how refunds are treated"),
    ("antiques sales without their status", q_edit(f"{NA}-006", sql=lambda s: s.split(" AND s.StatusID")[0]), "without settling their status"),
    ("soft-deleted dealers not left out", q_edit(f"{NA}-005", sql=lambda s: s.replace(" AND d.IsDeleted = 0", "")), "soft-deleted"),
    ("DD/MM/YYYY cut as ISO", q_edit(f"{NA}-021", sql=lambda s: s.replace("substr(d.LeftDt, 7, 4) = '2025'", "substr(d.LeftDt, 1, 4) = '2025'")), "as if it were ISO"),
    ("pence returned as pounds", q_edit(f"{NA}-009", sql=lambda s: s.replace("AVG(s.TotalPence) / 100.0", "AVG(s.TotalPence)")), "pence returned"),
    ("integer division in a share", q_edit(f"{NA}-036", sql=lambda s: s.replace("1.0 * ", "")), "real division"),
    ("percentage share", q_edit(f"{BT}-037", sql=lambda s: s.replace("ROUND(AVG(", "ROUND(100 * AVG(")), "percentage"),
    ("name in two columns", q_edit(f"{NA}-022", sql=lambda s: s.replace("f.FName || ' ' || f.SName", "f.FName, f.SName")), "one column"),
    ("literal not stored", q_edit(f"{BT}-025", sql=lambda s: s.replace("'Lowestoft'", "'Lowestoft Shop'")), "not a value stored"),
    ("write statement", q_edit(f"{BT}-025", sql="DELETE FROM locations WHERE name = 'Lowestoft'"), "read-only SELECT"),
    # results and ordering
    ("empty result", q_edit(f"{NA}-024", sql=lambda s: s.replace("'Room'", "'Shelf'").replace("du.ToDt IS NULL", "du.ToDt = '01/01/1999'")), "empty result"),
    ("count of nothing", q_edit(f"{BT}-002", sql=lambda s: s.replace("'2024'", "'2023'"), question=lambda t: t.replace("2024", "2023")), "single-cell result is 0"),
    ("too many rows", q_edit(f"{NA}-015", sql="SELECT u.UnitNo, COUNT(*) AS n FROM tblUnit u JOIN tblSite t ON t.SiteID = u.SiteID GROUP BY u.UnitNo"), "rows (want <= 15)"),
    ("NULL cell", q_edit(f"{NA}-022", sql=lambda s: s.replace("WHERE f.LeaveDt IS NOT NULL", "WHERE f.StaffID IN (6, 10, 5)")), "NULL in result"),
    ("unrounded average", q_edit(f"{BT}-007", sql=lambda s: s.replace("ROUND(AVG(CAST(o.total_price AS REAL)), 2)", "AVG(CAST(o.total_price AS REAL))")), "more than 2 decimals"),
    ("share rounded to 2", q_edit(f"{NA}-037", sql=lambda s: s.replace(" 4)", " 2)")), "share is not a ratio"),
    ("month label", q_edit(f"{NA}-011", sql=lambda s: s.replace("substr(s.SaleDate, 7, 4) || '-' || substr(s.SaleDate, 4, 2) AS month", "substr(s.SaleDate, 4, 7) AS month")), "month breakdown"),
    ("LIMIT without ORDER BY", q_edit(f"{BT}-018", sql=lambda s: s.replace(" ORDER BY spent DESC", "")), "LIMIT without ORDER BY"),
    ("order_matters false on an ordered question", q_edit(f"{BT}-016", order_matters=False), "order_matters is false"),
    ("order_matters true without asking", q_edit(f"{NA}-013", order_matters=True), "order_matters"),
    ("tie at the cut", q_edit(f"{NA}-017", sql=lambda s: s.replace("ORDER BY items DESC LIMIT 1", "ORDER BY c.ParentCatID IS NULL DESC LIMIT 1").replace("COUNT(*) AS items", "c.ParentCatID IS NULL AS top_level")), "tie"),
    ("kind mix", kind_edit(f"{BT}-001", "total"), "kind mix"),
    ("self-reference without a self-join", q_edit(f"{NA}-028", sql="SELECT f.FName || ' ' || f.SName FROM tblStaff f WHERE f.JobTitle = 'Owner'"), "join a table to itself"),
    # Shopify database
    ("order total != lines", db_edit(BT, f"UPDATE orders SET total_price = '999.99' WHERE id = {FIRST_POS}"), "invariant broken"),
    ("shop sale on Christmas Day", db_edit(BT, f"UPDATE orders SET created_at = '2024-12-25T11:00:00+00:00', processed_at = '2024-12-25T11:00:00+00:00' WHERE id = {FIRST_POS}"), "trading days"),
    ("timestamp without offset", db_edit(BT, "UPDATE refunds SET created_at = substr(created_at, 1, 19) WHERE id = (SELECT MIN(id) FROM refunds)"), "ISO 8601"),
    ("summer timestamp in GMT", db_edit(BT, "UPDATE orders SET created_at = substr(created_at, 1, 19) || '+00:00' WHERE id = (SELECT MIN(id) FROM orders WHERE substr(created_at, 6, 2) = '07')"), "UK offset"),
    ("money stored as a number", db_edit(BT, "UPDATE variants SET price = 12.5 WHERE id = (SELECT MIN(id) FROM variants)"), "decimal string"),
    ("maggots at the old price after the rise", db_edit(BT, "UPDATE line_items SET price = '3.50' WHERE id = (SELECT MIN(li.id) FROM line_items li JOIN orders o ON o.id = li.order_id WHERE li.title = 'Maggots' AND o.created_at > '2025-06')"), "prices and range"),
    ("refund pointing at another order's payment", db_edit(BT, "UPDATE transactions SET parent_id = (SELECT MIN(id) FROM transactions WHERE kind = 'sale') WHERE id = (SELECT MAX(id) FROM transactions WHERE kind = 'refund')"), "refunds:"),
    ("a status outside Shopify's values", db_edit(BT, f"UPDATE orders SET financial_status = 'complete' WHERE id = {FIRST_POS}"), "financial_status"),
    ("same-name towns removed", db_edit(BT, "UPDATE customer_addresses SET province = 'Norfolk' WHERE city = 'Sutton'"), "shared by two counties"),
    # hand-rolled database
    ("sale total != lines", db_edit(NA, "UPDATE tblSale SET TotalPence = TotalPence + 100 WHERE SaleID = (SELECT MIN(SaleID) FROM tblSale)"), "sale money"),
    ("an item sold twice", db_edit(NA, "INSERT INTO tblSaleLine VALUES (999999, (SELECT MAX(SaleID) FROM tblSale WHERE StatusID = 1), (SELECT MIN(ItemID) FROM tblItem WHERE ItemStatusID = 11), 100)"), "items:"),
    ("a sale on Christmas Day", db_edit(NA, "UPDATE tblSale SET SaleDate = '25/12/2024' WHERE SaleID = (SELECT MIN(SaleID) FROM tblSale WHERE SiteID = 1 AND SaleDate LIKE '%/12/2024' AND StatusID = 2)"), "trading days"),
    ("a weekend assistant on a Tuesday", db_edit(NA, "UPDATE tblSale SET StaffID = 8 WHERE SaleID = (SELECT MIN(SaleID) FROM tblSale WHERE SiteID = 1 AND strftime('%w', substr(SaleDate, 7, 4) || '-' || substr(SaleDate, 4, 2) || '-' || substr(SaleDate, 1, 2)) = '2' AND substr(SaleDate, 7, 4) = '2025')"), "trading days"),
    ("an ISO date in a DD/MM/YYYY column", db_edit(NA, "UPDATE tblDealer SET JoinedDt = '2019-05-04' WHERE DealerID = (SELECT MIN(DealerID) FROM tblDealer)"), "'DD/MM/YYYY'"),
    ("a statement's commission wrong", db_edit(NA, "UPDATE tblDealerStmt SET CommPence = CommPence + 1, NetPence = NetPence - 1 WHERE StmtID = (SELECT MIN(StmtID) FROM tblDealerStmt)"), "statements"),
    ("a leaver still Active 'Y'", db_edit(NA, "UPDATE tblDealer SET Active = 'Y' WHERE LeftDt IS NOT NULL"), "Active"),
    ("pence with a fraction", db_edit(NA, "UPDATE tblSaleLine SET SoldPence = SoldPence + 0.5 WHERE SaleLineID = (SELECT MIN(SaleLineID) FROM tblSaleLine)"), "pence that are not integers"),
    ("soft deletes that never vary", db_edit(NA, "UPDATE tblItem SET IsDeleted = 0"), "never varies"),
    ("a unit let to two dealers at once", db_edit(NA, "UPDATE tblDealerUnit SET UnitID = (SELECT MIN(UnitID) FROM tblDealerUnit WHERE ToDt IS NULL) WHERE rowid = (SELECT MAX(rowid) FROM tblDealerUnit WHERE ToDt IS NULL)"), "dealers and lettings"),
]


def run(i, label, apply, expect):
    dst = os.path.join(SCRATCH, f"{i:02d}")
    if os.path.exists(dst):
        shutil.rmtree(dst)
    os.makedirs(dst)
    shutil.copytree(os.path.join(BATCH, "databases"), os.path.join(dst, "databases"))
    os.makedirs(os.path.join(dst, "build"))
    shutil.copy(os.path.join(BATCH, "questions.jsonl"), dst)
    shutil.copy(os.path.join(HERE, "kinds.tsv"), os.path.join(dst, "build"))
    apply(dst)
    p = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), dst], capture_output=True, text=True)
    caught = p.returncode == 1 and expect in p.stdout
    shutil.rmtree(dst)
    return label, expect, caught, p.stdout


def main():
    os.makedirs(SCRATCH, exist_ok=True)
    with ThreadPoolExecutor(max_workers=8) as ex:
        results = list(ex.map(lambda a: run(*a), [(i, *f) for i, f in enumerate(FAULTS, 1)]))
    missed = 0
    for label, expect, caught, out in results:
        print(f"{'caught' if caught else 'MISSED'}  {label}  (expects '{expect}')")
        if not caught:
            missed += 1
            print("    " + out.replace("\n", "\n    ")[:1500])
    print(f"{len(results) - missed}/{len(results)} planted faults caught")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
