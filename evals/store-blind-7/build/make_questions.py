"""Writes ../questions.jsonl: 40 questions per database (deterministic, no randomness).
KM = Kite & Marble Toys (kite_marble_toys), KO = Kowhai Optical (kowhai_optical).
Each entry is (question, reference SQL, order_matters)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "questions.jsonl")


def Y(y, a=""):
    return f"{a}sale_dt >= '{y}-01-01' AND {a}sale_dt < '{y+1}-01-01'"


KM = [
    # counts with status / flag / date filters
    ("How many of our stores are open for business right now? Don't count closed stores or ones shut for remodeling.",
     "SELECT COUNT(*) FROM store WHERE status_cd = 'OPEN'", False),
    ("how many open stores have a room for birthday parties?",
     "SELECT COUNT(*) FROM store WHERE status_cd = 'OPEN' AND party_rm_flg = 1", False),
    ("How many products in the catalog need batteries and haven't been discontinued?",
     "SELECT COUNT(*) FROM product WHERE batt_flg = 1 AND disc_flg = 0", False),
    ("How many loyalty club members signed up in 2024?",
     "SELECT COUNT(*) FROM customer WHERE club_flg = 1 AND join_dt >= '2024-01-01' AND join_dt < '2025-01-01'", False),
    ("How many birthday parties did we actually hold in 2025? Leave out cancelled ones.",
     "SELECT COUNT(*) FROM party WHERE status_cd = 'HELD' AND party_dt >= '2025-01-01' AND party_dt < '2026-01-01'", False),
    # totals and averages over a period
    ("What was our total revenue from completed sales in 2025?",
     f"SELECT ROUND(SUM(tot_usd), 2) FROM sale WHERE status_cd = 'COMPLETE' AND {Y(2025)}", False),
    ("whats the avg order value for orders that came in through the online channel in 2024? completed ones only",
     f"SELECT ROUND(AVG(tot_usd), 2) FROM sale WHERE status_cd = 'COMPLETE' AND chan_cd = 'ONLINE' AND {Y(2024)}", False),
    ("How much did we take in from birthday party fees in 2024, counting only the parties that went ahead?",
     "SELECT ROUND(SUM(fee_usd), 2) FROM party WHERE status_cd = 'HELD' AND party_dt >= '2024-01-01' AND party_dt < '2025-01-01'", False),
    ("What's the average hourly pay of the cashiers who still work for us?",
     "SELECT ROUND(AVG(pay_rt_usd), 2) FROM employee WHERE role_nm = 'Cashier' AND active_flg = 1", False),
    ("How many toys did we sell in December 2024? I mean units, on completed sales.",
     "SELECT SUM(l.qty_n) FROM sale s JOIN sale_ln l ON l.sale_id = s.sale_id WHERE s.status_cd = 'COMPLETE' AND s.sale_dt >= '2024-12-01' AND s.sale_dt < '2025-01-01'", False),
    # breakdowns by a dimension
    ("How many stores do we have in each state? Count every store, including closed ones.",
     "SELECT state_cd, COUNT(*) FROM store GROUP BY state_cd", False),
    ("Can you break down 2025 revenue from completed sales by department (the top-level categories)?",
     f"SELECT d.cat_nm, ROUND(SUM(l.qty_n * l.unit_prc_usd), 2) FROM sale s JOIN sale_ln l ON l.sale_id = s.sale_id JOIN product p ON p.prod_id = l.prod_id JOIN category c ON c.cat_id = p.cat_id JOIN category d ON d.cat_id = c.parent_cat_id WHERE s.status_cd = 'COMPLETE' AND {Y(2025, 's.')} GROUP BY d.cat_id", False),
    ("Number of completed sales per month in 2024, in month order please.",
     f"SELECT strftime('%m', sale_dt) AS month, COUNT(*) FROM sale WHERE status_cd = 'COMPLETE' AND {Y(2024)} GROUP BY month ORDER BY month", True),
    ("How did people pay in 2025? Give me the number of completed sales for each payment method.",
     f"SELECT pay_cd, COUNT(*) FROM sale WHERE status_cd = 'COMPLETE' AND {Y(2025)} GROUP BY pay_cd", False),
    ("For the birthday parties that actually happened, what's the average number of guests for each party theme?",
     "SELECT theme_nm, ROUND(AVG(guest_n), 2) FROM party WHERE status_cd = 'HELD' GROUP BY theme_nm", False),
    # top / bottom N and single best / worst
    ("What were our top 5 products by revenue in 2025? Completed sales only, highest first.",
     f"SELECT p.prod_nm, ROUND(SUM(l.qty_n * l.unit_prc_usd), 2) AS rev FROM sale s JOIN sale_ln l ON l.sale_id = s.sale_id JOIN product p ON p.prod_id = l.prod_id WHERE s.status_cd = 'COMPLETE' AND {Y(2025, 's.')} GROUP BY p.prod_id ORDER BY rev DESC LIMIT 5", True),
    ("Which open store had the weakest completed-sales revenue in 2025?",
     f"SELECT st.store_nm, ROUND(SUM(s.tot_usd), 2) AS rev FROM store st JOIN sale s ON s.store_id = st.store_id WHERE st.status_cd = 'OPEN' AND s.status_cd = 'COMPLETE' AND {Y(2025, 's.')} GROUP BY st.store_id ORDER BY rev ASC LIMIT 1", False),
    ("Which brand sold the most units in 2024 on completed sales?",
     f"SELECT b.brand_nm, SUM(l.qty_n) AS units FROM sale s JOIN sale_ln l ON l.sale_id = s.sale_id JOIN product p ON p.prod_id = l.prod_id JOIN brand b ON b.brand_id = p.brand_id WHERE s.status_cd = 'COMPLETE' AND {Y(2024, 's.')} GROUP BY b.brand_id ORDER BY units DESC LIMIT 1", False),
    ("what are the 3 priciest toys we carry, going by list price?",
     "SELECT prod_nm, list_prc_usd FROM product ORDER BY list_prc_usd DESC LIMIT 3", False),
    ("Which employee rang up the biggest completed-sales total in 2025?",
     f"SELECT e.emp_nm, ROUND(SUM(s.tot_usd), 2) AS rev FROM sale s JOIN employee e ON e.emp_id = s.emp_id WHERE s.status_cd = 'COMPLETE' AND {Y(2025, 's.')} GROUP BY e.emp_id ORDER BY rev DESC LIMIT 1", False),
    ("Who is our biggest customer of all time, by money spent on completed sales?",
     "SELECT c.cust_nm, ROUND(SUM(s.tot_usd), 2) AS spent FROM sale s JOIN customer c ON c.cust_id = s.cust_id WHERE s.status_cd = 'COMPLETE' GROUP BY c.cust_id ORDER BY spent DESC LIMIT 1", False),
    # attribute of a named record
    ("When did the Mall of America store open?",
     "SELECT open_dt FROM store WHERE store_nm = 'Mall of America'", False),
    ("who's the store manager at Lincoln Park?",
     "SELECT e.emp_nm FROM employee e JOIN store s ON s.store_id = e.store_id WHERE s.store_nm = 'Lincoln Park' AND e.role_nm = 'Store Manager'", False),
    ("How much is the Castle Marble Run?",
     "SELECT list_prc_usd FROM product WHERE prod_nm = 'Castle Marble Run'", False),
    # self-reference
    ("Who is Emma Dvořák's manager?",
     "SELECT m.emp_nm FROM employee e JOIN employee m ON m.emp_id = e.mgr_emp_id WHERE e.emp_nm = 'Emma Dvořák'", False),
    ("Which district manager does the Ann Arbor store manager report to?",
     "SELECT dm.emp_nm FROM store s JOIN employee sm ON sm.store_id = s.store_id AND sm.role_nm = 'Store Manager' JOIN employee dm ON dm.emp_id = sm.mgr_emp_id WHERE s.store_nm = 'Ann Arbor'", False),
    ("What subcategories sit under Games & Puzzles?",
     "SELECT c.cat_nm FROM category c JOIN category p ON p.cat_id = c.parent_cat_id WHERE p.cat_nm = 'Games & Puzzles'", False),
    # lists with conditions / numeric comparisons
    ("Which products have a list price over $250?",
     "SELECT prod_nm, list_prc_usd FROM product WHERE list_prc_usd > 250", False),
    ("List the stores that are bigger than 11,800 square feet.",
     "SELECT store_nm, sqft_n FROM store WHERE sqft_n > 11800", False),
    ("Which STEM & Science toys sell for under $50?",
     "SELECT p.prod_nm, p.list_prc_usd FROM product p JOIN category c ON c.cat_id = p.cat_id JOIN category d ON d.cat_id = c.parent_cat_id WHERE d.cat_nm = 'STEM & Science' AND p.list_prc_usd < 50", False),
    ("Show me the birthday parties held in 2025 that had 20 or more guests - date, store and how many guests.",
     "SELECT p.party_dt, s.store_nm, p.guest_n FROM party p JOIN store s ON s.store_id = p.store_id WHERE p.status_cd = 'HELD' AND p.guest_n >= 20 AND p.party_dt >= '2025-01-01' AND p.party_dt < '2026-01-01'", False),
    # no related records / negation
    ("How many customers on file have never bought anything from us?",
     "SELECT COUNT(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM sale s WHERE s.cust_id = c.cust_id)", False),
    ("How many products have never appeared on a single sale?",
     "SELECT COUNT(*) FROM product p WHERE NOT EXISTS (SELECT 1 FROM sale_ln l WHERE l.prod_id = p.prod_id)", False),
    ("Which open stores that have a party room didn't hold a single birthday party in 2025?",
     "SELECT s.store_nm FROM store s WHERE s.status_cd = 'OPEN' AND s.party_rm_flg = 1 AND NOT EXISTS (SELECT 1 FROM party p WHERE p.store_id = s.store_id AND p.status_cd = 'HELD' AND p.party_dt >= '2025-01-01' AND p.party_dt < '2026-01-01')", False),
    # group conditions (HAVING)
    ("Which customers have made more than 4 completed purchases with us?",
     "SELECT c.cust_nm, COUNT(*) FROM sale s JOIN customer c ON c.cust_id = s.cust_id WHERE s.status_cd = 'COMPLETE' GROUP BY c.cust_id HAVING COUNT(*) > 4", False),
    ("Which states brought in more than $9,000 of completed sales in 2025?",
     f"SELECT st.state_cd, ROUND(SUM(s.tot_usd), 2) FROM sale s JOIN store st ON st.store_id = s.store_id WHERE s.status_cd = 'COMPLETE' AND {Y(2025, 's.')} GROUP BY st.state_cd HAVING SUM(s.tot_usd) > 9000", False),
    # shares / percentages
    ("What percent of our completed sales in 2025 came through the online channel?",
     f"SELECT ROUND(100.0 * SUM(CASE WHEN chan_cd = 'ONLINE' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM sale WHERE status_cd = 'COMPLETE' AND {Y(2025)}", False),
    ("What % of 2024 completed-sales revenue came from loyalty club members?",
     f"SELECT ROUND(100.0 * SUM(CASE WHEN c.club_flg = 1 THEN s.tot_usd ELSE 0 END) / SUM(s.tot_usd), 2) FROM sale s LEFT JOIN customer c ON c.cust_id = s.cust_id WHERE s.status_cd = 'COMPLETE' AND {Y(2024, 's.')}", False),
    # earliest / latest date
    ("When was the most recent voided sale?",
     "SELECT MAX(sale_dt) FROM sale WHERE status_cd = 'VOIDED'", False),
    ("Of the stores that haven't closed, which one opened first, and when?",
     "SELECT store_nm, open_dt FROM store WHERE status_cd <> 'CLOSED' ORDER BY open_dt ASC LIMIT 1", False),
]


def YK(y, col="orderDate", a=""):
    return f"{a}{col} >= '{y}-01-01' AND {a}{col} < '{y+1}-01-01'"


KO = [
    # counts with status / flag / date filters
    ("How many of our open branches have their own in-house lens lab?",
     "SELECT COUNT(*) FROM t_branches WHERE status = 'Open' AND hasLab = 1", False),
    ("How many adult eye exams did we complete in 2024? Don't include the children's exams.",
     f"SELECT COUNT(*) FROM t_appointments WHERE appointmentType = 'Eye Exam' AND status = 'Completed' AND {YK(2024, 'appointmentDate')}", False),
    ("How many patients are signed up to our eyecare plan?",
     "SELECT COUNT(*) FROM t_patients WHERE isPlanMember = 1", False),
    ("how many no-shows did we have in 2025?",
     f"SELECT COUNT(*) FROM t_appointments WHERE status = 'No Show' AND {YK(2025, 'appointmentDate')}", False),
    ("How many orders are ready and still waiting to be picked up?",
     "SELECT COUNT(*) FROM t_orders WHERE status = 'Ready'", False),
    # totals and averages over a period
    ("What was our total order revenue for 2024, not counting cancelled orders?",
     f"SELECT ROUND(SUM(totalAmount), 2) FROM t_orders WHERE status <> 'Cancelled' AND {YK(2024)}", False),
    ("avg order value in 2025 for orders the customer has actually collected?",
     f"SELECT ROUND(AVG(totalAmount), 2) FROM t_orders WHERE status = 'Collected' AND {YK(2025)}", False),
    ("How much did we bring in from appointment fees on completed appointments in 2023?",
     f"SELECT ROUND(SUM(fee), 2) FROM t_appointments WHERE status = 'Completed' AND {YK(2023, 'appointmentDate')}", False),
    ("What's the average annual salary of the optometrists currently working for us?",
     "SELECT ROUND(AVG(annualSalary), 2) FROM t_staff WHERE role = 'Optometrist' AND isActive = 1", False),
    ("For prescription glasses ordered in 2025 and already picked up, how many days on average did people wait between placing the order and collecting it?",
     f"SELECT ROUND(AVG(julianday(collectedDate) - julianday(orderDate)), 2) FROM t_orders WHERE status = 'Collected' AND prescriptionId IS NOT NULL AND {YK(2025)}", False),
    # breakdowns by a dimension
    ("How many branches do we have in each region? Count closed ones too.",
     "SELECT region, COUNT(*) FROM t_branches GROUP BY region", False),
    ("Break down 2025 sales by product type (frames, lenses, sunglasses and so on), leaving out cancelled orders.",
     f"SELECT p.productType, ROUND(SUM(l.quantity * l.unitPrice), 2) FROM t_orders o JOIN t_order_lines l ON l.orderId = o.orderId JOIN t_products p ON p.productId = l.productId WHERE o.status <> 'Cancelled' AND {YK(2025, 'orderDate', 'o.')} GROUP BY p.productType", False),
    ("How many completed appointments did we have of each type in 2024?",
     f"SELECT appointmentType, COUNT(*) FROM t_appointments WHERE status = 'Completed' AND {YK(2024, 'appointmentDate')} GROUP BY appointmentType", False),
    ("How many prescriptions did we write each month in 2025? Show them in month order.",
     f"SELECT strftime('%m', issuedDate) AS month, COUNT(*) FROM t_prescriptions WHERE {YK(2025, 'issuedDate')} GROUP BY month ORDER BY month", True),
    ("In 2024, how many orders were paid with each payment method? Ignore cancelled orders.",
     f"SELECT paymentMethod, COUNT(*) FROM t_orders WHERE status <> 'Cancelled' AND {YK(2024)} GROUP BY paymentMethod", False),
    # top / bottom N and single best / worst
    ("What were the top 5 frames by revenue in 2025, biggest first? Leave out cancelled orders.",
     f"SELECT p.productName, ROUND(SUM(l.quantity * l.unitPrice), 2) AS rev FROM t_orders o JOIN t_order_lines l ON l.orderId = o.orderId JOIN t_products p ON p.productId = l.productId WHERE p.productType = 'Frame' AND o.status <> 'Cancelled' AND {YK(2025, 'orderDate', 'o.')} GROUP BY p.productId ORDER BY rev DESC LIMIT 5", True),
    ("Which optometrist completed the most appointments in 2024?",
     f"SELECT s.firstName, s.lastName, COUNT(*) AS n FROM t_appointments a JOIN t_staff s ON s.staffId = a.optometristId WHERE a.status = 'Completed' AND {YK(2024, 'appointmentDate', 'a.')} GROUP BY s.staffId ORDER BY n DESC LIMIT 1", False),
    ("Which frame supplier made us the most money in 2024? Cancelled orders don't count.",
     f"SELECT su.supplierName, ROUND(SUM(l.quantity * l.unitPrice), 2) AS rev FROM t_orders o JOIN t_order_lines l ON l.orderId = o.orderId JOIN t_products p ON p.productId = l.productId JOIN t_suppliers su ON su.supplierId = p.supplierId WHERE p.productType = 'Frame' AND o.status <> 'Cancelled' AND {YK(2024, 'orderDate', 'o.')} GROUP BY su.supplierId ORDER BY rev DESC LIMIT 1", False),
    ("Which open branch had the lowest order revenue in 2025, excluding cancelled orders?",
     f"SELECT b.branchName, ROUND(SUM(o.totalAmount), 2) AS rev FROM t_branches b JOIN t_orders o ON o.branchId = b.branchId WHERE b.status = 'Open' AND o.status <> 'Cancelled' AND {YK(2025, 'orderDate', 'o.')} GROUP BY b.branchId ORDER BY rev ASC LIMIT 1", False),
    ("Which 3 frames have the biggest dollar markup between what they cost us and what we sell them for?",
     "SELECT productName, ROUND(retailPrice - unitCost, 2) AS markup FROM t_products WHERE productType = 'Frame' ORDER BY markup DESC LIMIT 3", False),
    ("Which patient has spent the most with us overall? Don't count cancelled orders.",
     "SELECT p.firstName, p.lastName, ROUND(SUM(o.totalAmount), 2) AS spent FROM t_orders o JOIN t_patients p ON p.patientId = o.patientId WHERE o.status <> 'Cancelled' GROUP BY p.patientId ORDER BY spent DESC LIMIT 1", False),
    # attribute of a named record
    ("What's the phone number for the Taupō branch?",
     "SELECT phone FROM t_branches WHERE branchName = 'Taupō'", False),
    ("who is the practice manager at Lambton Quay?",
     "SELECT s.firstName, s.lastName FROM t_staff s JOIN t_branches b ON b.branchId = s.branchId WHERE b.branchName = 'Lambton Quay' AND s.role = 'Practice Manager'", False),
    ("How much do we charge for Varifocal Premium lenses?",
     "SELECT retailPrice FROM t_products WHERE productName = 'Varifocal Premium'", False),
    # self-reference
    ("Who does Sophie Aumua report to?",
     "SELECT m.firstName, m.lastName FROM t_staff s JOIN t_staff m ON m.staffId = s.supervisorId WHERE s.firstName = 'Sophie' AND s.lastName = 'Aumua'", False),
    ("Which area manager does the Queenstown practice manager report to?",
     "SELECT am.firstName, am.lastName FROM t_branches b JOIN t_staff pm ON pm.branchId = b.branchId AND pm.role = 'Practice Manager' JOIN t_staff am ON am.staffId = pm.supervisorId WHERE b.branchName = 'Queenstown'", False),
    ("Which practice managers have 8 or more staff reporting directly to them?",
     "SELECT m.firstName, m.lastName, COUNT(*) FROM t_staff s JOIN t_staff m ON m.staffId = s.supervisorId WHERE m.role = 'Practice Manager' GROUP BY m.staffId HAVING COUNT(*) >= 8", False),
    # lists with conditions / numeric comparisons
    ("Which frames are priced over $500?",
     "SELECT productName, retailPrice FROM t_products WHERE productType = 'Frame' AND retailPrice > 500", False),
    ("Which branches opened after 2020?",
     "SELECT branchName, openedDate FROM t_branches WHERE openedDate >= '2021-01-01'", False),
    ("what contact lenses do we sell for less than $50?",
     "SELECT productName, retailPrice FROM t_products WHERE productType = 'Contact Lenses' AND retailPrice < 50", False),
    ("List the patients who got a prescription in 2025 with a reading addition of +2.50 or stronger.",
     f"SELECT p.firstName, p.lastName FROM t_patients p WHERE EXISTS (SELECT 1 FROM t_prescriptions r WHERE r.patientId = p.patientId AND r.readingAdd >= 2.5 AND {YK(2025, 'issuedDate', 'r.')})", False),
    # no related records / negation
    ("How many registered patients have never had an appointment with us?",
     "SELECT COUNT(*) FROM t_patients p WHERE NOT EXISTS (SELECT 1 FROM t_appointments a WHERE a.patientId = p.patientId)", False),
    ("Which suppliers have never had a single one of their products ordered?",
     "SELECT s.supplierName FROM t_suppliers s WHERE NOT EXISTS (SELECT 1 FROM t_products p JOIN t_order_lines l ON l.productId = p.productId WHERE p.supplierId = s.supplierId)", False),
    ("How many of the prescriptions we wrote in 2024 were never used for an order?",
     f"SELECT COUNT(*) FROM t_prescriptions r WHERE {YK(2024, 'issuedDate', 'r.')} AND NOT EXISTS (SELECT 1 FROM t_orders o WHERE o.prescriptionId = r.prescriptionId)", False),
    # group conditions (HAVING)
    ("Which branches took more than $7,000 in orders in 2025, not counting cancelled ones?",
     f"SELECT b.branchName, ROUND(SUM(o.totalAmount), 2) FROM t_orders o JOIN t_branches b ON b.branchId = o.branchId WHERE o.status <> 'Cancelled' AND {YK(2025, 'orderDate', 'o.')} GROUP BY b.branchId HAVING SUM(o.totalAmount) > 7000", False),
    ("Which patients came in for 3 or more completed appointments during 2025?",
     f"SELECT p.firstName, p.lastName, COUNT(*) FROM t_appointments a JOIN t_patients p ON p.patientId = a.patientId WHERE a.status = 'Completed' AND {YK(2025, 'appointmentDate', 'a.')} GROUP BY p.patientId HAVING COUNT(*) >= 3", False),
    # shares / percentages
    ("What percentage of the appointments scheduled for 2025 ended up as no-shows?",
     f"SELECT ROUND(100.0 * SUM(CASE WHEN status = 'No Show' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM t_appointments WHERE {YK(2025, 'appointmentDate')}", False),
    ("What percent of our 2024 sales revenue came from sunglasses? Leave cancelled orders out.",
     f"SELECT ROUND(100.0 * SUM(CASE WHEN p.productType = 'Sunglasses' THEN l.quantity * l.unitPrice ELSE 0 END) / SUM(l.quantity * l.unitPrice), 2) FROM t_orders o JOIN t_order_lines l ON l.orderId = o.orderId JOIN t_products p ON p.productId = l.productId WHERE o.status <> 'Cancelled' AND {YK(2024, 'orderDate', 'o.')}", False),
    # earliest / latest date
    ("When did our newest branch open?",
     "SELECT MAX(openedDate) FROM t_branches", False),
    ("What's the furthest-out date we've currently got an appointment booked for?",
     "SELECT MAX(appointmentDate) FROM t_appointments WHERE status = 'Booked'", False),
]

def main():
    rows = []
    for key, lst in (("kite_marble_toys", KM), ("kowhai_optical", KO)):
        for i, (q, sql, om) in enumerate(lst, 1):
            rows.append({"id": f"{key}-{i:03d}", "db": f"databases/{key}.sqlite", "question": q, "sql": sql,
                         "order_matters": om})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(rows))


if __name__ == "__main__":
    main()
