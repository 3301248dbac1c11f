#!/usr/bin/env python3
"""Write ../questions.jsonl: 40 questions per database, in spider-commerce's format.

Each entry: (question, reference SQL, order_matters). Reference SQL selects the name
columns plus the figure asked for, and nothing else.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "questions.jsonl")

GREENLEAF = [
    # counts
    ("How many stores are open right now?",
     "SELECT COUNT(*) FROM store WHERE status = 'open'", False),
    ("how many of our customers are in the loyalty program?",
     "SELECT COUNT(*) FROM customer WHERE loyalty_member = 1", False),
    # totals
    ("What was our total revenue from completed sales in 2024?",
     "SELECT ROUND(SUM(sl.quantity * sl.unit_price), 2) FROM sale_line sl JOIN sale s ON s.sale_id = sl.sale_id "
     "WHERE s.status = 'completed' AND s.sold_at >= '2024-01-01' AND s.sold_at < '2025-01-01'", False),
    ("What's the total value of all refunded sales?",
     "SELECT ROUND(SUM(sl.quantity * sl.unit_price), 2) FROM sale_line sl JOIN sale s ON s.sale_id = sl.sale_id "
     "WHERE s.status = 'refunded'", False),
    # breakdowns
    ("How many stores do we have in each state?",
     "SELECT state, COUNT(*) FROM store GROUP BY state", False),
    ("Break down 2024 revenue from completed sales by payment method.",
     "SELECT s.payment_method, ROUND(SUM(sl.quantity * sl.unit_price), 2) FROM sale s JOIN sale_line sl ON sl.sale_id = s.sale_id "
     "WHERE s.status = 'completed' AND s.sold_at >= '2024-01-01' AND s.sold_at < '2025-01-01' GROUP BY s.payment_method", False),
    ("How many products do we carry in each main category?",
     "SELECT top.category_name, COUNT(p.product_id) FROM product_category top "
     "LEFT JOIN product_category sub ON sub.parent_category_id = top.category_id "
     "LEFT JOIN product p ON p.category_id = sub.category_id "
     "WHERE top.parent_category_id IS NULL GROUP BY top.category_id, top.category_name", False),
    # top-N and single best
    ("What are our 5 best-selling products by units sold on completed sales?",
     "SELECT p.product_name, SUM(sl.quantity) AS units_sold FROM sale_line sl JOIN sale s ON s.sale_id = sl.sale_id "
     "JOIN product p ON p.product_id = sl.product_id WHERE s.status = 'completed' "
     "GROUP BY p.product_id, p.product_name ORDER BY units_sold DESC LIMIT 5", True),
    ("Who are our top 3 customers by total spend on completed sales?",
     "SELECT c.first_name, c.last_name, ROUND(SUM(sl.quantity * sl.unit_price), 2) AS total_spend FROM customer c "
     "JOIN sale s ON s.customer_id = c.customer_id JOIN sale_line sl ON sl.sale_id = s.sale_id "
     "WHERE s.status = 'completed' GROUP BY c.customer_id, c.first_name, c.last_name ORDER BY total_spend DESC LIMIT 3", True),
    ("Which store brought in the most revenue from completed sales in 2024?",
     "SELECT st.store_name, ROUND(SUM(sl.quantity * sl.unit_price), 2) AS revenue FROM store st "
     "JOIN sale s ON s.store_id = st.store_id JOIN sale_line sl ON sl.sale_id = s.sale_id "
     "WHERE s.status = 'completed' AND s.sold_at >= '2024-01-01' AND s.sold_at < '2025-01-01' "
     "GROUP BY st.store_id, st.store_name ORDER BY revenue DESC LIMIT 1", True),
    ("Which main product category generated the most revenue on completed sales in 2024?",
     "SELECT top.category_name, ROUND(SUM(sl.quantity * sl.unit_price), 2) AS revenue FROM sale_line sl "
     "JOIN sale s ON s.sale_id = sl.sale_id JOIN product p ON p.product_id = sl.product_id "
     "JOIN product_category sub ON sub.category_id = p.category_id "
     "JOIN product_category top ON top.category_id = sub.parent_category_id "
     "WHERE s.status = 'completed' AND s.sold_at >= '2024-01-01' AND s.sold_at < '2025-01-01' "
     "GROUP BY top.category_id, top.category_name ORDER BY revenue DESC LIMIT 1", True),
    # lists with filters
    ("List the discontinued products along with their category.",
     "SELECT p.product_name, c.category_name FROM product p JOIN product_category c ON c.category_id = p.category_id "
     "WHERE p.status = 'discontinued'", False),
    ("Which products cost less than $2?",
     "SELECT product_name, unit_price_cents / 100.0 FROM product WHERE unit_price_cents < 200", False),
    # lookups of a named record
    ("What's the shelf price of Brie de Meaux in dollars?",
     "SELECT unit_price_cents / 100.0 FROM product WHERE product_name = 'Brie de Meaux'", False),
    ("Who is the manager of Greenleaf Ballard?",
     "SELECT manager_name FROM store WHERE store_name = 'Greenleaf Ballard'", False),
    ("Who supplies our Gruyère?",
     "SELECT s.supplier_name FROM product p JOIN supplier s ON s.supplier_id = p.supplier_id WHERE p.product_name = 'Gruyère'", False),
    ("What is Chloé Jones's email address?",
     "SELECT email FROM customer WHERE first_name = 'Chloé' AND last_name = 'Jones'", False),
    # negation / no related records
    ("Which products have never been sold?",
     "SELECT product_name FROM product WHERE product_id NOT IN (SELECT product_id FROM sale_line)", False),
    ("Which suppliers have never delivered to any of our stores?",
     "SELECT supplier_name FROM supplier WHERE supplier_id NOT IN (SELECT supplier_id FROM delivery)", False),
    ("How many customers have no sales on record at all?",
     "SELECT COUNT(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM sale s WHERE s.customer_id = c.customer_id)", False),
    ("Which stores had no sales at all in the second half of 2024?",
     "SELECT store_name FROM store st WHERE NOT EXISTS (SELECT 1 FROM sale s WHERE s.store_id = st.store_id "
     "AND s.sold_at >= '2024-07-01' AND s.sold_at < '2025-01-01')", False),
    ("Which product categories have no products in them at all?",
     "SELECT c.category_name FROM product_category c WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.category_id = c.category_id) "
     "AND NOT EXISTS (SELECT 1 FROM product_category s JOIN product p ON p.category_id = s.category_id "
     "WHERE s.parent_category_id = c.category_id)", False),
    # HAVING-style group conditions
    ("Which customers have made more than 6 completed purchases?",
     "SELECT c.first_name, c.last_name, COUNT(*) FROM customer c JOIN sale s ON s.customer_id = c.customer_id "
     "WHERE s.status = 'completed' GROUP BY c.customer_id, c.first_name, c.last_name HAVING COUNT(*) > 6", False),
    ("Which suppliers provide more than 8 of our products?",
     "SELECT s.supplier_name, COUNT(*) FROM supplier s JOIN product p ON p.supplier_id = s.supplier_id "
     "GROUP BY s.supplier_id, s.supplier_name HAVING COUNT(*) > 8", False),
    # averages
    ("What is the average value of a completed sale?",
     "SELECT ROUND(AVG(sale_total), 2) FROM (SELECT SUM(sl.quantity * sl.unit_price) AS sale_total FROM sale s "
     "JOIN sale_line sl ON sl.sale_id = s.sale_id WHERE s.status = 'completed' GROUP BY s.sale_id)", False),
    ("What's the average shelf price of our cheeses, in dollars?",
     "SELECT ROUND(AVG(p.unit_price_cents) / 100.0, 2) FROM product p JOIN product_category c ON c.category_id = p.category_id "
     "WHERE c.category_name = 'Cheese'", False),
    ("Compare the average completed sale value for loyalty members versus non-members.",
     "SELECT c.loyalty_member, ROUND(AVG(t.sale_total), 2) FROM (SELECT s.sale_id, s.customer_id, SUM(sl.quantity * sl.unit_price) AS sale_total "
     "FROM sale s JOIN sale_line sl ON sl.sale_id = s.sale_id WHERE s.status = 'completed' GROUP BY s.sale_id, s.customer_id) t "
     "JOIN customer c ON c.customer_id = t.customer_id GROUP BY c.loyalty_member", False),
    # min / max
    ("What is our most expensive product and what does it cost?",
     "SELECT product_name, unit_price_cents / 100.0 AS price FROM product ORDER BY price DESC LIMIT 1", True),
    ("Which was the very first Greenleaf store to open, and when?",
     "SELECT store_name, opened_on FROM store ORDER BY opened_on ASC LIMIT 1", True),
    ("What's the largest and the smallest invoice total on a received delivery?",
     "SELECT MAX(invoice_total), MIN(invoice_total) FROM delivery WHERE status = 'received'", False),
    # distinct values
    ("What payment methods do customers use?",
     "SELECT DISTINCT payment_method FROM sale", False),
    ("which countries do our suppliers come from",
     "SELECT DISTINCT country FROM supplier", False),
    # self-reference
    ("What subcategories sit under Dairy & Eggs?",
     "SELECT sub.category_name FROM product_category sub JOIN product_category top ON top.category_id = sub.parent_category_id "
     "WHERE top.category_name = 'Dairy & Eggs'", False),
    ("How many products do we carry in Produce, counting all of its subcategories?",
     "SELECT COUNT(*) FROM product p JOIN product_category sub ON sub.category_id = p.category_id "
     "JOIN product_category top ON top.category_id = sub.parent_category_id WHERE top.category_name = 'Produce'", False),
    ("Which main category does Kombucha fall under?",
     "SELECT top.category_name FROM product_category sub JOIN product_category top ON top.category_id = sub.parent_category_id "
     "WHERE sub.category_name = 'Kombucha'", False),
    # dates
    ("How many completed sales did we ring up in March 2024?",
     "SELECT COUNT(*) FROM sale WHERE status = 'completed' AND sold_at >= '2024-03-01' AND sold_at < '2024-04-01'", False),
    ("When did we last receive a delivery from Caseificio Rossi?",
     "SELECT MAX(d.delivery_date) FROM delivery d JOIN supplier s ON s.supplier_id = d.supplier_id "
     "WHERE s.supplier_name = 'Caseificio Rossi' AND d.status = 'received'", False),
    ("Show revenue from completed sales for each month of 2024, in month order.",
     "SELECT strftime('%Y-%m', s.sold_at) AS month, ROUND(SUM(sl.quantity * sl.unit_price), 2) FROM sale s "
     "JOIN sale_line sl ON sl.sale_id = s.sale_id WHERE s.status = 'completed' AND s.sold_at >= '2024-01-01' AND s.sold_at < '2025-01-01' "
     "GROUP BY month ORDER BY month", True),
    ("List the stores that opened in 2020 or later, with their opening dates.",
     "SELECT store_name, opened_on FROM store WHERE opened_on >= '2020-01-01'", False),
    ("How many different products has Greenleaf Pearl District sold, counting completed sales only?",
     "SELECT COUNT(DISTINCT sl.product_id) FROM sale_line sl JOIN sale s ON s.sale_id = sl.sale_id "
     "JOIN store st ON st.store_id = s.store_id WHERE st.store_name = 'Greenleaf Pearl District' AND s.status = 'completed'", False),
]

URBAN = [
    # counts
    ("How many customers do we have in Germany?",
     "SELECT COUNT(*) FROM Customers WHERE countryCode = 'DE'", False),
    ("how many orders have been cancelled?",
     "SELECT COUNT(*) FROM Orders WHERE orderStatus = 'Cancelled'", False),
    ("How many returns were because the item was too small?",
     "SELECT COUNT(*) FROM Returns WHERE reasonCode = 'SIZE_TOO_SMALL'", False),
    # totals
    ("What was total revenue from delivered orders in 2024?",
     "SELECT ROUND(SUM(ol.quantity * ol.unitPrice), 2) FROM OrderLines ol JOIN Orders o ON o.orderId = ol.orderId "
     "WHERE o.orderStatus = 'Delivered' AND o.orderDate >= '2024-01-01' AND o.orderDate < '2025-01-01'", False),
    ("How much have we refunded on returns in total?",
     "SELECT ROUND(SUM(refundAmount), 2) FROM Returns", False),
    # breakdowns
    ("How many customers are there per country?",
     "SELECT countryCode, COUNT(*) FROM Customers GROUP BY countryCode", False),
    ("Break down our returns by reason.",
     "SELECT reasonCode, COUNT(*) FROM Returns GROUP BY reasonCode", False),
    ("What's the average list price in each product category?",
     "SELECT category, ROUND(AVG(listPrice), 2) FROM Products GROUP BY category", False),
    # top-N / single best
    ("What are our top 5 brands by revenue from delivered orders?",
     "SELECT b.brandName, ROUND(SUM(ol.quantity * ol.unitPrice), 2) AS revenue FROM Brands b JOIN Products p ON p.brandId = b.brandId "
     "JOIN OrderLines ol ON ol.productId = p.productId JOIN Orders o ON o.orderId = ol.orderId WHERE o.orderStatus = 'Delivered' "
     "GROUP BY b.brandId, b.brandName ORDER BY revenue DESC LIMIT 5", True),
    ("Which 3 products have cost us the most in refunds?",
     "SELECT p.productName, ROUND(SUM(r.refundAmount), 2) AS refunded FROM Returns r JOIN OrderLines ol ON ol.orderLineId = r.orderLineId "
     "JOIN Products p ON p.productId = ol.productId GROUP BY p.productId, p.productName ORDER BY refunded DESC LIMIT 3", True),
    ("Which employee has handled the most orders?",
     "SELECT e.firstName, e.lastName, COUNT(*) AS orders FROM Employees e JOIN Orders o ON o.employeeId = e.employeeId "
     "GROUP BY e.employeeId, e.firstName, e.lastName ORDER BY orders DESC LIMIT 1", True),
    ("who's our most frequent customer, i.e. the one with the most orders?",
     "SELECT c.firstName, c.lastName, COUNT(*) AS orders FROM Customers c JOIN Orders o ON o.customerId = c.customerId "
     "GROUP BY c.customerId, c.firstName, c.lastName ORDER BY orders DESC LIMIT 1", True),
    ("What's the most expensive product we sell?",
     "SELECT productName, listPrice FROM Products ORDER BY listPrice DESC LIMIT 1", True),
    # lists with filters
    ("show me all the black dresses we stock",
     "SELECT productName FROM Products WHERE category = 'Dresses' AND colour = 'Black'", False),
    ("List the Müller & Söhne products priced over 250.",
     "SELECT p.productName, p.listPrice FROM Products p JOIN Brands b ON b.brandId = p.brandId "
     "WHERE b.brandName = 'Müller & Söhne' AND p.listPrice > 250", False),
    ("Which brands were founded before 1970?",
     "SELECT brandName FROM Brands WHERE foundedYear < 1970", False),
    # lookups
    ("What colour is the Linen Maxi Dress?",
     "SELECT colour FROM Products WHERE productName = 'Linen Maxi Dress'", False),
    ("When did Zoë Mercier join?",
     "SELECT joinedOn FROM Customers WHERE firstName = 'Zoë' AND lastName = 'Mercier'", False),
    ("Which country is the brand Fjällström from?",
     "SELECT countryCode FROM Brands WHERE brandName = 'Fjällström'", False),
    # negation
    ("Which brands don't have any products in our catalogue?",
     "SELECT brandName FROM Brands b WHERE NOT EXISTS (SELECT 1 FROM Products p WHERE p.brandId = b.brandId)", False),
    ("Which products have never been ordered?",
     "SELECT productName FROM Products WHERE productId NOT IN (SELECT productId FROM OrderLines)", False),
    ("how many customers have never placed an order",
     "SELECT COUNT(*) FROM Customers c WHERE NOT EXISTS (SELECT 1 FROM Orders o WHERE o.customerId = c.customerId)", False),
    ("Which tags aren't used on any product?",
     "SELECT tagName FROM Tags WHERE tagId NOT IN (SELECT tagId FROM ProductTags)", False),
    # HAVING
    ("Which brands have more than 10 products?",
     "SELECT b.brandName, COUNT(*) FROM Brands b JOIN Products p ON p.brandId = b.brandId "
     "GROUP BY b.brandId, b.brandName HAVING COUNT(*) > 10", False),
    ("Which customers have placed at least 10 orders, not counting cancelled ones?",
     "SELECT c.firstName, c.lastName, COUNT(*) FROM Customers c JOIN Orders o ON o.customerId = c.customerId "
     "WHERE o.orderStatus <> 'Cancelled' GROUP BY c.customerId, c.firstName, c.lastName HAVING COUNT(*) >= 10", False),
    # averages
    ("What's the average list price of our jeans?",
     "SELECT ROUND(AVG(listPrice), 2) FROM Products WHERE category = 'Jeans'", False),
    ("What is the average order value for orders placed through the app, excluding cancelled ones?",
     "SELECT ROUND(AVG(order_total), 2) FROM (SELECT o.orderId, SUM(ol.quantity * ol.unitPrice) AS order_total FROM Orders o "
     "JOIN OrderLines ol ON ol.orderId = o.orderId WHERE o.channel = 'app' AND o.orderStatus <> 'Cancelled' GROUP BY o.orderId)", False),
    # min / max and dates
    ("When was our very first order, and when was the most recent one?",
     "SELECT MIN(orderDate), MAX(orderDate) FROM Orders", False),
    # distinct
    ("What colours do our products come in?",
     "SELECT DISTINCT colour FROM Products", False),
    ("Which countries are our customers from?",
     "SELECT DISTINCT countryCode FROM Customers", False),
    # self-reference
    ("Who does Élodie Sjöberg report to?",
     "SELECT m.firstName, m.lastName FROM Employees e JOIN Employees m ON m.employeeId = e.reportsTo "
     "WHERE e.firstName = 'Élodie' AND e.lastName = 'Sjöberg'", False),
    ("List everyone who reports directly to the Retail Director.",
     "SELECT e.firstName, e.lastName FROM Employees e JOIN Employees m ON m.employeeId = e.reportsTo "
     "WHERE m.jobTitle = 'Retail Director'", False),
    ("How many direct reports does each manager have?",
     "SELECT m.firstName, m.lastName, COUNT(*) FROM Employees e JOIN Employees m ON m.employeeId = e.reportsTo "
     "GROUP BY m.employeeId, m.firstName, m.lastName", False),
    # link table
    ("Which products are tagged vegan?",
     "SELECT p.productName FROM Products p JOIN ProductTags pt ON pt.productId = p.productId JOIN Tags t ON t.tagId = pt.tagId "
     "WHERE t.tagName = 'vegan'", False),
    ("How many products carry the bestseller tag?",
     "SELECT COUNT(*) FROM ProductTags pt JOIN Tags t ON t.tagId = pt.tagId WHERE t.tagName = 'bestseller'", False),
    ("What tags does the Raffia Crossbody Bag have?",
     "SELECT t.tagName FROM Tags t JOIN ProductTags pt ON pt.tagId = t.tagId JOIN Products p ON p.productId = pt.productId "
     "WHERE p.productName = 'Raffia Crossbody Bag'", False),
    ("Which tags are used on more than 20 products?",
     "SELECT t.tagName, COUNT(*) FROM Tags t JOIN ProductTags pt ON pt.tagId = t.tagId GROUP BY t.tagId, t.tagName HAVING COUNT(*) > 20", False),
    # dates
    ("How many orders came in during December 2024?",
     "SELECT COUNT(*) FROM Orders WHERE orderDate >= '2024-12-01' AND orderDate < '2025-01-01'", False),
    ("Which employees were hired in 2024?",
     "SELECT firstName, lastName FROM Employees WHERE hiredOn >= '2024-01-01' AND hiredOn < '2025-01-01'", False),
    ("Give me the number of orders per month for 2024, in month order.",
     "SELECT strftime('%Y-%m', orderDate) AS month, COUNT(*) FROM Orders WHERE orderDate >= '2024-01-01' AND orderDate < '2025-01-01' "
     "GROUP BY month ORDER BY month", True),
]


def main():
    rows = []
    for db, items in (("greenleaf_grocer", GREENLEAF), ("urban_threads", URBAN)):
        for i, (q, sql, om) in enumerate(items, 1):
            rows.append({"id": f"{db}-{i:03d}", "db": f"databases/{db}.sqlite", "question": q, "sql": sql, "order_matters": om})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(GREENLEAF), len(URBAN))


if __name__ == "__main__":
    main()
