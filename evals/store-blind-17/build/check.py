"""Checks the store-blind-17 databases and questions.  Prints PASS or the list of failures (exit code 1).

Usage: python3 check.py [ROOT]   (ROOT defaults to the batch folder; plant_faults.py passes scratch copies)

Every database is opened read-only (mode=ro URI + PRAGMA query_only).  Checks:
  * databases: under 10 MB; declared FKs that point at primary keys; foreign_key_check / integrity_check clean; a
    self-referencing FK; a many-to-many link table; accented names; a town name shared by two counties; soft edge
    cases; per-database invariants (sheet totals = lines, cash = till - card + difference, Gift Aid claims = 25 % of
    their proceeds, trading days, staff employed where they work, POS totals = lines = payments, VAT and zero rating,
    refunds pointing at earlier lines of the same shop, pupils' discount, sales-order totals, ...);
  * naming styles: fellside_hospice = Django (app_model tables, integer id, inline DEFERRABLE FKs, created / modified,
    'YYYY-MM-DD HH:MM:SS.ffffff' datetimes, bool 0/1, decimal money, lower-case slug choices, '' instead of NULL in
    text fields, an auto many-to-many table with its own id); plie_and_pointe = Odoo (module-prefixed model tables,
    integer id, create_date / write_date 'YYYY-MM-DD HH:MM:SS', JSON translatable names with en_US, active flags,
    selection strings, an id-less *_rel many-to-many table, Studio x_studio_ fields);
  * questions: key order, ids, 40 per database, the kind mix in kinds.tsv and each kind's SQL shape; plain English
    (no identifiers, underscores, camelCase, column-like phrases, structure words, relative periods); years in the
    text <-> dates in the SQL; POS and sales-order money settled (state, refunds named in the question); Django dates
    never compared with a bare year; JSON names only read through json_extract; shares forced to real division;
    orders counted at header level; every SQL string literal a stored value (or a value inside a stored JSON name);
  * results: non-empty, <= 15 rows, no NULL cell, no single-cell 0, money / averages rounded to 2 decimals, shares as
    ratios in (0, 1) rounded to 4 decimals, months 'YYYY-MM', quarters 'YYYY-Qn', a person's name as ONE column, LIMIT
    only with ORDER BY, order_matters both ways, no tie at a LIMIT cut or in an ordered answer.
"""
import json, os, re, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, ".."))
KEYS = ["id", "db", "question", "sql", "order_matters"]
STYLE = {"fellside_hospice": "django", "plie_and_pointe": "odoo"}
KIND_MIX = {"count": 5, "total": 5, "breakdown": 5, "topn": 5, "list": 4, "attribute": 3, "selfref": 3,
            "negation": 2, "having": 3, "share": 3, "compare": 2}
MAX_ROWS, MAX_MB = 15, 10
DJANGO_APPS = {"shops", "volunteers", "donations", "takings", "giftaid"}
DJANGO_TIMESTAMPED = {"shops_shop", "shops_staff", "volunteers_volunteer", "donations_donor", "donations_donation", "takings_dailysheet",
                      "takings_ragcollection", "giftaid_claim"}
DJANGO_CHOICES = {("shops_shop", "kind"): {"high_street", "furniture", "books"},
                  ("shops_staff", "role"): {"retail_director", "area_manager", "volunteer_coordinator", "shop_manager", "deputy_manager", "sales_assistant", "van_driver"},
                  ("volunteers_shift", "task"): {"till", "sorting", "steaming", "pricing", "van_mate"},
                  ("donations_donation", "kind"): {"bags", "books", "bric_a_brac", "furniture", "electrical"},
                  ("takings_dailysheet", "status"): {"submitted", "approved", "queried"}, ("giftaid_claim", "status"): {"submitted", "paid"}}
ODOO_PREFIXES = ("res_", "hr_", "product_", "pos_", "sale_", "crm_")
ODOO_JSON = {("product_template", "name"), ("product_attribute", "name"), ("product_attribute_value", "name"), ("pos_payment_method", "name"), ("crm_team", "name")}
ODOO_SELECTIONS = {("pos_order", "state"): {"paid", "done", "invoiced", "cancel"}, ("pos_session", "state"): {"opened", "closed"},
                   ("sale_order", "state"): {"draft", "sent", "sale", "done", "cancel"}, ("product_template", "type"): {"consu", "service"},
                   ("res_partner", "type"): {"contact"}}
ODOO_CONSTANT_BOOLS = {("crm_team", "active"), ("product_template", "sale_ok")}
PLACE = {"django": ("SELECT town FROM donations_donor GROUP BY town HAVING COUNT(DISTINCT county) > 1"),
         "odoo": ("SELECT city FROM res_partner WHERE city IS NOT NULL GROUP BY city HAVING COUNT(DISTINCT state_id) > 1")}
NAME_PAIRS = [("first_name", "last_name")]
LEAKY = ["till total", "card total", "cash banked", "cash difference", "trading date", "via collection", "weight kg", "rate per kg", "amount claimed",
         "proceeds total", "period start", "period end", "items sold", "contracted hours", "is donated", "opens sundays", "is active", "received at",
         "submitted at", "reviewed at", "reviewed by", "submitted by", "start date", "end date", "declared on", "cancelled on", "contact by email",
         "address line", "amount total", "amount tax", "amount paid", "amount return", "price unit", "unit price", "price subtotal", "subtotal incl",
         "list price", "customer rank", "date order", "pos reference", "full product name", "is company", "departure date", "job title",
         "client order ref", "state id", "team id", "pos order", "pos session", "pos config", "pos payment", "sale order", "order line",
         "combination indices", "default code", "en us", "cy gb", "x studio", "is delivery", "qty delivered", "uom", "payment method",
         "product template", "product variant", "attribute value", "parent id", "coach id", "refunded orderline", "complete name", "payment date"]
GRAIN = {"plie_and_pointe": (r"\bpos_order_line\b", r"\bo\.id\b")}
FORBIDDEN_SQL = re.compile(r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|PRAGMA|REPLACE)\b", re.I)

EASTER_FH = "('2023-04-09', '2024-03-31', '2025-04-20')"
EASTER_PP = "('2024-03-31', '2025-04-20')"
DAY = "substr(x.received_at, 1, 10)"
CHILD = ("EXISTS (SELECT 1 FROM product_attribute_value_product_product_rel r JOIN product_attribute_value av ON av.id = r.product_attribute_value_id "
         "WHERE r.product_product_id = {p} AND (json_extract(av.name, '$.en_US') LIKE 'Child %' OR json_extract(av.name, '$.en_US') LIKE 'Age %'))")
RISE = ("(json_extract(t.name, '$.en_US') IN ('Aurelle Classic Pointe Shoe', 'Fouetté Pro Pointe Shoe') AND {d} < '2025-03-01' "
        "AND ABS({price} - (t.list_price - 6)) < 0.001)")
INVARIANTS = {
    "fellside_hospice": [
        ("sheet money: till total = sum of its department lines; every sheet has lines; cash banked = till - card + cash difference; no negative amounts",
         "SELECT COUNT(*) FROM takings_dailysheet d WHERE NOT EXISTS (SELECT 1 FROM takings_sheetline l WHERE l.sheet_id = d.id) "
         "OR ABS(d.till_total - (SELECT SUM(amount) FROM takings_sheetline l WHERE l.sheet_id = d.id)) > 0.005 "
         "OR ABS(d.cash_banked - (d.till_total - d.card_total + d.cash_difference)) > 0.005 OR d.card_total < 0 OR d.cash_banked < 0 OR d.transactions < 1 "
         "OR EXISTS (SELECT 1 FROM takings_sheetline l JOIN takings_department dp ON dp.id = l.department_id WHERE l.sheet_id = d.id AND (dp.parent_id IS NULL OR l.amount <= 0 OR l.items < 1))"),
        ("sheet review: submitted on the trading day; reviewed later by an area manager; 'queried' exactly when a reviewed sheet is £10 or more out; "
         "only the last unreviewed days are 'submitted'",
         "SELECT COUNT(*) FROM takings_dailysheet d LEFT JOIN shops_staff r ON r.id = d.reviewed_by_id WHERE substr(d.submitted_at, 1, 10) <> d.trading_date "
         "OR (d.status = 'submitted') <> (d.reviewed_by_id IS NULL) OR (d.reviewed_at IS NULL) <> (d.reviewed_by_id IS NULL) OR d.reviewed_at <= d.submitted_at "
         "OR (d.status = 'queried') <> (d.reviewed_by_id IS NOT NULL AND ABS(d.cash_difference) >= 10) OR r.role <> 'area_manager' "
         "OR (d.status = 'submitted' AND d.trading_date < '2025-12-29')"),
        ("trading days: sheets only between a shop's opening and closing days, never on 25/26 December or 1 January, Sundays only at a shop that opens "
         "on Sundays (April-October, not Easter Sunday), no Mondays at the furniture shop; donations, rag collections and volunteer shifts only on days "
         "the shop sent a sheet",
         "WITH act AS (SELECT shop_id, substr(received_at, 1, 10) AS d FROM donations_donation UNION ALL SELECT shop_id, collected_on FROM takings_ragcollection "
         "UNION ALL SELECT shop_id, date FROM volunteers_shift) "
         "SELECT (SELECT COUNT(*) FROM act WHERE NOT EXISTS (SELECT 1 FROM takings_dailysheet x WHERE x.shop_id = act.shop_id AND x.trading_date = act.d)) "
         "+ (SELECT COUNT(*) FROM takings_dailysheet d JOIN shops_shop s ON s.id = d.shop_id WHERE substr(d.trading_date, 6, 5) IN ('12-25', '12-26', '01-01') "
         "OR d.trading_date < s.opened_on OR (s.closed_on IS NOT NULL AND d.trading_date > s.closed_on) "
         "OR (strftime('%w', d.trading_date) = '0' AND (s.opens_sundays = 0 OR substr(d.trading_date, 6, 2) NOT BETWEEN '04' AND '10' OR d.trading_date IN " + EASTER_FH + ")) "
         "OR (s.kind = 'furniture' AND strftime('%w', d.trading_date) = '1'))"),
        ("the person who sent a sheet is shop staff employed that day at that shop (or worked there before it closed and moved to a shop opened later)",
         "SELECT COUNT(*) FROM takings_dailysheet d JOIN shops_staff e ON e.id = d.submitted_by_id JOIN shops_shop ds ON ds.id = d.shop_id "
         "LEFT JOIN shops_shop es ON es.id = e.shop_id WHERE e.role NOT IN ('shop_manager', 'deputy_manager', 'sales_assistant') OR d.trading_date < e.start_date "
         "OR (e.end_date IS NOT NULL AND d.trading_date > e.end_date) OR e.shop_id IS NULL "
         "OR (e.shop_id <> d.shop_id AND NOT (ds.closed_on IS NOT NULL AND es.opened_on > ds.closed_on AND d.trading_date <= ds.closed_on))"),
        ("donations: in opening hours; van collections only from the furniture shop, with a named donor and a van driver employed that day; "
         "gift-aided exactly when the donor's declaration was valid that day and the goods can be gift-aided; donor on file before the donation",
         "SELECT COUNT(*) FROM donations_donation x JOIN shops_shop s ON s.id = x.shop_id LEFT JOIN donations_donor dn ON dn.id = x.donor_id "
         "LEFT JOIN shops_staff drv ON drv.id = x.driver_id WHERE x.quantity < 1 OR (x.via_collection = 1) <> (x.driver_id IS NOT NULL) "
         "OR (x.via_collection = 1 AND (s.kind <> 'furniture' OR drv.role <> 'van_driver' OR " + DAY + " < drv.start_date OR " + DAY + " > COALESCE(drv.end_date, '9999') OR x.donor_id IS NULL)) "
         "OR x.gift_aided <> (dn.id IS NOT NULL AND x.kind IN ('bags', 'books', 'bric_a_brac') AND dn.gift_aid_declared_on IS NOT NULL "
         "AND dn.gift_aid_declared_on <= " + DAY + " AND (dn.gift_aid_cancelled_on IS NULL OR " + DAY + " < dn.gift_aid_cancelled_on)) "
         "OR dn.created > x.received_at OR CAST(substr(x.received_at, 12, 2) AS INTEGER) NOT BETWEEN 8 AND 16"),
        ("Gift Aid proceeds: only for gift-aided donations, from the donation's month on, first-of-month dates, not after the shop closed; "
         "per shop and month never more than its takings from donated goods",
         "WITH g AS (SELECT x.shop_id, substr(p.month, 1, 7) AS m, SUM(p.amount) AS a FROM giftaid_proceeds p JOIN donations_donation x ON x.id = p.donation_id GROUP BY 1, 2), "
         "t AS (SELECT d.shop_id, substr(d.trading_date, 1, 7) AS m, SUM(l.amount) AS a FROM takings_sheetline l JOIN takings_dailysheet d ON d.id = l.sheet_id "
         "JOIN takings_department dp ON dp.id = l.department_id WHERE dp.is_donated = 1 GROUP BY 1, 2) "
         "SELECT (SELECT COUNT(*) FROM g LEFT JOIN t ON t.shop_id = g.shop_id AND t.m = g.m WHERE t.a IS NULL OR g.a > t.a) "
         "+ (SELECT COUNT(*) FROM giftaid_proceeds p JOIN donations_donation x ON x.id = p.donation_id JOIN shops_shop s ON s.id = x.shop_id "
         "WHERE x.gift_aided = 0 OR p.month < substr(x.received_at, 1, 7) || '-01' OR substr(p.month, 9, 2) <> '01' OR p.amount <= 0 OR p.items_sold < 1 "
         "OR (s.closed_on IS NOT NULL AND p.month > s.closed_on) OR p.month > '2025-12-01')"),
        ("Gift Aid claims: proceeds total = the sum of the proceeds in the claim; claimed = 25 %; each claim holds exactly its quarter; nothing after the "
         "last claim is claimed; paid exactly when there is a payment date after submission",
         "SELECT (SELECT COUNT(*) FROM giftaid_claim c WHERE ABS(c.proceeds_total - (SELECT COALESCE(SUM(amount), 0) FROM giftaid_proceeds p WHERE p.claim_id = c.id)) > 0.005 "
         "OR ABS(c.amount_claimed - c.proceeds_total * 0.25) > 0.0051 OR (c.status = 'paid') <> (c.paid_on IS NOT NULL) OR c.submitted_on <= c.period_end "
         "OR c.paid_on <= c.submitted_on) "
         "+ (SELECT COUNT(*) FROM giftaid_proceeds p LEFT JOIN giftaid_claim c ON c.id = p.claim_id WHERE (c.id IS NULL AND p.month <= (SELECT MAX(period_end) FROM giftaid_claim)) "
         "OR (c.id IS NOT NULL AND p.month NOT BETWEEN c.period_start AND c.period_end))"),
        ("rag: amount = weight x rate per kg (to the penny); never from the furniture shop",
         "SELECT COUNT(*) FROM takings_ragcollection r JOIN shops_shop s ON s.id = r.shop_id WHERE ABS(r.amount - r.weight_kg * r.rate_per_kg) > 0.0051 "
         "OR s.kind = 'furniture' OR r.weight_kg <= 0"),
        ("volunteers: shifts only at shops they are signed up to, while they volunteer, up to 8 hours, van mates only at the furniture shop; "
         "is_active = no end date",
         "SELECT (SELECT COUNT(*) FROM volunteers_shift sh JOIN volunteers_volunteer v ON v.id = sh.volunteer_id JOIN shops_shop s ON s.id = sh.shop_id "
         "WHERE NOT EXISTS (SELECT 1 FROM volunteers_volunteer_shops vs WHERE vs.volunteer_id = v.id AND vs.shop_id = sh.shop_id) "
         "OR sh.date < v.start_date OR (v.end_date IS NOT NULL AND sh.date > v.end_date) OR sh.hours <= 0 OR sh.hours > 8 OR (sh.task = 'van_mate' AND s.kind <> 'furniture')) "
         "+ (SELECT COUNT(*) FROM volunteers_volunteer WHERE is_active <> (end_date IS NULL) OR end_date < start_date)"),
        ("staff: only the retail director has no manager; the manager was employed on the person's last day; is_active = no end date; "
         "a closed shop has nobody left on its books",
         "SELECT (SELECT COUNT(*) FROM shops_staff WHERE (reports_to_id IS NULL) <> (role = 'retail_director') OR reports_to_id = id OR is_active <> (end_date IS NULL) "
         "OR end_date < start_date) "
         "+ (SELECT COUNT(*) FROM shops_staff e JOIN shops_staff m ON m.id = e.reports_to_id WHERE m.start_date > COALESCE(e.end_date, '2025-12-31') "
         "OR m.end_date < COALESCE(e.end_date, '2025-12-31')) "
         "+ (SELECT COUNT(*) FROM shops_staff e JOIN shops_shop s ON s.id = e.shop_id WHERE s.closed_on IS NOT NULL AND (e.end_date IS NULL OR e.end_date > s.closed_on))"),
        ("donors and shops: gift_aid = declared and not cancelled; cancelled after declaring; a shop is inactive exactly when it has a closing day",
         "SELECT (SELECT COUNT(*) FROM donations_donor WHERE gift_aid <> (gift_aid_declared_on IS NOT NULL AND gift_aid_cancelled_on IS NULL) "
         "OR gift_aid_cancelled_on <= gift_aid_declared_on OR (gift_aid_cancelled_on IS NOT NULL AND gift_aid_declared_on IS NULL)) "
         "+ (SELECT COUNT(*) FROM shops_shop WHERE is_active <> (closed_on IS NULL))"),
    ],
    "plie_and_pointe": [
        ("POS order money: total = sum of line totals; VAT = sum of (total - before VAT); every order has lines; paid = payments = total "
         "(cancelled: nothing paid, no payments); refunds (name ending ' REFUND') are exactly the negative orders",
         "SELECT COUNT(*) FROM pos_order o WHERE NOT EXISTS (SELECT 1 FROM pos_order_line l WHERE l.order_id = o.id) "
         "OR ABS(o.amount_total - (SELECT SUM(price_subtotal_incl) FROM pos_order_line l WHERE l.order_id = o.id)) > 0.005 "
         "OR ABS(o.amount_tax - (SELECT SUM(price_subtotal_incl - price_subtotal) FROM pos_order_line l WHERE l.order_id = o.id)) > 0.005 "
         "OR (o.state = 'cancel' AND (o.amount_paid <> 0 OR EXISTS (SELECT 1 FROM pos_payment pp WHERE pp.pos_order_id = o.id))) "
         "OR (o.state <> 'cancel' AND (ABS(o.amount_paid - COALESCE((SELECT SUM(amount) FROM pos_payment pp WHERE pp.pos_order_id = o.id), 0)) > 0.005 "
         "OR ABS(o.amount_paid - o.amount_total) > 0.005)) OR o.amount_return < 0 OR (o.name LIKE '% REFUND') <> (o.amount_total < 0)"),
        ("line money: total = qty x price x (1 - discount %); before VAT = total for children's sizes (zero-rated), total / 1.2 otherwise",
         "SELECT (SELECT COUNT(*) FROM pos_order_line l WHERE ABS(l.price_subtotal_incl - l.qty * l.price_unit * (100 - l.discount) / 100.0) > 0.0051 "
         "OR ABS(l.price_subtotal - CASE WHEN " + CHILD.format(p="l.product_id") + " THEN l.price_subtotal_incl ELSE l.price_subtotal_incl / 1.2 END) > 0.0051) "
         "+ (SELECT COUNT(*) FROM sale_order_line l WHERE ABS(l.price_total - l.product_uom_qty * l.price_unit * (100 - l.discount) / 100.0) > 0.0051 "
         "OR ABS(l.price_subtotal - CASE WHEN " + CHILD.format(p="l.product_id") + " THEN l.price_total ELSE l.price_total / 1.2 END) > 0.0051 "
         "OR ABS(l.price_tax - (l.price_total - l.price_subtotal)) > 0.005)"),
        ("prices and range: the price is the list price (or the pre-March-2025 pointe price); nothing sold before the product was created or after it "
         "or its variant was archived",
         "SELECT (SELECT COUNT(*) FROM pos_order_line l JOIN pos_order o ON o.id = l.order_id JOIN product_product p ON p.id = l.product_id "
         "JOIN product_template t ON t.id = p.product_tmpl_id WHERE NOT (ABS(l.price_unit - t.list_price) < 0.001 OR " + RISE.format(d="o.date_order", price="l.price_unit") + ") "
         "OR o.date_order < t.create_date OR (p.active = 0 AND o.date_order > p.write_date) OR (t.active = 0 AND o.date_order > t.write_date)) "
         "+ (SELECT COUNT(*) FROM sale_order_line l JOIN sale_order so ON so.id = l.order_id JOIN product_product p ON p.id = l.product_id "
         "JOIN product_template t ON t.id = p.product_tmpl_id WHERE NOT (ABS(l.price_unit - t.list_price) < 0.001 OR " + RISE.format(d="so.date_order", price="l.price_unit") + ") "
         "OR so.date_order < t.create_date OR (p.active = 0 AND so.date_order > p.write_date) OR (t.active = 0 AND so.date_order > t.write_date))"),
        ("refunds: a refund line gives back an earlier sold line of the same shop in full (same product, price and discount) within 40 days, and the "
         "refund is named after the original order; only refund lines are negative and point back",
         "SELECT (SELECT COUNT(*) FROM pos_order_line r JOIN pos_order ro ON ro.id = r.order_id JOIN pos_order_line l ON l.id = r.refunded_orderline_id "
         "JOIN pos_order o ON o.id = l.order_id JOIN pos_session rs ON rs.id = ro.session_id JOIN pos_session os ON os.id = o.session_id "
         "WHERE r.product_id <> l.product_id OR r.qty <> -l.qty OR r.price_unit <> l.price_unit OR r.discount <> l.discount OR ro.date_order <= o.date_order "
         "OR julianday(ro.date_order) - julianday(o.date_order) > 40 OR rs.config_id <> os.config_id OR ro.name <> o.name || ' REFUND' "
         "OR o.state NOT IN ('paid', 'done', 'invoiced') OR o.name LIKE '% REFUND') "
         "+ (SELECT COUNT(*) FROM pos_order_line WHERE (refunded_orderline_id IS NULL) <> (qty > 0))"),
        ("sessions: one per shop and trading day (no 25/26 December, 1 January or Easter Sunday; Sundays only in Cardiff; no Mondays at the "
         "concession; none at the archived shop after it closed); orders inside their session; 'paid' orders only in the session still open, and no 'done' ones there",
         "SELECT (SELECT COUNT(*) FROM pos_order o JOIN pos_session s ON s.id = o.session_id WHERE o.date_order < s.start_at "
         "OR (s.stop_at IS NOT NULL AND o.date_order > s.stop_at) OR (o.state = 'paid' AND s.state <> 'opened') OR (o.state = 'done' AND s.state = 'opened')) "
         "+ (SELECT COUNT(*) FROM (SELECT config_id, substr(start_at, 1, 10) FROM pos_session GROUP BY 1, 2 HAVING COUNT(*) > 1)) "
         "+ (SELECT COUNT(*) FROM pos_session s JOIN pos_config c ON c.id = s.config_id WHERE (s.state = 'closed') <> (s.stop_at IS NOT NULL) "
         "OR substr(s.start_at, 6, 5) IN ('12-25', '12-26', '01-01') OR substr(s.start_at, 1, 10) IN " + EASTER_PP + " "
         "OR (strftime('%w', s.start_at) = '0' AND c.name <> 'Cardiff Castle Arcade') OR (strftime('%w', s.start_at) = '1' AND c.name = 'Bridgend Dance Centre') "
         "OR (c.active = 0 AND s.start_at > c.write_date) OR substr(s.start_at, 1, 10) <> substr(COALESCE(s.stop_at, s.start_at), 1, 10))"),
        ("the person on the till was employed that day and works at that shop (or worked at a shop that closed before their current one opened); "
         "Saturday assistants only on Saturdays",
         "WITH span AS (SELECT config_id, MIN(start_at) AS first, MAX(start_at) AS last FROM pos_session GROUP BY config_id) "
         "SELECT COUNT(*) FROM pos_order o JOIN pos_session s ON s.id = o.session_id JOIN hr_employee e ON e.id = o.employee_id "
         "LEFT JOIN span es ON es.config_id = e.x_studio_shop JOIN span os ON os.config_id = s.config_id "
         "WHERE substr(o.date_order, 1, 10) > COALESCE(e.departure_date, '9999') OR o.date_order < e.create_date OR e.x_studio_shop IS NULL "
         "OR (e.x_studio_shop <> s.config_id AND NOT (es.first > os.last)) OR (e.job_title = 'Saturday Assistant' AND strftime('%w', o.date_order) <> '6')"),
        ("sales orders: totals = lines; every order except an abandoned basket has exactly one delivery line; dance schools' orders go to a company "
         "at 15 % off and website orders to a person; delivered quantities only on done orders",
         "SELECT (SELECT COUNT(*) FROM sale_order so JOIN res_partner p ON p.id = so.partner_id JOIN crm_team tm ON tm.id = so.team_id "
         "WHERE ABS(so.amount_total - (SELECT SUM(price_total) FROM sale_order_line l WHERE l.order_id = so.id)) > 0.005 "
         "OR ABS(so.amount_untaxed - (SELECT SUM(price_subtotal) FROM sale_order_line l WHERE l.order_id = so.id)) > 0.005 "
         "OR ABS(so.amount_tax - (so.amount_total - so.amount_untaxed)) > 0.005 "
         "OR (SELECT COUNT(*) FROM sale_order_line l WHERE l.order_id = so.id AND l.is_delivery = 1) <> CASE WHEN so.state = 'draft' THEN 0 ELSE 1 END "
         "OR (json_extract(tm.name, '$.en_US') = 'Dance Schools') <> (p.is_company = 1) "
         "OR EXISTS (SELECT 1 FROM sale_order_line l WHERE l.order_id = so.id AND l.is_delivery = 0 AND (l.discount <> CASE WHEN p.is_company = 1 THEN 15 ELSE 0 END "
         "OR l.qty_delivered <> CASE WHEN so.state = 'done' THEN l.product_uom_qty ELSE 0 END))) "
         "+ (SELECT COUNT(*) FROM sale_order so JOIN res_partner p ON p.id = so.partner_id WHERE p.active = 0 AND so.state <> 'draft' AND so.date_order > p.write_date)"),
        ("partners: contacts belong to a company and carry its name in their full name; dance-school links point at a company; customers of the "
         "shops are people",
         "SELECT COUNT(*) FROM res_partner c LEFT JOIN res_partner par ON par.id = c.parent_id LEFT JOIN res_partner sc ON sc.id = c.x_studio_dance_school "
         "WHERE (par.id IS NOT NULL AND (par.is_company <> 1 OR c.complete_name <> par.name || ', ' || c.name)) OR (par.id IS NULL AND c.complete_name <> c.name) "
         "OR (sc.id IS NOT NULL AND sc.is_company <> 1) OR (c.parent_id IS NOT NULL AND c.customer_rank <> 0) "
         "OR EXISTS (SELECT 1 FROM pos_order o WHERE o.partner_id = c.id AND (c.is_company = 1 OR c.parent_id IS NOT NULL OR o.date_order < c.create_date))"),
        ("pupils' discount: a shop sale line of a product (not a service) has 10 % off exactly when the customer's dance school still had an account "
         "that day; otherwise no discount",
         "SELECT COUNT(*) FROM pos_order_line l JOIN pos_order o ON o.id = l.order_id JOIN product_product p ON p.id = l.product_id "
         "JOIN product_template t ON t.id = p.product_tmpl_id LEFT JOIN res_partner c ON c.id = o.partner_id LEFT JOIN res_partner sc ON sc.id = c.x_studio_dance_school "
         "WHERE l.qty > 0 AND l.discount <> CASE WHEN t.type = 'consu' AND sc.id IS NOT NULL AND (sc.active = 1 OR substr(o.date_order, 1, 10) < substr(sc.write_date, 1, 10)) "
         "THEN 10 ELSE 0 END"),
    ],
}

RELATIVE = re.compile(r"\b(this|last|next|past|previous|current) (year|month|quarter|week|season)\b|\btoday\b|\byesterday\b|"
                      r"\brecent(ly)?\b|\bso far\b|\bytd\b|\bthe last \d+ (days|weeks|months)\b|\bago\b|\bat the moment\b|\blately\b|\bthese days\b|\bnowadays\b", re.I)
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
    ddl = {r[0]: r[1] for r in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")}
    pk_of = {t: [c[1] for c in sorted(con.execute(f"PRAGMA table_info({qi(t)})"), key=lambda c: c[5]) if c[5]] for t in tables}
    uniq_of = {}
    for t in tables:
        uniq_of[t] = [[r[2] for r in con.execute(f"PRAGMA index_info({qi(ix[1])})")] for ix in con.execute(f"PRAGMA index_list({qi(t)})") if ix[2]]
    idents, text_values = set(), set()
    self_ref = link = accented = False
    nfk = 0
    for t in tables:
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
        if style == "django":
            m = re.fullmatch(r"([a-z]+)_([a-z]+)(_[a-z]+)?", t)
            if t != "django_migrations" and (not m or m.group(1) not in DJANGO_APPS):
                fail(f"{name}.{t}: table name is not a Django app_model name")
            if pk_of[t] != ["id"] or "AUTOINCREMENT" not in ddl[t]:
                fail(f"{name}.{t}: no integer id primary key AUTOINCREMENT")
            if m and m.group(3) and not (len(uniq_of[t]) and any(len(u) == 2 for u in uniq_of[t])):
                fail(f"{name}.{t}: many-to-many table without a unique pair")
            if t in DJANGO_TIMESTAMPED:
                if not {"created", "modified"} <= names:
                    fail(f"{name}.{t}: TimeStampedModel table without created / modified")
                elif con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE modified < created").fetchone()[0]:
                    fail(f"{name}.{t}: modified before created")
            if fks and ddl[t].count("DEFERRABLE INITIALLY DEFERRED") != len(fks):
                fail(f"{name}.{t}: foreign keys not declared the Django way (inline, DEFERRABLE INITIALLY DEFERRED)")
        else:
            if not t.startswith(ODOO_PREFIXES) or not re.fullmatch(r"[a-z]+(_[a-z]+)+", t):
                fail(f"{name}.{t}: table name is not an Odoo model table")
            if t.endswith("_rel"):
                if "id" in names or len(pk_of[t]) != 2:
                    fail(f"{name}.{t}: many2many _rel table should have no id and a two-column primary key")
            else:
                if pk_of[t] != ["id"] or not {"create_date", "write_date"} <= names:
                    fail(f"{name}.{t}: model table without an integer id and create_date / write_date")
                elif con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE write_date < create_date").fetchone()[0]:
                    fail(f"{name}.{t}: write_date before create_date")
        for c in cols:
            col, typ = c[1], (c[2] or "").upper()
            idents.add(col)
            q = f"{qi(t)}.{qi(col)}"

            def bad(where):
                return con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NOT NULL AND ({where})").fetchone()[0]

            def vals():
                return {r[0] for r in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)}")}
            if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", col):
                fail(f"{name}.{t}.{col}: column is not snake_case")
            if style == "django":
                if typ == "DATETIME" and bad(f"typeof({q}) <> 'text' OR NOT ({q} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]' "
                                             f"OR {q} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]') OR strftime('%Y-%m-%d %H:%M:%S', {q}) IS NOT substr({q}, 1, 19)"):
                    fail(f"{name}.{t}.{col}: values that are not Django datetimes 'YYYY-MM-DD HH:MM:SS[.ffffff]'")
                if typ == "DATE" and bad(f"typeof({q}) <> 'text' OR date({q}) IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not 'YYYY-MM-DD' dates")
                if typ == "DECIMAL" and bad(f"typeof({q}) NOT IN ('integer', 'real') OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: decimal value that is not a number with at most 2 decimals")
                if typ.startswith("VARCHAR") and con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE {q} IS NULL").fetchone()[0]:
                    fail(f"{name}.{t}.{col}: NULL in a CharField (Django stores '' for blank)")
                if (t, col) in DJANGO_CHOICES:
                    v = vals()
                    if not v <= DJANGO_CHOICES[(t, col)] or len(v) < 2:
                        fail(f"{name}.{t}.{col}: choice values {sorted(v, key=str)} outside {sorted(DJANGO_CHOICES[(t, col)])} or not varying")
                if col.endswith("_id") and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
                if typ == "BOOL":
                    v = vals()
                    if not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: bool is not 0/1")
                    elif v != {0, 1}:
                        fail(f"{name}.{t}.{col}: bool never varies ({sorted(v)})")
                elif bad(f"typeof({q}) = 'real'") and typ != "DECIMAL":
                    fail(f"{name}.{t}.{col}: REAL values outside a decimal column")
            else:
                if typ == "TIMESTAMP" and bad(f"typeof({q}) <> 'text' OR {q} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]' "
                                              f"OR strftime('%Y-%m-%d %H:%M:%S', {q}) IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not Odoo timestamps 'YYYY-MM-DD HH:MM:SS'")
                if typ == "DATE" and bad(f"typeof({q}) <> 'text' OR date({q}) IS NOT {q}"):
                    fail(f"{name}.{t}.{col}: values that are not 'YYYY-MM-DD' dates")
                if typ == "NUMERIC" and bad(f"typeof({q}) NOT IN ('integer', 'real') OR ABS({q} * 100 - ROUND({q} * 100)) > 1e-6"):
                    fail(f"{name}.{t}.{col}: numeric value that is not a number with at most 2 decimals")
                if (t, col) in ODOO_JSON or typ == "JSONB":
                    for (v,) in con.execute(f"SELECT {q} FROM {qi(t)}"):
                        try:
                            j = json.loads(v)
                            ok = isinstance(j, dict) and isinstance(j.get("en_US"), str) and set(j) <= {"en_US", "cy_GB"}
                        except (TypeError, ValueError):
                            ok = False
                        if not ok:
                            fail(f"{name}.{t}.{col}: translatable name is not JSON with an en_US key ({v!r})")
                            break
                        text_values.update(j.values())
                if (t, col) in ODOO_SELECTIONS:
                    v = vals()
                    if not v <= ODOO_SELECTIONS[(t, col)] or (len(v) < 2 and len(ODOO_SELECTIONS[(t, col)]) > 1):
                        fail(f"{name}.{t}.{col}: selection values {sorted(v, key=str)} outside {sorted(ODOO_SELECTIONS[(t, col)])} or not varying")
                if (col.endswith("_id") or col.startswith("x_studio_") and typ == "INTEGER") and col not in fk_cols:
                    fail(f"{name}.{t}.{col}: looks like a key but is not a declared foreign key")
                if typ == "BOOLEAN":
                    v = vals()
                    if not v <= {0, 1}:
                        fail(f"{name}.{t}.{col}: boolean is not 0/1")
                    elif v != {0, 1} and (t, col) not in ODOO_CONSTANT_BOOLS:
                        fail(f"{name}.{t}.{col}: boolean never varies ({sorted(v)})")
                elif bad(f"typeof({q}) = 'real'") and typ != "NUMERIC":
                    fail(f"{name}.{t}.{col}: REAL values outside a numeric column")
            if con.execute(f"SELECT COUNT(*) FROM {qi(t)} WHERE typeof({q}) = 'text'").fetchone()[0]:
                for (v,) in con.execute(f"SELECT DISTINCT {q} FROM {qi(t)} WHERE typeof({q}) = 'text'"):
                    text_values.add(v)
                    if not accented and re.search(r"name", col) and re.search(r"[À-ɏḀ-ỿ]", v):
                        accented = True
    if not con.execute(PLACE[style]).fetchall():
        fail(f"{name}: no town name shared by two counties")
    if nfk == 0:
        fail(f"{name}: no foreign keys declared")
    if con.execute("PRAGMA foreign_key_check").fetchall():
        fail(f"{name}: foreign_key_check not clean")
    if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        fail(f"{name}: integrity_check failed")
    for ok, label in ((self_ref, "self-referencing FK"), (link, "many-to-many link table"), (accented, "accented names")):
        if not ok:
            fail(f"{name}: no {label}")
    edges = {"django": [("closed shop", "SELECT COUNT(*) FROM shops_shop WHERE closed_on IS NOT NULL AND is_active = 0"),
                        ("staff leavers", "SELECT COUNT(*) FROM shops_staff WHERE end_date IS NOT NULL"),
                        ("volunteer leavers", "SELECT COUNT(*) FROM volunteers_volunteer WHERE end_date IS NOT NULL"),
                        ("anonymous donations", "SELECT COUNT(*) FROM donations_donation WHERE donor_id IS NULL"),
                        ("van collections", "SELECT COUNT(*) FROM donations_donation WHERE via_collection = 1"),
                        ("cancelled Gift Aid declarations", "SELECT COUNT(*) FROM donations_donor WHERE gift_aid_cancelled_on IS NOT NULL"),
                        ("queried sheets", "SELECT COUNT(*) FROM takings_dailysheet WHERE status = 'queried'"),
                        ("sheets not yet reviewed", "SELECT COUNT(*) FROM takings_dailysheet WHERE status = 'submitted'"),
                        ("unclaimed Gift Aid proceeds", "SELECT COUNT(*) FROM giftaid_proceeds WHERE claim_id IS NULL"),
                        ("an unpaid claim", "SELECT COUNT(*) FROM giftaid_claim WHERE paid_on IS NULL"),
                        ("blank e-mails stored as ''", "SELECT COUNT(*) FROM donations_donor WHERE email = ''"),
                        ("whole decimals stored as integers", "SELECT COUNT(*) FROM takings_dailysheet WHERE typeof(till_total) = 'integer'"),
                        ("donors with no donation in the period", "SELECT COUNT(*) FROM donations_donor dn WHERE NOT EXISTS (SELECT 1 FROM donations_donation d WHERE d.donor_id = dn.id)"),
                        ("volunteers on the books without 2025 shifts", "SELECT COUNT(*) FROM volunteers_volunteer v WHERE end_date IS NULL AND NOT EXISTS "
                         "(SELECT 1 FROM volunteers_shift s WHERE s.volunteer_id = v.id AND s.date >= '2025-01-01')"),
                        ("activity in both GMT and BST (UTC hour 08 only in summer, 15 only in winter)",
                         "SELECT (SELECT COUNT(*) FROM donations_donation WHERE substr(received_at, 12, 2) = '08') > 0 AND (SELECT COUNT(*) FROM donations_donation WHERE substr(received_at, 12, 2) = '15') > 0")],
             "odoo": [("archived shop", "SELECT COUNT(*) FROM pos_config WHERE active = 0"),
                      ("archived products and variants", "SELECT (SELECT COUNT(*) FROM product_template WHERE active = 0) * (SELECT COUNT(*) FROM product_product p JOIN product_template t ON t.id = p.product_tmpl_id WHERE p.active = 0 AND t.active = 1)"),
                      ("an archived dance school", "SELECT COUNT(*) FROM res_partner WHERE is_company = 1 AND active = 0"),
                      ("refunds", "SELECT COUNT(*) FROM pos_order WHERE name LIKE '% REFUND'"),
                      ("cancelled POS orders", "SELECT COUNT(*) FROM pos_order WHERE state = 'cancel'"),
                      ("abandoned baskets and unconfirmed quotations", "SELECT (SELECT COUNT(*) FROM sale_order WHERE state = 'draft') * (SELECT COUNT(*) FROM sale_order WHERE state = 'sent')"),
                      ("a session still open", "SELECT COUNT(*) FROM pos_session WHERE state = 'opened'"),
                      ("zero-rated lines", "SELECT COUNT(*) FROM pos_order_line WHERE price_subtotal = price_subtotal_incl AND qty > 0"),
                      ("a price rise (lines below today's price)", "SELECT COUNT(*) FROM pos_order_line l JOIN product_product p ON p.id = l.product_id JOIN product_template t ON t.id = p.product_tmpl_id WHERE l.price_unit < t.list_price"),
                      ("the archived public user", "SELECT COUNT(*) FROM res_partner WHERE name = 'Public user' AND active = 0"),
                      ("leavers", "SELECT COUNT(*) FROM hr_employee WHERE departure_date IS NOT NULL AND active = 0"),
                      ("Welsh translations", "SELECT COUNT(*) FROM product_template WHERE json_extract(name, '$.cy_GB') IS NOT NULL"),
                      ("split payments", "SELECT COUNT(*) FROM (SELECT pos_order_id FROM pos_payment GROUP BY 1 HAVING COUNT(*) > 1)")]}
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
    if style == "django":
        for (v,) in con.execute("SELECT email FROM donations_donor WHERE email <> '' UNION ALL SELECT email FROM volunteers_volunteer WHERE email <> ''"):
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", v):
                fail(f"{name}: malformed e-mail {v!r}")
                break
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


def words_of(ident):
    return [x for x in re.split(r"[_\s]+", ident.lower()) if x]


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
    if re.search(r"\b[a-z]+[A-Z][a-z]+\w*\b", text):
        fail(f"{q['id']}: camelCase token in question text")
    for ident in idents:
        if "_" in ident and re.search(r"\b" + re.escape(ident) + r"\b", text):
            fail(f"{q['id']}: question mentions schema identifier {ident}")
        w = words_of(ident)
        if len(w) >= 3 and re.search(r"\b" + r"[\s-]+".join(map(re.escape, w)) + r"\b", text, re.I):
            fail(f"{q['id']}: question spells out schema identifier {ident} word by word")
    for phrase in LEAKY:
        if re.search(r"\b" + re.escape(phrase) + r"\b", text, re.I):
            fail(f"{q['id']}: question uses the column-like phrase '{phrase}'")
    if re.search(r"\b(table|column|schema|database|field|record|row)s?\b|\bsql\b|\bjson\b|\benum\b|\bflag\b|\bslug\b|\bboolean\b|\bdjango\b|\bodoo\b", text, re.I):
        fail(f"{q['id']}: question talks about the database structure or storage")
    if RELATIVE.search(text):
        fail(f"{q['id']}: relative period '{RELATIVE.search(text).group(0)}' (periods must be explicit)")
    years_q = set(YEAR_TOKEN.findall(text))
    for y in sorted(years_q):
        if y not in sql:
            fail(f"{q['id']}: question mentions {y} but the SQL does not")
    if re.search(r"20[12]\d", " ".join(literals(sql))) and not years_q:
        fail(f"{q['id']}: SQL filters on a date but the question names no year")


def json_aliases(sql):
    """Aliases (or bare names) under which the SQL reads a table whose name column is translatable JSON."""
    out = []
    for t in ("product_template", "product_attribute", "product_attribute_value", "pos_payment_method", "crm_team"):
        for m in re.finditer(r"\b(?:FROM|JOIN)\s+" + t + r"\b(?:\s+(?!ON\b|WHERE\b|JOIN\b|GROUP\b|ORDER\b|LEFT\b)(\w+))?", sql, re.I):
            out.append(m.group(1) or t)
    return out


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
    if q.get("_kind") == "share" and "/" in bare and not re.search(r"1\.0\b", bare):
        fail(f"{q['id']}: share divides without forcing real division (1.0 * ...)")
    if style == "django":
        if re.search(r"\b(\w+_on|\w+_at|\w+_date|date|month|created|modified)\s*(=|<>|<=|>=|<|>|BETWEEN)\s*'20\d\d'", sql):
            fail(f"{q['id']}: a Django date compared with a bare year (NUMERIC affinity makes that always true or false)")
    else:
        for alias in json_aliases(sql):
            pat = (r"(?<![\w.])" + re.escape(alias) + r"\.name\b") if alias not in ("product_template", "product_attribute", "product_attribute_value", "pos_payment_method", "crm_team") else r"(?<![.\w])name\b"
            for m in re.finditer(pat, bare):
                if not re.search(r"json_extract\(\s*$", bare[:m.start()]):
                    fail(f"{q['id']}: translatable JSON name read without json_extract")
                    break
        if re.search(r"\b(pos_order|pos_order_line|pos_payment)\b", bare) and re.search(r"\b(SUM|AVG|COUNT)\(", bare, re.I):
            if not re.search(r"\bo\.state\b|\bstate\s+IN\b", bare):
                fail(f"{q['id']}: POS figures aggregated without settling the order state (cancelled orders)")
            if re.search(r"\b(SUM|AVG)\(", bare, re.I) and not re.search(r"refund", text, re.I):
                fail(f"{q['id']}: POS money aggregated but the question does not say how refunds are treated")
            if re.search(r"\bCOUNT\(", bare, re.I) and "REFUND" not in sql:
                fail(f"{q['id']}: POS orders counted without deciding about refunds")
        if re.search(r"\bsale_order\b", bare) and re.search(r"\b(SUM|AVG|COUNT)\(", bare, re.I) and not re.search(r"\bso\.state\b|\bstate\b", bare):
            fail(f"{q['id']}: sales orders aggregated without settling their state (baskets, quotations, cancellations)")
    gt = GRAIN.get(dbn)
    if gt and re.search(gt[0], sql) and "COUNT(" in bare.upper() and re.search(r"\b(how many|number of|count)\b", text, re.I) \
            and re.search(r"\bsales?\b|\borders?\b|\bpurchases?\b|\btransactions?\b", text, re.I) and not re.search(r"COUNT\(DISTINCT\s+o\.id\)", sql, re.I):
        fail(f"{q['id']}: orders counted on the line table without COUNT(DISTINCT order)")
    for lit in literals(sql):
        if re.fullmatch(r"20\d\d(-\d\d(-\d\d)?)?|20\d\d-Q[1-4]|-?\d+(\.\d+)?|\d\d|\d\d-\d\d|[ \-/,]*|-Q|%.*|.*%|\$\.(en_US|cy_GB)", lit):
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
                if isinstance(v, str) and v.startswith("{\""):
                    fail(f"{q['id']}: a raw JSON name in the result")
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
            # a tie just below the cut: the next row must be strictly worse
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
