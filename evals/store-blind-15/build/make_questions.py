"""Writes ../questions.jsonl and kinds.tsv for store-blind-15 (80 questions: 40 per database).

Each entry: (kind, question, sql, order_matters). Keys are written in the order id, db, question, sql, order_matters.
The SQL is the reference answer; check.py runs it read-only against the database and checks the conventions."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
WA, WV = "whisk_and_anvil", "wren_and_veil"

# ---------------------------------------------------------------- Whisk & Anvil Cookshop (POS export, pence, UTC 'Z')
WA_Q = [
    # ---- count
    ("count", "How many orders did the Ludlow shop put through in 2024? Don't count canceled ones.",
     "SELECT COUNT(*) FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Ludlow' AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2024'", False),
    ("count", "how many orders got canceled at the till across all our locations in 2025?",
     "SELECT COUNT(*) FROM orders WHERE state = 'CANCELED' AND substr(created_at, 1, 4) = '2025'", False),
    ("count", "How many customers on our books live in Newport, Shropshire (not Newport in Gwent)?",
     "SELECT COUNT(*) FROM customers WHERE locality = 'Newport' AND administrative_district_level_1 = 'Shropshire'", False),
    ("count", "For cookery classes held in 2024, how many bookings did the customers cancel themselves?",
     "SELECT COUNT(*) FROM class_bookings b JOIN cookery_classes c ON c.id = b.class_id WHERE b.status = 'CANCELLED_BY_CUSTOMER' AND substr(c.starts_at, 1, 4) = '2024'", False),
    ("count", "How many products in our catalogue have been archived?",
     "SELECT COUNT(*) FROM items WHERE is_archived = 1", False),
    # ---- total / average
    ("total", "What did all our locations take in 2024, VAT included? Leave out canceled orders and don't take off refunds.",
     "SELECT ROUND(SUM(total_money) / 100.0, 2) FROM orders WHERE state = 'COMPLETED' AND substr(created_at, 1, 4) = '2024'", False),
    ("total", "What was the average order value in the Shrewsbury shop in 2025, in pounds, ignoring canceled orders?",
     "SELECT ROUND(AVG(o.total_money) / 100.0, 2) FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Shrewsbury' AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2025'", False),
    ("total", "How much VAT was included in our sales in 2023? Canceled orders don't count.",
     "SELECT ROUND(SUM(total_tax_money) / 100.0, 2) FROM orders WHERE state = 'COMPLETED' AND substr(created_at, 1, 4) = '2023'", False),
    ("total", "How much did we refund to customers in 2025?",
     "SELECT ROUND(SUM(amount_money) / 100.0, 2) FROM refunds WHERE substr(created_at, 1, 4) = '2025'", False),
    ("total", "How many Buckley stoneware mugs did we sell in 2024, all colours together? Leave out canceled orders.",
     "SELECT SUM(CAST(li.quantity AS INTEGER)) FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN item_variations v ON v.id = li.item_variation_id "
     "JOIN items i ON i.id = v.item_id WHERE i.name = 'Buckley Stoneware Mug' AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2024'", False),
    # ---- breakdown
    ("breakdown", "Month by month, what did the Newport shop take in 2025? Canceled orders left out, refunds not taken off.",
     "SELECT substr(o.created_at, 1, 7) AS month, ROUND(SUM(o.total_money) / 100.0, 2) AS takings FROM orders o JOIN locations l ON l.id = o.location_id "
     "WHERE l.name = 'Newport' AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2025' GROUP BY month", False),
    ("breakdown", "What did the cookery school bring in per quarter in 2024, going by the date of the class? Count people who came and no-shows, not cancellations.",
     "SELECT substr(c.starts_at, 1, 4) || '-Q' || ((CAST(substr(c.starts_at, 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM(b.amount_money) / 100.0, 2) AS income "
     "FROM class_bookings b JOIN cookery_classes c ON c.id = b.class_id WHERE b.status IN ('ACCEPTED', 'NO_SHOW') AND substr(c.starts_at, 1, 4) = '2024' GROUP BY quarter", False),
    ("breakdown", "Split our 2025 bank card payments (not gift cards) by card network: how many payments and how much money for each?",
     "SELECT card_brand, COUNT(*) AS payments, ROUND(SUM(amount_money) / 100.0, 2) AS amount FROM payments WHERE source_type = 'CARD' AND substr(created_at, 1, 4) = '2025' GROUP BY card_brand", False),
    ("breakdown", "How many units did we sell in each main department in 2024 (cookware, knives, bakeware and so on)? Leave out canceled orders.",
     "SELECT COALESCE(p.name, c.name) AS department, SUM(CAST(li.quantity AS INTEGER)) AS units FROM order_line_items li JOIN orders o ON o.id = li.order_id "
     "JOIN item_variations v ON v.id = li.item_variation_id JOIN items i ON i.id = v.item_id JOIN categories c ON c.id = i.category_id "
     "LEFT JOIN categories p ON p.id = c.parent_category_id WHERE o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2024' GROUP BY department", False),
    ("breakdown", "How many refunds did we give for each reason in 2024?",
     "SELECT reason, COUNT(*) AS refunds FROM refunds WHERE substr(created_at, 1, 4) = '2024' GROUP BY reason", False),
    # ---- top N
    ("topn", "Which five products brought in the most money in 2025, all sizes and colours together? Highest first, canceled orders left out.",
     "SELECT i.name, ROUND(SUM(li.total_money) / 100.0, 2) AS sales FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN item_variations v ON v.id = li.item_variation_id "
     "JOIN items i ON i.id = v.item_id WHERE o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2025' GROUP BY i.id ORDER BY sales DESC LIMIT 5", True),
    ("topn", "Who put the most orders through the Hereford till in 2024? Completed orders only.",
     "SELECT t.given_name || ' ' || t.family_name AS person FROM orders o JOIN locations l ON l.id = o.location_id JOIN team_members t ON t.id = o.team_member_id "
     "WHERE l.name = 'Hereford' AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2024' GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1", False),
    ("topn", "Which cookery class had the most seats booked across its 2025 sessions, leaving out cancellations?",
     "SELECT c.title FROM class_bookings b JOIN cookery_classes c ON c.id = b.class_id WHERE b.status NOT IN ('CANCELLED_BY_CUSTOMER', 'CANCELLED_BY_SELLER') "
     "AND substr(c.starts_at, 1, 4) = '2025' GROUP BY c.title ORDER BY SUM(b.seats) DESC LIMIT 1", False),
    ("topn", "Which customer spent the most in our shops in 2024? Ignore canceled orders and don't take off refunds.",
     "SELECT c.given_name || ' ' || c.family_name AS customer FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.state = 'COMPLETED' "
     "AND substr(o.created_at, 1, 4) = '2024' GROUP BY c.id ORDER BY SUM(o.total_money) DESC LIMIT 1", False),
    ("topn", "Which supplier can supply the largest number of our products?",
     "SELECT v.name FROM item_vendors iv JOIN vendors v ON v.id = iv.vendor_id GROUP BY v.id ORDER BY COUNT(*) DESC LIMIT 1", False),
    # ---- lists
    ("list", "Which Japanese knives are we still selling, and at what price?",
     "SELECT i.name, v.price_money / 100.0 AS price FROM items i JOIN item_variations v ON v.item_id = i.id JOIN categories c ON c.id = i.category_id "
     "WHERE c.name = 'Japanese Knives' AND i.is_archived = 0", False),
    ("list", "Which Hereford cookery classes were called off by us in 2023-2025? Give the class and its date.",
     "SELECT c.title, substr(c.starts_at, 1, 10) AS class_date FROM cookery_classes c JOIN locations l ON l.id = c.location_id WHERE l.name = 'Hereford' "
     "AND c.status = 'CANCELED' AND substr(c.starts_at, 1, 4) BETWEEN '2023' AND '2025'", False),
    ("list", "Which of our suppliers are based outside the UK, and in which country?",
     "SELECT name, country FROM vendors WHERE country <> 'GB'", False),
    ("list", "Who left the business during 2025, and what was their job?",
     "SELECT given_name || ' ' || family_name AS person, job_title FROM team_members WHERE substr(left_on, 1, 4) = '2025'", False),
    # ---- attribute
    ("attribute", "What's the current shelf price of the Kaizen Gyuto 21cm?",
     "SELECT v.price_money / 100.0 FROM item_variations v JOIN items i ON i.id = v.item_id WHERE i.name = 'Kaizen Gyuto 21cm'", False),
    ("attribute", "What email address do we have for the Wye Valley Cookery School?",
     "SELECT email_address FROM customers WHERE company_name = 'Wye Valley Cookery School'", False),
    ("attribute", "What's the postcode of our Ludlow shop?",
     "SELECT postal_code FROM locations WHERE name = 'Ludlow'", False),
    # ---- self-reference
    ("selfref", "Who does the manager of the Newport shop report to?",
     "SELECT b.given_name || ' ' || b.family_name AS boss FROM team_members m JOIN locations l ON l.id = m.location_id JOIN team_members b ON b.id = m.reports_to_id "
     "WHERE l.name = 'Newport' AND m.job_title = 'Shop Manager' AND m.status = 'ACTIVE'", False),
    ("selfref", "Which of the people reporting to Callum Reece are still working for us?",
     "SELECT t.given_name || ' ' || t.family_name AS person FROM team_members t JOIN team_members m ON m.id = t.reports_to_id "
     "WHERE m.given_name = 'Callum' AND m.family_name = 'Reece' AND t.status = 'ACTIVE'", False),
    ("selfref", "What did we sell in 2024 across everything in the Knives department, all its sub-sections included? Leave out canceled orders.",
     "SELECT ROUND(SUM(li.total_money) / 100.0, 2) FROM order_line_items li JOIN orders o ON o.id = li.order_id JOIN item_variations v ON v.id = li.item_variation_id "
     "JOIN items i ON i.id = v.item_id JOIN categories c ON c.id = i.category_id JOIN categories p ON p.id = c.parent_category_id "
     "WHERE p.name = 'Knives' AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2024'", False),
    # ---- negation
    ("negation", "How many people who came to a cookery class in 2024 have never bought anything in our shops?",
     "SELECT COUNT(*) FROM customers c WHERE EXISTS (SELECT 1 FROM class_bookings b JOIN cookery_classes k ON k.id = b.class_id WHERE b.customer_id = c.id "
     "AND b.status = 'ACCEPTED' AND substr(k.starts_at, 1, 4) = '2024') AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.state = 'COMPLETED')", False),
    ("negation", "Which of our current staff have never put a sale through the till?",
     "SELECT t.given_name || ' ' || t.family_name AS person FROM team_members t WHERE t.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.team_member_id = t.id)", False),
    # ---- group conditions
    ("having", "Which customers placed at least 10 orders with us over 2023-2025, canceled ones not counted?",
     "SELECT c.given_name || ' ' || c.family_name AS customer FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.state = 'COMPLETED' "
     "AND substr(o.created_at, 1, 4) BETWEEN '2023' AND '2025' GROUP BY c.id HAVING COUNT(*) >= 10", False),
    ("having", "Which cookery classes averaged more than 7 booked places per session in 2024? Only count sessions that ran; no-shows count as booked, cancelled bookings don't.",
     "SELECT title FROM (SELECT c.id, c.title, COALESCE(SUM(CASE WHEN b.status IN ('ACCEPTED', 'NO_SHOW') THEN b.seats END), 0) AS seats FROM cookery_classes c "
     "LEFT JOIN class_bookings b ON b.class_id = c.id WHERE c.status = 'COMPLETED' AND substr(c.starts_at, 1, 4) = '2024' GROUP BY c.id) GROUP BY title HAVING AVG(seats) > 7", False),
    ("having", "Which sales assistants put more than 200 orders through the till in 2024? Canceled orders don't count.",
     "SELECT t.given_name || ' ' || t.family_name AS person FROM orders o JOIN team_members t ON t.id = o.team_member_id WHERE t.job_title = 'Sales Assistant' "
     "AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 4) = '2024' GROUP BY t.id HAVING COUNT(*) > 200", False),
    # ---- share
    ("share", "What share of the money we took at the tills in 2025 was paid in cash?",
     "SELECT ROUND(SUM(CASE WHEN source_type = 'CASH' THEN amount_money ELSE 0 END) * 1.0 / SUM(amount_money), 4) FROM payments WHERE substr(created_at, 1, 4) = '2025'", False),
    ("share", "What proportion of our 2024 orders were linked to a named customer? Leave canceled orders out.",
     "SELECT ROUND(AVG(customer_id IS NOT NULL), 4) FROM orders WHERE state = 'COMPLETED' AND substr(created_at, 1, 4) = '2024'", False),
    ("share", "Of the seats booked for 2025 cookery classes that ran, what fraction were no-shows? Ignore cancelled bookings.",
     "SELECT ROUND(SUM(CASE WHEN b.status = 'NO_SHOW' THEN b.seats ELSE 0 END) * 1.0 / SUM(b.seats), 4) FROM class_bookings b JOIN cookery_classes c ON c.id = b.class_id "
     "WHERE c.status = 'COMPLETED' AND b.status IN ('ACCEPTED', 'NO_SHOW') AND substr(c.starts_at, 1, 4) = '2025'", False),
    # ---- compare
    ("compare", "How did Black Friday 2024 compare with Black Friday 2025 in the shops? Give what we took on each day, canceled orders left out.",
     "SELECT ROUND(SUM(CASE WHEN substr(created_at, 1, 10) = '2024-11-29' THEN total_money ELSE 0 END) / 100.0, 2) AS black_friday_2024, "
     "ROUND(SUM(CASE WHEN substr(created_at, 1, 10) = '2025-11-28' THEN total_money ELSE 0 END) / 100.0, 2) AS black_friday_2025 "
     "FROM orders WHERE state = 'COMPLETED' AND substr(created_at, 1, 10) IN ('2024-11-29', '2025-11-28')", False),
    ("compare", "Did Ludlow take more in December 2024 or December 2025? Give both totals, canceled orders excluded.",
     "SELECT ROUND(SUM(CASE WHEN substr(o.created_at, 1, 7) = '2024-12' THEN o.total_money ELSE 0 END) / 100.0, 2) AS december_2024, "
     "ROUND(SUM(CASE WHEN substr(o.created_at, 1, 7) = '2025-12' THEN o.total_money ELSE 0 END) / 100.0, 2) AS december_2025 "
     "FROM orders o JOIN locations l ON l.id = o.location_id WHERE l.name = 'Ludlow' AND o.state = 'COMPLETED' AND substr(o.created_at, 1, 7) IN ('2024-12', '2025-12')", False),
]

WV_Q = [
    # ---- count
    ("count", "How many bridal consultations did we actually hold in Cork in 2024? Only the ones the bride turned up for.",
     'SELECT COUNT(*) FROM "Appointments" a JOIN "Branches" b ON b."Branch ID" = a."Branch ID" WHERE b."Town" = \'Cork\' '
     'AND a."Appointment Type" = \'Bridal Consultation\' AND a."Status" = \'Attended\' AND substr(a."Appointment Date", 1, 4) = \'2024\'', False),
    ("count", "How many no-shows did we have in 2025 across all the shops, counting every kind of appointment?",
     'SELECT COUNT(*) FROM "Appointments" WHERE "Status" = \'No Show\' AND substr("Appointment Date", 1, 4) = \'2025\'', False),
    ("count", "How many of our brides are from Newbridge in County Kildare (not the Newbridge in Galway)?",
     'SELECT COUNT(*) FROM "Customers" WHERE "Town" = \'Newbridge\' AND "County" = \'Kildare\'', False),
    ("count", "How many dress orders placed in 2024 ended up cancelled?",
     'SELECT COUNT(*) FROM "Orders" WHERE "Status" = \'Cancelled\' AND substr("Order Date", 1, 4) = \'2024\'', False),
    ("count", "In 2025, how many brides bought the shop's sample gown itself instead of having a new one made?",
     'SELECT COUNT(*) FROM "Orders" WHERE "Off The Peg" = 1 AND "Status" <> \'Cancelled\' AND substr("Order Date", 1, 4) = \'2025\'', False),
    # ---- total / average
    ("total", "What was the total value of orders placed in 2024 (gowns, accessories and rush charges)? Leave out cancelled orders.",
     'SELECT ROUND(SUM("Order Total"), 2) FROM "Orders" WHERE "Status" <> \'Cancelled\' AND substr("Order Date", 1, 4) = \'2024\'', False),
    ("total", "On average, what did brides pay for the dress itself in 2025, after any discount? Ignore cancelled orders.",
     'SELECT ROUND(AVG(i."Line Total"), 2) FROM "Order Items" i JOIN "Orders" o ON o."Order ID" = i."Order ID" WHERE i."Style ID" IS NOT NULL '
     'AND o."Status" <> \'Cancelled\' AND substr(o."Order Date", 1, 4) = \'2025\'', False),
    ("total", "How much did we take in deposits during 2023?",
     'SELECT ROUND(SUM("Amount"), 2) FROM "Payments" WHERE "Payment Type" = \'Deposit\' AND substr("Payment Date", 1, 4) = \'2023\'', False),
    ("total", "What was the value of the alteration work our seamstresses finished in 2025?",
     'SELECT ROUND(SUM("Price"), 2) FROM "Alterations" WHERE "Status" = \'Completed\' AND substr("Completed Date", 1, 4) = \'2025\'', False),
    ("total", "How much money did we give back to brides who cancelled, over 2023-2025 in total?",
     'SELECT ROUND(-SUM("Amount"), 2) FROM "Payments" WHERE "Payment Type" = \'Refund\' AND substr("Payment Date", 1, 4) BETWEEN \'2023\' AND \'2025\'', False),
    # ---- breakdown
    ("breakdown", "Month by month in 2025, how many bridal consultations took place at Ranelagh? Only ones the bride attended.",
     'SELECT substr(a."Appointment Date", 1, 7) AS month, COUNT(*) AS consultations FROM "Appointments" a JOIN "Branches" b ON b."Branch ID" = a."Branch ID" '
     'WHERE b."Branch Name" = \'Wren & Veil Ranelagh\' AND a."Appointment Type" = \'Bridal Consultation\' AND a."Status" = \'Attended\' '
     'AND substr(a."Appointment Date", 1, 4) = \'2025\' GROUP BY month', False),
    ("breakdown", "How much money came in per quarter in 2024 across all branches, with refunds netted off?",
     'SELECT substr("Payment Date", 1, 4) || \'-Q\' || ((CAST(substr("Payment Date", 6, 2) AS INTEGER) + 2) / 3) AS quarter, ROUND(SUM("Amount"), 2) AS received '
     'FROM "Payments" WHERE substr("Payment Date", 1, 4) = \'2024\' GROUP BY quarter', False),
    ("breakdown", "How many gowns did brides buy from each designer's range in 2024, samples bought from the rail included? Leave out cancelled orders.",
     'SELECT d."Designer Name", COUNT(*) AS gowns FROM "Orders" o JOIN "Order Items" i ON i."Order ID" = o."Order ID" JOIN "Gown Styles" g ON g."Style ID" = i."Style ID" '
     'JOIN "Designers" d ON d."Designer ID" = g."Designer ID" WHERE o."Status" <> \'Cancelled\' AND substr(o."Order Date", 1, 4) = \'2024\' GROUP BY d."Designer ID"', False),
    ("breakdown", "For brides who got in touch with us in 2025, how did they hear about us? Give the number for each channel, where we know it.",
     'SELECT "How Heard", COUNT(*) AS brides FROM "Customers" WHERE "How Heard" IS NOT NULL AND substr("Date Added", 1, 4) = \'2025\' GROUP BY "How Heard"', False),
    ("breakdown", "What did each type of alteration bring in during 2024, counting work finished that year?",
     'SELECT "Work Description", ROUND(SUM("Price"), 2) AS income FROM "Alterations" WHERE "Status" = \'Completed\' AND substr("Completed Date", 1, 4) = \'2024\' GROUP BY "Work Description"', False),
    # ---- top N
    ("topn", "Which three gowns were tried on most often in 2025? Most first.",
     'SELECT g."Style Name", COUNT(*) AS tries FROM "Appointment Styles" x JOIN "Appointments" a ON a."Appointment ID" = x."Appointment ID" '
     'JOIN "Gown Styles" g ON g."Style ID" = x."Style ID" WHERE substr(a."Appointment Date", 1, 4) = \'2025\' GROUP BY g."Style ID" ORDER BY tries DESC LIMIT 3', True),
    ("topn", "Which member of staff sold the most gowns in 2024? Cancelled orders don't count.",
     'SELECT s."First Name" || \' \' || s."Last Name" AS person FROM "Orders" o JOIN "Staff" s ON s."Staff ID" = o."Sold By" WHERE o."Status" <> \'Cancelled\' '
     'AND substr(o."Order Date", 1, 4) = \'2024\' GROUP BY s."Staff ID" ORDER BY COUNT(*) DESC LIMIT 1', False),
    ("topn", "Which shop had the highest value of orders in 2025, leaving out cancelled ones?",
     'SELECT b."Branch Name" FROM "Orders" o JOIN "Branches" b ON b."Branch ID" = o."Branch ID" WHERE o."Status" <> \'Cancelled\' '
     'AND substr(o."Order Date", 1, 4) = \'2025\' GROUP BY b."Branch ID" ORDER BY SUM(o."Order Total") DESC LIMIT 1', False),
    ("topn", "Which veil sold the most over 2023-2025, by number sold? Cancelled orders left out.",
     'SELECT a."Item Name" FROM "Order Items" i JOIN "Accessories" a ON a."Accessory ID" = i."Accessory ID" JOIN "Orders" o ON o."Order ID" = i."Order ID" '
     'WHERE a."Category" = \'Veil\' AND o."Status" <> \'Cancelled\' AND substr(o."Order Date", 1, 4) BETWEEN \'2023\' AND \'2025\' GROUP BY a."Accessory ID" ORDER BY SUM(i."Quantity") DESC LIMIT 1', False),
    ("topn", "Which seamstress finished the most alteration jobs in 2025?",
     'SELECT s."First Name" || \' \' || s."Last Name" AS seamstress FROM "Alterations" x JOIN "Staff" s ON s."Staff ID" = x."Seamstress ID" '
     'WHERE x."Status" = \'Completed\' AND substr(x."Completed Date", 1, 4) = \'2025\' GROUP BY s."Staff ID" ORDER BY COUNT(*) DESC LIMIT 1', False),
    # ---- lists
    ("list", "Which Maison Célestine gowns have been discontinued?",
     'SELECT g."Style Name" FROM "Gown Styles" g JOIN "Designers" d ON d."Designer ID" = g."Designer ID" WHERE d."Designer Name" = \'Maison Célestine\' AND g."Discontinued" = 1', False),
    ("list", "Which 2025 orders were rushed through and still haven't been collected? Give the order reference and the bride's name.",
     'SELECT o."Order Ref", c."First Name" || \' \' || c."Last Name" AS bride FROM "Orders" o JOIN "Customers" c ON c."Customer ID" = o."Customer ID" '
     'WHERE o."Rush Order" = 1 AND o."Status" IN (\'On Order\', \'Arrived\') AND substr(o."Order Date", 1, 4) = \'2025\'', False),
    ("list", "Who left the Galway shop's team during 2023-2025, and in what role?",
     'SELECT s."First Name" || \' \' || s."Last Name" AS person, s."Job Title" FROM "Staff" s JOIN "Branches" b ON b."Branch ID" = s."Branch ID" '
     'WHERE b."Town" = \'Galway\' AND substr(s."End Date", 1, 4) BETWEEN \'2023\' AND \'2025\'', False),
    ("list", "Which accessories have we stopped stocking?",
     'SELECT "Item Name" FROM "Accessories" WHERE "Active" = 0', False),
    # ---- attribute
    ("attribute", "What's the price of the Iris gown?",
     'SELECT "Retail Price" FROM "Gown Styles" WHERE "Style Name" = \'Iris\'', False),
    ("attribute", "What's the Eircode of our Limerick shop?",
     'SELECT "Eircode" FROM "Branches" WHERE "Town" = \'Limerick\'', False),
    ("attribute", "How many weeks does Aurora & Sage usually take to deliver a gown?",
     'SELECT "Lead Time Weeks" FROM "Designers" WHERE "Designer Name" = \'Aurora & Sage\'', False),
    # ---- self-reference
    ("selfref", "Who does the manager of the Limerick shop report to?",
     'SELECT b."First Name" || \' \' || b."Last Name" AS boss FROM "Staff" m JOIN "Branches" br ON br."Branch ID" = m."Branch ID" JOIN "Staff" b ON b."Staff ID" = m."Reports To" '
     'WHERE br."Town" = \'Limerick\' AND m."Job Title" = \'Branch Manager\' AND m."End Date" IS NULL', False),
    ("selfref", "Which seamstresses who report to Małgorzata Nowak are still working for us, and at which shop?",
     'SELECT s."First Name" || \' \' || s."Last Name" AS seamstress, br."Branch Name" FROM "Staff" s JOIN "Staff" m ON m."Staff ID" = s."Reports To" '
     'JOIN "Branches" br ON br."Branch ID" = s."Branch ID" WHERE m."First Name" = \'Małgorzata\' AND m."Last Name" = \'Nowak\' AND s."End Date" IS NULL', False),
    ("selfref", "Which bride has sent the most other brides our way by recommending us?",
     'SELECT r."First Name" || \' \' || r."Last Name" AS bride FROM "Customers" c JOIN "Customers" r ON r."Customer ID" = c."Referred By" '
     'GROUP BY r."Customer ID" ORDER BY COUNT(*) DESC LIMIT 1', False),
    # ---- negation
    ("negation", "How many brides who came to a consultation in 2024 never ordered a dress from us?",
     'SELECT COUNT(*) FROM "Customers" c WHERE EXISTS (SELECT 1 FROM "Appointments" a WHERE a."Customer ID" = c."Customer ID" AND a."Appointment Type" = \'Bridal Consultation\' '
     'AND a."Status" = \'Attended\' AND substr(a."Appointment Date", 1, 4) = \'2024\') AND NOT EXISTS (SELECT 1 FROM "Orders" o WHERE o."Customer ID" = c."Customer ID")', False),
    ("negation", "Which gowns still in our range have never been ordered by anyone? Give the gown and its designer.",
     'SELECT g."Style Name", d."Designer Name" FROM "Gown Styles" g JOIN "Designers" d ON d."Designer ID" = g."Designer ID" WHERE g."Discontinued" = 0 '
     'AND NOT EXISTS (SELECT 1 FROM "Order Items" i WHERE i."Style ID" = g."Style ID")', False),
    # ---- group conditions
    ("having", "Which designers' gowns did brides buy more than 55 of in 2024, samples from the rail included? Cancelled orders don't count.",
     'SELECT d."Designer Name" FROM "Orders" o JOIN "Order Items" i ON i."Order ID" = o."Order ID" JOIN "Gown Styles" g ON g."Style ID" = i."Style ID" '
     'JOIN "Designers" d ON d."Designer ID" = g."Designer ID" WHERE o."Status" <> \'Cancelled\' AND substr(o."Order Date", 1, 4) = \'2024\' '
     'GROUP BY d."Designer ID" HAVING COUNT(*) > 55', False),
    ("having", "Which members of staff looked after more than 80 bridal consultations in 2025 that the bride turned up for?",
     'SELECT s."First Name" || \' \' || s."Last Name" AS stylist FROM "Appointments" a JOIN "Staff" s ON s."Staff ID" = a."Staff ID" '
     'WHERE a."Appointment Type" = \'Bridal Consultation\' AND a."Status" = \'Attended\' AND substr(a."Appointment Date", 1, 4) = \'2025\' '
     'GROUP BY s."Staff ID" HAVING COUNT(*) > 80', False),
    ("having", "Which kinds of accessory brought in more than €10,000 in 2024? Leave out cancelled orders.",
     'SELECT a."Category" FROM "Order Items" i JOIN "Accessories" a ON a."Accessory ID" = i."Accessory ID" JOIN "Orders" o ON o."Order ID" = i."Order ID" '
     'WHERE o."Status" <> \'Cancelled\' AND substr(o."Order Date", 1, 4) = \'2024\' GROUP BY a."Category" HAVING SUM(i."Line Total") > 10000', False),
    # ---- share
    ("share", "Of the bridal consultations brides attended in 2024, what share ended with the bride ordering her dress on the day?",
     'SELECT ROUND(AVG("Said Yes"), 4) FROM "Appointments" WHERE "Appointment Type" = \'Bridal Consultation\' AND "Status" = \'Attended\' AND substr("Appointment Date", 1, 4) = \'2024\'', False),
    ("share", "What fraction of the dress orders placed in 2025 had to be rushed? Leave out cancelled orders.",
     'SELECT ROUND(AVG("Rush Order"), 4) FROM "Orders" WHERE "Status" <> \'Cancelled\' AND substr("Order Date", 1, 4) = \'2025\'', False),
    ("share", "Of the money brides paid us in 2025 (not counting refunds), what share came by bank transfer?",
     'SELECT ROUND(SUM(CASE WHEN "Method" = \'Bank Transfer\' THEN "Amount" ELSE 0 END) / SUM("Amount"), 4) FROM "Payments" WHERE "Amount" > 0 AND substr("Payment Date", 1, 4) = \'2025\'', False),
    # ---- compare
    ("compare", "How many bridal consultations did Galway hold in 2024 compared with 2025? Only count the ones the bride attended.",
     'SELECT SUM(substr(a."Appointment Date", 1, 4) = \'2024\') AS consultations_2024, SUM(substr(a."Appointment Date", 1, 4) = \'2025\') AS consultations_2025 '
     'FROM "Appointments" a JOIN "Branches" b ON b."Branch ID" = a."Branch ID" WHERE b."Town" = \'Galway\' AND a."Appointment Type" = \'Bridal Consultation\' '
     'AND a."Status" = \'Attended\' AND substr(a."Appointment Date", 1, 4) IN (\'2024\', \'2025\')', False),
    ("compare", "What was the value of orders taken in January 2024 versus January 2025, all shops together? Cancelled orders left out.",
     'SELECT ROUND(SUM(CASE WHEN substr("Order Date", 1, 7) = \'2024-01\' THEN "Order Total" ELSE 0 END), 2) AS january_2024, '
     'ROUND(SUM(CASE WHEN substr("Order Date", 1, 7) = \'2025-01\' THEN "Order Total" ELSE 0 END), 2) AS january_2025 '
     'FROM "Orders" WHERE "Status" <> \'Cancelled\' AND substr("Order Date", 1, 7) IN (\'2024-01\', \'2025-01\')', False),
]


def main():
    kinds = []
    with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
        for dbn, lst in ((WA, WA_Q), (WV, WV_Q)):
            for i, (kind, text, sql, om) in enumerate(lst, 1):
                qid = f"{dbn}-{i:03d}"
                f.write(json.dumps({"id": qid, "db": f"databases/{dbn}.sqlite", "question": text, "sql": sql, "order_matters": om},
                                   ensure_ascii=False) + "\n")
                kinds.append(f"{qid}\t{kind}\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
        f.writelines(kinds)
    print(f"wrote {len(kinds)} questions")


if __name__ == "__main__":
    main()
