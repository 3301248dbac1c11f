"""Self-test for check.py. Copies store-blind-9 to /tmp/sb9/faults, plants deliberate faults in the copy's questions,
kinds.tsv and databases, runs check.py on the copy and reports which planted faults it caught. The batch itself is
never modified."""
import json, os, shutil, sqlite3, subprocess

SRC = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DST = "/tmp/sb9/faults"
shutil.rmtree(DST, ignore_errors=True)
shutil.copytree(SRC, DST)
qs = [json.loads(l) for l in open(f"{DST}/questions.jsonl", encoding="utf-8")]
Q = {q["id"]: q for q in qs}
kinds = dict(l.rstrip("\n").split("\t") for l in open(f"{DST}/build/kinds.tsv", encoding="utf-8"))
expect = []  # (label, substring expected in the checker output)


def wb(n): return Q[f"wattle_bloom-{n:03d}"]
def sb(n): return Q[f"solas_beauty-{n:03d}"]


# --- question faults
q = sb(19); q["question"] = "what are the two dearest treatments on the current menu"
q["sql"] = "SELECT strTreatmentName, ROUND(intPriceCents / 100.0, 2) FROM Treatment WHERE blnActive = 1 ORDER BY intPriceCents DESC LIMIT 2"
expect.append(("tie at a LIMIT cut", "solas_beauty-019: tie in ORDER BY"))
q = sb(37); q["sql"] = q["sql"].replace("ROUND(100.0 * SUM(a.strBookedVia = 'Online') / COUNT(*), 2)", "100.0 * SUM(a.strBookedVia = 'Online') / COUNT(*)")
expect.append(("percent without ROUND(100.0*...,2)", "solas_beauty-037: percent question without ROUND"))
q = wb(23); q["question"] = "what's the unitprc of a Kangaroo Paw & Banksia Posy"
expect.append(("abbreviated identifier leak", "wattle_bloom-023: question mentions schema identifier unitprc"))
q = wb(6); q["question"] = "What were our total takings from completed orders in 2024, not counting delivery fees?"
expect.append(("spelled-out abbreviation", "wattle_bloom-006: question spells out schema identifier delvfee"))
q = sb(22); q["question"] = "What's the address of the salon whose strSalonName is Blackrock Village?"
expect.append(("Hungarian identifier leak", "solas_beauty-022: question mentions schema identifier strSalonName"))
q = sb(9); q["question"] = "What's the average hourly rate in cents of the nail technicians who still work for us?"
expect.append(("spelled-out Hungarian identifier", "solas_beauty-009: question spells out schema identifier intHourlyRateCents"))
expect.append(("question asks in cents", "solas_beauty-009: question asks in cents"))
q = wb(7); q["question"] = "What was the average value of a CMP website order in 2025?"
expect.append(("internal status code in the question", "wattle_bloom-007: question uses the internal status code CMP"))
q = wb(29); q["question"] = wb(22)["question"].upper().replace("?", "!!")
expect.append(("duplicate question (case / punctuation variant)", "wattle_bloom-029: duplicate question text"))
q = sb(3); q["question"] = "how many appointments last year were no-shows"
expect.append(("relative period", "solas_beauty-003: relative period"))
expect.append(("date filter but no year in the question", "solas_beauty-003: SQL filters on a date but the question names no year"))
q = wb(9); q["question"] = q["question"].replace("2024", "2023")
expect.append(("year in the question not in the SQL", "wattle_bloom-009: question mentions 2023 but the SQL does not"))
q = wb(5); q["sql"] = "SELECT COUNT(*) FROM subscr WHERE statcd = 'PSD' AND shopno = 18"
expect.append(("single-cell 0 result", "wattle_bloom-005: single-cell result is 0"))
q = wb(28); q["sql"] = q["sql"].replace("> 80", "> 9999")
expect.append(("empty result", "wattle_bloom-028: empty result"))
q = wb(22); q["sql"] = "SELECT closedt FROM shop WHERE shopnm = 'Beaumont Street'"
expect.append(("NULL in result", "wattle_bloom-022: NULL in result"))
q = sb(16); q["question"] = "What were our top 5 treatments by revenue in 2025, counting completed appointments only?"
expect.append(("order_matters without an asked-for order", "solas_beauty-016: order_matters but the question does not ask"))
q = sb(11); q["order_matters"] = True
expect.append(("order_matters without outer ORDER BY", "solas_beauty-011: order_matters without outer ORDER BY"))
q = sb(6); q["sql"] = q["sql"].replace("ROUND(SUM(a.intTotalCents) / 100.0, 2)", "SUM(a.intTotalCents)")
expect.append(("cents returned undivided", "solas_beauty-006: money in cents returned without"))
q = sb(33); q["sql"] = q["sql"].replace("'No-Show'", "'No Show'")
expect.append(("string literal not stored in the database", "solas_beauty-033: SQL literal 'No Show'"))
q = wb(10); q["sql"] = q["sql"].replace("ROUND(AVG(hrlyrt), 2)", "AVG(hrlyrt)")
expect.append(("unrounded REAL result", "wattle_bloom-010: a REAL result has more than 2 decimals"))
q = wb(19); q["sql"] = q["sql"].replace(" ORDER BY unitprc DESC", "")
expect.append(("LIMIT without ORDER BY", "wattle_bloom-019: LIMIT without ORDER BY"))
q = sb(31); q["sql"] = sb(30)["sql"]
expect.append(("duplicate SQL", "solas_beauty-031: duplicate SQL"))
q = sb(29); q["sql"] += " ORDER BY strSalonName"
expect.append(("ORDER BY without LIMIT but order_matters false", "solas_beauty-029: outer ORDER BY without LIMIT, but order_matters is false"))
q = wb(38); q["question"] = "What share of our customers are businesses? Leave out deleted customer records."
expect.append(("percentage in the SQL but not asked for", "wattle_bloom-038: percentage in SQL but the question does not say percent"))
kinds["wattle_bloom-024"] = "selfref"
expect.append(("self-reference kind without a self-join", "wattle_bloom-024: self-reference question does not join"))
expect.append(("kind mix wrong", "wattle_bloom: kind mix"))
q = wb(13); q["sql"] = q["sql"].replace("substr(o.orddt, 4, 2) AS month", "o.orddt AS month")
expect.append(("month breakdown without a month expression", "wattle_bloom-013: month breakdown without"))
q = wb(39); q["sql"] = "SELECT COUNT(*) FROM ord o WHERE o.orddt BETWEEN '07/02/2025' AND '14/02/2025'"
expect.append(("DD/MM/YYYY text compared as a date", "wattle_bloom-039: DD/MM/YYYY column orddt is compared"))
q = wb(40); q["sql"] = "SELECT MAX(o.orddt) FROM ord o WHERE o.statcd = 'CMP' AND substr(o.orddt, 7, 4) = '2025' AND substr(o.orddt, 4, 2) = '12'"
expect.append(("MAX() over DD/MM/YYYY text", "wattle_bloom-040: DD/MM/YYYY column orddt is compared"))
q = sb(40); q["sql"] = "SELECT ROUND(SUM(s.intTotalCents) / 100.0, 2) FROM Sale s WHERE s.strStatus = 'Completed' AND s.dtmSold BETWEEN '2024-12-01' AND '2024-12-24'"
expect.append(("date-time closed with a bare date", "solas_beauty-040: date-time column dtmSold closed with a bare date"))
q = sb(39); q["sql"] = "SELECT COUNT(*) FROM Appointment a WHERE a.dtmStart >= '2026-01-01' AND a.dtmStart < '2027-01-01'"
expect.append(("'daterange' kind without a window shorter than a year", "solas_beauty-039: SQL does not have the shape of kind 'daterange'"))

with open(f"{DST}/questions.jsonl", "w", encoding="utf-8") as f:
    for q in qs:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
with open(f"{DST}/build/kinds.tsv", "w", encoding="utf-8") as f:
    f.writelines(f"{k}\t{v}\n" for k, v in kinds.items())

# --- database faults
con = sqlite3.connect(f"{DST}/databases/wattle_bloom.sqlite")
con.execute("UPDATE ord SET shopno = 999 WHERE ordno = 1")
expect.append(("FK violation", "wattle_bloom: foreign_key_check not clean"))
con.execute("UPDATE staff SET hiredt = '30/02/2024' WHERE staffno = 10")
expect.append(("impossible DD/MM/YYYY date", "wattle_bloom.staff.hiredt: values that are not real DD/MM/YYYY dates"))
con.execute("UPDATE cust SET joindt = '2024-03-05' WHERE custno = 11")
expect.append(("ISO date in a DD/MM/YYYY column", "wattle_bloom.cust.joindt: values that are not real DD/MM/YYYY dates"))
con.execute("UPDATE shop SET wkshpflg = 2 WHERE shopno = 3")
expect.append(("flag value 2", "wattle_bloom.shop.wkshpflg: flag column is not INTEGER 0/1"))
con.execute("UPDATE ord SET ordtot = ordtot + 1 WHERE ordno = 2")
expect.append(("header total != lines", "wattle_bloom: invariant 'order total = sum of lines' broken"))
con.execute("ALTER TABLE cust ADD COLUMN refcustno INTEGER")
expect.append(("undeclared foreign key", "wattle_bloom.cust.refcustno: looks like a key but is not a declared foreign key"))
con.execute('ALTER TABLE shop ADD COLUMN "shop_code" TEXT')
expect.append(("naming-style violation (abbrev)", "wattle_bloom.shop.shop_code: column is not an abbreviated lower-case name"))
con.execute("UPDATE delv SET statcd = 'CMP' WHERE delvno = 4")
expect.append(("status code of the wrong type", "wattle_bloom: invariant 'status codes of the right type' broken"))
con.commit(); con.close()
con = sqlite3.connect(f"{DST}/databases/solas_beauty.sqlite")
con.execute("UPDATE Appointment SET dtmStart = '2025-13-01 10:00' WHERE lngAppointmentID = 5")
expect.append(("impossible date-time", "solas_beauty.Appointment.dtmStart: values that are not real YYYY-MM-DD HH:MM"))
con.execute("UPDATE SaleLine SET intUnitPriceCents = intUnitPriceCents + 0.5 WHERE rowid = 1")
expect.append(("fractional cents", "solas_beauty.SaleLine.intUnitPriceCents: int/cents column is not a non-negative INTEGER"))
con.execute("UPDATE Product SET blnVegan = 1")
expect.append(("flag that never varies", "solas_beauty.Product.blnVegan: flag column never varies"))
con.execute('ALTER TABLE Salon ADD COLUMN "Notes" TEXT')
expect.append(("naming-style violation (Hungarian)", "solas_beauty.Salon.Notes: column has no Hungarian type prefix"))
con.execute('ALTER TABLE Client ADD COLUMN "intRating" TEXT')
expect.append(("Hungarian prefix disagrees with the type", "solas_beauty.Client.intRating: prefix 'int' but declared type TEXT"))
con.execute("UPDATE Appointment SET strStatus = 'Booked', intTipCents = NULL WHERE lngAppointmentID = 7")
expect.append(("booked appointment in the past", "solas_beauty: invariant 'Booked exactly for future appointments' broken"))
con.execute("UPDATE Town SET strTownName = 'Blackrock (Cork)' WHERE strTownName = 'Blackrock' AND strCounty = 'Cork'")
con.execute("UPDATE Town SET strTownName = 'Newcastle (Wicklow)' WHERE strTownName = 'Newcastle' AND strCounty = 'Wicklow'")
expect.append(("no shared place name", "solas_beauty: no place name shared by two regions"))
con.execute("DELETE FROM SaleLine WHERE lngSaleID > 5")
expect.append(("sale with no lines / totals broken", "solas_beauty: invariant 'sale total = sum of lines' broken"))
con.commit(); con.close()

out = subprocess.run(["python3", f"{DST}/build/check.py", DST], capture_output=True, text=True).stdout
open(os.path.join(os.path.dirname(DST), "faults_output.txt"), "w", encoding="utf-8").write(out)
caught = 0
for label, sub in expect:
    ok = sub in out
    caught += ok
    print(("CAUGHT " if ok else "MISSED ") + label)
print(f"{caught}/{len(expect)} planted faults caught; checker printed {out.count(chr(10)) - 1} failure lines")
