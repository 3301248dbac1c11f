"""Writes ../questions.jsonl (80 questions, 40 per database) and kinds.tsv (the kind of every question).

Each entry is (kind, question, sql, order_matters). The SQL is the reference answer; check.py runs it read-only and
verifies the conventions (ratios 0-1 rounded to 4, money rounded to 2 in the currency unit, 'YYYY-MM' months,
'YYYY-Qn' quarters, one-column person names, no ties at a LIMIT cut, no NULL / empty / single-0 results, <= 15 rows)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# Dutch dates are TEXT DD-MM-YYYY: year = substr(d, 7, 4), month = substr(d, 7, 4) || '-' || substr(d, 4, 2)
SV_MONTH = "substr({d}, 7, 4) || '-' || substr({d}, 4, 2)"
SV_QUARTER = "substr({d}, 7, 4) || '-Q' || ((CAST(substr({d}, 4, 2) AS INTEGER) + 2) / 3)"

SV = [
    # ---------------------------------------------------------------- count
    ("count", "How many of our shops are open and trading at the moment? Don't count shops that have closed for good or are shut for a refit.",
     "SELECT COUNT(*) FROM filiaal WHERE status_code = 'ACT'", False),
    ("count", "How many loyalty-card customers live in Zwijndrecht in Belgium (the one in Antwerp province, not the Dutch Zwijndrecht)? Leave out deleted accounts.",
     "SELECT COUNT(*) FROM klant k WHERE k.woonplaats = 'Zwijndrecht' AND k.land = 'BE' AND k.verwijderd = 'N'", False),
    ("count", "How many till receipts were voided in 2024?",
     "SELECT COUNT(*) FROM kassabon WHERE status_code = 'ANN' AND substr(datum, 7, 4) = '2024'", False),
    ("count", "how many pre-orders due for pickup in 2025 were left uncollected because the customer simply never turned up (not counting ones they cancelled)?",
     "SELECT COUNT(*) FROM bestelling WHERE status_code = 'NOP' AND substr(ophaaldatum, 7, 4) = '2025'", False),
    ("count", "How many people currently work at the Utrecht shop?",
     "SELECT COUNT(*) FROM medewerker m JOIN filiaal f ON f.filiaal_id = m.filiaal_id WHERE f.naam = 'Utrecht Twijnstraat' AND m.datum_uit_dienst IS NULL", False),
    # ---------------------------------------------------------------- total / average
    ("total", "What were our total takings in euros from completed till receipts in 2024?",
     "SELECT ROUND(SUM(totaal_cent) / 100.0, 2) FROM kassabon WHERE status_code = 'AFG' AND substr(datum, 7, 4) = '2024'", False),
    ("total", "What was the average value of a completed till receipt at our Belgian shops in 2025?",
     "SELECT ROUND(AVG(b.totaal_cent) / 100.0, 2) FROM kassabon b JOIN filiaal f ON f.filiaal_id = b.filiaal_id WHERE f.land = 'BE' AND b.status_code = 'AFG' AND substr(b.datum, 7, 4) = '2025'", False),
    ("total", "How many kilos of Rundergehakt (the regular beef mince, not the organic one) did we sell on completed receipts in 2025?",
     "SELECT ROUND(SUM(r.gewicht_gram) / 1000.0, 2) FROM kassabonregel r JOIN kassabon b ON b.bon_id = r.bon_id JOIN artikel a ON a.artikel_id = r.artikel_id WHERE a.omschrijving = 'Rundergehakt' AND b.status_code = 'AFG' AND substr(b.datum, 7, 4) = '2025'", False),
    ("total", "What was the total value of the pre-orders that customers picked up in December 2025?",
     "SELECT ROUND(SUM(totaal_cent) / 100.0, 2) FROM bestelling WHERE status_code = 'OPG' AND " + SV_MONTH.format(d="ophaaldatum") + " = '2025-12'", False),
    ("total", "What's the average monthly salary of the shop managers we currently employ, in euros?",
     "SELECT ROUND(AVG(maandsalaris_cent) / 100.0, 2) FROM medewerker WHERE functie = 'Filiaalmanager' AND datum_uit_dienst IS NULL", False),
    # ---------------------------------------------------------------- breakdowns
    ("breakdown", "Show completed till takings for each month of 2025.",
     "SELECT " + SV_MONTH.format(d="datum") + " AS month, ROUND(SUM(totaal_cent) / 100.0, 2) AS takings FROM kassabon WHERE status_code = 'AFG' AND substr(datum, 7, 4) = '2025' GROUP BY month", False),
    ("breakdown", "How many pre-orders were picked up in each quarter of 2024, going by pickup date?",
     "SELECT " + SV_QUARTER.format(d="ophaaldatum") + " AS quarter, COUNT(*) AS collected FROM bestelling WHERE status_code = 'OPG' AND substr(ophaaldatum, 7, 4) = '2024' GROUP BY quarter", False),
    ("breakdown", "Break down 2025's completed till receipts by how the customer paid: number of receipts for each payment method.",
     "SELECT betaalwijze, COUNT(*) AS receipts FROM kassabon WHERE status_code = 'AFG' AND substr(datum, 7, 4) = '2025' GROUP BY betaalwijze", False),
    ("breakdown", "For each region, how many loyalty-card customers have their home shop there? Exclude deleted customers.",
     "SELECT f.regio, COUNT(*) AS customers FROM klant k JOIN filiaal f ON f.filiaal_id = k.vaste_filiaal_id WHERE k.verwijderd = 'N' GROUP BY f.regio", False),
    ("breakdown", "What did each product group bring in on completed till receipts in 2024 (line amounts, in euros)?",
     "SELECT g.naam, ROUND(SUM(r.regelbedrag_cent) / 100.0, 2) AS sales FROM kassabonregel r JOIN kassabon b ON b.bon_id = r.bon_id JOIN artikel a ON a.artikel_id = r.artikel_id JOIN artikelgroep g ON g.artikelgroep_id = a.artikelgroep_id WHERE b.status_code = 'AFG' AND substr(b.datum, 7, 4) = '2024' GROUP BY g.naam", False),
    # ---------------------------------------------------------------- top N
    ("topn", "Which 5 shops had the highest completed till takings in 2023? Highest first, with the amount. Include shops that have closed since.",
     "SELECT f.naam, ROUND(SUM(b.totaal_cent) / 100.0, 2) AS takings FROM kassabon b JOIN filiaal f ON f.filiaal_id = b.filiaal_id WHERE b.status_code = 'AFG' AND substr(b.datum, 7, 4) = '2023' GROUP BY f.naam ORDER BY takings DESC LIMIT 5", True),
    ("topn", "Who rang up the most completed till receipts in 2025, and how many?",
     "SELECT m.voornaam || ' ' || m.achternaam AS employee, COUNT(*) AS receipts FROM kassabon b JOIN medewerker m ON m.medewerker_id = b.kassamedewerker_id WHERE b.status_code = 'AFG' AND substr(b.datum, 7, 4) = '2025' GROUP BY m.medewerker_id ORDER BY receipts DESC LIMIT 1", False),
    ("topn", "Which cheese sold the most by weight on completed receipts in 2024? Give the kilos.",
     "SELECT a.omschrijving, ROUND(SUM(r.gewicht_gram) / 1000.0, 2) AS kilos FROM kassabonregel r JOIN kassabon b ON b.bon_id = r.bon_id JOIN artikel a ON a.artikel_id = r.artikel_id JOIN artikelgroep g ON g.artikelgroep_id = a.artikelgroep_id WHERE g.naam = 'Kaas' AND b.status_code = 'AFG' AND substr(b.datum, 7, 4) = '2024' GROUP BY a.artikel_id ORDER BY kilos DESC LIMIT 1", False),
    ("topn", "Who are our 3 biggest pre-order customers over 2023-2025, by the value of the orders they actually picked up? Deleted customers count too.",
     "SELECT k.voornaam || ' ' || k.achternaam AS customer, ROUND(SUM(o.totaal_cent) / 100.0, 2) AS collected FROM bestelling o JOIN klant k ON k.klant_id = o.klant_id WHERE o.status_code = 'OPG' AND substr(o.ophaaldatum, 7, 4) BETWEEN '2023' AND '2025' GROUP BY k.klant_id ORDER BY collected DESC LIMIT 3", False),
    ("topn", "Which allergen is in the largest number of our products? Only count products that actually contain it, not 'may contain traces'.",
     "SELECT l.naam, COUNT(*) AS products FROM artikel_allergeen x JOIN allergeen l ON l.allergeen_id = x.allergeen_id WHERE x.soort = 'bevat' GROUP BY l.naam ORDER BY products DESC LIMIT 1", False),
    # ---------------------------------------------------------------- lists
    ("list", "Which shops opened in 2023 or later, and on what date?",
     "SELECT naam, geopend_op FROM filiaal WHERE CAST(substr(geopend_op, 7, 4) AS INTEGER) >= 2023", False),
    ("list", "List the organic products that currently cost more than 20 euros a kilo, with the price per kilo.",
     "SELECT omschrijving, ROUND(prijs_cent / 100.0, 2) AS price_per_kg FROM artikel WHERE biologisch = 'J' AND eenheid = 'kg' AND prijs_cent > 2000", False),
    ("list", "Which shop managers left the company in 2024? Give their name and the shop they ran.",
     "SELECT m.voornaam || ' ' || m.achternaam AS manager, f.naam FROM medewerker m JOIN filiaal f ON f.filiaal_id = m.filiaal_id WHERE m.functie = 'Filiaalmanager' AND substr(m.datum_uit_dienst, 7, 4) = '2024'", False),
    ("list", "Which products did we take out of the range during 2025?",
     "SELECT omschrijving FROM artikel WHERE substr(uit_assortiment_op, 7, 4) = '2025'", False),
    # ---------------------------------------------------------------- attribute of a named record
    ("attribute", "What's the PLU code for Côte de boeuf?",
     "SELECT plu FROM artikel WHERE omschrijving = 'Côte de boeuf'", False),
    ("attribute", "How big is the sales floor of our Bergen shop in North Holland, in square metres?",
     "SELECT winkeloppervlak_m2 FROM filiaal WHERE plaats = 'Bergen' AND provincie = 'Noord-Holland'", False),
    ("attribute", "What is Annelies Goossens's loyalty card number?",
     "SELECT k.klantkaartnummer FROM klant k WHERE k.voornaam = 'Annelies' AND k.achternaam = 'Goossens'", False),
    # ---------------------------------------------------------------- self-reference
    ("selfref", "Who does the current manager of the 's-Hertogenbosch shop report to?",
     "SELECT boss.voornaam || ' ' || boss.achternaam AS reports_to FROM medewerker m JOIN filiaal f ON f.filiaal_id = m.filiaal_id JOIN medewerker boss ON boss.medewerker_id = m.leidinggevende_id WHERE f.naam = '''s-Hertogenbosch Hinthamerstraat' AND m.functie = 'Filiaalmanager' AND m.datum_uit_dienst IS NULL", False),
    ("selfref", "Which shop managers still working for us report to Elke Coppens? Give each manager with their shop.",
     "SELECT m.voornaam || ' ' || m.achternaam AS manager, f.naam FROM medewerker m JOIN medewerker boss ON boss.medewerker_id = m.leidinggevende_id JOIN filiaal f ON f.filiaal_id = m.filiaal_id WHERE boss.voornaam = 'Elke' AND boss.achternaam = 'Coppens' AND m.functie = 'Filiaalmanager' AND m.datum_uit_dienst IS NULL", False),
    ("selfref", "Who was Fleur Peeters's line manager when she left?",
     "SELECT boss.voornaam || ' ' || boss.achternaam AS line_manager FROM medewerker m JOIN medewerker boss ON boss.medewerker_id = m.leidinggevende_id WHERE m.voornaam = 'Fleur' AND m.achternaam = 'Peeters'", False),
    # ---------------------------------------------------------------- no related records
    ("negation", "How many customers who signed up for a loyalty card in 2025 have no till receipts and no pre-orders at all, whatever the status? Deleted accounts count too.",
     "SELECT COUNT(*) FROM klant k WHERE substr(k.aangemeld_op, 7, 4) = '2025' AND NOT EXISTS (SELECT 1 FROM kassabon b WHERE b.klant_id = k.klant_id) AND NOT EXISTS (SELECT 1 FROM bestelling o WHERE o.klant_id = k.klant_id)", False),
    ("negation", "Which cold cuts contain no allergens at all, not even traces?",
     "SELECT a.omschrijving FROM artikel a JOIN artikelgroep g ON g.artikelgroep_id = a.artikelgroep_id WHERE g.naam = 'Vleeswaren' AND NOT EXISTS (SELECT 1 FROM artikel_allergeen x WHERE x.artikel_id = a.artikel_id)", False),
    # ---------------------------------------------------------------- group conditions
    ("having", "Which customers had 6 or more completed till receipts in 2024? Give the name and the number of receipts. Include deleted customers.",
     "SELECT k.voornaam || ' ' || k.achternaam AS customer, COUNT(*) AS receipts FROM kassabon b JOIN klant k ON k.klant_id = b.klant_id WHERE b.status_code = 'AFG' AND substr(b.datum, 7, 4) = '2024' GROUP BY k.klant_id HAVING COUNT(*) >= 6", False),
    ("having", "Which shops voided more than 8 till receipts between 2023 and 2025?",
     "SELECT f.naam, COUNT(*) AS voided FROM kassabon b JOIN filiaal f ON f.filiaal_id = b.filiaal_id WHERE b.status_code = 'ANN' AND substr(b.datum, 7, 4) BETWEEN '2023' AND '2025' GROUP BY f.naam HAVING COUNT(*) > 8", False),
    ("having", "Which product groups sold more than 9,000 euros on completed till receipts in 2025?",
     "SELECT g.naam, ROUND(SUM(r.regelbedrag_cent) / 100.0, 2) AS sales FROM kassabonregel r JOIN kassabon b ON b.bon_id = r.bon_id JOIN artikel a ON a.artikel_id = r.artikel_id JOIN artikelgroep g ON g.artikelgroep_id = a.artikelgroep_id WHERE b.status_code = 'AFG' AND substr(b.datum, 7, 4) = '2025' GROUP BY g.naam HAVING SUM(r.regelbedrag_cent) > 900000", False),
    # ---------------------------------------------------------------- share of total
    ("share", "What share of 2024's completed till receipts were rung up on a loyalty card?",
     "SELECT ROUND(AVG(klant_id IS NOT NULL), 4) FROM kassabon WHERE status_code = 'AFG' AND substr(datum, 7, 4) = '2024'", False),
    ("share", "Of all pre-orders due for pickup in 2024, what fraction did the customer cancel?",
     "SELECT ROUND(AVG(status_code = 'GAN'), 4) FROM bestelling WHERE substr(ophaaldatum, 7, 4) = '2024'", False),
    ("share", "What percentage of our loyalty-card customers get the newsletter? Leave deleted customers out.",
     "SELECT ROUND(AVG(k.nieuwsbrief = 'J'), 4) FROM klant k WHERE k.verwijderd = 'N'", False),
    # ---------------------------------------------------------------- comparison of two periods
    ("compare", "Compare completed till takings in December 2024 with December 2025: both amounts and the change.",
     "SELECT ROUND(SUM(CASE WHEN " + SV_MONTH.format(d="datum") + " = '2024-12' THEN totaal_cent END) / 100.0, 2) AS dec_2024, ROUND(SUM(CASE WHEN " + SV_MONTH.format(d="datum") + " = '2025-12' THEN totaal_cent END) / 100.0, 2) AS dec_2025, ROUND((SUM(CASE WHEN " + SV_MONTH.format(d="datum") + " = '2025-12' THEN totaal_cent END) - SUM(CASE WHEN " + SV_MONTH.format(d="datum") + " = '2024-12' THEN totaal_cent END)) / 100.0, 2) AS change FROM kassabon WHERE status_code = 'AFG'", False),
    ("compare", "How many pre-orders were collected at our Belgian shops in 2023, and how many in 2025?",
     "SELECT SUM(substr(o.ophaaldatum, 7, 4) = '2023') AS collected_2023, SUM(substr(o.ophaaldatum, 7, 4) = '2025') AS collected_2025 FROM bestelling o JOIN filiaal f ON f.filiaal_id = o.filiaal_id WHERE f.land = 'BE' AND o.status_code = 'OPG'", False),
]

# ERP dates are TEXT YYYYMMDD: year = substr(d, 1, 4), month = substr(d, 1, 4) || '-' || substr(d, 5, 2)
TP_MONTH = "substr({d}, 1, 4) || '-' || substr({d}, 5, 2)"
TP_QUARTER = "substr({d}, 1, 4) || '-Q' || ((CAST(substr({d}, 5, 2) AS INTEGER) + 2) / 3)"
SOLD = "h.status_cd IN ('PAI', 'CHG')"     # invoices that stand: paid, or charged to account and awaiting payment

TP = [
    # ---------------------------------------------------------------- count
    ("count", "How many of our branches are open and trading right now? Leave out branches that have closed or are being renovated.",
     "SELECT COUNT(*) FROM op100 WHERE status_cd = 'OPN'", False),
    ("count", "How many trade contractor accounts are currently on credit hold?",
     "SELECT COUNT(*) FROM ar100 c WHERE c.cust_class = 'TRD' AND c.status_cd = 'HLD'", False),
    ("count", "How many invoices did we void in 2024?",
     "SELECT COUNT(*) FROM so100 WHERE status_cd = 'VOI' AND substr(invoice_date, 1, 4) = '2024'", False),
    ("count", "How many customer accounts are based in Windsor, Nova Scotia (not Windsor, Ontario)? Don't count deleted accounts.",
     "SELECT COUNT(*) FROM ar100 c WHERE c.city = 'Windsor' AND c.prov_cd = 'NS' AND c.status_cd <> 'DEL'", False),
    ("count", "How many employees still with us hold a first aid certificate that is valid through 31 December 2025?",
     "SELECT COUNT(*) FROM hr120 x JOIN hr100 e ON e.emp_no = x.emp_no WHERE x.cert_cd = 'FAID' AND e.term_date IS NULL AND x.expiry_date >= '20251231'", False),
    # ---------------------------------------------------------------- total / average
    ("total", "What were our net sales before tax in 2024? Count paid invoices and invoices charged to account, but not voided or returned ones.",
     "SELECT ROUND(SUM(h.subtotal), 2) FROM so100 h WHERE " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2024'", False),
    ("total", "How much sales tax did our Nova Scotia branches collect in 2025? Skip voided and returned invoices.",
     "SELECT ROUND(SUM(h.tax_amount), 2) FROM so100 h JOIN op100 b ON b.branch_no = h.branch_no WHERE b.prov_cd = 'NS' AND " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2025'", False),
    ("total", "What was the average invoice total, tax included, for phone orders in 2025? Leave out voided and returned invoices.",
     "SELECT ROUND(AVG(h.invoice_total), 2) FROM so100 h WHERE h.order_source = 'PHN' AND " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2025'", False),
    ("total", "How many 18.9 L pails of Trillium Pro Interior, all sheens together, did we sell in 2024? Don't count voided or returned invoices.",
     "SELECT SUM(l.qty) FROM so110 l JOIN so100 h ON h.invoice_no = l.invoice_no JOIN in100 i ON i.item_no = l.item_no WHERE i.description LIKE 'Trillium Pro Interior %' AND i.container = '18.9 L' AND " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2024'", False),
    ("total", "How much money, tax included, is still owed to us on invoices that were charged to account and haven't been paid yet?",
     "SELECT ROUND(SUM(h.invoice_total), 2) FROM so100 h WHERE h.status_cd = 'CHG'", False),
    # ---------------------------------------------------------------- breakdowns
    ("breakdown", "How many invoices did we issue in each quarter of 2024? Count every invoice, whatever its status.",
     "SELECT " + TP_QUARTER.format(d="invoice_date") + " AS quarter, COUNT(*) AS invoices FROM so100 WHERE substr(invoice_date, 1, 4) = '2024' GROUP BY quarter", False),
    ("breakdown", "Show net sales before tax for each month of 2025, excluding voided and returned invoices.",
     "SELECT " + TP_MONTH.format(d="h.invoice_date") + " AS month, ROUND(SUM(h.subtotal), 2) AS net_sales FROM so100 h WHERE " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2025' GROUP BY month", False),
    ("breakdown", "In 2025, how many containers did we tint in each colour family, counting everything tinted (paint, primer or stain)? Leave out voided and returned invoices.",
     "SELECT c.colour_family, SUM(l.qty) AS containers FROM so110 l JOIN so100 h ON h.invoice_no = l.invoice_no JOIN in110 c ON c.colour_cd = l.colour_cd WHERE " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2025' GROUP BY c.colour_family", False),
    ("breakdown", "How many customer accounts do we have of each type (trade, institutional, retail)? Don't count deleted accounts.",
     "SELECT c.cust_class, COUNT(*) AS accounts FROM ar100 c WHERE c.status_cd <> 'DEL' GROUP BY c.cust_class", False),
    ("breakdown", "Break down 2023 net sales before tax by item group, leaving out voided and returned invoices.",
     "SELECT i.item_group, ROUND(SUM(l.ext_amount), 2) AS net_sales FROM so110 l JOIN so100 h ON h.invoice_no = l.invoice_no JOIN in100 i ON i.item_no = l.item_no WHERE " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2023' GROUP BY i.item_group", False),
    # ---------------------------------------------------------------- top N
    ("topn", "What were our 5 most popular colours in 2025, by the number of containers tinted to them? Most first, and leave out voided and returned invoices.",
     "SELECT c.colour_name, SUM(l.qty) AS containers FROM so110 l JOIN so100 h ON h.invoice_no = l.invoice_no JOIN in110 c ON c.colour_cd = l.colour_cd WHERE " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2025' GROUP BY c.colour_cd ORDER BY containers DESC LIMIT 5", True),
    ("topn", "Which trade contractor spent the most with us in 2024, before tax? Ignore voided and returned invoices; deleted accounts count too.",
     "SELECT c.company_name, ROUND(SUM(h.subtotal), 2) AS spent FROM so100 h JOIN ar100 c ON c.cust_no = h.cust_no WHERE c.cust_class = 'TRD' AND " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2024' GROUP BY c.cust_no ORDER BY spent DESC LIMIT 1", False),
    ("topn", "Which branch had the highest net sales before tax in July 2025, not counting voided or returned invoices?",
     "SELECT b.branch_name, ROUND(SUM(h.subtotal), 2) AS net_sales FROM so100 h JOIN op100 b ON b.branch_no = h.branch_no WHERE " + SOLD + " AND " + TP_MONTH.format(d="h.invoice_date") + " = '2025-07' GROUP BY b.branch_no ORDER BY net_sales DESC LIMIT 1", False),
    ("topn", "Which employee wrote up the most invoices in 2024, whatever their status?",
     "SELECT e.first_name || ' ' || e.last_name AS employee, COUNT(*) AS invoices FROM so100 h JOIN hr100 e ON e.emp_no = h.salesperson_emp_no WHERE substr(h.invoice_date, 1, 4) = '2024' GROUP BY e.emp_no ORDER BY invoices DESC LIMIT 1", False),
    ("topn", "Which item in our brushes & rollers range sold the most units in 2025, leaving out voided and returned invoices?",
     "SELECT i.description, SUM(l.qty) AS units FROM so110 l JOIN so100 h ON h.invoice_no = l.invoice_no JOIN in100 i ON i.item_no = l.item_no WHERE i.item_group = 'Brushes & Rollers' AND " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2025' GROUP BY i.item_no ORDER BY units DESC LIMIT 1", False),
    # ---------------------------------------------------------------- lists
    ("list", "Which of our Quebec branches have a trade counter, and how big is each one's sales floor in square feet?",
     "SELECT branch_name, sales_sqft FROM op100 WHERE prov_cd = 'QC' AND trade_desk = 'Y'", False),
    ("list", "Which current employees at the Halifax Quinpool branch are certified tint machine operators?",
     "SELECT e.first_name || ' ' || e.last_name AS employee FROM hr100 e JOIN op100 b ON b.branch_no = e.branch_no JOIN hr120 x ON x.emp_no = e.emp_no WHERE b.branch_name = 'Halifax Quinpool' AND x.cert_cd = 'TINT' AND e.term_date IS NULL", False),
    ("list", "Which items were discontinued in 2024 or 2025, and on what date?",
     "SELECT description, discontinued_date FROM in100 WHERE substr(discontinued_date, 1, 4) IN ('2024', '2025')", False),
    ("list", "Which branch managers were hired in 2023 or later, including any who have since left? Give the name, the branch and the hire date.",
     "SELECT e.first_name || ' ' || e.last_name AS manager, b.branch_name, e.hire_date FROM hr100 e JOIN op100 b ON b.branch_no = e.branch_no WHERE e.job_title = 'Branch Manager' AND e.hire_date >= '20230101'", False),
    # ---------------------------------------------------------------- attribute of a named record
    ("attribute", "Which colour family is Bleu Gaspé in?",
     "SELECT colour_family FROM in110 WHERE colour_name = 'Bleu Gaspé'", False),
    ("attribute", "What credit limit does Fundy Coatings Inc. have on its account?",
     "SELECT ROUND(credit_limit, 2) FROM ar100 WHERE company_name = 'Fundy Coatings Inc.'", False),
    ("attribute", "In which year was Fundy Fog our Colour of the Year?",
     "SELECT colour_of_year FROM in110 WHERE colour_name = 'Fundy Fog'", False),
    # ---------------------------------------------------------------- self-reference
    ("selfref", "Who is the boss of the person currently managing our Moncton branch?",
     "SELECT boss.first_name || ' ' || boss.last_name AS boss FROM hr100 e JOIN op100 b ON b.branch_no = e.branch_no JOIN hr100 boss ON boss.emp_no = e.supervisor_emp_no WHERE b.branch_name = 'Moncton Mountain Road' AND e.job_title = 'Branch Manager' AND e.term_date IS NULL", False),
    ("selfref", "Which branch managers currently report to Björn Stewart? List each with their branch.",
     "SELECT e.first_name || ' ' || e.last_name AS manager, b.branch_name FROM hr100 e JOIN hr100 boss ON boss.emp_no = e.supervisor_emp_no JOIN op100 b ON b.branch_no = e.branch_no WHERE boss.first_name = 'Björn' AND boss.last_name = 'Stewart' AND e.job_title = 'Branch Manager' AND e.term_date IS NULL", False),
    ("selfref", "Who was Curtis Singh's supervisor at the time he left?",
     "SELECT boss.first_name || ' ' || boss.last_name AS supervisor FROM hr100 e JOIN hr100 boss ON boss.emp_no = e.supervisor_emp_no WHERE e.first_name = 'Curtis' AND e.last_name = 'Singh'", False),
    # ---------------------------------------------------------------- no related records
    ("negation", "How many trade contractor accounts belonging to the Laval branch had no invoices at all in 2025, whatever the status? Leave out deleted accounts.",
     "SELECT COUNT(*) FROM ar100 c JOIN op100 b ON b.branch_no = c.home_branch_no WHERE b.branch_name = 'Laval' AND c.cust_class = 'TRD' AND c.status_cd <> 'DEL' AND NOT EXISTS (SELECT 1 FROM so100 h WHERE h.cust_no = c.cust_no AND substr(h.invoice_date, 1, 4) = '2025')", False),
    ("negation", "Which employees currently working in our branches have no WHMIS certificate on file at all, valid or expired? Give each person's branch.",
     "SELECT e.first_name || ' ' || e.last_name AS employee, b.branch_name FROM hr100 e JOIN op100 b ON b.branch_no = e.branch_no WHERE e.term_date IS NULL AND NOT EXISTS (SELECT 1 FROM hr120 x WHERE x.emp_no = e.emp_no AND x.cert_cd = 'WHMIS')", False),
    # ---------------------------------------------------------------- group conditions
    ("having", "Which trade contractors had more than 6 invoices in 2025, not counting voided or returned ones? Include deleted accounts.",
     "SELECT c.company_name, COUNT(*) AS invoices FROM so100 h JOIN ar100 c ON c.cust_no = h.cust_no WHERE c.cust_class = 'TRD' AND " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2025' GROUP BY c.cust_no HAVING COUNT(*) > 6", False),
    ("having", "Which branches had more than 5 invoices returned for a refund between 2023 and 2025?",
     "SELECT b.branch_name, COUNT(*) AS returned FROM so100 h JOIN op100 b ON b.branch_no = h.branch_no WHERE h.status_cd = 'RTN' AND substr(h.invoice_date, 1, 4) BETWEEN '2023' AND '2025' GROUP BY b.branch_no HAVING COUNT(*) > 5", False),
    ("having", "Which colour collections had more than 900 containers tinted in 2024? Skip voided and returned invoices.",
     "SELECT c.collection, SUM(l.qty) AS containers FROM so110 l JOIN so100 h ON h.invoice_no = l.invoice_no JOIN in110 c ON c.colour_cd = l.colour_cd WHERE " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2024' GROUP BY c.collection HAVING SUM(l.qty) > 900", False),
    # ---------------------------------------------------------------- share of total
    ("share", "What share of the invoices we issued in 2025 were web orders? Count every invoice, whatever its status.",
     "SELECT ROUND(AVG(order_source = 'WEB'), 4) FROM so100 WHERE substr(invoice_date, 1, 4) = '2025'", False),
    ("share", "What proportion of the people currently on staff are bilingual in English and French?",
     "SELECT ROUND(AVG(language = 'EN/FR'), 4) FROM hr100 WHERE term_date IS NULL", False),
    ("share", "In 2024, what percentage of net sales before tax came from trade contractor accounts? Leave out voided and returned invoices.",
     "SELECT ROUND(SUM(CASE WHEN c.cust_class = 'TRD' THEN h.subtotal ELSE 0 END) / SUM(h.subtotal), 4) FROM so100 h LEFT JOIN ar100 c ON c.cust_no = h.cust_no WHERE " + SOLD + " AND substr(h.invoice_date, 1, 4) = '2024'", False),
    # ---------------------------------------------------------------- comparison of two periods
    ("compare", "Compare net sales before tax at our Ontario branches in Q2 2024 and Q2 2025, leaving out voided and returned invoices. Give both figures and the difference.",
     "SELECT ROUND(SUM(CASE WHEN h.invoice_date BETWEEN '20240401' AND '20240630' THEN h.subtotal ELSE 0 END), 2) AS q2_2024, ROUND(SUM(CASE WHEN h.invoice_date BETWEEN '20250401' AND '20250630' THEN h.subtotal ELSE 0 END), 2) AS q2_2025, ROUND(SUM(CASE WHEN h.invoice_date BETWEEN '20250401' AND '20250630' THEN h.subtotal ELSE 0 END) - SUM(CASE WHEN h.invoice_date BETWEEN '20240401' AND '20240630' THEN h.subtotal ELSE 0 END), 2) AS difference FROM so100 h JOIN op100 b ON b.branch_no = h.branch_no WHERE b.prov_cd = 'ON' AND " + SOLD, False),
    ("compare", "How many invoices did the Halifax Quinpool branch issue in 2023 compared with 2025, not counting voided ones?",
     "SELECT SUM(substr(h.invoice_date, 1, 4) = '2023') AS invoices_2023, SUM(substr(h.invoice_date, 1, 4) = '2025') AS invoices_2025 FROM so100 h JOIN op100 b ON b.branch_no = h.branch_no WHERE b.branch_name = 'Halifax Quinpool' AND h.status_cd <> 'VOI'", False),
]


def main():
    out, kinds = [], []
    for db, qs in (("slagerij_vermeulen", SV), ("trillium_paint", TP)):
        for i, (kind, question, sql, om) in enumerate(qs, 1):
            qid = f"{db}-{i:03d}"
            out.append({"id": qid, "db": f"databases/{db}.sqlite", "question": question, "sql": sql, "order_matters": om})
            kinds.append(f"{qid}\t{kind}")
    with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(kinds) + "\n")
    print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
