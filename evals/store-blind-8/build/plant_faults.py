"""Self-test for check.py. Copies store-blind-8 to /tmp/sb8/faults, plants deliberate faults, runs check.py on the copy and reports
which planted faults were caught."""
import json, os, shutil, sqlite3, subprocess

SRC = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DST = "/tmp/sb8/faults"  # scratch copy; the batch itself is never modified
shutil.rmtree(DST, ignore_errors=True)
shutil.copytree(SRC, DST)
qs = [json.loads(l) for l in open(f"{DST}/questions.jsonl", encoding="utf-8")]
Q = {q["id"]: q for q in qs}
kinds = dict(l.rstrip("\n").split("\t") for l in open(f"{DST}/build/kinds.tsv", encoding="utf-8"))
expect = []  # (label, substring expected in checker output)

def cm(n): return Q[f"crescendo_music-{n:03d}"]
def mc(n): return Q[f"maple_crumb_bakery-{n:03d}"]

# --- question faults
q = cm(18); q["question"] = q["question"].replace("2024", "2025"); q["sql"] = q["sql"].replace("2024", "2025").replace("2025-01-01' AND l.starts_at < '2025", "2025-01-01' AND l.starts_at < '2026")
expect.append(("tie at a LIMIT cut", "crescendo_music-018: tie in ORDER BY"))
q = mc(37); q["sql"] = q["sql"].replace("ROUND(100.0 * SUM(PaymentType = 'Cash') / COUNT(*), 2)", "100.0 * SUM(PaymentType = 'Cash') / COUNT(*)")
expect.append(("percent without ROUND(100.0*...,2)", "maple_crumb_bakery-037: percent question without ROUND"))
q = cm(23); q["question"] = "what's the list_price_amount of the Wiener Klang Forte Console Piano?"
expect.append(("snake_case identifier leak", "crescendo_music-023: question mentions schema identifier list_price_amount"))
q = mc(22); q["question"] = "What's the street address of the café whose CafeName is Mile End?"
expect.append(("PascalCase identifier leak", "maple_crumb_bakery-022: question mentions schema identifier CafeName"))
q = mc(10); q["question"] = "What's the average hourly wage cents of the baristas who still work for us?"
expect.append(("spelled-out identifier leak", "maple_crumb_bakery-010: question spells out schema identifier HourlyWageCents"))
expect.append(("question in cents", "maple_crumb_bakery-010: question asks in cents"))
q = cm(29); q["question"] = cm(22)["question"].upper().replace("?", "!!")
expect.append(("duplicate question (case / punctuation variant)", "crescendo_music-029: duplicate question text"))
q = cm(5); q["question"] = "How many lessons in 2022 were no-shows?"; q["sql"] = q["sql"].replace("2024", "2022").replace("2025-01-01", "2023-01-01")
expect.append(("single-cell 0 result", "crescendo_music-005: single-cell result is 0"))
q = cm(28); q["sql"] = q["sql"].replace("> 2000", "> 99999")
expect.append(("empty result", "crescendo_music-028: empty result"))
q = cm(22); q["sql"] = "SELECT closed_on FROM stores WHERE store_name = 'Denmark Street'"
expect.append(("NULL in result", "crescendo_music-022: NULL in result"))
q = mc(16); q["question"] = "Which 5 menu items made the most money in 2025 on completed orders?"
expect.append(("order_matters without an asked-for order", "maple_crumb_bakery-016: order_matters but the question does not ask"))
q = mc(11); q["order_matters"] = True
expect.append(("order_matters without outer ORDER BY", "maple_crumb_bakery-011: order_matters without outer ORDER BY"))
q = mc(6); q["sql"] = q["sql"].replace("ROUND(SUM(TotalCents) / 100.0, 2)", "SUM(TotalCents)")
expect.append(("cents returned undivided", "maple_crumb_bakery-006: money in cents returned without"))
q = mc(3); q["question"] = "how many orders got refunded last year?"
expect.append(("relative period", "maple_crumb_bakery-003: relative period"))
expect.append(("date filter but no year in question", "maple_crumb_bakery-003: SQL filters on a date but the question names no year"))
q = cm(9); q["question"] = q["question"].replace("2024", "2023")
expect.append(("year in question not in SQL", "crescendo_music-009: question mentions 2023 but the SQL does not"))
q = mc(36); q["sql"] = q["sql"].replace("'Cancelled'", "'Canceled'")
expect.append(("string literal not stored in the database", "maple_crumb_bakery-036: SQL literal 'Canceled'"))
q = cm(7); q["sql"] = q["sql"].replace("ROUND(AVG(o.total_amount), 2)", "AVG(o.total_amount)")
expect.append(("unrounded REAL result", "crescendo_music-007: a REAL result has more than 2 decimals"))
q = cm(19); q["sql"] = q["sql"].replace(" ORDER BY p.list_price_amount DESC", "")
expect.append(("LIMIT without ORDER BY", "crescendo_music-019: LIMIT without ORDER BY"))
q = cm(21); q["sql"] = "SELECT store_name FROM stores WHERE lesson_room_count = (SELECT MAX(lesson_room_count) FROM stores)"; q["question"] = "Which shop has the most lesson rooms?"
expect.append(("tied MAX pick", "crescendo_music-021: MAX/MIN pick returns"))
q = mc(31); q["sql"] = mc(30)["sql"]
expect.append(("duplicate SQL", "maple_crumb_bakery-031: duplicate SQL"))
q = mc(29); q["sql"] = "SELECT CafeName, SeatCount FROM Cafes WHERE SeatCount > 68 ORDER BY SeatCount DESC"
expect.append(("ORDER BY without LIMIT but order_matters false", "maple_crumb_bakery-029: outer ORDER BY without LIMIT, but order_matters is false"))
q = mc(38); q["question"] = "Share of menu items that are gluten-free?"
kinds["maple_crumb_bakery-038"] = "share"
expect.append(("percent in SQL but not in question", "maple_crumb_bakery-038: percentage in SQL but the question does not say percent"))
kinds["crescendo_music-024"] = "selfref"
expect.append(("self-reference kind without a self-join", "crescendo_music-024: self-reference question does not join"))
expect.append(("kind mix wrong", "crescendo_music: kind mix"))
q = cm(13); q["sql"] = q["sql"].replace("strftime('%m', o.ordered_at)", "substr(o.ordered_at, 6, 2)")
expect.append(("month breakdown without strftime('%m')", "crescendo_music-013: month breakdown without strftime"))

with open(f"{DST}/questions.jsonl", "w", encoding="utf-8") as f:
    for q in qs:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
with open(f"{DST}/build/kinds.tsv", "w", encoding="utf-8") as f:
    f.writelines(f"{k}\t{v}\n" for k, v in kinds.items())

# --- database faults
con = sqlite3.connect(f"{DST}/databases/crescendo_music.sqlite")
con.execute("UPDATE orders SET store_id = 999 WHERE order_id = 1")
expect.append(("FK violation", "crescendo_music: foreign_key_check not clean"))
con.execute("UPDATE employees SET hired_on = '2024-02-30' WHERE employee_id = 10")
expect.append(("impossible date", "crescendo_music.employees.hired_on: values that are not real YYYY-MM-DD dates"))
con.execute("UPDATE stores SET has_repair_workshop = 2 WHERE store_id = 3")
expect.append(("flag value 2", "crescendo_music.stores.has_repair_workshop: flag column is not INTEGER 0/1"))
con.execute("UPDATE orders SET total_amount = total_amount + 1 WHERE order_id = 2")
expect.append(("header total != lines", "crescendo_music: invariant 'order totals = sum of items' broken"))
con.execute("ALTER TABLE customers ADD COLUMN referred_by_id INTEGER")
expect.append(("undeclared foreign key", "crescendo_music.customers.referred_by_id: looks like a key but is not a declared foreign key"))
con.execute('ALTER TABLE stores ADD COLUMN "StoreCode" TEXT')
expect.append(("naming-style violation", "crescendo_music.stores.StoreCode: column is not snake_case"))
con.commit(); con.close()
con = sqlite3.connect(f"{DST}/databases/maple_crumb_bakery.sqlite")
con.execute("UPDATE Orders SET OrderDate = '2025-13-01 10:00:00' WHERE OrderID = 5")
expect.append(("impossible timestamp", "maple_crumb_bakery.Orders.OrderDate: values that are not real YYYY-MM-DD HH:MM:SS"))
con.execute("DELETE FROM WasteReports WHERE rowid NOT IN (SELECT rowid FROM WasteReports LIMIT 40)")
expect.append(("table under 50 rows", "maple_crumb_bakery.WasteReports: 40 rows"))
con.execute("UPDATE OrderLines SET UnitPriceCents = UnitPriceCents + 0.5 WHERE rowid = 1")
expect.append(("cents stored as REAL", "maple_crumb_bakery.OrderLines.UnitPriceCents: cents column is not non-negative INTEGER"))
con.execute("UPDATE Products SET IsSeasonal = 0")
expect.append(("flag that never varies", "maple_crumb_bakery.Products.IsSeasonal: flag column never varies"))
con.execute("UPDATE Regions SET RegionName = 'Windsor NS' WHERE RegionName = 'Windsor' AND ProvinceCode = 'NS'")
con.execute("UPDATE Regions SET RegionName = 'Richmond BC' WHERE RegionName = 'Richmond'")
expect.append(("no shared place name", "maple_crumb_bakery: no place name shared by two regions"))
con.commit(); con.close()

out = subprocess.run(["python3", f"{DST}/build/check.py", DST], capture_output=True, text=True).stdout
open(os.path.join(os.path.dirname(DST), "faults_output.txt"), "w").write(out)
caught = 0
for label, sub in expect:
    ok = sub in out
    caught += ok
    print(("CAUGHT " if ok else "MISSED ") + label)
print(f"{caught}/{len(expect)} planted faults caught; checker printed {out.count(chr(10)) - 1} failure lines")
