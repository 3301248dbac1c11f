"""Writes questions.jsonl (spider-commerce format) and build/kinds.tsv for store-blind-13.

Each entry: (kind, question, sql, order_matters). Kinds: count, total, breakdown, topn, list, attribute, selfref,
negation, having, share, compare (5/5/5/5/4/3/3/2/3/3/2 per database)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))

CN = "crate_and_needle"
PP = "pebble_and_pier"

# ------------------------------------------------------------------ Crate & Needle Records (e-commerce export)
CN_Q = [
    # ---- count
    ("count", "How many orders placed in 2024 ended up being cancelled?",
     "SELECT COUNT(*) FROM orders WHERE cancelled_at IS NOT NULL AND substr(created_at, 1, 4) = '2024'", False),
    ("count", "How many customers have their default address in Portland, Maine (not Portland, Oregon)?",
     "SELECT COUNT(DISTINCT customer_id) FROM customer_addresses WHERE city = 'Portland' AND province_code = 'ME' AND is_default = 1", False),
    ("count", "how many sales did the Old Port shop ring up in 2025?",
     "SELECT COUNT(*) FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Old Port Shop' AND substr(o.created_at, 1, 4) = '2025'", False),
    ("count", "How many products in our catalog are archived?",
     "SELECT COUNT(*) FROM products WHERE status = 'archived'", False),
    ("count", "How many web orders did we ship to Canada in 2023? Don't count canceled ones.",
     "SELECT COUNT(*) FROM orders WHERE source_name = 'web' AND shipping_country_code = 'CA' AND cancelled_at IS NULL AND substr(created_at, 1, 4) = '2023'", False),
    # ---- total / average
    ("total", "What did customers pay us in total for orders placed in 2024, shipping and tax included? Leave out cancelled orders and don't take off refunds.",
     "SELECT ROUND(SUM(CAST(total_price AS REAL)), 2) FROM orders WHERE cancelled_at IS NULL AND substr(created_at, 1, 4) = '2024'", False),
    ("total", "What was the average online order value in 2025, using the full order total with shipping and tax, excluding canceled orders?",
     "SELECT ROUND(AVG(CAST(total_price AS REAL)), 2) FROM orders WHERE source_name = 'web' AND cancelled_at IS NULL AND substr(created_at, 1, 4) = '2025'", False),
    ("total", "How much money did we give back to customers in refunds during 2025, tax included?",
     "SELECT ROUND(SUM(rl.subtotal + rl.total_tax), 2) FROM refund_line_items rl JOIN refunds r ON r.id = rl.refund_id WHERE substr(r.created_at, 1, 4) = '2025'", False),
    ("total", "How many vinyl records did the Hawthorne shop sell in 2024? Units rung up at the till, before any returns.",
     "SELECT SUM(li.quantity) FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN locations l ON l.id = o.location_id JOIN products p ON p.id = li.product_id WHERE l.name = 'Hawthorne Shop' AND p.product_type = 'Vinyl' AND substr(o.created_at, 1, 4) = '2024'", False),
    ("total", "How much did customers pay for shipping on web orders in 2023, cancelled orders excluded?",
     "SELECT ROUND(SUM(CAST(total_shipping AS REAL)), 2) FROM orders WHERE source_name = 'web' AND cancelled_at IS NULL AND substr(created_at, 1, 4) = '2023'", False),
    # ---- breakdown
    ("breakdown", "Give me the number of online orders for each month of 2025, leaving out cancelled ones.",
     "SELECT substr(created_at, 1, 7) AS month, COUNT(*) AS orders FROM orders WHERE source_name = 'web' AND cancelled_at IS NULL AND substr(created_at, 1, 4) = '2025' GROUP BY substr(created_at, 1, 7)", False),
    ("breakdown", "What did our shops take per quarter in 2024? All shops together, order totals with tax, ignoring anything cancelled.",
     "SELECT substr(created_at, 1, 4) || '-Q' || ((CAST(substr(created_at, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(CAST(total_price AS REAL)), 2) AS takings FROM orders WHERE source_name = 'pos' AND cancelled_at IS NULL AND substr(created_at, 1, 4) = '2024' GROUP BY quarter", False),
    ("breakdown", "How many units of each kind of product (vinyl, CDs, cassettes, turntables and so on) did we sell in 2024, not counting cancelled orders?",
     "SELECT p.product_type, SUM(li.quantity) AS units FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN products p ON p.id = li.product_id WHERE o.cancelled_at IS NULL AND substr(o.created_at, 1, 4) = '2024' GROUP BY p.product_type", False),
    ("breakdown", "break down our refunds by the reason noted on them - how many refunds for each reason?",
     "SELECT note, COUNT(*) AS refunds FROM refunds GROUP BY note", False),
    ("breakdown", "How many in-store sales did each of our shops make in 2024?",
     "SELECT l.name, COUNT(*) AS sales FROM orders o JOIN locations l ON l.id = o.location_id WHERE o.source_name = 'pos' AND substr(o.created_at, 1, 4) = '2024' GROUP BY l.name", False),
    # ---- top N / single best
    ("topn", "What were our 5 best-selling vinyl records of 2025 by units sold? Best first, and skip cancelled orders.",
     "SELECT p.title, SUM(li.quantity) AS units FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN products p ON p.id = li.product_id WHERE p.product_type = 'Vinyl' AND o.cancelled_at IS NULL AND substr(o.created_at, 1, 4) = '2025' GROUP BY p.id, p.title ORDER BY units DESC LIMIT 5", True),
    ("topn", "Which record label earned us the most in 2024 from vinyl, CDs and cassettes, counting line amounts after discounts and excluding cancelled orders?",
     "SELECT li.vendor FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN products p ON p.id = li.product_id WHERE p.product_type IN ('Vinyl', 'CD', 'Cassette') AND o.cancelled_at IS NULL AND substr(o.created_at, 1, 4) = '2024' GROUP BY li.vendor ORDER BY SUM(li.quantity * CAST(li.price AS REAL) - CAST(li.total_discount AS REAL)) DESC LIMIT 1", False),
    ("topn", "Which of our wholesale accounts spent the most with us in 2025? Give the shop's company name.",
     "SELECT a.company FROM orders o JOIN customers c ON c.id = o.customer_id JOIN customer_addresses a ON a.customer_id = c.id AND a.is_default = 1 WHERE (', ' || c.tags || ', ') LIKE '%, wholesale, %' AND o.cancelled_at IS NULL AND substr(o.created_at, 1, 4) = '2025' GROUP BY a.company ORDER BY SUM(CAST(o.total_price AS REAL)) DESC LIMIT 1", False),
    ("topn", "Apart from the two Portlands, which city did we ship the most web orders to in 2025 (cancelled orders don't count)?",
     "SELECT shipping_city FROM orders WHERE source_name = 'web' AND cancelled_at IS NULL AND shipping_city <> 'Portland' AND substr(created_at, 1, 4) = '2025' GROUP BY shipping_city ORDER BY COUNT(*) DESC LIMIT 1", False),
    ("topn", "Which discount code was used on the most orders placed in 2024?",
     "SELECT discount_code FROM orders WHERE discount_code IS NOT NULL AND substr(created_at, 1, 4) = '2024' GROUP BY discount_code ORDER BY COUNT(*) DESC LIMIT 1", False),
    # ---- lists with conditions
    ("list", "Which Record Store Day exclusives did we add to the catalog in 2025? Include the Black Friday RSD drops.",
     "SELECT title FROM products WHERE (', ' || tags || ', ') LIKE '%, record-store-day, %' AND (', ' || tags || ', ') LIKE '%, exclusive, %' AND substr(created_at, 1, 4) = '2025'", False),
    ("list", "Which discount codes started in 2025?",
     "SELECT code FROM discount_codes WHERE substr(starts_at, 1, 4) = '2025'", False),
    ("list", "Which customers had an order from 2025 worth more than $100 refunded in full?",
     "SELECT c.first_name || ' ' || c.last_name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.financial_status = 'refunded' AND CAST(o.total_price AS REAL) > 100 AND substr(o.created_at, 1, 4) = '2025'", False),
    ("list", "Which turntables are we selling right now, and at what price?",
     "SELECT p.title, CAST(v.price AS REAL) AS price FROM products p JOIN product_variants v ON v.product_id = p.id WHERE p.product_type = 'Turntables & Audio' AND p.status = 'active' AND p.title LIKE '%Turntable'", False),
    # ---- attribute of a named record
    ("attribute", "Which label puts out Cedar & Salt's Hollow Maps?",
     "SELECT vendor FROM products WHERE title = 'Cedar & Salt – Hollow Maps'", False),
    ("attribute", "What's the email address we have on file for Élodie Patel?",
     "SELECT email FROM customers WHERE first_name = 'Élodie' AND last_name = 'Patel'", False),
    ("attribute", "what did order #17777 come to in total?",
     "SELECT CAST(total_price AS REAL) FROM orders WHERE name = '#17777'", False),
    # ---- self-reference
    ("selfref", "Who referred François Côté to us?",
     "SELECT r.first_name || ' ' || r.last_name FROM customers c JOIN customers r ON r.id = c.referred_by_customer_id WHERE c.first_name = 'François' AND c.last_name = 'Côté'", False),
    ("selfref", "Which customers signed up on Michael García's referral?",
     "SELECT c.first_name || ' ' || c.last_name FROM customers c JOIN customers r ON r.id = c.referred_by_customer_id WHERE r.first_name = 'Michael' AND r.last_name = 'García'", False),
    ("selfref", "How many of the customers who joined in 2025 were referred by a vinyl club member?",
     "SELECT COUNT(*) FROM customers c JOIN customers r ON r.id = c.referred_by_customer_id WHERE substr(c.created_at, 1, 4) = '2025' AND (', ' || r.tags || ', ') LIKE '%, vinyl-club, %'", False),
    # ---- no related records
    ("negation", "Which discount codes have never been used on a single order?",
     "SELECT d.code FROM discount_codes d WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.discount_code = d.code)", False),
    ("negation", "How many customers who signed up in 2025 have never placed an order?",
     "SELECT COUNT(*) FROM customers c WHERE substr(c.created_at, 1, 4) = '2025' AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)", False),
    # ---- group conditions
    ("having", "Which customers placed more than 6 orders in 2025, cancelled orders not counted?",
     "SELECT c.first_name || ' ' || c.last_name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.cancelled_at IS NULL AND substr(o.created_at, 1, 4) = '2025' GROUP BY c.id HAVING COUNT(*) > 6", False),
    ("having", "Which labels sold more than 400 units of music (vinyl, CDs and cassettes together) in 2025? Leave out cancelled orders.",
     "SELECT li.vendor FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN products p ON p.id = li.product_id WHERE p.product_type IN ('Vinyl', 'CD', 'Cassette') AND o.cancelled_at IS NULL AND substr(o.created_at, 1, 4) = '2025' GROUP BY li.vendor HAVING SUM(li.quantity) > 400", False),
    ("having", "Which US states did we ship more than 100 web orders to in 2024 (not counting cancelled orders)?",
     "SELECT shipping_province_code FROM orders WHERE source_name = 'web' AND shipping_country_code = 'US' AND cancelled_at IS NULL AND substr(created_at, 1, 4) = '2024' GROUP BY shipping_province_code HAVING COUNT(*) > 100", False),
    # ---- share of total
    ("share", "What share of all orders placed in 2024 came in through the website? Count every order, cancelled or not.",
     "SELECT ROUND(SUM(source_name = 'web') * 1.0 / COUNT(*), 4) FROM orders WHERE substr(created_at, 1, 4) = '2024'", False),
    ("share", "What percentage of our 2025 web orders used a discount code? Leave out cancelled orders.",
     "SELECT ROUND(SUM(discount_code IS NOT NULL) * 1.0 / COUNT(*), 4) FROM orders WHERE source_name = 'web' AND cancelled_at IS NULL AND substr(created_at, 1, 4) = '2025'", False),
    ("share", "What fraction of the web orders placed in 2023 were shipped outside the United States? Cancelled orders excluded.",
     "SELECT ROUND(SUM(shipping_country_code <> 'US') * 1.0 / COUNT(*), 4) FROM orders WHERE source_name = 'web' AND cancelled_at IS NULL AND substr(created_at, 1, 4) = '2023'", False),
    # ---- comparison of two periods
    ("compare", "How did online revenue in December 2024 compare with December 2025? Give both totals (full order totals, cancelled orders excluded).",
     "SELECT ROUND(SUM(CASE WHEN substr(created_at, 1, 7) = '2024-12' THEN CAST(total_price AS REAL) ELSE 0 END), 2) AS dec_2024, ROUND(SUM(CASE WHEN substr(created_at, 1, 7) = '2025-12' THEN CAST(total_price AS REAL) ELSE 0 END), 2) AS dec_2025 FROM orders WHERE source_name = 'web' AND cancelled_at IS NULL", False),
    ("compare", "How many in-store sales did we make on Record Store Day 2024 (20 April) versus Record Store Day 2025 (12 April)?",
     "SELECT SUM(substr(created_at, 1, 10) = '2024-04-20') AS rsd_2024, SUM(substr(created_at, 1, 10) = '2025-04-12') AS rsd_2025 FROM orders WHERE source_name = 'pos'", False),
]

PP_Q = [
    # ---- count
    ("count", "How many of our shops are trading at the moment?",
     "SELECT COUNT(*) FROM Store WHERE isActive = 1", False),
    ("count", "How many sales were voided at the till in 2024?",
     "SELECT COUNT(*) FROM Sale WHERE status = 'Voided' AND substr(soldAt, 1, 4) = '2024'", False),
    ("count", "How many seasonal staff did we take on in 2025?",
     "SELECT COUNT(*) FROM Staff WHERE contractType = 'Seasonal' AND substr(startDate, 1, 4) = '2025'", False),
    ("count", "how many purchase orders placed in 2025 were only partly delivered?",
     "SELECT COUNT(*) FROM PurchaseOrder WHERE status = 'Part Received' AND substr(orderDate, 1, 4) = '2025'", False),
    ("count", "How many of our products are zero-rated, i.e. carry no VAT?",
     "SELECT COUNT(*) FROM Product WHERE vatRate = 0", False),
    # ---- total / average
    ("total", "What were our total takings across all shops in 2024, after refunds for returns and leaving out voided sales?",
     "SELECT ROUND(SUM(totalAmount), 2) FROM Sale WHERE status = 'Completed' AND substr(soldAt, 1, 4) = '2024'", False),
    ("total", "What was the average sale at the Bath shop in 2025? Completed sales only, not returns or voids.",
     "SELECT ROUND(AVG(s.totalAmount), 2) FROM Sale s JOIN Store st ON st.storeId = s.storeId WHERE st.town = 'Bath' AND s.saleType = 'Sale' AND s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2025'", False),
    ("total", "How much VAT did we collect in 2025, net of returns? Voided sales don't count.",
     "SELECT ROUND(SUM(vatTotal), 2) FROM Sale WHERE status = 'Completed' AND substr(soldAt, 1, 4) = '2025'", False),
    ("total", "What was the total value, as ordered, of the purchase orders we raised with Moorland Fudge Kitchen in 2024? Leave out cancelled ones.",
     "SELECT ROUND(SUM(po.totalCost), 2) FROM PurchaseOrder po JOIN Supplier sp ON sp.supplierId = po.supplierId WHERE sp.supplierName = 'Moorland Fudge Kitchen' AND po.status <> 'Cancelled' AND substr(po.orderDate, 1, 4) = '2024'", False),
    ("total", "How many sticks of rock did we sell in 2025 across every shop, net of returns? Ignore voided sales.",
     "SELECT SUM(l.quantity) FROM SaleLine l JOIN Sale s ON s.saleId = l.saleId JOIN Product p ON p.productId = l.productId WHERE p.productName LIKE 'Stick of Rock%' AND s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2025'", False),
    # ---- breakdown
    ("breakdown", "Show me takings for each month of 2024, all shops together, after returns and without voided sales.",
     "SELECT substr(soldAt, 1, 7) AS month, ROUND(SUM(totalAmount), 2) AS takings FROM Sale WHERE status = 'Completed' AND substr(soldAt, 1, 4) = '2024' GROUP BY substr(soldAt, 1, 7)", False),
    ("breakdown", "How many sales did we ring up in each quarter of 2025? Count completed sales only, not returns or voids.",
     "SELECT substr(soldAt, 1, 4) || '-Q' || ((CAST(substr(soldAt, 6, 2) AS INTEGER) + 2) / 3) AS quarter, COUNT(*) AS sales FROM Sale WHERE saleType = 'Sale' AND status = 'Completed' AND substr(soldAt, 1, 4) = '2025' GROUP BY quarter", False),
    ("breakdown", "What did each product category take in 2024? Use completed sales, net of returns.",
     "SELECT c.categoryName, ROUND(SUM(l.lineTotal), 2) AS takings FROM SaleLine l JOIN Sale s ON s.saleId = l.saleId JOIN Product p ON p.productId = l.productId JOIN Category c ON c.categoryId = p.categoryId WHERE s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2024' GROUP BY c.categoryName", False),
    ("breakdown", "How much came in through each way of paying (card, cash, gift voucher) in 2025, after money refunded on returns?",
     "SELECT paymentMethod, ROUND(SUM(amount), 2) AS amount FROM Payment WHERE substr(paidAt, 1, 4) = '2025' GROUP BY paymentMethod", False),
    ("breakdown", "How many people currently work at each of our shops?",
     "SELECT st.storeName, COUNT(*) AS staff FROM Staff e JOIN Store st ON st.storeId = e.storeId WHERE e.leaveDate IS NULL GROUP BY st.storeName", False),
    # ---- top N / single best
    ("topn", "Which 3 shops took the most money in 2025? Highest first - completed sales net of returns.",
     "SELECT st.storeName, ROUND(SUM(s.totalAmount), 2) AS takings FROM Sale s JOIN Store st ON st.storeId = s.storeId WHERE s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2025' GROUP BY st.storeName ORDER BY takings DESC LIMIT 3", True),
    ("topn", "What was our best-selling product by units in 2024, counting completed sales net of returns?",
     "SELECT p.productName FROM SaleLine l JOIN Sale s ON s.saleId = l.saleId JOIN Product p ON p.productId = l.productId WHERE s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2024' GROUP BY p.productId, p.productName ORDER BY SUM(l.quantity) DESC LIMIT 1", False),
    ("topn", "Who rang up the most sales in 2024? Completed sales only, returns not included.",
     "SELECT e.firstName || ' ' || e.lastName FROM Sale s JOIN Staff e ON e.staffId = s.staffId WHERE s.saleType = 'Sale' AND s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2024' GROUP BY e.staffId ORDER BY COUNT(*) DESC LIMIT 1", False),
    ("topn", "Which supplier did we spend the most with on purchase orders raised in 2025? Only count orders that were delivered, fully or in part.",
     "SELECT sp.supplierName FROM PurchaseOrder po JOIN Supplier sp ON sp.supplierId = po.supplierId WHERE po.status IN ('Received', 'Part Received') AND substr(po.orderDate, 1, 4) = '2025' GROUP BY sp.supplierName ORDER BY SUM(po.totalCost) DESC LIMIT 1", False),
    ("topn", "What were the five best-selling products at the Whitby shop in 2025 by sales value (completed sales, net of returns)?",
     "SELECT p.productName, ROUND(SUM(l.lineTotal), 2) AS sales FROM SaleLine l JOIN Sale s ON s.saleId = l.saleId JOIN Product p ON p.productId = l.productId JOIN Store st ON st.storeId = s.storeId WHERE st.town = 'Whitby' AND s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2025' GROUP BY p.productId, p.productName ORDER BY sales DESC LIMIT 5", False),
    # ---- lists with conditions
    ("list", "Which products did we discontinue in 2024?",
     "SELECT productName FROM Product WHERE substr(discontinuedDate, 1, 4) = '2024'", False),
    ("list", "Which managers, at any level, left the company in 2024?",
     "SELECT firstName || ' ' || lastName FROM Staff WHERE jobTitle LIKE '%Manager' AND substr(leaveDate, 1, 4) = '2024'", False),
    ("list", "Which of our suppliers are based in Wales?",
     "SELECT supplierName FROM Supplier WHERE country = 'Wales'", False),
    ("list", "Which shops opened in 2023 or later, and on what date?",
     "SELECT storeName, openedDate FROM Store WHERE openedDate >= '2023-01-01'", False),
    # ---- attribute of a named record
    ("attribute", "What's the shelf price of the Welsh Tapestry Throw?",
     "SELECT retailPrice FROM Product WHERE productName = 'Welsh Tapestry Throw'", False),
    ("attribute", "What's the postcode of our Newport shop in Pembrokeshire (not the Isle of Wight one)?",
     "SELECT postcode FROM Store WHERE town = 'Newport' AND county = 'Pembrokeshire'", False),
    ("attribute", "who is our preferred supplier for the Tenby tea towel?",
     "SELECT sp.supplierName FROM ProductSupplier ps JOIN Supplier sp ON sp.supplierId = ps.supplierId JOIN Product p ON p.productId = ps.productId WHERE p.productName = 'Tenby Tea Towel' AND ps.isPreferred = 1", False),
    # ---- self-reference
    ("selfref", "Who does the current manager of the St Ives shop report to?",
     "SELECT m.firstName || ' ' || m.lastName FROM Staff e JOIN Staff m ON m.staffId = e.managerId JOIN Store st ON st.storeId = e.storeId WHERE st.town = 'St Ives' AND e.jobTitle = 'Store Manager' AND e.leaveDate IS NULL", False),
    ("selfref", "Which store managers currently report to Tamsin Pascoe, and which shop does each of them run?",
     "SELECT e.firstName || ' ' || e.lastName, st.storeName FROM Staff e JOIN Staff m ON m.staffId = e.managerId JOIN Store st ON st.storeId = e.storeId WHERE m.firstName = 'Tamsin' AND m.lastName = 'Pascoe' AND e.jobTitle = 'Store Manager' AND e.leaveDate IS NULL", False),
    ("selfref", "Who was Noémie Horváth's manager when she left us?",
     "SELECT m.firstName || ' ' || m.lastName FROM Staff e JOIN Staff m ON m.staffId = e.managerId WHERE e.firstName = 'Noémie' AND e.lastName = 'Horváth'", False),
    # ---- no related records
    ("negation", "Which suppliers that we still work with have had no purchase orders from us at all in 2025?",
     "SELECT sp.supplierName FROM Supplier sp WHERE sp.isActive = 1 AND NOT EXISTS (SELECT 1 FROM PurchaseOrder po WHERE po.supplierId = sp.supplierId AND substr(po.orderDate, 1, 4) = '2025')", False),
    ("negation", "Is there any product that has never been included in a stock count? Which?",
     "SELECT p.productName FROM Product p WHERE NOT EXISTS (SELECT 1 FROM StockCount c WHERE c.productId = p.productId)", False),
    # ---- group conditions
    ("having", "Which shops have processed more than 10 returns over 2023-2025?",
     "SELECT st.storeName FROM Sale s JOIN Store st ON st.storeId = s.storeId WHERE s.saleType = 'Return' AND substr(s.soldAt, 1, 4) BETWEEN '2023' AND '2025' GROUP BY st.storeName HAVING COUNT(*) > 10", False),
    ("having", "Which product categories took more than £3,100 in 2025? Completed sales, net of returns.",
     "SELECT c.categoryName FROM SaleLine l JOIN Sale s ON s.saleId = l.saleId JOIN Product p ON p.productId = l.productId JOIN Category c ON c.categoryId = p.categoryId WHERE s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2025' GROUP BY c.categoryName HAVING SUM(l.lineTotal) > 3100", False),
    ("having", "Which suppliers did we raise more than 12 purchase orders with in 2024, whatever happened to the orders?",
     "SELECT sp.supplierName FROM PurchaseOrder po JOIN Supplier sp ON sp.supplierId = po.supplierId WHERE substr(po.orderDate, 1, 4) = '2024' GROUP BY sp.supplierName HAVING COUNT(*) > 12", False),
    # ---- share of total
    ("share", "What share of the money taken at our tills in 2025 came in as cash? Count payments only, ignore refunds on returns.",
     "SELECT ROUND(SUM(CASE WHEN paymentMethod = 'Cash' THEN amount ELSE 0 END) / SUM(amount), 4) FROM Payment WHERE amount > 0 AND substr(paidAt, 1, 4) = '2025'", False),
    ("share", "What percentage of our 2024 sales value came from zero-rated (no VAT) products? Completed sales, net of returns.",
     "SELECT ROUND(SUM(CASE WHEN p.vatRate = 0 THEN l.lineTotal ELSE 0 END) / SUM(l.lineTotal), 4) FROM SaleLine l JOIN Sale s ON s.saleId = l.saleId JOIN Product p ON p.productId = l.productId WHERE s.status = 'Completed' AND substr(s.soldAt, 1, 4) = '2024'", False),
    ("share", "what fraction of the sales keyed in during 2025 were voided? Leave returns out of it.",
     "SELECT ROUND(SUM(status = 'Voided') * 1.0 / COUNT(*), 4) FROM Sale WHERE saleType = 'Sale' AND substr(soldAt, 1, 4) = '2025'", False),
    # ---- comparison of two periods
    ("compare", "How did the St Ives shop's takings in August 2024 compare with August 2025? Completed sales net of returns, both months please.",
     "SELECT ROUND(SUM(CASE WHEN substr(s.soldAt, 1, 7) = '2024-08' THEN s.totalAmount ELSE 0 END), 2) AS aug_2024, ROUND(SUM(CASE WHEN substr(s.soldAt, 1, 7) = '2025-08' THEN s.totalAmount ELSE 0 END), 2) AS aug_2025 FROM Sale s JOIN Store st ON st.storeId = s.storeId WHERE st.town = 'St Ives' AND s.status = 'Completed'", False),
    ("compare", "Did the Whitby shop make more sales in 2023 or in 2025? Give the number of completed sales (not returns) for each year.",
     "SELECT SUM(substr(s.soldAt, 1, 4) = '2023') AS sales_2023, SUM(substr(s.soldAt, 1, 4) = '2025') AS sales_2025 FROM Sale s JOIN Store st ON st.storeId = s.storeId WHERE st.town = 'Whitby' AND s.saleType = 'Sale' AND s.status = 'Completed'", False),
]


def main():
    out, kinds = [], []
    for dbn, lst in ((CN, CN_Q), (PP, PP_Q)):
        for i, (kind, question, sql, om) in enumerate(lst, 1):
            qid = f"{dbn}-{i:03d}"
            out.append({"id": qid, "db": f"databases/{dbn}.sqlite", "question": question, "sql": sql, "order_matters": om})
            kinds.append(f"{qid}\t{kind}")
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(kinds) + "\n")
    print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
