"""Checks the store-blind-15 databases and questions. Prints PASS or the list of failures.

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; plant_faults.py passes scratch copies)

Every database is opened read-only (mode=ro URI + PRAGMA query_only). Checks:
  * databases: 8-14 tables, 5-20,000 rows per table, 10,000-40,000 rows per database; declared FKs that point at
    primary keys; foreign_key_check / integrity_check clean; a self-referencing FK; a many-to-many link table;
    accented names; a town name shared by two counties; a closed location / branch; leavers; archived or discontinued
    items; refunds; cancelled orders; per-database invariants (totals = sums of lines, VAT, payments, trading days,
    staff employed where they work, statuses, bookings within capacity, ...);
  * naming styles: whisk_and_anvil = POS platform export (plural snake_case tables and columns, *_at RFC 3339 UTC
    'YYYY-MM-DDTHH:MM:SS.mmmZ', *_on 'YYYY-MM-DD', INTEGER pence in *_money, UPPER_CASE enums, 0/1 flags, quantity as
    TEXT digits, every *_id a declared FK); wren_and_veil = hand-made Access database (Title Case names with spaces,
    dates 'YYYY-MM-DD 00:00:00', times 'HH:MM', REAL euro with 2 decimals, Yes/No as 0/1, Title Case statuses, every
    "... ID" and "Reports To" / "Referred By" / "Sold By" a declared FK);
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape; plain English
    (no identifiers, underscores, camelCase, column-like phrases, structure words, relative periods); years in the
    text <-> dates in the SQL; cancelled orders settled in money questions; orders counted at header level; pence
    turned into pounds; TEXT quantities cast; Access dates never compared with <= / BETWEEN a bare date; every SQL
    string literal a stored value;
  * results: non-empty, <= 15 rows, no NULL cell, no single-cell 0, money / averages rounded to 2 decimals, shares as
    ratios in (0, 1) rounded to 4 decimals (never 100 * ...), months 'YYYY-MM', quarters 'YYYY-Qn', a person's name as
    ONE column, LIMIT only with ORDER BY, order_matters both ways, no tie at a LIMIT cut or in an ordered answer.
"""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"whisk_and_anvil": "export", "wren_and_veil": "access"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_ROWS = 15
TABLES_RANGE, ROWS_TABLE, ROWS_DB = (8, 14), (5, 20000), (10000, 40000)
PLACE = {"export": [("locality", "administrative_district_level_1")], "access": [("Town", "County")]}
NAME_PAIRS = [("given_name", "family_name"), ('"First Name"', '"Last Name"')]
EXPORT_ENUMS = {"type", "status", "state", "source_type", "card_brand", "creation_source", "pricing_type", "currency", "country"}
EXPORT_FLAGS = {"is_owner", "is_archived", "is_primary", "track_inventory", "email_unsubscribed"}
ACCESS_FLAGS = {"Active", "Sample In Store", "Discontinued", "Favourite", "Said Yes", "Off The Peg", "Rush Order", "Marketing OK"}
ACCESS_FK_NAMES = {"Reports To", "Referred By", "Sold By"}
ACCESS_STATUS = {("Appointments", "Status"), ("Orders", "Status"), ("Alterations", "Status"), ("Appointments", "Appointment Type"),
                 ("Payments", "Payment Type"), ("Payments", "Method"), ("Staff", "Job Title")}
LEAKY = ["total money", "tax money", "discount money", "base price", "gross sales", "price money", "amount money", "cost money",
         "source type", "card brand", "creation source", "discount name", "variation name", "item variation", "team member",
         "track inventory", "email unsubscribed", "pricing type", "administrative district", "job title", "hourly rate",
         "reports to", "order total", "line total", "unit price", "retail price", "cost price", "rush fee", "rush order",
         "said yes", "party size", "appointment type", "payment type", "how heard", "referred by", "sample in store",
         "style code", "order ref", "work description", "lead time weeks", "collection year", "date added", "marketing ok",
         "off the peg", "sold by", "qty", "order item"]
# header / line tables: counting orders must happen at header level
GRAIN = {"whisk_and_anvil": (r"\border_line_items\b", r"\border_id\b"), "wren_and_veil": (r'"Order Items"', r'"Order ID"')}
# money sums on orders / lines must settle cancelled orders (in the SQL or in the words)
SETTLE = {"whisk_and_anvil": (r"\b(orders|order_line_items)\b", r"SUM\([^)]*(total_money|total_tax_money|total_discount_money|gross_sales_money)",
                              r"\bstate\b|\bpayments\b", r"cancel"),
          "wren_and_veil": (r'"(Orders|Order Items)"', r'SUM\([^)]*("Order Total"|"Line Total"|"Discount"|"Rush Fee")', r'"Status"', r"cancel")}
FESTIVALS = ["2023-06-24", "2023-06-25", "2024-06-29", "2024-06-30", "2025-06-28", "2025-06-29", "2023-09-08", "2023-09-09",
             "2023-09-10", "2024-09-13", "2024-09-14", "2024-09-15", "2025-09-12", "2025-09-13", "2025-09-14", "2023-11-25",
             "2023-11-26", "2024-11-30", "2024-12-01", "2025-11-29", "2025-11-30"]
FEST = "(" + ", ".join(f"'{d}'" for d in FESTIVALS) + ")"
OD = "substr(o.created_at, 1, 10)"
INVARIANTS = {
    "whisk_and_anvil": [
        ("every order has lines; order total / VAT / discount = sums of its lines",
         "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_line_items l WHERE l.order_id = o.id) "
         "OR o.total_money <> (SELECT SUM(total_money) FROM order_line_items l WHERE l.order_id = o.id) "
         "OR o.total_tax_money <> (SELECT SUM(total_tax_money) FROM order_line_items l WHERE l.order_id = o.id) "
         "OR o.total_discount_money <> (SELECT SUM(total_discount_money) FROM order_line_items l WHERE l.order_id = o.id)"),
        ("line: gross = quantity x base price; total = gross - discount; discount = the order's discount rate; VAT = 1/6 of a standard-rated total, 0 when zero-rated",
         "SELECT COUNT(*) FROM order_line_items l JOIN orders o ON o.id = l.order_id JOIN item_variations v ON v.id = l.item_variation_id "
         "JOIN items i ON i.id = v.item_id WHERE CAST(l.quantity AS INTEGER) < 1 OR l.quantity <> CAST(CAST(l.quantity AS INTEGER) AS TEXT) "
         "OR l.gross_sales_money <> CAST(l.quantity AS INTEGER) * l.base_price_money OR l.total_money <> l.gross_sales_money - l.total_discount_money "
         "OR l.total_discount_money <> (l.gross_sales_money * CASE o.discount_name WHEN 'Staff 20%' THEN 20 WHEN 'Cookery Class 10%' THEN 10 "
         "WHEN 'Black Friday 15%' THEN 15 WHEN 'Closing Down 30%' THEN 30 WHEN 'Trade 10%' THEN 10 ELSE 0 END * 2 + 100) / 200 "
         "OR l.total_tax_money <> CASE i.tax_name WHEN 'VAT 20%' THEN (l.total_money * 40 + 120) / 240 WHEN 'VAT 0%' THEN 0 ELSE -1 END"),
        ("line names match the item and variation; price = today's, or the pre-March-2025 price for Severn Forge / Ironbridge; sold after the item was created and before it was archived",
         "SELECT COUNT(*) FROM order_line_items l JOIN orders o ON o.id = l.order_id JOIN item_variations v ON v.id = l.item_variation_id "
         "JOIN items i ON i.id = v.item_id WHERE l.name <> i.name OR l.variation_name <> v.name "
         "OR NOT (l.base_price_money = v.price_money AND (" + OD + " >= '2025-03-01' OR i.brand NOT IN ('Severn Forge', 'Ironbridge')) "
         "OR (" + OD + " < '2025-03-01' AND i.brand IN ('Severn Forge', 'Ironbridge') AND l.base_price_money = v.price_money - 100 * CAST(ROUND(v.price_money * 0.08 / 100.0) AS INTEGER))) "
         "OR " + OD + " <= substr(i.created_at, 1, 10) OR (i.is_archived = 1 AND " + OD + " >= substr(i.updated_at, 1, 10))"),
        ("completed orders are paid in full and closed at the last payment; canceled orders have no payment, refund or closing time",
         "SELECT COUNT(*) FROM orders o WHERE (o.state = 'COMPLETED' AND (o.total_money <> COALESCE((SELECT SUM(amount_money) FROM payments p WHERE p.order_id = o.id), -1) "
         "OR o.closed_at IS NOT (SELECT MAX(created_at) FROM payments p WHERE p.order_id = o.id) OR o.closed_at < o.created_at)) "
         "OR (o.state = 'CANCELED' AND (o.closed_at IS NOT NULL OR EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id) OR EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id))) "
         "OR o.state NOT IN ('COMPLETED', 'CANCELED')"),
        ("payments at the order's location; a card brand only on card and gift-card payments",
         "SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.location_id <> o.location_id OR p.amount_money <= 0 "
         "OR (p.source_type = 'CASH') <> (p.card_brand IS NULL) OR (p.source_type = 'GIFT_CARD') <> (p.card_brand IS 'SQUARE_GIFT_CARD') OR p.created_at < o.created_at"),
        ("orders only on the location's trading days (shops Mon-Sat, December Sundays in Shrewsbury and Hereford, never 25/26 Dec or 1 Jan; the stall only on festival days)",
         "SELECT COUNT(*) FROM orders o JOIN locations l ON l.id = o.location_id WHERE CASE WHEN l.type = 'MOBILE' THEN " + OD + " NOT IN " + FEST +
         " ELSE substr(" + OD + ", 6, 5) IN ('12-25', '12-26', '01-01') OR (strftime('%w', " + OD + ") = '0' AND NOT (substr(" + OD + ", 6, 2) = '12' AND l.name IN ('Shrewsbury', 'Hereford'))) END "
         "OR (l.name = 'Leominster' AND " + OD + " >= '2024-06-30') OR (l.name = 'Newport' AND " + OD + " < '2024-10-05') OR (l.name = 'Hereford' AND " + OD + " < '2020-09-01')"),
        ("the person on the till works on the shop floor at that shop (the stall: Shrewsbury or Ludlow staff) and was employed that day",
         "SELECT COUNT(*) FROM orders o JOIN team_members t ON t.id = o.team_member_id JOIN locations l ON l.id = o.location_id "
         "LEFT JOIN locations tl ON tl.id = t.location_id WHERE t.job_title NOT IN ('Shop Manager', 'Assistant Manager', 'Sales Assistant') "
         "OR (l.type = 'PHYSICAL' AND t.location_id IS NOT o.location_id) OR (l.type = 'MOBILE' AND tl.name NOT IN ('Shrewsbury', 'Ludlow')) "
         "OR " + OD + " < t.hired_on OR (t.left_on IS NOT NULL AND " + OD + " > t.left_on)"),
        ("refunds: a line of the same order, paid by a payment of that order, later, at the same location; amount = the line's share; never more units than sold",
         "SELECT COUNT(*) FROM refunds r JOIN orders o ON o.id = r.order_id JOIN order_line_items l ON l.id = r.line_item_id JOIN payments p ON p.id = r.payment_id "
         "WHERE l.order_id <> r.order_id OR p.order_id <> r.order_id OR r.location_id <> o.location_id OR r.created_at <= o.created_at "
         "OR r.quantity < 1 OR r.amount_money <> (l.total_money * r.quantity * 2 + CAST(l.quantity AS INTEGER)) / (2 * CAST(l.quantity AS INTEGER)) "
         "OR r.amount_money > p.amount_money OR (SELECT SUM(quantity) FROM refunds x WHERE x.line_item_id = r.line_item_id) > CAST(l.quantity AS INTEGER) "
         "OR r.status <> 'COMPLETED'"),
        ("all activity is between 06:00 and 22:00 UK time, so the UTC date in every timestamp is the local date",
         "SELECT (SELECT COUNT(*) FROM orders WHERE CAST(substr(created_at, 12, 2) AS INTEGER) NOT BETWEEN 5 AND 21) "
         "+ (SELECT COUNT(*) FROM payments WHERE CAST(substr(created_at, 12, 2) AS INTEGER) NOT BETWEEN 5 AND 21) "
         "+ (SELECT COUNT(*) FROM refunds WHERE CAST(substr(created_at, 12, 2) AS INTEGER) NOT BETWEEN 5 AND 21) "
         "+ (SELECT COUNT(*) FROM cookery_classes WHERE CAST(substr(starts_at, 12, 2) AS INTEGER) NOT BETWEEN 5 AND 21) "
         "+ (SELECT COUNT(*) FROM class_bookings WHERE CAST(substr(created_at, 12, 2) AS INTEGER) NOT BETWEEN 5 AND 21)"),
        ("customers exist before their orders and bookings; updated_at >= created_at",
         "SELECT (SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at < c.created_at) "
         "+ (SELECT COUNT(*) FROM class_bookings b JOIN customers c ON c.id = b.customer_id WHERE b.created_at < c.created_at) "
         "+ (SELECT COUNT(*) FROM customers WHERE updated_at < created_at)"),
        ("team: only the owner reports to nobody; INACTIVE = has a leaving date; the manager was employed on the person's last day",
         "SELECT (SELECT COUNT(*) FROM team_members WHERE (reports_to_id IS NULL) <> (is_owner = 1) OR reports_to_id = id OR (status = 'INACTIVE') <> (left_on IS NOT NULL) OR left_on < hired_on) "
         "+ (SELECT COUNT(*) FROM team_members t JOIN team_members m ON m.id = t.reports_to_id WHERE m.hired_on > COALESCE(t.left_on, '2025-12-31') OR m.left_on < COALESCE(t.left_on, '2025-12-31'))"),
        ("cookery classes: taught by a tutor of that shop or the owner, employed that day; SCHEDULED only after 2025; canceled classes have only seller-cancelled bookings",
         "SELECT COUNT(*) FROM cookery_classes c JOIN team_members t ON t.id = c.instructor_id WHERE NOT ((t.job_title = 'Cookery Tutor' AND t.location_id = c.location_id) OR t.is_owner = 1) "
         "OR substr(c.starts_at, 1, 10) < t.hired_on OR (t.left_on IS NOT NULL AND substr(c.starts_at, 1, 10) > t.left_on) "
         "OR (c.status = 'SCHEDULED') <> (c.starts_at > '2026') "
         "OR EXISTS (SELECT 1 FROM class_bookings b WHERE b.class_id = c.id AND (b.status = 'CANCELLED_BY_SELLER') <> (c.status = 'CANCELED'))"),
        ("bookings: amount = seats x class price; made before the class; seats not cancelled never exceed capacity",
         "SELECT (SELECT COUNT(*) FROM class_bookings b JOIN cookery_classes c ON c.id = b.class_id WHERE b.amount_money <> b.seats * c.price_money OR b.created_at >= c.starts_at OR b.seats < 1) "
         "+ (SELECT COUNT(*) FROM cookery_classes c WHERE (SELECT COALESCE(SUM(seats), 0) FROM class_bookings b WHERE b.class_id = c.id AND b.status NOT LIKE 'CANCELLED%') > c.capacity)"),
        ("one primary vendor per item; categories nest one level deep; a closed location is INACTIVE",
         "SELECT (SELECT COUNT(*) FROM items i WHERE (SELECT COUNT(*) FROM item_vendors v WHERE v.item_id = i.id AND v.is_primary = 1) <> 1) "
         "+ (SELECT COUNT(*) FROM categories c JOIN categories p ON p.id = c.parent_category_id WHERE p.parent_category_id IS NOT NULL) "
         "+ (SELECT COUNT(*) FROM locations WHERE (status = 'INACTIVE') <> (name = 'Leominster'))"),
    ],
    "wren_and_veil": [
        ("order total = sum of line totals + rush fee; line total = quantity x unit price - discount; one gown line per order",
         'SELECT COUNT(*) FROM "Orders" o WHERE ABS(o."Order Total" - o."Rush Fee" - (SELECT SUM("Line Total") FROM "Order Items" i WHERE i."Order ID" = o."Order ID")) > 0.005 '
         'OR (SELECT COUNT(*) FROM "Order Items" i WHERE i."Order ID" = o."Order ID" AND i."Style ID" IS NOT NULL) <> 1 '
         'OR EXISTS (SELECT 1 FROM "Order Items" i WHERE i."Order ID" = o."Order ID" AND (ABS(i."Line Total" - (i."Quantity" * i."Unit Price" - i."Discount")) > 0.005 '
         'OR (i."Style ID" IS NULL) = (i."Accessory ID" IS NULL) OR (i."Style ID" IS NOT NULL) <> (i."Size" IS NOT NULL) OR i."Quantity" < 1 OR i."Discount" < 0))'),
        ("line prices are the list prices of the style or accessory",
         'SELECT COUNT(*) FROM "Order Items" i LEFT JOIN "Gown Styles" g ON g."Style ID" = i."Style ID" LEFT JOIN "Accessories" a ON a."Accessory ID" = i."Accessory ID" '
         'WHERE i."Unit Price" <> COALESCE(g."Retail Price", a."Price")'),
        ("order status matches its dates; off-the-peg gowns arrive on the order date; rush fee only on rush orders",
         'SELECT COUNT(*) FROM "Orders" WHERE NOT (("Status" = \'On Order\' AND "Arrived Date" IS NULL AND "Collected Date" IS NULL AND "Due Date" IS NOT NULL) '
         'OR ("Status" = \'Arrived\' AND "Arrived Date" IS NOT NULL AND "Collected Date" IS NULL) '
         'OR ("Status" = \'Collected\' AND "Arrived Date" IS NOT NULL AND "Collected Date" >= "Arrived Date") '
         'OR ("Status" = \'Cancelled\' AND "Arrived Date" IS NULL AND "Collected Date" IS NULL AND "Due Date" IS NULL)) '
         'OR ("Off The Peg" = 1 AND "Arrived Date" IS NOT "Order Date") OR ("Rush Order" = 0) <> ("Rush Fee" = 0) OR "Arrived Date" < "Order Date"'),
        ("every order comes from an attended appointment of that bride, at that branch, that day, where she said yes, sold by that stylist; one order per yes",
         'SELECT (SELECT COUNT(*) FROM "Orders" o LEFT JOIN "Appointments" a ON a."Appointment ID" = o."Appointment ID" WHERE a."Appointment ID" IS NULL '
         'OR a."Customer ID" <> o."Customer ID" OR a."Branch ID" <> o."Branch ID" OR a."Appointment Date" <> o."Order Date" OR a."Said Yes" <> 1 '
         'OR a."Status" <> \'Attended\' OR a."Staff ID" <> o."Sold By") '
         '+ (SELECT COUNT(*) FROM "Appointments" a WHERE a."Said Yes" = 1 AND (SELECT COUNT(*) FROM "Orders" o WHERE o."Appointment ID" = a."Appointment ID") <> 1)'),
        ("payments: dated between the order and 2025-12-31; collected orders paid in full plus their alterations; nobody overpays; refunds only on cancelled orders",
         'SELECT (SELECT COUNT(*) FROM "Payments" p JOIN "Orders" o ON o."Order ID" = p."Order ID" WHERE p."Payment Date" < o."Order Date" OR p."Payment Date" > \'2025-12-31 00:00:00\' '
         'OR (p."Payment Type" = \'Refund\') <> (p."Amount" < 0) OR (p."Payment Type" = \'Refund\' AND o."Status" <> \'Cancelled\') OR p."Amount" = 0) '
         '+ (SELECT COUNT(*) FROM "Orders" o WHERE ("Status" = \'Collected\' AND ABS(o."Order Total" - (SELECT COALESCE(SUM("Amount"), 0) FROM "Payments" p WHERE p."Order ID" = o."Order ID" AND p."Payment Type" <> \'Alterations\')) > 0.005) '
         'OR (SELECT COALESCE(SUM("Amount"), 0) FROM "Payments" p WHERE p."Order ID" = o."Order ID" AND p."Payment Type" <> \'Alterations\') > o."Order Total" + 0.005 '
         'OR ABS((SELECT COALESCE(SUM("Amount"), 0) FROM "Payments" p WHERE p."Order ID" = o."Order ID" AND p."Payment Type" = \'Alterations\') '
         '- CASE WHEN o."Status" = \'Collected\' THEN (SELECT COALESCE(SUM("Price"), 0) FROM "Alterations" x WHERE x."Order ID" = o."Order ID") ELSE 0 END) > 0.005)'),
        ("appointments on the branch's open days (Tuesday to Saturday, not 24-27 or 31 December, 1-2 January; between opening and closing)",
         'SELECT COUNT(*) FROM "Appointments" a JOIN "Branches" b ON b."Branch ID" = a."Branch ID" WHERE strftime(\'%w\', a."Appointment Date") IN (\'0\', \'1\') '
         'OR substr(a."Appointment Date", 6, 5) IN (\'12-24\', \'12-25\', \'12-26\', \'12-27\', \'12-31\', \'01-01\', \'01-02\') '
         'OR a."Appointment Date" < b."Opened" OR (b."Closed" IS NOT NULL AND a."Appointment Date" > b."Closed")'),
        ("the member of staff works at that branch and was employed that day; stylists for consultations and collections, seamstresses for fittings; nobody double-booked",
         'SELECT (SELECT COUNT(*) FROM "Appointments" a JOIN "Staff" s ON s."Staff ID" = a."Staff ID" WHERE s."Branch ID" IS NOT a."Branch ID" '
         'OR a."Appointment Date" < s."Start Date" OR (s."End Date" IS NOT NULL AND a."Appointment Date" > s."End Date") '
         'OR (a."Appointment Type" = \'Fitting\') <> (s."Job Title" IN (\'Seamstress\', \'Head Seamstress\')) '
         'OR (a."Appointment Type" <> \'Fitting\' AND s."Job Title" NOT IN (\'Branch Manager\', \'Senior Stylist\', \'Bridal Stylist\'))) '
         '+ (SELECT COUNT(*) FROM (SELECT 1 FROM "Appointments" GROUP BY "Staff ID", "Appointment Date", "Start Time" HAVING COUNT(*) > 1))'),
        ("gowns are tried on only at attended consultations and second appointments, and only styles already in the range; yes only at those appointments",
         'SELECT (SELECT COUNT(*) FROM "Appointment Styles" x JOIN "Appointments" a ON a."Appointment ID" = x."Appointment ID" JOIN "Gown Styles" g ON g."Style ID" = x."Style ID" '
         'WHERE a."Status" <> \'Attended\' OR a."Appointment Type" NOT IN (\'Bridal Consultation\', \'Second Appointment\') OR g."Date Added" > a."Appointment Date") '
         '+ (SELECT COUNT(*) FROM "Appointments" WHERE "Said Yes" = 1 AND ("Status" <> \'Attended\' OR "Appointment Type" NOT IN (\'Bridal Consultation\', \'Second Appointment\')))'),
        ("staff: only the owner reports to nobody; the manager was employed on the person's last day; staff of a closed branch left by its closing day",
         'SELECT (SELECT COUNT(*) FROM "Staff" WHERE ("Reports To" IS NULL) <> ("Job Title" = \'Owner\') OR "Reports To" = "Staff ID" OR "End Date" < "Start Date") '
         '+ (SELECT COUNT(*) FROM "Staff" s JOIN "Staff" m ON m."Staff ID" = s."Reports To" WHERE m."Start Date" > COALESCE(s."End Date", \'2025-12-31 00:00:00\') '
         'OR m."End Date" < COALESCE(s."End Date", \'2025-12-31 00:00:00\')) '
         '+ (SELECT COUNT(*) FROM "Staff" s JOIN "Branches" b ON b."Branch ID" = s."Branch ID" WHERE b."Closed" IS NOT NULL AND (s."End Date" IS NULL OR s."End Date" > b."Closed"))'),
        ("alterations: done by a seamstress after the gown arrived; Completed = has a completed date on or after booking; collected gowns have all alterations done before collection",
         'SELECT COUNT(*) FROM "Alterations" x JOIN "Orders" o ON o."Order ID" = x."Order ID" JOIN "Staff" s ON s."Staff ID" = x."Seamstress ID" '
         'WHERE s."Job Title" NOT IN (\'Seamstress\', \'Head Seamstress\') OR x."Booked Date" < o."Arrived Date" OR o."Arrived Date" IS NULL '
         'OR (x."Status" = \'Completed\') <> (x."Completed Date" IS NOT NULL) OR x."Completed Date" < x."Booked Date" '
         'OR (o."Status" = \'Collected\' AND (x."Completed Date" IS NULL OR x."Completed Date" > o."Collected Date"))'),
        ("collections: a collected order has a Collection appointment on its collected date, before the wedding",
         'SELECT COUNT(*) FROM "Orders" o JOIN "Customers" c ON c."Customer ID" = o."Customer ID" WHERE o."Status" = \'Collected\' AND (NOT EXISTS (SELECT 1 FROM "Appointments" a '
         'WHERE a."Customer ID" = o."Customer ID" AND a."Appointment Type" = \'Collection\' AND a."Appointment Date" = o."Collected Date") OR o."Collected Date" >= c."Wedding Date")'),
        ("customers: added on or before their first appointment; a referrer was added earlier and had ordered by then",
         'SELECT (SELECT COUNT(*) FROM "Customers" c WHERE c."Date Added" > (SELECT MIN("Appointment Date") FROM "Appointments" a WHERE a."Customer ID" = c."Customer ID")) '
         '+ (SELECT COUNT(*) FROM "Customers" c JOIN "Customers" r ON r."Customer ID" = c."Referred By" WHERE r."Date Added" >= c."Date Added" OR c."Referred By" = c."Customer ID" '
         'OR NOT EXISTS (SELECT 1 FROM "Orders" o WHERE o."Customer ID" = r."Customer ID" AND o."Order Date" <= c."Date Added"))'),
        ("a branch is inactive exactly when it has a closing date",
         'SELECT COUNT(*) FROM "Branches" WHERE ("Active" = 1) <> ("Closed" IS NULL)'),
    ],
}

RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season)\b|\btoday\b|\byesterday\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b|\bago\b|\bat the moment\b", re.I)
ORDER_WORDS = re.compile(r"(highest|lowest|biggest|smallest|largest|most|least|best|worst|earliest|latest|oldest|newest|busiest) first|"
                         r"in (month|date|time|alphabetical) order|\border(ed)? by\b|\bsorted\b|\branked\b|\brank(ed)? them\b|"
                         r"\bfrom (highest|lowest|biggest|smallest|most|least|earliest|latest)\b", re.I)
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
    con = ro(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not TABLES_RANGE[0] <= len(tables) <= TABLES_RANGE[1]:
        fail(f"{name}: {len(tables)} tables (want {TABLES_RANGE[0]}-{TABLES_RANGE[1]})")
    pk_of = {t: [c[1] for c in sorted(con.execute(f"PRAGMA table_info({qi(t)})"), key=lambda c: c[5]) if c[5]] for t in tables}
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
        pk = pk_of[t]
        if len(pk) == 2 and all(c in fk_cols for c in pk) and len({fk_cols[c][2] for c in pk}) == 2:
            link = True
        for fk in fks:
            if pk_of.get(fk[2]) != [fk[4]]:
                fail(f"{name}.{t}.{fk[3]}: FK target {fk[2]}.{fk[4]} is not its primary key")
        if style == "export":
            if not re.fullmatch(r"[a-z]+(_[a-z]+)*s", t):
                fail(f"{name}.{t}: table name is not plural snake_case")
        else:
            if not re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)*", t) or not (t.endswith("s") or t == "Staff"):
                fail(f"{name}.{t}: table name is not plural Title Case words")
        cols = con.execute(f"PRAGMA table_info({qi(t)})").fetchall()
        for c in cols:
            col, typ = c[1], c[2]
            idents.add(col)
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if style == "export":
                if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", col):
                    fail(f"{name}.{t}.{col}: column is not snake_case")
                if col.endswith("_at") and (typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR {q} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z' "
                                                              f"OR strftime('%Y-%m-%dT%H:%M:%S', {q}) IS NOT substr({q}, 1, 19)")):
                    fail(f"{name}.{t}.{col}: values that are not RFC 3339 UTC timestamps 'YYYY-MM-DDTHH:MM:SS.mmmZ'")
                if col.endswith("_on") and (typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR date({q}) IS NOT {q}")):
                    fail(f"{name}.{t}.{col}: values that are not 'YYYY-MM-DD' dates")
                if col.endswith("_money") and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: money is not non-negative INTEGER pence")
                if typ == "REAL":
                    fail(f"{name}.{t}.{col}: REAL column in an export that keeps money in integer minor units")
                if col in EXPORT_ENUMS and bad(f"{q} GLOB '*[^A-Z_]*'"):
                    fail(f"{name}.{t}.{col}: enum values are not UPPER_CASE")
                if col in EXPORT_FLAGS or col.startswith("is_"):
                    v = vals()
                    if typ != "INTEGER" or not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: flag is not INTEGER 0/1")
                    elif v != {0, 1}:
                        fail(f"{name}.{t}.{col}: flag never varies ({sorted(v)})")
                if col.endswith("_id") and pk != [col] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
                if col == "quantity" and t == "order_line_items" and (typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR {q} GLOB '*[^0-9]*' OR {q} = ''")):
                    fail(f"{name}.{t}.{col}: line quantity is not TEXT digits as the platform exports it")
                if col in ("seats", "capacity", "duration_minutes", "ordinal", "lead_time_days") or (col == "quantity" and t != "order_line_items"):
                    if typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0"):
                        fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
            else:
                if not re.fullmatch(r"([A-Z][a-z]+|ID|OK)( ([A-Z][a-z]+|ID|OK))*", col):
                    fail(f"{name}.{t}.{col}: column is not Title Case words")
                if re.search(r"\bDate\b", col) or col in ("Opened", "Closed"):
                    if typ != "TEXT" or bad(f"typeof({q}) <> 'text' OR {q} NOT GLOB '*-*-* 00:00:00' OR datetime({q}) IS NOT {q}"):
                        fail(f"{name}.{t}.{col}: values that are not Access dates 'YYYY-MM-DD 00:00:00'")
                if col.endswith("Time") and (typ != "TEXT" or bad(f"{q} NOT GLOB '[0-2][0-9]:[0-5][0-9]' OR time({q}) IS NOT {q} || ':00'")):
                    fail(f"{name}.{t}.{col}: values that are not times 'HH:MM'")
                if typ == "REAL" and bad(f"typeof({q}) <> 'real' OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: REAL money is not rounded to 2 decimals")
                if typ == "REAL" and not (t == "Payments" and col == "Amount") and bad(f"{q} < 0"):
                    fail(f"{name}.{t}.{col}: negative amount outside refund payments")
                if col in ACCESS_FLAGS:
                    v = vals()
                    if typ != "INTEGER" or not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: Yes/No field is not INTEGER 0/1")
                    elif v != {0, 1}:
                        fail(f"{name}.{t}.{col}: Yes/No field never varies ({sorted(v)})")
                if (col.endswith(" ID") or col in ACCESS_FK_NAMES) and pk != [col] and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
                if (t, col) in ACCESS_STATUS and bad(f"{q} GLOB '*[^A-Za-z -]*' OR {q} GLOB '[a-z]*' OR {q} GLOB '* [a-z]*'"):
                    fail(f"{name}.{t}.{col}: values are not Title Case words")
                if col in ("Quantity", "Party Size", "Lead Time Weeks", "Collection Year") and (typ != "INTEGER" or bad(f"typeof({q}) <> 'integer' OR {q} < 0")):
                    fail(f"{name}.{t}.{col}: count column is not non-negative INTEGER")
            if typ == "TEXT":
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE {q} IS NOT NULL"):
                    text_values.add(v)
                    if not accented and re.search(r"name", col, re.I) and re.search(r"[À-ɏḀ-ỿ]", v):
                        accented = True
        names = {c[1] for c in cols}
        for pc, rc in PLACE[style]:
            if pc in names and rc in names and con.execute(
                    f"SELECT 1 FROM {qi(t)} WHERE {qi(pc)} IS NOT NULL GROUP BY {qi(pc)} HAVING COUNT(DISTINCT {qi(rc)}) > 1 LIMIT 1").fetchone():
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
    edges = {"export": [("closed location", "SELECT COUNT(*) FROM locations WHERE status = 'INACTIVE'"),
                        ("archived items", "SELECT COUNT(*) FROM items WHERE is_archived = 1"),
                        ("refunds", "SELECT COUNT(*) FROM refunds"),
                        ("canceled orders", "SELECT COUNT(*) FROM orders WHERE state = 'CANCELED'"),
                        ("leavers", "SELECT COUNT(*) FROM team_members WHERE left_on IS NOT NULL"),
                        ("zero-rated items", "SELECT COUNT(*) FROM items WHERE tax_name = 'VAT 0%'"),
                        ("activity in both GMT and BST (so UTC hours differ from local ones)",
                         "SELECT COUNT(DISTINCT CAST(substr(created_at, 12, 2) AS INTEGER) < 9) - 1 FROM orders")],
             "access": [("closed branch", "SELECT COUNT(*) FROM \"Branches\" WHERE \"Closed\" IS NOT NULL"),
                        ("leavers", "SELECT COUNT(*) FROM \"Staff\" WHERE \"End Date\" IS NOT NULL"),
                        ("discontinued styles", "SELECT COUNT(*) FROM \"Gown Styles\" WHERE \"Discontinued\" = 1"),
                        ("refunds", "SELECT COUNT(*) FROM \"Payments\" WHERE \"Payment Type\" = 'Refund'"),
                        ("cancelled orders", "SELECT COUNT(*) FROM \"Orders\" WHERE \"Status\" = 'Cancelled'"),
                        ("customers who never came in", "SELECT COUNT(*) FROM \"Customers\" c WHERE NOT EXISTS (SELECT 1 FROM \"Appointments\" a WHERE a.\"Customer ID\" = c.\"Customer ID\")")]}
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
    periods = set(re.findall(r"20\d\d(?:-Q[1-4]|-\d\d(?:-\d\d)?)?", sql))
    need = {
        "count": "COUNT(" in u,
        "total": "SUM(" in u or "AVG(" in u,
        "breakdown": "GROUP BY" in u and "LIMIT" not in u,
        "topn": bool(re.search(r"ORDER BY .* LIMIT \d+\s*$", u, re.S)),
        "attribute": "GROUP BY" not in u and "COUNT(" not in u and "SUM(" not in u,
        "list": "WHERE" in u and "LIMIT" not in u and "GROUP BY" not in u,
        "negation": bool(re.search(r"NOT EXISTS|NOT IN|IS NULL|EXCEPT", u)),
        "having": "HAVING" in u,
        "share": bool(re.search(r"ROUND\(.*,\s*4\)", sql, re.S)),
        "compare": len(periods) >= 2 and ("SUM(" in u or "COUNT(" in u),
    }
    if kind == "selfref":
        tabs = re.findall(r'\b(?:FROM|JOIN)\s+("[^"]+"|\w+)', sql, re.I)
        if not any(tabs.count(t) > 1 for t in set(tabs)):
            fail(f"{q['id']}: self-reference question does not join a table to itself")
    elif kind not in need:
        fail(f"{q['id']}: unknown kind {kind}")
    elif not need[kind]:
        fail(f"{q['id']}: SQL does not have the shape of kind '{kind}'")


def check_text(q, dbn, style, idents):
    text, sql = q["question"], q["sql"]
    if "_" in text:
        fail(f"{q['id']}: underscore in question text")
    if re.search(r"\b[a-z]+[A-Z][a-z]+\w*\b", text):
        fail(f"{q['id']}: camelCase token in question text")
    for ident in idents:
        code_like = "_" in ident
        if code_like and re.search(r"\b" + re.escape(ident) + r"\b", text):
            fail(f"{q['id']}: question mentions schema identifier {ident}")
        w = words_of(ident)
        if len(w) >= 3 and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
            fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
    for phrase in LEAKY:
        if re.search(r"\b" + re.escape(phrase) + r"\b", text, re.I):
            fail(f"{q['id']}: question uses the column-like phrase '{phrase}'")
    if re.search(r"\b(table|column|schema|database|field|record)s?\b|\bsql\b|\bpence\b", text, re.I):
        fail(f"{q['id']}: question talks about the database structure or storage")
    if RELATIVE.search(text):
        fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
    years_q = set(YEAR_TOKEN.findall(text))
    for y in sorted(years_q):
        if y not in sql:
            fail(f"{q['id']}: question mentions {y} but the SQL does not")
    if re.search(r"'20[12]\d|\b20[12]\d\b", sql) and not years_q:
        fail(f"{q['id']}: SQL filters on a date but the question names no year")


def check_sql_conventions(q, dbn, style, tvals):
    text, sql = q["question"], q["sql"]
    bare = strip_strings(sql)
    if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or ";" in sql.rstrip().rstrip(";"):
        fail(f"{q['id']}: SQL is not a single SELECT")
    if re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b(?!\s*\.)", bare) and style == "access":
        fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
    if style == "export" and re.search(r"100(\.0)?\s*\*|\*\s*100(\.0)?\b", bare):
        fail(f"{q['id']}: share written as a percentage (100 * ...); shares must be ratios 0-1")
    items = split_top_commas(outer_select_list(sql))
    for fcol, lcol in NAME_PAIRS:
        for it in items:
            if fcol in it or lcol in it:
                if not re.search(re.escape(fcol) + r"\s*\|\|\s*' '\s*\|\|\s*(\w+\.)?" + re.escape(lcol), it):
                    fail(f"{q['id']}: person's name not returned as one column first || ' ' || last")
    if style == "export":
        for it in items:
            if re.search(r"_money\b", it) and not re.search(r"COUNT\(|/\s*SUM\(", it, re.I) and not re.search(r"/\s*100(\.0)?\b", it):
                fail(f"{q['id']}: money in pence returned without turning it into pounds (/ 100.0)")
        if re.search(r"(SUM|AVG)\(\s*(\w+\.)?quantity\s*\)", bare, re.I):
            fail(f"{q['id']}: TEXT quantity summed without CAST(quantity AS INTEGER)")
    else:
        if re.search(r'"[^"]*(Date|Opened|Closed)"\s*(<=|BETWEEN)\s*\'\d{4}-\d\d-\d\d\'', sql):
            fail(f"{q['id']}: Access date compared with <= / BETWEEN a bare date (drops that last day's 00:00:00 rows)")
    gt = GRAIN.get(dbn)
    if gt and re.search(gt[0], sql) and "COUNT(" in bare.upper() and re.search(r"\b(how many|number of|count)\b", text, re.I) \
            and re.search(r"\borders?\b|\bsales\b|\bpurchases\b|\bcheckouts?\b|\breceipts?\b", text, re.I) \
            and not re.search(r"COUNT\(DISTINCT\s+(\w+\.)?" + gt[1], sql, re.I) and not re.search(r"\bFROM\s+(orders|\"Orders\")\s+\w*\s*(WHERE|JOIN|$)", sql):
        fail(f"{q['id']}: orders counted on the line table without COUNT(DISTINCT order)")
    st = SETTLE.get(dbn)
    if st and re.search(st[0], sql) and re.search(st[1], sql) and not re.search(st[2], sql) and not re.search(st[3], text, re.I):
        fail(f"{q['id']}: money summed without settling cancelled orders")
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?( 00:00:00)?)?|20\d\d-Q[1-4]|-?\d+(\.\d+)?|\d\d|\d\d-\d\d|[ \-/,]*|-Q|%.*|.*%", lit):
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
        check_text(q, dbn, style, idents)
        check_sql_conventions(q, dbn, style, tvals)
        kind = kinds.get(q["id"])
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
            vals = [v for r in rows for v in r if isinstance(v, float)]
            if not vals or any(not (0 < v < 1) or abs(v * 10000 - round(v * 10000)) > 1e-6 for v in vals):
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
        if kind == "topn" and not (split and split[2]) and len(rows) > 1 and re.search(r"=\s*\(\s*SELECT\s+(MAX|MIN)\(", q["sql"], re.I):
            fail(f"{q['id']}: MAX/MIN pick returns {len(rows)} tied rows")
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
