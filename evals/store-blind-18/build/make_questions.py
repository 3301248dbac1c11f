"""Writes ../questions.jsonl and kinds.tsv for store-blind-18 (80 questions, 40 per database).

Usage: python3 make_questions.py [--show]   (--show also runs every reference query and prints its result)"""
import json, os, sqlite3, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
BT, NA = "broadland_tackle", "nidderdale_antiques"

# ------------------------------------------------------------------ Broadland Tackle (Shopify)
OK = "o.cancelled_at IS NULL AND o.test = 0"          # orders that went through (no cancelled or test orders)
Y = "substr(o.created_at, 1, 4)"                      # the shop-time year of an order
LINE = "(li.quantity * CAST(li.price AS REAL) - CAST(li.total_discount AS REAL))"   # a line's money after its discount, VAT included
BT_Q = [
    # count
    ("count", "How many sales did the Lowestoft shop ring up in 2025?",
     f"SELECT COUNT(*) FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Lowestoft' AND {Y} = '2025' AND {OK}"),
    ("count", "How many website orders were cancelled in 2024?",
     f"SELECT COUNT(*) FROM orders o WHERE o.source_name = 'web' AND o.cancelled_at IS NOT NULL AND o.test = 0 AND {Y} = '2024'"),
    ("count", "How many of our customers live in Sutton in Suffolk (not the Sutton in Norfolk)?",
     "SELECT COUNT(DISTINCT a.customer_id) FROM customer_addresses a WHERE a.city = 'Sutton' AND a.province = 'Suffolk'"),
    ("count", "How many card payments on the website were declined in 2025?",
     "SELECT COUNT(*) FROM transactions t WHERE t.kind = 'sale' AND t.status = 'failure' AND substr(t.created_at, 1, 4) = '2025'"),
    ("count", "How many customers are tagged as angling club members?",
     "SELECT COUNT(*) FROM customers c WHERE ', ' || c.tags || ',' LIKE '%, Club member,%'"),
    # total
    ("total", "What did the Norwich shop take in 2024, before any refunds?",
     f"SELECT ROUND(SUM(CAST(o.total_price AS REAL)), 2) FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Norwich' AND {Y} = '2024' AND {OK}"),
    ("total", "What was the average website order in 2025, delivery included and refunds ignored?",
     f"SELECT ROUND(AVG(CAST(o.total_price AS REAL)), 2) FROM orders o WHERE o.source_name = 'web' AND {Y} = '2025' AND {OK}"),
    ("total", "How much money did we give back to customers in refunds during 2025?",
     "SELECT ROUND(SUM(CAST(t.amount AS REAL)), 2) FROM transactions t WHERE t.kind = 'refund' AND t.status = 'success' AND substr(t.created_at, 1, 4) = '2025'"),
    ("total", "How much VAT was included in the shops' sales in 2025, before refunds?",
     f"SELECT ROUND(SUM(CAST(o.total_tax AS REAL)), 2) FROM orders o WHERE o.source_name = 'pos' AND {Y} = '2025' AND {OK}"),
    ("total", "How much club-member discount did we give away in 2024?",
     f"SELECT ROUND(SUM(CAST(dc.amount AS REAL)), 2) FROM discount_codes dc JOIN orders o ON o.id = dc.order_id WHERE dc.code = 'CLUB10' AND {Y} = '2024' AND {OK}"),
    # breakdown
    ("breakdown", "Month by month, what did the Wroxham shop take in 2025, before refunds?",
     f"SELECT substr(o.created_at, 1, 7) AS month, ROUND(SUM(CAST(o.total_price AS REAL)), 2) AS takings FROM orders o JOIN locations l ON l.id = o.location_id "
     f"WHERE l.name = 'Wroxham' AND {Y} = '2025' AND {OK} GROUP BY month"),
    ("breakdown", "What were website sales by quarter over 2024 and 2025, with delivery included and refunds ignored?",
     f"SELECT {Y} || '-Q' || ((CAST(substr(o.created_at, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(CAST(o.total_price AS REAL)), 2) AS sales "
     f"FROM orders o WHERE o.source_name = 'web' AND {Y} IN ('2024', '2025') AND {OK} GROUP BY quarter"),
    ("breakdown", "How many sales did each shop ring up in 2024?",
     f"SELECT l.name, COUNT(*) AS sales FROM orders o JOIN locations l ON l.id = o.location_id WHERE {Y} = '2024' AND {OK} GROUP BY l.name"),
    ("breakdown", "How much did customers pay us in 2025 through each way of paying (card, cash, gift card, PayPal), before refunds?",
     "SELECT t.gateway, ROUND(SUM(CAST(t.amount AS REAL)), 2) AS paid FROM transactions t JOIN orders o ON o.id = t.order_id "
     f"WHERE t.kind = 'sale' AND t.status = 'success' AND {Y} = '2025' AND {OK} GROUP BY t.gateway"),
    ("breakdown", "What did each type of product sell for in 2025, after discounts but before refunds?",
     f"SELECT p.product_type, ROUND(SUM({LINE}), 2) AS sales FROM line_items li JOIN orders o ON o.id = li.order_id JOIN products p ON p.id = li.product_id "
     f"WHERE {Y} = '2025' AND {OK} GROUP BY p.product_type"),
    # top N
    ("topn", "What were our top 5 products by money taken in 2025, after discounts and before refunds? Biggest first.",
     f"SELECT p.title, ROUND(SUM({LINE}), 2) AS sales FROM line_items li JOIN orders o ON o.id = li.order_id JOIN products p ON p.id = li.product_id "
     f"WHERE {Y} = '2025' AND {OK} GROUP BY p.id ORDER BY sales DESC LIMIT 5"),
    ("topn", "Which member of staff served the most sales in our shops in 2025?",
     f"SELECT u.first_name || ' ' || u.last_name AS staff, COUNT(*) AS sales FROM orders o JOIN users u ON u.id = o.user_id WHERE o.source_name = 'pos' AND {Y} = '2025' AND {OK} "
     "GROUP BY u.id ORDER BY sales DESC LIMIT 1"),
    ("topn", "Who was our biggest-spending customer in 2025, counting orders that went through and ignoring refunds?",
     f"SELECT c.first_name || ' ' || c.last_name AS customer, ROUND(SUM(CAST(o.total_price AS REAL)), 2) AS spent FROM orders o JOIN customers c ON c.id = o.customer_id "
     f"WHERE {Y} = '2025' AND {OK} GROUP BY c.id ORDER BY spent DESC LIMIT 1"),
    ("topn", "On which day of 2025 did the Great Yarmouth shop take the most, before refunds?",
     f"SELECT substr(o.created_at, 1, 10) AS day, ROUND(SUM(CAST(o.total_price AS REAL)), 2) AS takings FROM orders o JOIN locations l ON l.id = o.location_id "
     f"WHERE l.name = 'Great Yarmouth' AND {Y} = '2025' AND {OK} GROUP BY day ORDER BY takings DESC LIMIT 1"),
    ("topn", "Which colour of maggots sold the most pints in 2025?",
     f"SELECT v.title AS colour, SUM(li.quantity) AS pints FROM line_items li JOIN orders o ON o.id = li.order_id JOIN variants v ON v.id = li.variant_id "
     f"JOIN products p ON p.id = v.product_id WHERE p.title = 'Maggots' AND {Y} = '2025' AND {OK} GROUP BY v.id ORDER BY pints DESC LIMIT 1"),
    # lists
    ("list", "Which products have we stopped selling, and what is each of their sizes priced at?",
     "SELECT p.title, v.title AS size, CAST(v.price AS REAL) AS price FROM products p JOIN variants v ON v.product_id = p.id WHERE p.status = 'archived'"),
    ("list", "List the website orders that were cancelled because of suspected fraud, with the order number and the date.",
     "SELECT o.name, substr(o.created_at, 1, 10) AS day FROM orders o WHERE o.cancel_reason = 'fraud'"),
    ("list", "Which of our trade customers live in Great Yarmouth? Give their names.",
     "SELECT c.first_name || ' ' || c.last_name AS customer FROM customers c JOIN customer_addresses a ON a.customer_id = c.id "
     "WHERE ', ' || c.tags || ',' LIKE '%, Trade,%' AND a.city = 'Great Yarmouth'"),
    ("list", "Which products were set up in our catalogue during 2025, and are they on sale yet?",
     "SELECT p.title, p.status FROM products p WHERE substr(p.created_at, 1, 4) = '2025'"),
    # attribute
    ("attribute", "What is the phone number of the Lowestoft shop?",
     "SELECT l.phone FROM locations l WHERE l.name = 'Lowestoft'"),
    ("attribute", "How much is the 15ft Penn Squadron III beach rod?",
     "SELECT CAST(v.price AS REAL) FROM variants v JOIN products p ON p.id = v.product_id WHERE p.title = 'Penn Squadron III Beach Rod' AND v.title = '15ft'"),
    ("attribute", "On what date was order #2500 placed, and what was its total?",
     "SELECT substr(o.created_at, 1, 10) AS day, CAST(o.total_price AS REAL) AS total FROM orders o WHERE o.name = '#2500'"),
    # self-reference (a refund or void transaction points at the payment it reverses)
    ("selfref", "In 2025, how much did we refund on purchases that had originally been paid in cash?",
     "SELECT ROUND(SUM(CAST(r.amount AS REAL)), 2) FROM transactions r JOIN transactions p ON p.id = r.parent_id "
     "WHERE r.kind = 'refund' AND r.status = 'success' AND p.gateway = 'cash' AND substr(r.created_at, 1, 4) = '2025'"),
    ("selfref", "For refunds made in 2025, how many days on average passed between the original payment and the refund?",
     "SELECT ROUND(AVG(julianday(r.created_at) - julianday(p.created_at)), 1) FROM transactions r JOIN transactions p ON p.id = r.parent_id "
     "WHERE r.kind = 'refund' AND r.status = 'success' AND substr(r.created_at, 1, 4) = '2025'"),
    ("selfref", "For the website orders cancelled in 2025, give the order number, the amount that had been authorised and when it was released.",
     "SELECT o.name, CAST(a.amount AS REAL) AS authorised, v.created_at AS released FROM transactions v JOIN transactions a ON a.id = v.parent_id "
     "JOIN orders o ON o.id = v.order_id WHERE v.kind = 'void' AND substr(v.created_at, 1, 4) = '2025'"),
    # no related records
    ("negation", "Which products in our Sea Fishing collection did the Norwich shop not sell at all in 2025?",
     "SELECT p.title FROM products p JOIN collects ct ON ct.product_id = p.id JOIN custom_collections cc ON cc.id = ct.collection_id "
     "WHERE cc.title = 'Sea Fishing' AND NOT EXISTS (SELECT 1 FROM line_items li JOIN orders o ON o.id = li.order_id JOIN locations l ON l.id = o.location_id "
     f"WHERE li.product_id = p.id AND l.name = 'Norwich' AND {Y} = '2025' AND {OK})"),
    ("negation", "How many customers tagged as club members bought nothing from us in 2025?",
     "SELECT COUNT(*) FROM customers c WHERE ', ' || c.tags || ',' LIKE '%, Club member,%' "
     f"AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND {Y} = '2025' AND {OK})"),
    # group conditions
    ("having", "Which customers placed 8 or more orders with us over 2024 and 2025?",
     f"SELECT c.first_name || ' ' || c.last_name AS customer, COUNT(*) AS orders FROM orders o JOIN customers c ON c.id = o.customer_id "
     f"WHERE {Y} IN ('2024', '2025') AND {OK} GROUP BY c.id HAVING COUNT(*) >= 8"),
    ("having", "Which brands sold more than £6,000 worth of goods in 2025, after discounts and before refunds?",
     f"SELECT p.vendor, ROUND(SUM({LINE}), 2) AS sales FROM line_items li JOIN orders o ON o.id = li.order_id JOIN products p ON p.id = li.product_id "
     f"WHERE {Y} = '2025' AND {OK} GROUP BY p.vendor HAVING SUM({LINE}) > 6000"),
    ("having", "Which shops averaged less than £24 per sale in 2025, before refunds?",
     f"SELECT l.name, ROUND(AVG(CAST(o.total_price AS REAL)), 2) AS average_sale FROM orders o JOIN locations l ON l.id = o.location_id "
     f"WHERE {Y} = '2025' AND {OK} GROUP BY l.name HAVING AVG(CAST(o.total_price AS REAL)) < 24"),
    # shares
    ("share", "What share of the money the shops took in 2025 was paid in cash, before refunds?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN t.gateway = 'cash' THEN CAST(t.amount AS REAL) ELSE 0 END) / SUM(CAST(t.amount AS REAL)), 4) "
     f"FROM transactions t JOIN orders o ON o.id = t.order_id WHERE o.source_name = 'pos' AND t.kind = 'sale' AND t.status = 'success' AND {Y} = '2025' AND {OK}"),
    ("share", "What fraction of the shops' sales in 2025 were made to a customer we had on file?",
     f"SELECT ROUND(AVG(CASE WHEN o.customer_id IS NOT NULL THEN 1.0 ELSE 0.0 END), 4) FROM orders o WHERE o.source_name = 'pos' AND {Y} = '2025' AND {OK}"),
    ("share", "What share of the website orders placed in 2024 ended up cancelled?",
     f"SELECT ROUND(AVG(CASE WHEN o.cancelled_at IS NOT NULL THEN 1.0 ELSE 0.0 END), 4) FROM orders o WHERE o.source_name = 'web' AND o.test = 0 AND {Y} = '2024'"),
    # comparisons
    ("compare", "How did the Great Yarmouth shop's takings in December 2025 compare with December 2024, before refunds? Give both figures.",
     "SELECT ROUND(SUM(CASE WHEN substr(o.created_at, 1, 7) = '2024-12' THEN CAST(o.total_price AS REAL) ELSE 0 END), 2) AS dec_2024, "
     "ROUND(SUM(CASE WHEN substr(o.created_at, 1, 7) = '2025-12' THEN CAST(o.total_price AS REAL) ELSE 0 END), 2) AS dec_2025 "
     f"FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Great Yarmouth' AND {OK}"),
    ("compare", "How many pints of maggots did we sell in 2024, and how many in 2025?",
     f"SELECT SUM(CASE WHEN {Y} = '2024' THEN li.quantity ELSE 0 END) AS pints_2024, SUM(CASE WHEN {Y} = '2025' THEN li.quantity ELSE 0 END) AS pints_2025 "
     f"FROM line_items li JOIN orders o ON o.id = li.order_id JOIN products p ON p.id = li.product_id WHERE p.title = 'Maggots' AND {OK}"),
]

# ------------------------------------------------------------------ Nidderdale Antiques (hand-rolled)
SY = "substr(s.SaleDate, 7, 4)"                      # year of a 'DD/MM/YYYY' sale date
SM = "substr(s.SaleDate, 7, 4) || '-' || substr(s.SaleDate, 4, 2)"
DONE = "s.StatusID = (SELECT StatusID FROM tlkpStatus WHERE StatusGroup = 'SALE' AND StatusDesc = 'Completed')"
ISO = lambda c: f"substr({c}, 7, 4) || '-' || substr({c}, 4, 2) || '-' || substr({c}, 1, 2)"
NA_Q = [
    # count
    ("count", "How many sales did the Pateley Bridge centre complete in 2025?",
     f"SELECT COUNT(*) FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID WHERE t.SiteName = 'Pateley Bridge' AND {SY} = '2025' AND {DONE}"),
    ("count", "How many items are in stock on the floor at Knaresborough Mill, leaving out anything reserved, sold or withdrawn?",
     "SELECT COUNT(*) FROM tblItem i JOIN tblUnit u ON u.UnitID = i.UnitID JOIN tblSite t ON t.SiteID = u.SiteID JOIN tlkpStatus st ON st.StatusID = i.ItemStatusID "
     "WHERE t.SiteName = 'Knaresborough Mill' AND st.StatusDesc = 'In Stock' AND i.IsDeleted = 0"),
    ("count", "How many of our dealers, including those who have left, come from Middleton in West Yorkshire rather than the Middleton in North Yorkshire?",
     "SELECT COUNT(*) FROM tblDealer d WHERE d.Town = 'Middleton' AND d.County = 'West Yorkshire' AND d.IsDeleted = 0"),
    ("count", "How many sales were voided at the tills in 2024?",
     f"SELECT COUNT(*) FROM tblSale s JOIN tlkpStatus st ON st.StatusID = s.StatusID WHERE st.StatusGroup = 'SALE' AND st.StatusDesc = 'Voided' AND {SY} = '2024'"),
    ("count", "How many new dealers joined us in 2025?",
     "SELECT COUNT(*) FROM tblDealer d WHERE substr(d.JoinedDt, 7, 4) = '2025' AND d.IsDeleted = 0"),
    # total
    ("total", "What did the Ripon centre take in 2025, leaving out voided and refunded sales?",
     f"SELECT ROUND(SUM(s.TotalPence) / 100.0, 2) FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID WHERE t.SiteName = 'Ripon' AND {SY} = '2025' AND {DONE}"),
    ("total", "How much commission did we earn on dealers' sales in 2024, going by the monthly dealer statements?",
     "SELECT ROUND(SUM(m.CommPence) / 100.0, 2) FROM tblDealerStmt m WHERE m.StmtPeriod BETWEEN 202401 AND 202412"),
    ("total", "How much unit rent was charged to dealers on their 2025 statements?",
     "SELECT ROUND(SUM(m.RentPence) / 100.0, 2) FROM tblDealerStmt m WHERE m.StmtPeriod / 100 = 2025"),
    ("total", "What was the average completed sale at Knaresborough Mill in 2025, in pounds?",
     f"SELECT ROUND(AVG(s.TotalPence) / 100.0, 2) FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID WHERE t.SiteName = 'Knaresborough Mill' AND {SY} = '2025' AND {DONE}"),
    ("total", "How much is everything in stock across all our centres worth at the prices on its tags, not counting reserved, sold or withdrawn items?",
     "SELECT ROUND(SUM(i.TicketPence) / 100.0, 2) FROM tblItem i JOIN tlkpStatus st ON st.StatusID = i.ItemStatusID WHERE st.StatusDesc = 'In Stock' AND i.IsDeleted = 0"),
    # breakdown
    ("breakdown", "What did Knaresborough Mill take in each month of 2024, counting completed sales only?",
     f"SELECT {SM} AS month, ROUND(SUM(s.TotalPence) / 100.0, 2) AS takings FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID "
     f"WHERE t.SiteName = 'Knaresborough Mill' AND {SY} = '2024' AND {DONE} GROUP BY month"),
    ("breakdown", "What were the Ripon centre's completed sales by quarter, from its opening to the end of 2025?",
     f"SELECT {SY} || '-Q' || ((CAST(substr(s.SaleDate, 4, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(s.TotalPence) / 100.0, 2) AS sales "
     f"FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID WHERE t.SiteName = 'Ripon' AND {SY} IN ('2024', '2025') AND {DONE} GROUP BY quarter"),
    ("breakdown", "How much did each centre take in 2025 from completed sales?",
     f"SELECT t.SiteName, ROUND(SUM(s.TotalPence) / 100.0, 2) AS takings FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID WHERE {SY} = '2025' AND {DONE} GROUP BY t.SiteName"),
    ("breakdown", "How were the completed sales of 2025 paid: how much by cash, by card and by bank transfer?",
     f"SELECT s.PayType, ROUND(SUM(s.TotalPence) / 100.0, 2) AS paid FROM tblSale s WHERE {SY} = '2025' AND {DONE} GROUP BY s.PayType"),
    ("breakdown", "How many rooms, cabinets and shelves does each centre have to let?",
     "SELECT t.SiteName, u.UnitType, COUNT(*) AS units FROM tblUnit u JOIN tblSite t ON t.SiteID = u.SiteID GROUP BY t.SiteName, u.UnitType"),
    # top N
    ("topn", "Which 5 dealers sold the most by value in 2025, counting completed sales only? Biggest first.",
     "SELECT d.TradingName, ROUND(SUM(sl.SoldPence) / 100.0, 2) AS sales FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblItem i ON i.ItemID = sl.ItemID "
     f"JOIN tblDealer d ON d.DealerID = i.DealerID WHERE {SY} = '2025' AND {DONE} GROUP BY d.DealerID ORDER BY sales DESC LIMIT 5"),
    ("topn", "Which category sold the most items in 2025?",
     "SELECT c.CatName, COUNT(*) AS items FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblItem i ON i.ItemID = sl.ItemID "
     f"JOIN tblCategory c ON c.CatID = i.CatID WHERE {SY} = '2025' AND {DONE} GROUP BY c.CatID ORDER BY items DESC LIMIT 1"),
    ("topn", "Which member of staff put through the most completed sales at Knaresborough Mill in 2025?",
     "SELECT f.FName || ' ' || f.SName AS staff, COUNT(*) AS sales FROM tblSale s JOIN tblStaff f ON f.StaffID = s.StaffID JOIN tblSite t ON t.SiteID = s.SiteID "
     f"WHERE t.SiteName = 'Knaresborough Mill' AND {SY} = '2025' AND {DONE} GROUP BY f.StaffID ORDER BY sales DESC LIMIT 1"),
    ("topn", "What was the dearest single item we sold in 2025, and what did it go for?",
     "SELECT i.Descr, i.StockCode, sl.SoldPence / 100.0 AS sold_for FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblItem i ON i.ItemID = sl.ItemID "
     f"WHERE {SY} = '2025' AND {DONE} ORDER BY sl.SoldPence DESC LIMIT 1"),
    ("topn", "Which unit at Pateley Bridge sold the most by value in 2025 (completed sales)?",
     "SELECT u.UnitNo, ROUND(SUM(sl.SoldPence) / 100.0, 2) AS sales FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblItem i ON i.ItemID = sl.ItemID "
     f"JOIN tblUnit u ON u.UnitID = i.UnitID JOIN tblSite t ON t.SiteID = u.SiteID WHERE t.SiteName = 'Pateley Bridge' AND {SY} = '2025' AND {DONE} "
     "GROUP BY u.UnitID ORDER BY sales DESC LIMIT 1"),
    # lists
    ("list", "Which dealers left us during 2025, and on what date?",
     f"SELECT d.TradingName, {ISO('d.LeftDt')} AS left_on FROM tblDealer d WHERE substr(d.LeftDt, 7, 4) = '2025' AND d.IsDeleted = 0"),
    ("list", "Which members of staff have left, and when did they leave?",
     f"SELECT f.FName || ' ' || f.SName AS staff, {ISO('f.LeaveDt')} AS left_on FROM tblStaff f WHERE f.LeaveDt IS NOT NULL"),
    ("list", "List the items reserved for customers, with their stock number, description and price tag in pounds.",
     "SELECT i.StockCode, i.Descr, i.TicketPence / 100.0 AS price FROM tblItem i JOIN tlkpStatus st ON st.StatusID = i.ItemStatusID "
     "WHERE st.StatusGroup = 'ITEM' AND st.StatusDesc = 'Reserved' AND i.IsDeleted = 0"),
    ("list", "Which dealers rent a room (not just a cabinet or a shelf) at the Ripon centre?",
     "SELECT DISTINCT d.TradingName FROM tblDealer d JOIN tblDealerUnit du ON du.DealerID = d.DealerID JOIN tblUnit u ON u.UnitID = du.UnitID "
     "JOIN tblSite t ON t.SiteID = u.SiteID WHERE t.SiteName = 'Ripon' AND u.UnitType = 'Room' AND du.ToDt IS NULL AND d.IsDeleted = 0"),
    # attribute
    ("attribute", "What is the telephone number of the Pateley Bridge centre?",
     "SELECT t.TelNo FROM tblSite t WHERE t.SiteName = 'Pateley Bridge'"),
    ("attribute", "What commission rate does Abbey Collectables pay?",
     "SELECT d.CommPct FROM tblDealer d WHERE d.TradingName = 'Abbey Collectables' AND d.IsDeleted = 0"),
    ("attribute", "On what date did the Ripon centre open?",
     f"SELECT {ISO('t.DateOpened')} FROM tblSite t WHERE t.SiteName = 'Ripon'"),
    # self-reference
    ("selfref", "Who does the manager of the Ripon centre report to?",
     "SELECT m.FName || ' ' || m.SName AS manager FROM tblStaff f JOIN tblStaff m ON m.StaffID = f.MgrID JOIN tblSite t ON t.SiteID = f.SiteID "
     "WHERE t.SiteName = 'Ripon' AND f.JobTitle = 'Centre Manager'"),
    ("selfref", "Which members of staff who are still with us report to Stuart Kettlewell?",
     "SELECT f.FName || ' ' || f.SName AS staff FROM tblStaff f JOIN tblStaff m ON m.StaffID = f.MgrID WHERE m.FName = 'Stuart' AND m.SName = 'Kettlewell' AND f.LeaveDt IS NULL"),
    ("selfref", "How much did each main category group (Furniture, Decorative Arts, Collectables and so on) sell for in 2025, counting completed sales?",
     "SELECT COALESCE(g.CatName, c.CatName) AS category_group, ROUND(SUM(sl.SoldPence) / 100.0, 2) AS sales FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID "
     "JOIN tblItem i ON i.ItemID = sl.ItemID JOIN tblCategory c ON c.CatID = i.CatID LEFT JOIN tblCategory g ON g.CatID = c.ParentCatID "
     f"WHERE {SY} = '2025' AND {DONE} GROUP BY category_group"),
    # no related records
    ("negation", "Which units at the Ripon centre sold nothing at all in December 2025?",
     "SELECT u.UnitNo FROM tblUnit u JOIN tblSite t ON t.SiteID = u.SiteID WHERE t.SiteName = 'Ripon' AND NOT EXISTS (SELECT 1 FROM tblSaleLine sl "
     f"JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblItem i ON i.ItemID = sl.ItemID WHERE i.UnitID = u.UnitID AND {SM} = '2025-12' AND {DONE})"),
    ("negation", "Which members of staff still with us did not ring up a single sale in 2025?",
     f"SELECT f.FName || ' ' || f.SName AS staff FROM tblStaff f WHERE f.LeaveDt IS NULL AND NOT EXISTS (SELECT 1 FROM tblSale s WHERE s.StaffID = f.StaffID AND {SY} = '2025')"),
    # group conditions
    ("having", "Which dealers have rented units at more than one of our centres?",
     "SELECT d.TradingName FROM tblDealer d JOIN tblDealerUnit du ON du.DealerID = d.DealerID JOIN tblUnit u ON u.UnitID = du.UnitID "
     "WHERE d.IsDeleted = 0 GROUP BY d.DealerID HAVING COUNT(DISTINCT u.SiteID) > 1"),
    ("having", "Which categories sold more than £25,000 worth in 2025 (completed sales)?",
     "SELECT c.CatName, ROUND(SUM(sl.SoldPence) / 100.0, 2) AS sales FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblItem i ON i.ItemID = sl.ItemID "
     f"JOIN tblCategory c ON c.CatID = i.CatID WHERE {SY} = '2025' AND {DONE} GROUP BY c.CatID HAVING SUM(sl.SoldPence) > 2500000"),
    ("having", "Which dealers sold 250 or more items in 2025 (completed sales)?",
     "SELECT d.TradingName, COUNT(*) AS items FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID JOIN tblItem i ON i.ItemID = sl.ItemID "
     f"JOIN tblDealer d ON d.DealerID = i.DealerID WHERE {SY} = '2025' AND {DONE} GROUP BY d.DealerID HAVING COUNT(*) >= 250"),
    # shares
    ("share", "What share of the money from completed sales in 2025 was paid by card?",
     f"SELECT ROUND(1.0 * SUM(CASE WHEN s.PayType = 'CRD' THEN s.TotalPence ELSE 0 END) / SUM(s.TotalPence), 4) FROM tblSale s WHERE {SY} = '2025' AND {DONE}"),
    ("share", "What fraction of the items sold in 2025 went for less than the price on their tag?",
     "SELECT ROUND(AVG(CASE WHEN sl.SoldPence < i.TicketPence THEN 1.0 ELSE 0.0 END), 4) FROM tblSaleLine sl JOIN tblSale s ON s.SaleID = sl.SaleID "
     f"JOIN tblItem i ON i.ItemID = sl.ItemID WHERE {SY} = '2025' AND {DONE}"),
    ("share", "Going by the 2024 dealer statements, what share of our commission came from dealers on the 15% rate?",
     "SELECT ROUND(1.0 * SUM(CASE WHEN d.CommPct = 15 THEN m.CommPence ELSE 0 END) / SUM(m.CommPence), 4) FROM tblDealerStmt m JOIN tblDealer d ON d.DealerID = m.DealerID "
     "WHERE m.StmtPeriod BETWEEN 202401 AND 202412"),
    # comparisons
    ("compare", "How did Pateley Bridge's completed sales in August 2025 compare with August 2024? Give both amounts.",
     f"SELECT ROUND(SUM(CASE WHEN {SM} = '2024-08' THEN s.TotalPence ELSE 0 END) / 100.0, 2) AS aug_2024, "
     f"ROUND(SUM(CASE WHEN {SM} = '2025-08' THEN s.TotalPence ELSE 0 END) / 100.0, 2) AS aug_2025 FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID "
     f"WHERE t.SiteName = 'Pateley Bridge' AND {DONE}"),
    ("compare", "How many completed sales did Knaresborough Mill make in 2024, and how many in 2025?",
     f"SELECT SUM(CASE WHEN {SY} = '2024' THEN 1 ELSE 0 END) AS sales_2024, SUM(CASE WHEN {SY} = '2025' THEN 1 ELSE 0 END) AS sales_2025 "
     f"FROM tblSale s JOIN tblSite t ON t.SiteID = s.SiteID WHERE t.SiteName = 'Knaresborough Mill' AND {DONE}"),
]


def main():
    rows, kinds = [], []
    for dbn, qs in ((BT, BT_Q), (NA, NA_Q)):
        assert len(qs) == 40, (dbn, len(qs))
        for i, (kind, text, sql) in enumerate(qs, 1):
            qid = f"{dbn}-{i:03d}"
            rows.append({"id": qid, "db": f"databases/{dbn}.sqlite", "question": text, "sql": sql,
                         "order_matters": "Biggest first" in text})
            kinds.append((qid, kind))
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        for qid, k in kinds:
            f.write(f"{qid}\t{k}\n")
    if "--show" in sys.argv:
        for r in rows:
            con = sqlite3.connect(f"file:{os.path.join(ROOT, r['db'])}?mode=ro", uri=True)
            res = con.execute(r["sql"]).fetchall()
            con.close()
            print(f"{r['id']}  {r['question']}\n    -> {len(res)} rows: {res[:6]}{' ...' if len(res) > 6 else ''}")


if __name__ == "__main__":
    main()
