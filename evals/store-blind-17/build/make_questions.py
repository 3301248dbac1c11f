"""Writes ../questions.jsonl (keys id, db, question, sql, order_matters) and kinds.tsv for store-blind-17.

Usage: python3 make_questions.py            (writes the files)
       python3 make_questions.py --show     (also runs every SQL and prints the results)"""
import json, os, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.abspath(os.path.join(HERE, ".."))
FH, PP = "fellside_hospice", "plie_and_pointe"

# Fellside Hospice (Django): takings are the daily sheets; years are substr(date, 1, 4) on the TEXT dates.
SHOP_DAY = "FROM takings_dailysheet d JOIN shops_shop s ON s.id = d.shop_id"
FELLSIDE = [
    # ---- count
    ("count", "How many donations did the Penrith shop take in during 2024?",
     "SELECT COUNT(*) FROM donations_donation d JOIN shops_shop s ON s.id = d.shop_id WHERE s.name = 'Penrith' AND substr(d.received_at, 1, 4) = '2024'"),
    ("count", "How many people signed a Gift Aid declaration with us in 2025?",
     "SELECT COUNT(*) FROM donations_donor WHERE substr(gift_aid_declared_on, 1, 4) = '2025'"),
    ("count", "How many furniture collections did our vans make in 2025?",
     "SELECT COUNT(*) FROM donations_donation WHERE via_collection = 1 AND kind = 'furniture' AND substr(received_at, 1, 4) = '2025'"),
    ("count", "How many of our donors live in Gosforth in Cumbria (not the Gosforth in Newcastle)?",
     "SELECT COUNT(*) FROM donations_donor WHERE town = 'Gosforth' AND county = 'Cumbria'"),
    ("count", "How many of the shops' daily takings sheets did an area manager query in 2024?",
     "SELECT COUNT(*) FROM takings_dailysheet WHERE status = 'queried' AND substr(trading_date, 1, 4) = '2024'"),
    # ---- total / average
    ("total", "What did all our shops take in 2024 altogether?",
     "SELECT ROUND(SUM(till_total), 2) FROM takings_dailysheet WHERE substr(trading_date, 1, 4) = '2024'"),
    ("total", "What were the Keswick shop's average takings per trading day in 2025?",
     "SELECT ROUND(AVG(d.till_total), 2) " + SHOP_DAY + " WHERE s.name = 'Keswick' AND substr(d.trading_date, 1, 4) = '2025'"),
    ("total", "How much Gift Aid did we claim back from HMRC for the four quarters of 2024?",
     "SELECT ROUND(SUM(amount_claimed), 2) FROM giftaid_claim WHERE substr(period_start, 1, 4) = '2024'"),
    ("total", "How much did the rag merchants pay us across all the shops in 2025?",
     "SELECT ROUND(SUM(amount), 2) FROM takings_ragcollection WHERE substr(collected_on, 1, 4) = '2025'"),
    ("total", "How many hours did volunteers give at the Ulverston shop in 2025?",
     "SELECT SUM(v.hours) FROM volunteers_shift v JOIN shops_shop s ON s.id = v.shop_id WHERE s.name = 'Ulverston' AND substr(v.date, 1, 4) = '2025'"),
    # ---- breakdown
    ("breakdown", "Show me the Windermere shop's takings month by month for 2025.",
     "SELECT substr(d.trading_date, 1, 7) AS month, ROUND(SUM(d.till_total), 2) AS takings " + SHOP_DAY +
     " WHERE s.name = 'Windermere' AND substr(d.trading_date, 1, 4) = '2025' GROUP BY substr(d.trading_date, 1, 7)"),
    ("breakdown", "How much did gift-aided donated goods sell for in each quarter of 2024?",
     "SELECT substr(month, 1, 4) || '-Q' || ((CAST(substr(month, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(amount), 2) AS proceeds "
     "FROM giftaid_proceeds WHERE substr(month, 1, 4) = '2024' GROUP BY 1"),
    ("breakdown", "What did each shop take in 2023?",
     "SELECT s.name, ROUND(SUM(d.till_total), 2) AS takings " + SHOP_DAY + " WHERE substr(d.trading_date, 1, 4) = '2023' GROUP BY s.name"),
    ("breakdown", "How many volunteer hours went on each kind of job (till, sorting, steaming and so on) in 2024?",
     "SELECT task, SUM(hours) AS hours FROM volunteers_shift WHERE substr(date, 1, 4) = '2024' GROUP BY task"),
    ("breakdown", "How many kilos of rag did each shop send off in 2024?",
     "SELECT s.name, ROUND(SUM(r.weight_kg), 1) AS kilos FROM takings_ragcollection r JOIN shops_shop s ON s.id = r.shop_id "
     "WHERE substr(r.collected_on, 1, 4) = '2024' GROUP BY s.name"),
    # ---- top N / single best
    ("topn", "Which three departments brought in the most money in 2025? Put the biggest first.",
     "SELECT dp.name, ROUND(SUM(l.amount), 2) AS takings FROM takings_sheetline l JOIN takings_dailysheet d ON d.id = l.sheet_id "
     "JOIN takings_department dp ON dp.id = l.department_id WHERE substr(d.trading_date, 1, 4) = '2025' GROUP BY dp.name ORDER BY takings DESC LIMIT 3"),
    ("topn", "Which volunteer gave us the most hours in 2024, and how many?",
     "SELECT v.first_name || ' ' || v.last_name AS volunteer, SUM(s.hours) AS hours FROM volunteers_shift s JOIN volunteers_volunteer v ON v.id = s.volunteer_id "
     "WHERE substr(s.date, 1, 4) = '2024' GROUP BY v.id ORDER BY hours DESC LIMIT 1"),
    ("topn", "Whose gift-aided donations raised the most from what we sold in 2025?",
     "SELECT dn.first_name || ' ' || dn.last_name AS donor, ROUND(SUM(p.amount), 2) AS raised FROM giftaid_proceeds p "
     "JOIN donations_donation d ON d.id = p.donation_id JOIN donations_donor dn ON dn.id = d.donor_id "
     "WHERE substr(p.month, 1, 4) = '2025' GROUP BY dn.id ORDER BY raised DESC LIMIT 1"),
    ("topn", "What was the Kendal shop's best day for takings in 2024, and how much did it take?",
     "SELECT d.trading_date, d.till_total " + SHOP_DAY + " WHERE s.name = 'Kendal' AND substr(d.trading_date, 1, 4) = '2024' ORDER BY d.till_total DESC LIMIT 1"),
    ("topn", "Which van driver did the most collections in 2025?",
     "SELECT st.first_name || ' ' || st.last_name AS driver, COUNT(*) AS collections FROM donations_donation d JOIN shops_staff st ON st.id = d.driver_id "
     "WHERE d.via_collection = 1 AND substr(d.received_at, 1, 4) = '2025' GROUP BY st.id ORDER BY collections DESC LIMIT 1"),
    # ---- lists
    ("list", "Which members of staff left us during 2025, and on what date?",
     "SELECT first_name || ' ' || last_name AS person, end_date FROM shops_staff WHERE substr(end_date, 1, 4) = '2025'"),
    ("list", "Which of our shops opened or closed in 2024?",
     "SELECT name FROM shops_shop WHERE substr(opened_on, 1, 4) = '2024' OR substr(closed_on, 1, 4) = '2024'"),
    ("list", "List the rag collections at Keswick in December 2025 with the weight and what we were paid.",
     "SELECT r.collected_on, r.weight_kg, r.amount FROM takings_ragcollection r JOIN shops_shop s ON s.id = r.shop_id "
     "WHERE s.name = 'Keswick' AND substr(r.collected_on, 1, 7) = '2025-12'"),
    ("list", "Which volunteers signed up to help at the furniture and electrical shop in 2025?",
     "SELECT v.first_name || ' ' || v.last_name AS volunteer FROM volunteers_volunteer v JOIN volunteers_volunteer_shops vs ON vs.volunteer_id = v.id "
     "JOIN shops_shop s ON s.id = vs.shop_id WHERE s.name = 'Kendal Furniture & Electrical' AND substr(v.start_date, 1, 4) = '2025'"),
    # ---- attribute of a named record
    ("attribute", "What's the phone number of the Keswick shop?",
     "SELECT phone FROM shops_shop WHERE name = 'Keswick'"),
    ("attribute", "When did we send HMRC the Gift Aid claim for April to June 2024, and how much did it claim?",
     "SELECT submitted_on, amount_claimed FROM giftaid_claim WHERE period_start = '2024-04-01'"),
    ("attribute", "What is Trevor Hebblethwaite's donor reference?",
     "SELECT reference FROM donations_donor WHERE first_name = 'Trevor' AND last_name = 'Hebblethwaite'"),
    # ---- self-reference
    ("selfref", "Who does the Penrith shop manager report to?",
     "SELECT b.first_name || ' ' || b.last_name AS boss FROM shops_staff m JOIN shops_staff b ON b.id = m.reports_to_id JOIN shops_shop s ON s.id = m.shop_id "
     "WHERE s.name = 'Penrith' AND m.role = 'shop_manager' AND m.end_date IS NULL"),
    ("selfref", "Who reports directly to Helen Birkett?",
     "SELECT e.first_name || ' ' || e.last_name AS person FROM shops_staff e JOIN shops_staff b ON b.id = e.reports_to_id "
     "WHERE b.first_name = 'Helen' AND b.last_name = 'Birkett'"),
    ("selfref", "What did each department group (Clothing, Books & Media, Home, New Goods) take in 2025?",
     "SELECT g.name, ROUND(SUM(l.amount), 2) AS takings FROM takings_sheetline l JOIN takings_dailysheet d ON d.id = l.sheet_id "
     "JOIN takings_department dp ON dp.id = l.department_id JOIN takings_department g ON g.id = dp.parent_id "
     "WHERE substr(d.trading_date, 1, 4) = '2025' GROUP BY g.name"),
    # ---- no related records
    ("negation", "Which volunteers are still on our books but didn't do a single shift in 2025?",
     "SELECT v.first_name || ' ' || v.last_name AS volunteer FROM volunteers_volunteer v WHERE v.end_date IS NULL "
     "AND NOT EXISTS (SELECT 1 FROM volunteers_shift s WHERE s.volunteer_id = v.id AND substr(s.date, 1, 4) = '2025')"),
    ("negation", "Which donors from Gosforth in Cumbria gave us nothing at all from 2023 to 2025?",
     "SELECT dn.first_name || ' ' || dn.last_name AS donor FROM donations_donor dn WHERE dn.town = 'Gosforth' AND dn.county = 'Cumbria' "
     "AND NOT EXISTS (SELECT 1 FROM donations_donation d WHERE d.donor_id = dn.id AND substr(d.received_at, 1, 4) BETWEEN '2023' AND '2025')"),
    # ---- group conditions
    ("having", "Which donors brought us 8 or more donations over 2023-2025?",
     "SELECT dn.first_name || ' ' || dn.last_name AS donor, COUNT(*) AS donations FROM donations_donation d JOIN donations_donor dn ON dn.id = d.donor_id "
     "WHERE substr(d.received_at, 1, 4) BETWEEN '2023' AND '2025' GROUP BY dn.id HAVING COUNT(*) >= 8"),
    ("having", "Which shops got more than £3,000 for their rag in 2023?",
     "SELECT s.name, ROUND(SUM(r.amount), 2) AS rag FROM takings_ragcollection r JOIN shops_shop s ON s.id = r.shop_id "
     "WHERE substr(r.collected_on, 1, 4) = '2023' GROUP BY s.name HAVING SUM(r.amount) > 3000"),
    ("having", "Which departments took more than £110,000 in 2025?",
     "SELECT dp.name, ROUND(SUM(l.amount), 2) AS takings FROM takings_sheetline l JOIN takings_dailysheet d ON d.id = l.sheet_id "
     "JOIN takings_department dp ON dp.id = l.department_id WHERE substr(d.trading_date, 1, 4) = '2025' GROUP BY dp.name HAVING SUM(l.amount) > 110000"),
    # ---- shares
    ("share", "What share of our 2025 takings was paid by card?",
     "SELECT ROUND(SUM(card_total) * 1.0 / SUM(till_total), 4) FROM takings_dailysheet WHERE substr(trading_date, 1, 4) = '2025'"),
    ("share", "What proportion of the donations we took in during 2024 were gift-aided?",
     "SELECT ROUND(AVG(CASE WHEN gift_aided = 1 THEN 1.0 ELSE 0.0 END), 4) FROM donations_donation WHERE substr(received_at, 1, 4) = '2024'"),
    ("share", "On what share of the shops' daily takings sheets in 2025 was the cash over or short?",
     "SELECT ROUND(AVG(CASE WHEN cash_difference <> 0 THEN 1.0 ELSE 0.0 END), 4) FROM takings_dailysheet WHERE substr(trading_date, 1, 4) = '2025'"),
    # ---- two periods
    ("compare", "How did the shops' takings in December 2025 compare with December 2024?",
     "SELECT ROUND(SUM(CASE WHEN substr(trading_date, 1, 7) = '2024-12' THEN till_total END), 2) AS december_2024, "
     "ROUND(SUM(CASE WHEN substr(trading_date, 1, 7) = '2025-12' THEN till_total END), 2) AS december_2025 "
     "FROM takings_dailysheet WHERE substr(trading_date, 1, 7) IN ('2024-12', '2025-12')"),
    ("compare", "Volunteer hours at the Keswick shop: 2024 against 2025?",
     "SELECT SUM(CASE WHEN substr(v.date, 1, 4) = '2024' THEN v.hours END) AS hours_2024, SUM(CASE WHEN substr(v.date, 1, 4) = '2025' THEN v.hours END) AS hours_2025 "
     "FROM volunteers_shift v JOIN shops_shop s ON s.id = v.shop_id WHERE s.name = 'Keswick' AND substr(v.date, 1, 4) IN ('2024', '2025')"),
]

# Plié & Pointe (Odoo): a shop sale is a pos_order in state paid / done / invoiced; refunds are orders named '... REFUND'
# with negative amounts; the shop is reached through the session; product and payment names are JSON.
SOLD = "o.state IN ('paid', 'done', 'invoiced')"
SHOP = "FROM pos_order o JOIN pos_session ss ON ss.id = o.session_id JOIN pos_config c ON c.id = ss.config_id"
LINES = ("FROM pos_order_line l JOIN pos_order o ON o.id = l.order_id JOIN product_product p ON p.id = l.product_id "
         "JOIN product_template t ON t.id = p.product_tmpl_id")
EN = "json_extract(t.name, '$.en_US')"
CONFIRMED = "so.state IN ('sale', 'done')"
TEAM = "FROM sale_order so JOIN crm_team tm ON tm.id = so.team_id"
PLIE = [
    # ---- count
    ("count", "How many sales did the Swansea shop ring up in March 2025? Refunds and cancelled sales don't count.",
     "SELECT COUNT(*) " + SHOP + " WHERE c.name = 'Swansea' AND " + SOLD + " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 7) = '2025-03'"),
    ("count", "How many refunds did our shops give in 2025?",
     "SELECT COUNT(*) FROM pos_order o WHERE o.name LIKE '% REFUND' AND " + SOLD + " AND substr(o.date_order, 1, 4) = '2025'"),
    ("count", "How many dance schools still have an open account with us?",
     "SELECT COUNT(*) FROM res_partner WHERE is_company = 1 AND customer_rank > 0 AND active = 1"),
    ("count", "How many pointe shoe fittings did we charge for in 2025?",
     "SELECT COUNT(*) " + LINES + " WHERE " + EN + " = 'Pointe Shoe Fitting' AND " + SOLD + " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 4) = '2025'"),
    ("count", "How many of our customers live in Newport in Pembrokeshire, not the city of Newport?",
     "SELECT COUNT(*) FROM res_partner p JOIN res_country_state st ON st.id = p.state_id WHERE p.city = 'Newport' AND st.name = 'Pembrokeshire' "
     "AND p.is_company = 0 AND p.customer_rank > 0"),
    # ---- total / average
    ("total", "What did the shops take in 2025 altogether, after refunds?",
     "SELECT ROUND(SUM(o.amount_total), 2) FROM pos_order o WHERE " + SOLD + " AND substr(o.date_order, 1, 4) = '2025'"),
    ("total", "What was the average sale at the Cardiff shop in 2024, leaving refunds out?",
     "SELECT ROUND(AVG(o.amount_total), 2) " + SHOP + " WHERE c.name = 'Cardiff Castle Arcade' AND " + SOLD + " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 4) = '2024'"),
    ("total", "How much did the website take in 2025 from orders that went through (not abandoned baskets or cancelled orders)?",
     "SELECT ROUND(SUM(so.amount_total), 2) " + TEAM + " WHERE json_extract(tm.name, '$.en_US') = 'Website' AND " + CONFIRMED + " AND substr(so.date_order, 1, 4) = '2025'"),
    ("total", "How much VAT was in the shops' takings for 2024, after refunds?",
     "SELECT ROUND(SUM(o.amount_tax), 2) FROM pos_order o WHERE " + SOLD + " AND substr(o.date_order, 1, 4) = '2024'"),
    ("total", "How much money off did shop customers get on their purchases in 2025? Leave refunds out.",
     "SELECT ROUND(SUM(l.qty * l.price_unit - l.price_subtotal_incl), 2) FROM pos_order_line l JOIN pos_order o ON o.id = l.order_id "
     "WHERE " + SOLD + " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 4) = '2025'"),
    # ---- breakdown
    ("breakdown", "Show the Carmarthen shop's takings for each month of 2025, after refunds.",
     "SELECT substr(o.date_order, 1, 7) AS month, ROUND(SUM(o.amount_total), 2) AS takings " + SHOP +
     " WHERE c.name = 'Carmarthen' AND " + SOLD + " AND substr(o.date_order, 1, 4) = '2025' GROUP BY substr(o.date_order, 1, 7)"),
    ("breakdown", "What did the website sell in each quarter of 2024? Only orders that went through.",
     "SELECT substr(so.date_order, 1, 4) || '-Q' || ((CAST(substr(so.date_order, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(so.amount_total), 2) AS sales "
     + TEAM + " WHERE json_extract(tm.name, '$.en_US') = 'Website' AND " + CONFIRMED + " AND substr(so.date_order, 1, 4) = '2024' GROUP BY 1"),
    ("breakdown", "Break down the shops' 2025 takings by product category, after refunds.",
     "SELECT cat.name, ROUND(SUM(l.price_subtotal_incl), 2) AS takings " + LINES + " JOIN product_category cat ON cat.id = t.categ_id "
     "WHERE " + SOLD + " AND substr(o.date_order, 1, 4) = '2025' GROUP BY cat.name"),
    ("breakdown", "How much did shop customers pay by each method (cash, card, gift card) in 2025, after refunds?",
     "SELECT json_extract(m.name, '$.en_US') AS method, ROUND(SUM(pp.amount), 2) AS paid FROM pos_payment pp JOIN pos_payment_method m ON m.id = pp.payment_method_id "
     "JOIN pos_order o ON o.id = pp.pos_order_id WHERE " + SOLD + " AND substr(o.date_order, 1, 4) = '2025' GROUP BY json_extract(m.name, '$.en_US')"),
    ("breakdown", "How much did each dance school order from us in 2025? Count confirmed orders only.",
     "SELECT p.name, ROUND(SUM(so.amount_total), 2) AS ordered " + TEAM + " JOIN res_partner p ON p.id = so.partner_id "
     "WHERE json_extract(tm.name, '$.en_US') = 'Dance Schools' AND " + CONFIRMED + " AND substr(so.date_order, 1, 4) = '2025' GROUP BY p.name"),
    # ---- top N / single best
    ("topn", "What were our five best-selling products in the shops in 2025 by number sold, after refunds? Biggest first.",
     "SELECT " + EN + " AS product, SUM(l.qty) AS sold " + LINES + " WHERE " + SOLD + " AND substr(o.date_order, 1, 4) = '2025' "
     "GROUP BY t.id ORDER BY sold DESC LIMIT 5"),
    ("topn", "Which leotard colour sold the most in the shops in 2024, after refunds?",
     "SELECT json_extract(av.name, '$.en_US') AS colour, SUM(l.qty) AS sold " + LINES + " JOIN product_category cat ON cat.id = t.categ_id "
     "JOIN product_attribute_value_product_product_rel r ON r.product_product_id = p.id JOIN product_attribute_value av ON av.id = r.product_attribute_value_id "
     "JOIN product_attribute a ON a.id = av.attribute_id WHERE cat.name = 'Leotards' AND json_extract(a.name, '$.en_US') = 'Colour' AND " + SOLD +
     " AND substr(o.date_order, 1, 4) = '2024' GROUP BY av.id ORDER BY sold DESC LIMIT 1"),
    ("topn", "Who rang up the most sales at the Cardiff shop in 2025? Don't count refunds.",
     "SELECT e.name, COUNT(*) AS sales " + SHOP + " JOIN hr_employee e ON e.id = o.employee_id WHERE c.name = 'Cardiff Castle Arcade' AND " + SOLD +
     " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 4) = '2025' GROUP BY e.id ORDER BY sales DESC LIMIT 1"),
    ("topn", "Which customer spent the most in our shops in 2025, after refunds?",
     "SELECT p.name, ROUND(SUM(o.amount_total), 2) AS spent FROM pos_order o JOIN res_partner p ON p.id = o.partner_id WHERE " + SOLD +
     " AND substr(o.date_order, 1, 4) = '2025' GROUP BY p.id ORDER BY spent DESC LIMIT 1"),
    ("topn", "Which brand brought in the most money in the shops in 2024, after refunds?",
     "SELECT t.x_studio_brand AS brand, ROUND(SUM(l.price_subtotal_incl), 2) AS takings " + LINES + " WHERE t.x_studio_brand IS NOT NULL AND " + SOLD +
     " AND substr(o.date_order, 1, 4) = '2024' GROUP BY t.x_studio_brand ORDER BY takings DESC LIMIT 1"),
    # ---- lists
    ("list", "Which products have we stopped selling, and what were they priced at?",
     "SELECT json_extract(name, '$.en_US') AS product, list_price FROM product_template WHERE active = 0"),
    ("list", "Who left the company in 2025, and on what date?",
     "SELECT name, departure_date FROM hr_employee WHERE substr(departure_date, 1, 4) = '2025'"),
    ("list", "List the dance schools in Carmarthenshire and Pembrokeshire with their phone numbers.",
     "SELECT p.name, p.phone FROM res_partner p JOIN res_country_state st ON st.id = p.state_id WHERE p.is_company = 1 AND p.customer_rank > 0 "
     "AND st.name IN ('Carmarthenshire', 'Pembrokeshire')"),
    ("list", "Which products that we still sell cost more than £40?",
     "SELECT json_extract(name, '$.en_US') AS product, list_price FROM product_template WHERE active = 1 AND list_price > 40"),
    # ---- attribute
    ("attribute", "How much is the Full Sole Leather Ballet Shoe?",
     "SELECT list_price FROM product_template WHERE json_extract(name, '$.en_US') = 'Full Sole Leather Ballet Shoe'"),
    ("attribute", "What do we call the Hair Bun Kit in Welsh?",
     "SELECT json_extract(name, '$.cy_GB') FROM product_template WHERE json_extract(name, '$.en_US') = 'Hair Bun Kit'"),
    ("attribute", "What's the email address for Preseli Dance?",
     "SELECT email FROM res_partner WHERE name = 'Preseli Dance'"),
    # ---- self-reference
    ("selfref", "Who is the Carmarthen shop manager's own manager?",
     "SELECT m.name FROM hr_employee e JOIN hr_employee m ON m.id = e.parent_id JOIN pos_config c ON c.id = e.x_studio_shop "
     "WHERE c.name = 'Carmarthen' AND e.job_title = 'Shop Manager'"),
    ("selfref", "Who are our contacts at Llanelli Ballet School?",
     "SELECT ct.name FROM res_partner ct JOIN res_partner sc ON sc.id = ct.parent_id WHERE sc.name = 'Llanelli Ballet School'"),
    ("selfref", "Which members of staff have Mared Howells as their coach?",
     "SELECT e.name FROM hr_employee e JOIN hr_employee ch ON ch.id = e.coach_id WHERE ch.name = 'Mared Howells'"),
    # ---- no related records
    ("negation", "Which dance schools with an open account placed no confirmed order with us in 2025?",
     "SELECT p.name FROM res_partner p WHERE p.is_company = 1 AND p.customer_rank > 0 AND p.active = 1 AND NOT EXISTS "
     "(SELECT 1 FROM sale_order so WHERE so.partner_id = p.id AND " + CONFIRMED + " AND substr(so.date_order, 1, 4) = '2025')"),
    ("negation", "Which dance schools had no pupils buying anything in our shops in 2025?",
     "SELECT sc.name FROM res_partner sc WHERE sc.is_company = 1 AND sc.customer_rank > 0 AND NOT EXISTS "
     "(SELECT 1 FROM pos_order o JOIN res_partner cu ON cu.id = o.partner_id WHERE cu.x_studio_dance_school = sc.id AND " + SOLD +
     " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 4) = '2025')"),
    # ---- group conditions
    ("having", "Which customers made 5 or more purchases in our shops in 2025? Refunds don't count as purchases.",
     "SELECT p.name, COUNT(*) AS purchases FROM pos_order o JOIN res_partner p ON p.id = o.partner_id WHERE " + SOLD +
     " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 4) = '2025' GROUP BY p.id HAVING COUNT(*) >= 5"),
    ("having", "Which product categories took more than £25,000 in the shops in 2025, after refunds?",
     "SELECT cat.name, ROUND(SUM(l.price_subtotal_incl), 2) AS takings " + LINES + " JOIN product_category cat ON cat.id = t.categ_id "
     "WHERE " + SOLD + " AND substr(o.date_order, 1, 4) = '2025' GROUP BY cat.name HAVING SUM(l.price_subtotal_incl) > 25000"),
    ("having", "Which members of staff rang up more than 1,100 sales over 2024 and 2025? Refunds don't count.",
     "SELECT e.name, COUNT(*) AS sales FROM pos_order o JOIN hr_employee e ON e.id = o.employee_id WHERE " + SOLD +
     " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 4) IN ('2024', '2025') GROUP BY e.id HAVING COUNT(*) > 1100"),
    # ---- shares
    ("share", "What share of the money shop customers paid in 2025 came in by card, after refunds?",
     "SELECT ROUND(SUM(CASE WHEN json_extract(m.name, '$.en_US') = 'Card' THEN pp.amount ELSE 0 END) * 1.0 / SUM(pp.amount), 4) "
     "FROM pos_payment pp JOIN pos_payment_method m ON m.id = pp.payment_method_id JOIN pos_order o ON o.id = pp.pos_order_id "
     "WHERE " + SOLD + " AND substr(o.date_order, 1, 4) = '2025'"),
    ("share", "What share of shop sales in 2024 had a named customer on them? Leave refunds out.",
     "SELECT ROUND(AVG(CASE WHEN o.partner_id IS NOT NULL THEN 1.0 ELSE 0.0 END), 4) FROM pos_order o WHERE " + SOLD +
     " AND o.name NOT LIKE '% REFUND' AND substr(o.date_order, 1, 4) = '2024'"),
    ("share", "What share of the website baskets started in 2025 were abandoned before checkout?",
     "SELECT ROUND(AVG(CASE WHEN so.state = 'draft' THEN 1.0 ELSE 0.0 END), 4) " + TEAM +
     " WHERE json_extract(tm.name, '$.en_US') = 'Website' AND substr(so.date_order, 1, 4) = '2025'"),
    # ---- two periods
    ("compare", "How did the shops' takings in September 2025 compare with September 2024, after refunds?",
     "SELECT ROUND(SUM(CASE WHEN substr(o.date_order, 1, 7) = '2024-09' THEN o.amount_total END), 2) AS september_2024, "
     "ROUND(SUM(CASE WHEN substr(o.date_order, 1, 7) = '2025-09' THEN o.amount_total END), 2) AS september_2025 "
     "FROM pos_order o WHERE " + SOLD + " AND substr(o.date_order, 1, 7) IN ('2024-09', '2025-09')"),
    ("compare", "How much did the dance schools order from us in 2024 compared with 2025? Confirmed orders only.",
     "SELECT ROUND(SUM(CASE WHEN substr(so.date_order, 1, 4) = '2024' THEN so.amount_total END), 2) AS ordered_2024, "
     "ROUND(SUM(CASE WHEN substr(so.date_order, 1, 4) = '2025' THEN so.amount_total END), 2) AS ordered_2025 " + TEAM +
     " WHERE json_extract(tm.name, '$.en_US') = 'Dance Schools' AND " + CONFIRMED + " AND substr(so.date_order, 1, 4) IN ('2024', '2025')"),
]
ORDERED = {"fellside_hospice-016", "plie_and_pointe-016"}


def build():
    out, kinds = [], []
    for dbn, qs in ((FH, FELLSIDE), (PP, PLIE)):
        for i, (kind, q, sql) in enumerate(qs, 1):
            qid = f"{dbn}-{i:03d}"
            out.append({"id": qid, "db": f"databases/{dbn}.sqlite", "question": q, "sql": sql, "order_matters": qid in ORDERED})
            kinds.append((qid, kind))
    return out, kinds


def main():
    out, kinds = build()
    with open(os.path.join(BATCH, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        for qid, k in kinds:
            f.write(f"{qid}\t{k}\n")
    print(f"wrote {len(out)} questions")
    if "--show" in sys.argv:
        for r in out:
            con = sqlite3.connect(f"file:{os.path.join(BATCH, r['db'])}?mode=ro", uri=True)
            try:
                rows = con.execute(r["sql"]).fetchall()
            except sqlite3.Error as e:
                rows = f"ERROR {e}"
            print(r["id"], "|", r["question"])
            print("    ", rows if isinstance(rows, str) else rows[:16], "" if isinstance(rows, str) else f"({len(rows)} rows)")
            con.close()


if __name__ == "__main__":
    main()
