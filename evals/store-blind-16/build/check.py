"""Checks the store-blind-16 databases and questions.  Prints PASS or the list of failures (exit code 1).

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; plant_faults.py passes scratch copies)

Every database is opened read-only (mode=ro URI + PRAGMA query_only).  Checks:
  * databases: 8-14 tables, 1-20,000 rows per table, 10,000-40,000 rows per database, under 10 MB; declared FKs that
    point at primary keys; foreign_key_check / integrity_check clean; a self-referencing FK; a many-to-many link table;
    accented names; a town name shared by two counties; soft edge cases (a closed shop, leavers, discontinued lines,
    refunds / returns, voids, uncollected repairs); per-database invariants (totals = sums of lines, prices, VAT,
    statuses, trading days, staff employed where they work, repair-job life cycle, supervisors, ...);
  * naming styles: last_and_latch = Ruby on Rails app (plural snake_case tables, id / created_at / updated_at,
    'YYYY-MM-DD HH:MM:SS.ffffff' UTC timestamps, 'YYYY-MM-DD' dates, INTEGER *_cents, 0/1 booleans, integer enums,
    every *_id a declared FK except the polymorphic pair, a counter cache, an id-less HABTM join table, the framework's
    tables); brodie_and_lorne = legacy ERP (UPPERCASE abbreviated names, YYYYMMDD integer dates with 0 for none, HHMMSS
    times, DECIMAL money with 2 decimals, Y/N flags, codes explained in SYSCODE, names in capitals, customer 0 = cash
    sale, credit notes with negative amounts);
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape; plain English
    (no identifiers, underscores, camelCase, column-like phrases, structure words, relative periods); years in the
    text <-> dates in the SQL; voids / refunds / returns settled in money questions; orders counted at header level;
    cents turned into pounds; the polymorphic type always pinned; ERP dates compared as whole YYYYMMDD numbers; shares
    forced to real division; the cash-sale customer left out of per-customer answers; every SQL string literal a
    stored value;
  * results: non-empty, <= 15 rows, no NULL cell, no single-cell 0, money / averages rounded to 2 decimals, shares as
    ratios in (0, 1) rounded to 4 decimals, months 'YYYY-MM', quarters 'YYYY-Qn', a person's name as ONE column, LIMIT
    only with ORDER BY, order_matters both ways, no tie at a LIMIT cut or in an ordered answer.
"""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"last_and_latch": "rails", "brodie_and_lorne": "erp"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_ROWS, MAX_MB = 15, 10
TABLES_RANGE, ROWS_TABLE, ROWS_DB = (8, 14), (1, 20000), (10000, 40000)
PLACE = {"rails": ("customers", "town", "county"), "erp": ("CUSTMAST", "TOWN", "CNTY")}
NAME_PAIRS = [("first_name", "last_name"), ("EMP_FNAME", "EMP_SNAME"), ("CUST_FNAME", "CUST_SNAME")]
RAILS_INTERNAL = {"schema_migrations", "ar_internal_metadata"}
RAILS_ENUMS = {("orders", "status"): {0, 1, 2}, ("repair_jobs", "status"): {0, 1, 2, 3, 4, 5}, ("employees", "role"): {0, 1, 2},
               ("customers", "account_type"): {0, 1}}
RAILS_STRING_ENUMS = {("orders", "payment_method"): {"cash", "card", "account", "voucher"}}
ERP_CODES = {("BRANCH", "BR_TYP"): "BRTYP", ("BRANCH", "BR_STAT"): "BRSTAT", ("SLSHDR", "DOC_TYP"): "DOCTYP", ("SLSHDR", "INV_STAT"): "INVSTAT",
             ("SLSHDR", "PAY_TYP"): "PAYTYP", ("SLSHDR", "DISC_RSN"): "DISCRSN", ("RPRJOB", "JOB_STAT"): "JOBSTAT", ("RPRJOB", "PAY_TYP"): "PAYTYP",
             ("EMPMAST", "JOB_CD"): "EMPJOB", ("ITMMAST", "METAL_CD"): "METAL", ("ITMCLASS", "DEPT_CD"): "DEPT", ("CUSTMAST", "CUST_TYP"): "CUSTTYP"}
ERP_KEYLIKE = re.compile(r"(_NO|BR_CODE|CLASS_CD|HOME_BR|TAKEN_BY)$")
ERP_NOT_KEYS = {"TEL_NO"}
ERP_UPPER = {("CUSTMAST", c) for c in ("CUST_TITLE", "CUST_FNAME", "CUST_SNAME", "CO_NAME", "ADDR_1", "TOWN", "CNTY", "PCODE", "EMAIL")}
LEAKY = ["total cents", "tax cents", "price cents", "unit price", "discount cents", "subtotal", "order items", "itemable", "while you wait",
         "turnaround days", "promised on", "disposed on", "ready at", "collected at", "refunded at", "refund reason", "payment method",
         "discount code", "account type", "business name", "marketing opt", "hourly rate", "job title", "country code", "assigned to",
         "ticket number", "service category", "sunday trading", "opened on", "closed on", "started on", "left on", "items count",
         "inv dt", "net amt", "disc amt", "gross amt", "vat amt", "ln amt", "disc pct", "unit prc", "retail prc", "cost prc", "chg amt",
         "quote amt", "qty oh", "cust no", "emp no", "supv", "doc typ", "inv stat", "pay typ", "disc rsn", "job stat", "term dt", "hire dt",
         "disc flg", "wkshp", "class desc", "itm desc", "vend name", "br name", "cust typ", "orig inv", "line amount", "net amount",
         "gross amount", "retail price", "cost price", "order total", "line total", "credit note", "doc type", "cash sale account"]
GRAIN = {"last_and_latch": (r"\border_items\b", r"\b(o\.id|order_id)\b"), "brodie_and_lorne": (r"\bSLSDTL\b", r"\bINV_NO\b")}
FORBIDDEN_SQL = re.compile(r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|PRAGMA|REPLACE)\b", re.I)

EASTER = "('2023-04-09', '2024-03-31', '2025-04-20')"
OD = "substr(o.created_at, 1, 10)"
INVARIANTS = {
    "last_and_latch": [
        ("order money: subtotal = sum of quantity x unit price; discount = sum of line discounts; total = subtotal - discount = sum of line totals; "
         "VAT = 1/6 of the total (half up); counter cache = number of lines; every order has lines",
         "SELECT COUNT(*) FROM orders o WHERE o.order_items_count <> (SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.id) OR o.order_items_count < 1 "
         "OR o.subtotal_cents <> (SELECT SUM(quantity * unit_price_cents) FROM order_items i WHERE i.order_id = o.id) "
         "OR o.discount_cents <> (SELECT SUM(discount_cents) FROM order_items i WHERE i.order_id = o.id) "
         "OR o.total_cents <> o.subtotal_cents - o.discount_cents OR o.total_cents <> (SELECT SUM(total_cents) FROM order_items i WHERE i.order_id = o.id) "
         "OR o.tax_cents <> (2 * o.total_cents + 6) / 12 OR o.total_currency <> 'GBP'"),
        ("line money: total = quantity x unit price - discount; discount = the code's rate (half up); quantity >= 1",
         "SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.quantity < 1 OR i.total_cents <> i.quantity * i.unit_price_cents - i.discount_cents "
         "OR i.discount_cents <> (2 * i.quantity * i.unit_price_cents * CASE o.discount_code WHEN 'TRADE15' THEN 15 WHEN 'STUDENT10' THEN 10 WHEN 'NHS10' THEN 10 "
         "WHEN 'STAFF25' THEN 25 WHEN NULL THEN 0 ELSE 0 END + 100) / 200 OR (o.discount_code IS NOT NULL AND o.discount_code NOT IN ('TRADE15', 'STUDENT10', 'NHS10', 'STAFF25'))"),
        ("polymorphic lines: the type is Service or Product and the id exists; the description copies the name; the price is the list price "
         "(the three key-cutting prices rose by 100 on 2025-04-01); nothing sold before it was added or after it was retired",
         "SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id LEFT JOIN services v ON i.itemable_type = 'Service' AND v.id = i.itemable_id "
         "LEFT JOIN products p ON i.itemable_type = 'Product' AND p.id = i.itemable_id WHERE (v.id IS NULL AND p.id IS NULL) "
         "OR i.description IS NOT COALESCE(v.name, p.name) "
         "OR (v.id IS NOT NULL AND NOT (i.unit_price_cents = v.price_cents AND (" + OD + " >= '2025-04-01' OR v.name NOT IN ('Standard Cylinder Key', 'Mortice Key', 'Padlock Key')) "
         "OR (" + OD + " < '2025-04-01' AND v.name IN ('Standard Cylinder Key', 'Mortice Key', 'Padlock Key') AND i.unit_price_cents = v.price_cents - 100))) "
         "OR (p.id IS NOT NULL AND i.unit_price_cents <> p.price_cents) "
         "OR " + OD + " < substr(COALESCE(v.created_at, p.created_at), 1, 10) "
         "OR (COALESCE(v.active, p.active) = 0 AND " + OD + " >= substr(COALESCE(v.updated_at, p.updated_at), 1, 10))"),
        ("statuses: voided = no payment, no refund, no repair job; completed = paid, not refunded; refunded = paid, refunded later with a reason; "
         "account payments and TRADE15 exactly for trade accounts",
         "SELECT COUNT(*) FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE o.status NOT IN (0, 1, 2) "
         "OR (o.status = 1 AND (o.payment_method IS NOT NULL OR o.refunded_at IS NOT NULL OR EXISTS (SELECT 1 FROM repair_jobs j WHERE j.order_id = o.id))) "
         "OR (o.status = 0 AND (o.payment_method IS NULL OR o.refunded_at IS NOT NULL OR o.refund_reason IS NOT NULL)) "
         "OR (o.status = 2 AND (o.payment_method IS NULL OR o.refunded_at <= o.created_at OR o.refund_reason IS NULL)) "
         "OR (o.payment_method = 'account' AND c.account_type IS NOT 1) OR ((o.discount_code = 'TRADE15') <> (c.account_type IS 1))"),
        ("orders only on the shop's trading days (Monday-Saturday, Sundays where the shop trades on Sundays, never 25/26 December, 1 January or "
         "Easter Sunday) and between its opening and closing days",
         "SELECT COUNT(*) FROM orders o JOIN shops s ON s.id = o.shop_id WHERE substr(" + OD + ", 6, 5) IN ('12-25', '12-26', '01-01') OR " + OD + " IN " + EASTER +
         " OR (strftime('%w', " + OD + ") = '0' AND s.sunday_trading = 0) OR " + OD + " < s.opened_on OR (s.closed_on IS NOT NULL AND " + OD + " > s.closed_on)"),
        ("the person on the till was employed that day and works at that shop (or worked there before it closed and moved to a shop opened later)",
         "SELECT COUNT(*) FROM orders o JOIN employees e ON e.id = o.employee_id JOIN shops os ON os.id = o.shop_id LEFT JOIN shops es ON es.id = e.shop_id "
         "WHERE " + OD + " < e.started_on OR (e.left_on IS NOT NULL AND " + OD + " > e.left_on) OR e.shop_id IS NULL "
         "OR (e.shop_id <> o.shop_id AND NOT (os.closed_on IS NOT NULL AND es.opened_on > os.closed_on AND " + OD + " <= os.closed_on))"),
        ("all activity between 07:00 and 17:59 UTC (08:30-17:30 UK time), so the UTC date is the UK date",
         "SELECT (SELECT COUNT(*) FROM orders WHERE CAST(substr(created_at, 12, 2) AS INTEGER) NOT BETWEEN 7 AND 17 OR CAST(substr(refunded_at, 12, 2) AS INTEGER) NOT BETWEEN 7 AND 17) "
         "+ (SELECT COUNT(*) FROM repair_jobs WHERE CAST(substr(ready_at, 12, 2) AS INTEGER) NOT BETWEEN 7 AND 17 OR CAST(substr(collected_at, 12, 2) AS INTEGER) NOT BETWEEN 7 AND 17 "
         "OR CAST(substr(created_at, 12, 2) AS INTEGER) NOT BETWEEN 7 AND 17)"),
        ("repair jobs: exactly the orders that were not voided and include a service that is not done while you wait; same shop; ticket after the order",
         "WITH need AS (SELECT DISTINCT i.order_id AS id FROM order_items i JOIN services v ON i.itemable_type = 'Service' AND v.id = i.itemable_id "
         "JOIN orders o ON o.id = i.order_id WHERE v.while_you_wait = 0 AND o.status <> 1) "
         "SELECT (SELECT COUNT(*) FROM (SELECT id FROM need EXCEPT SELECT order_id FROM repair_jobs)) "
         "+ (SELECT COUNT(*) FROM (SELECT order_id FROM repair_jobs EXCEPT SELECT id FROM need)) "
         "+ (SELECT COUNT(*) FROM repair_jobs j JOIN orders o ON o.id = j.order_id WHERE j.shop_id <> o.shop_id OR j.created_at < o.created_at OR j.promised_on <= " + OD + ")"
         " + (SELECT COUNT(*) FROM services WHERE while_you_wait <> (turnaround_days = 0))"),
        ("repair life cycle: 0/1 not ready; 2 ready, not collected; 3 collected after ready; 4 disposed of 90 days after ready; 5 cancelled with a "
         "'Job could not be done' refund; the job's customer is named",
         "SELECT COUNT(*) FROM repair_jobs j JOIN orders o ON o.id = j.order_id WHERE o.customer_id IS NULL OR NOT ("
         "(j.status IN (0, 1) AND j.ready_at IS NULL AND j.collected_at IS NULL AND j.disposed_on IS NULL AND o.status = 0) "
         "OR (j.status = 2 AND j.ready_at IS NOT NULL AND j.collected_at IS NULL AND j.disposed_on IS NULL) "
         "OR (j.status = 3 AND j.ready_at > j.created_at AND j.collected_at > j.ready_at AND j.disposed_on IS NULL) "
         "OR (j.status = 4 AND j.collected_at IS NULL AND j.disposed_on = date(substr(j.ready_at, 1, 10), '+90 days')) "
         "OR (j.status = 5 AND j.ready_at IS NULL AND j.collected_at IS NULL AND o.status = 2 AND o.refund_reason = 'Job could not be done')) "
         "OR (j.ready_at IS NOT NULL AND j.ready_at <= j.created_at) OR (o.refund_reason = 'Job could not be done') <> (j.status = 5) "
         "OR (o.refund_reason = 'Customer unhappy with repair' AND (j.collected_at IS NULL OR o.refunded_at <= j.collected_at))"),
        ("the person assigned to a job was employed on the day it was ready and works at that shop (or moved from a closed one)",
         "SELECT COUNT(*) FROM repair_jobs j JOIN employees e ON e.id = j.assigned_to_id JOIN shops js ON js.id = j.shop_id LEFT JOIN shops es ON es.id = e.shop_id "
         "WHERE (j.ready_at IS NOT NULL AND (substr(j.ready_at, 1, 10) < e.started_on OR substr(j.ready_at, 1, 10) > COALESCE(e.left_on, '9999'))) "
         "OR (e.shop_id <> j.shop_id AND NOT (js.closed_on IS NOT NULL AND es.opened_on > js.closed_on))"),
        ("customers: created before their first order; trade accounts = account type 1 = a business name; updated_at >= created_at",
         "SELECT (SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at < c.created_at) "
         "+ (SELECT COUNT(*) FROM customers WHERE (account_type = 1) <> (business_name IS NOT NULL) OR updated_at < created_at)"),
        ("staff: only the owner has no manager; the manager was employed on the person's last day; role 2 admin / 1 shop manager / 0 staff; a closed shop's staff left or moved",
         "SELECT (SELECT COUNT(*) FROM employees WHERE (manager_id IS NULL) <> (job_title = 'Owner') OR manager_id = id OR left_on < started_on "
         "OR role <> CASE WHEN job_title IN ('Owner', 'Area Manager', 'Bookkeeper') THEN 2 WHEN job_title = 'Shop Manager' THEN 1 ELSE 0 END) "
         "+ (SELECT COUNT(*) FROM employees e JOIN employees m ON m.id = e.manager_id WHERE m.started_on > COALESCE(e.left_on, '2025-12-31') OR m.left_on < COALESCE(e.left_on, '2025-12-31')) "
         "+ (SELECT COUNT(*) FROM employees e JOIN shops s ON s.id = e.shop_id WHERE s.closed_on IS NOT NULL AND (e.left_on IS NULL OR e.left_on > s.closed_on))"),
        ("catalogue: every product has a supplier; a shop is inactive exactly when it has a closing day; the join table has no duplicates",
         "SELECT (SELECT COUNT(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM products_suppliers x WHERE x.product_id = p.id)) "
         "+ (SELECT COUNT(*) FROM shops WHERE (active = 1) <> (closed_on IS NULL)) "
         "+ (SELECT COUNT(*) FROM (SELECT 1 FROM products_suppliers GROUP BY product_id, supplier_id HAVING COUNT(*) > 1))"),
    ],
    "brodie_and_lorne": [
        ("headers: every document has lines; GROSS = sum of QTY x UNIT_PRC; NET = sum of LN_AMT; DISC = GROSS - NET; VAT = NET / 6 (2 dp)",
         "SELECT COUNT(*) FROM SLSHDR h WHERE NOT EXISTS (SELECT 1 FROM SLSDTL d WHERE d.INV_NO = h.INV_NO) "
         "OR ABS(h.GROSS_AMT - (SELECT SUM(QTY * UNIT_PRC) FROM SLSDTL d WHERE d.INV_NO = h.INV_NO)) > 0.005 "
         "OR ABS(h.NET_AMT - (SELECT SUM(LN_AMT) FROM SLSDTL d WHERE d.INV_NO = h.INV_NO)) > 0.005 "
         "OR ABS(h.DISC_AMT - (h.GROSS_AMT - h.NET_AMT)) > 0.005 OR ABS(h.VAT_AMT - h.NET_AMT / 6.0) > 0.0051"),
        ("lines: LN_AMT = QTY x UNIT_PRC x (1 - DISC_PCT / 100) to the penny; the line's discount is the header's (services are not discounted on Black Friday or negotiated deals)",
         "SELECT COUNT(*) FROM SLSDTL d JOIN SLSHDR h ON h.INV_NO = d.INV_NO JOIN ITMMAST i ON i.ITM_NO = d.ITM_NO "
         "WHERE ABS(d.LN_AMT - d.QTY * d.UNIT_PRC * (1 - d.DISC_PCT / 100.0)) > 0.0051 "
         "OR d.DISC_PCT <> CASE WHEN i.CLASS_CD = 'SVC' AND h.DISC_RSN IN ('BF', 'NEG') THEN 0 WHEN h.DISC_RSN = 'STF' THEN 25 WHEN h.DISC_RSN = 'COR' THEN 10 "
         "WHEN h.DISC_RSN = 'CLR' THEN 30 WHEN h.DISC_RSN = 'BF' THEN 10 WHEN h.DISC_RSN = 'NEG' THEN d.DISC_PCT WHEN h.DISC_RSN IS NULL THEN 0 ELSE -1 END "
         "OR (h.DISC_RSN = 'NEG' AND i.CLASS_CD <> 'SVC' AND d.DISC_PCT NOT IN (5, 7.5, 10))"),
        ("prices: UNIT_PRC is the ticket price, or the price before the 3 March 2025 gold rise (about 10 % lower, to the nearest 5) for gold items; "
         "nothing sold before the item was created or after it was discontinued",
         "SELECT COUNT(*) FROM SLSDTL d JOIN SLSHDR h ON h.INV_NO = d.INV_NO JOIN ITMMAST i ON i.ITM_NO = d.ITM_NO JOIN SLSHDR s ON s.INV_NO = COALESCE(h.ORIG_INV_NO, h.INV_NO) "
         "WHERE NOT (d.UNIT_PRC = i.RETAIL_PRC AND s.INV_DT >= i.PRC_CHG_DT OR s.INV_DT < i.PRC_CHG_DT AND i.PRC_CHG_DT = 20250303 "
         "AND ABS(d.UNIT_PRC - i.RETAIL_PRC / 1.1) <= 5) OR s.INV_DT <= i.CRT_DT OR (i.DISC_FLG = 'Y' AND s.INV_DT > i.DISC_DT) "
         "OR (i.DISC_FLG = 'Y') <> (i.DISC_DT > 0) OR (d.UNIT_CST IS NOT i.COST_PRC)"),
        ("documents: invoices have positive quantities and no original; credit notes have negative quantities, point at an earlier posted invoice of the "
         "same shop and customer, return lines that were on it at the same price, and are paid back the same way",
         "SELECT (SELECT COUNT(*) FROM SLSHDR h WHERE (h.DOC_TYP = 'INV' AND (h.ORIG_INV_NO IS NOT NULL OR h.NET_AMT < 0)) OR (h.DOC_TYP = 'CRN' AND (h.NET_AMT >= 0 OR h.INV_STAT <> 'P'))) "
         "+ (SELECT COUNT(*) FROM SLSDTL d JOIN SLSHDR h ON h.INV_NO = d.INV_NO WHERE (h.DOC_TYP = 'INV') <> (d.QTY > 0)) "
         "+ (SELECT COUNT(*) FROM SLSHDR c JOIN SLSHDR o ON o.INV_NO = c.ORIG_INV_NO WHERE c.DOC_TYP <> 'CRN' OR o.DOC_TYP <> 'INV' OR o.INV_STAT <> 'P' "
         "OR o.BR_CODE <> c.BR_CODE OR o.CUST_NO <> c.CUST_NO OR o.INV_DT >= c.INV_DT OR o.PAY_TYP <> c.PAY_TYP "
         "OR julianday(substr(c.INV_DT, 1, 4) || '-' || substr(c.INV_DT, 5, 2) || '-' || substr(c.INV_DT, 7, 2)) - julianday(substr(o.INV_DT, 1, 4) || '-' || substr(o.INV_DT, 5, 2) || '-' || substr(o.INV_DT, 7, 2)) > 40) "
         "+ (SELECT COUNT(*) FROM SLSDTL d JOIN SLSHDR c ON c.INV_NO = d.INV_NO WHERE c.DOC_TYP = 'CRN' AND NOT EXISTS (SELECT 1 FROM SLSDTL x WHERE x.INV_NO = c.ORIG_INV_NO "
         "AND x.ITM_NO = d.ITM_NO AND x.QTY = -d.QTY AND x.UNIT_PRC = d.UNIT_PRC AND x.LN_AMT = -d.LN_AMT))"),
        ("discount reasons and payment: STF = staff customer, COR = corporate customer (paid on account), CLR only in Aberdeen's closing-down sale, "
         "BF only on Black Friday weekends (a credit note keeps its invoice's reason); interest-free credit only on invoices of 500 or more; the cash-sale account is customer 0 and nobody else",
         "SELECT (SELECT COUNT(*) FROM SLSHDR h JOIN CUSTMAST c ON c.CUST_NO = h.CUST_NO WHERE (h.DISC_RSN IS 'STF') <> (c.CUST_TYP = 'S') "
         "OR (h.DISC_RSN IS 'COR') <> (c.CUST_TYP = 'C') OR (h.PAY_TYP = 'ACC') <> (c.CUST_TYP = 'C') "
         "OR (h.DOC_TYP = 'INV' AND h.DISC_RSN = 'CLR' AND NOT (h.BR_CODE = 'ABD' AND h.INV_DT BETWEEN 20240108 AND 20240224)) "
         "OR (h.DOC_TYP = 'INV' AND h.DISC_RSN = 'BF' AND h.INV_DT NOT IN (20231124, 20231125, 20231126, 20241129, 20241130, 20241201, 20251128, 20251129, 20251130)) "
         "OR (h.PAY_TYP = 'FIN' AND h.DOC_TYP = 'INV' AND h.NET_AMT < 500)) "
         "+ (SELECT COUNT(*) FROM CUSTMAST WHERE (CUST_TYP = 'X') <> (CUST_NO = 0))"),
        ("trading: sales only at shops (never head office), Monday-Saturday plus Sundays where the shop opens on Sundays (St Andrews April-October), "
         "never 25/26 December or 1/2 January, between opening and closing; times within opening hours",
         "SELECT COUNT(*) FROM SLSHDR h JOIN BRANCH b ON b.BR_CODE = h.BR_CODE WHERE b.BR_TYP <> 'S' OR h.INV_DT < b.OPEN_DT OR (b.CLOSE_DT > 0 AND h.INV_DT > b.CLOSE_DT) "
         "OR h.INV_DT % 10000 IN (1225, 1226, 101, 102) OR h.INV_TM NOT BETWEEN 93000 AND 173000 "
         "OR (strftime('%w', substr(h.INV_DT, 1, 4) || '-' || substr(h.INV_DT, 5, 2) || '-' || substr(h.INV_DT, 7, 2)) = '0' "
         "AND (b.SUN_OPEN = 'N' OR (b.BR_CODE = 'STA' AND h.INV_DT % 10000 / 100 NOT BETWEEN 4 AND 10) OR h.INV_TM NOT BETWEEN 120000 AND 170000))"),
        ("sellers: a branch manager, assistant manager or sales associate employed that day, at that shop (or at a shop that opened later, for people "
         "who moved)",
         "SELECT COUNT(*) FROM SLSHDR h JOIN EMPMAST e ON e.EMP_NO = h.EMP_NO JOIN BRANCH eb ON eb.BR_CODE = e.BR_CODE WHERE e.JOB_CD NOT IN ('BM', 'ABM', 'SA') "
         "OR h.INV_DT < e.HIRE_DT OR (e.TERM_DT > 0 AND h.INV_DT > e.TERM_DT) OR (e.BR_CODE <> h.BR_CODE AND eb.OPEN_DT <= h.INV_DT)"),
        ("repairs: status matches the dates (C collected after completion, R completed not collected, O in the workshop, X quote declined), charges only "
         "when collected; on-the-spot jobs done and collected the same day by the person who took them in; workshop jobs done by a goldsmith, "
         "watchmaker or the workshop manager employed that day; promise on or after receipt; a named customer",
         "SELECT COUNT(*) FROM RPRJOB j JOIN RPRTYP t ON t.JOB_CD = j.JOB_CD LEFT JOIN EMPMAST w ON w.EMP_NO = j.WRK_EMP_NO WHERE j.CUST_NO = 0 OR j.PROM_DT < j.RCV_DT "
         "OR NOT ((j.JOB_STAT = 'C' AND j.CMPL_DT >= j.RCV_DT AND j.COLL_DT >= j.CMPL_DT AND j.CHG_AMT > 0 AND j.PAY_TYP IS NOT NULL) "
         "OR (j.JOB_STAT = 'R' AND j.CMPL_DT >= j.RCV_DT AND j.COLL_DT = 0 AND j.CHG_AMT = 0 AND j.PAY_TYP IS NULL) "
         "OR (j.JOB_STAT IN ('O', 'X') AND j.CMPL_DT = 0 AND j.COLL_DT = 0 AND j.CHG_AMT = 0 AND j.PAY_TYP IS NULL)) "
         "OR (t.WKSHP_FLG = 'N' AND NOT (j.JOB_STAT = 'C' AND j.CMPL_DT = j.RCV_DT AND j.COLL_DT = j.RCV_DT AND j.WRK_EMP_NO = j.TAKEN_BY)) "
         "OR (t.WKSHP_FLG = 'Y' AND j.CMPL_DT > 0 AND (w.JOB_CD NOT IN ('GS', 'WM', 'WKM') OR j.CMPL_DT < w.HIRE_DT OR (w.TERM_DT > 0 AND j.CMPL_DT > w.TERM_DT)))"),
        ("repairs taken in by a seller of that shop employed that day, on a trading day; Aberdeen jobs all settled by its closing day",
         "SELECT COUNT(*) FROM RPRJOB j JOIN EMPMAST e ON e.EMP_NO = j.TAKEN_BY JOIN BRANCH b ON b.BR_CODE = j.BR_CODE JOIN BRANCH eb ON eb.BR_CODE = e.BR_CODE "
         "WHERE e.JOB_CD NOT IN ('BM', 'ABM', 'SA') OR j.RCV_DT < e.HIRE_DT OR (e.TERM_DT > 0 AND j.RCV_DT > e.TERM_DT) OR (e.BR_CODE <> j.BR_CODE AND eb.OPEN_DT <= j.RCV_DT) "
         "OR j.RCV_DT < b.OPEN_DT OR (b.CLOSE_DT > 0 AND (j.RCV_DT > b.CLOSE_DT OR j.COLL_DT > b.CLOSE_DT OR j.JOB_STAT NOT IN ('C', 'X'))) "
         "OR j.RCV_DT % 10000 IN (1225, 1226, 101, 102)"),
        ("customers: opened on or before their first sale or repair; names and addresses in capitals (checked in Python too)",
         "SELECT (SELECT COUNT(*) FROM SLSHDR h JOIN CUSTMAST c ON c.CUST_NO = h.CUST_NO WHERE c.OPEN_DT > h.INV_DT) "
         "+ (SELECT COUNT(*) FROM RPRJOB j JOIN CUSTMAST c ON c.CUST_NO = j.CUST_NO WHERE c.OPEN_DT > j.RCV_DT)"),
        ("staff: only the managing director has no supervisor; the supervisor was employed on the person's last day; ACTV_FLG = no leaving date; "
         "a closed branch has no staff still on its books",
         "SELECT (SELECT COUNT(*) FROM EMPMAST WHERE (SUPV_NO IS NULL) <> (JOB_CD = 'MD') OR SUPV_NO = EMP_NO OR (ACTV_FLG = 'N') <> (TERM_DT > 0) "
         "OR (TERM_DT > 0 AND TERM_DT < HIRE_DT)) "
         "+ (SELECT COUNT(*) FROM EMPMAST e JOIN EMPMAST s ON s.EMP_NO = e.SUPV_NO WHERE s.HIRE_DT > CASE WHEN e.TERM_DT > 0 THEN e.TERM_DT ELSE 20251231 END "
         "OR (s.TERM_DT > 0 AND s.TERM_DT < CASE WHEN e.TERM_DT > 0 THEN e.TERM_DT ELSE 20251231 END)) "
         "+ (SELECT COUNT(*) FROM EMPMAST e JOIN BRANCH b ON b.BR_CODE = e.BR_CODE WHERE b.CLOSE_DT > 0 AND (e.TERM_DT = 0 OR e.TERM_DT > b.CLOSE_DT))"),
        ("branches and stock: closed = BR_STAT 'C' = a closing date; stock only at shops that are open; quantities not negative",
         "SELECT (SELECT COUNT(*) FROM BRANCH WHERE (BR_STAT = 'C') <> (CLOSE_DT > 0)) "
         "+ (SELECT COUNT(*) FROM STKBAL s JOIN BRANCH b ON b.BR_CODE = s.BR_CODE WHERE b.BR_TYP <> 'S' OR b.CLOSE_DT > 0 OR s.QTY_OH < 0 OR s.MIN_QTY < 0)"),
    ],
}

RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season)\b|\btoday\b|\byesterday\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b|\bago\b|\bat the moment\b|\blately\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest|busiest) first|"
                         r"\bput the (biggest|best|top)\b.* first|in (month|date|time|alphabetical) order|\border(ed)? by\b|\bsorted\b|\branked\b", re.I)
YEAR_TOKEN = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
fails = []


def fail(msg):
    fails.append(msg)


def ro(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.execute("PRAGMA query_only = 1")
    return con


def qi(name):
    return '"' + name.replace('"', '""') + '"'


def check_db(path):
    name = os.path.basename(path)[:-len(".sqlite")]
    style = STYLE.get(name)
    if style is None:
        fail(f"{name}: unknown database (no naming style registered)")
        return set(), set()
    if os.path.getsize(path) > MAX_MB * 1024 * 1024:
        fail(f"{name}: file larger than {MAX_MB} MB")
    con = ro(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not TABLES_RANGE[0] <= len(tables) <= TABLES_RANGE[1]:
        fail(f"{name}: {len(tables)} tables (want {TABLES_RANGE[0]}-{TABLES_RANGE[1]})")
    pk_of = {t: [c[1] for c in sorted(con.execute(f"PRAGMA table_info({qi(t)})"), key=lambda c: c[5]) if c[5]] for t in tables}
    uniq_of = {}
    for t in tables:
        sets = []
        for ix in con.execute(f"PRAGMA index_list({qi(t)})"):
            if ix[2]:
                sets.append([r[2] for r in con.execute(f"PRAGMA index_info({qi(ix[1])})")])
        uniq_of[t] = sets
    codes = set()
    if style == "erp" and "SYSCODE" in tables:
        codes = {(r[0], r[1]) for r in con.execute("SELECT CODE_TYP, CODE_VAL FROM SYSCODE")}
    idents, text_values = set(), set()
    self_ref = link = accented = place_dup = False
    total = nfk = 0
    for t in tables:
        n = con.execute(f"SELECT COUNT(*) FROM {qi(t)}").fetchone()[0]
        total += n
        if not ROWS_TABLE[0] <= n <= ROWS_TABLE[1]:
            fail(f"{name}.{t}: {n} rows (want {ROWS_TABLE[0]}-{ROWS_TABLE[1]:,})")
        idents.add(t)
        fks = con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall()
        nfk += len(fks)
        fk_cols = {fk[3]: fk for fk in fks}
        if any(fk[2] == t for fk in fks):
            self_ref = True
        for keyset in [pk_of[t]] + uniq_of[t]:
            if len(keyset) == 2 and all(c in fk_cols for c in keyset) and len({fk_cols[c][2] for c in keyset}) == 2:
                link = True
        for fk in fks:
            if pk_of.get(fk[2]) != [fk[4]]:
                fail(f"{name}.{t}.{fk[3]}: FK target {fk[2]}.{fk[4]} is not its primary key")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        names = {c[1] for c in cols}
        if style == "rails":
            if t not in RAILS_INTERNAL and not re.fullmatch(r"[a-z]+(_[a-z]+)*s", t):
                fail(f"{name}.{t}: table name is not plural snake_case")
            if "_" in t and t not in RAILS_INTERNAL and not {"id"} & names:
                parts = t.split("_")
                if len(parts) != 2 or parts != sorted(parts) or not all(p in tables for p in parts):
                    fail(f"{name}.{t}: id-less join table is not named after two tables in alphabetical order (HABTM)")
            elif t not in RAILS_INTERNAL:
                if pk_of[t] != ["id"] or not {"created_at", "updated_at"} <= names:
                    fail(f"{name}.{t}: model table without an integer id and created_at / updated_at")
                elif con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE updated_at < created_at").fetchone()[0]:
                    fail(f"{name}.{t}: updated_at before created_at")
        else:
            if not re.fullmatch(r"[A-Z]{4,8}", t):
                fail(f"{name}.{t}: table name is not an UPPERCASE abbreviation of at most 8 letters")
        for c in cols:
            col, typ = c[1], c[2].upper()
            idents.add(col)
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if bad(f"typeof({q}) = 'real'") and (style == "rails" or not typ.startswith("DECIMAL")):
                fail(f"{name}.{t}.{col}: REAL values outside a money column")
            if style == "rails":
                if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", col):
                    fail(f"{name}.{t}.{col}: column is not snake_case")
                if col.endswith("_at") and (not typ.startswith("DATETIME") or bad(
                        f"typeof({q}) <> 'text' OR {q} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]' "
                        f"OR strftime('%Y-%m-%d %H:%M:%S', {q}) IS NOT substr({q}, 1, 19)")):
                    fail(f"{name}.{t}.{col}: values that are not Rails timestamps 'YYYY-MM-DD HH:MM:SS.ffffff'")
                if col.endswith("_on") and (typ != "DATE" or bad(f"typeof({q}) <> 'text' OR date({q}) IS NOT {q}")):
                    fail(f"{name}.{t}.{col}: values that are not 'YYYY-MM-DD' dates")
                if col.endswith("_cents") and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: money is not non-negative INTEGER cents")
                if typ == "BOOLEAN":
                    v = vals()
                    if not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: boolean is not 0/1")
                    elif v != {0, 1}:
                        fail(f"{name}.{t}.{col}: boolean never varies ({sorted(v)})")
                if (t, col) in RAILS_ENUMS:
                    v = vals()
                    if typ != "INTEGER" or not v <= RAILS_ENUMS[(t, col)] or len(v) < 2:
                        fail(f"{name}.{t}.{col}: integer enum values {sorted(v, key=str)} outside {sorted(RAILS_ENUMS[(t, col)])} or not varying")
                if (t, col) in RAILS_STRING_ENUMS and not vals() - {None} <= RAILS_STRING_ENUMS[(t, col)]:
                    fail(f"{name}.{t}.{col}: string enum values outside {sorted(RAILS_STRING_ENUMS[(t, col)])}")
                if col.endswith("_id") and col not in fk_cols:
                    poly = col[:-3] + "_type"
                    if poly not in names:
                        fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key (and not polymorphic)")
                    else:
                        for (ptype,) in con.execute(f"SELECT DISTINCT {qi(poly)} FROM {qi(t)}"):
                            target = ptype.lower() + "s"
                            if target not in tables:
                                fail(f"{name}.{t}.{poly}: '{ptype}' names no table")
                            elif con.execute(f"SELECT COUNT(*) FROM {qi(t)} x WHERE x.{qi(poly)} = ? AND NOT EXISTS (SELECT 1 FROM {qi(target)} y WHERE y.id = x.{qi(col)})",
                                             (ptype,)).fetchone()[0]:
                                fail(f"{name}.{t}.{col}: polymorphic {ptype} ids that do not exist")
                if col.endswith("_count") and t == "orders":
                    pass  # counter cache checked in the invariants
            else:
                if not re.fullmatch(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*", col) or len(col) > 11:
                    fail(f"{name}.{t}.{col}: column is not an UPPERCASE abbreviation of at most 11 characters")
                if col.endswith("_DT") and bad(f"typeof({q}) <> 'integer' OR ({q} <> 0 AND (date(substr({q}, 1, 4) || '-' || substr({q}, 5, 2) || '-' || substr({q}, 7, 2)) IS NULL "
                                              f"OR date(substr({q}, 1, 4) || '-' || substr({q}, 5, 2) || '-' || substr({q}, 7, 2)) <> substr({q}, 1, 4) || '-' || substr({q}, 5, 2) || '-' || substr({q}, 7, 2) "
                                              f"OR {q} NOT BETWEEN 19000101 AND 20991231))"):
                    fail(f"{name}.{t}.{col}: values that are not YYYYMMDD integers (0 = none)")
                if col.endswith("_DT") and con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NULL").fetchone()[0]:
                    fail(f"{name}.{t}.{col}: NULL date (the ERP writes 0)")
                if col.endswith("_TM") and bad(f"typeof({q}) <> 'integer' OR {q} / 10000 > 23 OR {q} / 100 % 100 > 59 OR {q} % 100 > 59"):
                    fail(f"{name}.{t}.{col}: values that are not HHMMSS integers")
                if typ.startswith("DECIMAL") and col != "COMM_RT" and bad(f"typeof({q}) NOT IN ('integer', 'real') OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: DECIMAL money with more than 2 decimals")
                if typ.startswith("DECIMAL") and col != "COMM_RT" and t != "SLSHDR" and t != "SLSDTL" and bad(f"{q} < 0"):
                    fail(f"{name}.{t}.{col}: negative amount outside sales documents")
                if col.endswith("_FLG") or col == "SUN_OPEN":
                    v = vals()
                    if not v <= {"Y", "N"}:
                        fail(f"{name}.{t}.{col}: flag is not Y/N")
                    elif v != {"Y", "N"}:
                        fail(f"{name}.{t}.{col}: flag never varies ({sorted(v)})")
                if (t, col) in ERP_CODES:
                    for v in vals() - {None}:
                        if (ERP_CODES[(t, col)], v) not in codes:
                            fail(f"{name}.{t}.{col}: code '{v}' is not explained in SYSCODE {ERP_CODES[(t, col)]}")
                if ERP_KEYLIKE.search(col) and col not in ERP_NOT_KEYS and pk_of[t] != [col] and col not in fk_cols and not (col == "LN_NO"):
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
                if (t, col) in ERP_UPPER:
                    for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                        if v != v.upper():
                            fail(f"{name}.{t}.{col}: '{v}' is not in capitals")
                            break
            if typ.startswith(("TEXT", "VARCHAR", "CHAR")) or con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE typeof({q}) = 'text'").fetchone()[0]:
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE typeof({q}) = 'text'"):
                    text_values.add(v)
                    if not accented and re.search(r"name", col, re.I) and re.search(r"[À-ɏḀ-ỿ]", v):
                        accented = True
    pt, pc, rc = PLACE[style]
    if pt in tables and con.execute(f"SELECT 1 FROM {qi(pt)} WHERE {qi(pc)} IS NOT NULL GROUP BY {qi(pc)} HAVING COUNT(DISTINCT {qi(rc)}) > 1 LIMIT 1").fetchone():
        place_dup = True
    if not ROWS_DB[0] <= total <= ROWS_DB[1]:
        fail(f"{name}: {total} rows in all (want {ROWS_DB[0]:,}-{ROWS_DB[1]:,})")
    if nfk == 0:
        fail(f"{name}: no foreign keys declared")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        fail(f"{name}: foreign_key_check not clean")
    if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        fail(f"{name}: integrity_check failed")
    for ok, label in ((self_ref, "self-referencing FK"), (link, "many-to-many link table"), (accented, "accented names"),
                      (place_dup, "town name shared by two counties")):
        if not ok:
            fail(f"{name}: no {label}")
    edges = {"rails": [("closed shop", "SELECT COUNT(*) FROM shops WHERE closed_on IS NOT NULL AND active = 0"),
                       ("discontinued products", "SELECT COUNT(*) FROM products WHERE active = 0"),
                       ("retired services", "SELECT COUNT(*) FROM services WHERE active = 0"),
                       ("refunded orders", "SELECT COUNT(*) FROM orders WHERE status = 2"),
                       ("voided orders", "SELECT COUNT(*) FROM orders WHERE status = 1"),
                       ("disposed repairs", "SELECT COUNT(*) FROM repair_jobs WHERE status = 4"),
                       ("cancelled repairs", "SELECT COUNT(*) FROM repair_jobs WHERE status = 5"),
                       ("leavers", "SELECT COUNT(*) FROM employees WHERE left_on IS NOT NULL"),
                       ("trade accounts", "SELECT COUNT(*) FROM customers WHERE account_type = 1"),
                       ("customers without an order", "SELECT COUNT(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)"),
                       ("a price rise (lines below today's price)", "SELECT COUNT(*) FROM order_items i JOIN services v ON i.itemable_type = 'Service' AND v.id = i.itemable_id WHERE i.unit_price_cents < v.price_cents"),
                       ("activity in both GMT and BST (UTC hours 07 and 17 both occur)",
                        "SELECT (SELECT COUNT(*) FROM orders WHERE substr(created_at, 12, 2) = '07') > 0 AND (SELECT COUNT(*) FROM orders WHERE substr(created_at, 12, 2) = '17') > 0")],
             "erp": [("closed branch", "SELECT COUNT(*) FROM BRANCH WHERE CLOSE_DT > 0"),
                     ("leavers", "SELECT COUNT(*) FROM EMPMAST WHERE TERM_DT > 0"),
                     ("discontinued items", "SELECT COUNT(*) FROM ITMMAST WHERE DISC_FLG = 'Y'"),
                     ("credit notes", "SELECT COUNT(*) FROM SLSHDR WHERE DOC_TYP = 'CRN'"),
                     ("voided invoices", "SELECT COUNT(*) FROM SLSHDR WHERE INV_STAT = 'V'"),
                     ("cash sales on customer 0", "SELECT COUNT(*) FROM SLSHDR WHERE CUST_NO = 0"),
                     ("declined repair quotes", "SELECT COUNT(*) FROM RPRJOB WHERE JOB_STAT = 'X'"),
                     ("whole DECIMAL amounts stored as integers", "SELECT COUNT(*) FROM SLSHDR WHERE typeof(NET_AMT) = 'integer'"),
                     ("customers without a purchase", "SELECT COUNT(*) FROM CUSTMAST c WHERE NOT EXISTS (SELECT 1 FROM SLSHDR h WHERE h.CUST_NO = c.CUST_NO)"),
                     ("a price rise (lines below today's price)", "SELECT COUNT(*) FROM SLSDTL d JOIN ITMMAST i ON i.ITM_NO = d.ITM_NO WHERE d.UNIT_PRC < i.RETAIL_PRC")]}
    for label, sql in edges[style]:
        try:
            if not con.execute(sql).fetchone()[0]:
                fail(f"{name}: no {label}")
        except sqlite3.Error as e:
            fail(f"{name}: edge-case check '{label}' errored: {e}")
    for label, sql in INVARIANTS.get(name, []):
        try:
            n = con.execute(sql).fetchone()[0]
        except sqlite3.Error as e:
            fail(f"{name}: invariant '{label}' errored: {e}")
            continue
        if n:
            fail(f"{name}: invariant '{label}' broken by {n} rows")
    con.close()
    return idents, text_values


# ------------------------------------------------------------------ SQL helpers
def scan_top(sql):
    """Yield (index, char) of sql at paren depth 0 and outside quotes."""
    depth, quote = 0, None
    for i, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            yield i, ch


def outer_order_split(sql):
    up, pos = sql.upper(), None
    for i, _ in scan_top(sql):
        if up.startswith("ORDER BY", i):
            pos = i
    if pos is None:
        return None
    head, rest = sql[:pos], sql[pos + len("ORDER BY"):]
    m = re.search(r"\sLIMIT\s+\d+\s*$", rest, re.I)
    if m:
        return head, rest[:m.start()], rest[m.start():]
    return head, rest, ""


def outer_select_list(sql):
    up = sql.upper()
    start = None
    for i, _ in scan_top(sql):
        if up.startswith("SELECT", i):
            start = i + len("SELECT")
            break
    if start is None:
        return ""
    for i, _ in scan_top(sql):
        if i > start and up.startswith(" FROM ", i - 1):
            return sql[start:i]
    return sql[start:]


def split_top_commas(s):
    parts, depth, quote, cur = [], 0, None, ""
    for ch in s:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts]


def literals(sql):
    out, i = [], 0
    while i < len(sql):
        ch = sql[i]
        if ch == '"':
            i = sql.index('"', i + 1) + 1
            continue
        if ch == "'":
            j, buf = i + 1, ""
            while True:
                if sql[j] == "'" and j + 1 < len(sql) and sql[j + 1] == "'":
                    buf += "'"
                    j += 2
                elif sql[j] == "'":
                    break
                else:
                    buf += sql[j]
                    j += 1
            out.append(buf)
            i = j + 1
            continue
        i += 1
    return out


def words_of(ident):
    w = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", ident)
    return [x for x in re.split(r"[_\s()?]+", w.lower()) if x]


def strip_strings(sql):
    return re.sub(r"'(?:[^']|'')*'", "''", sql)


def check_kind(q, kind, sql):
    u = strip_strings(sql).upper()
    periods = set(re.findall(r"20\d\d(?:-Q[1-4]|-\d\d(?:-\d\d)?|\d\d\d\d)?", sql))
    need = {
        "count": "COUNT(" in u,
        "total": "SUM(" in u or "AVG(" in u,
        "breakdown": "GROUP BY" in u and "LIMIT" not in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)),
        "attribute": "GROUP BY" not in u and "COUNT(" not in u and "SUM(" not in u and "WHERE" in u,
        "list": "WHERE" in u and "LIMIT" not in u and "GROUP BY" not in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|IS NULL|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": bool(re.search(r"ROUND\(.*,\s*4\)", sql, re.S)),
        "compare": len(periods) >= 2 and ("SUM(" in u or "COUNT(" in u) and "CASE WHEN" in u,
    }
    if kind == "selfref":
        tabs = re.findall(r'\b(?:FROM|JOIN)\s+("[^"]+"|\w+)', sql, re.I)
        if not any(tabs.count(t) > 1 for t in set(tabs)):
            fail(f"{q['id']}: self-reference question does not join a table to itself")
    elif kind not in need:
        fail(f"{q['id']}: unknown kind {kind}")
    elif not need[kind]:
        fail(f"{q['id']}: SQL does not have the shape of kind '{kind}'")


def check_text(q, idents):
    text, sql = q["question"], q["sql"]
    if "_" in text:
        fail(f"{q['id']}: underscore in question text")
    if re.search(r"\b[a-z]+[A-Z][a-z]+\w*\b", text):
        fail(f"{q['id']}: camelCase token in question text")
    for ident in idents:
        if ("_" in ident or ident.isupper() and len(ident) > 3) and re.search(r"\b" + re.escape(ident) + r"\b", text):
            fail(f"{q['id']}: question mentions schema identifier {ident}")
        w = words_of(ident)
        if len(w) >= 3 and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
            fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
    for phrase in LEAKY:
        if re.search(r"\b" + re.escape(phrase) + r"\b", text, re.I):
            fail(f"{q['id']}: question uses the column-like phrase '{phrase}'")
    if re.search(r"\b(table|column|schema|database|field|record|row)s?\b|\bsql\b|\bcents\b|\benum\b|\bflag\b|\bcode [A-Z]", text, re.I):
        fail(f"{q['id']}: question talks about the database structure or storage")
    if RELATIVE.search(text):
        fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
    years_q = set(YEAR_TOKEN.findall(text))
    for y in sorted(years_q):
        if y not in sql:
            fail(f"{q['id']}: question mentions {y} but the SQL does not")
    if re.search(r"'20[12]\d|\b20[12]\d(\d{4})?\b", strip_strings(sql) + " ".join("'" + l for l in literals(sql))) and not years_q:
        fail(f"{q['id']}: SQL filters on a date but the question names no year")


def check_sql_conventions(q, dbn, style, tvals):
    text, sql = q["question"], q["sql"]
    bare = strip_strings(sql)
    if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or ";" in sql.rstrip().rstrip(";") or FORBIDDEN_SQL.search(bare):
        fail(f"{q['id']}: SQL is not a single read-only SELECT")
    if re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b(?!\s*\.)", bare):
        fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
    items = split_top_commas(outer_select_list(sql))
    for fcol, lcol in NAME_PAIRS:
        for it in items:
            if re.search(r"\b" + fcol + r"\b", it) or re.search(r"\b" + lcol + r"\b", it):
                if not re.search(r"(\w+\.)?" + fcol + r"\s*\|\|\s*' '\s*\|\|\s*(\w+\.)?" + lcol, it):
                    fail(f"{q['id']}: person's name not returned as one column first || ' ' || last")
    if style == "rails":
        for it in items:
            if re.search(r"_cents\b", it) and not re.search(r"COUNT\(|/\s*SUM\(", it, re.I) and not re.search(r"/\s*100(\.0)?\b", it):
                fail(f"{q['id']}: money in cents returned without turning it into pounds (/ 100.0)")
        if re.search(r"\bitemable_id\b", bare) and not re.search(r"itemable_type\s*=\s*'(Service|Product)'", sql):
            fail(f"{q['id']}: polymorphic itemable_id joined without pinning itemable_type")
        if re.search(r"SUM\([^)]*(total_cents|tax_cents|subtotal_cents|discount_cents)", bare) and re.search(r"\b(orders|order_items)\b", bare) \
                and not re.search(r"\bstatus\b", bare) and not re.search(r"void|refund", text, re.I):
            fail(f"{q['id']}: money summed without settling voided / refunded orders")
    else:
        for m in re.finditer(r"\b(\w+_DT)\s*(=|<>|<=|>=|<|>|BETWEEN)\s*(\d+)(?:\s+AND\s+(\d+))?", bare):
            for num in (m.group(3), m.group(4)):
                if num is not None and num != "0" and len(num) != 8:
                    fail(f"{q['id']}: ERP date {m.group(1)} compared with {num}, not a whole YYYYMMDD number")
        if re.search(r"\b(SLSHDR|SLSDTL)\b", bare) and re.search(r"SUM\(|AVG\(|COUNT\(", bare, re.I) \
                and not (re.search(r"\bINV_STAT\b", bare) and re.search(r"\bDOC_TYP\b", bare)):
            fail(f"{q['id']}: sales aggregated without settling voids (INV_STAT) and returns (DOC_TYP)")
        if q.get("_kind") == "share" and "/" in bare and not re.search(r"1\.0\b", bare):
            fail(f"{q['id']}: share divides DECIMAL sums without forcing real division (1.0 * ...)")
        if re.search(r"GROUP BY\s+(\w+\.)?CUST_NO\b", bare) and not re.search(r"CUST_NO\s*(<>|!=|>)\s*0", bare):
            fail(f"{q['id']}: per-customer answer that does not leave out customer 0 (cash sales)")
    gt = GRAIN.get(dbn)
    if gt and re.search(gt[0], sql) and "COUNT(" in bare.upper() and re.search(r"\b(how many|number of|count)\b", text, re.I) \
            and re.search(r"\bsales?\b|\borders?\b|\breceipts?\b|\binvoices?\b", text, re.I) \
            and not re.search(r"COUNT\(DISTINCT\s+(\w+\.)?" + gt[1].strip(r"\b()").split("|")[0], sql, re.I) \
            and not re.search(r"COUNT\(DISTINCT\s+(\w+\.)?(id|INV_NO)\b", sql, re.I):
        fail(f"{q['id']}: orders counted on the line table without COUNT(DISTINCT order)")
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|20\d\d-Q[1-4]|-?\d+(\.\d+)?|\d\d|\d\d-\d\d|[ \-/,]*|-Q|%.*|.*%", lit):
            continue
        if lit not in tvals:
            fail(f"{q['id']}: SQL literal '{lit}' is not a value stored in {dbn}")


def main():
    db_dir = os.path.join(ROOT, "databases")
    dbs = sorted(f for f in os.listdir(db_dir) if f.endswith(".sqlite"))
    if len(dbs) != 2:
        fail(f"expected 2 databases, found {dbs}")
    info = {f[:-len(".sqlite")]: check_db(os.path.join(db_dir, f)) for f in dbs}
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    kinds = {}
    kpath = os.path.join(ROOT, "build", "kinds.tsv")
    if os.path.exists(kpath):
        for line in open(kpath, encoding="utf-8"):
            qid, kind = line.rstrip("\n").split("\t")
            kinds[qid] = kind
    else:
        fail("build/kinds.tsv missing")
    per_db, seen_q, seen_sql = {}, {}, {}
    for q in qs:
        if list(q) != KEYS:
            fail(f"{q.get('id')}: key order {list(q)}")
            continue
        if not isinstance(q["order_matters"], bool):
            fail(f"{q['id']}: order_matters is not a boolean")
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        style = STYLE.get(dbn)
        per_db.setdefault(dbn, []).append(q)
        norm = " ".join(re.sub(r"[^\w%$£€]+", " ", q["question"].lower()).split())
        if norm in seen_q:
            fail(f"{q['id']}: duplicate question text (same as {seen_q[norm]})")
        seen_q.setdefault(norm, q["id"])
        snorm = " ".join(q["sql"].split())
        if (dbn, snorm) in seen_sql:
            fail(f"{q['id']}: duplicate SQL (same as {seen_sql[(dbn, snorm)]})")
        seen_sql.setdefault((dbn, snorm), q["id"])
        idents, tvals = info.get(dbn, (set(), set()))
        kind = kinds.get(q["id"])
        check_text(q, idents)
        check_sql_conventions(dict(q, _kind=kind), dbn, style, tvals)
        if kind:
            check_kind(q, kind, q["sql"])
        else:
            fail(f"{q['id']}: no kind in kinds.tsv")
    if set(per_db) != set(info):
        fail(f"question databases {sorted(per_db)} != database files {sorted(info)}")
    for dbn, lst in per_db.items():
        if len(lst) != 40:
            fail(f"{dbn}: {len(lst)} questions (want 40)")
        for i, q in enumerate(lst, 1):
            if q["id"] != f"{dbn}-{i:03d}":
                fail(f"{q['id']}: id out of sequence")
            if q["db"] != f"databases/{dbn}.sqlite":
                fail(f"{q['id']}: bad db path")
        mix = {}
        for q in lst:
            mix[kinds.get(q["id"])] = mix.get(kinds.get(q["id"]), 0) + 1
        if mix != KIND_MIX:
            fail(f"{dbn}: kind mix {dict(sorted((str(k), v) for k, v in mix.items()))} != required {KIND_MIX}")

    month_bd, quarter_bd = set(), set()
    for q in qs:
        if list(q) != KEYS:
            continue
        dbn = q["db"].split("/")[-1][:-len(".sqlite")]
        kind = kinds.get(q["id"])
        con = ro(os.path.join(ROOT, q["db"]))
        try:
            cur = con.execute(q["sql"])
            rows = cur.fetchall()
        except Exception as e:
            fail(f"{q['id']}: error {e}")
            con.close()
            continue
        ncol = len(cur.description)
        if not rows:
            fail(f"{q['id']}: empty result")
            con.close()
            continue
        if len(rows) > MAX_ROWS:
            fail(f"{q['id']}: {len(rows)} rows (want <= {MAX_ROWS})")
        if any(v is None for r in rows for v in r):
            fail(f"{q['id']}: NULL in result")
        if len(rows) == 1 and ncol == 1 and rows[0][0] in (0, 0.0, ""):
            fail(f"{q['id']}: single-cell result is 0/empty")
        if kind == "share":
            vals = [v for r in rows for v in r if isinstance(v, (int, float))]
            if not vals or any(not isinstance(v, float) or not (0 < v < 1) or abs(v * 10000 - round(v * 10000)) > 1e-6 for v in vals):
                fail(f"{q['id']}: share is not a ratio between 0 and 1 rounded to 4 decimals")
        elif any(isinstance(v, float) and abs(v * 100 - round(v * 100)) > 1e-6 for r in rows for v in r):
            fail(f"{q['id']}: a REAL result has more than 2 decimals (round money / averages to 2)")
        if kind == "breakdown" and re.search(r"\bmonth", q["question"], re.I) and not re.search(r"\bquarter", q["question"], re.I):
            if not any(all(isinstance(r[i], str) and re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", r[i]) for r in rows) for i in range(ncol)):
                fail(f"{q['id']}: month breakdown does not return months as 'YYYY-MM'")
            else:
                month_bd.add(dbn)
        if kind == "breakdown" and re.search(r"\bquarter", q["question"], re.I):
            if not any(all(isinstance(r[i], str) and re.fullmatch(r"20\d\d-Q[1-4]", r[i]) for r in rows) for i in range(ncol)):
                fail(f"{q['id']}: quarter breakdown does not return quarters as 'YYYY-Qn'")
            else:
                quarter_bd.add(dbn)
        for r in rows:
            for v in r:
                if isinstance(v, str) and re.fullmatch(r"20\d\d-?\d\d", v) and not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", v):
                    fail(f"{q['id']}: malformed month label {v}")
        split = outer_order_split(q["sql"])
        if re.search(r"\bLIMIT\b", q["sql"], re.I) and not re.search(r"ORDER BY", q["sql"], re.I):
            fail(f"{q['id']}: LIMIT without ORDER BY")
        if q["order_matters"]:
            if not split:
                fail(f"{q['id']}: order_matters without outer ORDER BY")
            if not ORDER_WORDS.search(q["question"]):
                fail(f"{q['id']}: order_matters but the question does not ask for an order")
        elif split and not split[2]:
            fail(f"{q['id']}: outer ORDER BY without LIMIT, but order_matters is false")
        elif split and ORDER_WORDS.search(q["question"]):
            fail(f"{q['id']}: the question asks for an order and the SQL has an outer ORDER BY, but order_matters is false")
        if split and (split[2] or q["order_matters"]):
            head, expr, tail = split
            for dct in ("ASC", "DESC"):
                tb = ", ".join(f"{i} {dct}" for i in range(1, ncol + 1))
                r2 = con.execute(f"{head}ORDER BY {expr.strip()}, {tb}{tail}").fetchall()
                if r2 != rows:
                    fail(f"{q['id']}: tie in ORDER BY (changes with {dct} tie-breakers)")
                    break
        con.close()
    for dbn in per_db:
        if dbn not in month_bd:
            fail(f"{dbn}: no breakdown by month returning 'YYYY-MM'")
        if dbn not in quarter_bd:
            fail(f"{dbn}: no breakdown by quarter returning 'YYYY-Qn'")
    if fails:
        print("FAIL:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print(f"PASS: all checks passed ({len(qs)} questions, {len(per_db)} databases)")


if __name__ == "__main__":
    main()
