"""Writes ../questions.jsonl (40 questions per database).
Each entry: (kind, question, sql, order_matters). The kind is a label for the README tally only; it is not written out.
Run with --preview to print every question with its result."""
import json, os, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
O = "oakhaven_home"
W = "wattle_fern_garden"

OQ = [
 ("count", "How many Oakhaven shops are open for business at the moment?",
  "SELECT COUNT(*) FROM stores WHERE status = 'open'", False),
 ("flag", "Which of our open stores in Scotland have a café?",
  "SELECT store_name FROM stores WHERE region = 'Scotland' AND status = 'open' AND has_cafe = 1", False),
 ("total", "What were our total takings from completed orders in 2024?",
  "SELECT ROUND(SUM(total_amt), 2) FROM orders WHERE status = 'completed' AND order_dt BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("total", "how many sofas did we sell between March and May 2024? units please, completed orders only",
  "SELECT SUM(ol.qty) FROM order_lines ol JOIN orders o ON o.order_id = ol.order_id JOIN products p ON p.product_id = ol.product_id JOIN categories c ON c.category_id = p.category_id WHERE c.category_name = 'Sofas' AND o.status = 'completed' AND o.order_dt BETWEEN '2024-03-01' AND '2024-05-31'", False),
 ("average", "What was the average value of an online order in 2023? Leave out cancelled orders.",
  "SELECT ROUND(AVG(total_amt), 2) FROM orders WHERE channel = 'online' AND status <> 'cancelled' AND order_dt BETWEEN '2023-01-01' AND '2023-12-31'", False),
 ("breakdown", "Can you break down 2024 sales revenue by region? Completed orders only.",
  "SELECT s.region, ROUND(SUM(o.total_amt), 2) FROM orders o JOIN stores s ON s.store_id = o.store_id WHERE o.status = 'completed' AND o.order_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY s.region", False),
 ("breakdown", "How many orders came in through each channel (in store, online, phone) in 2025? Count every order whatever its status.",
  "SELECT channel, COUNT(*) FROM orders WHERE order_dt BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY channel", False),
 ("top-n", "What are our 4 best-selling products by number of units on completed orders? Best seller first.",
  "SELECT p.product_name, SUM(ol.qty) AS units FROM order_lines ol JOIN orders o ON o.order_id = ol.order_id JOIN products p ON p.product_id = ol.product_id WHERE o.status = 'completed' GROUP BY p.product_id ORDER BY units DESC LIMIT 4", True),
 ("bottom", "Which of our currently open stores took the fewest orders in 2024? Count every order, whatever happened to it.",
  "SELECT s.store_name FROM stores s LEFT JOIN orders o ON o.store_id = s.store_id AND o.order_dt BETWEEN '2024-01-01' AND '2024-12-31' WHERE s.status = 'open' GROUP BY s.store_id ORDER BY COUNT(o.order_id) ASC LIMIT 1", False),
 ("attribute", "When did the Cribbs Causeway store first open its doors?",
  "SELECT opened_dt FROM stores WHERE store_name = 'Oakhaven Cribbs Causeway'", False),
 ("attribute", "Who supplies the Kelso recliner, and what country are they in?",
  "SELECT s.supplier_name, s.country FROM products p JOIN suppliers s ON s.supplier_id = p.supplier_id WHERE p.product_name = 'Kelso Recliner'", False),
 ("list", "List the living room pieces priced over £1,500 that we haven't discontinued.",
  "SELECT p.product_name, p.list_price FROM products p JOIN categories c ON c.category_id = p.category_id JOIN categories d ON d.category_id = c.parent_id WHERE d.category_name = 'Living Room' AND p.list_price > 1500 AND p.is_discontinued = 0", False),
 ("most", "Which sales consultant handled the most completed orders in 2024?",
  "SELECT e.first_name, e.last_name FROM orders o JOIN employees e ON e.emp_id = o.emp_id WHERE e.job_title = 'Sales Consultant' AND o.status = 'completed' AND o.order_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY e.emp_id ORDER BY COUNT(*) DESC LIMIT 1", False),
 ("per-entity", "How many active staff does each of our Welsh stores have?",
  "SELECT s.store_name, COUNT(e.emp_id) FROM stores s LEFT JOIN employees e ON e.store_id = s.store_id AND e.is_active = 1 WHERE s.region = 'Wales' GROUP BY s.store_id", False),
 ("no-related", "Is there a product that nobody has ever ordered? Which one?",
  "SELECT p.product_name FROM products p WHERE NOT EXISTS (SELECT 1 FROM order_lines ol WHERE ol.product_id = p.product_id)", False),
 ("no-related", "How many of our trade account customers have never placed a single order?",
  "SELECT COUNT(*) FROM customers c WHERE c.is_trade = 1 AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.cust_id = c.cust_id)", False),
 ("having", "Which customers have placed more than 6 orders with us? Cancelled ones count too.",
  "SELECT c.first_name, c.last_name, COUNT(*) FROM orders o JOIN customers c ON c.cust_id = o.cust_id GROUP BY c.cust_id HAVING COUNT(*) > 6", False),
 ("having", "Which cities have more than one Oakhaven store, including stores that have since closed?",
  "SELECT city, COUNT(*) FROM stores GROUP BY city HAVING COUNT(*) > 1", False),
 ("comparison", "How many products have a price tag at least two and a half times what they cost us?",
  "SELECT COUNT(*) FROM products WHERE list_price >= 2.5 * unit_cost", False),
 ("share", "What percentage of the orders placed in 2024 ended up cancelled?",
  "SELECT ROUND(100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*), 1) FROM orders WHERE order_dt BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("share", "what share of completed-order revenue in 2024 came from online orders?",
  "SELECT ROUND(100.0 * SUM(CASE WHEN channel = 'online' THEN total_amt ELSE 0 END) / SUM(total_amt), 1) FROM orders WHERE status = 'completed' AND order_dt BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("manager", "Who is Gethin Wood's line manager?",
  "SELECT m.first_name, m.last_name FROM employees e JOIN employees m ON m.emp_id = e.mgr_id WHERE e.first_name = 'Gethin' AND e.last_name = 'Wood'", False),
 ("manager", "Which store managers report to Yusuf White, and which stores do they run?",
  "SELECT e.first_name, e.last_name, s.store_name FROM employees e JOIN employees m ON m.emp_id = e.mgr_id JOIN stores s ON s.store_id = e.store_id WHERE m.first_name = 'Yusuf' AND m.last_name = 'White' AND e.job_title = 'Store Manager'", False),
 ("manager", "How many people report directly to Oliver Robinson?",
  "SELECT COUNT(*) FROM employees e JOIN employees m ON m.emp_id = e.mgr_id WHERE m.first_name = 'Oliver' AND m.last_name = 'Robinson'", False),
 ("manager", "For each regional manager, how many store managers do they look after?",
  "SELECT m.first_name, m.last_name, COUNT(*) FROM employees e JOIN employees m ON m.emp_id = e.mgr_id WHERE m.job_title = 'Regional Manager' AND e.job_title = 'Store Manager' GROUP BY m.emp_id", False),
 ("comparison", "Is anybody paid more than the person they report to? Who?",
  "SELECT e.first_name, e.last_name FROM employees e JOIN employees m ON m.emp_id = e.mgr_id WHERE e.salary > m.salary", False),
 ("negation", "Which of our London stores that are still open don't have a café?",
  "SELECT store_name FROM stores WHERE city = 'London' AND status = 'open' AND has_cafe = 0", False),
 ("negation", "How many 2024 orders weren't made in person at one of our stores?",
  "SELECT COUNT(*) FROM orders WHERE channel <> 'in-store' AND order_dt BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("comparison", "How many deliveries scheduled for 2024 turned up later than the day we'd promised?",
  "SELECT COUNT(*) FROM deliveries WHERE delivered_dt > sched_dt AND sched_dt BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("having", "How many orders needed more than one delivery attempt?",
  "SELECT COUNT(*) FROM (SELECT order_id FROM deliveries GROUP BY order_id HAVING COUNT(*) > 1)", False),
 ("most", "What's the most common reason people give when they return something?",
  "SELECT reason FROM returns GROUP BY reason ORDER BY COUNT(*) DESC LIMIT 1", False),
 ("total", "How much did we refund in 2024 for goods that were damaged in transit?",
  "SELECT ROUND(SUM(refund_amt), 2) FROM returns WHERE reason = 'damaged in transit' AND return_dt BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("most", "Which kind of product - sofas, rugs, cushions, that level - has had the most units sent back?",
  "SELECT c.category_name FROM returns r JOIN products p ON p.product_id = r.product_id JOIN categories c ON c.category_id = p.category_id GROUP BY c.category_id ORDER BY SUM(r.qty) DESC LIMIT 1", False),
 ("breakdown", "Break down 2023 revenue from completed orders by department (Living Room, Bedroom and so on).",
  "SELECT d.category_name, ROUND(SUM(ol.qty * ol.unit_price), 2) FROM order_lines ol JOIN orders o ON o.order_id = ol.order_id JOIN products p ON p.product_id = ol.product_id JOIN categories c ON c.category_id = p.category_id JOIN categories d ON d.category_id = c.parent_id WHERE o.status = 'completed' AND o.order_dt BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY d.category_id", False),
 ("distinct", "Which countries do our suppliers come from?",
  "SELECT DISTINCT country FROM suppliers", False),
 ("attribute", "What's the priciest mattress we still sell?",
  "SELECT p.product_name FROM products p JOIN categories c ON c.category_id = p.category_id WHERE c.category_name = 'Mattresses' AND p.is_discontinued = 0 ORDER BY p.list_price DESC LIMIT 1", False),
 ("average", "What's the average salary of our store managers who are still with us?",
  "SELECT ROUND(AVG(salary), 2) FROM employees WHERE job_title = 'Store Manager' AND is_active = 1", False),
 ("flag", "How many of our Manchester customers have signed up for marketing emails?",
  "SELECT COUNT(*) FROM customers WHERE city = 'Manchester' AND marketing_opt_in = 1", False),
 ("most", "Who was our biggest-spending customer in 2024, going by completed orders?",
  "SELECT c.first_name, c.last_name FROM orders o JOIN customers c ON c.cust_id = o.cust_id WHERE o.status = 'completed' AND o.order_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.cust_id ORDER BY SUM(o.total_amt) DESC LIMIT 1", False),
 ("total", "What gross margin did we make on completed orders in 2024, i.e. what we sold the items for minus what they cost us?",
  "SELECT ROUND(SUM(ol.qty * (ol.unit_price - p.unit_cost)), 2) FROM order_lines ol JOIN orders o ON o.order_id = ol.order_id JOIN products p ON p.product_id = ol.product_id WHERE o.status = 'completed' AND o.order_dt BETWEEN '2024-01-01' AND '2024-12-31'", False),
]

WQ = [
 ("flag", "How many of our garden centres that are still trading have a café?",
  "SELECT COUNT(*) FROM BRANCH WHERE brn_status = 'Trading' AND brn_has_cafe = 1", False),
 ("flag", "which trading centres have both a cafe and a kids playground?",
  "SELECT brn_name FROM BRANCH WHERE brn_status = 'Trading' AND brn_has_cafe = 1 AND brn_has_playground = 1", False),
 ("breakdown", "How many centres do we have in each state? Include the closed ones and the ones being refurbished.",
  "SELECT brn_state, COUNT(*) FROM BRANCH GROUP BY brn_state", False),
 ("total", "What were our paid sales worth in October 2024?",
  "SELECT ROUND(SUM(sal_total), 2) FROM SALE WHERE sal_status = 'Paid' AND sal_date BETWEEN '2024-10-01' AND '2024-10-31'", False),
 ("average", "What was the average paid sale to Green Thumb Club members in 2024?",
  "SELECT ROUND(AVG(s.sal_total), 2) FROM SALE s JOIN CUSTOMER c ON c.cus_id = s.sal_cus_id WHERE c.cus_is_club = 1 AND s.sal_status = 'Paid' AND s.sal_date BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("breakdown", "How much did we take through each payment method in 2024? Paid sales only.",
  "SELECT sal_pay_method, ROUND(SUM(sal_total), 2) FROM SALE WHERE sal_status = 'Paid' AND sal_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY sal_pay_method", False),
 ("top-n", "Give me our top 3 centres for paid sales in 2024, biggest first.",
  "SELECT b.brn_name, ROUND(SUM(s.sal_total), 2) AS revenue FROM SALE s JOIN BRANCH b ON b.brn_id = s.sal_brn_id WHERE s.sal_status = 'Paid' AND s.sal_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY b.brn_id ORDER BY revenue DESC LIMIT 3", True),
 ("top-n", "What were our 4 best sellers in 2024 by number of units? Paid sales only, best first.",
  "SELECT i.itm_name, SUM(x.sli_qty) AS units FROM SALE_ITEM x JOIN SALE s ON s.sal_id = x.sli_sal_id JOIN ITEM i ON i.itm_id = x.sli_itm_id WHERE s.sal_status = 'Paid' AND s.sal_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY i.itm_id ORDER BY units DESC LIMIT 4", True),
 ("bottom", "Which state brought in the least from paid sales in 2023?",
  "SELECT b.brn_state FROM SALE s JOIN BRANCH b ON b.brn_id = s.sal_brn_id WHERE s.sal_status = 'Paid' AND s.sal_date BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY b.brn_state ORDER BY SUM(s.sal_total) ASC LIMIT 1", False),
 ("attribute", "What's the phone number for Bellbird Pottery?",
  "SELECT sup_phone FROM SUPPLIER WHERE sup_name = 'Bellbird Pottery'", False),
 ("attribute", "How much do we charge for a Meyer lemon in a 300mm pot?",
  "SELECT itm_price FROM ITEM WHERE itm_name = 'Lemon ''Meyer'' 300mm'", False),
 ("attribute", "When did Isla Esposito start with us?",
  "SELECT stf_start_date FROM STAFF WHERE stf_name = 'Isla Esposito'", False),
 ("list", "Which citrus do we stock in 250mm pots or bigger, and at what price?",
  "SELECT i.itm_name, i.itm_price FROM ITEM i JOIN CATEGORY c ON c.cat_id = i.itm_cat_id WHERE c.cat_name = 'Citrus' AND i.itm_pot_mm >= 250 AND i.itm_is_active = 1", False),
 ("most", "Which centre has run the most workshops?",
  "SELECT b.brn_name FROM WORKSHOP w JOIN BRANCH b ON b.brn_id = w.wks_brn_id GROUP BY b.brn_id ORDER BY COUNT(*) DESC LIMIT 1", False),
 ("per-entity", "How many workshops has each of our Victorian centres run?",
  "SELECT b.brn_name, COUNT(w.wks_id) FROM BRANCH b LEFT JOIN WORKSHOP w ON w.wks_brn_id = b.brn_id WHERE b.brn_state = 'VIC' GROUP BY b.brn_id", False),
 ("no-related", "How many Green Thumb Club members have never booked a workshop?",
  "SELECT COUNT(*) FROM CUSTOMER c WHERE c.cus_is_club = 1 AND NOT EXISTS (SELECT 1 FROM BOOKING k WHERE k.bkg_cus_id = c.cus_id)", False),
 ("no-related", "Is there a trading centre that has never put on a workshop?",
  "SELECT b.brn_name FROM BRANCH b WHERE b.brn_status = 'Trading' AND NOT EXISTS (SELECT 1 FROM WORKSHOP w WHERE w.wks_brn_id = b.brn_id)", False),
 ("comparison", "Which workshops were completely booked out, every place taken? Show the workshop, date and centre.",
  "SELECT w.wks_title, w.wks_date, b.brn_name FROM WORKSHOP w JOIN BRANCH b ON b.brn_id = w.wks_brn_id JOIN BOOKING k ON k.bkg_wks_id = w.wks_id GROUP BY w.wks_id HAVING COUNT(*) >= w.wks_capacity", False),
 ("having", "Which customers have booked more than 5 workshops?",
  "SELECT c.cus_name, COUNT(*) FROM BOOKING k JOIN CUSTOMER c ON c.cus_id = k.bkg_cus_id GROUP BY c.cus_id HAVING COUNT(*) > 5", False),
 ("comparison", "Looking only at items still in our range, how many sell for less than double what we pay for them?",
  "SELECT COUNT(*) FROM ITEM WHERE itm_is_active = 1 AND itm_price < 2 * itm_cost", False),
 ("share", "What percentage of all our 2024 sales were walk-ins with no customer account attached? Count every sale whatever its status.",
  "SELECT ROUND(100.0 * SUM(CASE WHEN sal_cus_id IS NULL THEN 1 ELSE 0 END) / COUNT(*), 1) FROM SALE WHERE sal_date BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("share", "What proportion of our customers are in the Green Thumb Club?",
  "SELECT ROUND(100.0 * SUM(cus_is_club) / COUNT(*), 1) FROM CUSTOMER", False),
 ("manager", "Who does Linh Nikolaidis report to?",
  "SELECT m.stf_name FROM STAFF s JOIN STAFF m ON m.stf_id = s.stf_reports_to WHERE s.stf_name = 'Linh Nikolaidis'", False),
 ("manager", "Who reports directly to the centre manager at Castle Hill?",
  "SELECT s.stf_name FROM STAFF s JOIN STAFF m ON m.stf_id = s.stf_reports_to JOIN BRANCH b ON b.brn_id = m.stf_brn_id WHERE m.stf_role = 'Centre Manager' AND b.brn_suburb = 'Castle Hill'", False),
 ("manager", "Which state manager looks after the Fremantle centre?",
  "SELECT sm.stf_name FROM STAFF cm JOIN STAFF sm ON sm.stf_id = cm.stf_reports_to JOIN BRANCH b ON b.brn_id = cm.stf_brn_id WHERE cm.stf_role = 'Centre Manager' AND b.brn_suburb = 'Fremantle'", False),
 ("manager", "How many centre managers does each state manager have under them?",
  "SELECT m.stf_name, COUNT(*) FROM STAFF s JOIN STAFF m ON m.stf_id = s.stf_reports_to WHERE m.stf_role = 'State Manager' AND s.stf_role = 'Centre Manager' GROUP BY m.stf_id", False),
 ("negation", "Which Queensland centres that are still trading don't have a café?",
  "SELECT brn_name FROM BRANCH WHERE brn_state = 'QLD' AND brn_status = 'Trading' AND brn_has_cafe = 0", False),
 ("negation", "How many of the staff at our Geelong centre are permanent rather than casual?",
  "SELECT COUNT(*) FROM STAFF s JOIN BRANCH b ON b.brn_id = s.stf_brn_id WHERE b.brn_suburb = 'Geelong' AND s.stf_is_casual = 0", False),
 ("count", "Across all our 2024 workshops, how many of the booked places were actually attended?",
  "SELECT COUNT(*) FROM BOOKING k JOIN WORKSHOP w ON w.wks_id = k.bkg_wks_id WHERE k.bkg_attended = 1 AND w.wks_date BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("count", "How many free workshops did we run in 2023?",
  "SELECT COUNT(*) FROM WORKSHOP WHERE wks_fee = 0 AND wks_date BETWEEN '2023-01-01' AND '2023-12-31'", False),
 ("share", "What percentage of workshop bookings were no-shows?",
  "SELECT ROUND(100.0 * SUM(CASE WHEN bkg_attended = 0 THEN 1 ELSE 0 END) / COUNT(*), 1) FROM BOOKING", False),
 ("breakdown", "Break down 2024 paid sales by department - Edibles, Indoor Plants and so on.",
  "SELECT d.cat_name, ROUND(SUM(x.sli_qty * x.sli_price), 2) FROM SALE_ITEM x JOIN SALE s ON s.sal_id = x.sli_sal_id JOIN ITEM i ON i.itm_id = x.sli_itm_id JOIN CATEGORY c ON c.cat_id = i.itm_cat_id JOIN CATEGORY d ON d.cat_id = c.cat_parent_id WHERE s.sal_status = 'Paid' AND s.sal_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY d.cat_id", False),
 ("list", "What sections come under Pots & Planters?",
  "SELECT c.cat_name FROM CATEGORY c JOIN CATEGORY p ON p.cat_id = c.cat_parent_id WHERE p.cat_name = 'Pots & Planters'", False),
 ("total", "How many native plants did we sell in 2024? I mean units, on paid sales.",
  "SELECT SUM(x.sli_qty) FROM SALE_ITEM x JOIN SALE s ON s.sal_id = x.sli_sal_id JOIN ITEM i ON i.itm_id = x.sli_itm_id WHERE i.itm_is_native = 1 AND s.sal_status = 'Paid' AND s.sal_date BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("most", "Which supplier's stock has brought in the most money on paid sales?",
  "SELECT sp.sup_name FROM SALE_ITEM x JOIN SALE s ON s.sal_id = x.sli_sal_id JOIN ITEM i ON i.itm_id = x.sli_itm_id JOIN SUPPLIER sp ON sp.sup_id = i.itm_sup_id WHERE s.sal_status = 'Paid' GROUP BY sp.sup_id ORDER BY SUM(x.sli_qty * x.sli_price) DESC LIMIT 1", False),
 ("distinct", "Which states are our suppliers based in?",
  "SELECT DISTINCT sup_state FROM SUPPLIER", False),
 ("average", "What's the average hourly rate for each job role?",
  "SELECT stf_role, ROUND(AVG(stf_hourly_rate), 2) FROM STAFF GROUP BY stf_role", False),
 ("count", "How many customers signed up with us during 2024?",
  "SELECT COUNT(*) FROM CUSTOMER WHERE cus_joined BETWEEN '2024-01-01' AND '2024-12-31'", False),
 ("most", "Who's our best customer of all time by paid sales?",
  "SELECT c.cus_name FROM SALE s JOIN CUSTOMER c ON c.cus_id = s.sal_cus_id WHERE s.sal_status = 'Paid' GROUP BY c.cus_id ORDER BY SUM(s.sal_total) DESC LIMIT 1", False),
 ("most", "Which month of 2024 was our best for paid sales?",
  "SELECT substr(sal_date, 1, 7) AS month FROM SALE WHERE sal_status = 'Paid' AND sal_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY SUM(sal_total) DESC LIMIT 1", False),
]


def rows(db, sql):
    con = sqlite3.connect(f"file:{os.path.join(HERE, '..', 'databases', db + '.sqlite')}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def main():
    out = []
    for db, qs in ((O, OQ), (W, WQ)):
        for i, (kind, q, sql, om) in enumerate(qs, 1):
            out.append({"id": f"{db}-{i:03d}", "db": f"databases/{db}.sqlite", "question": q, "sql": sql, "order_matters": om})
            if "--preview" in sys.argv:
                res = rows(db, sql)
                print(f"{db}-{i:03d} [{kind}] {q}\n   -> {len(res)} rows: {res[:8]}")
    if "--kinds" in sys.argv:
        from collections import Counter
        for db, qs in ((O, OQ), (W, WQ)):
            print(db, sorted(Counter(k for k, *_ in qs).items()))
    if "--preview" not in sys.argv and "--kinds" not in sys.argv:
        with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
            for q in out:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
