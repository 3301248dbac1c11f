"""Writes questions.jsonl (spider-commerce format) and build/kinds.tsv for store-blind-14.

Usage: python3 make_questions.py [--show]   (--show runs every query read-only and prints the results)"""
import json, os, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
TEA, CAM = "saltbush_tea", "fennessy_cameras"

# (kind, question, sql, order_matters)
Q = {TEA: [], CAM: []}


def add(db, kind, question, sql, order_matters=False):
    Q[db].append((kind, question, " ".join(sql.split()), order_matters))


# =========================================================================================== Saltbush Tea Co.
T = TEA
# ---- count
add(T, "count", "How many orders placed in 2024 ended up cancelled or with a failed payment?",
    "SELECT COUNT(*) FROM orders WHERE status IN ('wc-cancelled', 'wc-failed') AND substr(date_created, 1, 4) = '2024'")
add(T, "count", "How many customer accounts have their billing address in Richmond, New South Wales (not the Richmond in Melbourne)?",
    "SELECT COUNT(*) FROM customers WHERE billing_city = 'Richmond' AND billing_state = 'NSW'")
add(T, "count", "How many subscriptions are active and still due to renew?",
    "SELECT COUNT(*) FROM subscriptions WHERE status = 'wc-active' AND next_payment_date IS NOT NULL")
add(T, "count", "How many products have we discontinued and hidden from the online shop?",
    "SELECT COUNT(*) FROM products WHERE status = 'private'")
add(T, "count", "How many orders did we send to New Zealand in 2025? Don't count cancelled or failed ones.",
    "SELECT COUNT(*) FROM orders WHERE shipping_country = 'NZ' AND status NOT IN ('wc-cancelled', 'wc-failed') "
    "AND substr(date_created, 1, 4) = '2025'")
# ---- total / average
add(T, "total", "What was our total order revenue in 2024, including GST and shipping, across all orders that were paid for? Don't subtract refunds.",
    "SELECT ROUND(SUM(total), 2) FROM orders WHERE date_paid IS NOT NULL AND substr(date_created, 1, 4) = '2024'")
add(T, "total", "What was the average completed wholesale order worth in 2025 (order total)?",
    "SELECT ROUND(AVG(o.total), 2) FROM orders o JOIN customers c ON c.id = o.customer_id "
    "WHERE c.role = 'wholesale_customer' AND o.status = 'wc-completed' AND substr(o.date_created, 1, 4) = '2025'")
add(T, "total", "How much GST did we collect on completed orders in 2025?",
    "SELECT ROUND(SUM(total_tax), 2) FROM orders WHERE status = 'wc-completed' AND substr(date_created, 1, 4) = '2025'")
add(T, "total", "How much money did we refund to customers during 2024?",
    "SELECT ROUND(SUM(amount), 2) FROM refunds WHERE substr(date_created, 1, 4) = '2024'")
add(T, "total", "How many kilos of Saltbush Breakfast did we sell in 2025, all pack sizes together? Leave out cancelled and failed orders.",
    "SELECT ROUND(SUM(i.quantity * v.weight_kg), 2) FROM order_items i JOIN orders o ON o.id = i.order_id "
    "JOIN product_variations v ON v.id = i.variation_id JOIN products p ON p.id = i.product_id "
    "WHERE p.name = 'Saltbush Breakfast' AND o.status NOT IN ('wc-cancelled', 'wc-failed') AND substr(o.date_created, 1, 4) = '2025'")
# ---- breakdown
add(T, "breakdown", "Give me order revenue by month for 2025 (order totals including GST and shipping, completed orders only).",
    "SELECT substr(date_created, 1, 7) AS month, ROUND(SUM(total), 2) AS revenue FROM orders "
    "WHERE status = 'wc-completed' AND substr(date_created, 1, 4) = '2025' GROUP BY month")
add(T, "breakdown", "How many orders did we get in each quarter of 2024, not counting cancelled or failed ones?",
    "SELECT substr(date_created, 1, 4) || '-Q' || ((CAST(substr(date_created, 6, 2) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS orders "
    "FROM orders WHERE status NOT IN ('wc-cancelled', 'wc-failed') AND substr(date_created, 1, 4) = '2024' GROUP BY quarter")
add(T, "breakdown", "How did customers pay for completed orders in 2025? Give the number of orders for each payment option as it shows at checkout (PayPal, Afterpay and so on).",
    "SELECT payment_method_title, COUNT(*) FROM orders WHERE status = 'wc-completed' AND substr(date_created, 1, 4) = '2025' "
    "GROUP BY payment_method_title")
add(T, "breakdown", "how many customer accounts do we have in each Australian state? leave the wholesale cafes out",
    "SELECT billing_state, COUNT(*) FROM customers WHERE billing_country = 'AU' AND role = 'customer' GROUP BY billing_state")
add(T, "breakdown", "In 2024, how many completed orders went out with each delivery option? Skip orders with nothing to post (gift cards only).",
    "SELECT shipping_method, COUNT(*) FROM orders WHERE status = 'wc-completed' AND shipping_method IS NOT NULL "
    "AND substr(date_created, 1, 4) = '2024' GROUP BY shipping_method")
# ---- top N / single best
add(T, "topn", "What were our top 5 products by units sold in 2025 on completed orders (subscription boxes included)? Most first.",
    "SELECT p.name, SUM(i.quantity) AS units FROM order_items i JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id "
    "WHERE o.status = 'wc-completed' AND substr(o.date_created, 1, 4) = '2025' GROUP BY p.id ORDER BY units DESC LIMIT 5", True)
add(T, "topn", "Which retail customer (not a wholesale cafe) spent the most with us in 2024? Use the totals of their paid orders and ignore refunds.",
    "SELECT c.first_name || ' ' || c.last_name FROM orders o JOIN customers c ON c.id = o.customer_id "
    "WHERE c.role = 'customer' AND o.date_paid IS NOT NULL AND substr(o.date_created, 1, 4) = '2024' "
    "GROUP BY c.id ORDER BY SUM(o.total) DESC LIMIT 1")
add(T, "topn", "Which wholesale cafe bought the most from us in 2025 by value of completed orders?",
    "SELECT c.billing_company FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.role = 'wholesale_customer' "
    "AND o.status = 'wc-completed' AND substr(o.date_created, 1, 4) = '2025' GROUP BY c.id ORDER BY SUM(o.total) DESC LIMIT 1")
add(T, "topn", "Apart from the welcome discount for first orders, which promo code was used on the most orders in 2024? Ignore cancelled and failed orders.",
    "SELECT coupon_code FROM orders WHERE coupon_code IS NOT NULL AND coupon_code <> 'welcome10' "
    "AND status NOT IN ('wc-cancelled', 'wc-failed') AND substr(date_created, 1, 4) = '2024' "
    "GROUP BY coupon_code ORDER BY COUNT(*) DESC LIMIT 1")
add(T, "topn", "Which product has the best average star rating among those with at least 10 approved reviews?",
    "SELECT p.name FROM reviews r JOIN products p ON p.id = r.product_id WHERE r.status = 'approved' "
    "GROUP BY p.id HAVING COUNT(*) >= 10 ORDER BY AVG(r.rating) DESC LIMIT 1")
# ---- lists
add(T, "list", "Which products went live on the shop during 2025?",
    "SELECT name FROM products WHERE status <> 'draft' AND substr(date_created, 1, 4) = '2025'")
add(T, "list", "Which coupons take 15% or more off? Show the code and the percentage.",
    "SELECT code, amount FROM coupons WHERE discount_type = 'percent' AND amount >= 15")
add(T, "list", "Which teas from Taiwan are on the shop at the moment, and what does a 50g tin of each cost?",
    "SELECT p.name, v.regular_price FROM products p JOIN product_variations v ON v.product_id = p.id "
    "WHERE p.origin = 'Taiwan' AND p.status = 'publish' AND v.attribute_pack = '50g tin'")
add(T, "list", "Which products on the shop right now carry our 'Great Iced' tag?",
    "SELECT p.name FROM products p JOIN product_tags pt ON pt.product_id = p.id JOIN tags t ON t.id = pt.tag_id "
    "WHERE t.name = 'Great Iced' AND p.status = 'publish'")
# ---- attribute of a named record
add(T, "attribute", "What do we normally charge for a 250g pouch of Jasmine Pearls?",
    "SELECT v.regular_price FROM product_variations v JOIN products p ON p.id = v.product_id "
    "WHERE p.name = 'Jasmine Pearls' AND v.attribute_pack = '250g pouch'")
add(T, "attribute", "What email address do we have for Gertrude St Tea Rooms?",
    "SELECT email FROM customers WHERE billing_company = 'Gertrude St Tea Rooms'")
add(T, "attribute", "Which category is Lapsang Souchong listed under on the shop?",
    "SELECT c.name FROM products p JOIN categories c ON c.id = p.category_id WHERE p.name = 'Lapsang Souchong'")
# ---- self-reference
add(T, "selfref", "Hojicha sits in a sub-category - which main category is that sub-category part of?",
    "SELECT parent.name FROM products p JOIN categories c ON c.id = p.category_id JOIN categories parent ON parent.id = c.parent_id "
    "WHERE p.name = 'Hojicha'")
add(T, "selfref", "What are the sub-categories under Teaware?",
    "SELECT c.name FROM categories c JOIN categories parent ON parent.id = c.parent_id WHERE parent.name = 'Teaware'")
add(T, "selfref", "Units sold in 2025 by main (top-level) category, completed orders only.",
    "SELECT COALESCE(parent.name, c.name) AS main_category, SUM(i.quantity) AS units FROM order_items i "
    "JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id JOIN categories c ON c.id = p.category_id "
    "LEFT JOIN categories parent ON parent.id = c.parent_id WHERE o.status = 'wc-completed' AND substr(o.date_created, 1, 4) = '2025' "
    "GROUP BY main_category")
# ---- no related records
add(T, "negation", "How many people who opened an account in 2025 have never placed a single order, not even a failed or cancelled one?",
    "SELECT COUNT(*) FROM customers c WHERE substr(c.date_registered, 1, 4) = '2025' "
    "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)")
add(T, "negation", "Which coupon codes have never been used on an order?",
    "SELECT code FROM coupons c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.coupon_code = c.code)")
# ---- group conditions
add(T, "having", "Which retail customers had more than 12 paid orders in 2024? Wholesale cafes don't count.",
    "SELECT c.first_name || ' ' || c.last_name FROM orders o JOIN customers c ON c.id = o.customer_id "
    "WHERE c.role = 'customer' AND o.date_paid IS NOT NULL AND substr(o.date_created, 1, 4) = '2024' "
    "GROUP BY c.id HAVING COUNT(*) > 12")
add(T, "having", "Which countries of origin brought in more than $20,000 of tea sales in 2024? Use item amounts after discounts, excluding GST, on completed orders.",
    "SELECT p.origin FROM order_items i JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id "
    "WHERE p.origin IS NOT NULL AND o.status = 'wc-completed' AND substr(o.date_created, 1, 4) = '2024' "
    "GROUP BY p.origin HAVING SUM(i.total) > 20000")
add(T, "having", "Which states received more than 300 completed orders in 2025?",
    "SELECT shipping_state FROM orders WHERE status = 'wc-completed' AND substr(date_created, 1, 4) = '2025' "
    "GROUP BY shipping_state HAVING COUNT(*) > 300")
# ---- shares
add(T, "share", "What share of 2025 orders came from guests who checked out without an account? Leave out cancelled and failed orders.",
    "SELECT ROUND(SUM(customer_id IS NULL) * 1.0 / COUNT(*), 4) FROM orders "
    "WHERE status NOT IN ('wc-cancelled', 'wc-failed') AND substr(date_created, 1, 4) = '2025'")
add(T, "share", "What fraction of completed orders in 2024 were paid with Afterpay?",
    "SELECT ROUND(SUM(payment_method = 'afterpay') * 1.0 / COUNT(*), 4) FROM orders "
    "WHERE status = 'wc-completed' AND substr(date_created, 1, 4) = '2024'")
add(T, "share", "What percentage of our approved product reviews are five stars?",
    "SELECT ROUND(SUM(rating = 5) * 1.0 / COUNT(*), 4) FROM reviews WHERE status = 'approved'")
# ---- compare two periods
add(T, "compare", "Compare order revenue in June 2024 with June 2025 (completed orders, totals including GST and shipping).",
    "SELECT ROUND(SUM(CASE WHEN substr(date_created, 1, 7) = '2024-06' THEN total ELSE 0 END), 2) AS june_2024, "
    "ROUND(SUM(CASE WHEN substr(date_created, 1, 7) = '2025-06' THEN total ELSE 0 END), 2) AS june_2025 "
    "FROM orders WHERE status = 'wc-completed'")
add(T, "compare", "How many completed orders went to Tasmania in 2023, and how many in 2025?",
    "SELECT SUM(substr(date_created, 1, 4) = '2023') AS orders_2023, SUM(substr(date_created, 1, 4) = '2025') AS orders_2025 "
    "FROM orders WHERE status = 'wc-completed' AND shipping_state = 'TAS'")

# =========================================================================================== Fennessy Cameras
C = CAM
# ---- count
add(C, "count", "How many sales were voided at the tills in 2024?",
    "SELECT COUNT(*) FROM sale WHERE status = 'voided' AND substr(sold_at, 1, 4) = '2024'")
add(C, "count", "How many of our customers live in Blackrock, County Louth (not the Blackrock in Dublin or in Cork)?",
    "SELECT COUNT(*) FROM customer WHERE town = 'Blackrock' AND county = 'Louth'")
add(C, "count", "How many second-hand items are sitting in stock for sale right now, not counting ones on reserve?",
    "SELECT COUNT(*) FROM used_item WHERE status = 'in_stock'")
add(C, "count", "how many sensor cleans came in for us in 2025",
    "SELECT COUNT(*) FROM repair_job WHERE service_type = 'Sensor clean' AND substr(received_on, 1, 4) = '2025'")
add(C, "count", "How many people work in the Cork shop at the moment?",
    "SELECT COUNT(*) FROM employee e JOIN branch b ON b.id = e.branch_id WHERE b.name = 'Cork' AND e.left_on IS NULL")
# ---- total / average
add(C, "total", "What did the Dame Street shop take in 2025, VAT included? Leave out voided sales and don't take off returns.",
    "SELECT ROUND(SUM(s.total), 2) FROM sale s JOIN branch b ON b.id = s.branch_id "
    "WHERE b.name = 'Dame Street' AND s.status = 'completed' AND substr(s.sold_at, 1, 4) = '2025'")
add(C, "total", "What was the average sale at the Galway shop in 2024? Completed sales only.",
    "SELECT ROUND(AVG(s.total), 2) FROM sale s JOIN branch b ON b.id = s.branch_id "
    "WHERE b.name = 'Galway' AND s.status = 'completed' AND substr(s.sold_at, 1, 4) = '2024'")
add(C, "total", "How much VAT was charged on completed sales in 2023?",
    "SELECT ROUND(SUM(vat_amount), 2) FROM sale WHERE status = 'completed' AND substr(sold_at, 1, 4) = '2023'")
add(C, "total", "How much did we refund on returned goods during 2025?",
    "SELECT ROUND(SUM(refund_amount), 2) FROM sale_return WHERE substr(returned_on, 1, 4) = '2025'")
add(C, "total", "For shutter repairs finished in 2024, how many days on average did a job take from the day it came in to the day it was finished?",
    "SELECT ROUND(AVG(julianday(completed_on) - julianday(received_on)), 2) FROM repair_job "
    "WHERE service_type = 'Shutter repair' AND substr(completed_on, 1, 4) = '2024'")
# ---- breakdown
add(C, "breakdown", "Monthly takings for 2025 across all the shops, VAT included, completed sales only.",
    "SELECT substr(sold_at, 1, 7) AS month, ROUND(SUM(total), 2) AS takings FROM sale "
    "WHERE status = 'completed' AND substr(sold_at, 1, 4) = '2025' GROUP BY month")
add(C, "breakdown", "How many film orders did we take in per quarter in 2024?",
    "SELECT substr(received_at, 1, 4) || '-Q' || ((CAST(substr(received_at, 6, 2) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) "
    "FROM film_order WHERE substr(received_at, 1, 4) = '2024' GROUP BY quarter")
add(C, "breakdown", "Break down 2024 sales of new (not second-hand) goods by department: value including VAT, completed sales only.",
    "SELECT c.department, ROUND(SUM(l.line_total), 2) FROM sale_line l JOIN sale s ON s.id = l.sale_id "
    "JOIN product p ON p.id = l.product_id JOIN category c ON c.id = p.category_id "
    "WHERE s.status = 'completed' AND substr(s.sold_at, 1, 4) = '2024' GROUP BY c.department")
add(C, "breakdown", "How many completed sales did each shop ring up in 2025?",
    "SELECT b.name, COUNT(*) FROM sale s JOIN branch b ON b.id = s.branch_id WHERE s.status = 'completed' "
    "AND substr(s.sold_at, 1, 4) = '2025' GROUP BY b.name")
add(C, "breakdown", "For 2024, how many completed sales were paid each way (card, cash, voucher and so on)?",
    "SELECT payment_method, COUNT(*) FROM sale WHERE status = 'completed' AND substr(sold_at, 1, 4) = '2024' GROUP BY payment_method")
# ---- top N / single best
add(C, "topn", "Top 5 brands by sales of new goods in 2025, VAT included, completed sales only. Highest first.",
    "SELECT br.name, ROUND(SUM(l.line_total), 2) AS sales FROM sale_line l JOIN sale s ON s.id = l.sale_id "
    "JOIN product p ON p.id = l.product_id JOIN brand br ON br.id = p.brand_id "
    "WHERE s.status = 'completed' AND substr(s.sold_at, 1, 4) = '2025' GROUP BY br.id ORDER BY sales DESC LIMIT 5", True)
add(C, "topn", "Who was our top seller by value in 2024, across all shops? Count completed sales only.",
    "SELECT e.first_name || ' ' || e.last_name FROM sale s JOIN employee e ON e.id = s.employee_id "
    "WHERE s.status = 'completed' AND substr(s.sold_at, 1, 4) = '2024' GROUP BY e.id ORDER BY SUM(s.total) DESC LIMIT 1")
add(C, "topn", "Which second-hand camera or lens model brought in the most money for us over 2023-2025?",
    "SELECT u.description FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN used_item u ON u.id = l.used_item_id "
    "WHERE s.status = 'completed' AND substr(s.sold_at, 1, 4) BETWEEN '2023' AND '2025' "
    "GROUP BY u.description ORDER BY SUM(l.line_total) DESC LIMIT 1")
add(C, "topn", "which film sold the most in 2025, in units? completed sales only",
    "SELECT p.name FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN product p ON p.id = l.product_id "
    "JOIN category c ON c.id = p.category_id WHERE c.name = 'Film' AND s.status = 'completed' AND substr(s.sold_at, 1, 4) = '2025' "
    "GROUP BY p.id ORDER BY SUM(l.quantity) DESC LIMIT 1")
add(C, "topn", "Which customer has booked the most of our photography workshops?",
    "SELECT c.first_name || ' ' || c.last_name FROM workshop_booking wb JOIN customer c ON c.id = wb.customer_id "
    "GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1")
# ---- lists
add(C, "list", "Which products did we discontinue during 2024?",
    "SELECT name FROM product WHERE substr(discontinued_on, 1, 4) = '2024'")
add(C, "list", "List the Sony E-mount lenses we currently stock, with their RRP.",
    "SELECT p.name, p.rrp FROM product p JOIN category c ON c.id = p.category_id "
    "WHERE c.name = 'Lenses' AND p.mount = 'Sony E' AND p.is_active = 1")
add(C, "list", "Which of our shops have their own film lab, and when did each one open?",
    "SELECT name, opened_on FROM branch WHERE has_film_lab = 1")
add(C, "list", "Which workshops did we have to cancel? Give the title, the date and the shop.",
    "SELECT w.title, w.held_on, b.name FROM workshop w JOIN branch b ON b.id = w.branch_id WHERE w.status = 'cancelled'")
# ---- attribute of a named record
add(C, "attribute", "What's the RRP on the Fujifilm X100VI?",
    "SELECT rrp FROM product WHERE name = 'Fujifilm X100VI'")
add(C, "attribute", "What's the Eircode of the Limerick shop?",
    "SELECT eircode FROM branch WHERE name = 'Limerick'")
add(C, "attribute", "How big is the Blackrock shop's floor, in square metres?",
    "SELECT floor_area_sqm FROM branch WHERE name = 'Blackrock'")
# ---- self-reference
add(C, "selfref", "Who does the current manager of the Dundalk shop report to?",
    "SELECT boss.first_name || ' ' || boss.last_name FROM employee e JOIN branch b ON b.id = e.branch_id "
    "JOIN employee boss ON boss.id = e.manager_id WHERE b.name = 'Dundalk' AND e.job_title = 'Branch Manager' AND e.left_on IS NULL")
add(C, "selfref", "Who reports directly to Adaeze Doyle at the moment?",
    "SELECT e.first_name || ' ' || e.last_name FROM employee e JOIN employee m ON m.id = e.manager_id "
    "WHERE m.first_name = 'Adaeze' AND m.last_name = 'Doyle' AND e.left_on IS NULL")
add(C, "selfref", "Who was Arjun Duffy's manager when he left?",
    "SELECT m.first_name || ' ' || m.last_name FROM employee e JOIN employee m ON m.id = e.manager_id "
    "WHERE e.first_name = 'Arjun' AND e.last_name = 'Duffy'")
# ---- no related records
add(C, "negation", "Which brands do we deal in only second-hand, with no new products in our catalogue at all?",
    "SELECT br.name FROM brand br WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.brand_id = br.id)")
add(C, "negation", "How many customers who joined in 2025 have never bought anything from us in a shop (no sales at all, not even voided ones)?",
    "SELECT COUNT(*) FROM customer c WHERE substr(c.joined_on, 1, 4) = '2025' AND NOT EXISTS (SELECT 1 FROM sale s WHERE s.customer_id = c.id)")
# ---- group conditions
add(C, "having", "Which customers made more than 5 completed purchases from us in 2024?",
    "SELECT c.first_name || ' ' || c.last_name FROM sale s JOIN customer c ON c.id = s.customer_id "
    "WHERE s.status = 'completed' AND substr(s.sold_at, 1, 4) = '2024' GROUP BY c.id HAVING COUNT(*) > 5")
add(C, "having", "Which shops took in more than 120 film orders in 2025?",
    "SELECT b.name FROM film_order f JOIN branch b ON b.id = f.branch_id WHERE substr(f.received_at, 1, 4) = '2025' "
    "GROUP BY b.name HAVING COUNT(*) > 120")
add(C, "having", "Which product categories sold more than €60,000 worth of new goods in 2025 (VAT included, completed sales)?",
    "SELECT c.name FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN product p ON p.id = l.product_id "
    "JOIN category c ON c.id = p.category_id WHERE s.status = 'completed' AND substr(s.sold_at, 1, 4) = '2025' "
    "GROUP BY c.name HAVING SUM(l.line_total) > 60000")
# ---- shares
add(C, "share", "What share of completed sales in 2025 were paid in cash?",
    "SELECT ROUND(SUM(payment_method = 'cash') * 1.0 / COUNT(*), 4) FROM sale WHERE status = 'completed' AND substr(sold_at, 1, 4) = '2025'")
add(C, "share", "What fraction of the repair jobs that came in during 2024 were warranty work?",
    "SELECT ROUND(SUM(under_warranty) * 1.0 / COUNT(*), 4) FROM repair_job WHERE substr(received_on, 1, 4) = '2024'")
add(C, "share", "Of the bookings for workshops that went ahead in 2025, what percentage actually turned up?",
    "SELECT ROUND(SUM(wb.attended) * 1.0 / COUNT(*), 4) FROM workshop_booking wb JOIN workshop w ON w.id = wb.workshop_id "
    "WHERE w.status = 'held' AND substr(w.held_on, 1, 4) = '2025'")
# ---- compare two periods
add(C, "compare", "Compare takings across all shops in December 2024 and December 2025 (completed sales, VAT included).",
    "SELECT ROUND(SUM(CASE WHEN substr(sold_at, 1, 7) = '2024-12' THEN total ELSE 0 END), 2) AS dec_2024, "
    "ROUND(SUM(CASE WHEN substr(sold_at, 1, 7) = '2025-12' THEN total ELSE 0 END), 2) AS dec_2025 "
    "FROM sale WHERE status = 'completed'")
add(C, "compare", "How many film orders did the Cork shop take in 2023 compared with 2025?",
    "SELECT SUM(substr(f.received_at, 1, 4) = '2023') AS orders_2023, SUM(substr(f.received_at, 1, 4) = '2025') AS orders_2025 "
    "FROM film_order f JOIN branch b ON b.id = f.branch_id WHERE b.name = 'Cork'")


def main():
    rows, kinds = [], []
    for db in (TEA, CAM):
        for i, (kind, question, sql, om) in enumerate(Q[db], 1):
            qid = f"{db}-{i:03d}"
            rows.append({"id": qid, "db": f"databases/{db}.sqlite", "question": question, "sql": sql, "order_matters": om})
            kinds.append(f"{qid}\t{kind}")
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(kinds) + "\n")
    print(f"wrote {len(rows)} questions")
    if "--show" in sys.argv:
        for r in rows:
            con = sqlite3.connect(f"file:{os.path.join(ROOT, r['db'])}?mode=ro", uri=True)
            con.execute("PRAGMA query_only = 1")
            res = con.execute(r["sql"]).fetchall()
            print(r["id"], "|", r["question"])
            print("    ", res[:15] if len(res) <= 15 else f"{len(res)} rows: {res[:5]}")
            con.close()


if __name__ == "__main__":
    main()
