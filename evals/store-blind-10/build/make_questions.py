"""Writes ../questions.jsonl (40 questions per database) and kinds.tsv (id -> kind, read by check.py).
Deterministic, no randomness. KR = Kestner Reifen (kestner_reifen), RO = Ridgeline Outfitters (ridgeline_outfitters).
Each entry is (kind, question, reference SQL, order_matters)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "questions.jsonl")
KINDS = os.path.join(HERE, "kinds.tsv")


# ---- Kestner Reifen: ISO text dates, euro cents, German labels in statuscodes.bezeichnung
def Y(col, y):
    """Half-open year filter on an ISO 'YYYY-MM-DD' date."""
    return f"{col} >= '{y}-01-01' AND {col} < '{y + 1}-01-01'"


def M(col, y, m):
    nxt = f"{y + 1}-01-01" if m == 12 else f"{y}-{m + 1:02d}-01"
    return f"{col} >= '{y}-{m:02d}-01' AND {col} < '{nxt}'"


def ST(alias, col, label):
    return f"JOIN statuscodes {alias} ON {alias}.status_code = {col} AND {alias}.bezeichnung = '{label}'"


DONE = ST("s", "a.status_code", "abgeschlossen")
POS = "JOIN auftragspositionen p ON p.auftrag_id = a.auftrag_id JOIN artikel r ON r.artikel_id = p.artikel_id"
TYRES = "r.kategorie IN ('Sommerreifen', 'Winterreifen', 'Ganzjahresreifen')"
EUR = "ROUND({} / 100.0, 2)".format

KR = [
    # counts
    ("count", "How many of our branches are trading normally at the moment? Leave out closed branches and any that are being refurbished.",
     "SELECT COUNT(*) FROM filialen f " + ST("s", "f.status_code", "geöffnet"), False),
    ("count", "How many customers do we have in Frankfurt an der Oder? Don't count deleted customer records.",
     "SELECT COUNT(*) FROM kunden WHERE ort = 'Frankfurt' AND bundesland = 'Brandenburg' AND ist_geloescht = 0", False),
    ("count", "How many workshop appointments in 2025 were no-shows, where the customer just never turned up?",
     f"SELECT COUNT(*) FROM termine t {ST('s', 't.status_code', 'nicht erschienen')} WHERE {Y('t.termin_am', 2025)}", False),
    ("count", "how many customer tyre sets are sitting in our tyre hotels right now?",
     "SELECT COUNT(*) FROM einlagerungen WHERE ausgelagert_am IS NULL", False),
    ("count", "How many apprentices are working for us right now?",
     "SELECT COUNT(*) FROM mitarbeiter WHERE position = 'Azubi' AND austritt_am IS NULL", False),
    # totals and averages
    ("total", "What were our total takings from completed orders in 2024, in euros?",
     f"SELECT {EUR('SUM(a.summe_cent)')} FROM auftraege a {DONE} WHERE {Y('a.auftragsdatum', 2024)}", False),
    ("total", "What was the average value of a completed order at the Leipzig branch in 2025?",
     f"SELECT {EUR('AVG(a.summe_cent)')} FROM auftraege a {DONE} JOIN filialen f ON f.filiale_id = a.filiale_id WHERE f.filialname = 'Leipzig' AND {Y('a.auftragsdatum', 2025)}", False),
    ("total", "How much discount did we give away on completed orders in 2025, in euros?",
     f"SELECT {EUR('SUM(a.rabatt_cent)')} FROM auftraege a {DONE} WHERE {Y('a.auftragsdatum', 2025)}", False),
    ("total", "How many winter tyres did we sell in November 2024? Count the tyres on completed orders.",
     f"SELECT SUM(p.menge) FROM auftraege a {DONE} {POS} WHERE r.kategorie = 'Winterreifen' AND {M('a.auftragsdatum', 2024, 11)}", False),
    ("total", "What's the average hourly pay, in euros, of the tyre fitters who still work for us?",
     f"SELECT {EUR('AVG(stundenlohn_cent)')} FROM mitarbeiter WHERE position = 'Reifenmonteur' AND austritt_am IS NULL", False),
    # breakdowns
    ("breakdown", "How many branches do we have in each German state? Include the closed ones.",
     "SELECT bundesland, COUNT(*) FROM filialen GROUP BY bundesland", False),
    ("breakdown", "Number of completed orders per month in 2024, in month order please.",
     f"SELECT strftime('%m', a.auftragsdatum) AS month, COUNT(*) FROM auftraege a {DONE} WHERE {Y('a.auftragsdatum', 2024)} GROUP BY month ORDER BY month", True),
    ("breakdown", "Split our 2025 takings from completed orders by how the customer paid.",
     f"SELECT a.zahlungsart, {EUR('SUM(a.summe_cent)')} FROM auftraege a {DONE} WHERE {Y('a.auftragsdatum', 2025)} GROUP BY a.zahlungsart", False),
    ("breakdown", "For each product category, how many units did we sell on completed orders in 2024? Leave out workshop services.",
     f"SELECT r.kategorie, SUM(p.menge) FROM auftraege a {DONE} {POS} WHERE r.kategorie <> 'Dienstleistung' AND {Y('a.auftragsdatum', 2024)} GROUP BY r.kategorie", False),
    ("breakdown", "How many appointments of each type did the workshops actually carry out in 2025?",
     f"SELECT t.leistung, COUNT(*) FROM termine t {ST('s', 't.status_code', 'erledigt')} WHERE {Y('t.termin_am', 2025)} GROUP BY t.leistung", False),
    # top / bottom
    ("topn", "Which 5 tyre brands sold the most tyres on completed orders in 2025? Most first.",
     f"SELECT m.markenname, SUM(p.menge) AS tyres FROM auftraege a {DONE} {POS} JOIN marken m ON m.marke_id = r.marke_id WHERE {TYRES} AND {Y('a.auftragsdatum', 2025)} GROUP BY m.marke_id ORDER BY tyres DESC LIMIT 5", True),
    ("topn", "Of the branches trading normally right now (not closed, not being refurbished), which one had the lowest completed-order takings in 2025?",
     f"SELECT f.filialname, {EUR('SUM(a.summe_cent)')} AS takings FROM filialen f {ST('fs', 'f.status_code', 'geöffnet')} JOIN auftraege a ON a.filiale_id = f.filiale_id {DONE} WHERE {Y('a.auftragsdatum', 2025)} GROUP BY f.filiale_id ORDER BY SUM(a.summe_cent) ASC LIMIT 1", False),
    ("topn", "Which member of staff carried out the most workshop appointments in 2025? Only count appointments that were done.",
     f"SELECT m.vorname, m.nachname, COUNT(*) AS jobs FROM termine t {ST('s', 't.status_code', 'erledigt')} JOIN mitarbeiter m ON m.mitarbeiter_id = t.monteur_id WHERE {Y('t.termin_am', 2025)} GROUP BY m.mitarbeiter_id ORDER BY jobs DESC LIMIT 1", False),
    ("topn", "What are the three most expensive winter tyres in our current range? Leave out delisted ones.",
     f"SELECT r.bezeichnung, {EUR('r.vk_preis_cent')} FROM artikel r WHERE r.kategorie = 'Winterreifen' AND r.ist_ausgelistet = 0 ORDER BY r.vk_preis_cent DESC LIMIT 3", False),
    ("topn", "Which business customer has spent the most with us on completed orders, all time? I want the company name.",
     f"SELECT k.firmenname, {EUR('SUM(a.summe_cent)')} AS spent FROM auftraege a {DONE} JOIN kunden k ON k.kunde_id = a.kunde_id WHERE k.kundenart = 'Gewerbe' GROUP BY k.kunde_id ORDER BY SUM(a.summe_cent) DESC LIMIT 1", False),
    ("topn", "Which branch took in the most customer tyre sets for storage in 2025?",
     f"SELECT f.filialname, COUNT(*) AS sets FROM einlagerungen e JOIN filialen f ON f.filiale_id = e.filiale_id WHERE {Y('e.eingelagert_am', 2025)} GROUP BY f.filiale_id ORDER BY sets DESC LIMIT 1", False),
    # attribute of a named record
    ("attribute", "When did the Regensburg branch open?",
     "SELECT eroeffnet_am FROM filialen WHERE filialname = 'Regensburg'", False),
    ("attribute", "how much is the Michelin CrossClimate 2 in 205/55 R16?",
     f"SELECT {EUR('vk_preis_cent')} FROM artikel WHERE bezeichnung = 'Michelin CrossClimate 2 205/55 R16'", False),
    ("attribute", "Which branch is Özlem Krüger's home branch?",
     "SELECT f.filialname FROM kunden k JOIN filialen f ON f.filiale_id = k.stammfiliale_id WHERE k.vorname = 'Özlem' AND k.nachname = 'Krüger'", False),
    # self-reference
    ("selfref", "Who is Zoë Lefèvre's boss?",
     "SELECT b.vorname, b.nachname FROM mitarbeiter e JOIN mitarbeiter b ON b.mitarbeiter_id = e.vorgesetzter_id WHERE e.vorname = 'Zoë' AND e.nachname = 'Lefèvre'", False),
    ("selfref", "Which regional manager does the branch manager at Frankfurt (Oder) report to?",
     "SELECT rl.vorname, rl.nachname FROM filialen f JOIN mitarbeiter fl ON fl.filiale_id = f.filiale_id AND fl.position = 'Filialleiter' JOIN mitarbeiter rl ON rl.mitarbeiter_id = fl.vorgesetzter_id WHERE f.filialname = 'Frankfurt (Oder)'", False),
    ("selfref", "List the tyre fitters, still with us, who report directly to Agnieszka Lehmann.",
     "SELECT e.vorname, e.nachname FROM mitarbeiter e JOIN mitarbeiter b ON b.mitarbeiter_id = e.vorgesetzter_id WHERE b.vorname = 'Agnieszka' AND b.nachname = 'Lehmann' AND e.position = 'Reifenmonteur' AND e.austritt_am IS NULL", False),
    # lists with conditions
    ("list", "Which alloy wheels cost more than €300 each?",
     f"SELECT bezeichnung, {EUR('vk_preis_cent')} FROM artikel WHERE kategorie = 'Alufelgen' AND vk_preis_cent > 30000", False),
    ("list", "List the branches that have more than 8 vehicle lifts.",
     "SELECT filialname, hebebuehnen_anzahl FROM filialen WHERE hebebuehnen_anzahl > 8", False),
    ("list", "Which mechatronics technicians (the car mechanics, not the workshop masters) who still work here earn more than €24 an hour?",
     f"SELECT vorname, nachname, {EUR('stundenlohn_cent')} FROM mitarbeiter WHERE position = 'Kfz-Mechatroniker' AND austritt_am IS NULL AND stundenlohn_cent > 2400", False),
    ("list", "Which business customers had a single completed order worth more than €800 in 2025? Give the company names, deleted customer records included.",
     f"SELECT DISTINCT k.firmenname FROM auftraege a {DONE} JOIN kunden k ON k.kunde_id = a.kunde_id WHERE k.kundenart = 'Gewerbe' AND a.summe_cent > 80000 AND {Y('a.auftragsdatum', 2025)}", False),
    # group conditions
    ("having", "Which customers had 5 or more completed orders in 2025? Leave out deleted customer records.",
     f"SELECT k.vorname, k.nachname, COUNT(*) FROM auftraege a {DONE} JOIN kunden k ON k.kunde_id = a.kunde_id WHERE k.ist_geloescht = 0 AND {Y('a.auftragsdatum', 2025)} GROUP BY k.kunde_id HAVING COUNT(*) >= 5", False),
    ("having", "Which branches have had more than 9 no-show appointments in total, across all years?",
     f"SELECT f.filialname, COUNT(*) FROM termine t {ST('s', 't.status_code', 'nicht erschienen')} JOIN filialen f ON f.filiale_id = t.filiale_id GROUP BY f.filiale_id HAVING COUNT(*) > 9", False),
    ("having", "Which tyre brands took more than €20,000 on completed orders in 2024?",
     f"SELECT m.markenname, {EUR('SUM(p.menge * p.einzelpreis_cent)')} FROM auftraege a {DONE} {POS} JOIN marken m ON m.marke_id = r.marke_id WHERE {TYRES} AND {Y('a.auftragsdatum', 2024)} GROUP BY m.marke_id HAVING SUM(p.menge * p.einzelpreis_cent) > 2000000", False),
    # negation
    ("negation", "Which tyre fitters still working for us had no completed appointments at all in 2025?",
     f"SELECT m.vorname, m.nachname FROM mitarbeiter m WHERE m.position = 'Reifenmonteur' AND m.austritt_am IS NULL AND NOT EXISTS (SELECT 1 FROM termine t {ST('s', 't.status_code', 'erledigt')} WHERE t.monteur_id = m.mitarbeiter_id AND {Y('t.termin_am', 2025)})", False),
    ("negation", "How many customers have never placed an order with us? Leave out deleted customer records.",
     "SELECT COUNT(*) FROM kunden k WHERE k.ist_geloescht = 0 AND NOT EXISTS (SELECT 1 FROM auftraege a WHERE a.kunde_id = k.kunde_id)", False),
    # shares
    ("share", "What percentage of our completed orders in 2025 were paid on invoice?",
     f"SELECT ROUND(100.0 * SUM(a.zahlungsart = 'Rechnung') / COUNT(*), 2) FROM auftraege a {DONE} WHERE {Y('a.auftragsdatum', 2025)}", False),
    ("share", "What percent of the vehicles in our system run on diesel?",
     "SELECT ROUND(100.0 * SUM(antriebsart = 'Diesel') / COUNT(*), 2) FROM fahrzeuge", False),
    # date range / month
    ("date_range", "How many completed orders did we have between 1 October and 30 November 2025?",
     "SELECT COUNT(*) FROM auftraege a " + DONE + " WHERE a.auftragsdatum >= '2025-10-01' AND a.auftragsdatum < '2025-12-01'", False),
    ("date_range", "What did we take on completed orders in March 2024, in euros?",
     f"SELECT {EUR('SUM(a.summe_cent)')} FROM auftraege a {DONE} WHERE {M('a.auftragsdatum', 2024, 3)}", False),
]


# ---- Ridgeline Outfitters: INTEGER YYYYMMDD dates, REAL money with a currency code, 'Y'/'N' flags, StatusCode
def YI(col, y):
    return f"{col} >= {y}0101 AND {col} < {y + 1}0101"


def SC(alias, col, desc):
    return f"JOIN StatusCode {alias} ON {alias}.STAT_CD = {col} AND {alias}.STAT_DESC = '{desc}'"


CP = SC("sc", "o.ORD_STAT_CD", "Completed")
LINES = "JOIN SalesOrderLine l ON l.ORD_ID = o.ORD_ID JOIN Product p ON p.PROD_ID = l.PROD_ID"

RO = [
    # counts
    ("count", "How many of our stores are open for business right now? Leave out closed stores and any being remodeled.",
     "SELECT COUNT(*) FROM Store s " + SC("sc", "s.STR_STAT_CD", "Active"), False),
    ("count", "How many customers live in Vancouver, Washington (not Vancouver in BC)? Don't count deleted accounts.",
     "SELECT COUNT(*) FROM Customer WHERE CITY_NM = 'Vancouver' AND ST_PROV_CD = 'WA' AND DEL_FLG = 'N'", False),
    ("count", "How many rentals due to be picked up in 2025 were no-shows, where the customer never came for the gear?",
     f"SELECT COUNT(*) FROM RentalAgreement a {SC('sc', 'a.RNTL_STAT_CD', 'No Show')} WHERE {YI('a.PKUP_DT', 2025)}", False),
    ("count", "how many summit tier members have we got, not counting deleted accounts",
     "SELECT COUNT(*) FROM Customer WHERE MBR_TIER_CD = 'SUMMIT' AND DEL_FLG = 'N'", False),
    ("count", "How many of our stores rent out gear? Include any closed stores.",
     "SELECT COUNT(*) FROM Store WHERE RNTL_FLG = 'Y'", False),
    # totals
    ("total", "What were completed sales at our US stores in 2024, in US dollars before tax?",
     f"SELECT ROUND(SUM(o.SUBTOT_AMT), 2) FROM SalesOrder o {CP} WHERE o.CURR_CD = 'USD' AND {YI('o.ORD_DT', 2024)}", False),
    ("total", "How much sales tax did our Canadian stores charge on completed orders in 2025, in Canadian dollars?",
     f"SELECT ROUND(SUM(o.TAX_AMT), 2) FROM SalesOrder o {CP} WHERE o.CURR_CD = 'CAD' AND {YI('o.ORD_DT', 2025)}", False),
    ("total", "What was the average completed web order in the US in 2025, tax included, in US dollars?",
     f"SELECT ROUND(AVG(o.TOT_AMT), 2) FROM SalesOrder o {CP} WHERE o.CHNL_CD = 'WEB' AND o.CURR_CD = 'USD' AND {YI('o.ORD_DT', 2025)}", False),
    ("total", "How much did we charge in late fees on Canadian rentals picked up in 2024, in Canadian dollars?",
     f"SELECT ROUND(SUM(a.LATE_FEE_AMT), 2) FROM RentalAgreement a WHERE a.CURR_CD = 'CAD' AND {YI('a.PKUP_DT', 2024)}", False),
    ("total", "What's the average annual salary of our current US store managers, in US dollars?",
     "SELECT ROUND(AVG(ANNL_SAL_AMT), 2) FROM Employee WHERE JOB_TTL = 'Store Manager' AND TERM_DT IS NULL AND PAY_CURR_CD = 'USD'", False),
    # breakdowns
    ("breakdown", "How many stores do we have in each state or province? Include closed ones.",
     "SELECT ST_PROV_CD, COUNT(*) FROM Store GROUP BY ST_PROV_CD", False),
    ("breakdown", "How many rentals were picked up in each month of 2024, whatever happened to them afterwards? In month order please.",
     f"SELECT a.PKUP_DT / 100 % 100 AS month, COUNT(*) FROM RentalAgreement a WHERE {YI('a.PKUP_DT', 2024)} AND a.RNTL_STAT_CD <> 'NS' GROUP BY month ORDER BY month", True),
    ("breakdown", "Break down completed 2025 sales at the US stores by sales channel, in US dollars before tax.",
     f"SELECT o.CHNL_CD, ROUND(SUM(o.SUBTOT_AMT), 2) FROM SalesOrder o {CP} WHERE o.CURR_CD = 'USD' AND {YI('o.ORD_DT', 2025)} GROUP BY o.CHNL_CD", False),
    ("breakdown", "How many units did we sell in each product category on completed orders in 2024?",
     f"SELECT p.CAT_NM, SUM(l.LN_QTY) FROM SalesOrder o {CP} {LINES} WHERE {YI('o.ORD_DT', 2024)} GROUP BY p.CAT_NM", False),
    ("breakdown", "How many people currently work for us in each job title?",
     "SELECT JOB_TTL, COUNT(*) FROM Employee WHERE TERM_DT IS NULL GROUP BY JOB_TTL", False),
    # top / bottom
    ("topn", "What were our top 5 products by units sold on completed orders in 2024? Most first.",
     f"SELECT p.PROD_NM, SUM(l.LN_QTY) AS units FROM SalesOrder o {CP} {LINES} WHERE {YI('o.ORD_DT', 2024)} GROUP BY p.PROD_ID ORDER BY units DESC LIMIT 5", True),
    ("topn", "Among the Canadian stores that are open for business right now (not closed or being remodeled), which one had the smallest completed sales in 2025, in Canadian dollars before tax?",
     f"SELECT s.STR_NM, ROUND(SUM(o.SUBTOT_AMT), 2) AS sales FROM Store s {SC('ss', 's.STR_STAT_CD', 'Active')} JOIN SalesOrder o ON o.STR_ID = s.STR_ID {CP} WHERE s.CNTRY_CD = 'CA' AND {YI('o.ORD_DT', 2025)} GROUP BY s.STR_ID ORDER BY sales ASC LIMIT 1", False),
    ("topn", "Which rental technician handled the most rentals picked up in 2024? Don't count no-shows.",
     f"SELECT e.FRST_NM, e.LST_NM, COUNT(*) AS rentals FROM RentalAgreement a JOIN Employee e ON e.EMP_ID = a.EMP_ID WHERE e.JOB_TTL = 'Rental Technician' AND a.RNTL_STAT_CD <> 'NS' AND {YI('a.PKUP_DT', 2024)} GROUP BY e.EMP_ID ORDER BY rentals DESC LIMIT 1", False),
    ("topn", "What are the three most expensive items in the catalogue by US list price? Include discontinued ones.",
     "SELECT PROD_NM, US_LIST_AMT FROM Product ORDER BY US_LIST_AMT DESC LIMIT 3", False),
    ("topn", "Who is our biggest customer in Canada by completed-order spend, tax included, over all time? Answer in Canadian dollars.",
     f"SELECT c.FRST_NM, c.LST_NM, ROUND(SUM(o.TOT_AMT), 2) AS spent FROM SalesOrder o {CP} JOIN Customer c ON c.CUST_ID = o.CUST_ID WHERE o.CURR_CD = 'CAD' GROUP BY c.CUST_ID ORDER BY spent DESC LIMIT 1", False),
    ("topn", "Which product got rented out most often in 2025, going by pick-up date? Count each rented unit on rentals that came back.",
     f"SELECT p.PROD_NM, COUNT(*) AS times FROM RentalAgreement a {SC('sc', 'a.RNTL_STAT_CD', 'Returned')} JOIN RentalLine rl ON rl.RNTL_AGR_ID = a.RNTL_AGR_ID JOIN RentalUnit u ON u.RNTL_UNIT_ID = rl.RNTL_UNIT_ID JOIN Product p ON p.PROD_ID = u.PROD_ID WHERE {YI('a.PKUP_DT', 2025)} GROUP BY p.PROD_ID ORDER BY times DESC LIMIT 1", False),
    # attribute
    ("attribute", "What's the Canadian list price of the Tidewater Paddle Touring Kayak 14ft?",
     "SELECT CA_LIST_AMT FROM Product WHERE PROD_NM = 'Tidewater Paddle Touring Kayak 14ft'", False),
    ("attribute", "Which store is Geneviève Bélanger's home store?",
     "SELECT s.STR_NM FROM Customer c JOIN Store s ON s.STR_ID = c.HOME_STR_ID WHERE c.FRST_NM = 'Geneviève' AND c.LST_NM = 'Bélanger'", False),
    ("attribute", "What email address do we have for Declan O'Brien?",
     "SELECT EMAIL_ADDR FROM Customer WHERE FRST_NM = 'Declan' AND LST_NM = 'O''Brien'", False),
    # self-reference
    ("selfref", "Who is Björn Peña's manager?",
     "SELECT m.FRST_NM, m.LST_NM FROM Employee e JOIN Employee m ON m.EMP_ID = e.MGR_EMP_ID WHERE e.FRST_NM = 'Björn' AND e.LST_NM = 'Peña'", False),
    ("selfref", "Which district manager does the Canmore store manager report to?",
     "SELECT dm.FRST_NM, dm.LST_NM FROM Store s JOIN Employee sm ON sm.STR_ID = s.STR_ID AND sm.JOB_TTL = 'Store Manager' JOIN Employee dm ON dm.EMP_ID = sm.MGR_EMP_ID WHERE s.STR_NM = 'Canmore'", False),
    ("selfref", "Who currently reports directly to the store manager at Squamish?",
     "SELECT e.FRST_NM, e.LST_NM FROM Employee e JOIN Employee m ON m.EMP_ID = e.MGR_EMP_ID JOIN Store s ON s.STR_ID = m.STR_ID WHERE s.STR_NM = 'Squamish' AND m.JOB_TTL = 'Store Manager' AND m.TERM_DT IS NULL AND e.TERM_DT IS NULL", False),
    # lists
    ("list", "Which sales associates still on staff in British Columbia earn more than C$24.50 an hour?",
     "SELECT e.FRST_NM, e.LST_NM, e.HRLY_RT_AMT FROM Employee e JOIN Store s ON s.STR_ID = e.STR_ID WHERE e.JOB_TTL = 'Sales Associate' AND e.TERM_DT IS NULL AND s.ST_PROV_CD = 'BC' AND e.HRLY_RT_AMT > 24.5", False),
    ("list", "Which tents have a US list price over $400?",
     "SELECT PROD_NM, US_LIST_AMT FROM Product WHERE CAT_NM = 'Tents' AND US_LIST_AMT > 400", False),
    ("list", "List the stores with more than 22,000 square feet of floor space.",
     "SELECT STR_NM, FLR_AREA_SQFT FROM Store WHERE FLR_AREA_SQFT > 22000", False),
    ("list", "Which customers brought back a rental picked up in 2025 more than 3 days late? Deleted accounts included.",
     f"SELECT DISTINCT c.FRST_NM, c.LST_NM FROM RentalAgreement a JOIN Customer c ON c.CUST_ID = a.CUST_ID WHERE {YI('a.PKUP_DT', 2025)} AND julianday(printf('%04d-%02d-%02d', a.RTRN_DT / 10000, a.RTRN_DT / 100 % 100, a.RTRN_DT % 100)) - julianday(printf('%04d-%02d-%02d', a.DUE_DT / 10000, a.DUE_DT / 100 % 100, a.DUE_DT % 100)) > 3", False),
    # group conditions
    ("having", "Which customers had 4 or more completed orders in 2025? Leave out deleted accounts.",
     f"SELECT c.FRST_NM, c.LST_NM, COUNT(*) FROM SalesOrder o {CP} JOIN Customer c ON c.CUST_ID = o.CUST_ID WHERE c.DEL_FLG = 'N' AND {YI('o.ORD_DT', 2025)} GROUP BY c.CUST_ID HAVING COUNT(*) >= 4", False),
    ("having", "Which stores had more than 60 returned rentals picked up in 2024?",
     f"SELECT s.STR_NM, COUNT(*) FROM RentalAgreement a {SC('sc', 'a.RNTL_STAT_CD', 'Returned')} JOIN Store s ON s.STR_ID = a.STR_ID WHERE {YI('a.PKUP_DT', 2024)} GROUP BY s.STR_ID HAVING COUNT(*) > 60", False),
    ("having", "Which product categories brought in more than US$60,000 before tax on completed US orders in 2024?",
     f"SELECT p.CAT_NM, ROUND(SUM(l.LN_QTY * l.UNIT_PRC_AMT), 2) FROM SalesOrder o {CP} {LINES} WHERE o.CURR_CD = 'USD' AND {YI('o.ORD_DT', 2024)} GROUP BY p.CAT_NM HAVING SUM(l.LN_QTY * l.UNIT_PRC_AMT) > 60000", False),
    # negation
    ("negation", "Which rental units at the Revelstoke store, still in service, have never been rented out? Give me their serial numbers.",
     "SELECT u.SRL_NO FROM RentalUnit u JOIN Store s ON s.STR_ID = u.STR_ID WHERE s.STR_NM = 'Revelstoke' AND u.RTRD_DT IS NULL AND NOT EXISTS (SELECT 1 FROM RentalLine rl WHERE rl.RNTL_UNIT_ID = u.RNTL_UNIT_ID)", False),
    ("negation", "How many customers have never bought anything from us or rented anything? Leave out deleted accounts.",
     "SELECT COUNT(*) FROM Customer c WHERE c.DEL_FLG = 'N' AND NOT EXISTS (SELECT 1 FROM SalesOrder o WHERE o.CUST_ID = c.CUST_ID) AND NOT EXISTS (SELECT 1 FROM RentalAgreement a WHERE a.CUST_ID = c.CUST_ID)", False),
    # shares
    ("share", "Of all orders placed in 2025, whatever their status, what percent came in through the website?",
     f"SELECT ROUND(100.0 * SUM(o.CHNL_CD = 'WEB') / COUNT(*), 2) FROM SalesOrder o WHERE {YI('o.ORD_DT', 2025)}", False),
    ("share", "What percentage of the rentals that were returned in 2025 came back late?",
     f"SELECT ROUND(100.0 * SUM(a.RTRN_DT > a.DUE_DT) / COUNT(*), 2) FROM RentalAgreement a {SC('sc', 'a.RNTL_STAT_CD', 'Returned')} WHERE {YI('a.RTRN_DT', 2025)}", False),
    # date range / month
    ("date_range", "How many rentals were picked up between 15 June and 15 September 2025? Leave out no-shows.",
     "SELECT COUNT(*) FROM RentalAgreement a WHERE a.PKUP_DT BETWEEN 20250615 AND 20250915 AND a.RNTL_STAT_CD <> 'NS'", False),
    ("date_range", "What were completed sales at the Canadian stores in December 2024, tax included, in Canadian dollars?",
     f"SELECT ROUND(SUM(o.TOT_AMT), 2) FROM SalesOrder o {CP} WHERE o.CURR_CD = 'CAD' AND o.ORD_DT >= 20241201 AND o.ORD_DT < 20250101", False),
]


def main():
    rows, kinds = [], []
    for db, lst in (("kestner_reifen", KR), ("ridgeline_outfitters", RO)):
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
