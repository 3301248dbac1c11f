"""Writes ../questions.jsonl (40 questions per database) and kinds.tsv (id -> kind, read by check.py).
Deterministic, no randomness. WB = Wattle & Bloom (wattle_bloom), SB = Solas Beauty (solas_beauty).
Each entry is (kind, question, reference SQL, order_matters)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "questions.jsonl")
KINDS = os.path.join(HERE, "kinds.tsv")


# ---- Wattle & Bloom: dates are TEXT 'DD/MM/YYYY', so years / months are cut out with substr() and date ranges
# compare a rebuilt ISO string. Status codes live in `stat`; the reference SQL filters on the stored codes.
def WY(col, y):
    return f"substr({col}, 7, 4) = '{y}'"


def WM(col, y, m):
    return f"substr({col}, 7, 4) = '{y}' AND substr({col}, 4, 2) = '{m:02d}'"


def ISO(col):
    return f"(substr({col}, 7, 4) || '-' || substr({col}, 4, 2) || '-' || substr({col}, 1, 2))"


DONE = "o.statcd = 'CMP'"
LN = "JOIN ordln l ON l.ordno = o.ordno JOIN prod p ON p.prodno = l.prodno"

WB = [
    # counts with status / flag / date filters
    ("count", "How many of our shops are trading normally right now? Don't count closed shops or the ones shut for renovations.",
     "SELECT COUNT(*) FROM shop WHERE statcd = 'OPN'", False),
    ("count", "How many customers do we have in Richmond, New South Wales? Not the Melbourne Richmond, and leave out customer records we've deleted.",
     "SELECT COUNT(*) FROM cust c JOIN area a ON a.areano = c.areano WHERE a.areanm = 'Richmond' AND a.state = 'NSW' AND c.delflg = 0", False),
    ("count", "how many deliveries failed in 2024 (going by the day we tried to deliver), where the flowers couldn't be handed over?",
     f"SELECT COUNT(*) FROM delv WHERE statcd = 'FLD' AND {WY('delvdt', 2024)}", False),
    ("count", "How many business customers signed up with us during 2025? Include any whose records we've since deleted.",
     f"SELECT COUNT(*) FROM cust WHERE bizflg = 1 AND {WY('joindt', 2025)}", False),
    ("count", "How many flower subscriptions are on pause at the moment?",
     "SELECT COUNT(*) FROM subscr WHERE statcd = 'PSD'", False),
    # totals and averages over a period
    ("total", "What were our total takings from completed orders in 2024, not counting what we charged for delivery?",
     f"SELECT ROUND(SUM(o.ordtot), 2) FROM ord o WHERE {DONE} AND {WY('o.orddt', 2024)}", False),
    ("total", "What was the average value of a completed website order in 2025?",
     f"SELECT ROUND(AVG(o.ordtot), 2) FROM ord o WHERE {DONE} AND o.chnl = 'Website' AND {WY('o.orddt', 2025)}", False),
    ("total", "How much did we charge customers for delivery on deliveries made in 2025? Only count the ones that were actually handed over.",
     f"SELECT ROUND(SUM(delvfee), 2) FROM delv WHERE statcd = 'DLV' AND {WY('delvdt', 2025)}", False),
    ("total", "How many roses did we sell in 2024? Add up the units of everything in our roses range on completed orders.",
     f"SELECT SUM(l.qtyord) FROM ord o {LN} WHERE {DONE} AND p.cat = 'Roses' AND {WY('o.orddt', 2024)}", False),
    ("total", "What's the average hourly pay of the delivery drivers who still work for us?",
     "SELECT ROUND(AVG(hrlyrt), 2) FROM staff WHERE role = 'Delivery Driver' AND actvflg = 1", False),
    # breakdowns by a dimension (one by month)
    ("breakdown", "How many shops do we have in each state? Include the closed ones.",
     "SELECT a.state, COUNT(*) FROM shop s JOIN area a ON a.areano = s.areano GROUP BY a.state", False),
    ("breakdown", "Split our 2025 takings from completed orders by how the order came in: walk-in, phone or website.",
     f"SELECT o.chnl, ROUND(SUM(o.ordtot), 2) FROM ord o WHERE {DONE} AND {WY('o.orddt', 2025)} GROUP BY o.chnl", False),
    ("breakdown", "How many completed orders did we have in each month of 2024? In month order, please.",
     f"SELECT substr(o.orddt, 4, 2) AS month, COUNT(*) FROM ord o WHERE {DONE} AND {WY('o.orddt', 2024)} GROUP BY month ORDER BY month", True),
    ("breakdown", "What did each product category bring in on completed orders in 2025?",
     f"SELECT p.cat, ROUND(SUM(l.qtyord * l.unitprc), 2) FROM ord o {LN} WHERE {DONE} AND {WY('o.orddt', 2025)} GROUP BY p.cat", False),
    ("breakdown", "How many active subscriptions (not paused or cancelled) do we have on each schedule - weekly, fortnightly and monthly?",
     "SELECT freq, COUNT(*) FROM subscr WHERE statcd = 'ACT' GROUP BY freq", False),
    # top / bottom N and single best / worst
    ("topn", "What were our 5 best-selling products by revenue in 2024? Completed orders only, highest first.",
     f"SELECT p.prodnm, ROUND(SUM(l.qtyord * l.unitprc), 2) AS revenue FROM ord o {LN} WHERE {DONE} AND {WY('o.orddt', 2024)} GROUP BY p.prodno ORDER BY revenue DESC LIMIT 5", True),
    ("topn", "Which shop had the most completed orders in 2025?",
     f"SELECT s.shopnm, COUNT(*) AS n FROM ord o JOIN shop s ON s.shopno = o.shopno WHERE {DONE} AND {WY('o.orddt', 2025)} GROUP BY s.shopno ORDER BY n DESC LIMIT 1", False),
    ("topn", "Which driver handed over the most deliveries in 2023?",
     f"SELECT e.firstnm, e.lastnm, COUNT(*) AS n FROM delv v JOIN staff e ON e.staffno = v.driverno WHERE v.statcd = 'DLV' AND {WY('v.delvdt', 2023)} GROUP BY e.staffno ORDER BY n DESC LIMIT 1", False),
    ("topn", "What are the three most expensive things we still sell?",
     "SELECT prodnm, unitprc FROM prod WHERE actvflg = 1 ORDER BY unitprc DESC LIMIT 3", False),
    ("topn", "Who is our biggest customer of all time, going by money spent on completed orders?",
     f"SELECT c.custnm, ROUND(SUM(o.ordtot), 2) AS spent FROM ord o JOIN cust c ON c.custno = o.custno WHERE {DONE} GROUP BY c.custno ORDER BY spent DESC LIMIT 1", False),
    ("topn", "Which suburb or town received the most successful deliveries in 2024?",
     f"SELECT a.areanm, a.state, COUNT(*) AS n FROM delv v JOIN area a ON a.areano = v.areano WHERE v.statcd = 'DLV' AND {WY('v.delvdt', 2024)} GROUP BY a.areano ORDER BY n DESC LIMIT 1", False),
    # attribute of a named record
    ("attribute", "When did the Beaumont Street shop open?",
     "SELECT opendt FROM shop WHERE shopnm = 'Beaumont Street'", False),
    ("attribute", "how much do we charge for a Kangaroo Paw & Banksia Posy",
     "SELECT unitprc FROM prod WHERE prodnm = 'Kangaroo Paw & Banksia Posy'", False),
    ("attribute", "What email address do we have for Sandstone Boutique Hotel?",
     "SELECT email FROM cust WHERE custnm = 'Sandstone Boutique Hotel'", False),
    # self-reference
    ("selfref", "Who does Anh Lê report to?",
     "SELECT m.firstnm, m.lastnm FROM staff e JOIN staff m ON m.staffno = e.mgrno WHERE e.firstnm = 'Anh' AND e.lastnm = 'Lê'", False),
    ("selfref", "Which state manager is the boss of the manager at our Racecourse Road shop?",
     "SELECT sm.firstnm, sm.lastnm FROM shop s JOIN staff m ON m.shopno = s.shopno AND m.role = 'Shop Manager' JOIN staff sm ON sm.staffno = m.mgrno WHERE s.shopnm = 'Racecourse Road'", False),
    ("selfref", "List the shop managers who report to Mia Esposito and still work for us.",
     "SELECT e.firstnm, e.lastnm FROM staff e JOIN staff m ON m.staffno = e.mgrno WHERE m.firstnm = 'Mia' AND m.lastnm = 'Esposito' AND e.role = 'Shop Manager' AND e.actvflg = 1", False),
    # lists with conditions / numeric comparisons
    ("list", "Which products in our natives range cost more than $80?",
     "SELECT prodnm, unitprc FROM prod WHERE cat = 'Natives' AND unitprc > 80", False),
    ("list", "Leaving out closed shops, which shops have a cool room and also run floristry workshops?",
     "SELECT shopnm FROM shop WHERE statcd <> 'CLS' AND coolrmflg = 1 AND wkshpflg = 1", False),
    ("list", "Which florists still on the books earn more than $30 an hour? Just the florists, not senior florists.",
     "SELECT firstnm, lastnm, hrlyrt FROM staff WHERE role = 'Florist' AND actvflg = 1 AND hrlyrt > 30", False),
    ("list", "Which customers placed a single completed order worth more than $1,000 in 2025?",
     f"SELECT DISTINCT c.custnm FROM ord o JOIN cust c ON c.custno = o.custno WHERE {DONE} AND o.ordtot > 1000 AND {WY('o.orddt', 2025)}", False),
    # group conditions (HAVING)
    ("having", "Which customers had 15 or more completed orders in 2025?",
     f"SELECT c.custnm, COUNT(*) FROM ord o JOIN cust c ON c.custno = o.custno WHERE {DONE} AND {WY('o.orddt', 2025)} GROUP BY c.custno HAVING COUNT(*) >= 15", False),
    ("having", "Which product categories brought in more than $60,000 on completed orders in 2024?",
     f"SELECT p.cat, ROUND(SUM(l.qtyord * l.unitprc), 2) FROM ord o {LN} WHERE {DONE} AND {WY('o.orddt', 2024)} GROUP BY p.cat HAVING SUM(l.qtyord * l.unitprc) > 60000", False),
    ("having", "Which shops had more than 5 failed deliveries in 2025?",
     f"SELECT s.shopnm, COUNT(*) FROM delv v JOIN ord o ON o.ordno = v.ordno JOIN shop s ON s.shopno = o.shopno WHERE v.statcd = 'FLD' AND {WY('v.delvdt', 2025)} GROUP BY s.shopno HAVING COUNT(*) > 5", False),
    # no related records / negation
    ("negation", "How many customers have never placed a single order with us? Subscriptions don't count as orders, and leave out records we've deleted.",
     "SELECT COUNT(*) FROM cust c WHERE c.delflg = 0 AND NOT EXISTS (SELECT 1 FROM ord o WHERE o.custno = c.custno)", False),
    ("negation", "Which of our shops that are open right now didn't sell a single NSW Christmas Bush Bunch in 2025? Only count completed orders.",
     f"SELECT s.shopnm FROM shop s WHERE s.statcd = 'OPN' AND NOT EXISTS (SELECT 1 FROM ord o {LN} WHERE o.shopno = s.shopno AND {DONE} AND p.prodnm = 'NSW Christmas Bush Bunch' AND {WY('o.orddt', 2025)})", False),
    # shares / percentages
    ("share", "What percentage of our deliveries in 2024 failed?",
     f"SELECT ROUND(100.0 * SUM(statcd = 'FLD') / COUNT(*), 2) FROM delv WHERE {WY('delvdt', 2024)}", False),
    ("share", "What percent of our customers are businesses? Leave out deleted customer records.",
     "SELECT ROUND(100.0 * SUM(bizflg = 1) / COUNT(*), 2) FROM cust WHERE delflg = 0", False),
    # date range / month
    ("daterange", "How many orders did we take from 7 to 14 February 2025, the Valentine's rush? Count every order whatever its status.",
     f"SELECT COUNT(*) FROM ord o WHERE {ISO('o.orddt')} BETWEEN '2025-02-07' AND '2025-02-14'", False),
    ("daterange", "What were our takings from completed orders in December 2025?",
     f"SELECT ROUND(SUM(o.ordtot), 2) FROM ord o WHERE {DONE} AND {WM('o.orddt', 2025, 12)}", False),
]


# ---- Solas Beauty: Hungarian-notation columns; money is INTEGER euro cents (questions ask in euro, the SQL returns
# ROUND(cents / 100.0, 2)); dates are ISO 'YYYY-MM-DD' and date-times 'YYYY-MM-DD HH:MM', so periods are half-open ranges.
def Y(col, y):
    return f"{col} >= '{y}-01-01' AND {col} < '{y + 1}-01-01'"


def M(col, y, m):
    nxt = f"{y + 1}-01-01" if m == 12 else f"{y}-{m + 1:02d}-01"
    return f"{col} >= '{y}-{m:02d}-01' AND {col} < '{nxt}'"


AOK = "a.strStatus = 'Completed'"
SOK = "s.strStatus = 'Completed'"
AI = "JOIN AppointmentItem i ON i.lngAppointmentID = a.lngAppointmentID JOIN Treatment t ON t.lngTreatmentID = i.lngTreatmentID"
SL = "JOIN SaleLine l ON l.lngSaleID = s.lngSaleID JOIN Product p ON p.lngProductID = l.lngProductID"

SB = [
    # counts with status / flag / date filters
    ("count", "How many of our salons are open for business at the moment? Leave out closed salons and the ones being refurbished.",
     "SELECT COUNT(*) FROM Salon WHERE strStatus = 'Open'", False),
    ("count", "How many clients live in Blackrock in County Cork? Not the Dublin Blackrock, and don't count deleted client records.",
     "SELECT COUNT(*) FROM Client c JOIN Town t ON t.lngTownID = c.lngTownID WHERE t.strTownName = 'Blackrock' AND t.strCounty = 'Cork' AND c.blnDeleted = 0", False),
    ("count", "how many appointments in 2025 were no-shows",
     f"SELECT COUNT(*) FROM Appointment a WHERE a.strStatus = 'No-Show' AND {Y('a.dtmStart', 2025)}", False),
    ("count", "How many clients joined in 2024 and agreed to get marketing from us? Count everyone who joined that year, even if their record was deleted later.",
     f"SELECT COUNT(*) FROM Client WHERE blnMarketingOptIn = 1 AND {Y('dtJoined', 2024)}", False),
    ("count", "How many of our clients first came to us through a recommendation from an existing client? Leave out deleted client records.",
     "SELECT COUNT(*) FROM Client WHERE lngReferredByID IS NOT NULL AND blnDeleted = 0", False),
    # totals and averages over a period
    ("total", "How much did we take in euro from completed treatment appointments in 2024? Leave tips out of it.",
     f"SELECT ROUND(SUM(a.intTotalCents) / 100.0, 2) FROM Appointment a WHERE {AOK} AND {Y('a.dtmStart', 2024)}", False),
    ("total", "What was the average tip on a completed appointment in 2025? Count appointments where nobody left a tip as zero.",
     f"SELECT ROUND(AVG(COALESCE(a.intTipCents, 0)) / 100.0, 2) FROM Appointment a WHERE {AOK} AND {Y('a.dtmStart', 2025)}", False),
    ("total", "How much money came in from selling products over the counter in 2025? Leave out refunded sales.",
     f"SELECT ROUND(SUM(s.intTotalCents) / 100.0, 2) FROM Sale s WHERE {SOK} AND {Y('s.dtmSold', 2025)}", False),
    ("total", "What's the average hourly pay, in euro, of the nail technicians who still work for us?",
     "SELECT ROUND(AVG(intHourlyRateCents) / 100.0, 2) FROM Employee WHERE strJobTitle = 'Nail Technician' AND blnActive = 1", False),
    ("total", "How many units of our own Solas brand did we sell in 2024? Completed sales only.",
     f"SELECT SUM(l.intQty) FROM Sale s {SL} WHERE {SOK} AND p.strBrand = 'Solas' AND {Y('s.dtmSold', 2024)}", False),
    # breakdowns by a dimension (one by month)
    ("breakdown", "How many salons do we have in each county? Count them all, closed ones too.",
     "SELECT t.strCounty, COUNT(*) FROM Salon s JOIN Town t ON t.lngTownID = s.lngTownID GROUP BY t.strCounty", False),
    ("breakdown", "Break down our 2025 treatment revenue by type of treatment (facials, nails, waxing and so on), in euro, from completed appointments.",
     f"SELECT t.strCategory, ROUND(SUM(i.intPriceCents) / 100.0, 2) FROM Appointment a {AI} WHERE {AOK} AND {Y('a.dtmStart', 2025)} GROUP BY t.strCategory", False),
    ("breakdown", "How many completed appointments did we have each month in 2025? Show them in month order.",
     f"SELECT strftime('%m', a.dtmStart) AS month, COUNT(*) FROM Appointment a WHERE {AOK} AND {Y('a.dtmStart', 2025)} GROUP BY month ORDER BY month", True),
    ("breakdown", "In 2024, how many appointments came in through each booking channel - online, phone, walk-in and Instagram? Count them whatever happened to the appointment.",
     f"SELECT a.strBookedVia, COUNT(*) FROM Appointment a WHERE {Y('a.dtmStart', 2024)} GROUP BY a.strBookedVia", False),
    ("breakdown", "How did customers pay for completed product sales in 2025? Give me the euro total for each way of paying.",
     f"SELECT s.strPaymentMethod, ROUND(SUM(s.intTotalCents) / 100.0, 2) FROM Sale s WHERE {SOK} AND {Y('s.dtmSold', 2025)} GROUP BY s.strPaymentMethod", False),
    # top / bottom N and single best / worst
    ("topn", "What were our top 5 treatments by revenue in 2025, counting completed appointments only? Highest first.",
     f"SELECT t.strTreatmentName, ROUND(SUM(i.intPriceCents) / 100.0, 2) AS revenue FROM Appointment a {AI} WHERE {AOK} AND {Y('a.dtmStart', 2025)} GROUP BY t.lngTreatmentID ORDER BY revenue DESC LIMIT 5", True),
    ("topn", "Which member of staff carried out the most completed appointments in 2024?",
     f"SELECT e.strFirstName, e.strLastName, COUNT(*) AS n FROM Appointment a JOIN Employee e ON e.lngEmployeeID = a.lngEmployeeID WHERE {AOK} AND {Y('a.dtmStart', 2024)} GROUP BY e.lngEmployeeID ORDER BY n DESC LIMIT 1", False),
    ("topn", "Of the salons that are open right now, which one had the weakest product sales in 2025? Completed sales only.",
     f"SELECT n.strSalonName, ROUND(SUM(s.intTotalCents) / 100.0, 2) AS sold FROM Salon n JOIN Sale s ON s.lngSalonID = n.lngSalonID WHERE n.strStatus = 'Open' AND {SOK} AND {Y('s.dtmSold', 2025)} GROUP BY n.lngSalonID ORDER BY sold ASC LIMIT 1", False),
    ("topn", "what are the three priciest products we still sell",
     "SELECT strProductName, ROUND(intPriceCents / 100.0, 2) FROM Product WHERE blnActive = 1 ORDER BY intPriceCents DESC LIMIT 3", False),
    ("topn", "Who is our best client ever by money spent on completed appointments, not counting tips?",
     f"SELECT c.strFirstName, c.strLastName, ROUND(SUM(a.intTotalCents) / 100.0, 2) AS spent FROM Appointment a JOIN Client c ON c.lngClientID = a.lngClientID WHERE {AOK} GROUP BY c.lngClientID ORDER BY spent DESC LIMIT 1", False),
    ("topn", "Which brand sold the most units in 2025 on completed sales?",
     f"SELECT p.strBrand, SUM(l.intQty) AS units FROM Sale s {SL} WHERE {SOK} AND {Y('s.dtmSold', 2025)} GROUP BY p.strBrand ORDER BY units DESC LIMIT 1", False),
    # attribute of a named record
    ("attribute", "What's the street address of our salon in Blackrock down in Cork?",
     "SELECT s.strAddress FROM Salon s JOIN Town t ON t.lngTownID = s.lngTownID WHERE t.strTownName = 'Blackrock' AND t.strCounty = 'Cork'", False),
    ("attribute", "How long does a Hot Stone Massage take?",
     "SELECT intDurationMins FROM Treatment WHERE strTreatmentName = 'Hot Stone Massage'", False),
    ("attribute", "When did Tadhg Mac Giolla Phádraig become a client?",
     "SELECT dtJoined FROM Client WHERE strFirstName = 'Tadhg' AND strLastName = 'Mac Giolla Phádraig'", False),
    # self-reference
    ("selfref", "Who is Priya Byrne's manager?",
     "SELECT m.strFirstName, m.strLastName FROM Employee e JOIN Employee m ON m.lngEmployeeID = e.lngManagerID WHERE e.strFirstName = 'Priya' AND e.strLastName = 'Byrne'", False),
    ("selfref", "Which regional manager does the salon manager at Dún Laoghaire answer to?",
     "SELECT r.strFirstName, r.strLastName FROM Salon s JOIN Employee m ON m.lngSalonID = s.lngSalonID AND m.strJobTitle = 'Salon Manager' JOIN Employee r ON r.lngEmployeeID = m.lngManagerID WHERE s.strSalonName = 'Dún Laoghaire'", False),
    ("selfref", "Which client recommended Siobhán Nic Aodha to us?",
     "SELECT r.strFirstName, r.strLastName FROM Client c JOIN Client r ON r.lngClientID = c.lngReferredByID WHERE c.strFirstName = 'Siobhán' AND c.strLastName = 'Nic Aodha'", False),
    # lists with conditions / numeric comparisons
    ("list", "Which vegan skincare products that we still sell cost more than €40?",
     "SELECT strProductName, ROUND(intPriceCents / 100.0, 2) FROM Product WHERE strCategory = 'Skincare' AND blnVegan = 1 AND blnActive = 1 AND intPriceCents > 4000", False),
    ("list", "Which of our open salons have a spa and at least 5 rooms for treatments?",
     "SELECT strSalonName FROM Salon WHERE strStatus = 'Open' AND blnHasSpa = 1 AND intTreatmentRooms >= 5", False),
    ("list", "Which receptionists still working for us are paid more than €13.80 an hour?",
     "SELECT strFirstName, strLastName, ROUND(intHourlyRateCents / 100.0, 2) FROM Employee WHERE strJobTitle = 'Receptionist' AND blnActive = 1 AND intHourlyRateCents > 1380", False),
    ("list", "Which treatments on the current menu take an hour or more?",
     "SELECT strTreatmentName, intDurationMins FROM Treatment WHERE blnActive = 1 AND intDurationMins >= 60", False),
    # group conditions (HAVING)
    ("having", "Which clients had 10 or more completed appointments in 2025?",
     f"SELECT c.strFirstName, c.strLastName, COUNT(*) FROM Appointment a JOIN Client c ON c.lngClientID = a.lngClientID WHERE {AOK} AND {Y('a.dtmStart', 2025)} GROUP BY c.lngClientID HAVING COUNT(*) >= 10", False),
    ("having", "Which salons had more than 10 no-shows in 2024?",
     f"SELECT n.strSalonName, COUNT(*) FROM Appointment a JOIN Salon n ON n.lngSalonID = a.lngSalonID WHERE a.strStatus = 'No-Show' AND {Y('a.dtmStart', 2024)} GROUP BY n.lngSalonID HAVING COUNT(*) > 10", False),
    ("having", "Which clients have recommended 3 or more other clients to us?",
     "SELECT r.strFirstName, r.strLastName, COUNT(*) FROM Client c JOIN Client r ON r.lngClientID = c.lngReferredByID GROUP BY r.lngClientID HAVING COUNT(*) >= 3", False),
    # no related records / negation
    ("negation", "How many clients have never booked a single appointment with us? Leave out deleted client records.",
     "SELECT COUNT(*) FROM Client c WHERE c.blnDeleted = 0 AND NOT EXISTS (SELECT 1 FROM Appointment a WHERE a.lngClientID = c.lngClientID)", False),
    ("negation", "Which treatments on the current menu did the Athlone salon not do even once in 2025? Only count completed appointments.",
     f"SELECT t.strTreatmentName FROM Treatment t WHERE t.blnActive = 1 AND NOT EXISTS (SELECT 1 FROM Appointment a JOIN AppointmentItem i ON i.lngAppointmentID = a.lngAppointmentID JOIN Salon n ON n.lngSalonID = a.lngSalonID WHERE i.lngTreatmentID = t.lngTreatmentID AND n.strSalonName = 'Athlone' AND {AOK} AND {Y('a.dtmStart', 2025)})", False),
    # shares / percentages
    ("share", "What percentage of our 2025 appointments were booked online? Count every appointment whatever its status.",
     f"SELECT ROUND(100.0 * SUM(a.strBookedVia = 'Online') / COUNT(*), 2) FROM Appointment a WHERE {Y('a.dtmStart', 2025)}", False),
    ("share", "In 2024, what percent of completed appointments ended with the client leaving a tip?",
     f"SELECT ROUND(100.0 * SUM(a.intTipCents IS NOT NULL) / COUNT(*), 2) FROM Appointment a WHERE {AOK} AND {Y('a.dtmStart', 2024)}", False),
    # date range / month
    ("daterange", "How many appointments are in the diary for January 2026?",
     f"SELECT COUNT(*) FROM Appointment a WHERE {M('a.dtmStart', 2026, 1)}", False),
    ("daterange", "What did we take from product sales in the run-up to Christmas 2024, from 1 to 24 December? Completed sales only, in euro.",
     f"SELECT ROUND(SUM(s.intTotalCents) / 100.0, 2) FROM Sale s WHERE {SOK} AND s.dtmSold >= '2024-12-01' AND s.dtmSold < '2024-12-25'", False),
]


def main():
    rows, kinds = [], []
    for prefix, items in (("wattle_bloom", WB), ("solas_beauty", SB)):
        for i, (kind, q, sql, om) in enumerate(items, 1):
            qid = f"{prefix}-{i:03d}"
            rows.append({"id": qid, "db": f"databases/{prefix}.sqlite", "question": q, "sql": sql, "order_matters": om})
            kinds.append((qid, kind))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(KINDS, "w", encoding="utf-8") as f:
        f.writelines(f"{q}\t{k}\n" for q, k in kinds)


if __name__ == "__main__":
    main()
