"""Writes ../questions.jsonl (40 questions per database) and kinds.tsv (id -> kind, read by check.py).
Deterministic, no randomness. TY = Tangled Yarns (tangled_yarns), PO = Paperbark Office (paperbark_office).
Each entry is (kind, question, reference SQL, order_matters)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "questions.jsonl")
KINDS = os.path.join(HERE, "kinds.tsv")


# ---- Tangled Yarns: quoted Title Case identifiers, DD/MM/YYYY text dates, REAL pounds, booking money as TEXT
def YR(col, y):
    """Calendar-year filter on a DD/MM/YYYY text date."""
    return f"substr({col}, 7, 4) = '{y}'"


def ISO(col):
    return f"substr({col}, 7, 4) || '-' || substr({col}, 4, 2) || '-' || substr({col}, 1, 2)"


def YM(col):
    return f"substr({col}, 7, 4) || '-' || substr({col}, 4, 2)"


def YQ(col):
    return f"substr({col}, 7, 4) || '-Q' || ((CAST(substr({col}, 4, 2) AS INTEGER) + 2) / 3)"


def NAME(a):
    return f"{a}.\"First Name\" || ' ' || {a}.\"Last Name\""


SD = 's."Sale Date"'
WSD = 'ws."Session Date"'
CJO = 'cu."Joined On"'
STL = 'st."Leaving Date"'
CMP = "s.\"Status\" = 'CMP'"
PAID = "CAST(b.\"Amount Paid (£)\" AS REAL)"

TY = [
    # ---- counts
    ("count", "How many of our shops are open and trading at the moment? Don't count ones that are shut, even if it's only for a refit.",
     "SELECT COUNT(*) FROM \"Shops\" sh JOIN \"Status Codes\" c ON c.\"Code\" = sh.\"Status\" WHERE c.\"Description\" = 'Open'", False),
    ("count", "How many customers do we have living in Richmond up in North Yorkshire (not the London one)? Leave out archived customers.",
     "SELECT COUNT(*) FROM \"Customers\" WHERE \"Town\" = 'Richmond' AND \"County\" = 'North Yorkshire' AND \"Archived?\" = 'No'", False),
    ("count", "how many workshop bookings for 2025 sessions were no-shows?",
     f"SELECT COUNT(*) FROM \"Bookings\" b JOIN \"Workshop Sessions\" ws ON ws.\"Session ID\" = b.\"Session ID\" WHERE b.\"Status\" = 'NOS' AND {YR(WSD, 2025)}", False),
    ("count", "How many sales were refunded in 2024?",
     f"SELECT COUNT(*) FROM \"Sales\" s JOIN \"Status Codes\" c ON c.\"Code\" = s.\"Status\" WHERE c.\"Description\" = 'Refunded' AND {YR(SD, 2024)}", False),
    ("count", "How many workshop tutors have we got on the books right now?",
     "SELECT COUNT(*) FROM \"Staff\" WHERE \"Job Title\" = 'Workshop Tutor' AND \"Leaving Date\" IS NULL", False),
    # ---- totals / averages
    ("total", "What did completed sales bring in altogether in 2024, in pounds?",
     f"SELECT ROUND(SUM(s.\"Total (£)\"), 2) FROM \"Sales\" s WHERE {CMP} AND {YR(SD, 2024)}", False),
    ("total", "What was the average value of a completed click & collect order in 2025?",
     f"SELECT ROUND(AVG(s.\"Total (£)\"), 2) FROM \"Sales\" s WHERE {CMP} AND s.\"Channel\" = 'Click & Collect' AND {YR(SD, 2025)}", False),
    ("total", "How much did customers pay us for workshop places on sessions held in 2025?",
     f"SELECT ROUND(SUM({PAID}), 2) FROM \"Bookings\" b JOIN \"Workshop Sessions\" ws ON ws.\"Session ID\" = b.\"Session ID\" WHERE {YR(WSD, 2025)}", False),
    ("total", "How many balls of Stylecraft Special DK did we sell in 2023, all colours together? Completed sales only.",
     f"SELECT SUM(l.\"Qty\") FROM \"Sales\" s JOIN \"Sale Lines\" l ON l.\"Sale ID\" = s.\"Sale ID\" JOIN \"Products\" p ON p.\"Product ID\" = l.\"Product ID\" WHERE {CMP} AND {YR(SD, 2023)} AND p.\"Product Name\" LIKE 'Stylecraft Special DK%'", False),
    ("total", "What's the average hourly rate we pay the sales assistants who are still working for us?",
     "SELECT ROUND(AVG(\"Hourly Rate (£)\"), 2) FROM \"Staff\" WHERE \"Job Title\" = 'Sales Assistant' AND \"Leaving Date\" IS NULL", False),
    # ---- breakdowns
    ("breakdown", "Break down 2025's completed sales takings by month.",
     f"SELECT {YM(SD)} AS month, ROUND(SUM(s.\"Total (£)\"), 2) FROM \"Sales\" s WHERE {CMP} AND {YR(SD, 2025)} GROUP BY 1", False),
    ("breakdown", "How many workshop sessions actually went ahead in each quarter of 2024?",
     f"SELECT {YQ(WSD)} AS quarter, COUNT(*) FROM \"Workshop Sessions\" ws WHERE ws.\"Status\" = 'RAN' AND {YR(WSD, 2024)} GROUP BY 1", False),
    ("breakdown", "How many customers do we have in each nation of the UK, going by their home shop? Don't count archived customers.",
     "SELECT sh.\"Nation\", COUNT(*) FROM \"Customers\" cu JOIN \"Shops\" sh ON sh.\"Shop ID\" = cu.\"Home Shop ID\" WHERE cu.\"Archived?\" = 'No' GROUP BY sh.\"Nation\"", False),
    ("breakdown", "For completed sales in 2024, how many sales and how much money came in through each payment method?",
     f"SELECT s.\"Payment Method\", COUNT(*), ROUND(SUM(s.\"Total (£)\"), 2) FROM \"Sales\" s WHERE {CMP} AND {YR(SD, 2024)} GROUP BY s.\"Payment Method\"", False),
    ("breakdown", "How many products are there in each category, not counting discontinued lines?",
     "SELECT \"Category\", COUNT(*) FROM \"Products\" WHERE \"Discontinued On\" IS NULL GROUP BY \"Category\"", False),
    # ---- top N
    ("topn", "Which five shops took the most from completed sales in 2023? Include shops that have closed since. Biggest first, with the amounts.",
     f"SELECT sh.\"Shop Name\", ROUND(SUM(s.\"Total (£)\"), 2) AS takings FROM \"Sales\" s JOIN \"Shops\" sh ON sh.\"Shop ID\" = s.\"Shop ID\" WHERE {CMP} AND {YR(SD, 2023)} GROUP BY sh.\"Shop ID\" ORDER BY takings DESC LIMIT 5", True),
    ("topn", "Who were our three best customers by completed spend in 2024? Archived customers count too.",
     f"SELECT {NAME('cu')} AS customer, ROUND(SUM(s.\"Total (£)\"), 2) AS spend FROM \"Sales\" s JOIN \"Customers\" cu ON cu.\"Customer ID\" = s.\"Customer ID\" WHERE {CMP} AND {YR(SD, 2024)} GROUP BY cu.\"Customer ID\" ORDER BY spend DESC LIMIT 3", False),
    ("topn", "Which yarn brand sold the most balls in 2025 on completed sales?",
     f"SELECT br.\"Brand Name\" FROM \"Sales\" s JOIN \"Sale Lines\" l ON l.\"Sale ID\" = s.\"Sale ID\" JOIN \"Products\" p ON p.\"Product ID\" = l.\"Product ID\" JOIN \"Brands\" br ON br.\"Brand ID\" = p.\"Brand ID\" WHERE {CMP} AND {YR(SD, 2025)} AND p.\"Category\" = 'Yarn' GROUP BY br.\"Brand ID\" ORDER BY SUM(l.\"Qty\") DESC LIMIT 1", False),
    ("topn", "Which workshop had the most attendees in 2024, counting only people who actually turned up?",
     f"SELECT w.\"Workshop Title\" FROM \"Bookings\" b JOIN \"Workshop Sessions\" ws ON ws.\"Session ID\" = b.\"Session ID\" JOIN \"Workshops\" w ON w.\"Workshop ID\" = ws.\"Workshop ID\" WHERE b.\"Status\" = 'ATT' AND {YR(WSD, 2024)} GROUP BY w.\"Workshop ID\" ORDER BY COUNT(*) DESC LIMIT 1", False),
    ("topn", "Which tutor ran the most workshop sessions in 2025? Only count sessions that went ahead.",
     f"SELECT {NAME('t')} AS tutor, COUNT(*) AS sessions FROM \"Workshop Sessions\" ws JOIN \"Staff\" t ON t.\"Staff ID\" = ws.\"Tutor\" WHERE ws.\"Status\" = 'RAN' AND {YR(WSD, 2025)} GROUP BY t.\"Staff ID\" ORDER BY sessions DESC LIMIT 1", False),
    # ---- lists
    ("list", "List the kits we sell for more than £50, with their prices.",
     "SELECT \"Product Name\", \"Price (£)\" FROM \"Products\" WHERE \"Category\" = 'Kits' AND \"Price (£)\" > 50", False),
    ("list", "Which shops have a workshop room and more than 1,600 square feet of floor space?",
     "SELECT \"Shop Name\" FROM \"Shops\" WHERE \"Workshop Room?\" = 'Yes' AND \"Floor Area (sq ft)\" > 1600", False),
    ("list", "Which customers from Newport on the Isle of Wight signed up with us during 2025? Leave out archived ones.",
     f"SELECT {NAME('cu')} FROM \"Customers\" cu WHERE cu.\"Town\" = 'Newport' AND cu.\"County\" = 'Isle of Wight' AND cu.\"Archived?\" = 'No' AND {YR(CJO, 2025)}", False),
    ("list", "Which shop managers and assistant managers left us during 2025? Give their names, job titles and shops.",
     f"SELECT {NAME('st')}, st.\"Job Title\", sh.\"Shop Name\" FROM \"Staff\" st JOIN \"Shops\" sh ON sh.\"Shop ID\" = st.\"Shop ID\" WHERE st.\"Job Title\" IN ('Shop Manager', 'Assistant Manager') AND {YR(STL, 2025)}", False),
    # ---- attribute of a named record
    ("attribute", "How many metres of yarn do you get in one ball of Malabrigo Rios?",
     "SELECT DISTINCT \"Length (m)\" FROM \"Products\" WHERE \"Product Name\" LIKE 'Malabrigo Rios%'", False),
    ("attribute", "What email address do we have for Siân Ferguson?",
     "SELECT \"Email\" FROM \"Customers\" WHERE \"First Name\" = 'Siân' AND \"Last Name\" = 'Ferguson'", False),
    ("attribute", "How long does the Fair Isle Colourwork workshop last, in minutes?",
     "SELECT \"Duration (min)\" FROM \"Workshops\" WHERE \"Workshop Title\" = 'Fair Isle Colourwork'", False),
    # ---- self-reference
    ("selfref", "Who does the current manager of our Bath shop report to?",
     "SELECT " + NAME('boss') + " FROM \"Staff\" m JOIN \"Shops\" sh ON sh.\"Shop ID\" = m.\"Shop ID\" JOIN \"Staff\" boss ON boss.\"Staff ID\" = m.\"Reports To\" WHERE sh.\"Shop Name\" = 'Bath Milsom Street' AND m.\"Job Title\" = 'Shop Manager' AND m.\"Leaving Date\" IS NULL", False),
    ("selfref", "Who currently reports directly to Róisín Kowalczyk? Only people still working for us.",
     "SELECT " + NAME('st') + " FROM \"Staff\" st JOIN \"Staff\" boss ON boss.\"Staff ID\" = st.\"Reports To\" WHERE boss.\"First Name\" = 'Róisín' AND boss.\"Last Name\" = 'Kowalczyk' AND st.\"Leaving Date\" IS NULL", False),
    ("selfref", "Who was Freya Taylor's line manager, and what's that person's job title?",
     "SELECT " + NAME('m') + ", m.\"Job Title\" FROM \"Staff\" st JOIN \"Staff\" m ON m.\"Staff ID\" = st.\"Reports To\" WHERE st.\"First Name\" = 'Freya' AND st.\"Last Name\" = 'Taylor'", False),
    # ---- negation
    ("negation", "Which shops with a workshop room have never actually run a weaving workshop? Ignore sessions that were cancelled or are still to come.",
     "SELECT sh.\"Shop Name\" FROM \"Shops\" sh WHERE sh.\"Workshop Room?\" = 'Yes' AND NOT EXISTS (SELECT 1 FROM \"Workshop Sessions\" ws JOIN \"Workshops\" w ON w.\"Workshop ID\" = ws.\"Workshop ID\" WHERE ws.\"Shop ID\" = sh.\"Shop ID\" AND w.\"Craft\" = 'Weaving' AND ws.\"Status\" = 'RAN')", False),
    ("negation", "How many customers who joined in 2025 have no sales and no workshop bookings on record at all, whatever the status? Leave out archived customers.",
     f"SELECT COUNT(*) FROM \"Customers\" cu WHERE cu.\"Archived?\" = 'No' AND {YR(CJO, 2025)} AND NOT EXISTS (SELECT 1 FROM \"Sales\" s WHERE s.\"Customer ID\" = cu.\"Customer ID\") AND NOT EXISTS (SELECT 1 FROM \"Bookings\" b WHERE b.\"Customer ID\" = cu.\"Customer ID\")", False),
    # ---- group conditions
    ("having", "Which customers made five or more completed purchases in 2025? Leave out archived customers.",
     f"SELECT {NAME('cu')}, COUNT(*) FROM \"Sales\" s JOIN \"Customers\" cu ON cu.\"Customer ID\" = s.\"Customer ID\" WHERE {CMP} AND cu.\"Archived?\" = 'No' AND {YR(SD, 2025)} GROUP BY cu.\"Customer ID\" HAVING COUNT(*) >= 5", False),
    ("having", "Which shops had more than 12 no-show workshop bookings in 2024?",
     f"SELECT sh.\"Shop Name\", COUNT(*) FROM \"Bookings\" b JOIN \"Workshop Sessions\" ws ON ws.\"Session ID\" = b.\"Session ID\" JOIN \"Shops\" sh ON sh.\"Shop ID\" = ws.\"Shop ID\" WHERE b.\"Status\" = 'NOS' AND {YR(WSD, 2024)} GROUP BY sh.\"Shop ID\" HAVING COUNT(*) > 12", False),
    ("having", "Counting yarn only (not kits, needles or books), which brands sold more than £7,500 worth of it on completed sales in 2023?",
     f"SELECT br.\"Brand Name\", ROUND(SUM(l.\"Qty\" * l.\"Unit Price (£)\"), 2) FROM \"Sales\" s JOIN \"Sale Lines\" l ON l.\"Sale ID\" = s.\"Sale ID\" JOIN \"Products\" p ON p.\"Product ID\" = l.\"Product ID\" JOIN \"Brands\" br ON br.\"Brand ID\" = p.\"Brand ID\" WHERE {CMP} AND p.\"Category\" = 'Yarn' AND {YR(SD, 2023)} GROUP BY br.\"Brand ID\" HAVING SUM(l.\"Qty\" * l.\"Unit Price (£)\") > 7500", False),
    # ---- shares
    ("share", "What share of our completed sales in 2025 were click & collect orders?",
     f"SELECT ROUND(1.0 * SUM(s.\"Channel\" = 'Click & Collect') / COUNT(*), 4) FROM \"Sales\" s WHERE {CMP} AND {YR(SD, 2025)}", False),
    ("share", "What proportion of bookings for 2024 workshop sessions were cancelled?",
     f"SELECT ROUND(1.0 * SUM(b.\"Status\" = 'CAN') / COUNT(*), 4) FROM \"Bookings\" b JOIN \"Workshop Sessions\" ws ON ws.\"Session ID\" = b.\"Session ID\" WHERE {YR(WSD, 2024)}", False),
    ("share", "Ignoring archived customers, what percentage of our customers have opted in to the newsletter mailings?",
     "SELECT ROUND(1.0 * SUM(\"Newsletter?\" = 'Yes') / COUNT(*), 4) FROM \"Customers\" WHERE \"Archived?\" = 'No'", False),
    # ---- comparisons between two periods
    ("compare", "How did completed sales takings in the fourth quarter of 2024 compare with the fourth quarter of 2025? Give me both totals and the difference.",
     f"SELECT ROUND(SUM(CASE WHEN {YQ(SD)} = '2024-Q4' THEN s.\"Total (£)\" END), 2) AS q4_2024, ROUND(SUM(CASE WHEN {YQ(SD)} = '2025-Q4' THEN s.\"Total (£)\" END), 2) AS q4_2025, ROUND(SUM(CASE WHEN {YQ(SD)} = '2025-Q4' THEN s.\"Total (£)\" END) - SUM(CASE WHEN {YQ(SD)} = '2024-Q4' THEN s.\"Total (£)\" END), 2) AS change FROM \"Sales\" s WHERE {CMP}", False),
    ("compare", "Did the Cardiff shop run more workshop sessions in 2025 than in 2024? Give me both numbers, counting only sessions that went ahead.",
     f"SELECT SUM({YR(WSD, 2024)}) AS sessions_2024, SUM({YR(WSD, 2025)}) AS sessions_2025 FROM \"Workshop Sessions\" ws JOIN \"Shops\" sh ON sh.\"Shop ID\" = ws.\"Shop ID\" WHERE sh.\"Shop Name\" = 'Cardiff Castle Arcade' AND ws.\"Status\" = 'RAN'", False),
]

# ---- Paperbark Office: star schema, dim_date role-playing, cents, Unknown customer member 0
FS_D = "JOIN dim_date d ON d.date_key = f.order_date_key"
ST = "JOIN dim_status st ON st.status_key = f.status_key"
PAIDF = "st.status_code = 'PAID'"
AUD = "ROUND(SUM(f.net_amount_cents) / 100.0, 2)"


def PNAME(a):
    return f"{a}.first_name || ' ' || {a}.last_name"


PO = [
    # ---- counts
    ("count", "How many of our physical stores are trading at the moment? Don't count the website.",
     "SELECT COUNT(*) FROM dim_store WHERE store_status = 'Trading' AND store_format <> 'Online'", False),
    ("count", "How many business accounts have we got in Queensland? Leave out deleted accounts.",
     "SELECT COUNT(*) FROM dim_customer WHERE customer_type = 'Business' AND state_code = 'QLD' AND is_deleted = 0", False),
    ("count", "How many invoices were cancelled in 2024?",
     f"SELECT COUNT(DISTINCT f.invoice_number) FROM fact_sales f {FS_D} {ST} WHERE st.status_code = 'CANCELLED' AND d.calendar_year = 2024", False),
    ("count", "How many rush print jobs did we do in March 2025, not counting cancelled ones?",
     "SELECT COUNT(*) FROM fact_print_jobs f JOIN dim_date d ON d.date_key = f.date_key JOIN dim_status st ON st.status_key = f.status_key WHERE f.is_rush = 1 AND st.status_code <> 'CANCELLED' AND d.calendar_year = 2025 AND d.month_number = 3", False),
    ("count", "How many customer records have an address in Brighton, South Australia? Include deleted records.",
     "SELECT COUNT(*) FROM dim_customer WHERE suburb = 'Brighton' AND state_code = 'SA'", False),
    # ---- totals / averages
    ("total", "What were paid net sales, before GST, for the 2024-25 financial year?",
     f"SELECT {AUD} FROM fact_sales f {FS_D} {ST} WHERE {PAIDF} AND d.fiscal_year_label = 'FY2024-25'", False),
    ("total", "How much GST did we charge on paid online orders in calendar 2025?",
     f"SELECT ROUND(SUM(f.gst_cents) / 100.0, 2) FROM fact_sales f {FS_D} {ST} JOIN dim_channel ch ON ch.channel_key = f.channel_key WHERE {PAIDF} AND ch.channel_name = 'Online' AND d.calendar_year = 2025", False),
    ("total", "What was the average paid invoice value before GST for phone and email orders placed in 2024?",
     f"SELECT ROUND(AVG(inv_total) / 100.0, 2) FROM (SELECT f.invoice_number, SUM(f.net_amount_cents) AS inv_total FROM fact_sales f {FS_D} {ST} JOIN dim_channel ch ON ch.channel_key = f.channel_key WHERE {PAIDF} AND ch.channel_code = 'PHONE' AND d.calendar_year = 2024 GROUP BY f.invoice_number)", False),
    ("total", "How much did the print centres take from collected print jobs in 2025?",
     "SELECT ROUND(SUM(f.job_amount_cents) / 100.0, 2) FROM fact_print_jobs f JOIN dim_date d ON d.date_key = f.date_key JOIN dim_status st ON st.status_key = f.status_key WHERE st.status_code = 'COLLECTED' AND d.calendar_year = 2025", False),
    ("total", "What's the average hourly rate of our print centre operators who are still with us?",
     "SELECT ROUND(AVG(hourly_rate_cents) / 100.0, 2) FROM dim_employee WHERE job_title = 'Print Centre Operator' AND termination_date IS NULL", False),
    # ---- breakdowns
    ("breakdown", "Show me paid net sales for each month of 2024.",
     f"SELECT substr(d.full_date, 1, 7) AS month, {AUD} FROM fact_sales f {FS_D} {ST} WHERE {PAIDF} AND d.calendar_year = 2024 GROUP BY 1", False),
    ("breakdown", "How many paid invoices did we have in each quarter of 2025?",
     f"SELECT d.calendar_year || '-Q' || d.calendar_quarter AS quarter, COUNT(DISTINCT f.invoice_number) FROM fact_sales f {FS_D} {ST} WHERE {PAIDF} AND d.calendar_year = 2025 GROUP BY 1", False),
    ("breakdown", "Break down 2025's paid net sales by sales channel.",
     f"SELECT ch.channel_name, {AUD} FROM fact_sales f {FS_D} {ST} JOIN dim_channel ch ON ch.channel_key = f.channel_key WHERE {PAIDF} AND d.calendar_year = 2025 GROUP BY ch.channel_name", False),
    ("breakdown", "How many business accounts do we have on each account tier, not counting deleted ones?",
     "SELECT account_tier, COUNT(*) FROM dim_customer WHERE customer_type = 'Business' AND is_deleted = 0 GROUP BY account_tier", False),
    ("breakdown", "What were paid net sales by product category in the 2023-24 financial year?",
     f"SELECT p.category, {AUD} FROM fact_sales f {FS_D} {ST} JOIN dim_product p ON p.product_key = f.product_key WHERE {PAIDF} AND d.fiscal_year_label = 'FY2023-24' GROUP BY p.category", False),
    # ---- top N
    ("topn", "What were our top 5 products by units sold on paid invoices in 2025? Most first.",
     f"SELECT p.product_name, SUM(f.quantity) AS units FROM fact_sales f {FS_D} {ST} JOIN dim_product p ON p.product_key = f.product_key WHERE {PAIDF} AND d.calendar_year = 2025 GROUP BY p.product_key ORDER BY units DESC LIMIT 5", True),
    ("topn", "Which physical store had the highest paid net sales in January 2025?",
     f"SELECT s.store_name FROM fact_sales f {FS_D} {ST} JOIN dim_store s ON s.store_key = f.store_key WHERE {PAIDF} AND s.store_format <> 'Online' AND d.calendar_year = 2025 AND d.month_number = 1 GROUP BY s.store_key ORDER BY SUM(f.net_amount_cents) DESC LIMIT 1", False),
    ("topn", "Who were our three biggest business customers by paid net spend in 2024? Give the business names and amounts. Deleted accounts count too.",
     f"SELECT c.business_name, {AUD} AS spend FROM fact_sales f {FS_D} {ST} JOIN dim_customer c ON c.customer_key = f.customer_key WHERE {PAIDF} AND c.customer_type = 'Business' AND d.calendar_year = 2024 GROUP BY c.customer_key ORDER BY spend DESC LIMIT 3", False),
    ("topn", "Which print centre operator handled the most print jobs in 2024?",
     f"SELECT {PNAME('e')} FROM fact_print_jobs f JOIN dim_date d ON d.date_key = f.date_key JOIN dim_employee e ON e.employee_key = f.employee_key WHERE d.calendar_year = 2024 GROUP BY e.employee_key ORDER BY COUNT(*) DESC LIMIT 1", False),
    ("topn", "Which three stores printed the most colour pages on collected jobs in 2025?",
     "SELECT s.store_name, SUM(f.colour_pages) AS pages FROM fact_print_jobs f JOIN dim_date d ON d.date_key = f.date_key JOIN dim_status st ON st.status_key = f.status_key JOIN dim_store s ON s.store_key = f.store_key WHERE st.status_code = 'COLLECTED' AND d.calendar_year = 2025 GROUP BY s.store_key ORDER BY pages DESC LIMIT 3", False),
    # ---- lists
    ("list", "List our business account managers who are still employed, with the store each one is based at.",
     f"SELECT {PNAME('e')}, s.store_name FROM dim_employee e JOIN dim_store s ON s.store_key = e.store_key WHERE e.job_title = 'Business Account Manager' AND e.termination_date IS NULL", False),
    ("list", "Which products in the Technology category have a list price above $200?",
     "SELECT product_name, ROUND(list_price_cents / 100.0, 2) FROM dim_product WHERE category = 'Technology' AND list_price_cents > 20000", False),
    ("list", "Which stores opened in 2023 or later? Give the store name and the date it opened.",
     "SELECT store_name, opened_on FROM dim_store WHERE opened_on >= '2023-01-01'", False),
    ("list", "Which Platinum-tier business accounts are based in Victoria? Leave out deleted accounts.",
     "SELECT business_name FROM dim_customer WHERE customer_type = 'Business' AND account_tier = 'Platinum' AND state_code = 'VIC' AND is_deleted = 0", False),
    # ---- attribute of a named record
    ("attribute", "What's the ABN on file for Sandstone Architects Pty Ltd?",
     "SELECT abn FROM dim_customer WHERE business_name = 'Sandstone Architects Pty Ltd'", False),
    ("attribute", "What credit limit does Lighthouse Financial Planning Group have with us?",
     "SELECT ROUND(credit_limit_cents / 100.0, 2) FROM dim_customer WHERE business_name = 'Lighthouse Financial Planning Group'", False),
    ("attribute", "What pack size do the blue Bic Cristal ballpoints come in, and what's the list price?",
     "SELECT pack_size, ROUND(list_price_cents / 100.0, 2) FROM dim_product WHERE product_name = 'Bic Cristal Ballpoint Blue'", False),
    # ---- self-reference
    ("selfref", "Who is the boss of the current store manager at Hobart?",
     f"SELECT {PNAME('boss')} FROM dim_employee m JOIN dim_store s ON s.store_key = m.store_key JOIN dim_employee boss ON boss.employee_key = m.manager_key WHERE s.store_name = 'Hobart' AND m.job_title = 'Store Manager' AND m.termination_date IS NULL", False),
    ("selfref", "Which store managers currently report to Tahlia Murphy? Give their names and stores, only people still employed.",
     f"SELECT {PNAME('e')}, s.store_name FROM dim_employee e JOIN dim_employee boss ON boss.employee_key = e.manager_key JOIN dim_store s ON s.store_key = e.store_key WHERE boss.first_name = 'Tahlia' AND boss.last_name = 'Murphy' AND e.job_title = 'Store Manager' AND e.termination_date IS NULL", False),
    ("selfref", "Who is Wiremu McDonald's manager?",
     f"SELECT {PNAME('m')} FROM dim_employee e JOIN dim_employee m ON m.employee_key = e.manager_key WHERE e.first_name = 'Wiremu' AND e.last_name = 'McDonald'", False),
    # ---- negation
    ("negation", "Which of our Gold and Platinum business accounts have never placed an order or had a print job done? Leave out deleted accounts.",
     "SELECT c.business_name FROM dim_customer c WHERE c.customer_type = 'Business' AND c.account_tier IN ('Gold', 'Platinum') AND c.is_deleted = 0 AND NOT EXISTS (SELECT 1 FROM fact_sales f WHERE f.customer_key = c.customer_key) AND NOT EXISTS (SELECT 1 FROM fact_print_jobs j WHERE j.customer_key = c.customer_key)", False),
    ("negation", "How many retail customers have never placed an order with us, online or in store? Leave out deleted records.",
     "SELECT COUNT(*) FROM dim_customer c WHERE c.customer_type = 'Retail' AND c.is_deleted = 0 AND NOT EXISTS (SELECT 1 FROM fact_sales f WHERE f.customer_key = c.customer_key)", False),
    # ---- group conditions
    ("having", "Which business accounts had four or more paid invoices in 2025? Deleted accounts count too.",
     f"SELECT c.business_name, COUNT(DISTINCT f.invoice_number) FROM fact_sales f {FS_D} {ST} JOIN dim_customer c ON c.customer_key = f.customer_key WHERE {PAIDF} AND c.customer_type = 'Business' AND d.calendar_year = 2025 GROUP BY c.customer_key HAVING COUNT(DISTINCT f.invoice_number) >= 4", False),
    ("having", "Which of our physical stores had more than 7 returned invoices between 2023 and 2025?",
     f"SELECT s.store_name, COUNT(DISTINCT f.invoice_number) FROM fact_sales f {FS_D} {ST} JOIN dim_store s ON s.store_key = f.store_key WHERE st.status_code = 'RETURNED' AND s.store_format <> 'Online' AND d.calendar_year BETWEEN 2023 AND 2025 GROUP BY s.store_key HAVING COUNT(DISTINCT f.invoice_number) > 7", False),
    ("having", "Which product categories did more than $100,000 of paid net sales in calendar 2024?",
     f"SELECT p.category, {AUD} FROM fact_sales f {FS_D} {ST} JOIN dim_product p ON p.product_key = f.product_key WHERE {PAIDF} AND d.calendar_year = 2024 GROUP BY p.category HAVING SUM(f.net_amount_cents) > 10000000", False),
    # ---- shares
    ("share", "What share of 2025's invoices came in through the website, whatever their status?",
     f"SELECT ROUND(1.0 * COUNT(DISTINCT CASE WHEN ch.channel_code = 'WEB' THEN f.invoice_number END) / COUNT(DISTINCT f.invoice_number), 4) FROM fact_sales f {FS_D} JOIN dim_channel ch ON ch.channel_key = f.channel_key WHERE d.calendar_year = 2025", False),
    ("share", "What proportion of 2024's paid net sales came from business customers?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN c.customer_type = 'Business' THEN f.net_amount_cents ELSE 0 END) / SUM(f.net_amount_cents), 4) FROM fact_sales f {FS_D} {ST} JOIN dim_customer c ON c.customer_key = f.customer_key WHERE {PAIDF} AND d.calendar_year = 2024", False),
    ("share", "What percentage of 2025 print jobs were rush jobs? Leave out cancelled jobs.",
     "SELECT ROUND(1.0 * SUM(f.is_rush) / COUNT(*), 4) FROM fact_print_jobs f JOIN dim_date d ON d.date_key = f.date_key JOIN dim_status st ON st.status_key = f.status_key WHERE st.status_code <> 'CANCELLED' AND d.calendar_year = 2025", False),
    # ---- comparisons between two periods
    ("compare", "Compare paid net sales in the 2023-24 financial year with 2024-25: give both totals and the change.",
     f"SELECT ROUND(SUM(CASE WHEN d.fiscal_year_label = 'FY2023-24' THEN f.net_amount_cents END) / 100.0, 2) AS fy2024, ROUND(SUM(CASE WHEN d.fiscal_year_label = 'FY2024-25' THEN f.net_amount_cents END) / 100.0, 2) AS fy2025, ROUND((SUM(CASE WHEN d.fiscal_year_label = 'FY2024-25' THEN f.net_amount_cents END) - SUM(CASE WHEN d.fiscal_year_label = 'FY2023-24' THEN f.net_amount_cents END)) / 100.0, 2) AS change FROM fact_sales f {FS_D} {ST} WHERE {PAIDF}", False),
    ("compare", "How many print jobs did the Sydney George Street store do in the first quarter of 2024, and how many in the first quarter of 2025? Don't count cancelled jobs.",
     "SELECT SUM(d.calendar_year = 2024) AS q1_2024, SUM(d.calendar_year = 2025) AS q1_2025 FROM fact_print_jobs f JOIN dim_date d ON d.date_key = f.date_key JOIN dim_store s ON s.store_key = f.store_key JOIN dim_status st ON st.status_key = f.status_key WHERE s.store_name = 'Sydney George Street' AND st.status_code <> 'CANCELLED' AND d.calendar_quarter = 1 AND d.calendar_year IN (2024, 2025)", False),
]


def main():
    rows, kinds = [], []
    for db, lst in (("tangled_yarns", TY), ("paperbark_office", PO)):
        for i, (kind, q, sql, om) in enumerate(lst, 1):
            qid = f"{db}-{i:03d}"
            rows.append({"id": qid, "db": f"databases/{db}.sqlite", "question": q, "sql": sql, "order_matters": om})
            kinds.append(f"{qid}\t{kind}\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(KINDS, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(kinds)


if __name__ == "__main__":
    main()
