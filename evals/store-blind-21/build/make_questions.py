"""Writes ../questions.jsonl and kinds.tsv for store-blind-21 (40 questions per database).

Reference SQL conventions (also in the README):

Mare Viva (PrestaShop):
  * an order counts when it is valid (valid = 1: paid and not cancelled, refunded or failed); a question about
    cancelled orders uses the current status 'Cancelado';
  * an order's date is when it was placed (date_add, shop time); periods are written as date_add ranges or
    substr(date_add, ...);
  * "what customers paid" = total_paid_tax_incl (VAT and shipping in, vouchers out); product and category money = order
    line totals (total_price_tax_excl / total_price_tax_incl, before voucher discounts); refunds = credit slips
    (ps_order_slip.amount, VAT and shipping in) dated by the slip;
  * product, category and status names come from the Portuguese texts (id_lang = 1), the shop's default language; a
    product keyed twice in another case counts as one product when the question names it;
  * the country of an order is the country of its delivery address; "registered customers" are accounts with
    is_guest = 0; people are told apart by e-mail address when the question says so;
  * staff names are firstname || ' ' || lastname; customers' names firstname || ' ' || TRIM(lastname).

Blekk & Papir (Dynamics NAV):
  * only the company's own tables ("Blekk & Papir AS$..."), never the CRONUS demo company;
  * sales money = posted sales invoice lines ("Amount" excl. MVA, "Amount Including VAT" incl.); credit notes are
    deducted only when the question says so (credit memo lines dated by their own posting date); posted invoices have no
    status, so every posted invoice counts;
  * channels are the department dimension ("Shortcut Dimension 1 Code"): B2B, NETT (web shop), BUTIKK-BGO (Bergen
    shop), BUTIKK-SVG (Stavanger shop); a shop's takings = the lines of its daily settlement invoices;
  * units sold = item lines (Type = 2); days = substr("Posting Date", 1, 10);
  * customer names are TRIM("Name"); lists of customers leave blocked customers out ("Blocked" = 0);
  * a customer's group is its "Customer Price Group" (SKOLE, BARNEHAGE, ...), the header keeps the group at posting."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
MV, BP = "mare_viva", "blekk_og_papir"

# ------------------------------------------------------------------ Mare Viva Surf Co.
VALID25 = "o.valid = 1 AND o.date_add >= '2025-01-01' AND o.date_add < '2026-01-01'"
MV_Q = [
    ("count", "How many orders did we get in July 2025?",
     "SELECT COUNT(*) AS orders FROM ps_orders WHERE valid = 1 AND date_add >= '2025-07-01' AND date_add < '2025-08-01'", False),
    ("count", "How many of the orders placed in 2024 ended up cancelled?",
     "SELECT COUNT(*) AS cancelled_orders FROM ps_orders o JOIN ps_order_state_lang s ON s.id_order_state = o.current_state AND s.id_lang = 1 "
     "WHERE s.name = 'Cancelado' AND o.date_add >= '2024-01-01' AND o.date_add < '2025-01-01'", False),
    ("count", "How many 2025 orders were going to an address in Spain?",
     "SELECT COUNT(*) AS orders FROM ps_orders o JOIN ps_address a ON a.id_address = o.id_address_delivery JOIN ps_country c ON c.id_country = a.id_country "
     f"WHERE {VALID25} AND c.iso_code = 'ES'", False),
    ("count", "How many click & collect orders have customers picked up at the Peniche shop?",
     "SELECT COUNT(*) AS collected FROM ps_orders o JOIN ps_carrier c ON c.id_carrier = o.id_carrier WHERE c.name = 'Levantamento na loja - Peniche' "
     "AND EXISTS (SELECT 1 FROM ps_order_history h JOIN ps_order_state_lang s ON s.id_order_state = h.id_order_state AND s.id_lang = 1 WHERE h.id_order = o.id_order AND s.name = 'Levantado na loja')", False),
    ("total", "What did customers pay in total for the orders they placed in December 2024, VAT and shipping included?",
     "SELECT ROUND(SUM(total_paid_tax_incl), 2) AS paid FROM ps_orders WHERE valid = 1 AND date_add >= '2024-12-01' AND date_add < '2025-01-01'", False),
    ("total", "What were our 2025 sales of men's and women's wetsuits, excluding VAT and before any voucher discounts?",
     "SELECT ROUND(SUM(d.total_price_tax_excl), 2) AS wetsuit_sales FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order JOIN ps_product p ON p.id_product = d.product_id "
     f"JOIN ps_category_lang cl ON cl.id_category = p.id_category_default AND cl.id_lang = 1 AND cl.id_shop = 1 WHERE {VALID25} AND cl.name IN ('Fatos de homem', 'Fatos de senhora')", False),
    ("total", "How much money did we give back on credit slips in 2025, VAT included?",
     "SELECT ROUND(SUM(amount), 2) AS refunded FROM ps_order_slip WHERE date_add >= '2025-01-01' AND date_add < '2026-01-01'", False),
    ("total", "How many bars of Sex Wax Quick Humps did we sell in 2024?",
     "SELECT SUM(d.product_quantity) AS bars FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order "
     "JOIN ps_product_lang pl ON pl.id_product = d.product_id AND pl.id_lang = 1 AND pl.id_shop = 1 "
     "WHERE o.valid = 1 AND o.date_add >= '2024-01-01' AND o.date_add < '2025-01-01' AND UPPER(pl.name) = 'SEX WAX QUICK HUMPS'", False),
    ("average", "What was our average order value in 2025, with VAT and shipping?",
     f"SELECT ROUND(AVG(o.total_paid_tax_incl), 2) AS avg_order FROM ps_orders o WHERE {VALID25}", False),
    ("average", "On average, how many items were in an order placed in August 2025?",
     "SELECT ROUND(AVG(items), 2) AS avg_items FROM (SELECT o.id_order, SUM(d.product_quantity) AS items FROM ps_orders o JOIN ps_order_detail d ON d.id_order = o.id_order "
     "WHERE o.valid = 1 AND o.date_add >= '2025-08-01' AND o.date_add < '2025-09-01' GROUP BY o.id_order)", False),
    ("average", "For orders placed in 2025, how many days did it take on average from the order to it being marked as shipped?",
     "SELECT ROUND(AVG(julianday(h.date_add) - julianday(o.date_add)), 2) AS avg_days FROM ps_orders o JOIN ps_order_history h ON h.id_order = o.id_order "
     "JOIN ps_order_state_lang s ON s.id_order_state = h.id_order_state AND s.id_lang = 1 WHERE s.name = 'Enviado' AND o.date_add >= '2025-01-01' AND o.date_add < '2026-01-01'", False),
    ("breakdown", "How many orders did we get each month in 2025?",
     "SELECT substr(date_add, 1, 7) AS month, COUNT(*) AS orders FROM ps_orders WHERE valid = 1 AND date_add >= '2025-01-01' AND date_add < '2026-01-01' GROUP BY substr(date_add, 1, 7)", False),
    ("breakdown", "What did customers pay per quarter in 2024, VAT and shipping included?",
     "SELECT substr(date_add, 1, 4) || '-Q' || ((CAST(substr(date_add, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(total_paid_tax_incl), 2) AS paid FROM ps_orders "
     "WHERE valid = 1 AND date_add >= '2024-01-01' AND date_add < '2025-01-01' GROUP BY 1", False),
    ("breakdown", "Orders per week for August 2025 please, weeks starting on Monday.",
     "SELECT date(substr(date_add, 1, 10), 'weekday 0', '-6 days') AS week_starting, COUNT(*) AS orders FROM ps_orders "
     "WHERE valid = 1 AND date_add >= '2025-08-01' AND date_add < '2025-09-01' GROUP BY 1", False),
    ("breakdown", "How many 2025 orders were paid with each payment method?",
     f"SELECT o.payment AS payment_method, COUNT(*) AS orders FROM ps_orders o WHERE {VALID25} GROUP BY o.payment", False),
    ("breakdown", "How many 2024 orders went with each delivery option?",
     "SELECT c.name AS delivery_option, COUNT(*) AS orders FROM ps_orders o JOIN ps_carrier c ON c.id_carrier = o.id_carrier "
     "WHERE o.valid = 1 AND o.date_add >= '2024-01-01' AND o.date_add < '2025-01-01' GROUP BY c.name", False),
    ("topn", "Which 4 products sold the most units in 2025?",
     "SELECT pl.name AS product, SUM(d.product_quantity) AS units FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order "
     f"JOIN ps_product_lang pl ON pl.id_product = d.product_id AND pl.id_lang = 1 AND pl.id_shop = 1 WHERE {VALID25} GROUP BY d.product_id, pl.name ORDER BY units DESC LIMIT 4", True),
    ("topn", "Which 3 surf schools spent the most with us in 2025, VAT and shipping included?",
     f"SELECT c.company AS school, ROUND(SUM(o.total_paid_tax_incl), 2) AS spent FROM ps_orders o JOIN ps_customer c ON c.id_customer = o.id_customer "
     f"JOIN ps_group_lang g ON g.id_group = c.id_default_group AND g.id_lang = 1 WHERE {VALID25} AND g.name = 'Escolas de surf' GROUP BY c.id_customer, c.company ORDER BY spent DESC LIMIT 3", True),
    ("topn", "Which 5 wetsuit sizes sold the most in 2025? Men's and women's suits only.",
     "SELECT al.name AS size, SUM(d.product_quantity) AS units FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order "
     "JOIN ps_product p ON p.id_product = d.product_id JOIN ps_product_attribute_combination pac ON pac.id_product_attribute = d.product_attribute_id "
     "JOIN ps_attribute a ON a.id_attribute = pac.id_attribute JOIN ps_attribute_lang al ON al.id_attribute = a.id_attribute AND al.id_lang = 1 "
     "JOIN ps_attribute_group_lang ag ON ag.id_attribute_group = a.id_attribute_group AND ag.id_lang = 1 "
     "JOIN ps_category_lang cl ON cl.id_category = p.id_category_default AND cl.id_lang = 1 AND cl.id_shop = 1 "
     f"WHERE {VALID25} AND ag.name = 'Tamanho' AND cl.name IN ('Fatos de homem', 'Fatos de senhora') GROUP BY al.name ORDER BY units DESC LIMIT 5", True),
    ("topn", "Which 3 men's wetsuits sold the fewest units in 2025?",
     "SELECT pl.name AS wetsuit, SUM(d.product_quantity) AS units FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order JOIN ps_product p ON p.id_product = d.product_id "
     "JOIN ps_product_lang pl ON pl.id_product = p.id_product AND pl.id_lang = 1 AND pl.id_shop = 1 JOIN ps_category_lang cl ON cl.id_category = p.id_category_default AND cl.id_lang = 1 AND cl.id_shop = 1 "
     f"WHERE {VALID25} AND cl.name = 'Fatos de homem' GROUP BY p.id_product, pl.name ORDER BY units ASC LIMIT 3", True),
    ("attribute", "What is the Xcel Comp X 4/3 Chest Zip listed at on the site, with Portugal's 23 % VAT added?",
     "SELECT ROUND(p.price * 1.23, 2) AS price_incl_vat FROM ps_product p JOIN ps_product_lang pl ON pl.id_product = p.id_product AND pl.id_lang = 1 AND pl.id_shop = 1 "
     "WHERE pl.name = 'Xcel Comp X 4/3 Chest Zip'", False),
    ("attribute", "What e-mail address do we have for Baleal Surf Camp?",
     "SELECT email FROM ps_customer WHERE company = 'Baleal Surf Camp' AND deleted = 0", False),
    ("attribute", "When was order EDVZREHHC placed, and what did the customer pay for it with VAT and shipping?",
     "SELECT date_add AS placed, total_paid_tax_incl AS paid FROM ps_orders WHERE reference = 'EDVZREHHC'", False),
    ("list", "Which orders are still waiting for a bank transfer? Give the order reference and when it was placed.",
     "SELECT o.reference, o.date_add AS placed FROM ps_orders o JOIN ps_order_state_lang s ON s.id_order_state = o.current_state AND s.id_lang = 1 "
     "WHERE s.name = 'Aguarda pagamento por transferência bancária'", False),
    ("list", "What are the subcategories directly under Acessórios in the shop menu?",
     "SELECT cl.name AS subcategory FROM ps_category child JOIN ps_category parent ON parent.id_category = child.id_parent "
     "JOIN ps_category_lang pl ON pl.id_category = parent.id_category AND pl.id_lang = 1 AND pl.id_shop = 1 "
     "JOIN ps_category_lang cl ON cl.id_category = child.id_category AND cl.id_lang = 1 AND cl.id_shop = 1 WHERE pl.name = 'Acessórios'", False),
    ("list", "Which used boards did we sell in 2025, and what did each one go for including VAT?",
     "SELECT pl.name AS board, d.total_price_tax_incl AS sold_for FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order JOIN ps_product p ON p.id_product = d.product_id "
     f"JOIN ps_product_lang pl ON pl.id_product = p.id_product AND pl.id_lang = 1 AND pl.id_shop = 1 WHERE {VALID25} AND p.condition = 'used'", False),
    ("negation", "Which used boards have never been sold?",
     "SELECT pl.name AS board FROM ps_product p JOIN ps_product_lang pl ON pl.id_product = p.id_product AND pl.id_lang = 1 AND pl.id_shop = 1 WHERE p.condition = 'used' "
     "AND NOT EXISTS (SELECT 1 FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order WHERE d.product_id = p.id_product AND o.valid = 1)", False),
    ("negation", "Which surf schools didn't place a single order in 2025?",
     "SELECT c.company AS school FROM ps_customer c JOIN ps_group_lang g ON g.id_group = c.id_default_group AND g.id_lang = 1 WHERE g.name = 'Escolas de surf' AND c.deleted = 0 "
     f"AND NOT EXISTS (SELECT 1 FROM ps_orders o WHERE o.id_customer = c.id_customer AND {VALID25})", False),
    ("negation", "Which of our back-office staff have never marked an order as shipped?",
     "SELECT e.firstname || ' ' || e.lastname AS employee FROM ps_employee e WHERE NOT EXISTS (SELECT 1 FROM ps_order_history h "
     "JOIN ps_order_state_lang s ON s.id_order_state = h.id_order_state AND s.id_lang = 1 WHERE h.id_employee = e.id_employee AND s.name = 'Enviado')", False),
    ("having", "Which registered customers placed at least 10 orders across 2024 and 2025, and how many each?",
     "SELECT c.firstname || ' ' || TRIM(c.lastname) AS customer, COUNT(*) AS orders FROM ps_orders o JOIN ps_customer c ON c.id_customer = o.id_customer "
     "WHERE o.valid = 1 AND c.is_guest = 0 AND o.date_add >= '2024-01-01' AND o.date_add < '2026-01-01' GROUP BY c.id_customer, customer HAVING COUNT(*) >= 10", False),
    ("having", "Which products sold more than 200 units in 2025?",
     "SELECT pl.name AS product, SUM(d.product_quantity) AS units FROM ps_order_detail d JOIN ps_orders o ON o.id_order = d.id_order "
     f"JOIN ps_product_lang pl ON pl.id_product = d.product_id AND pl.id_lang = 1 AND pl.id_shop = 1 WHERE {VALID25} GROUP BY d.product_id, pl.name HAVING SUM(d.product_quantity) > 200", False),
    ("having", "On which days of 2025 did 17 or more orders come in?",
     "SELECT substr(date_add, 1, 10) AS day, COUNT(*) AS orders FROM ps_orders WHERE valid = 1 AND date_add >= '2025-01-01' AND date_add < '2026-01-01' "
     "GROUP BY substr(date_add, 1, 10) HAVING COUNT(*) >= 17", False),
    ("compare", "How many orders did we get from June to August 2024, and how many from June to August 2025?",
     "SELECT SUM(CASE WHEN date_add >= '2024-06-01' AND date_add < '2024-09-01' THEN 1 ELSE 0 END) AS summer_2024, "
     "SUM(CASE WHEN date_add >= '2025-06-01' AND date_add < '2025-09-01' THEN 1 ELSE 0 END) AS summer_2025 FROM ps_orders WHERE valid = 1", False),
    ("compare", "Compare what customers paid in Q4 2024 with Q4 2025, VAT and shipping included.",
     "SELECT ROUND(SUM(CASE WHEN date_add >= '2024-10-01' AND date_add < '2025-01-01' THEN total_paid_tax_incl ELSE 0 END), 2) AS q4_2024, "
     "ROUND(SUM(CASE WHEN date_add >= '2025-10-01' AND date_add < '2026-01-01' THEN total_paid_tax_incl ELSE 0 END), 2) AS q4_2025 FROM ps_orders WHERE valid = 1", False),
    ("compare", "Did the Xcel Comp X 4/3 Chest Zip sell more units in 2024 or in 2025? Give me both numbers.",
     "SELECT SUM(CASE WHEN o.date_add >= '2024-01-01' AND o.date_add < '2025-01-01' THEN d.product_quantity ELSE 0 END) AS units_2024, "
     "SUM(CASE WHEN o.date_add >= '2025-01-01' AND o.date_add < '2026-01-01' THEN d.product_quantity ELSE 0 END) AS units_2025 FROM ps_order_detail d "
     "JOIN ps_orders o ON o.id_order = d.id_order JOIN ps_product_lang pl ON pl.id_product = d.product_id AND pl.id_lang = 1 AND pl.id_shop = 1 "
     "WHERE o.valid = 1 AND pl.name = 'Xcel Comp X 4/3 Chest Zip'", False),
    ("share", "What share of 2025 orders were for pick-up in one of our shops rather than delivery?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN c.name IN ('Levantamento na loja - Ericeira', 'Levantamento na loja - Peniche') THEN 1 ELSE 0 END) / COUNT(*), 4) AS share "
     f"FROM ps_orders o JOIN ps_carrier c ON c.id_carrier = o.id_carrier WHERE {VALID25}", False),
    ("share", "What fraction of 2025 orders used a voucher code?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM ps_order_cart_rule r WHERE r.id_order = o.id_order) THEN 1 ELSE 0 END) / COUNT(*), 4) AS share "
     f"FROM ps_orders o WHERE {VALID25}", False),
    ("share", "Of the 2025 orders going to addresses in Portugal, what share were paid with MB WAY?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN o.module = 'mbway' THEN 1 ELSE 0 END) / COUNT(*), 4) AS share FROM ps_orders o JOIN ps_address a ON a.id_address = o.id_address_delivery "
     f"JOIN ps_country c ON c.id_country = a.id_country WHERE {VALID25} AND c.iso_code = 'PT'", False),
    ("distinct", "How many different e-mail addresses placed an order with us in 2025?",
     f"SELECT COUNT(DISTINCT LOWER(TRIM(c.email))) AS buyers FROM ps_orders o JOIN ps_customer c ON c.id_customer = o.id_customer WHERE {VALID25}", False),
    ("distinct", "How many different countries did we send 2025 orders to?",
     f"SELECT COUNT(DISTINCT a.id_country) AS countries FROM ps_orders o JOIN ps_address a ON a.id_address = o.id_address_delivery WHERE {VALID25}", False),
]

# ------------------------------------------------------------------ Blekk & Papir AS
H = '"Blekk & Papir AS$Sales Invoice Header"'
L = '"Blekk & Papir AS$Sales Invoice Line"'
CH = '"Blekk & Papir AS$Sales Cr_Memo Header"'
CLN = '"Blekk & Papir AS$Sales Cr_Memo Line"'
C = '"Blekk & Papir AS$Customer"'
I = '"Blekk & Papir AS$Item"'
IC = '"Blekk & Papir AS$Item Category"'
CLE = '"Blekk & Papir AS$Cust_ Ledger Entry"'
SP = '"Blekk & Papir AS$Salesperson_Purchaser"'
MF = '"Blekk & Papir AS$Manufacturer"'
PT = '"Blekk & Papir AS$Payment Terms"'
HL = f'{L} l JOIN {H} h ON h."No_" = l."Document No_"'
Y = lambda y: f"substr(h.\"Posting Date\", 1, 4) = '{y}'"
BP_Q = [
    ("count", "How many web shop orders did we invoice in November 2025?",
     f"SELECT COUNT(*) AS orders FROM {H} WHERE \"Shortcut Dimension 1 Code\" = 'NETT' AND substr(\"Posting Date\", 1, 7) = '2025-11'", False),
    ("count", "On how many days in 2025 did the Stavanger shop post takings?",
     f"SELECT COUNT(*) AS days FROM {H} WHERE \"Shortcut Dimension 1 Code\" = 'BUTIKK-SVG' AND substr(\"Posting Date\", 1, 4) = '2025'", False),
    ("count", "How many credit notes did Torunn Strand post in 2025?",
     f"SELECT COUNT(*) AS credit_notes FROM {CH} h JOIN \"User\" u ON u.\"User Name\" = h.\"User ID\" WHERE u.\"Full Name\" = 'Torunn Strand' AND {Y(2025)}", False),
    ("count", "How many invoices did schools get from us in August 2025?",
     f"SELECT COUNT(*) AS invoices FROM {H} WHERE \"Customer Price Group\" = 'SKOLE' AND substr(\"Posting Date\", 1, 7) = '2025-08'", False),
    ("total", "What were the Bergen shop's takings in December 2024, MVA included?",
     f"SELECT ROUND(SUM(l.\"Amount Including VAT\"), 2) AS takings FROM {HL} WHERE h.\"Shortcut Dimension 1 Code\" = 'BUTIKK-BGO' AND substr(h.\"Posting Date\", 1, 7) = '2024-12'", False),
    ("total", "What were our net B2B sales in 2025, excluding MVA and after deducting credit notes?",
     f"SELECT ROUND((SELECT SUM(l.\"Amount\") FROM {HL} WHERE h.\"Shortcut Dimension 1 Code\" = 'B2B' AND {Y(2025)}) - "
     f"(SELECT SUM(l.\"Amount\") FROM {CLN} l JOIN {CH} h ON h.\"No_\" = l.\"Document No_\" WHERE h.\"Shortcut Dimension 1 Code\" = 'B2B' AND {Y(2025)}), 2) AS net_b2b", False),
    ("total", "How much did we invoice Bergen kommune in 2025, excluding MVA and before credit notes?",
     f"SELECT ROUND(SUM(l.\"Amount\"), 2) AS invoiced FROM {HL} JOIN {C} c ON c.\"No_\" = h.\"Bill-to Customer No_\" WHERE c.\"Name\" = 'Bergen kommune' AND {Y(2025)}", False),
    ("total", "How much freight did web shop customers pay in 2024, MVA included and before credit notes?",
     f"SELECT ROUND(SUM(l.\"Amount Including VAT\"), 2) AS freight FROM {HL} WHERE h.\"Shortcut Dimension 1 Code\" = 'NETT' AND l.\"Type\" = 1 AND l.\"Description\" = 'Frakt' AND {Y(2024)}", False),
    ("average", "What was the average web shop order in 2025, including MVA and freight, before credit notes?",
     f"SELECT ROUND(AVG(total), 2) AS avg_order FROM (SELECT h.\"No_\", SUM(l.\"Amount Including VAT\") AS total FROM {HL} "
     f"WHERE h.\"Shortcut Dimension 1 Code\" = 'NETT' AND {Y(2025)} GROUP BY h.\"No_\")", False),
    ("average", "On average, how many days after the due date did Fjordblikk Arkitekter AS pay the invoices we posted to them in 2025?",
     f"SELECT ROUND(AVG(julianday(substr(e.\"Closed at Date\", 1, 10)) - julianday(substr(e.\"Due Date\", 1, 10))), 2) AS avg_days_late FROM {CLE} e "
     f"JOIN {C} c ON c.\"No_\" = e.\"Customer No_\" JOIN {CLE} p ON p.\"Entry No_\" = e.\"Closed by Entry No_\" "
     f"WHERE TRIM(c.\"Name\") = 'Fjordblikk Arkitekter AS' AND e.\"Document Type\" = 2 AND p.\"Document Type\" = 1 AND substr(e.\"Posting Date\", 1, 4) = '2025'", False),
    ("average", "What were the Stavanger shop's average daily takings in 2025, MVA included?",
     f"SELECT ROUND(AVG(total), 2) AS avg_day FROM (SELECT h.\"No_\", SUM(l.\"Amount Including VAT\") AS total FROM {HL} "
     f"WHERE h.\"Shortcut Dimension 1 Code\" = 'BUTIKK-SVG' AND {Y(2025)} GROUP BY h.\"No_\")", False),
    ("breakdown", "Web shop sales by month for 2025, excluding MVA and before credit notes.",
     f"SELECT substr(h.\"Posting Date\", 1, 7) AS month, ROUND(SUM(l.\"Amount\"), 2) AS sales FROM {HL} WHERE h.\"Shortcut Dimension 1 Code\" = 'NETT' AND {Y(2025)} "
     "GROUP BY substr(h.\"Posting Date\", 1, 7)", False),
    ("breakdown", "How many B2B invoices did we post in each quarter of 2024?",
     f"SELECT substr(\"Posting Date\", 1, 4) || '-Q' || ((CAST(substr(\"Posting Date\", 6, 2) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS invoices FROM {H} "
     "WHERE \"Shortcut Dimension 1 Code\" = 'B2B' AND substr(\"Posting Date\", 1, 4) = '2024' GROUP BY 1", False),
    ("breakdown", "Bergen shop takings per week in August 2025, MVA included, with weeks starting on Monday.",
     f"SELECT date(substr(h.\"Posting Date\", 1, 10), 'weekday 0', '-6 days') AS week_starting, ROUND(SUM(l.\"Amount Including VAT\"), 2) AS takings FROM {HL} "
     "WHERE h.\"Shortcut Dimension 1 Code\" = 'BUTIKK-BGO' AND substr(h.\"Posting Date\", 1, 7) = '2025-08' GROUP BY 1", False),
    ("breakdown", "Split our 2025 sales by main product group (all channels), excluding MVA and before credit notes.",
     f"SELECT top.\"Description\" AS product_group, ROUND(SUM(l.\"Amount\"), 2) AS sales FROM {HL} JOIN {I} i ON i.\"No_\" = l.\"No_\" "
     f"JOIN {IC} ic ON ic.\"Code\" = i.\"Item Category Code\" JOIN {IC} top ON top.\"Code\" = CASE WHEN ic.\"Parent Category\" = '' THEN ic.\"Code\" ELSE ic.\"Parent Category\" END "
     f"WHERE l.\"Type\" = 2 AND {Y(2025)} GROUP BY top.\"Description\"", False),
    ("breakdown", "How much did each salesperson invoice in 2025, excluding MVA and before credit notes?",
     f"SELECT s.\"Name\" AS salesperson, ROUND(SUM(l.\"Amount\"), 2) AS invoiced FROM {HL} JOIN {SP} s ON s.\"Code\" = h.\"Salesperson Code\" WHERE {Y(2025)} GROUP BY s.\"Name\"", False),
    ("topn", "Which 5 items sold the most units across our two shops in 2025?",
     f"SELECT i.\"Description\" AS item, SUM(l.\"Quantity\") AS units FROM {HL} JOIN {I} i ON i.\"No_\" = l.\"No_\" WHERE l.\"Type\" = 2 "
     f"AND h.\"Shortcut Dimension 1 Code\" IN ('BUTIKK-BGO', 'BUTIKK-SVG') AND {Y(2025)} GROUP BY i.\"No_\", i.\"Description\" ORDER BY units DESC LIMIT 5", True),
    ("topn", "Which 3 schools bought the most from us in 2025, excluding MVA and before credit notes?",
     f"SELECT TRIM(c.\"Name\") AS school, ROUND(SUM(l.\"Amount\"), 2) AS bought FROM {HL} JOIN {C} c ON c.\"No_\" = h.\"Sell-to Customer No_\" "
     f"WHERE c.\"Customer Price Group\" = 'SKOLE' AND {Y(2025)} GROUP BY c.\"No_\", school ORDER BY bought DESC LIMIT 3", True),
    ("topn", "Which 3 brands brought in the most web shop sales in 2025, excluding MVA and before credit notes?",
     f"SELECT m.\"Name\" AS brand, ROUND(SUM(l.\"Amount\"), 2) AS sales FROM {HL} JOIN {I} i ON i.\"No_\" = l.\"No_\" JOIN {MF} m ON m.\"Code\" = i.\"Manufacturer Code\" "
     f"WHERE l.\"Type\" = 2 AND h.\"Shortcut Dimension 1 Code\" = 'NETT' AND {Y(2025)} GROUP BY m.\"Name\" ORDER BY sales DESC LIMIT 3", True),
    ("topn", "Which salesperson invoiced the least in 2025, excluding MVA and before credit notes?",
     f"SELECT s.\"Name\" AS salesperson, ROUND(SUM(l.\"Amount\"), 2) AS invoiced FROM {HL} JOIN {SP} s ON s.\"Code\" = h.\"Salesperson Code\" WHERE {Y(2025)} "
     "GROUP BY s.\"Name\" ORDER BY invoiced ASC LIMIT 1", True),
    ("attribute", "What payment terms does Fjordblikk Arkitekter AS have?",
     f"SELECT t.\"Description\" AS payment_terms FROM {C} c JOIN {PT} t ON t.\"Code\" = c.\"Payment Terms Code\" WHERE TRIM(c.\"Name\") = 'Fjordblikk Arkitekter AS' AND c.\"Blocked\" = 0", False),
    ("attribute", "Who do we send the invoices for Kampen skole to?",
     f"SELECT b.\"Name\" AS billed_to FROM {C} s JOIN {C} b ON b.\"No_\" = s.\"Bill-to Customer No_\" WHERE TRIM(s.\"Name\") = 'Kampen skole' AND s.\"Blocked\" = 0", False),
    ("attribute", "What is the list price of Kopipapir A4 80g 500 ark, MVA included?",
     f"SELECT ROUND(\"Unit Price\" * 1.25, 2) AS price_incl_mva FROM {I} WHERE \"Description\" = 'Kopipapir A4 80g 500 ark'", False),
    ("list", "Which customers are invoiced to Vestland fylkeskommune?",
     f"SELECT TRIM(s.\"Name\") AS customer FROM {C} s JOIN {C} b ON b.\"No_\" = s.\"Bill-to Customer No_\" WHERE b.\"Name\" = 'Vestland fylkeskommune' AND s.\"Blocked\" = 0", False),
    ("list", "List the credit notes we posted in December 2025 together with the invoice each one corrects.",
     f"SELECT \"No_\" AS credit_note, \"Applies-to Doc_ No_\" AS invoice FROM {CH} WHERE substr(\"Posting Date\", 1, 7) = '2025-12'", False),
    ("list", "Which product groups come under Kunstnermateriell?",
     f"SELECT child.\"Description\" AS product_group FROM {IC} child JOIN {IC} parent ON parent.\"Code\" = child.\"Parent Category\" WHERE parent.\"Description\" = 'Kunstnermateriell'", False),
    ("negation", "Which schools didn't buy anything from us in 2025?",
     f"SELECT TRIM(c.\"Name\") AS school FROM {C} c WHERE c.\"Customer Price Group\" = 'SKOLE' AND c.\"Blocked\" = 0 "
     f"AND NOT EXISTS (SELECT 1 FROM {H} h WHERE h.\"Sell-to Customer No_\" = c.\"No_\" AND {Y(2025)})", False),
    ("negation", "Which items in our range has the Stavanger shop never sold?",
     f"SELECT i.\"Description\" AS item FROM {I} i WHERE i.\"Blocked\" = 0 AND NOT EXISTS (SELECT 1 FROM {HL} WHERE l.\"Type\" = 2 AND l.\"No_\" = i.\"No_\" "
     "AND h.\"Shortcut Dimension 1 Code\" = 'BUTIKK-SVG')", False),
    ("negation", "Which kindergartens haven't ordered anything since 1 July 2025?",
     f"SELECT TRIM(c.\"Name\") AS kindergarten FROM {C} c WHERE c.\"Customer Price Group\" = 'BARNEHAGE' AND c.\"Blocked\" = 0 "
     f"AND NOT EXISTS (SELECT 1 FROM {H} h WHERE h.\"Sell-to Customer No_\" = c.\"No_\" AND substr(h.\"Posting Date\", 1, 10) >= '2025-07-01')", False),
    ("having", "Which web shop customers placed at least 6 orders across 2024 and 2025?",
     f"SELECT TRIM(c.\"Name\") AS customer, COUNT(*) AS orders FROM {H} h JOIN {C} c ON c.\"No_\" = h.\"Sell-to Customer No_\" WHERE h.\"Shortcut Dimension 1 Code\" = 'NETT' "
     "AND substr(h.\"Posting Date\", 1, 4) IN ('2024', '2025') GROUP BY c.\"No_\", customer HAVING COUNT(*) >= 6", False),
    ("having", "Which items sold more than 2,000 units in 2025, counting all channels?",
     f"SELECT i.\"Description\" AS item, SUM(l.\"Quantity\") AS units FROM {HL} JOIN {I} i ON i.\"No_\" = l.\"No_\" WHERE l.\"Type\" = 2 AND {Y(2025)} "
     "GROUP BY i.\"No_\", i.\"Description\" HAVING SUM(l.\"Quantity\") > 2000", False),
    ("having", "On which days in December 2025 did the Bergen shop take more than NOK 25,000 including MVA?",
     f"SELECT substr(h.\"Posting Date\", 1, 10) AS day, ROUND(SUM(l.\"Amount Including VAT\"), 2) AS takings FROM {HL} WHERE h.\"Shortcut Dimension 1 Code\" = 'BUTIKK-BGO' "
     "AND substr(h.\"Posting Date\", 1, 7) = '2025-12' GROUP BY substr(h.\"Posting Date\", 1, 10) HAVING SUM(l.\"Amount Including VAT\") > 25000", False),
    ("compare", "How many web shop orders did we invoice in August 2024, and how many in August 2025?",
     f"SELECT SUM(CASE WHEN substr(\"Posting Date\", 1, 7) = '2024-08' THEN 1 ELSE 0 END) AS aug_2024, SUM(CASE WHEN substr(\"Posting Date\", 1, 7) = '2025-08' THEN 1 ELSE 0 END) AS aug_2025 "
     f"FROM {H} WHERE \"Shortcut Dimension 1 Code\" = 'NETT'", False),
    ("compare", "How many reams of Kopipapir A4 80g 500 ark did we sell in 2024 compared with 2025, all channels together?",
     f"SELECT SUM(CASE WHEN {Y(2024)} THEN l.\"Quantity\" ELSE 0 END) AS reams_2024, SUM(CASE WHEN {Y(2025)} THEN l.\"Quantity\" ELSE 0 END) AS reams_2025 FROM {HL} "
     f"JOIN {I} i ON i.\"No_\" = l.\"No_\" WHERE l.\"Type\" = 2 AND i.\"Description\" = 'Kopipapir A4 80g 500 ark'", False),
    ("compare", "Bergen shop takings including MVA: first half of 2024 against first half of 2025?",
     f"SELECT ROUND(SUM(CASE WHEN substr(h.\"Posting Date\", 1, 10) BETWEEN '2024-01-01' AND '2024-06-30' THEN l.\"Amount Including VAT\" ELSE 0 END), 2) AS h1_2024, "
     f"ROUND(SUM(CASE WHEN substr(h.\"Posting Date\", 1, 10) BETWEEN '2025-01-01' AND '2025-06-30' THEN l.\"Amount Including VAT\" ELSE 0 END), 2) AS h1_2025 FROM {HL} "
     "WHERE h.\"Shortcut Dimension 1 Code\" = 'BUTIKK-BGO'", False),
    ("share", "What share of our 2025 sales excluding MVA came through the web shop, before credit notes?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN h.\"Shortcut Dimension 1 Code\" = 'NETT' THEN l.\"Amount\" ELSE 0 END) / SUM(l.\"Amount\"), 4) AS share FROM {HL} WHERE {Y(2025)}", False),
    ("share", "What share of the web shop orders invoiced in 2025 were paid with Vipps?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN \"Payment Method Code\" = 'VIPPS' THEN 1 ELSE 0 END) / COUNT(*), 4) AS share FROM {H} "
     "WHERE \"Shortcut Dimension 1 Code\" = 'NETT' AND substr(\"Posting Date\", 1, 4) = '2025'", False),
    ("share", "What fraction of the B2B invoices posted in 2024 were paid after their due date?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN p.\"Document Type\" = 1 AND e.\"Closed at Date\" > e.\"Due Date\" THEN 1 ELSE 0 END) / COUNT(*), 4) AS share FROM {CLE} e "
     f"LEFT JOIN {CLE} p ON p.\"Entry No_\" = e.\"Closed by Entry No_\" WHERE e.\"Document Type\" = 2 AND e.\"Global Dimension 1 Code\" = 'B2B' AND substr(e.\"Posting Date\", 1, 4) = '2024'", False),
    ("distinct", "How many different items did the Stavanger shop sell in 2025?",
     f"SELECT COUNT(DISTINCT l.\"No_\") AS items FROM {HL} WHERE l.\"Type\" = 2 AND h.\"Shortcut Dimension 1 Code\" = 'BUTIKK-SVG' AND {Y(2025)}", False),
    ("distinct", "Which towns do our web shop customers abroad live in?",
     f"SELECT DISTINCT TRIM(\"City\") AS town FROM {C} WHERE \"Customer Posting Group\" = 'PRIVAT' AND \"Country_Region Code\" <> 'NO' AND \"Blocked\" = 0", False),
]


def main():
    out, kinds = [], []
    for dbn, qs in ((MV, MV_Q), (BP, BP_Q)):
        assert len(qs) == 40, (dbn, len(qs))
        for i, (kind, text, sql, om) in enumerate(qs, 1):
            qid = f"{dbn}-{i:03d}"
            out.append({"id": qid, "db": f"databases/{dbn}.sqlite", "question": text, "sql": sql, "order_matters": om})
            kinds.append(f"{qid}\t{kind}")
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for q in out:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(kinds) + "\n")


if __name__ == "__main__":
    main()
