"""Writes ../questions.jsonl (spider-commerce format: id, db, question, sql, order_matters) and kinds.tsv for store-blind-16.

40 questions per database, written the way a shop owner or manager would ask them.  Kinds (count, total, breakdown,
topn, list, attribute, selfref, negation, having, share, compare) are recorded in kinds.tsv for the checker."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LL, BL = "last_and_latch", "brodie_and_lorne"

# --------------------------------------------------------------------------- Last & Latch (Rails app)
# shorthand joins used below
SVC = ("FROM order_items i JOIN orders o ON o.id = i.order_id "
       "JOIN services v ON v.id = i.itemable_id AND i.itemable_type = 'Service' "
       "JOIN service_categories c ON c.id = v.service_category_id")
Y = "substr(o.created_at, 1, 4)"

LL_Q = [
    # count
    ("count", "How many repair tickets did the Bath shop take in during 2024?",
     "SELECT COUNT(*) FROM repair_jobs j JOIN shops s ON s.id = j.shop_id WHERE s.name = 'Bath' AND substr(j.created_at, 1, 4) = '2024'"),
    ("count", "how many sales got voided at the till in 2025, all shops together?",
     "SELECT COUNT(*) FROM orders WHERE status = 1 AND substr(created_at, 1, 4) = '2025'"),
    ("count", "How many of our customers live in Easton in Somerset? I don't mean the Easton in Bristol.",
     "SELECT COUNT(*) FROM customers WHERE town = 'Easton' AND county = 'Somerset'"),
    ("count", "How many repairs did we have to get rid of in 2025 because the customer never came back for them?",
     "SELECT COUNT(*) FROM repair_jobs WHERE status = 4 AND substr(disposed_on, 1, 4) = '2025'"),
    ("count", "How many sales at Broadmead in 2023 included passport photos? Leave out voided and refunded sales.",
     "SELECT COUNT(DISTINCT o.id) FROM orders o JOIN shops s ON s.id = o.shop_id JOIN order_items i ON i.order_id = o.id "
     "JOIN services v ON v.id = i.itemable_id AND i.itemable_type = 'Service' "
     "WHERE s.name = 'Broadmead' AND v.name = 'Passport Photos' AND o.status = 0 AND " + Y + " = '2023'"),
    # total / average
    ("total", "What were our total takings across all the shops in 2024? Leave out voided and refunded sales.",
     "SELECT ROUND(SUM(total_cents) / 100.0, 2) FROM orders WHERE status = 0 AND substr(created_at, 1, 4) = '2024'"),
    ("total", "What was the average sale at Gloucester Road in 2025, in pounds? Don't count voided or refunded sales.",
     "SELECT ROUND(AVG(o.total_cents) / 100.0, 2) FROM orders o JOIN shops s ON s.id = o.shop_id "
     "WHERE s.name = 'Gloucester Road' AND o.status = 0 AND " + Y + " = '2025'"),
    ("total", "How much money did we hand back to customers in refunds during 2025?",
     "SELECT ROUND(SUM(total_cents) / 100.0, 2) FROM orders WHERE status = 2 AND substr(refunded_at, 1, 4) = '2025'"),
    ("total", "How many keys did the key cutting side of the business cut in 2025, all shops together (car keys don't count)? I want the number of keys, not the number of sales, and leave out voided and refunded sales.",
     "SELECT SUM(i.quantity) " + SVC + " WHERE c.name = 'Key Cutting' AND o.status = 0 AND " + Y + " = '2025'"),
    ("total", "How much VAT was in Weston-super-Mare's takings for 2023? Leave out voided and refunded sales.",
     "SELECT ROUND(SUM(o.tax_cents) / 100.0, 2) FROM orders o JOIN shops s ON s.id = o.shop_id "
     "WHERE s.name = 'Weston-super-Mare' AND o.status = 0 AND " + Y + " = '2023'"),
    # breakdown
    ("breakdown", "Show me Keynsham's takings for each month of 2025, leaving out voided and refunded sales.",
     "SELECT substr(o.created_at, 1, 7) AS month, ROUND(SUM(o.total_cents) / 100.0, 2) AS takings FROM orders o JOIN shops s ON s.id = o.shop_id "
     "WHERE s.name = 'Keynsham' AND o.status = 0 AND " + Y + " = '2025' GROUP BY 1"),
    ("breakdown", "What did car key work bring in for each quarter of 2024? Use what customers actually paid after discounts and leave out voided and refunded sales.",
     "SELECT " + Y + " || '-Q' || ((CAST(substr(o.created_at, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(i.total_cents) / 100.0, 2) AS income "
     + SVC + " WHERE c.name = 'Car Keys' AND o.status = 0 AND " + Y + " = '2024' GROUP BY 1"),
    ("breakdown", "Split our 2025 takings by how people paid (cash, card, trade account, gift voucher). Leave out voided and refunded sales.",
     "SELECT payment_method, ROUND(SUM(total_cents) / 100.0, 2) FROM orders WHERE status = 0 AND substr(created_at, 1, 4) = '2025' GROUP BY payment_method"),
    ("breakdown", "For 2024, how much did each type of service bring in (shoe repairs, key cutting, engraving and so on)? Use what customers paid after discounts and leave out voided and refunded sales.",
     "SELECT c.name, ROUND(SUM(i.total_cents) / 100.0, 2) " + SVC + " WHERE o.status = 0 AND " + Y + " = '2024' GROUP BY c.name"),
    ("breakdown", "Break down the refunds we gave in 2024 by reason: how many refunds and how much money for each.",
     "SELECT refund_reason, COUNT(*), ROUND(SUM(total_cents) / 100.0, 2) FROM orders WHERE status = 2 AND substr(refunded_at, 1, 4) = '2024' GROUP BY refund_reason"),
    # top N
    ("topn", "What were our five biggest earners among the services in 2025? Use what customers paid after discounts, leave out voided and refunded sales, and list them highest first.",
     "SELECT v.name, ROUND(SUM(i.total_cents) / 100.0, 2) AS income " + SVC + " WHERE o.status = 0 AND " + Y + " = '2025' "
     "GROUP BY v.id ORDER BY SUM(i.total_cents) DESC LIMIT 5"),
    ("topn", "Who rang up the most sales on the Broadmead till in 2024? Count every sale that wasn't voided.",
     "SELECT e.first_name || ' ' || e.last_name FROM orders o JOIN employees e ON e.id = o.employee_id JOIN shops s ON s.id = o.shop_id "
     "WHERE s.name = 'Broadmead' AND o.status <> 1 AND " + Y + " = '2024' GROUP BY e.id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("topn", "Which member of staff finished the most repair jobs in 2025, going by the day each job was ready?",
     "SELECT e.first_name || ' ' || e.last_name FROM repair_jobs j JOIN employees e ON e.id = j.assigned_to_id "
     "WHERE substr(j.ready_at, 1, 4) = '2025' GROUP BY e.id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("topn", "Which shop product sold the most units in 2024? Leave out voided and refunded sales.",
     "SELECT p.name FROM order_items i JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.itemable_id AND i.itemable_type = 'Product' "
     "WHERE o.status = 0 AND " + Y + " = '2024' GROUP BY p.id ORDER BY SUM(i.quantity) DESC LIMIT 1"),
    ("topn", "Which of our trade accounts spent the most with us in 2025? Leave out voided and refunded sales.",
     "SELECT c.business_name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.account_type = 1 AND o.status = 0 AND " + Y + " = '2025' "
     "GROUP BY c.id ORDER BY SUM(o.total_cents) DESC LIMIT 1"),
    # lists
    ("list", "Which shop products have we stopped selling? Give each one with the last price we charged for it.",
     "SELECT name, ROUND(price_cents / 100.0, 2) FROM products WHERE active = 0"),
    ("list", "Which services that we still offer are done while the customer waits and cost £20 or more? Show the price too.",
     "SELECT name, ROUND(price_cents / 100.0, 2) FROM services WHERE while_you_wait = 1 AND active = 1 AND price_cents >= 2000"),
    ("list", "Who left the company during 2024, and on what day did each of them leave?",
     "SELECT first_name || ' ' || last_name, left_on FROM employees WHERE substr(left_on, 1, 4) = '2024'"),
    ("list", "Which of our suppliers are based outside the UK, and which country is each one in?",
     "SELECT name, country_code FROM suppliers WHERE country_code <> 'GB'"),
    # attribute
    ("attribute", "What's our price now for full soles and heels?",
     "SELECT ROUND(price_cents / 100.0, 2) FROM services WHERE name = 'Full Soles & Heels'"),
    ("attribute", "What's the phone number for the Gloucester Road shop?",
     "SELECT phone FROM shops WHERE name = 'Gloucester Road'"),
    ("attribute", "What email address have we got for the Circus Place Hotel's trade account?",
     "SELECT email FROM customers WHERE business_name = 'Circus Place Hotel'"),
    # self-reference
    ("selfref", "Who is the Keynsham shop manager's boss?",
     "SELECT b.first_name || ' ' || b.last_name FROM employees m JOIN employees b ON b.id = m.manager_id JOIN shops s ON s.id = m.shop_id "
     "WHERE s.name = 'Keynsham' AND m.job_title = 'Shop Manager' AND m.left_on IS NULL"),
    ("selfref", "Who reports to Emma Crocker? Only people who still work for us.",
     "SELECT e.first_name || ' ' || e.last_name FROM employees e JOIN employees m ON m.id = e.manager_id "
     "WHERE m.first_name = 'Emma' AND m.last_name = 'Crocker' AND e.left_on IS NULL"),
    ("selfref", "For each of our shop managers still with us, how many people who still work here report to them?",
     "SELECT m.first_name || ' ' || m.last_name, COUNT(*) FROM employees e JOIN employees m ON m.id = e.manager_id "
     "WHERE m.job_title = 'Shop Manager' AND m.left_on IS NULL AND e.left_on IS NULL GROUP BY m.id"),
    # negation
    ("negation", "Which shop staff still working for us were never given a repair job to do in 2023-2025?",
     "SELECT e.first_name || ' ' || e.last_name FROM employees e WHERE e.left_on IS NULL AND e.shop_id IS NOT NULL "
     "AND NOT EXISTS (SELECT 1 FROM repair_jobs j WHERE j.assigned_to_id = e.id AND substr(j.created_at, 1, 4) BETWEEN '2023' AND '2025')"),
    ("negation", "Which shop products didn't sell a single unit in 2025? Ignore voided and refunded sales.",
     "SELECT p.name FROM products p WHERE NOT EXISTS (SELECT 1 FROM order_items i JOIN orders o ON o.id = i.order_id "
     "WHERE i.itemable_type = 'Product' AND i.itemable_id = p.id AND o.status = 0 AND " + Y + " = '2025')"),
    # having
    ("having", "Which customers (not trade accounts) brought us five or more repair tickets over 2023-2025? Show how many each.",
     "SELECT c.first_name || ' ' || c.last_name, COUNT(*) FROM repair_jobs j JOIN orders o ON o.id = j.order_id JOIN customers c ON c.id = o.customer_id "
     "WHERE c.account_type = 0 AND substr(j.created_at, 1, 4) BETWEEN '2023' AND '2025' GROUP BY c.id HAVING COUNT(*) >= 5"),
    ("having", "Which shops took more than £5,000 from shoe repairs in 2025? Use what customers paid after discounts and leave out voided and refunded sales.",
     "SELECT s.name, ROUND(SUM(i.total_cents) / 100.0, 2) " + SVC + " JOIN shops s ON s.id = o.shop_id "
     "WHERE c.name = 'Shoe Repairs' AND o.status = 0 AND " + Y + " = '2025' GROUP BY s.id HAVING SUM(i.total_cents) > 500000"),
    ("having", "Which members of staff rang up more than 180 sales in 2025? Count every sale that wasn't voided.",
     "SELECT e.first_name || ' ' || e.last_name, COUNT(*) FROM orders o JOIN employees e ON e.id = o.employee_id "
     "WHERE o.status <> 1 AND " + Y + " = '2025' GROUP BY e.id HAVING COUNT(*) > 180"),
    # share
    ("share", "What share of our 2025 takings came in as cash? Leave out voided and refunded sales.",
     "SELECT ROUND(1.0 * SUM(CASE WHEN payment_method = 'cash' THEN total_cents ELSE 0 END) / SUM(total_cents), 4) FROM orders "
     "WHERE status = 0 AND substr(created_at, 1, 4) = '2025'"),
    ("share", "Of the repair tickets we took in during 2024 that got finished, what fraction were ready later than the day we promised the customer?",
     "SELECT ROUND(AVG(CASE WHEN substr(ready_at, 1, 10) > promised_on THEN 1.0 ELSE 0.0 END), 4) FROM repair_jobs "
     "WHERE substr(created_at, 1, 4) = '2024' AND ready_at IS NOT NULL"),
    ("share", "What proportion of the sales we rang up in 2024 had a customer's name on them? Leave out voided sales.",
     "SELECT ROUND(AVG(CASE WHEN customer_id IS NOT NULL THEN 1.0 ELSE 0.0 END), 4) FROM orders WHERE status <> 1 AND substr(created_at, 1, 4) = '2024'"),
    # compare
    ("compare", "How did our takings in December 2024 compare with December 2025? Leave out voided and refunded sales.",
     "SELECT ROUND(SUM(CASE WHEN substr(created_at, 1, 7) = '2024-12' THEN total_cents ELSE 0 END) / 100.0, 2) AS december_2024, "
     "ROUND(SUM(CASE WHEN substr(created_at, 1, 7) = '2025-12' THEN total_cents ELSE 0 END) / 100.0, 2) AS december_2025 FROM orders WHERE status = 0"),
    ("compare", "Did Weston-super-Mare take in more repair tickets in 2024 or in 2025? Give me both numbers.",
     "SELECT SUM(CASE WHEN substr(j.created_at, 1, 4) = '2024' THEN 1 ELSE 0 END) AS tickets_2024, "
     "SUM(CASE WHEN substr(j.created_at, 1, 4) = '2025' THEN 1 ELSE 0 END) AS tickets_2025 FROM repair_jobs j JOIN shops s ON s.id = j.shop_id "
     "WHERE s.name = 'Weston-super-Mare'"),
]

# --------------------------------------------------------------------------- Brodie & Lorne (legacy ERP)
POSTED = "h.DOC_TYP = 'INV' AND h.INV_STAT = 'P'"           # a sale: a posted invoice (not a void, not a credit note)
NETTED = "h.DOC_TYP IN ('INV', 'CRN') AND h.INV_STAT = 'P'"  # sales after returns
def yr(col, y):
    return f"{col} BETWEEN {y}0101 AND {y}1231"

LINES = "FROM SLSDTL d JOIN SLSHDR h ON h.INV_NO = d.INV_NO JOIN ITMMAST i ON i.ITM_NO = d.ITM_NO"

BL_Q = [
    # count
    ("count", "How many sales did the Perth shop ring up in 2024? Don't count voided sales or returns.",
     "SELECT COUNT(*) FROM SLSHDR h JOIN BRANCH b ON b.BR_CODE = h.BR_CODE WHERE b.BR_NAME = 'PERTH' AND " + POSTED + " AND " + yr("h.INV_DT", 2024)),
    ("count", "How many times did we refund a customer for something brought back in 2025?",
     "SELECT COUNT(*) FROM SLSHDR h WHERE h.DOC_TYP = 'CRN' AND h.INV_STAT = 'P' AND " + yr("h.INV_DT", 2025)),
    ("count", "How many customers have we got in Newburgh in Fife? Not the Newburgh up near Ellon in Aberdeenshire.",
     "SELECT COUNT(*) FROM CUSTMAST WHERE TOWN = 'NEWBURGH' AND CNTY = 'FIFE'"),
    ("count", "How many watch batteries did we fit in 2023?",
     "SELECT COUNT(*) FROM RPRJOB j JOIN RPRTYP t ON t.JOB_CD = j.JOB_CD WHERE t.JOB_DESC = 'WATCH BATTERY' AND " + yr("j.RCV_DT", 2023)),
    ("count", "How many sales in the Glasgow shop included an engagement ring in 2025? Don't count voided sales or returns.",
     "SELECT COUNT(DISTINCT h.INV_NO) " + LINES + " JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD JOIN BRANCH b ON b.BR_CODE = h.BR_CODE "
     "WHERE b.BR_NAME = 'GLASGOW ARGYLL ARCADE' AND c.CLASS_DESC = 'ENGAGEMENT RINGS' AND " + POSTED + " AND " + yr("h.INV_DT", 2025)),
    # total / average
    ("total", "What did we sell across all the shops in 2024, after taking off returns? Leave out voided sales.",
     "SELECT ROUND(SUM(h.NET_AMT), 2) FROM SLSHDR h WHERE " + NETTED + " AND " + yr("h.INV_DT", 2024)),
    ("total", "What was the average price paid for an engagement ring in 2025, after any discount? Leave out voided sales and returns.",
     "SELECT ROUND(AVG(d.LN_AMT), 2) " + LINES + " JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD "
     "WHERE c.CLASS_DESC = 'ENGAGEMENT RINGS' AND " + POSTED + " AND " + yr("h.INV_DT", 2025)),
    ("total", "How much VAT did the Edinburgh shop take in 2023 once returns are taken off? Leave out voided sales.",
     "SELECT ROUND(SUM(h.VAT_AMT), 2) FROM SLSHDR h WHERE h.BR_CODE = 'EDN' AND " + NETTED + " AND " + yr("h.INV_DT", 2023)),
    ("total", "How much did we charge for repairs that customers collected in 2025?",
     "SELECT ROUND(SUM(j.CHG_AMT), 2) FROM RPRJOB j WHERE j.JOB_STAT = 'C' AND " + yr("j.COLL_DT", 2025)),
    ("total", "How much money off did we give away in the Aberdeen closing-down sale in 2024? Leave out voided sales.",
     "SELECT ROUND(SUM(h.DISC_AMT), 2) FROM SLSHDR h WHERE h.DISC_RSN = 'CLR' AND " + POSTED + " AND " + yr("h.INV_DT", 2024)),
    # breakdown
    ("breakdown", "Show Stirling's sales for each month of 2025, after returns and leaving out voided sales.",
     "SELECT substr(h.INV_DT, 1, 4) || '-' || substr(h.INV_DT, 5, 2) AS month, ROUND(SUM(h.NET_AMT), 2) AS sales FROM SLSHDR h "
     "JOIN BRANCH b ON b.BR_CODE = h.BR_CODE WHERE b.BR_NAME = 'STIRLING' AND " + NETTED + " AND " + yr("h.INV_DT", 2025) + " GROUP BY 1"),
    ("breakdown", "What did repairs bring in each quarter of 2024, going by when the customer collected and paid?",
     "SELECT substr(j.COLL_DT, 1, 4) || '-Q' || ((CAST(substr(j.COLL_DT, 5, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(j.CHG_AMT), 2) AS income "
     "FROM RPRJOB j WHERE j.JOB_STAT = 'C' AND " + yr("j.COLL_DT", 2024) + " GROUP BY 1"),
    ("breakdown", "Break down 2024 sales by kind of item (engagement rings, earrings, gents watches and so on): the amount sold after discounts, leaving out voided sales and returns.",
     "SELECT c.CLASS_DESC, ROUND(SUM(d.LN_AMT), 2) " + LINES + " JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD "
     "WHERE " + POSTED + " AND " + yr("h.INV_DT", 2024) + " GROUP BY c.CLASS_DESC"),
    ("breakdown", "How many repairs did each shop take in during 2025?",
     "SELECT b.BR_NAME, COUNT(*) FROM RPRJOB j JOIN BRANCH b ON b.BR_CODE = j.BR_CODE WHERE " + yr("j.RCV_DT", 2025) + " GROUP BY b.BR_NAME"),
    ("breakdown", "How much did each watch brand sell for in 2025, men's and ladies' together? Leave out voided sales and returns.",
     "SELECT i.BRAND_NM, ROUND(SUM(d.LN_AMT), 2) " + LINES + " JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD "
     "WHERE c.DEPT_CD = 'WCH' AND " + POSTED + " AND " + yr("h.INV_DT", 2025) + " GROUP BY i.BRAND_NM"),
    # top N
    ("topn", "Which three members of staff sold the most by value in 2025? Leave out voided sales and returns, and put the biggest seller first.",
     "SELECT e.EMP_FNAME || ' ' || e.EMP_SNAME, ROUND(SUM(h.NET_AMT), 2) AS sold FROM SLSHDR h JOIN EMPMAST e ON e.EMP_NO = h.EMP_NO "
     "WHERE " + POSTED + " AND " + yr("h.INV_DT", 2025) + " GROUP BY e.EMP_NO ORDER BY SUM(h.NET_AMT) DESC LIMIT 3"),
    ("topn", "What was our best-selling piece by number sold in 2024? Leave out voided sales and returns.",
     "SELECT i.ITM_DESC " + LINES + " WHERE i.CLASS_CD <> 'SVC' AND " + POSTED + " AND " + yr("h.INV_DT", 2024) + " GROUP BY i.ITM_NO ORDER BY SUM(d.QTY) DESC LIMIT 1"),
    ("topn", "Which customer spent the most with us over 2023-2025 after returns? Leave out voided sales and anything that went through as a cash sale without a name.",
     "SELECT c.CUST_FNAME || ' ' || c.CUST_SNAME FROM SLSHDR h JOIN CUSTMAST c ON c.CUST_NO = h.CUST_NO WHERE h.CUST_NO <> 0 AND " + NETTED + " AND "
     "h.INV_DT BETWEEN 20230101 AND 20251231 GROUP BY c.CUST_NO ORDER BY SUM(h.NET_AMT) DESC LIMIT 1"),
    ("topn", "Which goldsmith or watchmaker finished the most workshop repairs in 2024?",
     "SELECT e.EMP_FNAME || ' ' || e.EMP_SNAME FROM RPRJOB j JOIN RPRTYP t ON t.JOB_CD = j.JOB_CD JOIN EMPMAST e ON e.EMP_NO = j.WRK_EMP_NO "
     "WHERE t.WKSHP_FLG = 'Y' AND " + yr("j.CMPL_DT", 2024) + " GROUP BY e.EMP_NO ORDER BY COUNT(*) DESC LIMIT 1"),
    ("topn", "Whose pieces earned us the most in 2025 - which supplier? Leave out voided sales and returns.",
     "SELECT v.VEND_NAME " + LINES + " JOIN VENDMAST v ON v.VEND_NO = i.VEND_NO WHERE " + POSTED + " AND " + yr("h.INV_DT", 2025)
     + " GROUP BY v.VEND_NO ORDER BY SUM(d.LN_AMT) DESC LIMIT 1"),
    # lists
    ("list", "Which engagement rings have we discontinued? Give the description and the last price on the ticket.",
     "SELECT i.ITM_DESC, i.RETAIL_PRC FROM ITMMAST i JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD WHERE c.CLASS_DESC = 'ENGAGEMENT RINGS' AND i.DISC_FLG = 'Y'"),
    ("list", "Who left the firm during 2024?",
     "SELECT EMP_FNAME || ' ' || EMP_SNAME FROM EMPMAST WHERE " + yr("TERM_DT", 2024)),
    ("list", "Which suppliers give us more than 45 days to pay? Show their payment terms in days.",
     "SELECT VEND_NAME, TERMS_DAYS FROM VENDMAST WHERE TERMS_DAYS > 45"),
    ("list", "Which gents watches over £2,000 are still in our range? Give the price of each.",
     "SELECT i.ITM_DESC, i.RETAIL_PRC FROM ITMMAST i JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD WHERE c.CLASS_DESC = 'GENTS WATCHES' AND i.DISC_FLG = 'N' AND i.RETAIL_PRC > 2000"),
    # attribute
    ("attribute", "What's the phone number of our St Andrews shop?",
     "SELECT TEL_NO FROM BRANCH WHERE BR_NAME = 'ST ANDREWS'"),
    ("attribute", "What's the ticket price now on the half-carat diamond studs in 18ct white gold?",
     "SELECT RETAIL_PRC FROM ITMMAST WHERE ITM_DESC = '18CT WG DIAMOND STUD EARRINGS 0.50CT'"),
    ("attribute", "What commission rate is Eilidh Munro on?",
     "SELECT COMM_RT FROM EMPMAST WHERE EMP_FNAME = 'Eilidh' AND EMP_SNAME = 'Munro'"),
    # self-reference
    ("selfref", "Who is the Stirling shop manager's supervisor?",
     "SELECT s.EMP_FNAME || ' ' || s.EMP_SNAME FROM EMPMAST m JOIN EMPMAST s ON s.EMP_NO = m.SUPV_NO WHERE m.BR_CODE = 'STR' AND m.JOB_CD = 'BM' AND m.TERM_DT = 0"),
    ("selfref", "Which of the people who report to Iain Gillies still work for us?",
     "SELECT e.EMP_FNAME || ' ' || e.EMP_SNAME FROM EMPMAST e JOIN EMPMAST g ON g.EMP_NO = e.SUPV_NO WHERE g.EMP_FNAME = 'Iain' AND g.EMP_SNAME = 'Gillies' AND e.TERM_DT = 0"),
    ("selfref", "How many of the returns we processed in 2025 were for things originally bought in 2024?",
     "SELECT COUNT(*) FROM SLSHDR r JOIN SLSHDR o ON o.INV_NO = r.ORIG_INV_NO WHERE r.DOC_TYP = 'CRN' AND r.INV_STAT = 'P' AND " + yr("r.INV_DT", 2025)
     + " AND " + yr("o.INV_DT", 2024)),
    # negation
    ("negation", "Which engagement rings in our current range did the Glasgow shop not sell even once in 2025? Leave out voided sales and returns.",
     "SELECT i.ITM_DESC FROM ITMMAST i JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD WHERE c.CLASS_DESC = 'ENGAGEMENT RINGS' AND i.DISC_FLG = 'N' "
     "AND NOT EXISTS (SELECT 1 FROM SLSDTL d JOIN SLSHDR h ON h.INV_NO = d.INV_NO "
     "WHERE d.ITM_NO = i.ITM_NO AND h.BR_CODE = 'GLA' AND " + POSTED + " AND " + yr("h.INV_DT", 2025) + ")"),
    ("negation", "Which of our suppliers didn't have a single piece sold in 2025? Leave out voided sales and returns.",
     "SELECT v.VEND_NAME FROM VENDMAST v WHERE NOT EXISTS (SELECT 1 " + LINES + " WHERE i.VEND_NO = v.VEND_NO AND " + POSTED + " AND " + yr("h.INV_DT", 2025) + ")"),
    # having
    ("having", "Which kinds of jewellery or watches sold more than £210,000 in 2025? Leave out voided sales and returns.",
     "SELECT c.CLASS_DESC, ROUND(SUM(d.LN_AMT), 2) " + LINES + " JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD WHERE " + POSTED + " AND " + yr("h.INV_DT", 2025)
     + " GROUP BY c.CLASS_CD HAVING SUM(d.LN_AMT) > 210000"),
    ("having", "Which named customers spent over £15,000 with us across 2023-2025 after returns? Leave out voided sales.",
     "SELECT c.CUST_FNAME || ' ' || c.CUST_SNAME, ROUND(SUM(h.NET_AMT), 2) FROM SLSHDR h JOIN CUSTMAST c ON c.CUST_NO = h.CUST_NO WHERE h.CUST_NO <> 0 AND "
     + NETTED + " AND h.INV_DT BETWEEN 20230101 AND 20251231 GROUP BY c.CUST_NO HAVING SUM(h.NET_AMT) > 15000"),
    ("having", "Which kinds of repair did we take in more than 140 times in 2024?",
     "SELECT t.JOB_DESC, COUNT(*) FROM RPRJOB j JOIN RPRTYP t ON t.JOB_CD = j.JOB_CD WHERE " + yr("j.RCV_DT", 2024) + " GROUP BY t.JOB_CD HAVING COUNT(*) > 140"),
    # share
    ("share", "What share of our 2025 sales value went on interest-free credit? Leave out voided sales and returns.",
     "SELECT ROUND(1.0 * SUM(CASE WHEN h.PAY_TYP = 'FIN' THEN h.NET_AMT ELSE 0 END) / SUM(h.NET_AMT), 4) FROM SLSHDR h WHERE " + POSTED + " AND " + yr("h.INV_DT", 2025)),
    ("share", "What proportion of our 2024 sales had a named customer on them, rather than going through as a cash sale? Leave out voided sales and returns.",
     "SELECT ROUND(AVG(CASE WHEN h.CUST_NO <> 0 THEN 1.0 ELSE 0.0 END), 4) FROM SLSHDR h WHERE " + POSTED + " AND " + yr("h.INV_DT", 2024)),
    ("share", "Of the workshop repairs collected in 2025, what share were finished later than the date we promised?",
     "SELECT ROUND(AVG(CASE WHEN j.CMPL_DT > j.PROM_DT THEN 1.0 ELSE 0.0 END), 4) FROM RPRJOB j JOIN RPRTYP t ON t.JOB_CD = j.JOB_CD "
     "WHERE t.WKSHP_FLG = 'Y' AND j.JOB_STAT = 'C' AND " + yr("j.COLL_DT", 2025)),
    # compare
    ("compare", "How did our December sales in 2024 compare with December 2025, after returns? Leave out voided sales.",
     "SELECT ROUND(SUM(CASE WHEN h.INV_DT BETWEEN 20241201 AND 20241231 THEN h.NET_AMT ELSE 0 END), 2) AS december_2024, "
     "ROUND(SUM(CASE WHEN h.INV_DT BETWEEN 20251201 AND 20251231 THEN h.NET_AMT ELSE 0 END), 2) AS december_2025 FROM SLSHDR h WHERE " + NETTED),
    ("compare", "How many engagement rings did we sell in February 2024, and how many in February 2025? Leave out voided sales and returns.",
     "SELECT SUM(CASE WHEN h.INV_DT BETWEEN 20240201 AND 20240229 THEN d.QTY ELSE 0 END) AS february_2024, "
     "SUM(CASE WHEN h.INV_DT BETWEEN 20250201 AND 20250228 THEN d.QTY ELSE 0 END) AS february_2025 " + LINES
     + " JOIN ITMCLASS c ON c.CLASS_CD = i.CLASS_CD WHERE c.CLASS_DESC = 'ENGAGEMENT RINGS' AND " + POSTED),
]

ORDERED = {(LL, 16), (BL, 16)}


def main():
    rows, kinds = [], []
    for dbn, qs in ((LL, LL_Q), (BL, BL_Q)):
        for n, (kind, q, sql) in enumerate(qs, 1):
            qid = f"{dbn}-{n:03d}"
            rows.append({"id": qid, "db": f"databases/{dbn}.sqlite", "question": q, "sql": sql, "order_matters": (dbn, n) in ORDERED})
            kinds.append(f"{qid}\t{kind}")
    with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(kinds) + "\n")
    print(f"wrote {len(rows)} questions")


if __name__ == "__main__":
    main()
