"""Writes ../questions.jsonl (80 questions, 40 per database) and kinds.tsv (the kind of each question).

Reference SQL conventions
-------------------------
Lindmayr (Shopware 6):
  * only live rows: "order".version_id = '0fa91ce3e96a4bc2be4bd9ce752c3425'; the order's children are joined on
    (order_id, order_version_id) so the draft copies of abandoned edits never come in;
  * an order counts as a sale when its state is in_progress or completed and its payment (order_transaction) is not
    refunded: paid, authorized by Klarna, or on a corporate invoice not yet paid.  Left out: cancelled orders (failed or
    unpaid payments, withdrawn orders, the test orders), orders still open (prepayment not received) and returned orders
    (payment refunded);
  * channels by their name in sales_channel_translation at the German system language: lindmayr.at, lindmayr.de,
    Boutique Wollzeile; "web orders" = the two storefronts;
  * translations (names of products, categories, brands, payment and shipping methods, property options) are read at
    the German language 2fbb5fe2e29a4d70aa5854ce7ce3e20b;
  * orders are dated by order_date (equal to the Vienna date);
  * money: amount_total (EUR incl. VAT and shipping, after promotions); product money = total_price of product line
    items (incl. VAT, before order promotions); units = quantity of product line items;
  * a fragrance with sizes is one product: variants are rolled up to COALESCE(parent_id, id), and inherited fields
    (name, brand, categories, properties) are read from the parent;
  * customers are counted by LOWER(order_customer.email) unless the question is about accounts.
Tōtara Paint & Decor (SAP Business One):
  * an invoice counts when OINV.CANCELED = 'N' (cancelled originals 'Y' and SAP's cancellation documents 'C' are left
    out); credit memos likewise with ORIN.CANCELED = 'N'; payments with ORCT.Canceled = 'N';
  * dated by DocDate; money: DocTotal incl. GST, DocTotal - VatSum excl. GST, line LineTotal excl. GST (after line
    discounts); returns are not deducted unless the question says so;
  * branches by OBPL.BPLName through BPLId (the documents' own BPLName keeps Hamilton's old name);
  * trade customers = OCRD groups 100-103 (Trade - Painters, Trade - Builders, Property Managers, Key Accounts); cash
    sales = group 104; litres = Quantity * OITM.U_Litres; colours compared as LOWER(TRIM(U_ColourName));
  * user-defined codes decoded through UFD1 (TableID, FieldID, FldValue -> Descr).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
LIVE = "'0fa91ce3e96a4bc2be4bd9ce752c3425'"
DE = "'2fbb5fe2e29a4d70aa5854ce7ce3e20b'"

# counted orders (Lindmayr)
OK_FROM = ('FROM "order" o JOIN state_machine_state os ON os.id = o.state_id '
           'JOIN order_transaction ot ON ot.order_id = o.id AND ot.order_version_id = o.version_id JOIN state_machine_state ts ON ts.id = ot.state_id')
OK_WHERE = f"o.version_id = {LIVE} AND os.technical_name IN ('in_progress', 'completed') AND ts.technical_name <> 'refunded'"
CH = f"JOIN sales_channel_translation sc ON sc.sales_channel_id = o.sales_channel_id AND sc.language_id = {DE}"
LI = "JOIN order_line_item li ON li.order_id = o.id AND li.order_version_id = o.version_id"
# a product line's product, rolled up to the parent (variants inherit name, brand, categories, properties)
PARENT = "JOIN product v ON v.id = li.product_id AND v.version_id = li.product_version_id JOIN product p ON p.id = COALESCE(v.parent_id, v.id) AND p.version_id = v.version_id"
PNAME = f"JOIN product_translation pt ON pt.product_id = p.id AND pt.product_version_id = p.version_id AND pt.language_id = {DE}"
BRAND = (f"JOIN product_manufacturer_translation mt ON mt.product_manufacturer_id = p.product_manufacturer_id "
         f"AND mt.product_manufacturer_version_id = p.product_manufacturer_version_id AND mt.language_id = {DE}")
Y = lambda y: f"o.order_date >= '{y}-01-01' AND o.order_date < '{y + 1}-01-01'"

LV = [
    # ---------------------------------------------------------------- count
    ("count", "How many orders did lindmayr.de take in 2025, leaving out cancelled and returned orders?",
     f"SELECT COUNT(*) {OK_FROM} {CH} WHERE {OK_WHERE} AND sc.name = 'lindmayr.de' AND {Y(2025)}", False),
    ("count", "How many orders placed on lindmayr.at in 2024 ended up cancelled, for whatever reason?",
     f"SELECT COUNT(*) FROM \"order\" o JOIN state_machine_state os ON os.id = o.state_id {CH} WHERE o.version_id = {LIVE} AND os.technical_name = 'cancelled' "
     f"AND sc.name = 'lindmayr.at' AND {Y(2024)}", False),
    ("count", "How many sales in the boutique were paid in cash in 2025?",
     f"SELECT COUNT(*) {OK_FROM} {CH} JOIN payment_method_translation pm ON pm.payment_method_id = ot.payment_method_id AND pm.language_id = {DE} "
     f"WHERE {OK_WHERE} AND sc.name = 'Boutique Wollzeile' AND pm.name = 'Barzahlung' AND {Y(2025)}", False),
    ("count", "How many web orders from 2025 came back as returns after they had been delivered, counting both online shops?",
     f"SELECT COUNT(*) FROM \"order\" o JOIN order_delivery od ON od.order_id = o.id AND od.order_version_id = o.version_id JOIN state_machine_state ds ON ds.id = od.state_id "
     f"{CH} WHERE o.version_id = {LIVE} AND ds.technical_name = 'returned' AND sc.name IN ('lindmayr.at', 'lindmayr.de') AND {Y(2025)}", False),
    # ---------------------------------------------------------------- total
    ("total", "What were total sales on lindmayr.at in 2025 in euros, including VAT and shipping, not counting cancelled or returned orders?",
     f"SELECT ROUND(SUM(o.amount_total), 2) {OK_FROM} {CH} WHERE {OK_WHERE} AND sc.name = 'lindmayr.at' AND {Y(2025)}", False),
    ("total", "How much did the boutique take in December 2024, in euros including VAT?",
     f"SELECT ROUND(SUM(o.amount_total), 2) {OK_FROM} {CH} WHERE {OK_WHERE} AND sc.name = 'Boutique Wollzeile' AND o.order_date >= '2024-12-01' AND o.order_date < '2025-01-01'", False),
    ("total", "How many bottles of Dior's Sauvage Eau de Toilette did we sell in 2025, all sizes and all channels together?",
     f"SELECT SUM(li.quantity) {OK_FROM} {LI} {PARENT} {PNAME} WHERE {OK_WHERE} AND li.type = 'product' AND pt.name = 'Sauvage Eau de Toilette' AND {Y(2025)}", False),
    ("total", "How many units of fragrance, meaning anything in the Fragrances section and the sections under it, did the boutique sell in 2025?",
     f"SELECT SUM(li.quantity) {OK_FROM} {CH} {LI} {PARENT} WHERE {OK_WHERE} AND li.type = 'product' AND sc.name = 'Boutique Wollzeile' AND {Y(2025)} "
     f"AND EXISTS (SELECT 1 FROM product_category pc JOIN category c ON c.id = pc.category_id AND c.version_id = pc.category_version_id "
     f"JOIN category parent ON parent.id = c.parent_id AND parent.version_id = c.parent_version_id "
     f"JOIN category_translation ct ON ct.category_id = parent.id AND ct.category_version_id = parent.version_id AND ct.language_id = {DE} "
     f"WHERE pc.product_id = p.id AND pc.product_version_id = p.version_id AND ct.name = 'Düfte')", False),
    # ---------------------------------------------------------------- average
    ("average", "What was the average order value on lindmayr.de in 2025, in euros including VAT and shipping?",
     f"SELECT ROUND(AVG(o.amount_total), 2) {OK_FROM} {CH} WHERE {OK_WHERE} AND sc.name = 'lindmayr.de' AND {Y(2025)}", False),
    ("average", "For lindmayr.at orders sent by Austrian Post in 2025, how many days on average passed between the order and the parcel being shipped?",
     f"SELECT ROUND(AVG(julianday(h.created_at) - julianday(o.order_date_time)), 2) FROM \"order\" o {CH} "
     f"JOIN order_delivery od ON od.order_id = o.id AND od.order_version_id = o.version_id "
     f"JOIN shipping_method_translation sm ON sm.shipping_method_id = od.shipping_method_id AND sm.language_id = {DE} "
     f"JOIN state_machine_history h ON h.referenced_id = od.id AND h.referenced_version_id = od.version_id AND h.entity_name = 'order_delivery' "
     f"JOIN state_machine_state hs ON hs.id = h.to_state_id WHERE o.version_id = {LIVE} AND sc.name = 'lindmayr.at' AND sm.name = 'Österreichische Post' "
     f"AND hs.technical_name = 'shipped' AND {Y(2025)}", False),
    ("average", "What is the average star rating of the approved reviews of Lindmayr Manufaktur's own products?",
     f"SELECT ROUND(AVG(r.points), 2) FROM product_review r JOIN product p ON p.id = r.product_id AND p.version_id = r.product_version_id {BRAND} "
     f"WHERE r.status = 1 AND mt.name = 'Lindmayr Manufaktur'", False),
    # ---------------------------------------------------------------- breakdown
    ("breakdown", "Show lindmayr.de's sales for each month of 2025 in euros, including VAT and shipping, not counting cancelled or returned orders.",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM(o.amount_total), 2) AS sales {OK_FROM} {CH} WHERE {OK_WHERE} AND sc.name = 'lindmayr.de' "
     f"AND {Y(2025)} GROUP BY month ORDER BY month", True),
    ("breakdown", "Break down the number of boutique sales by quarter for 2024 and 2025.",
     f"SELECT strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS sales {OK_FROM} {CH} "
     f"WHERE {OK_WHERE} AND sc.name = 'Boutique Wollzeile' AND o.order_date >= '2024-01-01' AND o.order_date < '2026-01-01' GROUP BY quarter ORDER BY quarter", True),
    ("breakdown", "How many orders did lindmayr.at get per week, weeks starting on Monday, from 17 November to 7 December 2025?",
     f"SELECT date(o.order_date, '-6 days', 'weekday 1') AS week, COUNT(*) AS orders {OK_FROM} {CH} WHERE {OK_WHERE} AND sc.name = 'lindmayr.at' "
     f"AND o.order_date >= '2025-11-17' AND o.order_date < '2025-12-08' GROUP BY week ORDER BY week", True),
    ("breakdown", "How were the 2025 web orders of both online shops split by payment method? Give the number of orders for each method.",
     f"SELECT pm.name AS payment_method, COUNT(*) AS orders {OK_FROM} {CH} JOIN payment_method_translation pm ON pm.payment_method_id = ot.payment_method_id "
     f"AND pm.language_id = {DE} WHERE {OK_WHERE} AND sc.name IN ('lindmayr.at', 'lindmayr.de') AND {Y(2025)} GROUP BY pm.name", False),
    ("breakdown", "How many fragrance units did we sell in 2025 in each fragrance family, across all channels?",
     f"SELECT fo.name AS family, SUM(li.quantity) AS units {OK_FROM} {LI} {PARENT} JOIN product_property pp ON pp.product_id = p.id AND pp.product_version_id = p.version_id "
     f"JOIN property_group_option o2 ON o2.id = pp.property_group_option_id JOIN property_group_translation gt ON gt.property_group_id = o2.property_group_id AND gt.language_id = {DE} "
     f"JOIN property_group_option_translation fo ON fo.property_group_option_id = o2.id AND fo.language_id = {DE} "
     f"WHERE {OK_WHERE} AND li.type = 'product' AND gt.name = 'Duftfamilie' AND {Y(2025)} GROUP BY fo.name", False),
    # ---------------------------------------------------------------- topn
    ("topn", "Which five brands brought in the most money in 2025? Count what their products sold for including VAT, before order discounts, across all channels.",
     f"SELECT mt.name AS brand, ROUND(SUM(li.total_price), 2) AS revenue {OK_FROM} {LI} {PARENT} {BRAND} WHERE {OK_WHERE} AND li.type = 'product' AND {Y(2025)} "
     f"GROUP BY mt.name ORDER BY revenue DESC LIMIT 5", True),
    ("topn", "Who were the three biggest spenders on lindmayr.at in 2025? Count each e-mail address once and give the amount in euros including VAT and shipping.",
     f"SELECT LOWER(oc.email) AS email, ROUND(SUM(o.amount_total), 2) AS spent {OK_FROM} {CH} JOIN order_customer oc ON oc.order_id = o.id AND oc.order_version_id = o.version_id "
     f"WHERE {OK_WHERE} AND sc.name = 'lindmayr.at' AND {Y(2025)} GROUP BY LOWER(oc.email) ORDER BY spent DESC LIMIT 3", True),
    ("topn", "What were the five best-selling products in the boutique in 2025 by units, counting every size of a fragrance together?",
     f"SELECT pt.name AS product, SUM(li.quantity) AS units {OK_FROM} {CH} {LI} {PARENT} {PNAME} WHERE {OK_WHERE} AND li.type = 'product' AND sc.name = 'Boutique Wollzeile' "
     f"AND {Y(2025)} GROUP BY p.id, pt.name ORDER BY units DESC LIMIT 5", True),
    ("topn", "Of the niche fragrances we sold on lindmayr.at in 2025, which three sold the fewest units?",
     f"SELECT pt.name AS product, SUM(li.quantity) AS units {OK_FROM} {CH} {LI} {PARENT} {PNAME} WHERE {OK_WHERE} AND li.type = 'product' AND sc.name = 'lindmayr.at' "
     f"AND {Y(2025)} AND EXISTS (SELECT 1 FROM product_category pc JOIN category_translation ct ON ct.category_id = pc.category_id AND ct.category_version_id = pc.category_version_id "
     f"AND ct.language_id = {DE} WHERE pc.product_id = p.id AND pc.product_version_id = p.version_id AND ct.name = 'Nischendüfte') "
     f"GROUP BY p.id, pt.name ORDER BY units ASC LIMIT 3", True),
    # ---------------------------------------------------------------- attribute
    ("attribute", "What does the 100 ml Bleu de Chanel Eau de Parfum cost in the shop at the moment, in euros including VAT?",
     f"SELECT json_extract(v.price, '$.cb7d2554b0ce847cd82f3ac9bd1c0dfca.gross') FROM product v JOIN product p ON p.id = v.parent_id AND p.version_id = v.parent_version_id {PNAME} "
     f"JOIN product_option po ON po.product_id = v.id AND po.product_version_id = v.version_id "
     f"JOIN property_group_option_translation ot2 ON ot2.property_group_option_id = po.property_group_option_id AND ot2.language_id = {DE} "
     f"WHERE v.version_id = {LIVE} AND pt.name = 'Bleu de Chanel Eau de Parfum' AND ot2.name = '100 ml'", False),
    ("attribute", "Which customer group is the Grand Hotel Donaublick in?",
     f"SELECT gt.name FROM customer c JOIN customer_group_translation gt ON gt.customer_group_id = c.customer_group_id AND gt.language_id = {DE} "
     f"WHERE c.company = 'Grand Hotel Donaublick'", False),
    ("attribute", "How was web order 36000 paid?",
     f"SELECT pm.name FROM \"order\" o JOIN order_transaction ot ON ot.order_id = o.id AND ot.order_version_id = o.version_id "
     f"JOIN payment_method_translation pm ON pm.payment_method_id = ot.payment_method_id AND pm.language_id = {DE} WHERE o.version_id = {LIVE} AND o.order_number = '36000'", False),
    # ---------------------------------------------------------------- list
    ("list", "Which lindmayr.at orders from 2025 were still waiting for a prepayment at the end of the year? Give the order numbers and amounts.",
     f"SELECT o.order_number, o.amount_total FROM \"order\" o JOIN state_machine_state os ON os.id = o.state_id "
     f"JOIN order_transaction ot ON ot.order_id = o.id AND ot.order_version_id = o.version_id JOIN state_machine_state ts ON ts.id = ot.state_id "
     f"JOIN payment_method_translation pm ON pm.payment_method_id = ot.payment_method_id AND pm.language_id = {DE} {CH} "
     f"WHERE o.version_id = {LIVE} AND os.technical_name = 'open' AND ts.technical_name = 'open' AND pm.name = 'Vorkasse' AND sc.name = 'lindmayr.at' AND {Y(2025)}", False),
    ("list", "Which products are switched off in the shop? Give their product numbers and names.",
     f"SELECT p.product_number, pt.name FROM product p {PNAME} WHERE p.version_id = {LIVE} AND p.parent_id IS NULL AND p.active = 0", False),
    ("list", "List the corporate orders of November and December 2025 worth more than 2,000 euros including VAT: order number, company and amount.",
     f"SELECT o.order_number, oc.company, o.amount_total {OK_FROM} JOIN order_customer oc ON oc.order_id = o.id AND oc.order_version_id = o.version_id "
     f"JOIN customer c ON c.id = oc.customer_id JOIN customer_group_translation gt ON gt.customer_group_id = c.customer_group_id AND gt.language_id = {DE} "
     f"WHERE {OK_WHERE} AND gt.name = 'Firmenkunden' AND o.amount_total > 2000 AND o.order_date >= '2025-11-01' AND o.order_date < '2026-01-01'", False),
    # ---------------------------------------------------------------- negation
    ("negation", "Which products have never been sold in any size? Give their product numbers and names.",
     f"SELECT p.product_number, pt.name FROM product p {PNAME} WHERE p.version_id = {LIVE} AND p.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM order_line_item li "
     f"JOIN product v ON v.id = li.product_id AND v.version_id = li.product_version_id WHERE li.version_id = {LIVE} AND COALESCE(v.parent_id, v.id) = p.id)", False),
    ("negation", "Which corporate customers have not bought anything in 2025?",
     f"SELECT c.company FROM customer c JOIN customer_group_translation gt ON gt.customer_group_id = c.customer_group_id AND gt.language_id = {DE} "
     f"WHERE gt.name = 'Firmenkunden' AND NOT EXISTS (SELECT 1 {OK_FROM} JOIN order_customer oc ON oc.order_id = o.id AND oc.order_version_id = o.version_id "
     f"WHERE {OK_WHERE} AND oc.customer_id = c.id AND {Y(2025)})", False),
    ("negation", "How many customer accounts registered on lindmayr.de (not guest checkouts) have never placed an order?",
     f"SELECT COUNT(*) FROM customer c JOIN sales_channel_translation sc ON sc.sales_channel_id = c.sales_channel_id AND sc.language_id = {DE} "
     f"WHERE sc.name = 'lindmayr.de' AND c.guest = 0 AND NOT EXISTS (SELECT 1 FROM order_customer oc WHERE oc.customer_id = c.id AND oc.version_id = {LIVE})", False),
    # ---------------------------------------------------------------- having
    ("having", "Which e-mail addresses checked out as a guest more than four times over 2024 and 2025? Count each address once however it was typed.",
     f"SELECT LOWER(oc.email) AS email, COUNT(*) AS orders {OK_FROM} JOIN order_customer oc ON oc.order_id = o.id AND oc.order_version_id = o.version_id "
     f"JOIN customer c ON c.id = oc.customer_id WHERE {OK_WHERE} AND c.guest = 1 AND o.order_date >= '2024-01-01' AND o.order_date < '2026-01-01' "
     f"GROUP BY LOWER(oc.email) HAVING COUNT(*) > 4", False),
    ("having", "Which brands sold more than 150 units in the boutique in 2025?",
     f"SELECT mt.name AS brand, SUM(li.quantity) AS units {OK_FROM} {CH} {LI} {PARENT} {BRAND} WHERE {OK_WHERE} AND li.type = 'product' AND sc.name = 'Boutique Wollzeile' "
     f"AND {Y(2025)} GROUP BY mt.name HAVING SUM(li.quantity) > 150", False),
    ("having", "In which months of 2025 did lindmayr.de take more than 18,000 euros including VAT and shipping?",
     f"SELECT strftime('%Y-%m', o.order_date) AS month, ROUND(SUM(o.amount_total), 2) AS sales {OK_FROM} {CH} WHERE {OK_WHERE} AND sc.name = 'lindmayr.de' "
     f"AND {Y(2025)} GROUP BY month HAVING SUM(o.amount_total) > 18000", False),
    # ---------------------------------------------------------------- compare
    ("compare", "Compare lindmayr.at's sales in November 2024 and November 2025, in euros including VAT and shipping.",
     f"SELECT ROUND(SUM(CASE WHEN o.order_date >= '2024-11-01' AND o.order_date < '2024-12-01' THEN o.amount_total ELSE 0 END), 2) AS nov_2024, "
     f"ROUND(SUM(CASE WHEN o.order_date >= '2025-11-01' AND o.order_date < '2025-12-01' THEN o.amount_total ELSE 0 END), 2) AS nov_2025 {OK_FROM} {CH} "
     f"WHERE {OK_WHERE} AND sc.name = 'lindmayr.at'", False),
    ("compare", "How many sales did the boutique make in January 2024 compared with January 2025?",
     f"SELECT SUM(CASE WHEN o.order_date >= '2024-01-01' AND o.order_date < '2024-02-01' THEN 1 ELSE 0 END) AS jan_2024, "
     f"SUM(CASE WHEN o.order_date >= '2025-01-01' AND o.order_date < '2025-02-01' THEN 1 ELSE 0 END) AS jan_2025 {OK_FROM} {CH} WHERE {OK_WHERE} AND sc.name = 'Boutique Wollzeile'", False),
    ("compare", "Did Chanel sell more units across all channels from March to August 2024 or from March to August 2025?",
     f"SELECT SUM(CASE WHEN o.order_date >= '2024-03-01' AND o.order_date < '2024-09-01' THEN li.quantity ELSE 0 END) AS mar_aug_2024, "
     f"SUM(CASE WHEN o.order_date >= '2025-03-01' AND o.order_date < '2025-09-01' THEN li.quantity ELSE 0 END) AS mar_aug_2025 {OK_FROM} {LI} {PARENT} {BRAND} "
     f"WHERE {OK_WHERE} AND li.type = 'product' AND mt.name = 'Chanel'", False),
    # ---------------------------------------------------------------- share
    ("share", "What share of lindmayr.at's orders in 2025 were collected in the boutique instead of being posted?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN sm.name = 'Abholung in der Boutique' THEN 1 ELSE 0 END) / COUNT(*), 4) {OK_FROM} {CH} "
     f"JOIN order_delivery od ON od.order_id = o.id AND od.order_version_id = o.version_id "
     f"JOIN shipping_method_translation sm ON sm.shipping_method_id = od.shipping_method_id AND sm.language_id = {DE} WHERE {OK_WHERE} AND sc.name = 'lindmayr.at' AND {Y(2025)}", False),
    ("share", "What share of the 2025 orders on the two online shops were guest checkouts?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN c.guest = 1 THEN 1 ELSE 0 END) / COUNT(*), 4) {OK_FROM} {CH} JOIN order_customer oc ON oc.order_id = o.id AND oc.order_version_id = o.version_id "
     f"LEFT JOIN customer c ON c.id = oc.customer_id WHERE {OK_WHERE} AND sc.name IN ('lindmayr.at', 'lindmayr.de') AND {Y(2025)}", False),
    ("share", "What share of the boutique's 2025 takings in euros including VAT came from Lindmayr Card members?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN gt.name = 'Lindmayr Card' THEN o.amount_total ELSE 0 END) / SUM(o.amount_total), 4) {OK_FROM} {CH} "
     f"JOIN order_customer oc ON oc.order_id = o.id AND oc.order_version_id = o.version_id LEFT JOIN customer c ON c.id = oc.customer_id "
     f"LEFT JOIN customer_group_translation gt ON gt.customer_group_id = c.customer_group_id AND gt.language_id = {DE} WHERE {OK_WHERE} AND sc.name = 'Boutique Wollzeile' AND {Y(2025)}", False),
    # ---------------------------------------------------------------- distinct
    ("distinct", "How many different customers bought on lindmayr.de in 2025? Count each e-mail address once.",
     f"SELECT COUNT(DISTINCT LOWER(oc.email)) {OK_FROM} {CH} JOIN order_customer oc ON oc.order_id = o.id AND oc.order_version_id = o.version_id "
     f"WHERE {OK_WHERE} AND sc.name = 'lindmayr.de' AND {Y(2025)}", False),
    ("distinct", "Which discount codes did customers use on lindmayr.de in 2024?",
     f"SELECT DISTINCT li.referenced_id {OK_FROM} {CH} {LI} WHERE {OK_WHERE} AND li.type = 'promotion' AND li.referenced_id IS NOT NULL AND sc.name = 'lindmayr.de' AND {Y(2024)}", False),
]

# ---------------------------------------------------------------------------------------------------------------- Tōtara
OK = "i.CANCELED = 'N'"
TY = lambda y, a="i": f"{a}.DocDate >= '{y}-01-01' AND {a}.DocDate < '{y + 1}-01-01'"
TRADE = "c.GroupCode IN (100, 101, 102, 103)"
LINES = "FROM OINV i JOIN INV1 l ON l.DocEntry = i.DocEntry JOIN OITM t ON t.ItemCode = l.ItemCode"

TP = [
    # ---------------------------------------------------------------- count
    ("count", "How many invoices did the Petone branch issue in 2025, leaving out cancelled ones?",
     f"SELECT COUNT(*) FROM OINV i JOIN OBPL b ON b.BPLId = i.BPLId WHERE {OK} AND b.BPLName = 'Petone' AND {TY(2025)}", False),
    ("count", "How many invoices were cancelled in 2024?",
     f"SELECT COUNT(*) FROM OINV i WHERE i.CANCELED = 'Y' AND {TY(2024)}", False),
    ("count", "How many sales quotes did Mount Maunganui send out in 2025?",
     f"SELECT COUNT(*) FROM OQUT q JOIN OBPL b ON b.BPLId = q.BPLId WHERE q.CANCELED = 'N' AND b.BPLName = 'Mount Maunganui' AND {TY(2025, 'q')}", False),
    ("count", "How many new trade accounts (painters, builders, property managers and key accounts) were opened in 2025?",
     f"SELECT COUNT(*) FROM OCRD c WHERE c.CardType = 'C' AND {TRADE} AND c.CreateDate >= '2025-01-01' AND c.CreateDate < '2026-01-01'", False),
    # ---------------------------------------------------------------- total
    ("total", "What were Penrose's sales in 2025 in NZD including GST, leaving out cancelled invoices?",
     f"SELECT ROUND(SUM(i.DocTotal), 2) FROM OINV i JOIN OBPL b ON b.BPLId = i.BPLId WHERE {OK} AND b.BPLName = 'Penrose' AND {TY(2025)}", False),
    ("total", "How many litres of paint, stain and oil did we sell in 2024 across all branches, before returns?",
     f"SELECT ROUND(SUM(l.Quantity * t.U_Litres), 2) {LINES} WHERE {OK} AND t.U_Litres IS NOT NULL AND {TY(2024)}", False),
    ("total", "What was the value of the credit notes for returns issued in 2025, in NZD including GST?",
     f"SELECT ROUND(SUM(r.DocTotal), 2) FROM ORIN r WHERE r.CANCELED = 'N' AND {TY(2025, 'r')}", False),
    ("total", "How much did customers still owe us on invoices at the end of 2025, in NZD including GST?",
     f"SELECT ROUND(SUM(i.DocTotal - i.PaidToDate), 2) FROM OINV i WHERE {OK} AND i.DocStatus = 'O' AND i.DocDate < '2026-01-01'", False),
    # ---------------------------------------------------------------- average
    ("average", "What was the average cash sale at Takapuna in 2025, in NZD including GST?",
     f"SELECT ROUND(AVG(i.DocTotal), 2) FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode JOIN OBPL b ON b.BPLId = i.BPLId WHERE {OK} AND c.GroupCode = 104 "
     f"AND b.BPLName = 'Takapuna' AND {TY(2025)}", False),
    ("average", "For quotes that turned into invoices in 2025, how many days passed on average between the quote and the invoice?",
     f"SELECT ROUND(AVG(julianday(i.DocDate) - julianday(q.DocDate)), 2) FROM OINV i JOIN OQUT q ON q.DocEntry = (SELECT MIN(l.BaseEntry) FROM INV1 l "
     f"WHERE l.DocEntry = i.DocEntry AND l.BaseType = 23) WHERE {OK} AND q.CANCELED = 'N' AND {TY(2025)}", False),
    ("average", "What was the average value of a trade customer's invoice in 2025, in NZD excluding GST?",
     f"SELECT ROUND(AVG(i.DocTotal - i.VatSum), 2) FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE {OK} AND {TRADE} AND {TY(2025)}", False),
    # ---------------------------------------------------------------- breakdown
    ("breakdown", "Show total sales for each month of 2025 across all branches, in NZD excluding GST, leaving out cancelled invoices.",
     f"SELECT strftime('%Y-%m', i.DocDate) AS month, ROUND(SUM(i.DocTotal - i.VatSum), 2) AS sales_excl_gst FROM OINV i WHERE {OK} AND {TY(2025)} GROUP BY month ORDER BY month", True),
    ("breakdown", "How many litres of exterior paint did we sell in each quarter of 2024 and 2025?",
     f"SELECT strftime('%Y', i.DocDate) || '-Q' || ((CAST(strftime('%m', i.DocDate) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(l.Quantity * t.U_Litres), 2) AS litres "
     f"{LINES} JOIN OITB g ON g.ItmsGrpCod = t.ItmsGrpCod WHERE {OK} AND g.ItmsGrpNam = 'Exterior Paint' AND i.DocDate >= '2024-01-01' AND i.DocDate < '2026-01-01' "
     f"GROUP BY quarter ORDER BY quarter", True),
    ("breakdown", "How many invoices did Petone issue in each of its first four weeks, from its opening on 3 March to 30 March 2025, weeks starting on Monday?",
     f"SELECT date(i.DocDate, '-6 days', 'weekday 1') AS week, COUNT(*) AS invoices FROM OINV i JOIN OBPL b ON b.BPLId = i.BPLId WHERE {OK} AND b.BPLName = 'Petone' "
     f"AND i.DocDate >= '2025-03-03' AND i.DocDate < '2025-03-31' GROUP BY week ORDER BY week", True),
    ("breakdown", "Break down 2024 sales by branch in NZD including GST, leaving out cancelled invoices. Count Hamilton's old and new shop as one branch.",
     f"SELECT b.BPLName AS branch, ROUND(SUM(i.DocTotal), 2) AS sales FROM OINV i JOIN OBPL b ON b.BPLId = i.BPLId WHERE {OK} AND {TY(2024)} GROUP BY b.BPLName", False),
    ("breakdown", "How many credit notes did we issue for each return reason over 2024 and 2025?",
     f"SELECT u.Descr AS reason, COUNT(*) AS credit_notes FROM ORIN r JOIN UFD1 u ON u.TableID = 'ORIN' AND u.FieldID = 0 AND u.FldValue = r.U_ReturnReason "
     f"WHERE r.CANCELED = 'N' AND r.DocDate >= '2024-01-01' AND r.DocDate < '2026-01-01' GROUP BY u.Descr", False),
    # ---------------------------------------------------------------- topn
    ("topn", "Which five trade customers spent the most with us in 2025, in NZD excluding GST? Treat every account on its own.",
     f"SELECT c.CardName AS customer, ROUND(SUM(i.DocTotal - i.VatSum), 2) AS spent FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE {OK} AND {TRADE} AND {TY(2025)} "
     f"GROUP BY c.CardCode, c.CardName ORDER BY spent DESC LIMIT 5", True),
    ("topn", "Which three colours did we tint the most litres of in 2025, however the colour name was typed?",
     f"SELECT LOWER(TRIM(l.U_ColourName)) AS colour, ROUND(SUM(l.Quantity * t.U_Litres), 2) AS litres {LINES} WHERE {OK} AND l.U_ColourName IS NOT NULL AND {TY(2025)} "
     f"GROUP BY LOWER(TRIM(l.U_ColourName)) ORDER BY litres DESC LIMIT 3", True),
    ("topn", "Which three sales reps brought in the most trade sales in 2025, in NZD excluding GST?",
     f"SELECT s.SlpName AS rep, ROUND(SUM(i.DocTotal - i.VatSum), 2) AS sales FROM OINV i JOIN OSLP s ON s.SlpCode = i.SlpCode JOIN OCRD c ON c.CardCode = i.CardCode "
     f"WHERE {OK} AND {TRADE} AND i.SlpCode <> -1 AND {TY(2025)} GROUP BY s.SlpName ORDER BY sales DESC LIMIT 3", True),
    ("topn", "Of the brushes we sold in 2025, which three sold the fewest units? Count the two item codes of the Purdy XL Glide 63mm brush as one brush.",
     f"SELECT CASE WHEN l.ItemCode = 'PURDY-XLGLIDE-63' THEN 'PUR-XLG-63' ELSE l.ItemCode END AS item, SUM(l.Quantity) AS units {LINES} JOIN OITB g ON g.ItmsGrpCod = t.ItmsGrpCod "
     f"WHERE {OK} AND g.ItmsGrpNam = 'Brushes' AND {TY(2025)} GROUP BY item ORDER BY units ASC LIMIT 3", True),
    # ---------------------------------------------------------------- attribute
    ("attribute", "What is the trade price of Resene Lumbersider Low Sheen 10L in NZD, excluding GST?",
     "SELECT p.Price FROM ITM1 p JOIN OITM t ON t.ItemCode = p.ItemCode JOIN OPLN n ON n.ListNum = p.PriceList WHERE t.ItemName = 'Resene Lumbersider Low Sheen 10L' AND n.ListName = 'Trade'", False),
    ("attribute", "Which sales rep looks after Coastal Coatings Ltd?",
     "SELECT s.SlpName FROM OCRD c JOIN OSLP s ON s.SlpCode = c.SlpCode WHERE c.CardName = 'Coastal Coatings Ltd'", False),
    ("attribute", "What payment terms does Tama Decorators Ltd have?",
     "SELECT g.PymntGroup FROM OCRD c JOIN OCTG g ON g.GroupNum = c.GroupNum WHERE c.CardName = 'Tama Decorators Ltd'", False),
    # ---------------------------------------------------------------- list
    ("list", "List Coastal Coatings' invoices that are still unpaid: invoice number, date and the amount owed in NZD including GST.",
     f"SELECT i.DocNum, date(i.DocDate) AS invoice_date, ROUND(i.DocTotal - i.PaidToDate, 2) AS owed FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode "
     f"WHERE {OK} AND i.DocStatus = 'O' AND c.CardName = 'Coastal Coatings Ltd'", False),
    ("list", "Which items have been taken off sale? Give their item codes and names.",
     "SELECT t.ItemCode, t.ItemName FROM OITM t WHERE t.frozenFor = 'Y'", False),
    ("list", "List the Mount Maunganui quotes of 2025 worth more than 5,000 NZD including GST that are still open: quote number, customer and amount.",
     f"SELECT q.DocNum, q.CardName, q.DocTotal FROM OQUT q JOIN OBPL b ON b.BPLId = q.BPLId WHERE q.CANCELED = 'N' AND q.DocStatus = 'O' AND b.BPLName = 'Mount Maunganui' "
     f"AND q.DocTotal > 5000 AND {TY(2025, 'q')}", False),
    # ---------------------------------------------------------------- negation
    ("negation", "Which trade customers whose accounts were opened before 2025 have not bought anything in 2025?",
     f"SELECT c.CardCode, c.CardName FROM OCRD c WHERE c.CardType = 'C' AND {TRADE} AND c.CreateDate < '2025-01-01' AND NOT EXISTS (SELECT 1 FROM OINV i "
     f"WHERE i.CardCode = c.CardCode AND {OK} AND {TY(2025)})", False),
    ("negation", "Which items have never been sold?",
     "SELECT t.ItemCode, t.ItemName FROM OITM t WHERE NOT EXISTS (SELECT 1 FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.ItemCode = t.ItemCode AND i.CANCELED = 'N')", False),
    ("negation", "How many of the quotes sent to trade customers in 2024 never turned into an invoice?",
     f"SELECT COUNT(*) FROM OQUT q JOIN OCRD c ON c.CardCode = q.CardCode WHERE q.CANCELED = 'N' AND {TRADE} AND {TY(2024, 'q')} AND NOT EXISTS (SELECT 1 FROM INV1 l "
     f"JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.BaseType = 23 AND l.BaseEntry = q.DocEntry AND {OK})", False),
    # ---------------------------------------------------------------- having
    ("having", "Which trade customers had more than three credit notes over 2024 and 2025?",
     f"SELECT c.CardName AS customer, COUNT(*) AS credit_notes FROM ORIN r JOIN OCRD c ON c.CardCode = r.CardCode WHERE r.CANCELED = 'N' AND {TRADE} "
     f"AND r.DocDate >= '2024-01-01' AND r.DocDate < '2026-01-01' GROUP BY c.CardCode, c.CardName HAVING COUNT(*) > 3", False),
    ("having", "Which items sold more than 1,500 units in 2025?",
     f"SELECT t.ItemCode, t.ItemName, SUM(l.Quantity) AS units {LINES} WHERE {OK} AND {TY(2025)} GROUP BY t.ItemCode, t.ItemName HAVING SUM(l.Quantity) > 1500", False),
    ("having", "Which trade customers bought more than 3,000 litres of paint, stain and oil in 2025?",
     f"SELECT c.CardName AS customer, ROUND(SUM(l.Quantity * t.U_Litres), 2) AS litres {LINES} JOIN OCRD c ON c.CardCode = i.CardCode WHERE {OK} AND {TRADE} "
     f"AND t.U_Litres IS NOT NULL AND {TY(2025)} GROUP BY c.CardCode, c.CardName HAVING SUM(l.Quantity * t.U_Litres) > 3000", False),
    # ---------------------------------------------------------------- compare
    ("compare", "Compare Hamilton's sales in NZD excluding GST in the three months before its move to Te Rapa (14 July to 13 October 2024) and the three months after (14 October 2024 to 13 January 2025).",
     f"SELECT ROUND(SUM(CASE WHEN i.DocDate >= '2024-07-14' AND i.DocDate < '2024-10-14' THEN i.DocTotal - i.VatSum ELSE 0 END), 2) AS before_move, "
     f"ROUND(SUM(CASE WHEN i.DocDate >= '2024-10-14' AND i.DocDate < '2025-01-14' THEN i.DocTotal - i.VatSum ELSE 0 END), 2) AS after_move "
     f"FROM OINV i JOIN OBPL b ON b.BPLId = i.BPLId WHERE {OK} AND b.BPLName = 'Hamilton (Te Rapa)'", False),
    ("compare", "On cash sales, what was the average price paid in NZD for a 10L Resene Lumbersider Low Sheen excluding GST before and after the price rise of 1 February 2025, in the year on each side?",
     f"SELECT ROUND(AVG(CASE WHEN i.DocDate >= '2024-02-01' AND i.DocDate < '2025-02-01' THEN l.Price END), 2) AS before_rise, "
     f"ROUND(AVG(CASE WHEN i.DocDate >= '2025-02-01' AND i.DocDate < '2026-02-01' THEN l.Price END), 2) AS after_rise {LINES} JOIN OCRD c ON c.CardCode = i.CardCode "
     f"WHERE {OK} AND c.GroupCode = 104 AND t.ItemName = 'Resene Lumbersider Low Sheen 10L'", False),
    ("compare", "Compare Takapuna's sales in 2024 and 2025, in NZD including GST, leaving out cancelled invoices.",
     f"SELECT ROUND(SUM(CASE WHEN {TY(2024)} THEN i.DocTotal ELSE 0 END), 2) AS sales_2024, ROUND(SUM(CASE WHEN {TY(2025)} THEN i.DocTotal ELSE 0 END), 2) AS sales_2025 "
     f"FROM OINV i JOIN OBPL b ON b.BPLId = i.BPLId WHERE {OK} AND b.BPLName = 'Takapuna'", False),
    # ---------------------------------------------------------------- share
    ("share", "What share of 2025 sales in NZD including GST came from cash sales?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN c.GroupCode = 104 THEN i.DocTotal ELSE 0 END) / SUM(i.DocTotal), 4) FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode WHERE {OK} AND {TY(2025)}", False),
    ("share", "What share of the invoices in 2025 were delivered or couriered rather than picked up at the counter?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN s.TrnspName <> 'Counter pickup' THEN 1 ELSE 0 END) / COUNT(*), 4) FROM OINV i JOIN OSHP s ON s.TrnspCode = i.TrnspCode WHERE {OK} AND {TY(2025)}", False),
    ("share", "What share of the sales quotes sent in 2024 were turned into invoices?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM INV1 l JOIN OINV i ON i.DocEntry = l.DocEntry WHERE l.BaseType = 23 AND l.BaseEntry = q.DocEntry AND {OK}) "
     f"THEN 1 ELSE 0 END) / COUNT(*), 4) FROM OQUT q WHERE q.CANCELED = 'N' AND {TY(2024, 'q')}", False),
    # ---------------------------------------------------------------- distinct
    ("distinct", "How many different colours did we tint in 2025, however the colour names were typed?",
     f"SELECT COUNT(DISTINCT LOWER(TRIM(l.U_ColourName))) FROM OINV i JOIN INV1 l ON l.DocEntry = i.DocEntry WHERE {OK} AND l.U_ColourName IS NOT NULL AND {TY(2025)}", False),
    ("distinct", "Which of our branches did the Kāinga Property Group's accounts buy from in 2025?",
     f"SELECT DISTINCT b.BPLName FROM OINV i JOIN OCRD c ON c.CardCode = i.CardCode JOIN OCRD parent ON parent.CardCode = c.FatherCard JOIN OBPL b ON b.BPLId = i.BPLId "
     f"WHERE {OK} AND parent.CardName = 'Kāinga Property Group Ltd' AND {TY(2025)}", False),
]


def main():
    out, kinds = [], []
    for dbn, lst in (("lindmayr", LV), ("totara_paint", TP)):
        for i, (kind, q, sql, om) in enumerate(lst, 1):
            qid = f"{dbn}-{i:03d}"
            out.append({"id": qid, "db": f"databases/{dbn}.sqlite", "question": q, "sql": sql, "order_matters": om})
            kinds.append(f"{qid}\t{kind}")
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for q in out:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(kinds) + "\n")


if __name__ == "__main__":
    main()
