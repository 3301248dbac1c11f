"""Writes ../questions.jsonl (80 questions, 40 per database) and kinds.tsv (the kind of each question).

Conventions of the reference SQL
  tussock_and_tarn (Vend-like POS export):
    * a completed sale is status = 'CLOSED' (VOIDED sales and parked SAVED sales never count);
    * a return is a CLOSED sale with return_for set (negative quantities and totals); "sales" leave returns out,
      "returns deducted" / "net of returns" keep them in;
    * only CONFIRMED line items count;
    * the shop's local day is substr(sale_date, 1, 10) (date(sale_date) would convert to UTC);
    * money is stored excluding GST: incl. GST = total_price + total_tax;
    * customers are live when deleted_at IS NULL; names are first_name || ' ' || TRIM(last_name).
  gulden_wiel (ERPNext-like):
    * only submitted documents count (docstatus = 1); drafts (0) and cancelled (2) never count;
    * credit notes are is_return = 1 with negative totals; "sales" / "invoices" leave them out, "credit notes
      deducted" keeps them in;
    * turnover excl. BTW is net_total (lines: net_amount); incl. BTW is grand_total;
    * the three shops are the branches Utrecht, Haarlem, Leeuwarden; wholesale is the branch Groothandel;
    * 'Walk-in Customer' is not a customer; disabled customers are left out;
    * the employee who made an invoice is tabEmployee.user_id = invoice owner."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
TT, GW = "tussock_and_tarn", "gulden_wiel"

# shared fragments
T_SALE = "s.status = 'CLOSED' AND s.return_for IS NULL"
T_CLOSED = "s.status = 'CLOSED'"
T_OUT = "JOIN outlets o ON o.id = s.outlet_id"
T_LINES = "JOIN sale_line_items li ON li.sale_id = s.id AND li.status = 'CONFIRMED'"
G_INV = '"tabSales Invoice"'
G_ITEM = '"tabSales Invoice Item"'
G_SALE = "si.docstatus = 1 AND si.is_return = 0"
G_SHOPS = "si.branch IN ('Utrecht', 'Haarlem', 'Leeuwarden')"

Q = {TT: [], GW: []}


def q(db, kind, question, sql, order=False):
    Q[db].append((kind, question, " ".join(sql.split()), order))


# ------------------------------------------------------------------ Tussock & Tarn
q(TT, "count", "How many sales did the Queenstown store make in July 2025? Leave out returns, voided sales and parked sales.",
  f"SELECT COUNT(*) FROM sales s {T_OUT} WHERE o.name = 'Tussock & Tarn Queenstown' AND {T_SALE} AND substr(s.sale_date, 1, 7) = '2025-07'")
q(TT, "count", "How many orders came through the online store in 2024, not counting returns or voided orders?",
  f"SELECT COUNT(*) FROM sales s {T_OUT} WHERE o.name = 'Online Store' AND {T_SALE} AND substr(s.sale_date, 1, 4) = '2024'")
q(TT, "count", "How many customers are in the Tarn Club? Ignore deleted customer accounts.",
  "SELECT COUNT(*) FROM customers c JOIN customer_groups g ON g.id = c.customer_group_id WHERE g.name = 'Tarn Club' AND c.deleted_at IS NULL")
q(TT, "count", "How many sales were voided across all our stores in 2025?",
  "SELECT COUNT(*) FROM sales s WHERE s.status = 'VOIDED' AND substr(s.sale_date, 1, 4) = '2025'")
q(TT, "count", "How many different customers bought something at the Wānaka store in 2025?",
  f"SELECT COUNT(DISTINCT s.customer_id) FROM sales s {T_OUT} WHERE o.name = 'Tussock & Tarn Wānaka' AND {T_SALE} AND substr(s.sale_date, 1, 4) = '2025'")

q(TT, "total", "What were the Christchurch store's total takings in 2024 including GST, with returns deducted?",
  f"SELECT ROUND(SUM(s.total_price + s.total_tax), 2) FROM sales s {T_OUT} WHERE o.name = 'Tussock & Tarn Christchurch' AND {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2024'")
q(TT, "total", "How much GST did we collect in 2025 across the whole business, net of returns?",
  f"SELECT ROUND(SUM(s.total_tax), 2) FROM sales s WHERE {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2025'")
q(TT, "total", "How much did Back Country Cuisine meals bring in during 2025, excluding GST and with returns deducted?",
  f"SELECT ROUND(SUM(li.total_price), 2) FROM sales s {T_LINES} JOIN products p ON p.id = li.product_id JOIN brands b ON b.id = p.brand_id "
  f"WHERE b.name = 'Back Country Cuisine' AND {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2025'")
q(TT, "total", "What was the average sale in Nelson in 2025, including GST? Returns don't count as sales.",
  f"SELECT ROUND(AVG(s.total_price + s.total_tax), 2) FROM sales s {T_OUT} WHERE o.name = 'Tussock & Tarn Nelson' AND {T_SALE} AND substr(s.sale_date, 1, 4) = '2025'")
q(TT, "total", "How many Jetpower 230g gas canisters did we sell in December 2024, net of returns?",
  f"SELECT CAST(SUM(li.quantity) AS INTEGER) FROM sales s {T_LINES} JOIN products p ON p.id = li.product_id "
  f"WHERE p.name = 'Jetpower Gas Canister 230g' AND {T_CLOSED} AND substr(s.sale_date, 1, 7) = '2024-12'")

q(TT, "breakdown", "Show the Wānaka store's takings excluding GST for each month of 2025, returns deducted.",
  f"SELECT substr(s.sale_date, 1, 7) AS month, ROUND(SUM(s.total_price), 2) AS takings FROM sales s {T_OUT} "
  f"WHERE o.name = 'Tussock & Tarn Wānaka' AND {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2025' GROUP BY month ORDER BY month", True)
q(TT, "breakdown", "How many online orders did we get in each quarter of 2024? Leave out returns.",
  f"SELECT substr(s.sale_date, 1, 4) || '-Q' || ((CAST(substr(s.sale_date, 6, 2) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS orders FROM sales s {T_OUT} "
  f"WHERE o.name = 'Online Store' AND {T_SALE} AND substr(s.sale_date, 1, 4) = '2024' GROUP BY quarter ORDER BY quarter", True)
q(TT, "breakdown", "Week by week, how many sales did Queenstown make in July 2025? Weeks start on Monday; leave out returns.",
  f"SELECT date(substr(s.sale_date, 1, 10), 'weekday 0', '-6 days') AS week_start, COUNT(*) AS sales FROM sales s {T_OUT} "
  f"WHERE o.name = 'Tussock & Tarn Queenstown' AND {T_SALE} AND substr(s.sale_date, 1, 7) = '2025-07' GROUP BY week_start ORDER BY week_start", True)
q(TT, "breakdown", "Break down 2025 revenue excluding GST by product type, with returns deducted.",
  f"SELECT pt.name AS product_type, ROUND(SUM(li.total_price), 2) AS revenue FROM sales s {T_LINES} JOIN products p ON p.id = li.product_id "
  f"JOIN product_types pt ON pt.id = p.product_type_id WHERE {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2025' GROUP BY pt.name")
q(TT, "breakdown", "For 2025, how many sales were paid with each payment method? A sale split across two methods counts for both; leave out returns.",
  f"SELECT pt.name AS payment_type, COUNT(DISTINCT s.id) AS sales FROM sales s JOIN sale_payments sp ON sp.sale_id = s.id JOIN payment_types pt ON pt.id = sp.payment_type_id "
  f"WHERE {T_SALE} AND substr(s.sale_date, 1, 4) = '2025' GROUP BY pt.name")

q(TT, "topn", "What were our 5 best-selling products by revenue excluding GST in 2025, with returns deducted? Highest first.",
  f"SELECT p.name, ROUND(SUM(li.total_price), 2) AS revenue FROM sales s {T_LINES} JOIN products p ON p.id = li.product_id "
  f"WHERE {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2025' GROUP BY p.id, p.name ORDER BY revenue DESC LIMIT 5", True)
q(TT, "topn", "Which 3 staff members put through the most sales at the Christchurch store in 2025, and how many each? Most first, returns not counted.",
  f"SELECT u.display_name, COUNT(*) AS sales FROM sales s {T_OUT} JOIN users u ON u.id = s.user_id "
  f"WHERE o.name = 'Tussock & Tarn Christchurch' AND {T_SALE} AND substr(s.sale_date, 1, 4) = '2025' GROUP BY u.id, u.display_name ORDER BY sales DESC LIMIT 3", True)
q(TT, "topn", "Who were our top 5 customers by spend including GST in 2024, with returns deducted? Biggest first.",
  f"SELECT c.first_name || ' ' || TRIM(c.last_name) AS customer, ROUND(SUM(s.total_price + s.total_tax), 2) AS spend FROM sales s JOIN customers c ON c.id = s.customer_id "
  f"WHERE {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2024' GROUP BY c.id, customer ORDER BY spend DESC LIMIT 5", True)
q(TT, "topn", "Which single day in 2024 had the most sales across all stores and the online shop, and how many were there? Returns don't count.",
  f"SELECT substr(s.sale_date, 1, 10) AS day, COUNT(*) AS sales FROM sales s WHERE {T_SALE} AND substr(s.sale_date, 1, 4) = '2024' GROUP BY day ORDER BY sales DESC LIMIT 1", True)
q(TT, "topn", "Which brand sold the fewest units in 2025, net of returns?",
  f"SELECT b.name, CAST(SUM(li.quantity) AS INTEGER) AS units FROM sales s {T_LINES} JOIN products p ON p.id = li.product_id JOIN brands b ON b.id = p.brand_id "
  f"WHERE {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2025' GROUP BY b.id, b.name ORDER BY units ASC LIMIT 1", True)

q(TT, "list", "List the products tagged Ultralight with their shelf price including GST.",
  "SELECT p.name, ROUND(p.price_excluding_tax * (1 + t.rate), 2) AS price_incl_gst FROM products p JOIN product_tags pt ON pt.product_id = p.id "
  "JOIN tags tg ON tg.id = pt.tag_id JOIN taxes t ON t.id = p.tax_id WHERE tg.name = 'Ultralight' AND p.active = 'true'")
q(TT, "list", "Which staff have left the company, and on what date did each one leave?",
  "SELECT u.display_name, substr(u.deleted_at, 1, 10) AS left_on FROM users u WHERE u.deleted_at IS NOT NULL")
q(TT, "list", "List the returns taken at the Nelson store in March 2025, with the invoice number of the return and of the original sale.",
  f"SELECT r.invoice_number AS return_invoice, s.invoice_number AS original_invoice FROM sales r JOIN outlets o ON o.id = r.outlet_id "
  f"JOIN sales s ON s.id = r.return_for WHERE o.name = 'Tussock & Tarn Nelson' AND r.status = 'CLOSED' AND substr(r.sale_date, 1, 7) = '2025-03'")
q(TT, "list", "Which products have been made inactive?",
  "SELECT p.name, p.sku FROM products p WHERE p.active = 'false'")

q(TT, "attribute", "What's the SKU and the price including GST of the Garmin inReach Mini 2?",
  "SELECT p.sku, ROUND(p.price_excluding_tax * (1 + t.rate), 2) AS price_incl_gst FROM products p JOIN taxes t ON t.id = p.tax_id WHERE p.name = 'Garmin inReach Mini 2'")
q(TT, "attribute", "Who is the manager of the Wānaka store, and what is their email address?",
  "SELECT u.display_name, u.email FROM users u JOIN outlets o ON o.id = u.outlet_id WHERE o.name = 'Tussock & Tarn Wānaka' AND u.account_type = 'manager' AND u.deleted_at IS NULL")
q(TT, "attribute", "On what date did the Nelson store make its first sale, in Nelson time?",
  f"SELECT MIN(substr(s.sale_date, 1, 10)) FROM sales s {T_OUT} WHERE o.name = 'Tussock & Tarn Nelson' AND {T_SALE}")

q(TT, "selfref", "List everyone who works at the Queenstown store, including people who have left, together with the name of the person they report to.",
  "SELECT u.display_name AS staff, m.display_name AS reports_to FROM users u JOIN users m ON m.id = u.manager_id JOIN outlets o ON o.id = u.outlet_id "
  "WHERE o.name = 'Tussock & Tarn Queenstown'")
q(TT, "selfref", "How many returns in 2025 were for things originally bought through the online store?",
  "SELECT COUNT(*) FROM sales r JOIN sales s ON s.id = r.return_for JOIN outlets o ON o.id = s.outlet_id "
  "WHERE o.name = 'Online Store' AND r.status = 'CLOSED' AND substr(r.sale_date, 1, 4) = '2025'")
q(TT, "selfref", "For each manager, how many current staff report directly to them?",
  "SELECT m.display_name AS manager, COUNT(*) AS direct_reports FROM users u JOIN users m ON m.id = u.manager_id WHERE u.deleted_at IS NULL "
  "GROUP BY m.id, m.display_name")

q(TT, "negation", "How many current Tarn Club members have never bought anything from us?",
  f"SELECT COUNT(*) FROM customers c JOIN customer_groups g ON g.id = c.customer_group_id WHERE g.name = 'Tarn Club' AND c.deleted_at IS NULL "
  f"AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id AND {T_SALE})")
q(TT, "negation", "Which staff members made no sales at all in 2025?",
  f"SELECT u.display_name FROM users u WHERE NOT EXISTS (SELECT 1 FROM sales s WHERE s.user_id = u.id AND {T_SALE} AND substr(s.sale_date, 1, 4) = '2025')")

q(TT, "having", "Which customers made 10 or more purchases in 2025? Show how many each, not counting returns.",
  f"SELECT c.first_name || ' ' || TRIM(c.last_name) AS customer, COUNT(*) AS purchases FROM sales s JOIN customers c ON c.id = s.customer_id "
  f"WHERE {T_SALE} AND substr(s.sale_date, 1, 4) = '2025' GROUP BY c.id, customer HAVING COUNT(*) >= 10")
q(TT, "having", "Which product types brought in more than $150,000 excluding GST in 2025, with returns deducted?",
  f"SELECT pt.name, ROUND(SUM(li.total_price), 2) AS revenue FROM sales s {T_LINES} JOIN products p ON p.id = li.product_id "
  f"JOIN product_types pt ON pt.id = p.product_type_id WHERE {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2025' GROUP BY pt.id, pt.name HAVING SUM(li.total_price) > 150000")
q(TT, "having", "On which days in 2025 did the Wānaka store make 7 or more sales? Returns don't count.",
  f"SELECT substr(s.sale_date, 1, 10) AS day, COUNT(*) AS sales FROM sales s {T_OUT} WHERE o.name = 'Tussock & Tarn Wānaka' AND {T_SALE} "
  f"AND substr(s.sale_date, 1, 4) = '2025' GROUP BY day HAVING COUNT(*) >= 7")

q(TT, "share", "What share of our 2025 sales were paid at least partly with Afterpay? Leave out returns.",
  f"SELECT ROUND(1.0 * COUNT(DISTINCT CASE WHEN pt.name = 'Afterpay' THEN s.id END) / COUNT(DISTINCT s.id), 4) FROM sales s "
  f"JOIN sale_payments sp ON sp.sale_id = s.id JOIN payment_types pt ON pt.id = sp.payment_type_id WHERE {T_SALE} AND substr(s.sale_date, 1, 4) = '2025'")
q(TT, "share", "What fraction of 2025 revenue excluding GST came from the online store, with returns deducted?",
  f"SELECT ROUND(1.0 * SUM(CASE WHEN o.name = 'Online Store' THEN s.total_price ELSE 0 END) / SUM(s.total_price), 4) FROM sales s {T_OUT} "
  f"WHERE {T_CLOSED} AND substr(s.sale_date, 1, 4) = '2025'")
q(TT, "share", "In 2025, what proportion of the Christchurch store's sales had a named customer on them? Leave out returns.",
  f"SELECT ROUND(1.0 * COUNT(s.customer_id) / COUNT(*), 4) FROM sales s {T_OUT} WHERE o.name = 'Tussock & Tarn Christchurch' AND {T_SALE} "
  f"AND substr(s.sale_date, 1, 4) = '2025'")

q(TT, "compare", "Compare Queenstown's takings excluding GST in July 2024 with July 2025, returns deducted.",
  f"SELECT ROUND(SUM(CASE WHEN substr(s.sale_date, 1, 7) = '2024-07' THEN s.total_price ELSE 0 END), 2) AS july_2024, "
  f"ROUND(SUM(CASE WHEN substr(s.sale_date, 1, 7) = '2025-07' THEN s.total_price ELSE 0 END), 2) AS july_2025 FROM sales s {T_OUT} "
  f"WHERE o.name = 'Tussock & Tarn Queenstown' AND {T_CLOSED}")
q(TT, "compare", "Did we sell more Jetboil Flash cooking systems in 2024 or in 2025? Give the units for each year, net of returns.",
  f"SELECT CAST(SUM(CASE WHEN substr(s.sale_date, 1, 4) = '2024' THEN li.quantity ELSE 0 END) AS INTEGER) AS units_2024, "
  f"CAST(SUM(CASE WHEN substr(s.sale_date, 1, 4) = '2025' THEN li.quantity ELSE 0 END) AS INTEGER) AS units_2025 FROM sales s {T_LINES} "
  f"JOIN products p ON p.id = li.product_id WHERE p.name = 'Jetboil Flash Cooking System' AND {T_CLOSED}")

# ------------------------------------------------------------------ Het Gulden Wiel
q(GW, "count", "How many sales invoices did the Haarlem shop make in 2025? Leave out credit notes and cancelled invoices.",
  f"SELECT COUNT(*) FROM {G_INV} si WHERE si.branch = 'Haarlem' AND {G_SALE} AND substr(si.posting_date, 1, 4) = '2025'")
q(GW, "count", "How many restaurants, hotels and cafés (horeca customers) do we have on our books? Ignore disabled accounts.",
  "SELECT COUNT(*) FROM tabCustomer c WHERE c.customer_group = 'Horeca' AND c.disabled = 0")
q(GW, "count", "How many wholesale invoices are overdue?",
  f"SELECT COUNT(*) FROM {G_INV} si WHERE si.branch = 'Groothandel' AND si.docstatus = 1 AND si.status = 'Overdue'")
q(GW, "count", "How many different Kaasclub members bought something in the Utrecht shop in 2024?",
  f"SELECT COUNT(DISTINCT si.customer) FROM {G_INV} si JOIN tabCustomer c ON c.name = si.customer WHERE c.customer_group = 'Kaasclub' "
  f"AND si.branch = 'Utrecht' AND {G_SALE} AND substr(si.posting_date, 1, 4) = '2024'")
q(GW, "count", "How many invoices were cancelled in 2025, across all branches?",
  f"SELECT COUNT(*) FROM {G_INV} si WHERE si.docstatus = 2 AND substr(si.posting_date, 1, 4) = '2025'")

q(GW, "total", "What was the combined turnover of our three shops in 2025, excluding BTW and with credit notes deducted?",
  f"SELECT ROUND(SUM(si.net_total), 2) FROM {G_INV} si WHERE si.docstatus = 1 AND {G_SHOPS} AND substr(si.posting_date, 1, 4) = '2025'")
q(GW, "total", "How much BTW did we charge in 2024 in total, over all branches and with credit notes deducted?",
  f"SELECT ROUND(SUM(si.total_taxes_and_charges), 2) FROM {G_INV} si WHERE si.docstatus = 1 AND substr(si.posting_date, 1, 4) = '2024'")
q(GW, "total", "How many kilos of Oude Goudse boerenkaas did we sell in 2025, shops and wholesale together, with credit notes deducted?",
  f"SELECT ROUND(SUM(it.qty), 3) FROM {G_ITEM} it JOIN {G_INV} si ON si.name = it.parent WHERE it.item_code = 'KAAS-003' AND si.docstatus = 1 "
  f"AND substr(si.posting_date, 1, 4) = '2025'")
q(GW, "total", "How much do our wholesale customers still owe us on submitted invoices, including BTW?",
  f"SELECT ROUND(SUM(si.outstanding_amount), 2) FROM {G_INV} si WHERE si.branch = 'Groothandel' AND si.docstatus = 1")
q(GW, "total", "What was the average receipt including BTW in the Leeuwarden shop in 2025? Leave out credit notes.",
  f"SELECT ROUND(AVG(si.grand_total), 2) FROM {G_INV} si WHERE si.branch = 'Leeuwarden' AND {G_SALE} AND substr(si.posting_date, 1, 4) = '2025'")

q(GW, "breakdown", "Show Leeuwarden's turnover excluding BTW for each month of 2025, credit notes deducted.",
  f"SELECT substr(si.posting_date, 1, 7) AS month, ROUND(SUM(si.net_total), 2) AS turnover FROM {G_INV} si WHERE si.branch = 'Leeuwarden' AND si.docstatus = 1 "
  f"AND substr(si.posting_date, 1, 4) = '2025' GROUP BY month ORDER BY month", True)
q(GW, "breakdown", "What was wholesale turnover excluding BTW in each quarter of 2024, with credit notes deducted?",
  f"SELECT substr(si.posting_date, 1, 4) || '-Q' || ((CAST(substr(si.posting_date, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(si.net_total), 2) AS turnover "
  f"FROM {G_INV} si WHERE si.branch = 'Groothandel' AND si.docstatus = 1 AND substr(si.posting_date, 1, 4) = '2024' GROUP BY quarter ORDER BY quarter", True)
q(GW, "breakdown", "Break down 2025 turnover excluding BTW by item group, with credit notes deducted.",
  f"SELECT it.item_group, ROUND(SUM(it.net_amount), 2) AS turnover FROM {G_ITEM} it JOIN {G_INV} si ON si.name = it.parent "
  f"WHERE si.docstatus = 1 AND substr(si.posting_date, 1, 4) = '2025' GROUP BY it.item_group")
q(GW, "breakdown", "How many shop sales were paid with each payment method in 2025? Leave out credit notes.",
  f"SELECT p.mode_of_payment, COUNT(DISTINCT si.name) AS sales FROM {G_INV} si JOIN \"tabSales Invoice Payment\" p ON p.parent = si.name "
  f"WHERE {G_SALE} AND {G_SHOPS} AND substr(si.posting_date, 1, 4) = '2025' GROUP BY p.mode_of_payment")
q(GW, "breakdown", "Week by week, how many sales did the Utrecht shop make in December 2025? Weeks start on Monday; leave out credit notes.",
  f"SELECT date(si.posting_date, 'weekday 0', '-6 days') AS week_start, COUNT(*) AS sales FROM {G_INV} si WHERE si.branch = 'Utrecht' AND {G_SALE} "
  f"AND substr(si.posting_date, 1, 7) = '2025-12' GROUP BY week_start ORDER BY week_start", True)

q(GW, "topn", "Which 5 cheeses sold the most kilos in 2025, counting shops and wholesale together? Most first, credit notes deducted.",
  f"SELECT it.item_name, ROUND(SUM(it.qty), 3) AS kilos FROM {G_ITEM} it JOIN {G_INV} si ON si.name = it.parent WHERE it.uom = 'Kg' AND si.docstatus = 1 "
  f"AND substr(si.posting_date, 1, 4) = '2025' GROUP BY it.item_code, it.item_name ORDER BY kilos DESC LIMIT 5", True)
q(GW, "topn", "Who were our 3 biggest horeca customers in 2025 by turnover excluding BTW, with credit notes deducted? Biggest first.",
  f"SELECT si.customer, ROUND(SUM(si.net_total), 2) AS turnover FROM {G_INV} si JOIN tabCustomer c ON c.name = si.customer WHERE c.customer_group = 'Horeca' "
  f"AND si.docstatus = 1 AND substr(si.posting_date, 1, 4) = '2025' GROUP BY si.customer ORDER BY turnover DESC LIMIT 3", True)
q(GW, "topn", "Which employee rang up the most shop sales in 2025, and how many?",
  f"SELECT e.employee_name, COUNT(*) AS sales FROM {G_INV} si JOIN tabEmployee e ON e.user_id = si.owner WHERE {G_SALE} AND {G_SHOPS} "
  f"AND substr(si.posting_date, 1, 4) = '2025' GROUP BY e.name, e.employee_name ORDER BY sales DESC LIMIT 1", True)
q(GW, "topn", "Who were the top 5 Kaasclub members by spend including BTW in 2025, credit notes deducted? Highest first.",
  f"SELECT TRIM(c.customer_name) AS member, ROUND(SUM(si.grand_total), 2) AS spend FROM {G_INV} si JOIN tabCustomer c ON c.name = si.customer "
  f"WHERE c.customer_group = 'Kaasclub' AND si.docstatus = 1 AND substr(si.posting_date, 1, 4) = '2025' GROUP BY c.name ORDER BY spend DESC LIMIT 5", True)
q(GW, "topn", "Which deli product sold the fewest units in 2024, credit notes deducted?",
  f"SELECT it.item_name, CAST(SUM(it.qty) AS INTEGER) AS units FROM {G_ITEM} it JOIN {G_INV} si ON si.name = it.parent WHERE it.item_group = 'Deli' "
  f"AND si.docstatus = 1 AND substr(si.posting_date, 1, 4) = '2024' GROUP BY it.item_code, it.item_name ORDER BY units ASC LIMIT 1", True)

q(GW, "list", "List our horeca customers in Bergen together with their province.",
  "SELECT c.customer_name, c.territory FROM tabCustomer c WHERE c.customer_group = 'Horeca' AND c.custom_city = 'Bergen' AND c.disabled = 0")
q(GW, "list", "Which cheeses that we still sell are made from sheep's milk, and what do they cost per kilo excluding BTW?",
  "SELECT i.item_name, i.standard_rate FROM tabItem i WHERE i.custom_milk_type = 'Sheep' AND i.disabled = 0")
q(GW, "list", "List the overdue invoices of Restaurant Pôlle with their date and amount including BTW.",
  f"SELECT si.name, si.posting_date, si.grand_total FROM {G_INV} si WHERE si.customer = 'Restaurant Pôlle' AND si.docstatus = 1 AND si.status = 'Overdue'")
q(GW, "list", "Which employees have left, and on what date did each leave?",
  "SELECT e.employee_name, e.relieving_date FROM tabEmployee e WHERE e.status = 'Left'")

q(GW, "attribute", "What is the price per kilo of Comté 18 mois, excluding BTW?",
  "SELECT i.standard_rate FROM tabItem i WHERE i.item_name = 'Comté 18 mois'")
q(GW, "attribute", "When did the Leeuwarden shop open?",
  "SELECT b.custom_opening_date FROM tabBranch b WHERE b.name = 'Leeuwarden'")
q(GW, "attribute", "Who supplies our Texelse schapenkaas?",
  "SELECT s.supplier_name FROM tabItem i JOIN \"tabItem Supplier\" x ON x.parent = i.name JOIN tabSupplier s ON s.name = x.supplier WHERE i.item_name = 'Texelse schapenkaas'")

q(GW, "selfref", "Who does Douwe Zijlstra report to?",
  "SELECT m.employee_name FROM tabEmployee e JOIN tabEmployee m ON m.name = e.reports_to WHERE e.employee_name = 'Douwe Zijlstra'")
q(GW, "selfref", "List the staff of the Haarlem shop, including those who have left, with the name of the person each reports to.",
  "SELECT e.employee_name, m.employee_name AS reports_to FROM tabEmployee e JOIN tabEmployee m ON m.name = e.reports_to WHERE e.branch = 'Haarlem'")
q(GW, "selfref", "For each credit note issued in December 2025, show the credit note, the invoice it corrects and that invoice's date.",
  f"SELECT cn.name AS credit_note, si.name AS original_invoice, si.posting_date AS original_date FROM {G_INV} cn JOIN {G_INV} si ON si.name = cn.return_against "
  f"WHERE cn.is_return = 1 AND cn.docstatus = 1 AND substr(cn.posting_date, 1, 7) = '2025-12'")

q(GW, "negation", "Which of our current horeca and commercial customers placed no order with us in January 2025?",
  f"SELECT c.customer_name FROM tabCustomer c WHERE c.customer_group IN ('Horeca', 'Commercial') AND c.disabled = 0 AND NOT EXISTS (SELECT 1 FROM {G_INV} si "
  f"WHERE si.customer = c.name AND {G_SALE} AND substr(si.posting_date, 1, 7) = '2025-01')")
q(GW, "negation", "Which employees still with us made no shop sales in 2025?",
  f"SELECT e.employee_name FROM tabEmployee e WHERE e.status = 'Active' AND NOT EXISTS (SELECT 1 FROM {G_INV} si WHERE si.owner = e.user_id AND {G_SALE} "
  f"AND {G_SHOPS} AND substr(si.posting_date, 1, 4) = '2025')")

q(GW, "having", "Which Kaasclub members came in 8 or more times in 2025? Show how many visits each; credit notes are not visits.",
  f"SELECT TRIM(c.customer_name) AS member, COUNT(*) AS visits FROM {G_INV} si JOIN tabCustomer c ON c.name = si.customer WHERE c.customer_group = 'Kaasclub' "
  f"AND {G_SALE} AND substr(si.posting_date, 1, 4) = '2025' GROUP BY c.name HAVING COUNT(*) >= 8")
q(GW, "having", "Which item groups turned over more than 50,000 euros excluding BTW in 2025, with credit notes deducted?",
  f"SELECT it.item_group, ROUND(SUM(it.net_amount), 2) AS turnover FROM {G_ITEM} it JOIN {G_INV} si ON si.name = it.parent WHERE si.docstatus = 1 "
  f"AND substr(si.posting_date, 1, 4) = '2025' GROUP BY it.item_group HAVING SUM(it.net_amount) > 50000")
q(GW, "having", "Which employees rang up more than 60 shop sales in December 2025?",
  f"SELECT e.employee_name, COUNT(*) AS sales FROM {G_INV} si JOIN tabEmployee e ON e.user_id = si.owner WHERE {G_SALE} AND {G_SHOPS} "
  f"AND substr(si.posting_date, 1, 7) = '2025-12' GROUP BY e.name, e.employee_name HAVING COUNT(*) > 60")

q(GW, "share", "What share of 2025 turnover excluding BTW came from wholesale, with credit notes deducted?",
  f"SELECT ROUND(1.0 * SUM(CASE WHEN si.branch = 'Groothandel' THEN si.net_total ELSE 0 END) / SUM(si.net_total), 4) FROM {G_INV} si "
  f"WHERE si.docstatus = 1 AND substr(si.posting_date, 1, 4) = '2025'")
q(GW, "share", "What fraction of shop sales in 2025 were paid by Pin? Leave out credit notes.",
  f"SELECT ROUND(1.0 * COUNT(DISTINCT CASE WHEN p.mode_of_payment = 'Pin' THEN si.name END) / COUNT(DISTINCT si.name), 4) FROM {G_INV} si "
  f"JOIN \"tabSales Invoice Payment\" p ON p.parent = si.name WHERE {G_SALE} AND {G_SHOPS} AND substr(si.posting_date, 1, 4) = '2025'")
q(GW, "share", "In the Haarlem shop in 2025, what proportion of sales were to Kaasclub members? Leave out credit notes.",
  f"SELECT ROUND(1.0 * SUM(CASE WHEN c.customer_group = 'Kaasclub' THEN 1 ELSE 0 END) / COUNT(*), 4) FROM {G_INV} si JOIN tabCustomer c ON c.name = si.customer "
  f"WHERE si.branch = 'Haarlem' AND {G_SALE} AND substr(si.posting_date, 1, 4) = '2025'")

q(GW, "compare", "Compare the Utrecht shop's turnover excluding BTW in December 2024 and December 2025, credit notes deducted.",
  f"SELECT ROUND(SUM(CASE WHEN substr(si.posting_date, 1, 7) = '2024-12' THEN si.net_total ELSE 0 END), 2) AS december_2024, "
  f"ROUND(SUM(CASE WHEN substr(si.posting_date, 1, 7) = '2025-12' THEN si.net_total ELSE 0 END), 2) AS december_2025 FROM {G_INV} si "
  f"WHERE si.branch = 'Utrecht' AND si.docstatus = 1")
q(GW, "compare", "How many kilos of Oude Goudse boerenkaas did we sell in January 2025 compared with February 2025, credit notes deducted?",
  f"SELECT ROUND(SUM(CASE WHEN substr(si.posting_date, 1, 7) = '2025-01' THEN it.qty ELSE 0 END), 3) AS january_2025, "
  f"ROUND(SUM(CASE WHEN substr(si.posting_date, 1, 7) = '2025-02' THEN it.qty ELSE 0 END), 3) AS february_2025 FROM {G_ITEM} it "
  f"JOIN {G_INV} si ON si.name = it.parent WHERE it.item_code = 'KAAS-003' AND si.docstatus = 1")


def main():
    out, kinds = [], []
    for db in (TT, GW):
        assert len(Q[db]) == 40, (db, len(Q[db]))
        for i, (kind, text, sql, order) in enumerate(Q[db], 1):
            qid = f"{db}-{i:03d}"
            out.append({"id": qid, "db": f"databases/{db}.sqlite", "question": text, "sql": sql, "order_matters": order})
            kinds.append(f"{qid}\t{kind}")
    with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(kinds) + "\n")


if __name__ == "__main__":
    main()
