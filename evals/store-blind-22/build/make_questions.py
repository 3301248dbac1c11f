"""Writes ../questions.jsonl (80 questions, 40 per database) and kinds.tsv for store-blind-22.

Reference SQL conventions (also in the README):

Levandulka (Magento 2)
  * Which orders count: an order counts when its state is 'processing' or 'complete' (paid or cash on delivery and not
    cancelled, fully refunded, on hold, under fraud review or still unpaid).  'Cancelled' = state 'canceled', whatever
    the status (incl. 'nevyzvednuto', parcels nobody picked up, and the test orders).
  * Shops: store_id 1 = the Czech shop (levandulka.cz, CZK), store_id 2 = the Slovak shop (levandulka.sk, EUR).
  * Dates: sales_order.created_at (UTC; no order falls near midnight, so the UTC date is the shop's date).
  * Money: 'sales' / 'what customers paid' = base_grand_total (VAT and shipping in, discounts off) in the shop's own
    currency; both shops together in CZK = base_grand_total * base_to_global_rate.  Product money comes from the
    parent order lines (parent_item_id IS NULL): base_row_total excl. VAT, before discounts.  Partial refunds are not
    deducted; refunds are sales_creditmemo.base_grand_total dated by the credit memo.
  * Units: qty_ordered of parent lines (parent_item_id IS NULL); free samples (price 0) are left out when the question
    says so.
  * Catalogue values: EAV rows at store_id 0 (the default, Czech) unless the question asks for the Slovak shop
    (store_id 2); brands are the manufacturer option; 'products' are catalogue products (a configurable with its
    sizes / shades is one product).
  * Customers: the customer's region is the billing address's region; distinct buyers are counted by
    LOWER(customer_email).

Kinloch Bakehouse (hand-made SQLite)
  * Which orders count: an order counts when it was delivered or collected: LOWER(TRIM(status)) IN ('delivered',
    'collected').  'Cancelled' = LOWER(TRIM(status)) IN ('cancelled', 'canceled'); 'no-show' =
    LOWER(REPLACE(TRIM(status), '-', ' ')) = 'no show'.  TEST, Confirmed and paid (not yet collected) orders never count.
  * Order kinds: OrderType 'TRADE' (trade / wholesale deliveries), 'SPECIAL' (special orders: celebration cakes and
    Christmas / Hogmanay pre-orders), 'CLICK' (click & collect).
  * Dates: an order is dated by its delivery / collection date ForDate ('DD/MM/YYYY', turned into ISO), unless the
    question says 'placed' / 'taken'.
  * Money: orders.total in GBP incl. VAT (delivery charge in, discount off); till takings are TillDays Gross_p / 100 on
    the TOTAL rows (before refunds unless the question says 'net of refunds'); a till department is read on its own rows.
  * Names: a product keyed twice ('White Sourdough Loaf' / 'White Sourdough') counts as one when the question names it;
    customers are their own records (a duplicate record is its own customer)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
LV, KB = "levandulka", "kinloch_bakehouse"

OK = "o.state IN ('processing', 'complete')"
PNAME = ("(SELECT v.value FROM catalog_product_entity_varchar v JOIN eav_attribute a ON a.attribute_id = v.attribute_id "
         "WHERE a.attribute_code = 'name' AND a.entity_type_id = 4 AND v.store_id = 0 AND v.entity_id = {e})")
BRAND_JOIN = ("JOIN catalog_product_entity_int bi ON bi.entity_id = i.product_id AND bi.store_id = 0 "
              "JOIN eav_attribute ba ON ba.attribute_id = bi.attribute_id AND ba.attribute_code = 'manufacturer' "
              "JOIN eav_attribute_option_value bv ON bv.option_id = bi.value AND bv.store_id = 0")

LQ = [
    # ------------------------------------------------------------------ count
    ("count", "How many orders did the Slovak shop get in 2025?",
     f"SELECT COUNT(*) FROM sales_order o WHERE o.store_id = 2 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    ("count", "How many orders ended up cancelled in 2024 for whatever reason, counting both shops and the parcels nobody picked up?",
     "SELECT COUNT(*) FROM sales_order o WHERE o.state = 'canceled' AND o.created_at >= '2024-01-01' AND o.created_at < '2025-01-01'", False),
    ("count", "How many orders placed in 2025 were for collection at our Brno showroom?",
     f"SELECT COUNT(*) FROM sales_order o WHERE o.shipping_method = 'instore_pickup' AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    ("count", "How many new customer accounts were opened on levandulka.cz in 2025?",
     "SELECT COUNT(*) FROM customer_entity c WHERE c.website_id = 1 AND c.created_at >= '2025-01-01' AND c.created_at < '2026-01-01'", False),
    # ------------------------------------------------------------------ total
    ("total", "What were total sales on the Czech shop in 2024 in Kč, including VAT and shipping, after discounts?",
     f"SELECT ROUND(SUM(o.base_grand_total), 2) FROM sales_order o WHERE o.store_id = 1 AND {OK} AND o.created_at >= '2024-01-01' AND o.created_at < '2025-01-01'", False),
    ("total", "How much did the skin care section (Péče o pleť, with all its subcategories) sell on the Czech shop in 2025, in Kč excluding VAT and before discounts?",
     "SELECT ROUND(SUM(i.base_row_total), 2) FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id "
     f"WHERE i.parent_item_id IS NULL AND o.store_id = 1 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' AND EXISTS ("
     "SELECT 1 FROM catalog_category_product cp JOIN catalog_category_entity c ON c.entity_id = cp.category_id "
     "JOIN catalog_category_entity parent ON parent.entity_id = c.parent_id "
     "JOIN catalog_category_entity_varchar pn ON pn.entity_id = parent.entity_id AND pn.attribute_id = 45 AND pn.store_id = 0 "
     "WHERE cp.product_id = i.product_id AND pn.value = 'Péče o pleť')", False),
    ("total", "How much money did we refund on the Slovak shop in 2025, in euros?",
     "SELECT ROUND(SUM(m.base_grand_total), 2) FROM sales_creditmemo m WHERE m.store_id = 2 AND m.created_at >= '2025-01-01' AND m.created_at < '2026-01-01'", False),
    ("total", "What were our total sales for 2025 across both shops in Kč, with the Slovak orders converted at the exchange rate stored on each order (VAT and shipping included)?",
     f"SELECT ROUND(SUM(o.base_grand_total * o.base_to_global_rate), 2) FROM sales_order o WHERE {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    # ------------------------------------------------------------------ average
    ("average", "What was the average order value on the Slovak shop in 2025, in euros including VAT and shipping?",
     f"SELECT ROUND(AVG(o.base_grand_total), 2) FROM sales_order o WHERE o.store_id = 2 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    ("average", "For completed Czech-shop orders placed in 2025 that went out with a carrier (not showroom pickups), how many days on average passed between the order and handing the parcel over?",
     "SELECT ROUND(AVG(julianday(s.created_at) - julianday(o.created_at)), 2) FROM sales_order o JOIN sales_shipment s ON s.order_id = o.entity_id "
     "WHERE o.store_id = 1 AND o.state = 'complete' AND o.shipping_method <> 'instore_pickup' AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    ("average", "On average, how many items were in a beauty salon's order in 2025?",
     "SELECT ROUND(AVG(o.total_qty_ordered), 2) FROM sales_order o JOIN customer_group g ON g.customer_group_id = o.customer_group_id "
     f"WHERE g.customer_group_code = 'Kosmetické salony' AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    # ------------------------------------------------------------------ breakdown
    ("breakdown", "Czech-shop sales by month for 2025, in Kč with VAT and shipping.",
     f"SELECT strftime('%Y-%m', o.created_at) AS month, ROUND(SUM(o.base_grand_total), 2) AS sales FROM sales_order o WHERE o.store_id = 1 AND {OK} "
     "AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' GROUP BY 1", False),
    ("breakdown", "How many orders did the Slovak shop get in each quarter of 2024 and 2025?",
     "SELECT strftime('%Y', o.created_at) || '-Q' || ((CAST(strftime('%m', o.created_at) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS orders FROM sales_order o "
     f"WHERE o.store_id = 2 AND {OK} AND o.created_at >= '2024-01-01' AND o.created_at < '2026-01-01' GROUP BY 1", False),
    ("breakdown", "Orders per week across both shops from Monday 3 November to Sunday 14 December 2025, weeks starting on Monday.",
     "SELECT date(o.created_at, '-6 days', 'weekday 1') AS week, COUNT(*) AS orders FROM sales_order o "
     f"WHERE {OK} AND o.created_at >= '2025-11-03' AND o.created_at < '2025-12-15' GROUP BY 1", False),
    ("breakdown", "Units sold per brand in 2025 across both shops, leaving out the free samples.",
     f"SELECT bv.value AS brand, SUM(i.qty_ordered) AS units FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id {BRAND_JOIN} "
     f"WHERE i.parent_item_id IS NULL AND i.price > 0 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' GROUP BY bv.value", False),
    ("breakdown", "How many Czech-shop orders in 2025 went by each delivery option? Zásilkovna and Packeta are the same service.",
     f"SELECT o.shipping_method, COUNT(*) AS orders FROM sales_order o WHERE o.store_id = 1 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' "
     "GROUP BY o.shipping_method", False),
    # ------------------------------------------------------------------ topn
    ("topn", "What were the top 5 products by units sold on the Czech shop from April to December 2025, not counting free samples?",
     "SELECT i.name, SUM(i.qty_ordered) AS units FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id "
     f"WHERE i.parent_item_id IS NULL AND i.price > 0 AND o.store_id = 1 AND {OK} AND o.created_at >= '2025-04-01' AND o.created_at < '2026-01-01' "
     "GROUP BY i.name ORDER BY units DESC LIMIT 5", True),
    ("topn", "Which 2 discount codes were used on the most orders in 2025, however customers typed them?",
     f"SELECT UPPER(o.coupon_code) AS code, COUNT(*) AS orders FROM sales_order o WHERE o.coupon_code IS NOT NULL AND {OK} "
     "AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' GROUP BY UPPER(o.coupon_code) ORDER BY orders DESC LIMIT 2", True),
    ("topn", "Which 5 customers spent the most on the Czech shop in 2025, in Kč including VAT and shipping? Go by e-mail address, guests included.",
     f"SELECT LOWER(o.customer_email) AS email, ROUND(SUM(o.base_grand_total), 2) AS spent FROM sales_order o WHERE o.store_id = 1 AND {OK} "
     "AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' GROUP BY LOWER(o.customer_email) ORDER BY spent DESC LIMIT 5", True),
    ("topn", "Which Czech region placed the fewest orders on the Czech shop in 2025, going by the billing address?",
     "SELECT a.region, COUNT(*) AS orders FROM sales_order o JOIN sales_order_address a ON a.parent_id = o.entity_id AND a.address_type = 'billing' "
     f"WHERE o.store_id = 1 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' GROUP BY a.region ORDER BY orders ASC LIMIT 1", True),
    # ------------------------------------------------------------------ attribute
    ("attribute", "What is the current price of Weleda Skin Food on the Slovak shop?",
     "SELECT d.value FROM catalog_product_entity p JOIN catalog_product_entity_decimal d ON d.entity_id = p.entity_id AND d.store_id = 2 "
     "JOIN eav_attribute a ON a.attribute_id = d.attribute_id AND a.attribute_code = 'price' AND a.entity_type_id = 4 WHERE p.sku = 'WEL-SF-75'", False),
    ("attribute", "Which brand makes the Minerální pudr?",
     "SELECT bv.value FROM catalog_product_entity p JOIN catalog_product_entity_varchar n ON n.entity_id = p.entity_id AND n.attribute_id = 73 AND n.store_id = 0 "
     "JOIN catalog_product_entity_int bi ON bi.entity_id = p.entity_id AND bi.store_id = 0 JOIN eav_attribute ba ON ba.attribute_id = bi.attribute_id AND ba.attribute_code = 'manufacturer' "
     "JOIN eav_attribute_option_value bv ON bv.option_id = bi.value AND bv.store_id = 0 WHERE n.value = 'Minerální pudr' AND p.type_id = 'configurable'", False),
    ("attribute", "On what date did Salon Lotos open its account with us?",
     "SELECT date(c.created_at) FROM customer_entity c JOIN customer_address_entity a ON a.parent_id = c.entity_id WHERE a.company = 'Salon Lotos'", False),
    # ------------------------------------------------------------------ list
    ("list", "Which products that we still sell are out of stock at the moment? Just the names.",
     f"SELECT {PNAME.format(e='s.product_id')} AS name FROM cataloginventory_stock_item s JOIN catalog_product_entity_int st ON st.entity_id = s.product_id AND st.attribute_id = 97 AND st.store_id = 0 "
     "WHERE s.is_in_stock = 0 AND st.value = 1", False),
    ("list", "List the orders that are on hold or waiting for a fraud check: order number, customer e-mail and order date.",
     "SELECT o.increment_id, o.customer_email, date(o.created_at) FROM sales_order o WHERE o.state IN ('holded', 'payment_review')", False),
    ("list", "Which beauty salons have an account on the Slovak shop? Company names please.",
     "SELECT a.company FROM customer_entity c JOIN customer_address_entity a ON a.entity_id = c.default_billing JOIN customer_group g ON g.customer_group_id = c.group_id "
     "WHERE g.customer_group_code = 'Kosmetické salony' AND c.website_id = 2", False),
    # ------------------------------------------------------------------ negation
    ("negation", "Which products shown in the shop have never been ordered by anyone?",
     f"SELECT {PNAME.format(e='p.entity_id')} AS name FROM catalog_product_entity p JOIN catalog_product_entity_int v ON v.entity_id = p.entity_id AND v.attribute_id = 99 AND v.store_id = 0 "
     "WHERE v.value = 4 AND NOT EXISTS (SELECT 1 FROM sales_order_item i WHERE i.product_id = p.entity_id)", False),
    ("negation", "How many people who are still subscribed to the newsletter have never placed an order with us, matching by e-mail?",
     "SELECT COUNT(*) FROM newsletter_subscriber n WHERE n.subscriber_status = 1 AND NOT EXISTS (SELECT 1 FROM sales_order o WHERE LOWER(o.customer_email) = LOWER(n.subscriber_email))", False),
    ("negation", "Which beauty salons have not bought anything since 1 July 2025?",
     "SELECT a.company FROM customer_entity c JOIN customer_address_entity a ON a.entity_id = c.default_billing WHERE c.group_id = 5 AND NOT EXISTS ("
     f"SELECT 1 FROM sales_order o WHERE o.customer_id = c.entity_id AND {OK} AND o.created_at >= '2025-07-01')", False),
    # ------------------------------------------------------------------ having
    ("having", "Which registered customers placed at least 10 orders on the Czech shop over 2024 and 2025? Give their e-mail and the number of orders.",
     f"SELECT c.email, COUNT(*) AS orders FROM sales_order o JOIN customer_entity c ON c.entity_id = o.customer_id WHERE o.store_id = 1 AND {OK} "
     "AND o.created_at >= '2024-01-01' AND o.created_at < '2026-01-01' GROUP BY c.entity_id, c.email HAVING COUNT(*) >= 10", False),
    ("having", "Which products sold more than 300 units across both shops in 2025, counting every size or shade of a product together?",
     f"SELECT {PNAME.format(e='i.product_id')} AS name, SUM(i.qty_ordered) AS units FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id "
     f"WHERE i.parent_item_id IS NULL AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' AND i.price > 0 GROUP BY i.product_id HAVING SUM(i.qty_ordered) > 300", False),
    ("having", "On which days in 2025 did we get more than 12 orders across both shops?",
     f"SELECT date(o.created_at) AS day, COUNT(*) AS orders FROM sales_order o WHERE {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01' "
     "GROUP BY date(o.created_at) HAVING COUNT(*) > 12", False),
    # ------------------------------------------------------------------ compare
    ("compare", "Compare the number of orders over the Black Friday weekend, Friday to Monday: 29 November to 2 December 2024 against 28 November to 1 December 2025.",
     "SELECT SUM(CASE WHEN o.created_at >= '2024-11-29' AND o.created_at < '2024-12-03' THEN 1 ELSE 0 END) AS bf_2024, "
     "SUM(CASE WHEN o.created_at >= '2025-11-28' AND o.created_at < '2025-12-02' THEN 1 ELSE 0 END) AS bf_2025 "
     f"FROM sales_order o WHERE {OK}", False),
    ("compare", "Slovak shop sales in euros incl. VAT and shipping: first half of 2025 versus second half of 2025.",
     "SELECT ROUND(SUM(CASE WHEN o.created_at < '2025-07-01' THEN o.base_grand_total ELSE 0 END), 2) AS h1, "
     "ROUND(SUM(CASE WHEN o.created_at >= '2025-07-01' THEN o.base_grand_total ELSE 0 END), 2) AS h2 "
     f"FROM sales_order o WHERE o.store_id = 2 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    ("compare", "How many of our rose face cream (both sizes together) did we sell in 2024 compared with 2025, both shops?",
     "SELECT SUM(CASE WHEN o.created_at < '2025-01-01' THEN i.qty_ordered ELSE 0 END) AS units_2024, "
     "SUM(CASE WHEN o.created_at >= '2025-01-01' THEN i.qty_ordered ELSE 0 END) AS units_2025 "
     "FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id JOIN catalog_product_entity p ON p.entity_id = i.product_id "
     f"WHERE i.parent_item_id IS NULL AND p.sku = 'LEV-PK-RUZ' AND {OK} AND o.created_at >= '2024-01-01' AND o.created_at < '2026-01-01'", False),
    # ------------------------------------------------------------------ share
    ("share", "What share of Czech-shop orders in 2025 were paid by card through GoPay?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN p.method = 'gopay' THEN 1 ELSE 0 END) / COUNT(*), 4) FROM sales_order o JOIN sales_order_payment p ON p.parent_id = o.entity_id "
     f"WHERE o.store_id = 1 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    ("share", "What fraction of all orders in 2025, both shops, came from guests who checked out without an account?",
     f"SELECT ROUND(1.0 * SUM(o.customer_is_guest) / COUNT(*), 4) FROM sales_order o WHERE {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    ("share", "What share of the Czech shop's 2025 product sales (excluding VAT, before discounts) came from our own Levandulka brand?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN bv.value = 'Levandulka' THEN i.base_row_total ELSE 0 END) / SUM(i.base_row_total), 4) FROM sales_order_item i JOIN sales_order o ON o.entity_id = i.order_id {BRAND_JOIN} "
     f"WHERE i.parent_item_id IS NULL AND o.store_id = 1 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    # ------------------------------------------------------------------ distinct
    ("distinct", "How many different customers bought from the Slovak shop in 2025? Count each e-mail address once.",
     f"SELECT COUNT(DISTINCT LOWER(o.customer_email)) FROM sales_order o WHERE o.store_id = 2 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
    ("distinct", "Which delivery options did Slovak customers use in 2025?",
     f"SELECT DISTINCT o.shipping_description FROM sales_order o WHERE o.store_id = 2 AND {OK} AND o.created_at >= '2025-01-01' AND o.created_at < '2026-01-01'", False),
]

FD = "(substr(o.ForDate, 7, 4) || '-' || substr(o.ForDate, 4, 2) || '-' || substr(o.ForDate, 1, 2))"
DONE = "LOWER(TRIM(o.status)) IN ('delivered', 'collected')"
CANC = "LOWER(TRIM(o.status)) IN ('cancelled', 'canceled')"
NOSHOW = "LOWER(REPLACE(TRIM(o.status), '-', ' ')) = 'no show'"

KQ = [
    # ------------------------------------------------------------------ count
    ("count", "How many click & collect orders were picked up at the Portobello shop in 2025?",
     f"SELECT COUNT(*) FROM orders o JOIN shops s ON s.id = o.shop_id WHERE o.OrderType = 'CLICK' AND s.shopName = 'Portobello' AND {DONE} AND {FD} BETWEEN '2025-01-01' AND '2025-12-31'", False),
    ("count", "How many special orders due for collection in 2024 were no-shows, where the customer never came in?",
     f"SELECT COUNT(*) FROM orders o WHERE o.OrderType = 'SPECIAL' AND {NOSHOW} AND {FD} BETWEEN '2024-01-01' AND '2024-12-31'", False),
    ("count", "How many trade deliveries did we make between October and December 2025?",
     f"SELECT COUNT(*) FROM orders o WHERE o.OrderType = 'TRADE' AND {DONE} AND {FD} BETWEEN '2025-10-01' AND '2025-12-31'", False),
    ("count", "On how many days did the Dunfermline shop trade in 2024?",
     "SELECT COUNT(*) FROM TillDays t JOIN shops s ON s.id = t.ShopID WHERE s.shopName = 'Dunfermline' AND t.Dept = 'TOTAL' AND t.TillDate BETWEEN '2024-01-01' AND '2024-12-31'", False),
    # ------------------------------------------------------------------ total
    ("total", "What were the gross till takings across all the shops in 2025, in pounds, before refunds?",
     "SELECT ROUND(SUM(t.Gross_p) / 100.0, 2) FROM TillDays t WHERE t.Dept = 'TOTAL' AND t.TillDate BETWEEN '2025-01-01' AND '2025-12-31'", False),
    ("total", "How many Scotch pies did we deliver to trade customers in 2024?",
     f"SELECT SUM(l.qty) FROM OrderLines l JOIN orders o ON o.OrderNo = l.order_no JOIN products p ON p.prod_id = l.ProdID WHERE p.prod_name = 'Scotch Pie' AND o.OrderType = 'TRADE' "
     f"AND {DONE} AND {FD} BETWEEN '2024-01-01' AND '2024-12-31'", False),
    ("total", "What were the special orders collected in December 2025 worth altogether, including VAT?",
     f"SELECT ROUND(SUM(o.total), 2) FROM orders o WHERE o.OrderType = 'SPECIAL' AND {DONE} AND {FD} BETWEEN '2025-12-01' AND '2025-12-31'", False),
    ("total", "How many items did the Leith Walk shop throw out as unsold in 2025?",
     "SELECT SUM(w.qty) FROM wastage w JOIN shops s ON s.id = w.shop WHERE s.shopName = 'Leith Walk' AND LOWER(TRIM(w.reason)) = 'unsold' AND w.WasteDate BETWEEN '2025-01-01' AND '2025-12-31'", False),
    # ------------------------------------------------------------------ average
    ("average", "How many customers a day did Stockbridge serve on average in 2025?",
     "SELECT ROUND(AVG(t.Transactions), 2) FROM TillDays t JOIN shops s ON s.id = t.ShopID WHERE s.shopName = 'Stockbridge' AND t.Dept = 'TOTAL' AND t.TillDate BETWEEN '2025-01-01' AND '2025-12-31'", False),
    ("average", "What was the average value of a click & collect order that was collected in 2025, including VAT?",
     f"SELECT ROUND(AVG(o.total), 2) FROM orders o WHERE o.OrderType = 'CLICK' AND {DONE} AND {FD} BETWEEN '2025-01-01' AND '2025-12-31'", False),
    ("average", "For special orders collected in 2025, how many days ahead were they placed on average?",
     f"SELECT ROUND(AVG(julianday({FD}) - julianday(date(o.placed))), 2) FROM orders o WHERE o.OrderType = 'SPECIAL' AND {DONE} AND {FD} BETWEEN '2025-01-01' AND '2025-12-31'", False),
    # ------------------------------------------------------------------ breakdown
    ("breakdown", "Leith Walk gross till takings by month for 2025, in pounds.",
     "SELECT substr(t.TillDate, 1, 7) AS month, ROUND(SUM(t.Gross_p) / 100.0, 2) AS takings FROM TillDays t JOIN shops s ON s.id = t.ShopID "
     "WHERE s.shopName = 'Leith Walk' AND t.Dept = 'TOTAL' AND t.TillDate BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1", False),
    ("breakdown", "What were trade deliveries worth in each quarter of 2024 and 2025, including VAT and delivery charges?",
     f"SELECT substr({FD}, 1, 4) || '-Q' || ((CAST(substr({FD}, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(o.total), 2) AS value FROM orders o "
     f"WHERE o.OrderType = 'TRADE' AND {DONE} AND {FD} BETWEEN '2024-01-01' AND '2025-12-31' GROUP BY 1", False),
    ("breakdown", "How many click & collect orders were collected each week from Monday 1 December to Sunday 28 December 2025, weeks starting on Monday?",
     f"SELECT date({FD}, '-6 days', 'weekday 1') AS week, COUNT(*) AS orders FROM orders o WHERE o.OrderType = 'CLICK' AND {DONE} AND {FD} BETWEEN '2025-12-01' AND '2025-12-28' GROUP BY 1", False),
    ("breakdown", "How many special orders did each shop hand over to customers in 2025?",
     f"SELECT s.shopName, COUNT(*) AS orders FROM orders o JOIN shops s ON s.id = o.shop_id WHERE o.OrderType = 'SPECIAL' AND {DONE} AND {FD} BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY s.shopName", False),
    ("breakdown", "How many items were written off in 2025 for each reason, all shops together?",
     "SELECT LOWER(TRIM(w.reason)) AS reason, SUM(w.qty) AS items FROM wastage w WHERE w.WasteDate BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY LOWER(TRIM(w.reason))", False),
    # ------------------------------------------------------------------ topn
    ("topn", "Who were our top 5 trade customers in 2025 by the value of what we delivered to them, including VAT?",
     f"SELECT c.Name, ROUND(SUM(o.total), 2) AS value FROM orders o JOIN customers c ON c.CustID = o.CustID WHERE o.OrderType = 'TRADE' AND {DONE} AND {FD} BETWEEN '2025-01-01' AND '2025-12-31' "
     "GROUP BY c.CustID, c.Name ORDER BY value DESC LIMIT 5", True),
    ("topn", "What were the 3 best sellers on click & collect in 2025 by number of items collected?",
     f"SELECT p.prod_name, SUM(l.qty) AS items FROM OrderLines l JOIN orders o ON o.OrderNo = l.order_no JOIN products p ON p.prod_id = l.ProdID "
     f"WHERE o.OrderType = 'CLICK' AND {DONE} AND {FD} BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY p.prod_id, p.prod_name ORDER BY items DESC LIMIT 3", True),
    ("topn", "Which shop had the highest average gross takings per trading day in 2025?",
     "SELECT s.shopName, ROUND(AVG(t.Gross_p) / 100.0, 2) AS per_day FROM TillDays t JOIN shops s ON s.id = t.ShopID WHERE t.Dept = 'TOTAL' AND t.TillDate BETWEEN '2025-01-01' AND '2025-12-31' "
     "GROUP BY s.shopName ORDER BY per_day DESC LIMIT 1", True),
    ("topn", "Of the breads we delivered to trade customers in 2024, counting every kind of bread we do, which 3 sold the fewest units?",
     "SELECT p.prod_name, SUM(l.qty) AS units FROM OrderLines l JOIN orders o ON o.OrderNo = l.order_no JOIN products p ON p.prod_id = l.ProdID "
     "JOIN Categories c ON c.CatID = p.CatID LEFT JOIN Categories parent ON parent.CatID = c.ParentCat "
     f"WHERE (c.Category = 'Bread' OR parent.Category = 'Bread') AND o.OrderType = 'TRADE' AND {DONE} AND {FD} BETWEEN '2024-01-01' AND '2024-12-31' "
     "GROUP BY p.prod_id, p.prod_name ORDER BY units ASC LIMIT 3", True),
    # ------------------------------------------------------------------ attribute
    ("attribute", "When did the Dunfermline shop open?",
     "SELECT s.opened FROM shops s WHERE s.shopName = 'Dunfermline'", False),
    ("attribute", "What do we charge trade customers for a Forfar bridie?",
     "SELECT p.trade_price FROM products p WHERE p.prod_name = 'Forfar Bridie'", False),
    ("attribute", "Which shop does Shona Gillies manage?",
     "SELECT s.shopName FROM Staff st JOIN shops s ON s.id = st.Shop WHERE st.FirstName = 'Shona' AND st.Surname = 'Gillies' AND st.Role = 'Manager'", False),
    # ------------------------------------------------------------------ list
    ("list", "Which trade customers are on 30-day payment terms?",
     "SELECT c.Name FROM customers c WHERE c.TradeAcct IS NOT NULL AND c.Terms = 30", False),
    ("list", "List the special orders for collection at Dunfermline on Christmas Eve 2025, with the order number and the customer's name.",
     f"SELECT o.OrderNo, TRIM(c.Name) FROM orders o JOIN customers c ON c.CustID = o.CustID JOIN shops s ON s.id = o.shop_id WHERE o.OrderType = 'SPECIAL' AND s.shopName = 'Dunfermline' "
     f"AND {FD} = '2025-12-24'", False),
    ("list", "Which of the products we still sell carry standard-rate VAT?",
     "SELECT p.prod_name FROM products p WHERE p.vat = 'S' AND p.active = 'Y'", False),
    # ------------------------------------------------------------------ negation
    ("negation", "Which trade customers who opened their account before 2025 had nothing delivered at all between July and December 2025?",
     "SELECT c.Name FROM customers c WHERE c.TradeAcct IS NOT NULL AND c.created < '2025-01-01' AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.CustID = c.CustID AND o.OrderType = 'TRADE' "
     f"AND {DONE} AND {FD} BETWEEN '2025-07-01' AND '2025-12-31')", False),
    ("negation", "Which products has nobody ever ordered, whether trade, special order or click & collect?",
     "SELECT p.prod_name FROM products p WHERE NOT EXISTS (SELECT 1 FROM OrderLines l WHERE l.ProdID = p.prod_id)", False),
    ("negation", "Which counter staff or shop managers have never taken a special order?",
     "SELECT st.FirstName || ' ' || st.Surname FROM Staff st WHERE st.Role IN ('Counter', 'Manager') AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.TakenBy = st.StaffID AND o.OrderType = 'SPECIAL')", False),
    # ------------------------------------------------------------------ having
    ("having", "Which click & collect customers picked up 6 or more orders in 2025? Count each e-mail address once, whatever the capitals.",
     f"SELECT LOWER(c.email) AS email, COUNT(*) AS orders FROM orders o JOIN customers c ON c.CustID = o.CustID WHERE o.OrderType = 'CLICK' AND {DONE} AND {FD} BETWEEN '2025-01-01' AND '2025-12-31' "
     "GROUP BY LOWER(c.email) HAVING COUNT(*) >= 6", False),
    ("having", "Which products had more than 600 thrown out as unsold across all shops in 2025? Treat the old and new white sourdough as one.",
     "SELECT CASE WHEN p.prod_name LIKE 'White Sourdough%' THEN 'White Sourdough' ELSE p.prod_name END AS product, SUM(w.qty) AS items FROM wastage w JOIN products p ON p.prod_id = w.prod "
     "WHERE LOWER(TRIM(w.reason)) = 'unsold' AND w.WasteDate BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1 HAVING SUM(w.qty) > 600", False),
    ("having", "Which trade customers owed us more than £1,000 in unpaid invoices at the end of 2025?",
     "SELECT c.Name, ROUND(SUM(i.Amount), 2) AS owed FROM ws_invoices i JOIN customers c ON c.CustID = i.CustID WHERE i.PaidOn IS NULL AND i.Issued <= '2025-12-31' "
     "GROUP BY c.CustID, c.Name HAVING SUM(i.Amount) > 1000", False),
    # ------------------------------------------------------------------ compare
    ("compare", "How did hot drinks (coffee and tea) takings at the tills compare between 2024 and 2025, all shops, gross in pounds?",
     "SELECT ROUND(SUM(CASE WHEN t.TillDate < '2025-01-01' THEN t.Gross_p ELSE 0 END) / 100.0, 2) AS y2024, "
     "ROUND(SUM(CASE WHEN t.TillDate >= '2025-01-01' THEN t.Gross_p ELSE 0 END) / 100.0, 2) AS y2025 "
     "FROM TillDays t WHERE t.Dept IN ('Hot Drinks', 'Coffee & Tea') AND t.TillDate BETWEEN '2024-01-01' AND '2025-12-31'", False),
    ("compare", "Trade deliveries by value including VAT: January to June 2025 against January to June 2024.",
     f"SELECT ROUND(SUM(CASE WHEN {FD} BETWEEN '2025-01-01' AND '2025-06-30' THEN o.total ELSE 0 END), 2) AS h1_2025, "
     f"ROUND(SUM(CASE WHEN {FD} BETWEEN '2024-01-01' AND '2024-06-30' THEN o.total ELSE 0 END), 2) AS h1_2024 FROM orders o WHERE o.OrderType = 'TRADE' AND {DONE}", False),
    ("compare", "How many click & collect orders were collected in December 2024 compared with December 2025?",
     f"SELECT SUM(CASE WHEN {FD} BETWEEN '2024-12-01' AND '2024-12-31' THEN 1 ELSE 0 END) AS dec_2024, "
     f"SUM(CASE WHEN {FD} BETWEEN '2025-12-01' AND '2025-12-31' THEN 1 ELSE 0 END) AS dec_2025 FROM orders o WHERE o.OrderType = 'CLICK' AND {DONE}", False),
    # ------------------------------------------------------------------ share
    ("share", "Of the special orders due for collection in 2025 that were not cancelled, what share were no-shows?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN {NOSHOW} THEN 1 ELSE 0 END) / COUNT(*), 4) FROM orders o WHERE o.OrderType = 'SPECIAL' AND NOT {CANC} "
     f"AND LOWER(TRIM(o.status)) <> 'confirmed' AND {FD} BETWEEN '2025-01-01' AND '2025-12-31'", False),
    ("share", "What fraction of 2025 gross till takings came from savouries?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN t.Dept = 'Savouries' THEN t.Gross_p ELSE 0 END) / SUM(CASE WHEN t.Dept = 'TOTAL' THEN t.Gross_p ELSE 0 END), 4) "
     "FROM TillDays t WHERE t.TillDate BETWEEN '2025-01-01' AND '2025-12-31'", False),
    ("share", "Of the trade invoices issued in 2025 that have been paid, what share were paid after their due date?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN i.PaidOn > i.DueDate THEN 1 ELSE 0 END) / COUNT(*), 4) FROM ws_invoices i WHERE i.PaidOn IS NOT NULL AND i.Issued BETWEEN '2025-01-01' AND '2025-12-31'", False),
    # ------------------------------------------------------------------ distinct
    ("distinct", "Which ways of paying have click & collect customers used?",
     "SELECT DISTINCT o.PaidBy FROM orders o WHERE o.OrderType = 'CLICK' AND o.PaidBy IS NOT NULL", False),
    ("distinct", "How many different products did click & collect customers collect between July and December 2025?",
     f"SELECT COUNT(DISTINCT l.ProdID) FROM OrderLines l JOIN orders o ON o.OrderNo = l.order_no WHERE o.OrderType = 'CLICK' AND {DONE} AND {FD} BETWEEN '2025-07-01' AND '2025-12-31'", False),
]


def main():
    rows, kinds = [], []
    for dbn, qs in ((LV, LQ), (KB, KQ)):
        assert len(qs) == 40, (dbn, len(qs))
        for i, (kind, q, sql, om) in enumerate(qs, 1):
            qid = f"{dbn}-{i:03d}"
            rows.append({"id": qid, "db": f"databases/{dbn}.sqlite", "question": q, "sql": sql, "order_matters": om})
            kinds.append(f"{qid}\t{kind}")
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(kinds) + "\n")


if __name__ == "__main__":
    main()
