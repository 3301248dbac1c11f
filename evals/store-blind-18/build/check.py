"""Checks the store-blind-18 databases and questions.  Prints PASS or the list of failures (exit code 1).

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; plant_faults.py passes scratch copies)

Every database is opened read-only (mode=ro URI + PRAGMA query_only).  Checks:
  * databases: under 3 MB; declared FKs point at primary keys; foreign_key_check / integrity_check clean; a
    self-referencing FK; a many-to-many link table; accented names; a town name shared by two counties; soft edge cases;
    per-database invariants (order totals = lines + delivery, VAT, payments = totals, refunds = their lines and point
    at a payment of the same order, trading days, prices on the day, discounts; sale totals = lines, an item sold at
    most once and only from its dealer's unit while let, statements = sales / commission / rent, ...);
  * naming styles: broadland_tackle = Shopify REST resources copied into SQLite (plural tables, 13-digit ids, money as
    decimal strings in TEXT, ISO 8601 timestamps with the UK offset, 0/1 booleans, comma-separated tags);
    nidderdale_antiques = hand-rolled (tbl / tlkp prefixes, PascalCase, pence integers, 'DD/MM/YYYY' text dates,
    YYYYMM periods, IsDeleted bits, Active 'Y' / 'N', one generic status lookup table);
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape; plain English (no
    identifiers, underscores, camelCase, column-like phrases, structure words, relative periods); years in the text
    <-> dates in the SQL; Shopify money CAST from text, orders filtered for cancelled and test orders, refunds named in
    money questions; antiques sales filtered on their status, soft-deleted dealers left out, 'DD/MM/YYYY' dates never
    compared or cut as if ISO; shares forced to real division; every SQL string literal a stored value;
  * results: non-empty, <= 15 rows, no NULL cell, no single-cell 0, REALs rounded to 2 decimals, shares as ratios in
    (0, 1) rounded to 4 decimals, months 'YYYY-MM', quarters 'YYYY-Qn', a person's name as ONE column, LIMIT only with
    ORDER BY, order_matters both ways, no tie at a LIMIT cut or in an ordered answer."""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"broadland_tackle": "shopify", "nidderdale_antiques": "handrolled"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_ROWS, MAX_MB = 15, 3
SHOPIFY_MONEY = {("variants", "price"), ("variants", "compare_at_price"), ("customers", "total_spent"), ("orders", "subtotal_price"),
                 ("orders", "total_discounts"), ("orders", "total_tax"), ("orders", "total_price"), ("orders", "current_total_price"),
                 ("line_items", "price"), ("line_items", "total_discount"), ("discount_codes", "amount"), ("shipping_lines", "price"),
                 ("refund_line_items", "subtotal"), ("refund_line_items", "total_tax"), ("transactions", "amount")}
SHOPIFY_ENUMS = {("orders", "financial_status"): {"paid", "partially_refunded", "refunded", "voided"},
                 ("orders", "source_name"): {"pos", "web"}, ("orders", "cancel_reason"): {"customer", "inventory", "fraud"},
                 ("transactions", "kind"): {"sale", "refund", "authorization", "void"},
                 ("transactions", "gateway"): {"shopify_payments", "cash", "gift_card", "paypal", "bogus"},
                 ("transactions", "status"): {"success", "failure"}, ("products", "status"): {"active", "archived", "draft"},
                 ("customers", "state"): {"enabled", "disabled"}}
SHOPIFY_BOOLS = {("orders", "test"), ("variants", "taxable"), ("line_items", "taxable"), ("customers", "accepts_marketing"),
                 ("users", "account_owner")}
DMY_COLS = {("tblSite", "DateOpened"), ("tblStaff", "StartDt"), ("tblStaff", "LeaveDt"), ("tblDealer", "JoinedDt"), ("tblDealer", "LeftDt"),
            ("tblDealerUnit", "FromDt"), ("tblDealerUnit", "ToDt"), ("tblSale", "SaleDate"), ("tblSale", "RefundDt"),
            ("tblDealerStmt", "IssuedDt"), ("tblDealerStmt", "PaidDt")}
PENCE_COLS = {("tblItem", "TicketPence"), ("tblSale", "TotalPence"), ("tblSaleLine", "SoldPence"), ("tblDealerStmt", "SalesPence"),
              ("tblDealerStmt", "CommPence"), ("tblDealerStmt", "RentPence"), ("tblDealerStmt", "NetPence")}
SOFT_DELETE = {"tblItem", "tblDealer", "tblSite"}
PLACE = {"shopify": "SELECT city FROM customer_addresses GROUP BY city HAVING COUNT(DISTINCT province) > 1",
         "handrolled": "SELECT Town FROM tblDealer GROUP BY Town HAVING COUNT(DISTINCT County) > 1"}
NAME_PAIRS = [("first_name", "last_name"), ("FName", "SName"), ("ContactFName", "ContactSName")]
LEAKY = ["total price", "current total", "subtotal price", "total discounts", "total tax", "financial status", "fulfillment status",
         "source name", "cancel reason", "product type", "compare at", "total spent", "orders count", "accepts marketing", "account owner",
         "line item", "custom collection", "shipping line", "discount code", "refund line", "created at", "processed at", "cancelled at",
         "inventory quantity", "option1", "ticket pence", "sold pence", "total pence", "comm pct", "stmt", "pay type",
         "is deleted", "unit no", "stock code", "status desc", "status group", "sale line", "dealer unit", "mgr", "parent cat",
         "trading name", "date added", "joined dt", "left dt", "leave dt", "start dt", "from dt", "to dt", "till no", "tel no", "descr",
         "cust name", "works days", "monthly rent", "rent pence", "net pence", "comm pence", "sales pence", "lkp", "tbl", "shopify", "gateway"]
FORBIDDEN_SQL = re.compile(r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|PRAGMA|REPLACE|VACUUM)\b", re.I)
HOLS = "('2024-01-01', '2024-12-25', '2024-12-26', '2025-01-01', '2025-12-25', '2025-12-26')"
DMY = lambda c: f"(substr({c}, 7, 4) || '-' || substr({c}, 4, 2) || '-' || substr({c}, 1, 2))"
def _last_sunday(y, m):
    import datetime as _dt
    x = _dt.date(y, m, 31)
    return x - _dt.timedelta(days=(x.weekday() + 1) % 7)


BST = "(" + " OR ".join(f"({{d}} >= '{_last_sunday(y, 3)}' AND {{d}} < '{_last_sunday(y, 10)}')" for y in range(2009, 2027)) + ")"
TS_OK = ("substr({c}, 20) = CASE WHEN " + BST + " THEN '+01:00' ELSE '+00:00' END")
INVARIANTS = {
    "broadland_tackle": [
        ("order money: subtotal = lines after discount; total discounts = line discounts; total = subtotal + delivery; VAT = 1/6 of the "
         "VAT-able lines and delivery (per line, rounded); every order has lines",
         "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM line_items li WHERE li.order_id = o.id) "
         "OR ABS(CAST(o.subtotal_price AS REAL) - (SELECT SUM(li.quantity * CAST(li.price AS REAL) - CAST(li.total_discount AS REAL)) FROM line_items li WHERE li.order_id = o.id)) > 0.005 "
         "OR ABS(CAST(o.total_discounts AS REAL) - (SELECT SUM(CAST(li.total_discount AS REAL)) FROM line_items li WHERE li.order_id = o.id)) > 0.005 "
         "OR ABS(CAST(o.total_price AS REAL) - CAST(o.subtotal_price AS REAL) - COALESCE((SELECT SUM(CAST(s.price AS REAL)) FROM shipping_lines s WHERE s.order_id = o.id), 0)) > 0.005 "
         "OR ABS(CAST(o.total_tax AS REAL) - (SELECT SUM(CASE WHEN li.taxable = 1 THEN ((2 * CAST(ROUND((li.quantity * CAST(li.price AS REAL) - CAST(li.total_discount AS REAL)) * 100) AS INTEGER) + 6) / 12) / 100.0 ELSE 0 END) FROM line_items li WHERE li.order_id = o.id) "
         "- COALESCE((SELECT SUM(((2 * CAST(ROUND(CAST(s.price AS REAL) * 100) AS INTEGER) + 6) / 12) / 100.0) FROM shipping_lines s WHERE s.order_id = o.id), 0)) > 0.005"),
        ("payments: orders that went through are paid in full by successful sale transactions; cancelled orders have an authorisation "
         "voided (void -> its authorisation) and no sale; failed payments only before a successful one",
         "SELECT COUNT(*) FROM orders o WHERE (o.cancelled_at IS NULL AND ABS(CAST(o.total_price AS REAL) - COALESCE((SELECT SUM(CAST(t.amount AS REAL)) FROM transactions t "
         "WHERE t.order_id = o.id AND t.kind = 'sale' AND t.status = 'success'), 0)) > 0.005) OR (o.cancelled_at IS NOT NULL AND (o.financial_status <> 'voided' "
         "OR EXISTS (SELECT 1 FROM transactions t WHERE t.order_id = o.id AND t.kind = 'sale') OR NOT EXISTS (SELECT 1 FROM transactions v JOIN transactions a ON a.id = v.parent_id "
         "WHERE v.order_id = o.id AND v.kind = 'void' AND a.kind = 'authorization' AND a.order_id = o.id AND a.amount = v.amount))) "
         "OR EXISTS (SELECT 1 FROM transactions f WHERE f.order_id = o.id AND f.status = 'failure' AND (o.source_name <> 'web' OR NOT EXISTS "
         "(SELECT 1 FROM transactions t WHERE t.order_id = o.id AND t.status = 'success' AND t.kind = 'sale' AND t.created_at > f.created_at)))"),
        ("refunds: the refund transaction = its lines, points at a successful sale of the same order (same way of paying, gift cards back to card), "
         "comes after the order; current total = total - refunds; status refunded / partially_refunded exactly when refunded",
         "SELECT COUNT(*) FROM orders o WHERE ABS(CAST(o.current_total_price AS REAL) - CASE WHEN o.cancelled_at IS NOT NULL THEN 0 ELSE CAST(o.total_price AS REAL) "
         "- COALESCE((SELECT SUM(CAST(rl.subtotal AS REAL)) FROM refunds r JOIN refund_line_items rl ON rl.refund_id = r.id WHERE r.order_id = o.id), 0) END) > 0.005 "
         "OR (o.financial_status IN ('refunded', 'partially_refunded')) <> EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id) "
         "OR EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id AND (julianday(r.created_at) <= julianday(o.created_at) OR NOT EXISTS (SELECT 1 FROM transactions t "
         "JOIN transactions p ON p.id = t.parent_id WHERE t.refund_id = r.id AND t.kind = 'refund' AND p.order_id = o.id AND p.kind = 'sale' AND p.status = 'success' "
         "AND (p.gateway = t.gateway OR (p.gateway = 'gift_card' AND t.gateway = 'shopify_payments')) "
         "AND ABS(CAST(t.amount AS REAL) - (SELECT SUM(CAST(rl.subtotal AS REAL)) FROM refund_line_items rl WHERE rl.refund_id = r.id)) < 0.005)))"),
        ("trading days: shop sales and shop refunds only on days the shop trades (holidays, Sundays, Lowestoft's opening); website orders have "
         "no shop and no member of staff; shop sales have both",
         f"SELECT COUNT(*) FROM orders o LEFT JOIN locations l ON l.id = o.location_id WHERE (o.source_name = 'web') <> (o.location_id IS NULL) "
         f"OR (o.source_name = 'pos') <> (o.user_id IS NOT NULL) OR (o.source_name = 'pos' AND (substr(o.created_at, 1, 10) IN {HOLS} "
         "OR (l.name = 'Lowestoft' AND substr(o.created_at, 1, 10) < '2025-03-01') OR l.name = 'Online Warehouse' "
         "OR (strftime('%w', substr(o.created_at, 1, 10)) = '0' AND (l.name = 'Norwich' OR (l.name = 'Wroxham' AND substr(o.created_at, 6, 2) NOT BETWEEN '04' AND '09'))))) "
         f"OR EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id AND o.source_name = 'pos' AND (substr(r.created_at, 1, 10) IN {HOLS} "
         "OR (strftime('%w', substr(r.created_at, 1, 10)) = '0' AND (l.name = 'Norwich' OR (l.name = 'Wroxham' AND substr(r.created_at, 6, 2) NOT BETWEEN '04' AND '09')))))"),
        ("prices and range: a line is sold at the variant's price (maggots 50p less before 1 April 2025), only while the product is in the range; "
         "live bait and permits never online; discounts only CLUB10 for tagged club members in the shops (not on permits) or SPRING10 online in March 2025",
         "SELECT COUNT(*) FROM line_items li JOIN orders o ON o.id = li.order_id JOIN variants v ON v.id = li.variant_id JOIN products p ON p.id = li.product_id "
         "LEFT JOIN customers c ON c.id = o.customer_id WHERE v.product_id <> p.id OR ABS(CAST(li.price AS REAL) - CAST(v.price AS REAL) + CASE WHEN p.title = 'Maggots' "
         "AND substr(o.created_at, 1, 10) < '2025-04-01' THEN 0.5 ELSE 0 END) > 0.001 OR p.status = 'draft' OR substr(o.created_at, 1, 10) < substr(p.created_at, 1, 10) "
         "OR (p.status = 'archived' AND substr(o.created_at, 1, 10) > substr(p.updated_at, 1, 10)) OR (o.source_name = 'web' AND p.product_type IN ('Bait', 'Permits')) "
         "OR (CAST(li.total_discount AS REAL) > 0) <> ((o.source_name = 'pos' AND ', ' || c.tags || ',' LIKE '%, Club member,%' AND p.product_type <> 'Permits') "
         "OR (o.source_name = 'web' AND o.test = 0 AND substr(o.created_at, 1, 7) = '2025-03')) "
         "OR ABS(CAST(li.total_discount AS REAL) - ((CAST(ROUND(li.quantity * CAST(li.price AS REAL) * 100) AS INTEGER) + 5) / 10) / 100.0 * (CAST(li.total_discount AS REAL) > 0)) > 0.005 "
         "OR li.taxable <> (p.product_type <> 'Permits')"),
        ("customers and codes: an order's discount code matches its channel and equals its discounts; a shop customer was on file before "
         "buying; the customer's order count is their orders that went through",
         "SELECT (SELECT COUNT(*) FROM discount_codes dc JOIN orders o ON o.id = dc.order_id WHERE ABS(CAST(dc.amount AS REAL) - CAST(o.total_discounts AS REAL)) > 0.005 "
         "OR dc.code <> CASE WHEN o.source_name = 'pos' THEN 'CLUB10' ELSE 'SPRING10' END) + (SELECT COUNT(*) FROM orders o WHERE CAST(o.total_discounts AS REAL) > 0 "
         "AND NOT EXISTS (SELECT 1 FROM discount_codes dc WHERE dc.order_id = o.id)) + (SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
         "WHERE substr(o.created_at, 1, 10) < substr(c.created_at, 1, 10)) + (SELECT COUNT(*) FROM customers c WHERE c.orders_count <> (SELECT COUNT(*) FROM orders o "
         "WHERE o.customer_id = c.id AND o.cancelled_at IS NULL AND o.test = 0) AND c.tags <> 'Test')"),
    ],
    "nidderdale_antiques": [
        ("sale money and status: total = its lines; every sale has lines; statuses from the SALE group; refund dates exactly on refunded sales, "
         "within a week and in the same month",
         "SELECT COUNT(*) FROM tblSale s JOIN tlkpStatus st ON st.StatusID = s.StatusID WHERE st.StatusGroup <> 'SALE' "
         "OR s.TotalPence <> (SELECT SUM(SoldPence) FROM tblSaleLine sl WHERE sl.SaleID = s.SaleID) OR NOT EXISTS (SELECT 1 FROM tblSaleLine sl WHERE sl.SaleID = s.SaleID) "
         f"OR (s.RefundDt IS NOT NULL) <> (st.StatusDesc = 'Refunded') OR julianday({DMY('s.RefundDt')}) - julianday({DMY('s.SaleDate')}) NOT BETWEEN 1 AND 7 "
         "OR substr(s.RefundDt, 4, 7) <> substr(s.SaleDate, 4, 7)"),
        ("items: sold at most once; 'Sold' exactly when in a completed sale; on the floor before the sale; sold at the centre of its unit while its "
         "dealer rented that unit; deleted items never sold; price never above the tag",
         "SELECT COUNT(*) FROM tblItem i JOIN tlkpStatus st ON st.StatusID = i.ItemStatusID WHERE st.StatusGroup <> 'ITEM' "
         "OR (SELECT COUNT(*) FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID WHERE sl.ItemID = i.ItemID AND s.StatusID = 1) > 1 "
         "OR (st.StatusDesc = 'Sold') <> EXISTS (SELECT 1 FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID WHERE sl.ItemID = i.ItemID AND s.StatusID = 1) "
         "OR (i.IsDeleted = 1 AND EXISTS (SELECT 1 FROM tblSaleLine sl WHERE sl.ItemID = i.ItemID)) "
         "OR EXISTS (SELECT 1 FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblUnit u ON u.UnitID = i.UnitID WHERE sl.ItemID = i.ItemID AND "
         f"(sl.SoldPence > i.TicketPence OR s.SiteID <> u.SiteID OR substr(i.DateAdded, 1, 10) > {DMY('s.SaleDate')} OR NOT EXISTS (SELECT 1 FROM tblDealerUnit du "
         f"WHERE du.DealerID = i.DealerID AND du.UnitID = i.UnitID AND {DMY('du.FromDt')} <= {DMY('s.SaleDate')} AND (du.ToDt IS NULL OR {DMY('s.SaleDate')} <= {DMY('du.ToDt')}))))"),
        ("trading days and staff: sales only on a centre's trading days while open, rung up by staff employed that day (weekend assistants at weekends)",
         f"SELECT COUNT(*) FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID JOIN tblStaff f ON f.StaffID = s.StaffID WHERE {DMY('s.SaleDate')} IN {HOLS} "
         f"OR {DMY('s.SaleDate')} < {DMY('t.DateOpened')} OR instr(CASE t.SiteCode WHEN 'KNB' THEN '234560' WHEN 'PAT' THEN '4560' ELSE '123456' END, strftime('%w', {DMY('s.SaleDate')})) = 0 "
         f"OR {DMY('s.SaleDate')} < {DMY('f.StartDt')} OR (f.LeaveDt IS NOT NULL AND {DMY('s.SaleDate')} > {DMY('f.LeaveDt')}) "
         f"OR (f.JobTitle = 'Weekend Assistant' AND strftime('%w', {DMY('s.SaleDate')}) NOT IN ('0', '6'))"),
        ("statements: sales = the dealer's completed sales in the month; commission at the dealer's rate; rent = units let on the 1st (pounds -> pence); "
         "net = sales - commission - rent; Draft for December 2025, Issued for November 2025, Paid before",
         "SELECT COUNT(*) FROM tblDealerStmt m JOIN tblDealer d ON d.DealerID = m.DealerID JOIN tlkpStatus st ON st.StatusID = m.StatusID WHERE st.StatusGroup <> 'STMT' "
         "OR m.SalesPence <> COALESCE((SELECT SUM(sl.SoldPence) FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblItem i ON i.ItemID = sl.ItemID "
         "WHERE i.DealerID = m.DealerID AND s.StatusID = 1 AND CAST(substr(s.SaleDate, 7, 4) || substr(s.SaleDate, 4, 2) AS INTEGER) = m.StmtPeriod), 0) "
         "OR m.CommPence <> (m.SalesPence * CAST(d.CommPct AS INTEGER) + 50) / 100 OR m.NetPence <> m.SalesPence - m.CommPence - m.RentPence "
         "OR m.RentPence <> COALESCE((SELECT SUM(CAST(ROUND(u.MonthlyRent * 100) AS INTEGER)) FROM tblDealerUnit du JOIN tblUnit u ON u.UnitID = du.UnitID WHERE du.DealerID = m.DealerID "
         f"AND {DMY('du.FromDt')} <= printf('%04d-%02d-01', m.StmtPeriod / 100, m.StmtPeriod % 100) AND (du.ToDt IS NULL OR {DMY('du.ToDt')} >= printf('%04d-%02d-01', m.StmtPeriod / 100, m.StmtPeriod % 100))), 0) "
         "OR st.StatusDesc <> CASE WHEN m.StmtPeriod = 202512 THEN 'Draft' WHEN m.StmtPeriod = 202511 THEN 'Issued' ELSE 'Paid' END "
         "OR (m.PaidDt IS NULL) <> (st.StatusDesc <> 'Paid') OR (m.IssuedDt IS NULL) <> (st.StatusDesc = 'Draft')"),
        ("dealers and lettings: lettings inside the dealer's time with us and after the centre opened; no unit let twice at once; "
         "Active 'N' exactly for leavers; soft-deleted dealers have no lettings or stock; only the owner has no manager",
         "SELECT (SELECT COUNT(*) FROM tblDealerUnit du JOIN tblDealer d ON d.DealerID = du.DealerID JOIN tblUnit u ON u.UnitID = du.UnitID JOIN tblSite t ON t.SiteID = u.SiteID "
         f"WHERE d.IsDeleted = 1 OR {DMY('du.FromDt')} < {DMY('d.JoinedDt')} OR {DMY('du.FromDt')} < {DMY('t.DateOpened')} OR (du.ToDt IS NULL) <> (d.LeftDt IS NULL) "
         f"OR EXISTS (SELECT 1 FROM tblDealerUnit o WHERE o.UnitID = du.UnitID AND o.DealerID <> du.DealerID AND {DMY('o.FromDt')} <= COALESCE({DMY('du.ToDt')}, '9999') "
         f"AND {DMY('du.FromDt')} <= COALESCE({DMY('o.ToDt')}, '9999'))) + (SELECT COUNT(*) FROM tblDealer d WHERE (d.Active = 'N') <> (d.LeftDt IS NOT NULL) "
         "OR (d.IsDeleted = 1 AND EXISTS (SELECT 1 FROM tblItem i WHERE i.DealerID = d.DealerID))) + (SELECT COUNT(*) FROM tblStaff f WHERE (f.MgrID IS NULL) <> (f.JobTitle = 'Owner'))"),
    ],
}
EDGE = {
    "broadland_tackle": [
        ("cancelled website orders", "SELECT COUNT(*) FROM orders WHERE cancelled_at IS NOT NULL"),
        ("test orders", "SELECT COUNT(*) FROM orders WHERE test = 1"),
        ("declined payments", "SELECT COUNT(*) FROM transactions WHERE status = 'failure'"),
        ("split gift-card payments", "SELECT COUNT(*) FROM (SELECT order_id FROM transactions WHERE kind = 'sale' AND status = 'success' GROUP BY order_id HAVING COUNT(*) > 1)"),
        ("partial and full refunds", "SELECT COUNT(DISTINCT financial_status) - 1 FROM orders WHERE financial_status IN ('refunded', 'partially_refunded')"),
        ("an archived and a draft product", "SELECT COUNT(DISTINCT status) - 1 FROM products WHERE status IN ('archived', 'draft')"),
        ("a price rise", "SELECT COUNT(*) FROM line_items li JOIN variants v ON v.id = li.variant_id WHERE li.price <> v.price"),
        ("activity in GMT and BST", "SELECT COUNT(DISTINCT substr(created_at, 20)) - 1 FROM orders"),
        ("customers without e-mail", "SELECT COUNT(*) FROM customers WHERE email IS NULL"),
        ("empty tags", "SELECT COUNT(*) FROM customers WHERE tags = ''"),
        ("a location that never sells", "SELECT COUNT(*) FROM locations l WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.location_id = l.id)"),
    ],
    "nidderdale_antiques": [
        ("voided and refunded sales", "SELECT COUNT(DISTINCT StatusID) - 1 FROM tblSale WHERE StatusID IN (2, 3)"),
        ("soft-deleted dealers, items and a site", "SELECT MIN((SELECT COUNT(*) FROM tblDealer WHERE IsDeleted = 1), (SELECT COUNT(*) FROM tblItem WHERE IsDeleted = 1), (SELECT COUNT(*) FROM tblSite WHERE IsDeleted = 1))"),
        ("dealer and staff leavers", "SELECT MIN((SELECT COUNT(*) FROM tblDealer WHERE LeftDt IS NOT NULL), (SELECT COUNT(*) FROM tblStaff WHERE LeaveDt IS NOT NULL))"),
        ("reserved and withdrawn items", "SELECT MIN((SELECT COUNT(*) FROM tblItem WHERE ItemStatusID = 12), (SELECT COUNT(*) FROM tblItem WHERE ItemStatusID = 13))"),
        ("haggled prices", "SELECT COUNT(*) FROM tblSaleLine sl JOIN tblItem i ON i.ItemID = sl.ItemID WHERE sl.SoldPence < i.TicketPence"),
        ("a centre opened during the data", "SELECT COUNT(*) FROM tblSite WHERE substr(DateOpened, 7, 4) = '2024'"),
        ("negative dealer statements", "SELECT COUNT(*) FROM tblDealerStmt WHERE NetPence < 0"),
        ("items entered before the data starts", "SELECT COUNT(*) FROM tblItem WHERE DateAdded < '2024-01-02'"),
        ("a sale on the 1st to 12th of a month (DD/MM sorting trap)", "SELECT COUNT(*) FROM tblSale WHERE CAST(substr(SaleDate, 1, 2) AS INTEGER) <= 12"),
    ],
}
RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season)\b|\btoday\b|\byesterday\b|\bright now\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b|\bago\b|\bat the moment\b|\blately\b|\bthese days\b|\bnowadays\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest|busiest) first|"
                         r"\bin (month|date|time|alphabetical) order|\border(ed)? by\b|\bsorted\b|\branked\b", re.I)
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


def words_of(ident):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", ident)
    return [x for x in re.split(r"[_\s]+", s.lower()) if x]


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
    pk_of = {t: [c[1] for c in sorted(con.execute(f"PRAGMA table_info({qi(t)})"), key=lambda c: c[5]) if c[5]] for t in tables}
    uniq_of = {t: [[r[2] for r in con.execute(f"PRAGMA index_info({qi(ix[1])})")] for ix in con.execute(f"PRAGMA index_list({qi(t)})") if ix[2]] for t in tables}
    idents, text_values = set(), set()
    self_ref = link = accented = False
    for t in tables:
        idents.add(t)
        fks = con.execute(f"PRAGMA foreign_key_list({qi(t)})").fetchall()
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
        if style == "shopify":
            if not re.fullmatch(r"[a-z]+(_[a-z]+)*s", t):
                fail(f"{name}.{t}: not a plural Shopify resource table name")
            if pk_of[t] != ["id"]:
                fail(f"{name}.{t}: no integer id primary key")
        else:
            if not re.fullmatch(r"(tbl|tlkp)([A-Z][a-z]+)+", t):
                fail(f"{name}.{t}: table name is not tbl/tlkp + PascalCase")
        for c in cols:
            col, typ = c[1], (c[2] or "").upper()
            idents.add(col)
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if style == "shopify":
                if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", col):
                    fail(f"{name}.{t}.{col}: column is not snake_case")
                if (t, col) in SHOPIFY_MONEY and bad(f"typeof({q}) <> 'text' OR NOT ({q} GLOB '[0-9]*.[0-9][0-9]' OR {q} GLOB '-[0-9]*.[0-9][0-9]') OR {q} GLOB '*.[0-9][0-9][0-9]*'"):
                    fail(f"{name}.{t}.{col}: money that is not a decimal string with 2 decimals")
                if col.endswith("_at") and bad(f"typeof({q}) <> 'text' OR NOT {q} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]+0[01]:00' "
                                               f"OR strftime('%Y-%m-%dT%H:%M:%S', substr({q}, 1, 19)) IS NOT substr({q}, 1, 19) OR NOT ({TS_OK.format(c=q, d='substr(' + q + ', 1, 10)')})"):
                    fail(f"{name}.{t}.{col}: timestamps that are not ISO 8601 with the UK offset of their day")
                if (t, col) in SHOPIFY_ENUMS:
                    v = vals() - {None}
                    if not v <= SHOPIFY_ENUMS[(t, col)] or len(v) < 2:
                        fail(f"{name}.{t}.{col}: values {sorted(v)} outside {sorted(SHOPIFY_ENUMS[(t, col)])} or not varying")
                if (t, col) in SHOPIFY_BOOLS and vals() != {0, 1}:
                    fail(f"{name}.{t}.{col}: boolean not 0/1 or never varies")
                if col == "id" and t not in ("customer_addresses",) and bad(f"{q} < 10000000"):
                    fail(f"{name}.{t}.id: not a Shopify-sized id")
                if col.endswith("_id") and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            else:
                if not re.fullmatch(r"([A-Z][a-z0-9]*)+(ID)?", col) and col not in ("UnitNo", "TelNo"):
                    fail(f"{name}.{t}.{col}: column is not PascalCase")
                if (t, col) in DMY_COLS and bad(f"typeof({q}) <> 'text' OR date({DMY(q)}) IS NOT {DMY(q)} OR length({q}) <> 10"):
                    fail(f"{name}.{t}.{col}: dates that are not 'DD/MM/YYYY'")
                if (t, col) in PENCE_COLS and bad(f"typeof({q}) <> 'integer'"):
                    fail(f"{name}.{t}.{col}: pence that are not integers")
                if col == "DateAdded" and bad(f"datetime({q}) IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: not an ISO 'YYYY-MM-DD HH:MM:SS' stamp")
                if col == "StmtPeriod" and bad(f"typeof({q}) <> 'integer' OR {q} % 100 NOT BETWEEN 1 AND 12"):
                    fail(f"{name}.{t}.{col}: not an integer YYYYMM")
                if col == "IsDeleted" and vals() != {0, 1}:
                    fail(f"{name}.{t}.{col}: soft-delete bit not 0/1 or never varies")
                if col == "Active" and vals() != {"Y", "N"}:
                    fail(f"{name}.{t}.{col}: Active is not 'Y' / 'N' or never varies")
                if col.endswith("ID") and col != pk_of[t][0] if pk_of[t] else False:
                    if col not in fk_cols:
                        fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
            if typ in ("TEXT", "CHAR(1)", "CHAR(3)", "CHAR(4)") or typ.startswith("VARCHAR"):
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE typeof({q}) = 'text' AND length({q}) <= 80"):
                    text_values.add(v)
                    if not accented and re.search(r"[^\x00-\x7f£]", v) and re.search(r"name", col, re.I):
                        accented = True
    if style == "handrolled" and "IsDeleted" not in {c for t in SOFT_DELETE for c in [r[1] for r in con.execute(f"PRAGMA table_info({qi(t)})")]}:
        fail(f"{name}: no soft-delete bits")
    if not self_ref:
        fail(f"{name}: no self-referencing foreign key")
    if not link:
        fail(f"{name}: no many-to-many link table (a key over two foreign keys)")
    if not accented:
        fail(f"{name}: no accented names")
    if not con.execute(PLACE[style]).fetchall():
        fail(f"{name}: no town name shared by two counties")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        fail(f"{name}: foreign_key_check reports dangling keys")
    if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        fail(f"{name}: integrity_check failed")
    for label, sql in EDGE[name]:
        if not con.execute(sql).fetchone()[0]:
            fail(f"{name}: soft edge case missing: {label}")
    for label, sql in INVARIANTS[name]:
        n = con.execute(sql).fetchone()[0]
        if n:
            fail(f"{name}: invariant broken ({n}): {label}")
    con.close()
    return idents, text_values


# ------------------------------------------------------------------ SQL helpers
def scan_top(sql):
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
    return (head, rest[:m.start()], rest[m.start():]) if m else (head, rest, "")


def outer_select_list(sql):
    up = sql.upper()
    start = next((i + len("SELECT") for i, _ in scan_top(sql) if up.startswith("SELECT", i)), None)
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
    return [m.group(1).replace("''", "'") for m in re.finditer(r"'((?:[^']|'')*)'", sql)]


def strip_strings(sql):
    return re.sub(r"'(?:[^']|'')*'", "''", sql)


def check_kind(q, kind, sql):
    u = strip_strings(sql).upper()
    periods = set(re.findall(r"20\d\d(?:-Q[1-4]|-\d\d(?:-\d\d)?)?", sql))
    need = {
        "count": "COUNT(" in u,
        "total": "SUM(" in u or "AVG(" in u,
        "breakdown": "GROUP BY" in u and "LIMIT" not in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)),
        "attribute": "GROUP BY" not in u and "COUNT(" not in u and "SUM(" not in u and "WHERE" in u,
        "list": "WHERE" in u and "LIMIT" not in u and "GROUP BY" not in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|IS NULL|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": any(re.fullmatch(r"ROUND\(.*,\s*4\)(\s+AS\s+\w+)?", it, re.S | re.I) for it in split_top_commas(outer_select_list(sql))),
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
    if re.search(r"\b[a-z]+[A-Z][a-z]+\w*\b|\b[A-Z][a-z]+[A-Z][a-z]+\w*\b", text.replace("PayPal", "Paypal")):
        fail(f"{q['id']}: camelCase / PascalCase token in question text")
    for ident in idents:
        if ident in text and (("_" in ident) or re.search(r"[a-z][A-Z]", ident)) and re.search(r"\b" + re.escape(ident) + r"\b", text):
            fail(f"{q['id']}: question mentions schema identifier {ident}")
        w = words_of(ident)
        need = 2 if re.search(r"[a-z][A-Z]", ident) else 3
        if len(w) >= need and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
            fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
    for phrase in LEAKY:
        if re.search(r"\b" + re.escape(phrase) + r"\b", text, re.I):
            fail(f"{q['id']}: question uses the column-like phrase '{phrase}'")
    if re.search(r"\b(table|column|schema|database|field|record|row)s?\b|\bsql\b|\bjson\b|\benum\b|\bflag\b|\bslug\b|\bboolean\b|\bpence\b|\bstatus id\b", text, re.I):
        fail(f"{q['id']}: question talks about the database structure or storage")
    if RELATIVE.search(text):
        fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
    years_q = set(YEAR_TOKEN.findall(text))
    for y in sorted(years_q):
        if y not in sql:
            fail(f"{q['id']}: question mentions {y} but the SQL does not")
    if (re.search(r"20[12]\d", " ".join(literals(sql))) or re.search(r"\b20[12]\d(0[1-9]|1[0-2])\b", strip_strings(sql))) and not years_q:
        fail(f"{q['id']}: SQL filters on a date but the question names no year")


def check_sql_conventions(q, dbn, style, tvals):
    text, sql = q["question"], q["sql"]
    bare = strip_strings(sql)
    if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or ";" in sql.rstrip().rstrip(";") or FORBIDDEN_SQL.search(bare):
        fail(f"{q['id']}: SQL is not a single read-only SELECT")
    if re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b(?!\s*\.)", bare):
        fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
    for it in split_top_commas(outer_select_list(sql)):
        for fcol, lcol in NAME_PAIRS:
            if re.search(r"\b" + fcol + r"\b", it) or re.search(r"\b" + lcol + r"\b", it):
                if not re.search(r"(\w+\.)?" + fcol + r"\s*\|\|\s*' '\s*\|\|\s*(\w+\.)?" + lcol, it):
                    fail(f"{q['id']}: person's name not returned as one column first || ' ' || last")
    if q.get("_kind") == "share" and "/" in bare and not re.search(r"1\.0\b", bare):
        fail(f"{q['id']}: share divides without forcing real division (1.0 * ...)")
    if style == "shopify":
        money = r"\b(total_price|subtotal_price|total_tax|total_discounts?|current_total_price|price|amount|subtotal|total_spent|compare_at_price)\b"
        for m in re.finditer(r"\b(SUM|AVG|MIN|MAX)\((.*?)\)\)?", bare, re.I):
            if re.search(money, m.group(2)) and "CAST(" not in m.group(2).upper():
                fail(f"{q['id']}: Shopify money (TEXT) aggregated without CAST AS REAL")
                break
        if re.search(r"\b(price|amount|total_price)\s*(<|>|<=|>=)\s*\d", bare):
            fail(f"{q['id']}: Shopify money (TEXT) compared with a number without CAST")
        if re.search(r"\borders\b", bare) and re.search(r"\b(SUM|AVG|COUNT)\(", bare, re.I) and not (re.search(r"cancelled_at", bare) and re.search(r"\btest\b", bare)):
            fail(f"{q['id']}: orders aggregated without settling cancelled and test orders")
        if re.search(r"\b(SUM|AVG)\([^)]*(total_price|total_tax|li\.price|subtotal_price)", bare) or re.search(r"t\.kind = ''", bare) and "sale" in literals(sql) and re.search(r"\bSUM\(", bare):
            if not re.search(r"refund", text, re.I):
                fail(f"{q['id']}: order money aggregated but the question does not say how refunds are treated")
        if re.search(r"\bcreated_at\s*(=|<|>|<=|>=|BETWEEN)\s*''", bare):
            fail(f"{q['id']}: an offset timestamp compared whole (use substr on the local date)")
    else:
        if re.search(r"\btblSale\b", bare) and re.search(r"\b(SUM|AVG|COUNT)\(", bare, re.I) and not re.search(r"StatusID|StatusDesc", bare):
            fail(f"{q['id']}: sales aggregated without settling their status (voided / refunded)")
        if re.search(r"\bFROM tblDealer\b", bare) and "IsDeleted" not in bare:
            fail(f"{q['id']}: dealers listed without leaving out soft-deleted accounts")
        if re.search(r"\b(SaleDate|\w+Dt|DateOpened)\s*(<|>|<=|>=|BETWEEN)", bare) or re.search(r"substr\(\s*(\w+\.)?(SaleDate|\w+Dt|DateOpened)\s*,\s*1\s*,\s*(4|7)\s*\)", bare):
            fail(f"{q['id']}: a 'DD/MM/YYYY' date compared or cut as if it were ISO")
        if q.get("_kind") != "share" and re.search(r"\b(SoldPence|TotalPence|TicketPence|\w+Pence)\b", outer_select_list(sql)) and not re.search(r"/\s*100\.0", outer_select_list(sql)):
            fail(f"{q['id']}: pence returned without converting to pounds")
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|20\d\d-Q[1-4]|-?\d+(\.\d+)?|\d\d|\d\d-\d\d|[ \-/,]*|-Q|%.*|.*%|, ", lit):
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
                if isinstance(v, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", v):
                    fail(f"{q['id']}: a 'DD/MM/YYYY' date returned as stored (return ISO 'YYYY-MM-DD')")
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
                if con.execute(f"{head}ORDER BY {expr.strip()}, {tb}{tail}").fetchall() != rows:
                    fail(f"{q['id']}: tie in ORDER BY (changes with {dct} tie-breakers)")
                    break
            if tail:
                n = int(re.search(r"\d+", tail).group(0))
                more = con.execute(f"{head}ORDER BY {expr.strip()} LIMIT {n + 1}").fetchall()
                if len(more) > n and more[n][-1] == more[n - 1][-1]:
                    fail(f"{q['id']}: tie at the LIMIT cut (row {n + 1} has the same value as row {n})")
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
